"""Attached files and printing on a 375 px phone, in English and in Urdu: a caseworker uploads a
photo to a case, sees it listed, downloads it (without its GPS position), prints the case
summary, and the page prints without its menu and buttons."""

from __future__ import annotations

import io

import pytest
from factories.attachments import photo_with_gps
from PIL import Image

from .conftest import sign_in
from .test_case_work import _open_case

WIDTH = 375


@pytest.mark.parametrize(("lang", "cnic"), [("en", "35202-1111222-4"), ("ur", "35202-3333444-6")])
def test_attach_a_photo_download_it_and_print_the_summary_on_a_phone(new_page, live, screenshots, lang, cnic):
    page = new_page(width=WIDTH, height=740)
    sign_in(page, live, "caseworker")
    url = _open_case(page, live, given=f"Attach{lang.title()}", cnic=cnic)
    page.goto(f"{url}?lang={lang}")
    panel = page.locator("#sec-attachments")
    panel.locator("summary").click()  # the panel has loaded (hx-get) once its form is there
    panel.locator("select[name=kind]").select_option("photo")
    panel.locator("input[name=title]").fill("Photo at the shelter (SYNTHETIC)")
    panel.locator("input[name=file]").set_input_files(
        {"name": "IMG_0001.jpg", "mimeType": "image/jpeg", "buffer": photo_with_gps()})
    panel.locator("button[type=submit]").click()
    item = page.locator("[data-testid=attachment]")
    item.wait_for()
    assert "Photo at the shelter (SYNTHETIC)" in item.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    page.screenshot(path=str(screenshots / f"attachments-{lang}.png"), full_page=True)

    with page.expect_download() as got:
        item.locator("a").click()
    data = open(got.value.path(), "rb").read()  # noqa: PTH123, SIM115 - Playwright's own download file
    assert data.startswith(b"\xff\xd8\xff") and not Image.open(io.BytesIO(data)).getexif()
    assert "Photo" not in got.value.suggested_filename and got.value.suggested_filename.endswith(".jpg")

    with page.expect_download() as pdf:
        page.click("[data-testid=print-summary]")
    assert open(pdf.value.path(), "rb").read(5) == b"%PDF-"  # noqa: PTH123, SIM115
    assert pdf.value.suggested_filename.endswith(f"-summary-{lang}.pdf")

    # Printed from the browser: no menu, no buttons, the content across the page.
    page.emulate_media(media="print")
    assert not page.locator("header.topbar").is_visible()
    assert not page.locator("[data-testid=print-summary]").is_visible()
    assert page.locator("#sec-person").is_visible()
