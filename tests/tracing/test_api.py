"""The tracing JSON API: public filing and a status check that tells nothing apart, rate limits,
desk scoping, imports (idempotent, rejected-row report, size cap), candidates and decisions."""

from __future__ import annotations

import json

from factories import PASSWORD
from factories.tracing import TracingRequestFactory, embassy_rows, file_request, import_list, list_csv

from rihai.tracing import service


def _signed_in(make_browser, world, role):
    b = make_browser()
    b.login(world.users[role].username, PASSWORD)
    return b


def _body(**kw):
    return json.loads(TracingRequestFactory(**kw).model_dump_json(exclude_none=True))


def test_public_filing_and_status_check(client):
    r = client.post("/api/v1/tracing/public-requests", json=_body())
    assert r.status_code == 201
    ref, secret = r.json()["reference"], r.json()["secret"]
    ok = client.post("/api/v1/tracing/status", json={"reference": ref, "secret": secret})
    assert ok.status_code == 200 and ok.json()["status"] == "received"
    assert set(ok.json()) == {"status", "since"}
    wrong = client.post("/api/v1/tracing/status", json={"reference": ref, "secret": "X" * 16})
    unknown = client.post("/api/v1/tracing/status", json={"reference": "TR-00000000", "secret": secret})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.json() == unknown.json()
    assert ref not in wrong.text and secret not in unknown.text


def test_public_endpoints_are_rate_limited(client):
    codes = [client.post("/api/v1/tracing/status", json={"reference": "TR-00000000", "secret": "x"}).status_code
             for _ in range(12)]
    assert codes[:10] == [404] * 10 and codes[-1] == 429


def test_invalid_request_names_field_not_value(client):
    r = client.post("/api/v1/tracing/public-requests", json=_body(cnic=None) | {"cnic": "99999-1111111-0"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "cnic" and "99999" not in r.text
    r = client.post("/api/v1/tracing/public-requests", json={"sex": "Male"})
    assert r.status_code == 422


def test_desk_requests_are_scoped(make_browser, world, db):
    cw = _signed_in(make_browser, world, "caseworker")
    other = _signed_in(make_browser, world, "other_caseworker")
    r = cw.post("/api/v1/tracing/requests", json=_body())
    assert r.status_code == 201
    rid = r.json()["id"]
    assert cw.get(f"/api/v1/tracing/requests/{rid}").json()["given_name"] == "Muhammad Hussain"
    assert other.get(f"/api/v1/tracing/requests/{rid}").status_code == 404
    assert rid not in other.get("/api/v1/tracing/requests").text
    assert rid in cw.get("/api/v1/tracing/requests").text


def test_import_upload_is_idempotent_and_reports_rows(make_browser, world):
    cw = _signed_in(make_browser, world, "consular_officer")
    rows = embassy_rows(4, seed=3)
    rows[1][4] = "!!"  # not a passport
    data = list_csv(rows)
    form = {"source_agency": "Embassy of Pakistan, Muscat (TEST)", "kind": "detained", "country": "OM"}
    r = cw.post("/api/v1/tracing/imports", data=form, files={"file": ("list.csv", data, "text/csv")})
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["rows_stored"], body["rows_rejected"]) == (3, 1)
    assert body["rejections"] == [{"row": 3, "field": "passport", "rule": "valid-passport"}]
    again = cw.post("/api/v1/tracing/imports", data=form, files={"file": ("list.csv", data, "text/csv")}).json()
    assert (again["rows_stored"], again["rows_duplicate"], again["already_imported"]) == (0, 3, True)
    bad = cw.post("/api/v1/tracing/imports", data={**form, "mapping": "{not json"},
                  files={"file": ("list.csv", data, "text/csv")})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "mapping"
    mapped = cw.post("/api/v1/tracing/imports", data={**form, "mapping": json.dumps({"D.O.B": "dob"})},
                     files={"file": ("list.csv", data, "text/csv")})
    assert mapped.status_code == 422 and mapped.json()["rule"] == "name-column"
    assert len(cw.get("/api/v1/tracing/imports").json()["items"]) == 2


def test_import_size_cap(make_browser, world, app):
    app.state.settings.upload_max_bytes = 4096
    cw = _signed_in(make_browser, world, "caseworker")
    big = list_csv(embassy_rows(200))
    r = cw.post("/api/v1/tracing/imports", data={"source_agency": "Test (TEST)", "kind": "rescued"},
                files={"file": ("list.csv", big, "text/csv")})
    assert r.status_code == 413


def test_candidates_and_decision_race(make_browser, world, db):
    cwa = world.actor("caseworker")
    req, _ = file_request(db, cwa)
    rows = embassy_rows(6, seed=11) + [["7", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "12-03-1990", "", "", "Okara"]]
    import_list(db, cwa, list_csv(rows))
    service.run_match(db, cwa, background=(800, 80))
    db.commit()
    cw = _signed_in(make_browser, world, "caseworker")
    sup = _signed_in(make_browser, world, "supervisor")
    items = cw.get("/api/v1/tracing/candidates").json()["items"]
    cand = next(c for c in items if c["request_id"] == str(req.id))
    detail = cw.get(f"/api/v1/tracing/candidates/{cand['id']}").json()
    assert detail["waterfall"][0]["field"] == "prior" and detail["other_visible"]
    assert detail["request_fields"]["father_name"].startswith("Ghulam")
    # An analyst may not review; another agency sees only what it may.
    analyst = _signed_in(make_browser, world, "analyst")
    assert analyst.get("/api/v1/tracing/candidates").status_code == 403
    other = _signed_in(make_browser, world, "other_caseworker")
    assert other.get(f"/api/v1/tracing/candidates/{cand['id']}").status_code == 404
    # Two reviewers hold version 1: the first wins, the second gets 409.
    first = cw.post(f"/api/v1/tracing/candidates/{cand['id']}/decision", json={"decision": "confirm", "version": 1})
    assert first.status_code == 200 and first.json()["status"] == "confirmed"
    second = sup.post(f"/api/v1/tracing/candidates/{cand['id']}/decision", json={"decision": "reject", "version": 1})
    assert second.status_code == 409
    assert cw.get(f"/api/v1/tracing/requests/{req.id}").json()["status"] == "confirmed"
