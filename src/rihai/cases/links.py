"""Linking two agencies' records of one person (issue 18, part 2).

The hint: on a case page, "a possible record of this person is held by agency X" for each
probable duplicate (``duplicates.py``) held by another agency: the agency's name, nothing of the
other case (no reference, name, date or detail). The user may ask to link (a reason code and a
note, the note encrypted); the holding agency's supervisor sees the request in an inbox with the
requesting agency, the reason and the matching reasons as words ("same CNIC", never the value),
and accepts or refuses; the requester sees the outcome. A supervisor of either agency can unlink.

Linked cases share nothing: each side sees "linked with a record held by agency X", and may refer
the person through the referral mechanism, which decides by consent and need-to-know what the
other agency then reads. A new request tells the holding agency's supervisors through the
notification outbox that a request awaits them (``LINK_REQUEST_SUBJECT``/``_BODY``: no case, no
agency, no reason; the link to the inbox). Statistics count the linked cases as one person (``person_links``, the
published read for the statistics extract). Every step is audited by ids and field names.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import and_, case, or_, select
from sqlalchemy.orm import Session, aliased

from rihai import notify
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.service import Agency, notification_addresses, require
from rihai.crypto import pseudonyms
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound

from .models import Case, CaseDuplicateCandidate, CaseLink
from .status import ensure_visible


class LinkReason(StrEnum):
    COORDINATE = "coordinate-support"
    STATISTICS = "count-once"
    INVESTIGATION = "investigation"
    FAMILY = "family-tracing"
    OTHER = "other"


class LinkState(StrEnum):
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    UNLINKED = "unlinked"


# English labels, msgids of ``case_links.po``.
LINK_LABELS: dict[str, str] = {
    "coordinate-support": "To coordinate support for the person",
    "count-once": "To count the person once in national statistics",
    "investigation": "For an investigation or prosecution",
    "family-tracing": "The family is looking for the person",
    "other": "Another reason (see the note)",
    "requested": "Link requested", "accepted": "Linked", "refused": "Link declined",
    "unlinked": "Unlinked",
    "same-cnic": "same CNIC", "same-passport": "same passport number",
    "same-name-dob": "same name and date of birth", "same-name-father": "same name and father's name",
    "same-phone": "same phone number",
    "same-name": "same name", "same-sex": "same sex", "same-birth-year": "same year of birth",
    "different-cnic": "different CNIC", "different-passport": "different passport number",
    "different-sex": "different sex", "different-birth-year": "years of birth far apart",
    "common-name": "a common name",
}
OPEN_STATES = (LinkState.REQUESTED, LinkState.ACCEPTED)
# The whole message to the holding agency's supervisors: that something waits, and where. Whoever
# follows the link is checked there like anyone else.
LINK_REQUEST_SUBJECT = "Rihai: a link request awaits your decision"
LINK_REQUEST_BODY = ("Another agency asks to link a record of yours with one of theirs.\n"
                     "Sign in to Rihai and open /case-links to accept or decline it.\n")


@dataclass(frozen=True)
class LinkHint:
    """One line of the case page's panel. ``candidate_id`` names the pair for a request (never
    the other case's id); ``state`` is None for a hint nobody acted on yet."""

    candidate_id: int
    agency: str
    state: str | None = None
    asked_by_us: bool = True
    link_id: int | None = None
    since: datetime | None = None


def _pair_clause(a: uuid.UUID, b: uuid.UUID) -> object:
    return or_(and_(CaseLink.requesting_case_id == a, CaseLink.held_case_id == b),
               and_(CaseLink.requesting_case_id == b, CaseLink.held_case_id == a))


