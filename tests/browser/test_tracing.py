"""Family tracing in a real browser: a family files a request on the public form (in Urdu
layout on a phone) with a photo, an embassy list with the same man spelled differently is
imported, the match run (queued, executed by the server's worker, its progress polled) finds him,
a caseworker reads the explanation beside the photo and confirms, and the family's status changes;
then the family takes the photo back."""

from __future__ import annotations

import io
import re

from PIL import ExifTags, Image

from .conftest import sign_in, submit

EMBASSY_CSV = """S.No,Name of National,Father/Husband Name,D.O.B,Passport No,Home District
1,Bilal Awan (SYNTHETIC),Tariq Awan (SYNTHETIC),04/07/1988,ZX1234567,Lahore
2,Kamran Malik (SYNTHETIC),Sajid Malik (SYNTHETIC),19/11/1979,ZX2345678,Sialkot
3,Mohd. Husain Qureshi (SYNTHETIC),s/o Gulam Rasool (SYNTHETIC),12/03/1990,,Okara
4,Imran Baloch (SYNTHETIC),Usman Baloch (SYNTHETIC),01/01/1992,ZX3456789,Quetta
5,Rizwan Khattak (SYNTHETIC),Ahmad Khattak (SYNTHETIC),23/05/1985,ZX4567890,Peshawar
6,Usman Siddiqui (SYNTHETIC),Kamran Siddiqui (SYNTHETIC),,ZX5678901,Multan
"""


def _phone_photo() -> bytes:
    """A synthetic picture carrying EXIF GPS, as a phone camera would write it."""
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (30.0, 48.0, 0.0)}
    buf = io.BytesIO()
    Image.new("RGB", (1600, 1200), (90, 120, 180)).save(buf, "JPEG", exif=exif.tobytes())
    return buf.getvalue()


def _check_status(page, live, ref: str, secret: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(live.url + "/trace/status")
    page.fill("input[name=reference]", ref)
    page.fill("input[name=secret]", secret)
    submit(page)
    assert "/trace/status" in page.url and "?" not in page.url  # never in the URL
    return page.inner_text("[data-testid=status]").strip()


def test_family_request_list_import_match_confirm(new_page, live, screenshots):
    family = new_page(width=390, height=844)  # a phone
    family.goto(live.url + "/trace?lang=ur")
    assert family.get_attribute("html", "dir") == "rtl"
    family.fill("input[name=given_name]", "Muhammad Hussain")
    family.fill("input[name=family_name]", "Qureshi (SYNTHETIC)")
    family.fill("input[name=name_urdu]", "محمد حسین قریشی")
    family.fill("input[name=father_name]", "Ghulam Rasool (SYNTHETIC)")
    family.select_option("select[name=sex]", "Male")
    family.fill("input[name=birth_date]", "1990-03-12")
    family.select_option("select[name=home_province]", "PK-PB")
    family.fill("input[name=home_district]", "Okara")
    family.select_option("select[name=destination_country]", "SA")
    family.fill("input[name=contact_name]", "Test Mother (SYNTHETIC)")
    family.fill("input[name=contact_phone]", "0301 7654321")
    family.check("input[name=consent_contact]")
    family.set_input_files("[data-testid=photo-input]", files=[{"name": "IMG_0042.jpg", "mimeType": "image/jpeg",
                                                                 "buffer": _phone_photo()}])
    submit(family, "[data-testid=submit-request]")
    ref = family.inner_text("[data-testid=reference]").strip()
    secret = family.inner_text("[data-testid=secret]").strip()
    assert re.fullmatch(r"TR-[0-9A-Z]{8}", ref)
    family.screenshot(path=str(screenshots / "tracing-filed-ur.png"), full_page=True)
    before = _check_status(family, live, ref, secret)

    page = new_page()
    sign_in(page, live, "caseworker")
    page.goto(live.url + "/tracing/imports")
    page.fill("input[name=source_agency]", "Embassy of Pakistan, Riyadh (SYNTHETIC)")
    page.select_option("select[name=kind]", "deported")
    page.select_option("select[name=country]", "SA")  # named, not typed as a code (issue 19)
    page.set_input_files("input[name=file]", files=[{"name": "riyadh-deportees.csv", "mimeType": "text/csv",
                                                     "buffer": EMBASSY_CSV.encode()}])
    submit(page)
    assert page.locator("[data-testid=mapping-form]").count() == 1
    assert page.input_value("select[name='map:Name of National']") == "full_name"
    assert page.input_value("select[name='map:Father/Husband Name']") == "father_name"
    submit(page, "[data-testid=store-list]")
    assert page.inner_text("[data-testid=rows-stored]").strip() == "6"

    page.goto(live.url + "/tracing/candidates")
    page.click("[data-testid=run-match]")  # HTMX: queued, then the panel polls itself
    page.wait_for_selector("[data-testid=match-run][data-status=queued], [data-testid=match-run][data-status=running]")
    page.wait_for_selector("[data-testid=match-run][data-status=done]", timeout=240_000)
    submit(page, "[data-testid=match-run-reload]")
    submit(page, "[data-testid=candidate-link] >> nth=0")
    body = page.inner_text("main")
    assert "Mohd. Husain Qureshi (SYNTHETIC)" in body and "Muhammad Hussain Qureshi (SYNTHETIC)" in body
    assert page.locator("[data-testid=waterfall] tbody tr").count() >= 4
    assert "Father's name" in page.inner_text("[data-testid=waterfall]")
    page.wait_for_function("(() => { const i = document.querySelector('[data-testid=photo-request]');"
                           " return i && i.complete && i.naturalWidth > 0; })()")
    # Served through the permissioned route, shrunk to 1,024 px on its long side.
    assert page.evaluate("document.querySelector('[data-testid=photo-request]').naturalWidth") == 1024
    page.screenshot(path=str(screenshots / "tracing-candidate.png"), full_page=True)
    submit(page, "[data-testid=confirm]")
    assert page.locator("[data-testid=decided]").count() == 1

    after = _check_status(family, live, ref, secret)
    assert after != before
    family.goto(live.url + "/trace/status?lang=en")
    assert _check_status(family, live, ref, secret) == "Confirmed"

    # The family takes the photo back; the desk no longer sees it beside the match.
    candidate_url = page.url
    submit(family, "[data-testid=photo-remove-link]")
    family.screenshot(path=str(screenshots / "tracing-photo-removal.png"), full_page=True)
    family.fill("input[name=reference]", ref)
    family.fill("input[name=secret]", secret)
    submit(family, "[data-testid=photo-remove]")
    assert family.locator("[data-testid=photo-removed]").count() == 1
    page.goto(candidate_url)
    assert page.locator("[data-testid=photo-request]").count() == 0
