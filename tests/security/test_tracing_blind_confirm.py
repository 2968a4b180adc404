"""Issue 13, item 5: blind confirmation of tracing matches, attacked through HTTP by two agencies'
reviewers.

Agency A's desk holds a family's request; agency B's desk holds an embassy list with a row about
the same (synthetic) man. Neither desk sees the other's record. Before the fix either reviewer
could confirm the pair (telling the family "confirmed", and taking a pool request for their own
agency), and the waterfall told each which of their own fields equal the hidden record's.
"""

from __future__ import annotations

import html
import uuid

from factories import PASSWORD
from factories.tracing import embassy_rows, file_request, import_list, list_csv
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.tracing import service
from rihai.tracing.models import MatchCandidate, TracingRequest

# The embassy's row about the man: spelt its own way, so that its values can be told apart from
# the family's ("Muhammad Hussain", "Ghulam Rasool") wherever they might leak.
HIDDEN_ROW = ["9", "Mohd. Husain Qureshi (TEST)", "s/o Gulam Rasool (TEST)", "12/03/1990", "ZX4455667", "", "Okara"]
HIDDEN_VALUES = ("Mohd", "Husain Q", "Gulam", "ZX4455667", "Riyadh", "deported")
SOURCE = "Embassy of Pakistan, Riyadh (TEST)"


def _signed_in(make_browser, world, role):
    b = make_browser()
    b.login(world.users[role].username, PASSWORD)
    return b


def _match(db, world, *, request_by: str | None, list_by: str) -> tuple[TracingRequest, str, uuid.UUID]:
    """A request (a desk's, or the family's on the public form when ``request_by`` is None), a list
    holding the man imported by ``list_by``, one match run; the request-to-row candidate."""
    req, secret = file_request(db, world.actor(request_by) if request_by else None)
    import_list(db, world.actor(list_by), list_csv(embassy_rows(5, seed=13) + [HIDDEN_ROW]), source=SOURCE)
    service.run_match(db, world.actor("caseworker"), background=(800, 80))
    db.commit()
    cand = db.scalar(select(MatchCandidate).where(MatchCandidate.request_id == req.id,
                                                  MatchCandidate.other_kind == "record"))
    assert cand is not None and cand.status == "pending"
    db.refresh(req)
    assert req.status == "possible_match"
    return req, secret, cand.id


def _family_status(client, req, secret) -> str:
    r = client.post("/api/v1/tracing/status", json={"reference": req.reference, "secret": secret})
    assert r.status_code == 200
    return r.json()["status"]


def _state(db, req_id, cid):
    db.expire_all()
    req, cand = db.get(TracingRequest, req_id), db.get(MatchCandidate, cid)
    return req.owner_agency_id, req.status, cand.status, cand.version


def _tags(db, cid) -> dict[str, list[AuditEvent]]:
    out: dict[str, list[AuditEvent]] = {}
    for ev in db.scalars(select(AuditEvent).where(AuditEvent.subject_id == str(cid))):
        out.setdefault(ev.tag, []).append(ev)
    return out


def test_blind_confirm_is_refused_and_changes_nothing(make_browser, world, db, client):
    """(a) Each desk sees only its own record: confirming (or rejecting) is a 403 problem with a
    rule, and the request's owner, the family's status and the candidate are untouched."""
    req, secret, cid = _match(db, world, request_by="caseworker", list_by="other_caseworker")
    a, b = _signed_in(make_browser, world, "caseworker"), _signed_in(make_browser, world, "other_caseworker")
    seen_a = a.get(f"/api/v1/tracing/candidates/{cid}").json()
    seen_b = b.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert seen_a["other_visible"] is False and seen_a["request_fields"]
    assert seen_b["request_fields"] == {} and seen_b["other_visible"] is True
    before = _state(db, req.id, cid)
    for reviewer, verdict in ((a, "confirm"), (b, "confirm"), (a, "reject"), (b, "reject")):
        r = reviewer.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": verdict, "version": before[3]})
        assert r.status_code == 403, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["rule"] == "needs-both-sides"
    # The page's form is refused the same way.
    page = a.form(f"/tracing/candidates/{cid}/decision", {"decision": "confirm", "version": str(before[3])})
    assert page.status_code == 403 and 'data-testid="decision-error"' in page.text
    assert _state(db, req.id, cid) == before == (world.agency.id, "possible_match", "pending", before[3])
    assert _family_status(client, req, secret) == "possible_match"
    tags = _tags(db, cid)
    assert "tracing:candidate:decide" not in tags
    # Each attempt is kept as a security event (ids only), the page's too.
    denied = tags["access:authz:denied"]
    assert sorted(e.actor_id for e in denied) == sorted([world.users["caseworker"].id] * 3
                                                        + [world.users["other_caseworker"].id] * 2)
    assert all(e.fields == [] for e in denied)


