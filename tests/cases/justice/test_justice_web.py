"""The criminal-justice track and the support plan over HTTP: the JSON API (problem+json naming
the rule, 409 on a stale version) and the HTMX panels (errors shown in the panel, Urdu)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import signed_in
from factories import make_case
from factories.justice import make_plan_item, make_track

from rihai.cases import service

HX = {"HX-Request": "true"}


@pytest.fixture
def case(db, committed_world):  # type: ignore[no-untyped-def]
    c = make_case(db, committed_world.actor("caseworker"))
    for role in ("prosecutor", "investigator"):
        service.assign(db, committed_world.actor("supervisor"), c.id, user_id=committed_world.users[role].id)
    db.commit()
    return c


def test_api_track_stage_rules_and_stale_version(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "prosecutor")
    url = f"/api/v1/cases/{case.id}/prosecution"
    assert b.get(url).json() is None
    r = b.client.put(url, json={"fir_number": "FIR-TEST-1/2026", "laws": ["PTPA2018:3", "PPC:371A"],
                                "investigating_agency": "FIA", "fia_circle": "AHTC Test (TEST)"},
                     headers={"X-CSRF-Token": b.csrf})
    assert r.status_code == 200, r.text
    track = r.json()
    assert track["stage"] == "complaint" and track["version"] == 1
    r = b.post(f"{url}/stage", json={"version": track["version"], "stage": "trial"})
    assert r.status_code == 409 and r.json()["rule"] == "stage-order"
    assert r.headers["content-type"].startswith("application/problem+json")
    r = b.post(f"{url}/stage", json={"version": track["version"], "stage": "fir"})
    assert r.status_code == 200 and r.json()["stage"] == "fir"
    r = b.post(f"{url}/stage", json={"version": track["version"], "stage": "investigation"})
    assert r.status_code == 409 and r.json()["rule"] == "optimistic-lock"
    r = b.post(f"{url}/hearings", json={"hearing_on": date.today().isoformat(), "purpose": "Bail"})
    assert r.status_code == 201
    r = b.client.put(url, json={"version": 2, "laws": ["PPC:999"]}, headers={"X-CSRF-Token": b.csrf})
    assert r.status_code == 422 and "FIR-TEST" not in r.text
    assert b.get(url).json()["hearings"][0]["purpose"] == "Bail"


def test_api_refusals_by_role_and_agency(make_browser, committed_world, case, db) -> None:
    make_track(db, committed_world.actor("investigator"), case.id)
    db.commit()
    cw = signed_in(make_browser, committed_world, "caseworker")
    assert cw.get(f"/api/v1/cases/{case.id}/prosecution").status_code == 403
    other = signed_in(make_browser, committed_world, "other_caseworker")
    for path in ("prosecution", "plan", "interviews"):
        r = other.get(f"/api/v1/cases/{case.id}/{path}")
        assert r.status_code in (403, 404) and "FIR-TEST" not in r.text
    for role in ("analyst", "administrator"):
        b = signed_in(make_browser, committed_world, role)
        for path in ("prosecution", "plan", "interviews"):
            assert b.get(f"/api/v1/cases/{case.id}/{path}").status_code == 403, (role, path)
    sup = signed_in(make_browser, committed_world, "supervisor")
    assert sup.get(f"/api/v1/cases/{case.id}/prosecution").json()["fir_number"].startswith("FIR-TEST")


def test_api_plan_and_close_rule(make_browser, committed_world, case) -> None:
    cw = signed_in(make_browser, committed_world, "caseworker")
    r = cw.post(f"/api/v1/cases/{case.id}/plan", json={"support_type": "Health", "goal": "Medical check (TEST)"})
    assert r.status_code == 201, r.text
    item = r.json()
    r = cw.post(f"/api/v1/cases/{case.id}/plan", json={"support_type": "Cooking", "goal": "x"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "support_type"
    r = cw.post(f"/api/v1/cases/{case.id}/plan/{item['id']}/visits", json={"visited_on": date.today().isoformat()})
    assert r.status_code == 201
    sup = signed_in(make_browser, committed_world, "supervisor")
    version = sup.get(f"/api/v1/cases/{case.id}").json()["version"]
    r = sup.post(f"/api/v1/cases/{case.id}/status", json={"version": version, "status": "Closed",
                                                           "reason": "Done (TEST)"})
    assert r.status_code == 409 and r.json()["rule"] == "support-plan-open"
    r = cw.patch(f"/api/v1/cases/{case.id}/plan/{item['id']}", json={"version": item["version"], "status": "done"})
    assert r.status_code == 200 and r.json()["completed_on"] == date.today().isoformat()
    r = cw.patch(f"/api/v1/cases/{case.id}/plan/{item['id']}", json={"version": item["version"], "status": "open"})
    assert r.status_code == 409 and r.json()["rule"] == "optimistic-lock"
    r = sup.post(f"/api/v1/cases/{case.id}/status", json={"version": version, "status": "Closed",
                                                           "reason": "Done (TEST)"})
    assert r.status_code == 200, r.text


def test_panels_on_the_case_page_and_htmx_errors(make_browser, committed_world, case, db) -> None:
    item = make_plan_item(db, committed_world.actor("caseworker"), case.id)
    db.commit()
    cw = signed_in(make_browser, committed_world, "caseworker")
    page = cw.get(f"/cases/{case.id}").text
    assert f'hx-get="/cases/{case.id}/plan"' in page and f'hx-get="/cases/{case.id}/interviews"' in page
    assert f'hx-get="/cases/{case.id}/prosecution"' not in page  # caseworkers do not hold the track
    panel = cw.get(f"/cases/{case.id}/plan", headers=HX)
    assert panel.status_code == 200 and "<html" not in panel.text and item.goal in panel.text
    r = cw.form(f"/cases/{case.id}/plan", {"form": "add", "support_type": "Legal", "goal": ""}, headers=HX)
    assert r.status_code == 422 and 'id="sec-plan"' in r.text and "alert-error" in r.text
    r = cw.form(f"/cases/{case.id}/plan", {"form": "add", "support_type": "Legal", "goal": "Lawyer (TEST)"},
                headers=HX)
    assert r.status_code == 200 and "Lawyer (TEST)" in r.text
    r = cw.form(f"/cases/{case.id}/plan/{item.id}", {"form": f"item-{item.id}", "version": "99", "status": "done"},
                headers=HX)
    assert r.status_code == 409 and "someone else" in r.text
    # The supervisor's close form refuses while items are open, in the page, then accepts a reason.
    sup = signed_in(make_browser, committed_world, "supervisor")
    version = str(db.get(type(case), case.id).version)
    r = sup.form(f"/cases/{case.id}/status", {"version": version, "status": "Closed", "reason": "Done (TEST)"},
                 headers=HX)
    assert r.status_code == 409 and "support-plan item" in r.text and "open_items_reason" in r.text
    r = sup.form(f"/cases/{case.id}/status", {"version": version, "status": "Closed", "reason": "Done (TEST)",
                                              "open_items_reason": "Family moved to Dubai (TEST)"}, headers=HX)
    assert r.status_code == 200, r.text[:500]


def test_prosecution_panel_htmx_and_urdu(make_browser, committed_world, case) -> None:
    pros = signed_in(make_browser, committed_world, "prosecutor")
    page = pros.get(f"/cases/{case.id}").text
    assert f'hx-get="/cases/{case.id}/prosecution"' in page
    r = pros.form(f"/cases/{case.id}/prosecution", {"form": "track", "fir_number": "FIR-TEST-9/2026",
                                                     "laws": ["PTPA2018:3", "EO1979:18"]}, headers=HX)
    assert r.status_code == 200 and "FIR-TEST-9/2026" in r.text and "<html" not in r.text
    r = pros.form(f"/cases/{case.id}/prosecution/stage", {"form": "stage", "version": "1", "stage": "judgment"},
                  headers=HX)
    assert r.status_code == 409 and "stage-order" not in r.text and "cannot move" in r.text
    ur = pros.get(f"/cases/{case.id}/prosecution?lang=ur", headers=HX).text
    assert "فوجداری انصاف کی کارروائی" in ur and "انسدادِ انسانی اسمگلنگ ایکٹ 2018 دفعہ 3" in ur
    full = pros.get(f"/cases/{case.id}/prosecution?lang=ur").text
    assert '<html lang="ur" dir="rtl">' in full


def test_prosecutor_page_shows_track_but_not_psychosocial_notes(make_browser, committed_world, case, db) -> None:
    from rihai.cases.schemas import NoteCreate

    service.add_note(db, committed_world.actor("caseworker"), case.id,
                     data=NoteCreate(kind="psychosocial", body="Counselling session notes (TEST)"))
    make_track(db, committed_world.actor("investigator"), case.id)
    db.commit()
    pros = signed_in(make_browser, committed_world, "prosecutor")
    page = pros.get(f"/cases/{case.id}").text
    assert "Counselling session notes" not in page
    assert "FIR-TEST" in pros.get(f"/cases/{case.id}/prosecution", headers=HX).text
    assert pros.get(f"/cases/{case.id}/interviews", headers=HX).status_code == 403
    assert pros.get(f"/cases/{case.id}/plan", headers=HX).status_code == 403
    assert f'hx-get="/cases/{case.id}/plan"' not in page
    cw = signed_in(make_browser, committed_world, "caseworker")
    assert "Counselling session notes" in cw.get(f"/cases/{case.id}").text
    assert cw.get(f"/cases/{case.id}/prosecution", headers=HX).status_code == 403


def test_hearings_diary_is_scoped(make_browser, committed_world, case, db) -> None:
    from datetime import timedelta

    from rihai.cases.justice import service as justice
    from rihai.cases.justice.schemas import HearingIn

    make_track(db, committed_world.actor("investigator"), case.id)
    justice.add_hearing(db, committed_world.actor("investigator"), case.id,
                        data=HearingIn(hearing_on=date.today() + timedelta(days=3), purpose="Evidence (TEST)"))
    justice.add_hearing(db, committed_world.actor("investigator"), case.id,
                        data=HearingIn(hearing_on=date.today() + timedelta(days=90), purpose="Far away (TEST)"))
    other = make_case(db, committed_world.actor("caseworker"))  # the prosecutor is not assigned to this one
    service.assign(db, committed_world.actor("supervisor"), other.id, user_id=committed_world.users["investigator"].id)
    make_track(db, committed_world.actor("investigator"), other.id)
    justice.add_hearing(db, committed_world.actor("investigator"), other.id,
                        data=HearingIn(hearing_on=date.today() + timedelta(days=2), purpose="Hidden (TEST)"))
    db.commit()
    pros = signed_in(make_browser, committed_world, "prosecutor")
    page = pros.get("/hearings").text
    assert case.reference in page and "Evidence (TEST)" in page and "Far away" not in page
    assert other.reference not in page and "Hidden (TEST)" not in page
    assert "آنے والی سماعتیں" in pros.get("/hearings?lang=ur").text
    assert signed_in(make_browser, committed_world, "caseworker").get("/hearings").status_code == 403
    assert justice.upcoming_hearings(db, committed_world.actor("supervisor"))  # the agency's supervisor sees it too
