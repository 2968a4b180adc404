"""What an attached file may be, decided by its content: checked, cleaned and re-written before
anything stores it. Pure: no database.

The name a file arrives with and the type the browser declares are never read: the first bytes
decide (JPEG, PNG, WebP or PDF), and anything else — an SVG (which can carry script), HTML, an
office document, an archive, an executable renamed ``.jpg`` — is refused with a plain reason.

* Images are decoded completely by Pillow (pixel count checked from the header first, so a
  decompression bomb is refused undecoded), turned upright, and only their pixels are copied into
  a new JPEG: EXIF (a phone's GPS position, its serial), XMP, ICC profiles, comments and anything
  appended after the image (the tail of a polyglot) are gone (``rihai.images``, shared with
  tracing's photos).
* PDFs are parsed with pypdf (pure Python, already the project's PDF reader in tests; qpdf's
  pikepdf would need a compiled library for no check we need). A PDF is refused when it is
  encrypted, does not parse, or names anything that runs or carries another file anywhere in its
  object graph or its raw bytes: JavaScript, launch and remote/embedded go-to actions, form
  submission, embedded files and file-attachment annotations, rich media, XFA forms. One that
  passes is written out again by pypdf, so what is stored holds only the objects that were
  checked: unreachable objects, incremental updates and bytes appended after ``%%EOF`` are dropped.
  Refusing rather than "sanitising" a PDF with script: a caseworker can print it to a clean PDF,
  while a half-cleaned document would be trusted as clean.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from rihai import images
from rihai.errors import Invalid, PayloadTooLarge

MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000
# A passport page or an FIR copy must stay legible when printed: about A4 at 250 dpi.
MAX_SIDE = 3000
MAX_PDF_PAGES = 300
MAX_PDF_OBJECTS = 200_000
FIELD = "file"

JPEG, PNG, WEBP, PDF = "image/jpeg", "image/png", "image/webp", "application/pdf"
_IMAGE_REFUSALS = {
    images.PIXELS: ("the image has too many pixels", "image-pixels"),
    # The first bytes said JPEG, PNG or WebP, but no decoder took it.
    images.TYPE: ("the image could not be read", "image-decode"),
    images.DECODE: ("the image could not be read (damaged or incomplete file)", "image-decode"),
}
EXTENSIONS = {JPEG: "jpg", PDF: "pdf"}

# PDF names that make a document do something, or carry another file.
_ACTIVE_NAMES = frozenset({"/JavaScript", "/JS", "/Launch", "/EmbeddedFiles", "/EmbeddedFile",
                           "/FileAttachment", "/RichMedia", "/XFA", "/SubmitForm", "/ImportData",
                           "/GoToE", "/GoToR", "/Sound", "/Movie"})
# The same names in the raw bytes (outside any object stream), so an object no trailer reaches,
# which another reader might still find, is refused too.
_ACTIVE_BYTES = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|FileAttachment|RichMedia|XFA|"
                           rb"SubmitForm|ImportData|GoToE|GoToR)(?![A-Za-z0-9])")


@dataclass(frozen=True)
class CleanFile:
    data: bytes
    media_type: str  # image/jpeg or application/pdf
    pages: int = 1


def _refuse(detail: str, rule: str) -> Invalid:
    return Invalid(detail, field=FIELD, rule=rule)


def sniff(data: bytes) -> str | None:
    """The type the first bytes say, among those accepted; None for anything else."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data.startswith(b"%PDF-"):
        return PDF
    return None


def clean_file(data: bytes) -> CleanFile:
    """Check and re-write an uploaded file; raise ``Invalid`` (or ``PayloadTooLarge``) naming the
    rule, never anything about the content."""
    if not data:
        raise _refuse("the file is empty", "file-empty")
    if len(data) > MAX_BYTES:
        raise PayloadTooLarge(f"files are limited to {MAX_BYTES // (1024 * 1024)} MB", field=FIELD,
                              rule="file-size")
    kind = sniff(data)
    if kind is None:
        raise _refuse("only photos and scans (JPEG, PNG or WebP) and PDF documents can be attached",
                      "file-type")
    return clean_pdf(data) if kind == PDF else clean_image(data)


def clean_image(data: bytes) -> CleanFile:
    """The picture's pixels alone, as a new JPEG (``rihai.images``, shared with tracing's photos)."""
    try:
        picture = images.remake_jpeg(data, max_pixels=MAX_PIXELS, max_side=MAX_SIDE, quality=88)
    except images.Unusable as exc:
        raise _refuse(*_IMAGE_REFUSALS[exc.reason]) from exc
    return CleanFile(picture.data, JPEG)


def active_content(root: object) -> str | None:
    """The first active PDF name found walking the object graph from ``root`` (pypdf objects), or
    None. Keys and name values are both checked (``/S /JavaScript``, ``/Subtype /FileAttachment``)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    seen: set[tuple[int, int]] = set()
    stack = [root]
    visited = 0
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            obj = obj.get_object()
        visited += 1
        if visited > MAX_PDF_OBJECTS:
            return "too many objects"
        if isinstance(obj, DictionaryObject):  # stream objects are dictionaries too
            for key, value in obj.items():
                if key in _ACTIVE_NAMES:
                    return str(key)
                stack.append(value)
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
        elif isinstance(obj, NameObject) and obj in _ACTIVE_NAMES:
            return str(obj)
    return None


def clean_pdf(data: bytes) -> CleanFile:
    from pypdf import PdfReader, PdfWriter

    if _ACTIVE_BYTES.search(data):
        raise _refuse("PDF documents with scripts, actions or embedded files cannot be attached; "
                      "print it to a new PDF first", "pdf-active")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise _refuse("password-protected PDF documents cannot be attached", "pdf-encrypted")
        pages = len(reader.pages)
        found = active_content(reader.trailer)
    except Invalid:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed PDF raises anything from pypdf's parser
        raise _refuse("the PDF could not be read (damaged or not a PDF)", "pdf-decode") from exc
    if found:
        raise _refuse("PDF documents with scripts, actions or embedded files cannot be attached; "
                      "print it to a new PDF first", "pdf-active")
    if not 1 <= pages <= MAX_PDF_PAGES:
        raise _refuse(f"a PDF must have between 1 and {MAX_PDF_PAGES} pages", "pdf-pages")
    try:
        writer = PdfWriter(clone_from=reader)
        out = io.BytesIO()
        writer.write(out)
    except Exception as exc:  # noqa: BLE001 - as above
        raise _refuse("the PDF could not be read (damaged or not a PDF)", "pdf-decode") from exc
    return CleanFile(out.getvalue(), PDF, pages=pages)
