"""Referrals over HTTP: the JSON API as machine clients see it, and the pages as people see them —
every refusal shown where the user acted, in their language."""

from __future__ import annotations

import re

import pytest
from factories import PASSWORD, PersonFactory, make_case, make_world
from factories.referrals import give_consent, make_provider

from rihai.referrals.codes import CODE_LISTS, LABELS, label


@pytest.fixture
def scene(db, make_browser):  # type: ignore[no-untyped-def]
    world = make_world(db)
    sender = world.actor("caseworker")
    provider = make_provider(db, world.other_agency, "Shelter", "LegalAid", name="Safe House (TEST)")
    case = make_case(db, sender, person=PersonFactory(given_name="Webname", sex="Female"))
    db.flush()
    browsers = {}
    for key, user in (("sender", world.users["caseworker"]), ("receiver", world.users["other_caseworker"]),
                      ("supervisor", world.users["supervisor"]), ("analyst", world.users["analyst"])):
        b = make_browser()
        b.login(user.username, PASSWORD)
        browsers[key] = b
    return world, provider, case, browsers


def test_api_refuses_without_consent_naming_the_rule(db, scene) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    r = b["sender"].post(f"/api/v1/cases/{case.id}/referrals", json={"provider_id": provider.id, "service": "Shelter"})
    assert r.status_code == 409
    problem = r.json()
    assert problem["rule"] == "consent-gate" and "Webname" not in r.text
    assert r.headers["content-type"].startswith("application/problem+json")


def test_api_walks_a_referral_and_the_loser_of_a_race_gets_409(db, scene) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    give_consent(db, world.actor("caseworker"), case.id)
    db.flush()
    r = b["sender"].post(f"/api/v1/cases/{case.id}/referrals",
                         json={"provider_id": provider.id, "service": "Shelter", "urgency": "urgent"})
    assert r.status_code == 201, r.text
    ref = r.json()
    assert ref["state"] == "sent" and [e["action"] for e in ref["events"]] == ["create", "send"]
    inbox = b["receiver"].get("/api/v1/referrals?box=incoming").json()
    assert [i["id"] for i in inbox["items"]] == [ref["id"]]
    assert b["receiver"].get(f"/api/v1/referrals/{ref['id']}/case").json()["rule"] == "referral-not-accepted"
    accepted = b["receiver"].post(f"/api/v1/referrals/{ref['id']}/accept", json={"version": ref["version"]})
    assert accepted.status_code == 200, accepted.text
    late = b["sender"].post(f"/api/v1/referrals/{ref['id']}/cancel",
                            json={"version": ref["version"], "reason": "NoLongerNeeded"})
    assert late.status_code == 409 and late.json()["rule"] == "optimistic-lock"
    wrong = b["sender"].post(f"/api/v1/referrals/{ref['id']}/cancel",
                             json={"version": accepted.json()["version"], "reason": "NoLongerNeeded"})
    assert wrong.status_code == 409 and wrong.json()["rule"] == "referral-transition:accepted->cancel"
    shared = b["receiver"].get(f"/api/v1/referrals/{ref['id']}/case").json()
    assert shared["fields"]["given_name"] == "Webname" and "cnic" not in shared["fields"]
    assert shared["groups"] == ["contact", "identity", "origin"]
    # The receiving agency never gets the case itself.
    assert b["receiver"].get(f"/api/v1/cases/{case.id}").status_code == 404
    ind = b["supervisor"].get("/api/v1/referrals/indicators").json()
    assert ind["referrals"] == 1 and ind["acceptance_rate"] == 1.0


def test_analyst_and_outsiders_see_no_referral(db, scene) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    give_consent(db, world.actor("caseworker"), case.id)
    db.flush()
    ref = b["sender"].post(f"/api/v1/cases/{case.id}/referrals",
                           json={"provider_id": provider.id, "service": "Shelter"}).json()
    assert b["analyst"].get(f"/api/v1/referrals/{ref['id']}").status_code == 403
    assert b["analyst"].get("/referrals").status_code in (303, 403)


def test_refusal_is_shown_on_the_form_in_urdu(db, scene) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    page = b["sender"].get(f"/cases/{case.id}/referrals/new?lang=ur")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and "Safe House (TEST)" in page.text
    r = b["sender"].form(f"/cases/{case.id}/referrals/new",
                         {"provider_id": str(provider.id), "service": "Shelter", "urgency": "routine", "send": "yes"})
    assert r.status_code == 409
    assert "consent" in r.text and 'role="alert"' in r.text
    assert "#sec-consents" in r.text  # a link to record the consent