def link_hints(session: Session, actor: Actor, case_id: uuid.UUID) -> list[LinkHint]:
    """The case page's "held by agency X" lines for a case the actor may read. Callers: anyone
    who may ask for a link (``cases:link:request``). Invariant: agency names, states and dates
    only; the hint is audited (the case id, and which candidates were shown)."""
    require(actor, Permission.CASES_LINK_REQUEST)
    ensure_visible(session, actor, case_id)
    own = session.scalar(select(Case.owner_agency_id).where(Case.id == case_id))
    D = CaseDuplicateCandidate  # noqa: N806
    Other = aliased(Case)  # noqa: N806
    rows = session.execute(
        select(D.id, D.case_id, D.other_case_id, Agency.name, Other.id)
        .join(Other, or_(and_(D.case_id == case_id, Other.id == D.other_case_id),
                         and_(D.other_case_id == case_id, Other.id == D.case_id)))
        .join(Agency, Agency.id == Other.owner_agency_id)
        .where(Other.owner_agency_id != own).order_by(D.score.desc(), D.id)).all()
    hints: list[LinkHint] = []
    seen: set[uuid.UUID] = set()
    for cand_id, _, _, agency, other in rows:
        seen.add(other)
        link = session.scalars(select(CaseLink).where(_pair_clause(case_id, other))
                               .order_by(CaseLink.id.desc()).limit(1)).first()
        if link is None:
            hints.append(LinkHint(cand_id, agency))
        else:
            hints.append(LinkHint(cand_id, agency, link.state, link.requesting_case_id == case_id,
                                  link.id, link.decided_at or link.requested_at))
    # A link outlives its candidate (an identifier edited away since): it still shows, and can be
    # ended from here.
    for link, agency in session.execute(
            select(CaseLink, Agency.name)
            .join(Agency, Agency.id == case(
                (CaseLink.requesting_case_id == case_id, CaseLink.holding_agency_id),
                else_=CaseLink.requesting_agency_id))
            .where(or_(CaseLink.requesting_case_id == case_id, CaseLink.held_case_id == case_id),
                   CaseLink.state.in_(OPEN_STATES)).order_by(CaseLink.id)):
        other = link.held_case_id if link.requesting_case_id == case_id else link.requesting_case_id
        if other not in seen:
            seen.add(other)
            hints.append(LinkHint(0, agency, link.state, link.requesting_case_id == case_id, link.id,
                                  link.decided_at or link.requested_at))
    audit.record(session, actor, AuditTag.CASE_LINK_HINT, subject_type="case", subject_id=case_id,
                 related_ids=[f"candidate:{h.candidate_id}" for h in hints if h.candidate_id]
                 + [f"case_link:{h.link_id}" for h in hints if h.link_id])
    return hints


def request_link(session: Session, actor: Actor, case_id: uuid.UUID, *, candidate_id: int,
                 reason: str, note: str | None = None) -> CaseLink:
    """Ask the agency holding a probable duplicate to link it with this case. Callers:
    caseworkers and supervisors who may read the case (``cases:link:request``). Invariant: one
    open request or link per pair; a refused pair is not asked again."""
    require(actor, Permission.CASES_LINK_REQUEST)
    ensure_visible(session, actor, case_id)
    if reason not in set(LinkReason):
        raise Invalid("choose why the records should be linked", field="reason", rule="link-reason")
    note = (note or "").strip() or None
    if note and len(note) > 1000:
        raise Invalid("the note is longer than 1,000 characters", field="note", rule="length")
    cand = session.get(CaseDuplicateCandidate, candidate_id)
    if cand is None or case_id not in (cand.case_id, cand.other_case_id):
        raise NotFound("no such possible record")
    other_id = cand.other_case_id if cand.case_id == case_id else cand.case_id
    own, held = (session.scalar(select(Case.owner_agency_id).where(Case.id == i)) for i in (case_id, other_id))
    if held is None or own == held:
        raise NotFound("no such possible record")
    previous = session.scalars(select(CaseLink).where(_pair_clause(case_id, other_id))
                               .order_by(CaseLink.id.desc()).limit(1)).first()
    if previous is not None and previous.state in (*OPEN_STATES, LinkState.REFUSED):
        raise Conflict("these records are already linked, or a request was already made",
                       rule="link-once")
    link = CaseLink(requesting_case_id=case_id, held_case_id=other_id, requesting_agency_id=own,
                    holding_agency_id=held, state=LinkState.REQUESTED, reason=reason, note=note,
                    match_reasons=list(cand.reasons or []), requested_by_id=actor.user_id,
                    requested_at=utcnow())
    session.add(link)
    session.flush()
    audit.record(session, actor, AuditTag.CASE_LINK_REQUEST, subject_type="case", subject_id=case_id,
                 fields=["reason"] + (["note"] if note else []), related_ids=[f"case_link:{link.id}"])
    notify.queue(session, notification_addresses(session, agency_id=held, roles=[Role.SUPERVISOR]),
                 LINK_REQUEST_SUBJECT, LINK_REQUEST_BODY)
    return link


