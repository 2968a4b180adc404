"""Every role signs in through the browser and lands where it should; Urdu is right-to-left."""

from __future__ import annotations

import pytest

from rihai.access.permissions import Role

from .conftest import sign_in, submit

LANDING = {
    "caseworker": "My cases", "supervisor": "My cases", "investigator": "My cases",
    "prosecutor": "My cases", "consular_officer": "My cases",
    "analyst": "aggregate statistics only", "administrator": "Administrators do not read case records",
}


@pytest.mark.parametrize("role", [str(r) for r in Role])
def test_each_role_signs_in(new_page, live, role, screenshots):
    page = new_page()
    sign_in(page, live, role)
    assert LANDING[role] in page.content(), (page.url, page.inner_text("main")[:500])
    page.screenshot(path=str(screenshots / f"landing-{role}.png"), full_page=True)


def test_wrong_password_is_refused_kindly(new_page, live):
    page = new_page()
    page.goto(live.url + "/login")
    page.fill("input[name=username]", live.users["caseworker"])
    page.fill("input[name=password]", "not-the-password")
    submit(page)
    assert "wrong username or password" in page.inner_text("[role=alert]")


def test_urdu_is_right_to_left_on_a_phone(new_page, live, screenshots):
    page = new_page(width=375, height=740)
    sign_in(page, live, "caseworker")
    page.goto(live.url + "/?lang=ur")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ur"
    # Nothing overflows the phone's width.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375 + 1
    page.screenshot(path=str(screenshots / "dashboard-ur-phone.png"), full_page=True)
