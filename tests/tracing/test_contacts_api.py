"""The contact log of a tracing request over the JSON API: the desk holding the request writes
it, whoever may read the request reads it; audited by field names; problem+json on bad input."""

from __future__ import annotations

from datetime import date, timedelta

from factories import PASSWORD
from factories.tracing import file_request
from sqlalchemy import text

NOTE = "Spoke to the elder brother (TEST)"


def _signed_in(make_browser, world, who):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(world.users[who].username, PASSWORD)
    return b


def test_log_and_list_contacts(db, committed_world, make_browser) -> None:
    world = committed_world
    req, _ = file_request(db, world.actor("caseworker"))
    pool, _ = file_request(db)  # a family's own request, in the pool: nobody holds it yet
    db.commit()
    cw = _signed_in(make_browser, world, "caseworker")
    url = f"/api/v1/tracing/requests/{req.id}/contacts"
    assert cw.get(url).json() == []
    r = cw.post(url, json={"contacted_on": date.today().isoformat(), "means": "phone", "outcome": "reached",
                           "note": NOTE})
    assert r.status_code == 201, r.text
    row = r.json()
    assert (row["means"], row["outcome"], row["note"], row["request_id"]) == ("phone", "reached", NOTE, str(req.id))
    earlier = cw.post(url, json={"contacted_on": (date.today() - timedelta(days=3)).isoformat(),
                                 "means": "sms", "outcome": "no_answer"})
    assert earlier.status_code == 201
    assert [c["id"] for c in cw.get(url).json()] == [row["id"], earlier.json()["id"]]  # newest first
    # The note is ciphertext at rest; the audit names fields, never values.
    assert all(b"elder brother" not in bytes(n) for n in
               db.execute(text("SELECT note FROM tracing_contacts WHERE note IS NOT NULL")).scalars())
    fields = db.execute(text("SELECT fields FROM audit_events WHERE tag = 'tracing:contact:add'")).scalars().all()
    assert len(fields) == 2 and "elder" not in repr(fields) and "note" in repr(fields[0])
    assert db.execute(text("SELECT count(*) FROM audit_events WHERE tag = 'tracing:contact:list'")).scalar() >= 1
    # Bad input: problem+json naming the field.
    for body, field in [({"contacted_on": (date.today() + timedelta(days=2)).isoformat(), "means": "sms",
                          "outcome": "reached"}, "contacted_on"),
                        ({"contacted_on": date.today().isoformat(), "means": "pigeon", "outcome": "reached"},
                         "means"),
                        ({"contacted_on": date.today().isoformat(), "means": "sms", "outcome": "reached",
                          "who": "x"}, "who")]:
        r = cw.post(url, json=body)
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
        assert r.json()["errors"][0]["field"] == field, r.json()
    # A pool request is taken up before the family is contacted.
    r = cw.post(f"/api/v1/tracing/requests/{pool.id}/contacts",
                json={"contacted_on": date.today().isoformat(), "means": "sms", "outcome": "reached"})
    assert r.status_code == 409 and r.json()["rule"] == "owner-contacts"


def test_permissions_and_another_agency(db, committed_world, make_browser) -> None:
    world = committed_world
    req, _ = file_request(db, world.actor("caseworker"))
    db.commit()
    url = f"/api/v1/tracing/requests/{req.id}/contacts"
    body = {"contacted_on": date.today().isoformat(), "means": "phone", "outcome": "reached", "note": NOTE}
    analyst = _signed_in(make_browser, world, "analyst")
    assert analyst.get(url).status_code == 403 and analyst.post(url, json=body).status_code == 403
    outsider = _signed_in(make_browser, world, "other_caseworker")
    assert outsider.get(url).status_code == 404
    r = outsider.post(url, json=body)
    assert r.status_code == 404 and NOTE not in r.text
    assert db.execute(text("SELECT count(*) FROM tracing_contacts")).scalar() == 0
