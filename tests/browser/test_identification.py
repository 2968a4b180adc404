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
    # The same questionnaire in Urdu, right to left.
    urdu = page.context.new_page()
    urdu.goto(page.url + "?lang=ur")
    assert urdu.get_attribute("html", "dir") == "rtl" and "معلوم نہیں" in urdu.inner_text("form.interview")
    urdu.screenshot(path=str(screenshots / "interview-form-phone-ur.png"), full_page=False)
    urdu.close()
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
    # What the interview decided shows on the case in its own words, never as a confirmation.
    person = page.inner_text("#sec-person")
    assert "Presumed victim of trafficking" in person and "Confirmed victim" not in person, person


def test_support_plan_prosecution_entry_and_closure(new_page, live, screenshots):
    """Caseworker adds a support-plan item; the supervisor assigns a prosecutor, who opens the
    criminal-justice track; closing with the item still open is refused in the page until the
    supervisor writes why."""
    page = new_page(**PHONE)
    sign_in(page, live, "caseworker")
    url = _open_case(page, live, given="Nasreen", cnic="35202-5566778-2")
    page.click("#sec-plan >> text=Add a support-plan item")
    page.select_option("#sec-plan select[name=support_type]", "Livelihood")
    page.fill("#sec-plan input[name=goal]", "Tailoring course in Rawalpindi (SYNTHETIC)")
    page.click("#sec-plan form.grid button[type=submit]")
    page.wait_for_selector("#sec-plan >> text=Tailoring course in Rawalpindi (SYNTHETIC)")

    sup = new_page()
    sign_in(sup, live, "supervisor")
    sup.goto(url)
    sup.select_option("#sec-assign select[name=user_id]", label="Test prosecutor (SYNTHETIC)")
    sup.click("#sec-assign button[type=submit]")
    sup.wait_for_selector("#sec-assign >> text=Test prosecutor (SYNTHETIC)")

    pros = new_page(**PHONE)
    sign_in(pros, live, "prosecutor")
    pros.goto(url)
    pros.wait_for_selector("#sec-prosecution form")
    pros.fill("#sec-prosecution input[name=fir_number]", "FIR 123/2026 (SYNTHETIC)")
    pros.check("#sec-prosecution input[name=laws][value='PTPA2018:3']")
    pros.check("#sec-prosecution input[name=laws][value='EO1979:22']")
    pros.check("#sec-prosecution input[name=protection_needs][value=in_camera]")
    pros.click("#sec-prosecution form:has(input[name=fir_number]) button[type=submit]")
    pros.wait_for_selector("#sec-prosecution >> text=FIR 123/2026 (SYNTHETIC)")
    pros.select_option("#sec-prosecution select[name=stage]", "fir")
    pros.click("#sec-prosecution form:has(select[name=stage]) button[type=submit]")
    pros.wait_for_selector("[data-testid=prosecution-stage] >> text=FIR registered")
    pros.screenshot(path=str(screenshots / "prosecution-phone.png"), full_page=True)

    sup.goto(url)
    sup.select_option("#sec-status select[name=status]", "Closed")
    sup.fill("#sec-status input[name=reason]", "Reintegrated with family (SYNTHETIC)")
    sup.click("#sec-status button[type=submit]")
    sup.wait_for_selector("#sec-status .alert-error")
    assert "support-plan item" in sup.inner_text("#sec-status .alert-error")
    sup.fill("#sec-status input[name=reason]", "Reintegrated with family (SYNTHETIC)")
    sup.fill("#sec-status input[name=open_items_reason]", "Course continues with the family's support (SYNTHETIC)")
    sup.select_option("#sec-status select[name=status]", "Closed")
    sup.click("#sec-status button[type=submit]")
    sup.wait_for_selector("#sec-status >> text=Reintegrated with family (SYNTHETIC)")
    assert "Closed" in sup.inner_text("#sec-status")
