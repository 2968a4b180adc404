"""The JSON API as a machine client sees it: problem+json naming fields (never values), pagination,
caps, and concurrent edits."""

from __future__ import annotations

import pytest
from factories import PASSWORD, CaseFactory, make_case


@pytest.fixture
def cw(browser, world):
    browser.login(world.users["caseworker"].username, PASSWORD)
    return browser


def _body(**person):
    base = {"given_name": "Test Person (TEST)", "home_province": "PK-PB", "home_district": "Lahore"}
    return {"person": {**base, **person}}


def test_invalid_input_names_field_and_rule_but_not_value(cw):
    for person, field in [({"cnic": "12345-6789012-0"}, "person.cnic"),
                          ({"phones": ["0300-12"]}, "person.phones.0"),
                          ({"citizenship": ["XX"]}, "person.citizenship.0"),
                          ({"home_district": "Quetta"}, "person"),
                          ({"gender": "Robot"}, "person.gender")]:
        r = cw.post("/api/v1/cases", json=_body(**person))
        assert r.status_code == 422, person
        assert r.headers["content-type"].startswith("application/problem+json")
        problem = r.json()
        assert problem["errors"][0]["field"] == field, problem
        for value in map(str, person.values()):
            assert value.strip("[]'") not in r.text, (value, r.text)


def test_unknown_fields_rejected(cw):
    r = cw.post("/api/v1/cases", json={**_body(), "secret_field": 1})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "secret_field"


def test_oversized_payload_is_413(cw):
    r = cw.post("/api/v1/cases", json=_body(given_name="x" * 400_000))
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("application/problem+json")


def test_html_and_sql_stored_verbatim_and_rendered_escaped(cw):
    name = "<script>alert('x')</script> Robert'); DROP TABLE cases;--"
    r = cw.post("/api/v1/cases", json=_body(given_name=name[:120]))
    assert r.status_code == 201, r.text
    case = r.json()
    assert cw.get(f"/api/v1/cases/{case['id']}").json()["person"]["given_name"] == name[:120]
    page = cw.get("/").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_urdu_round_trips_exactly(cw):
    name = "محمد یوسف خان‎ (TEST)"
    r = cw.post("/api/v1/cases", json=_body(name_urdu=name, given_name=None))
    assert r.status_code == 201, r.text
    assert cw.get(f"/api/v1/cases/{r.json()['id']}").json()["person"]["name_urdu"] == name


def test_urdu_digits_accepted_for_cnic_and_phone(cw):
    r = cw.post("/api/v1/cases", json=_body(cnic="۳۵۲۰۲-۱۲۳۴۵۶۷-۸", phones=["۰۳۰۰۱۲۳۴۵۶۷"]))
    assert r.status_code == 201, r.text
    person = r.json()["person"]
    assert person["cnic"] == "3520212345678" and person["phones"] == ["+923001234567"]


def test_pagination(cw, db, world):
    for _ in range(7):
        make_case(db, world.actor("caseworker"))
    db.flush()
    page1 = cw.get("/api/v1/cases?page=1&page_size=5").json()
    page2 = cw.get("/api/v1/cases?page=2&page_size=5").json()
    assert page1["total"] == 7 and len(page1["items"]) == 5 and len(page2["items"]) == 2
    assert not {i["id"] for i in page1["items"]} & {i["id"] for i in page2["items"]}
    assert cw.get("/api/v1/cases?page_size=1000").status_code == 422


def test_search_is_post_and_finds_by_variant(cw, db, world):
    make_case(db, world.actor("caseworker"), person=CaseFactory().person.model_copy(
        update={"given_name": "Mohammad Usman", "family_name": "Qureshi (TEST)"}))
    db.flush()
    # GET with the query in the URL is not a search (it would log the query); it is refused.
    assert cw.get("/api/v1/cases/search?q=Usman").status_code in (405, 422)
    hits = cw.post("/api/v1/cases/search", json={"q": "Muhammad Osman"}).json()
    assert hits and hits[0]["case"]["display_name"].startswith("Mohammad Usman")


def test_concurrent_edits_one_wins_other_gets_409(make_browser, world, db):
    case = make_case(db, world.actor("caseworker"))
    db.flush()
    a, b = make_browser(), make_browser()
    a.login(world.users["caseworker"].username, PASSWORD)
    b.login(world.users["supervisor"].username, PASSWORD)
    v = a.get(f"/api/v1/cases/{case.id}").json()["version"]
    ra = a.patch(f"/api/v1/cases/{case.id}", json={"version": v, "person": {"given_name": "From A (TEST)"}})
    rb = b.patch(f"/api/v1/cases/{case.id}", json={"version": v, "person": {"given_name": "From B (TEST)"}})
    assert sorted([ra.status_code, rb.status_code]) == [200, 409]
    assert rb.json()["rule"] == "optimistic-lock"
    assert a.get(f"/api/v1/cases/{case.id}").json()["person"]["given_name"] == "From A (TEST)"


def test_healthz_and_openapi(client):
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/cases" in spec["paths"] and spec["info"]["title"] == "Rihai"


def test_nul_characters_are_refused_at_the_door(cw):
    r = cw.post("/api/v1/cases", json=_body(given_name="A\u0000B"))
    assert r.status_code == 422 and "NUL" in r.json()["detail"]
    r = cw.get("/api/v1/cases?status=Active%00")
    assert r.status_code == 422
