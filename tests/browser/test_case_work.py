"""What a caseworker, a supervisor and an administrator do, in a real browser."""

from __future__ import annotations

import re

from .conftest import sign_in, submit


def _open_case(page, live, *, given: str, cnic: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(live.url + "/cases/new")
    page.fill("input[name='person.given_name']", given)
    page.fill("input[name='person.family_name']", "Bibi (SYNTHETIC)")
    page.fill("input[name='person.name_urdu']", "زینب بی بی")
    page.fill("input[name='person.guardian_name']", "Ghulam Rasool (SYNTHETIC)")
    page.select_option("select[name='person.sex']", "Female")
    page.fill("input[name='person.age_estimate']", "23")
    page.fill("input[name='person.cnic']", cnic)
    page.fill("input[name='person.phones']", "0300 1234567")
    page.select_option("select[name='person.home_province']", "PK-PB")
    # HTMX reloads the district list for the chosen province.
    page.wait_for_selector("select[name='person.home_district'] option[value='Rawalpindi']", state="attached")
    page.select_option("select[name='person.home_district']", "Rawalpindi")
    page.check("input[name='exploitation_types'][value='ForcedCriminality']")
    legs = page.locator("select[name='leg_type']")
    legs.nth(0).select_option("Recruitment")
    page.locator("select[name='leg_country']").nth(0).select_option("PK")
    page.locator("input[name='leg_place']").nth(0).fill("Rawalpindi")
    page.click("text=Add another leg")
    # (no wait_for_function: the page's CSP forbids the eval it uses)
    page.locator("select[name='leg_type']").nth(1).wait_for()
    page.locator("select[name='leg_type']").nth(1).select_option("Exploitation")
    page.locator("select[name='leg_country']").nth(1).select_option("MM")
    page.locator("input[name='leg_place']").nth(1).fill("Myawaddy")
    submit(page, "main button.primary[type=submit]")
    assert re.search(r"/cases/[0-9a-f-]{36}$", page.url), page.url
    return page.url


def test_caseworker_opens_views_edits_and_finds_a_case(new_page, live, screenshots):
    page = new_page()
    sign_in(page, live, "caseworker")
    url = _open_case(page, live, given="Zainab", cnic="35202-7654321-8")
    body = page.inner_text("main")
    assert "Zainab Bibi (SYNTHETIC)" in body and "Myawaddy" in body and "Rawalpindi" in body
    page.screenshot(path=str(screenshots / "case-page.png"), full_page=True)

    # Add a note through HTMX; the section updates in place.
    page.fill("#sec-notes textarea[name=body]", "First interview done (SYNTHETIC).")
    page.click("#sec-notes button[type=submit]")
    page.wait_for_selector("text=First interview done (SYNTHETIC).")

    # Edit: a second tab edits first, so this tab's save is stale and must be refused clearly.
    other = page.context.new_page()
    other.goto(url + "/edit")
    page.goto(url + "/edit")
    other.fill("input[name='person.given_name']", "Zaynab")
    submit(other, "main button.primary[type=submit]")
    page.fill("input[name='person.given_name']", "Zenab")
    submit(page, "main button.primary[type=submit]")
    assert "Someone else changed this case while you were editing" in page.inner_text("main")
    assert page.input_value("input[name='person.given_name']") == "Zenab"  # nothing typed is lost

    # Search by CNIC typed in Urdu digits, and by a name variant.
    page.goto(live.url + "/cases/search")
    page.fill("input[name=q]", "۳۵۲۰۲-۷۶۵۴۳۲۱-۸")
    page.click("main button[type=submit]")
    page.wait_for_selector("text=Zaynab")
    page.fill("input[name=q]", "Zainab")
    page.click("main button[type=submit]")
    page.wait_for_selector("text=Zaynab")


def test_invalid_cnic_keeps_what_was_typed(new_page, live):
    page = new_page()
    sign_in(page, live, "caseworker")
    page.goto(live.url + "/cases/new")
    page.fill("input[name='person.given_name']", "Typed Name (SYNTHETIC)")
    page.fill("input[name='person.cnic']", "12345")
    submit(page, "main button.primary[type=submit]")
    assert "CNIC must be 13 digits" in page.inner_text("main")
    assert page.input_value("input[name='person.given_name']") == "Typed Name (SYNTHETIC)"


def test_other_agency_and_analyst_are_refused(new_page, live):
    page = new_page()
    sign_in(page, live, "caseworker")
    url = _open_case(page, live, given="Rukhsana", cnic="35202-1112223-4")
    other = new_page()
    sign_in(other, live, "other_caseworker")
    other.goto(url)
    assert "Rukhsana" not in other.content() and "Not found" in other.inner_text("main")
    analyst = new_page()
    sign_in(analyst, live, "analyst")
    analyst.goto(url)
    assert "Rukhsana" not in analyst.content()
    analyst.goto(live.url + "/cases/new")
    assert "Forbidden" in analyst.inner_text("main")


def test_supervisor_assigns_and_administrator_creates_a_user(new_page, live):
    page = new_page()
    sign_in(page, live, "caseworker")
    url = _open_case(page, live, given="Nasreen", cnic="35202-5556667-8")
    sup = new_page()
    sign_in(sup, live, "supervisor")
    sup.goto(url)
    sup.select_option("#sec-assign select[name=user_id]", label="Test prosecutor (SYNTHETIC)")
    sup.click("#sec-assign button[type=submit]")
    sup.wait_for_selector("#sec-assign >> text=Test prosecutor (SYNTHETIC)")
    pro = new_page()
    sign_in(pro, live, "prosecutor")
    pro.goto(url)
    assert "Nasreen" in pro.inner_text("main")

    admin = new_page()
    sign_in(admin, live, "administrator")
    admin.goto(live.url + "/admin/users/new")
    admin.select_option("select[name=agency_id]", label="Test Women's Shelter Lahore (SYNTHETIC)")
    admin.fill("input[name=username]", "new.caseworker")
    admin.fill("input[name=display_name]", "New Caseworker (SYNTHETIC)")
    admin.fill("input[name=password]", "a-long-enough-password")
    admin.check("input[name=roles][value=caseworker]")
    submit(admin, "main button.primary[type=submit]")
    assert "New Caseworker (SYNTHETIC)" in admin.inner_text("main")
    admin.goto(url)
    assert "Nasreen" not in admin.content()  # separation of duties