def test_pages_walk_a_referral(db, scene) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    give_consent(db, world.actor("caseworker"), case.id)
    db.flush()
    r = b["sender"].form(f"/cases/{case.id}/referrals/new",
                         {"provider_id": str(provider.id), "service": "Shelter", "urgency": "emergency",
                          "note": "Arrives by bus (TEST)", "send": "yes"}, follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    url = r.headers["location"]
    panel = b["sender"].get(f"/cases/{case.id}/referrals", headers={"HX-Request": "true"}).text
    assert "Safe House (TEST)" in panel
    inbox = b["receiver"].get("/referrals").text
    assert url.rsplit("/", 1)[1] in inbox
    page = b["receiver"].get(url).text
    assert "Webname" not in page and "Arrives by bus (TEST)" in page
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    done = b["receiver"].form(url + "/receiver-action", {"action": "accept", "version": version},
                              follow_redirects=False)
    assert done.status_code == 303
    page = b["receiver"].get(url).text
    assert "Webname" in page and "Start the service" in page  # the button, in the words of what it does
    stale = b["receiver"].form(url + "/receiver-action", {"action": "decline", "version": version,
                                                          "reason": "NoCapacity"})
    assert stale.status_code == 409 and 'role="alert"' in stale.text


def test_directory_is_kept_by_administrators(db, scene, make_browser) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    from conftest import enrol_totp

    admin = make_browser()
    admin.login(world.users["administrator"].username, PASSWORD)
    enrol_totp(admin)
    bad = admin.form("/admin/providers/new", {"name": "Helpline (TEST)", "agency_id": str(world.agency.id),
                                             "services": "Psychosocial", "districts": "PK-PB:Atlantis"})
    assert bad.status_code == 422 and "districts" in bad.text
    ok = admin.form("/admin/providers/new", {"name": "Helpline (TEST)", "agency_id": str(world.agency.id),
                                            "services": "Psychosocial", "districts": "PB:lahore",
                                            "eligible": "women", "is_active": "yes"}, follow_redirects=False)
    assert ok.status_code == 303, ok.text[:1500]
    assert "Helpline (TEST)" in b["sender"].get("/providers").text
    assert b["sender"].get("/admin/providers/new").status_code == 403


def test_every_referral_code_has_an_urdu_label(client) -> None:  # type: ignore[no-untyped-def]
    from rihai.web.i18n import translations

    ur = translations("ur")
    for enum in CODE_LISTS:
        for code in enum:
            assert ur.gettext(label(code)) != label(code), code
    assert all(ur.gettext(v) != v for v in LABELS.values())


def test_indicators_include_support_plan_completion(db, scene) -> None:  # type: ignore[no-untyped-def]
    world, provider, case, b = scene
    ind = b["supervisor"].get("/api/v1/referrals/indicators").json()
    assert "plan_items" in ind and "plan_completion_rate" in ind
    page = b["supervisor"].get("/referrals/indicators?lang=ur")
    assert page.status_code == 200 and "مکمل شدہ سپورٹ پلان آئٹمز" in page.text


def test_inbox_filters_and_a_follow_up_from_a_referral(db, scene) -> None:  # type: ignore[no-untyped-def]
    """Issue 19's work queue on the referral side: "awaiting my answer" and the code filters in the
    query; the sender's case team writes a follow-up linked to the referral; the receiving side,
    who cannot see the case, cannot."""
    world, provider, case, b = scene
    give_consent(db, world.actor("caseworker"), case.id)
    db.flush()
    for urgency in ("urgent", "routine"):
        r = b["sender"].post(f"/api/v1/cases/{case.id}/referrals",
                             json={"provider_id": provider.id, "service": "Shelter", "urgency": urgency})
        assert r.status_code == 201, r.text
    page = b["receiver"].get("/referrals?box=awaiting").text
    assert page.count('href="/referrals/') >= 2
    only = b["receiver"].get("/referrals?box=awaiting&urgency=urgent", headers={"HX-Request": "true"}).text
    assert only.startswith('<div id="referral-table">') and only.count("urgency-urgent") == 1
    assert "urgency-routine" not in only
    assert b["receiver"].get("/referrals?box=incoming&urgency=nonsense").status_code == 200
    referral_id = r.json()["id"]
    sent = b["sender"].form(f"/referrals/{referral_id}/follow-up",
                            {"text": "Ring the shelter if no answer (TEST)", "due_on": r.json()["due_at"][:10]},
                            follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].endswith("#sec-tasks")
    panel = b["sender"].get(f"/cases/{case.id}/tasks").text
    assert "Ring the shelter if no answer (TEST)" in panel and "From a referral" in panel
    refused = b["receiver"].form(f"/referrals/{referral_id}/follow-up", {"text": "Not mine (TEST)", "due_on": "2026-12-31"})
    assert refused.status_code in (403, 404)
