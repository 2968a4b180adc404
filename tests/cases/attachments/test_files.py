"""The content checks on their own (no database): types decided by the first bytes, images
re-encoded without metadata, hostile PDFs refused, polyglots neutralised."""

from __future__ import annotations

import io

import pytest
from factories import attachments as f
from PIL import Image

from rihai.cases.attachments.files import _ACTIVE_BYTES, MAX_BYTES, clean_file
from rihai.errors import Invalid, PayloadTooLarge


def rule(data: bytes) -> str:
    with pytest.raises(Invalid) as info:
        clean_file(data)
    return info.value.rule


def test_a_phone_photo_loses_its_gps_and_camera_and_becomes_a_plain_jpeg() -> None:
    raw = f.photo_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(f.GPS_IFD)  # the input does carry a position
    out = clean_file(raw)
    assert out.media_type == "image/jpeg"
    im = Image.open(io.BytesIO(out.data))
    assert im.size == (640, 480)
    assert not im.getexif() and "exif" not in im.info and "icc_profile" not in im.info
    assert b"TestPhone" not in out.data and b"Exif" not in out.data


def test_png_and_webp_are_accepted_and_re_encoded() -> None:
    assert clean_file(f.png()).media_type == "image/jpeg"
    assert clean_file(f.photo_with_gps(fmt="WEBP")).media_type == "image/jpeg"


def test_anything_but_images_and_pdf_is_refused_by_content_not_name() -> None:
    assert rule(f.SVG_WITH_SCRIPT) == "file-type"
    assert rule(f.HTML_AS_JPG) == "file-type"
    assert rule(b"PK\x03\x04 synthetic zip (TEST)") == "file-type"
    assert rule(b"MZ\x90\x00 synthetic exe (TEST)") == "file-type"
    assert rule(b"") == "file-empty"


def test_a_polyglot_keeps_only_the_pixels() -> None:
    # A JPEG with a PDF carrying script and an HTML page appended: a reader that scans for either
    # would find them in the upload; the stored file is decoded pixels, nothing appended survives.
    poly = f.photo_with_gps() + f.pdf_with_javascript() + f.HTML_AS_JPG
    out = clean_file(poly)
    assert out.media_type == "image/jpeg"
    assert b"%PDF" not in out.data and b"<script>" not in out.data and b"JavaScript" not in out.data
    # A file that says PDF but is an image with a PDF header glued on does not parse as one.
    assert rule(b"%PDF-1.7\n" + f.photo_with_gps()) == "pdf-decode"


def test_a_clean_pdf_is_rewritten_and_what_follows_its_end_is_dropped() -> None:
    out = clean_file(f.clean_pdf(3) + b"\n<html><script>alert(1)</script></html>")
    assert out.media_type == "application/pdf" and out.pages == 3
    assert out.data.startswith(b"%PDF-") and b"<script>" not in out.data


@pytest.mark.parametrize("make", [f.pdf_with_javascript, f.pdf_with_embedded_file, f.pdf_with_hidden_open_action])
def test_pdfs_that_run_script_or_carry_files_are_refused(make) -> None:  # type: ignore[no-untyped-def]
    assert rule(make()) == "pdf-active"


def test_the_hex_escaped_script_is_found_by_parsing_not_by_the_byte_scan() -> None:
    data = f.pdf_with_hidden_open_action()
    assert b"/JavaScript" not in data and b"/J#61vaScript" in data
    assert _ACTIVE_BYTES.search(data) is None  # the byte scan alone would let it through
    assert rule(data) == "pdf-active"


def test_oversize_is_refused_before_any_decoding() -> None:
    with pytest.raises(PayloadTooLarge):
        clean_file(b"\xff\xd8\xff" + b"\0" * MAX_BYTES)
