"""The same survivor at two agencies over the JSON API (hints, request, inbox, accept, decline,
unlink), and the holding supervisors told of a new request through the outbox (issue 18) - with
nothing of either case in the message."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from factories import PASSWORD, PersonFactory, make_case, make_user

from rihai import notify
from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.cases import service

CNIC = "35202-5550011-2"


@pytest.fixture
def two(db, committed_world):  # type: ignore[no-untyped-def]
    """Agency A holds the first record; agency B opens the same person again."""
    world = committed_world
    world.users["other_supervisor"] = make_user(db, world.other_agency, Role.SUPERVISOR)
    first = make_case(db, world.actor("caseworker"), person=PersonFactory(
        given_name="Samina", family_name="Akhtar (TEST)", cnic=CNIC, phones=["03005550011"]))
    second = make_case(db, world.actor("other_caseworker"), person=PersonFactory(
        given_name="Sameena", family_name="Akhter (TEST)", cnic=CNIC, phones=["03335550019"]))
    db.commit()
    return world, first, second


def _signed_in(make_browser, world, who):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(world.users[who].username, PASSWORD)
    return b


def test_hint_request_accept_and_unlink(db, two, make_browser) -> None:
    world, first, second = two
    asker = _signed_in(make_browser, world, "other_caseworker")
    r = asker.get(f"/api/v1/cases/{second.id}/links")
    assert r.status_code == 200, r.text
    [hint] = r.json()
    assert hint["agency"] == world.agency.name and hint["state"] is None
    # Nothing of the first agency's case: not its id, reference, name or CNIC.
    for secret in (str(first.id), first.reference, "Samina", CNIC):
        assert secret not in r.text
    r = asker.post(f"/api/v1/cases/{second.id}/links",
                   json={"candidate_id": hint["candidate_id"], "reason": "count-once",
                         "note": "seen at the airport (TEST)"})
    assert r.status_code == 201, r.text
    link = r.json()
    assert link["case_id"] == str(second.id) and link["state"] == "requested" and str(first.id) not in r.text
    again = asker.post(f"/api/v1/cases/{second.id}/links", json={"candidate_id": hint["candidate_id"],
                                                                  "reason": "count-once"})
    assert again.status_code == 409 and again.json()["rule"] == "link-once"
    holder = _signed_in(make_browser, world, "supervisor")
    inbox = holder.get("/api/v1/case-links").json()
    assert [(x["id"], x["held_case_id"], x["held_reference"], x["requesting_agency"], x["state"])
            for x in inbox] == [(link["id"], str(first.id), first.reference, world.other_agency.name, "requested")]
    assert "same-cnic" in inbox[0]["match_reasons"] and str(second.id) not in holder.get("/api/v1/case-links").text
    # The asking agency cannot decide its own request.
    theirs = _signed_in(make_browser, world, "other_supervisor")
    assert theirs.post(f"/api/v1/case-links/{link['id']}/accept").status_code == 404
    r = holder.post(f"/api/v1/case-links/{link['id']}/accept")
    assert r.status_code == 200 and r.json()["state"] == "accepted" and r.json()["case_id"] == str(first.id)
    assert str(second.id) not in r.text
    assert holder.post(f"/api/v1/case-links/{link['id']}/decline").json()["rule"] == "link-decided"
    # Either side's supervisor ends it; the answer names their own case.
    r = theirs.post(f"/api/v1/case-links/{link['id']}/unlink")
    assert r.status_code == 200 and r.json()["state"] == "unlinked" and r.json()["case_id"] == str(second.id)
    assert theirs.post(f"/api/v1/case-links/{link['id']}/unlink").status_code == 409
    tags = list(db.scalars(sa.select(AuditEvent.tag).where(AuditEvent.tag.like("cases:link:%"))
                           .order_by(AuditEvent.seq)))
    assert tags[:1] == ["cases:link:hint"] and {"cases:link:request", "cases:link:list", "cases:link:accept",
                                                 "cases:link:unlink"} <= set(tags)
    events = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag.like("cases:link:%"))).all()
    assert all("airport" not in repr(e.fields) + repr(e.related_ids) for e in events)


def test_decline_permissions_and_bad_input(db, two, make_browser) -> None:
    world, first, second = two
    asker = _signed_in(make_browser, world, "other_caseworker")
    cand = asker.get(f"/api/v1/cases/{second.id}/links").json()[0]["candidate_id"]
    for body, field in [({"candidate_id": cand, "reason": "curiosity"}, "reason"),
                        ({"candidate_id": cand, "reason": "other", "note": "x" * 1001}, "note"),
                        ({"candidate_id": "one", "reason": "other"}, "candidate_id"),
                        ({"candidate_id": cand, "reason": "other", "case": str(first.id)}, "case")]:
        r = asker.post(f"/api/v1/cases/{second.id}/links", json=body)
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
        assert r.json()["errors"][0]["field"] == field, r.json()
    # The first agency's case is not the asker's to read: 404, as for no case at all.
    assert asker.get(f"/api/v1/cases/{first.id}/links").status_code == 404
    r = asker.post(f"/api/v1/cases/{first.id}/links", json={"candidate_id": cand, "reason": "other"})
    assert r.status_code == 404
    # Roles without the permission: 403.
    analyst = _signed_in(make_browser, world, "analyst")
    assert analyst.get(f"/api/v1/cases/{second.id}/links").status_code == 403
    assert asker.get("/api/v1/case-links").status_code == 403  # a caseworker does not decide
    link = asker.post(f"/api/v1/cases/{second.id}/links", json={"candidate_id": cand, "reason": "other"}).json()
    assert asker.post(f"/api/v1/case-links/{link['id']}/decline").status_code == 403
    holder = _signed_in(make_browser, world, "supervisor")
    r = holder.post(f"/api/v1/case-links/{link['id']}/decline")
    assert r.status_code == 200 and r.json()["state"] == "refused"
    assert asker.get(f"/api/v1/cases/{second.id}/links").json()[0]["state"] == "refused"
    assert holder.post("/api/v1/case-links/999999/accept").status_code == 404


def test_a_link_request_tells_the_holding_supervisors_and_nothing_more(db, world) -> None:
    holding_sup = world.users["supervisor"]
    holding_sup.email = "holding-supervisor@example.org"
    world.users["caseworker"].email = "holding-caseworker@example.org"
    asking_sup = make_user(db, world.other_agency, Role.SUPERVISOR)
    asking_sup.email = "asking-supervisor@example.org"
    first = make_case(db, world.actor("caseworker"), person=PersonFactory(
        given_name="Samina", family_name="Akhtar (TEST)", cnic=CNIC))
    second = make_case(db, world.actor("other_caseworker"), person=PersonFactory(
        given_name="Sameena", family_name="Akhter (TEST)", cnic=CNIC))
    db.flush()
    asker = world.actor("other_caseworker")
    before = len(notify.pending(db))
    cand = service.link_hints(db, asker, second.id)[0].candidate_id
    service.request_link(db, asker, second.id, candidate_id=cand, reason="investigation", note="FIR 12/2026 (TEST)")
    [message] = notify.pending(db)[before:]
    assert message.recipients == ("holding-supervisor@example.org",)  # supervisors of the holding agency only
    assert message.subject == "Rihai: a link request awaits your decision" and "/case-links" in message.body
    for secret in (str(first.id), str(second.id), first.reference, second.reference, "Samina", "Sameena", CNIC,
                   "FIR", "investigation", world.agency.name, world.other_agency.name):
        assert secret not in message.subject + message.body, secret
