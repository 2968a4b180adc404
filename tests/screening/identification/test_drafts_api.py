"""Interview drafts over the JSON API: save, read, list and discard one's own draft; the answers
go to their interviewer only; audited by ids and field names; problem+json on bad input."""

from __future__ import annotations

import pytest
from conftest import signed_in
from sqlalchemy import select, text

from rihai.access.models import AuditEvent
from rihai.screening.identification.ilo_indicators import load_indicators


def put(b, url: str, **kw):  # type: ignore[no-untyped-def]
    return b.client.put(url, headers={"X-CSRF-Token": b.csrf}, **kw)


def _codes(set_code: str = "adult_labour") -> list[str]:
    s = load_indicators().sets[set_code]
    return [i.code for items in s.dimensions.values() for i in items]


def test_save_read_list_and_discard(make_browser, committed_world, case, db) -> None:
    world = committed_world
    cw = signed_in(make_browser, world, "caseworker")
    url = f"/api/v1/cases/{case.id}/interviews/draft"
    assert cw.get(url).status_code == 404  # none yet
    codes = _codes()
    r = put(cw, url, json={"set_code": "adult_labour", "answers": {codes[0]: True, codes[1]: False, codes[2]: None}})
    assert r.status_code == 200, r.text
    d = r.json()
    assert (d["answered"], d["total"], d["stale"]) == (2, 67, False)
    assert "suggested_status" not in d and "assessment" not in d  # a draft suggests nothing
    assert cw.get(url).json()["answers"] == {codes[0]: True, codes[1]: False, codes[2]: None}
    # Saved again, it replaces the earlier draft.
    put(cw, url, json={"set_code": "adult_labour", "answers": {codes[0]: True}})
    mine = cw.get("/api/v1/interviews/drafts").json()
    assert [(x["case_id"], x["case_reference"], x["answered"]) for x in mine] == [(str(case.id), case.reference, 1)]
    assert "answers" not in mine[0]
    # Encrypted at rest.
    raw = db.execute(text("SELECT answers FROM identification_drafts")).scalar_one()
    assert codes[0].encode() not in bytes(raw)
    assert cw.delete(url).status_code == 204
    assert cw.get(url).status_code == 404 and cw.delete(url).status_code == 404
    assert cw.get("/api/v1/interviews/drafts").json() == []
    tags = list(db.scalars(select(AuditEvent.tag).where(AuditEvent.tag.like("screening:interview:draft-%"))
                           .order_by(AuditEvent.seq)))
    assert tags == ["screening:interview:draft-save", "screening:interview:draft-read",
                    "screening:interview:draft-save", "screening:interview:draft-list",
                    "screening:interview:draft-drop", "screening:interview:draft-list"]
    drop = db.scalars(select(AuditEvent).where(AuditEvent.tag == "screening:interview:draft-drop")).one()
    assert drop.subject_id == str(case.id) and codes[0] not in repr(drop.fields) + repr(drop.related_ids)


def test_only_the_interviewer_reads_their_answers(make_browser, committed_world, case, db) -> None:
    world = committed_world
    # The supervisor sees the case but has no draft of it: another's draft is not theirs to read.
    cw = signed_in(make_browser, world, "caseworker")
    codes = _codes()
    assert put(cw, f"/api/v1/cases/{case.id}/interviews/draft",
                  json={"set_code": "adult_labour", "answers": {codes[0]: True}}).status_code == 200
    sup = signed_in(make_browser, world, "supervisor")
    assert sup.get(f"/api/v1/cases/{case.id}/interviews/draft").status_code == 404
    assert sup.delete(f"/api/v1/cases/{case.id}/interviews/draft").status_code == 404
    assert sup.get("/api/v1/interviews/drafts").json() == []
    assert cw.get(f"/api/v1/cases/{case.id}/interviews/draft").status_code == 200  # still there
    # Another agency: 404 for the case; a role without the permission: 403.
    outsider = signed_in(make_browser, world, "other_caseworker")
    for method in ("get", "delete"):
        assert getattr(outsider, method)(f"/api/v1/cases/{case.id}/interviews/draft").status_code == 404
    r = put(outsider, f"/api/v1/cases/{case.id}/interviews/draft", json={"set_code": "adult_labour", "answers": {}})
    assert r.status_code == 404
    analyst = signed_in(make_browser, world, "analyst")
    assert analyst.get("/api/v1/interviews/drafts").status_code == 403
    assert put(analyst, f"/api/v1/cases/{case.id}/interviews/draft",
                       json={"set_code": "adult_labour", "answers": {}}).status_code == 403


def test_bad_input_is_problem_json(make_browser, committed_world, case) -> None:
    cw = signed_in(make_browser, committed_world, "caseworker")
    url = f"/api/v1/cases/{case.id}/interviews/draft"
    for body, field in [({"set_code": "adult_cooking", "answers": {}}, "set_code"),
                        ({"set_code": "adult_labour", "answers": {_codes()[0]: "no"}}, "answers"),
                        ({"set_code": "adult_labour", "answers": {}, "extra": 1}, "extra")]:
        r = put(cw, url, json=body)
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
        assert r.json()["errors"][0]["field"].startswith(field), r.json()
    r = put(cw, url, json={"set_code": "adult_labour", "answers": {"NOT-A-CODE": True}})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
