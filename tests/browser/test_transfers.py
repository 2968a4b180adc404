"""Moving a case to another agency, in a real browser at 375 px, in English and Urdu.

The Lahore shelter's supervisor has a case whose survivor consented to her record going to the
Rawalpindi Dar-ul-Aman (seeded over the JSON API, as an agency's own script would). The supervisor
proposes the transfer on the case's transfer page; the Dar-ul-Aman's supervisor, who sees only the
coded summary, accepts; the case is theirs, the shelter can no longer open it, and the transfer is
kept in the case's history. A second case is proposed and refused: it stays with the shelter, the
refusal and its reason in its history.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from .conftest import sign_in, submit

WIDTH, HEIGHT = 375, 740
REFUGE = "Test Dar-ul-Aman Rawalpindi (SYNTHETIC)"


def _fits(page) -> None:  # type: ignore[no-untyped-def]
    width = page.evaluate("() => document.documentElement.scrollWidth")
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
    assert width <= WIDTH + 1, f"{page.url} is {width}px wide at {WIDTH}px: {wide}"


def _seed_case(page, live, name: str) -> dict:  # type: ignore[no-untyped-def]
    """A case and the survivor's consent to share it with the refuge, through the JSON API with
    the signed-in supervisor's cookie and CSRF token (what the agency's own tools would do)."""
    page.goto(f"{live.url}/account")
    token = page.get_attribute('meta[name="csrf-token"]', "content")
    headers = {"X-CSRF-Token": token}
    r = page.request.post(f"{live.url}/api/v1/cases", headers=headers, data={
        "person": {"given_name": name, "family_name": "Bibi (SYNTHETIC)", "sex": "Female", "age_estimate": 24,
                   "home_province": "PK-PB", "home_district": "Lahore"}})
    assert r.status == 201, r.text()
    case = r.json()
    r = page.request.post(f"{live.url}/api/v1/cases/{case['id']}/consents", headers=headers, data={
        "purpose": "InformationSharing", "given": True, "consent_date": date.today().isoformat(),
        "recipient_agency_id": live.agencies["refuge"]})
    assert r.status == 201, r.text()
    return case


def _propose(page, live, case: dict, lang: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live.url}/cases/{case['id']}/transfer?lang={lang}")
    _fits(page)
    page.select_option("main select[name=to_agency_id]", str(live.agencies["refuge"]))
    page.fill("main textarea[name=reason]", reason)
    submit(page, "main button.primary[type=submit]")
    assert page.url.endswith(f"/cases/{case['id']}/transfer")
    assert page.locator("main form[action$='/transfer/withdraw']").count() == 1  # waiting for the answer


def _incoming(page, live, case: dict, lang: str):  # type: ignore[no-untyped-def]
    page.goto(f"{live.url}/transfers?lang={lang}")
    item = page.locator("[data-testid=incoming-transfer]", has_text=case["reference"])
    assert item.count() == 1
    return item


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_a_case_moves_to_another_agency_and_its_history_stays(new_page, live, screenshots, lang) -> None:
    sup = new_page(WIDTH, HEIGHT)
    sign_in(sup, live, "supervisor")
    case = _seed_case(sup, live, f"Transferred {lang} (SYNTHETIC)")
    _propose(sup, live, case, lang, "She asked to be near her family in Rawalpindi (SYNTHETIC).")
    sup.screenshot(path=str(screenshots / f"transfer-proposed-{lang}.png"), full_page=True)

    theirs = new_page(WIDTH, HEIGHT)
    sign_in(theirs, live, "refuge_supervisor")
    item = _incoming(theirs, live, case, lang)
    text = item.inner_text()
    assert "Transferred" not in text and "Bibi" not in text  # the coded summary only, before accepting
    assert "near her family" in text
    _fits(theirs)
    theirs.screenshot(path=str(screenshots / f"transfer-incoming-{lang}.png"), full_page=True)
    with theirs.expect_navigation():
        item.locator("form[action$='/accept'] button").click()
    assert theirs.url.endswith(f"/cases/{case['id']}")
    assert case["reference"] in theirs.inner_text("main") and "Transferred" in theirs.inner_text("main")
    _fits(theirs)

    # The case is the refuge's now: in its case list, and the shelter's supervisor cannot open it.
    theirs.goto(f"{live.url}/cases?lang={lang}")
    assert case["reference"] in theirs.inner_text("main")
    response = sup.goto(f"{live.url}/cases/{case['id']}?lang={lang}")
    assert response is not None and response.status == 404
    # The history is kept: the transfer, its reason and who proposed it, on the case's page.
    theirs.goto(f"{live.url}/cases/{case['id']}/transfer?lang={lang}")
    history = theirs.locator("[data-testid=transfer]")
    assert history.count() == 1 and "near her family" in history.inner_text()
    assert "Test Women's Shelter Lahore (SYNTHETIC)" in history.inner_text() and REFUGE in history.inner_text()
    _fits(theirs)
    theirs.screenshot(path=str(screenshots / f"transfer-history-{lang}.png"), full_page=True)


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_a_refused_transfer_leaves_the_case_where_it_was(new_page, live, lang) -> None:
    sup = new_page(WIDTH, HEIGHT)
    sign_in(sup, live, "supervisor")
    case = _seed_case(sup, live, f"Stays {lang} (SYNTHETIC)")
    _propose(sup, live, case, lang, "A bed may be free there (SYNTHETIC).")

    theirs = new_page(WIDTH, HEIGHT)
    sign_in(theirs, live, "refuge_supervisor")
    item = _incoming(theirs, live, case, lang)
    item.locator("form[action$='/refuse'] input[name=note]").fill("No bed this month (SYNTHETIC).")
    with theirs.expect_navigation():
        item.locator("form[action$='/refuse'] button").click()
    assert theirs.url.endswith("/transfers")
    assert theirs.locator("[data-testid=incoming-transfer]", has_text=case["reference"]).count() == 0
    response = theirs.goto(f"{live.url}/cases/{case['id']}")
    assert response is not None and response.status == 404  # never theirs

    sup.goto(f"{live.url}/cases/{case['id']}/transfer?lang={lang}")
    history = sup.locator("[data-testid=transfer]").inner_text()
    assert "No bed this month" in history
    assert sup.locator("main select[name=to_agency_id]").count() == 1  # free to propose again
    _fits(sup)
    response = sup.goto(f"{live.url}/cases/{case['id']}")
    assert response is not None and response.status == 200 and re.search(case["reference"], sup.inner_text("main"))