def test_blind_confirm_does_not_take_a_pool_request(make_browser, world, db, client):
    """(a) The family's request is in the shared pool; agency A holds the list row. Agency B sees
    the request but not the row: its confirmation is refused, and the request stays in the pool."""
    req, secret, cid = _match(db, world, request_by=None, list_by="caseworker")
    b = _signed_in(make_browser, world, "other_caseworker")
    seen = b.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert seen["request_fields"] and seen["other_visible"] is False and seen["held_by"] == world.agency.name
    r = b.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "confirm", "version": seen["version"]})
    assert r.status_code == 403 and r.json()["rule"] == "needs-both-sides"
    assert _state(db, req.id, cid)[:3] == (None, "possible_match", "pending")
    assert _family_status(client, req, secret) == "possible_match"


def test_propose_then_the_owning_desk_accepts(make_browser, world, db, client):
    """(b) A proposes; nothing reaches the family; A cannot accept its own proposal; B's reviewer,
    who holds the row, accepts: confirmed, the family sees it, A still owns its request; audited."""
    req, secret, cid = _match(db, world, request_by="caseworker", list_by="other_caseworker")
    a, b = _signed_in(make_browser, world, "caseworker"), _signed_in(make_browser, world, "other_caseworker")
    seen = a.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert seen["actions"] == ["propose"]
    r = a.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "propose", "version": seen["version"]})
    assert r.status_code == 200 and r.json()["status"] == "proposed", r.text
    assert r.json()["awaiting_agency_id"] == world.other_agency.id
    assert _family_status(client, req, secret) == "possible_match"
    waiting = a.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert waiting["actions"] == [] and waiting["awaiting_agency"] == world.other_agency.name
    own = a.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "confirm", "version": waiting["version"]})
    assert own.status_code == 403 and own.json()["rule"] == "owning-desk-answers"
    # Another reviewer of A's own agency cannot answer for B either.
    sup = _signed_in(make_browser, world, "supervisor")
    assert sup.post(f"/api/v1/tracing/candidates/{cid}/decision",
                    json={"decision": "confirm", "version": waiting["version"]}).json()["rule"] == "owning-desk-answers"
    assert _state(db, req.id, cid)[:3] == (world.agency.id, "possible_match", "proposed")
    assert "Proposed to your desk" in b.get("/tracing/candidates").text
    assert "waiting for the other desk" in a.get("/tracing/candidates").text
    answer = b.get(f"/tracing/candidates/{cid}")
    assert 'data-testid="accept"' in answer.text and 'data-testid="proposed-to-you"' in answer.text
    theirs = b.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert theirs["actions"] == ["accept", "refuse"]
    r = b.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "confirm", "version": theirs["version"]})
    assert r.status_code == 200 and r.json()["status"] == "confirmed", r.text
    assert _state(db, req.id, cid)[:3] == (world.agency.id, "confirmed", "confirmed")
    assert _family_status(client, req, secret) == "confirmed"
    tags = _tags(db, cid)
    proposed, accepted = tags["tracing:candidate:propose"], tags["tracing:candidate:accept"]
    assert [e.actor_id for e in proposed] == [world.users["caseworker"].id]
    assert [e.actor_id for e in accepted] == [world.users["other_caseworker"].id]
    assert "request.status" in accepted[0].fields and "request.owner_agency_id" not in accepted[0].fields
    assert all(set(e.fields) <= {"status", "awaiting_agency_id", "awaiting_side", "request.status"}
               for e in proposed + accepted)


def test_owning_desk_refuses(make_browser, world, db, client):
    """(c) B refuses A's proposal: rejected, never confirmed, A still owns its request."""
    req, secret, cid = _match(db, world, request_by="caseworker", list_by="other_caseworker")
    a, b = _signed_in(make_browser, world, "caseworker"), _signed_in(make_browser, world, "other_caseworker")
    v = a.get(f"/api/v1/tracing/candidates/{cid}").json()["version"]
    assert a.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "propose", "version": v}).status_code == 200
    v = b.get(f"/api/v1/tracing/candidates/{cid}").json()["version"]
    r = b.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "reject", "version": v})
    assert r.status_code == 200 and r.json()["status"] == "rejected", r.text
    owner, status, cand_status, _ = _state(db, req.id, cid)
    assert (owner, cand_status) == (world.agency.id, "rejected")
    # The family never heard "confirmed"; with no other possible match left its request is back
    # under review, as after any rejection.
    assert status == "under_review" and _family_status(client, req, secret) == "under_review"
    assert "tracing:candidate:refuse" in _tags(db, cid)
    again = b.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "confirm", "version": v + 1})
    assert again.status_code == 409


