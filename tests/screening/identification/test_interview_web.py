"""The identification interview over HTTP: the questionnaire in English and Urdu, the suggestion
with its reasons, the decision (HTMX, errors in the page), and the JSON API."""

from __future__ import annotations

import re

import pytest
from conftest import signed_in
from factories import make_case
from factories.justice import presumed_answers

HX = {"HX-Request": "true"}


def _form_answers(answers: dict[str, bool | None]) -> dict[str, str]:
    return {f"a.{k}": {True: "yes", False: "no", None: "unknown"}[v] for k, v in answers.items()}


def test_fill_the_form_see_reasons_and_decide(make_browser, committed_world, case, db) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    form = b.get(f"/cases/{case.id}/interviews/new")
    assert form.status_code == 200
    assert 'name="set_code" value="adult_labour"' in form.text  # 24-year-old, forced labour
    assert 'name="a.AL-DR-01"' in form.text and 'name="a.FL-09"' in form.text
    r = b.form(f"/cases/{case.id}/interviews", {"set_code": "adult_labour", **_form_answers(presumed_answers())},
               follow_redirects=False)
    assert r.status_code == 303, r.text[:1000]
    location = r.headers["location"]
    page = b.get(location).text
    assert "Presumed victim of trafficking" in page and "Deceptive recruitment is indicated by" in page
    assert "The answers given" in page
    interview_id = location.rsplit("/", 1)[1]
    r = b.form(f"/interviews/{interview_id}/decision", {"version": "1", "status": "presumed", "reason": "  "},
               headers=HX)
    assert r.status_code == 422 and 'id="sec-decision"' in r.text and "alert-error" in r.text
    r = b.form(f"/interviews/{interview_id}/decision",
               {"version": "1", "status": "presumed", "reason": "Account consistent (TEST)"}, headers=HX)
    assert r.status_code == 200 and "Account consistent (TEST)" in r.text and "<html" not in r.text
    # A presumption is not a confirmation (issue 19): the case records a possible victim and shows
    # the interview's own words beside it (its panel fills them in on the case page).
    case_page = b.get(f"/cases/{case.id}").text
    assert "Possible victim of trafficking" in case_page and "Confirmed victim" not in case_page
    assert '<span id="status-basis"></span>' in case_page
    panel = b.get(f"/cases/{case.id}/interviews", headers=HX).text
    assert location in panel and "Presumed victim" in panel
    assert 'id="status-basis" hx-swap-oob="true"' in panel
    again = b.form(f"/interviews/{interview_id}/decision",
                   {"version": "2", "status": "possible", "reason": "Again (TEST)"}, headers=HX)
    assert again.status_code == 409


def test_bad_answers_show_in_the_form(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.form(f"/cases/{case.id}/interviews", {"set_code": "adult_labour", "a.AS-DR-01": "yes"})
    assert r.status_code == 422 and "belongs to set adult_sexual" in r.text and "alert-error" in r.text
    assert 'name="a.AL-DR-01"' in r.text  # the form is shown again


def test_urdu_questionnaire_and_result(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("consular_officer"))
    db.commit()
    b = signed_in(make_browser, committed_world, "consular_officer")
    form = b.get(f"/cases/{case.id}/interviews/new?set_code=child_sexual&lang=ur").text
    assert '<html lang="ur" dir="rtl">' in form and "شناختی انٹرویو" in form and "معلوم نہیں" in form
    assert re.search(r'name="a\.CS-CD-03"', form)
    r = b.form(f"/cases/{case.id}/interviews?lang=ur", {"set_code": "child_sexual", "a.CS-CD-03": "yes"},
               follow_redirects=False)
    assert r.status_code == 303
    page = b.get(r.headers["location"] + "?lang=ur").text
    assert "تجویز" in page and "پالرمو پروٹوکول" in page


def test_api_create_read_decide_and_scope(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.post(f"/api/v1/cases/{case.id}/interviews", json={"set_code": "adult_labour", "answers": presumed_answers()})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["suggested_status"] == "presumed" and body["assessment"]["reasons"][0]["ur"]
    assert body["indicators_version"] and body["rule_version"]
    r = b.post(f"/api/v1/cases/{case.id}/interviews", json={"set_code": "adult_labour", "answers": {"AL-DR-01": "no"}})
    assert r.status_code == 422
    r = b.post(f"/api/v1/interviews/{body['id']}/decision", json={"version": 1, "status": "possible",
                                                                 "reason": "Needs more (TEST)"})
    assert r.status_code == 200 and r.json()["decided_status"] == "possible"
    assert b.get(f"/api/v1/cases/{case.id}").json()["trafficking_status"] == "PossibleVictimOfTrafficking"
    other = signed_in(make_browser, committed_world, "other_caseworker")
    assert other.get(f"/api/v1/interviews/{body['id']}").status_code == 404
    assert other.get(f"/interviews/{body['id']}").status_code == 404
    pros = signed_in(make_browser, committed_world, "prosecutor")
    assert pros.get(f"/api/v1/interviews/{body['id']}").status_code == 403