@dataclass(frozen=True)
class LinkRequest:
    """A row of the holding supervisor's inbox: their own case, who asks, why."""

    id: int
    state: str
    held_case_id: uuid.UUID
    held_reference: str
    requesting_agency: str
    reason: str
    match_reasons: list[str]
    note: str | None
    requested_at: datetime
    decided_at: datetime | None


def link_inbox(session: Session, actor: Actor, *, limit: int = 100) -> list[LinkRequest]:
    """Requests addressed to the actor's agency, open ones first. Callers: supervisors
    (``cases:link:decide``); audited as one listing of the request ids."""
    require(actor, Permission.CASES_LINK_DECIDE)
    if actor.agency_id is None:
        return []
    rows = session.execute(
        select(CaseLink, Case.reference, Agency.name)
        .join(Case, Case.id == CaseLink.held_case_id)
        .join(Agency, Agency.id == CaseLink.requesting_agency_id)
        .where(CaseLink.holding_agency_id == actor.agency_id)
        .order_by((CaseLink.state == LinkState.REQUESTED).desc(), CaseLink.requested_at.desc())
        .limit(limit)).all()
    out = [LinkRequest(link.id, link.state, link.held_case_id, ref, agency, link.reason,
                       list(link.match_reasons or []), link.note, link.requested_at, link.decided_at)
           for link, ref, agency in rows]
    audit.record(session, actor, AuditTag.CASE_LINK_LIST, subject_type="case_link",
                 related_ids=[f"case_link:{r.id}" for r in out])
    return out


def decide_link(session: Session, actor: Actor, link_id: int, *, accept: bool) -> CaseLink:
    """The holding agency's supervisor accepts or refuses a request (``cases:link:decide``).
    Invariant: only the holding agency decides, once."""
    require(actor, Permission.CASES_LINK_DECIDE)
    link = session.get(CaseLink, link_id)
    if link is None or actor.agency_id != link.holding_agency_id:
        raise NotFound("no such request")
    if link.state != LinkState.REQUESTED:
        raise Conflict("this request was already answered", rule="link-decided")
    link.state = LinkState.ACCEPTED if accept else LinkState.REFUSED
    link.decided_by_id, link.decided_at = actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.CASE_LINK_ACCEPT if accept else AuditTag.CASE_LINK_REFUSE,
                 subject_type="case", subject_id=link.held_case_id, fields=["state"],
                 related_ids=[f"case_link:{link.id}", f"case:{link.requesting_case_id}"])
    return link


def unlink(session: Session, actor: Actor, link_id: int) -> CaseLink:
    """A supervisor of either agency ends a link (``cases:link:decide``): statistics count two
    persons again from the next refresh."""
    require(actor, Permission.CASES_LINK_DECIDE)
    link = session.get(CaseLink, link_id)
    if link is None or actor.agency_id not in (link.holding_agency_id, link.requesting_agency_id):
        raise NotFound("no such link")
    if link.state != LinkState.ACCEPTED:
        raise Conflict("these records are not linked", rule="link-not-accepted")
    link.state = LinkState.UNLINKED
    link.ended_by_id, link.ended_at = actor.user_id, utcnow()
    own_case = link.held_case_id if actor.agency_id == link.holding_agency_id else link.requesting_case_id
    session.flush()
    audit.record(session, actor, AuditTag.CASE_LINK_UNLINK, subject_type="case", subject_id=own_case,
                 fields=["state"], related_ids=[f"case_link:{link.id}"])
    return link


def person_links(session: Session, actor: Actor) -> list[tuple[str, str]]:
    """(case_key, person_key) for every case in an accepted link: the person key is the
    ``case_key`` of the first case (by id) of the connected component of accepted links, so the
    statistics count a component once. Keyed pseudonyms only. For the statistics extract
    (``stats:aggregate:read``)."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in session.execute(select(CaseLink.requesting_case_id, CaseLink.held_case_id)
                                .where(CaseLink.state == LinkState.ACCEPTED)):
        ra, rb = find(str(a)), find(str(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    ids = sorted(parent)
    roots = [find(i) for i in ids]
    keys = pseudonyms("case", ids)
    root_keys = dict(zip(ids, keys, strict=True))
    return [(key, root_keys[root]) for key, root in zip(keys, roots, strict=True)]