def test_hidden_side_shows_only_who_holds_it(make_browser, world, db):
    """(d) JSON, list, page and queue of a reviewer blind to one side: no waterfall, no score, no
    value, name, list source or list kind of the hidden record; the holding agency's name only."""
    req, _secret, cid = _match(db, world, request_by="caseworker", list_by="other_caseworker")
    a, b = _signed_in(make_browser, world, "caseworker"), _signed_in(make_browser, world, "other_caseworker")
    detail = a.get(f"/api/v1/tracing/candidates/{cid}")
    body = detail.json()
    assert body["waterfall"] == [] and body["probability"] is None and body["match_weight"] is None
    assert body["other_fields"] == {} and body["held_by"] == world.other_agency.name
    assert body["other_id"] is None and body["other_kind"] is None and body["request_id"] == str(req.id)
    listed = [c for c in a.get("/api/v1/tracing/candidates").json()["items"] if c["id"] == str(cid)]
    assert listed and listed[0]["probability"] is None and listed[0]["match_weight"] is None
    page = a.get(f"/tracing/candidates/{cid}").text
    queue = a.get("/tracing/candidates").text
    request_page = a.get(f"/tracing/requests/{req.id}").text.split('data-testid="request-candidates"')[1].split("</ul>")[0]
    for text in (detail.text, page, queue, request_page):
        for value in HIDDEN_VALUES:
            assert value not in text, value
        assert "match_weight" not in text or '"match_weight":null' in text
    assert 'data-testid="waterfall"' not in page and 'data-testid="probability"' not in page
    assert html.escape(world.other_agency.name) in page and 'data-testid="held-by"' in page
    assert 'data-testid="propose"' in page and 'data-testid="confirm"' not in page
    assert "%" not in queue.split('data-testid="candidates"')[1].split("</table>")[0]
    # B, who holds the row, learns nothing of A's request either (not even its reference).
    family = ("Muhammad", "Ghulam", req.cnic, req.reference, "Test Mother")
    b_detail = b.get(f"/api/v1/tracing/candidates/{cid}")
    assert b_detail.json()["waterfall"] == [] and b_detail.json()["held_by"] == world.agency.name
    assert b_detail.json()["request_id"] is None and b_detail.json()["other_kind"] == "record"
    family += (str(req.id),)
    for text in (b_detail.text, b.get(f"/tracing/candidates/{cid}").text, b.get("/tracing/candidates").text):
        for value in family:
            assert value not in text, value


def test_reviewer_who_sees_both_sides_confirms_directly(make_browser, world, db, client):
    """(e) The family's pool request and agency A's own list: A's reviewer sees both and confirms
    outright, with the waterfall; the request is not moved to A (taking it up is its own step)."""
    req, secret, cid = _match(db, world, request_by=None, list_by="caseworker")
    a = _signed_in(make_browser, world, "caseworker")
    seen = a.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert seen["waterfall"] and seen["probability"] > 0.5 and seen["actions"] == ["confirm", "reject"]
    r = a.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "propose", "version": seen["version"]})
    assert r.status_code == 409 and r.json()["rule"] == "sees-both-sides"
    r = a.post(f"/api/v1/tracing/candidates/{cid}/decision", json={"decision": "confirm", "version": seen["version"]})
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    assert _state(db, req.id, cid)[:3] == (None, "confirmed", "confirmed")
    assert _family_status(client, req, secret) == "confirmed"
    assert "tracing:candidate:decide" in _tags(db, cid)


def test_taking_up_a_pool_request_takes_its_candidates_out_of_other_queues(make_browser, world, db):
    """A candidate found while the request was in the pool is scoped by the agency that takes the
    request up: the list's desk then sees only its own row, and proposes."""
    req, _secret, cid = _match(db, world, request_by=None, list_by="caseworker")
    service.claim_request(db, world.actor("other_caseworker"), req.id, version=req.version)
    db.commit()
    assert db.get(MatchCandidate, cid).request_agency_id == world.other_agency.id
    a = _signed_in(make_browser, world, "caseworker")
    seen = a.get(f"/api/v1/tracing/candidates/{cid}").json()
    assert seen["request_fields"] == {} and seen["actions"] == ["propose"]
    assert seen["held_by"] == world.other_agency.name
