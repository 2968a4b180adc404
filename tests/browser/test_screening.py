"""'Is this job offer safe?' in the browser: paste a lure in English and in Urdu, a genuine licensed
vacancy, and a phone screenshot of the Urdu lure (rendered by Chromium, read back by Tesseract)."""

from __future__ import annotations

import shutil

import pytest

URDU_LURE = ("تھائی لینڈ میں کسٹمر سروس کی نوکری\nتنخواہ 1500 ڈالر ماہانہ\n"
             "ویزا اور ٹکٹ مفت، کوئی تجربہ نہیں، کوئی انٹرویو نہیں\n"
             "صرف واٹس ایپ پر رابطہ کریں 03001234567\nسیٹیں محدود ہیں، جلدی کریں")
ENGLISH_LURE = ("URGENT hiring! Customer support / typing job in Bangkok, Thailand. Salary 1800 USD monthly. "
                "Visa and air ticket free, no experience no interview needed. "
                "Contact on WhatsApp only: 0311-0000123. Only 5 seats left!")
GENUINE = ("Overseas Employment Promoter licence 0696/RWP. Demand approved by the Protector of Emigrants. "
           "Required: electricians for a construction company in Riyadh, 3 years experience, trade test and "
           "interview at our Rawalpindi office. Salary SAR 2000. Contract attested by the Protector of "
           "Emigrants; fees only as per government schedule, paid against receipt.")


def _risk(page) -> str:  # type: ignore[no-untyped-def]
    """The result card's risk classes ("risk risk-high"), without htmx's own: a swap marks the new
    element "htmx-added" until it settles, so a read under load can catch it."""
    classes = (page.get_attribute("[data-testid=risk]", "class") or "").split()
    return " ".join(c for c in classes if c.startswith("risk"))


def _check(page, live, text: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(live.url + "/screen")
    page.fill("textarea[name=text]", text)
    page.click("main button[type=submit]")
    page.wait_for_selector("[data-testid=risk]")
    return _risk(page)


def test_lures_high_genuine_low(new_page, live, screenshots):
    page = new_page(width=375, height=800)
    assert "risk-high" in _check(page, live, ENGLISH_LURE)
    assert page.locator("[data-testid=highlighted] mark").count() >= 3
    # the sign's words may be marked in pieces where a wording sign marks a word inside them
    marked = page.locator("[data-testid=highlighted] mark[data-codes*=no_interview]").all_inner_texts()
    assert "no interview" in "".join(marked).lower()
    page.screenshot(path=str(screenshots / "screen-en.png"), full_page=True)
    page.goto(live.url + "/screen?lang=ur")
    assert "risk-high" in _check(page, live, URDU_LURE)
    page.screenshot(path=str(screenshots / "screen-ur.png"), full_page=True)
    assert "risk-low" in _check(page, live, GENUINE)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="OCR leg skipped: tesseract-ocr not installed")
def test_screenshot_gets_the_same_answer_as_its_text(new_page, live, tmp_path):
    ad = new_page(width=412, height=640)  # a phone-sized ad, as people forward them
    html = ("<html><body style='margin:24px;font:22px sans-serif;line-height:1.7' dir='rtl'>"
            + "".join(f"<p>{line}</p>" for line in URDU_LURE.split("\n")) + "</body></html>")
    ad.route("**/ad", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    ad.goto(live.url + "/ad")
    shot = tmp_path / "ad.png"
    ad.screenshot(path=str(shot), full_page=True)

    page = new_page()
    page.goto(live.url + "/screen")
    page.set_input_files("input[name=image]", str(shot))
    page.click("main button[type=submit]")
    page.wait_for_selector("[data-testid=risk]", timeout=30_000)
    from_image = _risk(page)
    from_text = _check(new_page(), live, URDU_LURE)
    assert "risk-high" in from_image and from_image == from_text
