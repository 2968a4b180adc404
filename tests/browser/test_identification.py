"""A caseworker on a phone fills in the identification interview for a survivor, reads the
suggestion and its reasons, and records a decision that becomes the case's trafficking status."""

from __future__ import annotations

from factories.justice import presumed_answers

from .conftest import sign_in, submit
from .test_case_work import _open_case

PHONE = {"width": 390, "height": 844}


def test_interview_on_a_phone_and_decision(new_page, live, screenshots):
    page = new_page(**PHONE)
    sign_in(page, live, "caseworker")
    url = _open_case(page, live, given="Rukhsana", cnic="35202-1122334-6")
    # The interviews panel loads into the case page (hx-get).
    page.click("#sec-interviews >> text=Start an identification interview")
    page.wait_for_selector("form.interview")
    assert page.input_value("input[name=set_code]") == "adult_labour"
    for code, yes in presumed_answers().items():
        if yes:
            page.locator(f"input[name='a.{code}'][value=yes]").check()
    page.locator("input[name='a.FL-07'][value=yes]").check()
    button = page.locator("form.interview button[type=submit]")
    box = button.bounding_box()
    assert box is not None and box["width"] <= PHONE["width"]  # fits the phone, no sideways scrolling
    page.screenshot(path=str(screenshots / "interview-form-phone.png"), full_page=False)
    submit(page, "form.interview button[type=submit]")
    assert "/interviews/" in page.url
    assert "Presumed victim of trafficking" in page.inner_text("[data-testid=suggested-status]")
    assert "Deceptive recruitment is indicated by" in page.inner_text("main")
    assert "Retention of identity documents" in page.inner_text("main")
    # The decision is recorded in place (HTMX); the suggestion stays beside it.
    page.check("#sec-decision input[name=status][value=presumed]")
    page.fill("#sec-decision textarea[name=reason]", "Account consistent; passport held by agent (SYNTHETIC).")
    page.click("#sec-decision button[type=submit]")
    page.wait_for_selector("[data-testid=decided-status]")
    assert "Presumed victim" in page.inner_text("[data-testid=decided-status]")
    page.screenshot(path=str(screenshots / "interview-decided-phone.png"), full_page=True)
    page.goto(url)
    page.wait_for_selector("#sec-interviews >> text=Decision")
    assert "Confirmed victim of trafficking" in page.inner_text("#sec-person")
