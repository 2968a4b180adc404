"""Synthetic files for attachment tests: a phone photo with a GPS position in its EXIF, clean and
hostile PDFs, polyglots. Nothing here is a real document."""

from __future__ import annotations

import io

from PIL import Image

GPS_IFD = 0x8825


def photo_with_gps(size: tuple[int, int] = (640, 480), fmt: str = "JPEG") -> bytes:
    """A photo whose EXIF carries a GPS position and a camera make, as a phone writes it."""
    im = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "TestPhone (TEST)"  # Make
    exif[0x0131] = "Synthetic camera 1.0"  # Software
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (31.0, 31.0, 0.0), 3: "E", 4: (74.0, 21.0, 0.0)})
    out = io.BytesIO()
    im.save(out, fmt, exif=exif.tobytes())
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (50, 40), (0, 0, 255, 128)).save(out, "PNG")
    return out.getvalue()


def clean_pdf(pages: int = 2) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(0, 10, f"Synthetic FIR copy (TEST), page {n + 1}")
    return bytes(pdf.output())


def pdf_with_javascript() -> bytes:
    """Document-level JavaScript in the catalogue's name tree, as a PDF writer puts it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(clean_pdf(1))))
    action = writer._add_object(DictionaryObject({  # noqa: SLF001
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('TEST')")}))
    tree = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("test"), action])})
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): tree})  # noqa: SLF001
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_embedded_file() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(clean_pdf(1))))
    writer.add_attachment("payload.exe", b"MZ synthetic (TEST)")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_hidden_open_action() -> bytes:
    """JavaScript behind a hex-escaped name (``/J#61vaScript``), which a plain byte search misses:
    only parsing the document finds it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(clean_pdf(1))))
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert(1)")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)  # noqa: SLF001
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    return data.replace(b"/JavaScript", b"/J#61vaScript").replace(b"/JS ", b"/J#53 ").replace(b"/JS(", b"/J#53(")


SVG_WITH_SCRIPT = (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                   b'<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>')
HTML_AS_JPG = b"<html><body><script>alert(1)</script></body></html>"
