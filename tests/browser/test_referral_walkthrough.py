"""Issue 3's walk-through, in Chromium: one survivor from the identification interview through
consent, referrals to a shelter and to legal aid, acceptance, service, the prosecution entry and
closure — each step signed in as the role that does it — while every other role is refused what it
must not see. The README shows these steps; RIHAI_SCREENSHOTS keeps the pictures."""

from __future__ import annotations

import re

from factories.justice import presumed_answers

from .conftest import sign_in, submit
from .test_case_work import _open_case


def _refer(page, case_url: str, service: str, urgency: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(case_url + "/referrals/new")
    if service != "Shelter":
        page.select_option("form.finder select[name=service]", service)
        page.wait_for_selector(f"#provider-choices input[name=service][value={service}]", state="attached")
    page.locator("#provider-choices input[name=provider_id]").first.check()
    page.select_option("select[name=urgency]", urgency)
    page.fill("textarea[name=note]", f"{service} needed; arrives with a caseworker (SYNTHETIC)")
    submit(page, "button[name=send][value=yes]")
    assert re.search(r"/referrals/[0-9a-f-]{36}$", page.url), page.url
    return page.url


def _act(page, url: str, action: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    submit(page, f"form:has(input[name=action][value={action}]) button[type=submit]")


def test_one_survivor_through_the_referral_mechanism(new_page, live, screenshots):
    # 1. A shelter caseworker opens the case and interviews the survivor.
    cw = new_page()
    sign_in(cw, live, "caseworker")
    case_url = _open_case(cw, live, given="Shabnam", cnic="37405-9988776-4")
    cw.click("#sec-interviews >> text=Start an identification interview")
    cw.wait_for_selector("form.interview")
    for code, yes in presumed_answers().items():
        if yes:
            cw.locator(f"input[name='a.{code}'][value=yes]").check()
    submit(cw, "form.interview button[type=submit]")
    assert "Presumed victim of trafficking" in cw.inner_text("[data-testid=suggested-status]")
    cw.check("#sec-decision input[name=status][value=presumed]")
    cw.fill("#sec-decision textarea[name=reason]", "Passport held by the agent; forced scam work (SYNTHETIC).")
    cw.click("#sec-decision button[type=submit]")
    cw.wait_for_selector("[data-testid=decided-status]")

    # 2. Referring before consent is recorded is refused, on the form, with the way forward.
    cw.goto(case_url + "/referrals/new")
    assert "Dar-ul-Aman Rawalpindi shelter (SYNTHETIC)" in cw.inner_text("#provider-choices")
    submit(cw, "button[name=send][value=yes]")
    alert = cw.inner_text("#referral-errors")
    assert "consent" in alert
    cw.screenshot(path=str(screenshots / "referral-refused-no-consent.png"), full_page=True)

    # 3. The survivor agrees to referral; the caseworker records it on the case.
    cw.goto(case_url)
    cw.click("#sec-consents summary")
    cw.select_option("#sec-consents select[name=purpose]", "Referral")
    cw.click("#sec-consents form.grid button[type=submit]")
    cw.wait_for_selector("#sec-consents .tag.ok")

    # 4. Two referrals: the shelter (emergency) and legal aid (routine).
    shelter_url = _refer(cw, case_url, "Shelter", "emergency")
    legal_url = _refer(cw, case_url, "LegalAid", "routine")
    cw.goto(case_url)
    cw.wait_for_selector("#sec-referrals table")
    assert cw.locator("#sec-referrals tbody tr").count() == 2
    cw.screenshot(path=str(screenshots / "case-referrals-panel.png"), full_page=True)

    # 5. The shelter's caseworker sees the referral in the inbox, with no name until accepting.
    refuge = new_page(width=390, height=844)
    sign_in(refuge, live, "refuge_caseworker")
    refuge.goto(live.url + "/referrals")
    assert shelter_url.rsplit("/", 1)[1] in refuge.content()
    refuge.goto(shelter_url)
    assert "Shabnam" not in refuge.inner_text("main")
    refuge.screenshot(path=str(screenshots / "referral-before-accepting-phone.png"), full_page=True)
    _act(refuge, shelter_url, "accept")
    shared = refuge.inner_text("#shared-case")
    assert "Shabnam" in shared and "37405" not in shared  # a shelter gets no CNIC
    _act(refuge, shelter_url, "start")
    assert "In service" in refuge.inner_text("main")
    # The whole case record stays with its owner.
    assert refuge.goto(case_url).status == 404

    # 6. The legal clinic accepts legal aid: it sees identifiers and the route, as its service needs.
    legal = new_page()
    sign_in(legal, live, "other_caseworker")
    _act(legal, legal_url, "accept")
    shared = legal.inner_text("#shared-case")
    assert "3740599887764" in shared.replace("-", "") and "Myawaddy" in shared
    legal.screenshot(path=str(screenshots / "referral-legal-aid-view.png"), full_page=True)

    # 7. The supervisor assigns a prosecutor, who records the criminal-justice track.
    sup = new_page()
    sign_in(sup, live, "supervisor")
    sup.goto(case_url)
    sup.select_option("#sec-assign select[name=user_id]", label="Test prosecutor (SYNTHETIC)")
    sup.click("#sec-assign button[type=submit]")
    sup.wait_for_selector("#sec-assign >> text=Test prosecutor (SYNTHETIC)")
    pros = new_page()
    sign_in(pros, live, "prosecutor")
    pros.goto(case_url)
    pros.wait_for_selector("#sec-prosecution form")
    pros.fill("#sec-prosecution input[name=fir_number]", "FIR 77/2026 (SYNTHETIC)")
    pros.check("#sec-prosecution input[name=laws][value='PTPA2018:3']")
    pros.click("#sec-prosecution form:has(input[name=fir_number]) button[type=submit]")
    pros.wait_for_selector("#sec-prosecution >> text=FIR 77/2026 (SYNTHETIC)")
    assert pros.goto(shelter_url).status in (403, 404)  # the referral is not the prosecutor's business

    # 8. The shelter completes its service; its access to the person ends with the referral.
    _act(refuge, shelter_url, "complete")
    assert "This referral has ended" in refuge.inner_text("#shared-case")
    assert "Shabnam" not in refuge.inner_text("main")

    # 9. The supervisor closes the case.
    sup.goto(case_url)
    sup.select_option("#sec-status select[name=status]", "Closed")
    sup.fill("#sec-status input[name=reason]", "Safe, with legal aid under way (SYNTHETIC)")
    sup.click("#sec-status button[type=submit]")
    # Legal aid is still under way: closing over an open referral asks first (issue 19).
    sup.wait_for_selector("#sec-status input[name=confirm_open_work]")
    assert "still open" in sup.inner_text("#sec-status")
    sup.select_option("#sec-status select[name=status]", "Closed")
    sup.fill("#sec-status input[name=reason]", "Safe, with legal aid under way (SYNTHETIC)")
    sup.check("#sec-status input[name=confirm_open_work]")
    sup.click("#sec-status button[type=submit]")
    sup.wait_for_selector("#sec-status >> text=Safe, with legal aid under way (SYNTHETIC)")
    sup.goto(live.url + "/referrals/indicators")
    assert "Dar-ul-Aman Rawalpindi shelter (SYNTHETIC)" in sup.inner_text("main")
    sup.screenshot(path=str(screenshots / "referral-indicators.png"), full_page=True)

    # 10. Everyone else is refused.
    for role in ("analyst", "administrator"):
        other = new_page()
        sign_in(other, live, role)
        assert other.goto(case_url).status in (403, 404), role
        assert other.goto(shelter_url).status in (403, 404), role
        assert "Shabnam" not in other.content()
    other = new_page()
    sign_in(other, live, "refuge_supervisor")
    assert other.goto(case_url).status == 404
    assert other.goto(legal_url).status == 404  # a referral to another agency
