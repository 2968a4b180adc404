"""The review queue: a reviewer sees the candidates touching their agency's records (or the shared
pool of public requests), side by side with only the fields their role may see, and decides them.
Two reviewers cannot both win (version). The verbs that change a candidate are in ``decisions``.

Sight: a reviewer *sees* a side when they may read that record's values (their agency's list row,
a case the cases domain lets them read, a request of their agency, the pool, or one shared with
consent). Where they see only one side, the candidate tells them no more than that a possible
match is held by agency X: no waterfall, no probability (a per-field agreement next to your own
values is the other record's values), no name, no list kind. They may propose it to that desk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import or_, select, true
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.policy import register_scope, visible
from rihai.access.service import Agency, require
from rihai.cases import service as case_service
from rihai.db import paged
from rihai.errors import NotFound, RihaiError

from .models import ImportedPerson, MatchCandidate, TracingImport, TracingRequest
from .schemas import CandidateStatus


def candidate_scope(actor: Actor) -> object:
    if actor.agency_id is None:
        return true() if actor.via not in ("web", "token", "api", "anonymous") else MatchCandidate.id.is_(None)
    # The desk a proposal waits for always sees it, even if the record changed hands since.
    return or_(MatchCandidate.request_agency_id == actor.agency_id,
               MatchCandidate.request_agency_id.is_(None),
               MatchCandidate.other_agency_id == actor.agency_id,
               MatchCandidate.awaiting_agency_id == actor.agency_id)


register_scope(MatchCandidate, Permission.TRACING_MATCH_REVIEW, candidate_scope)

# Need-to-know for the side-by-side view. Everyone reviewing needs the names, father's name, sex,
# age and district to judge a match; identifiers and phones only where the role works with them.
IDENTITY = ("name", "name_urdu", "father_name", "sex", "birth", "district")
_ROLE_FIELDS: dict[Role, tuple[str, ...]] = {
    Role.CASEWORKER: (*IDENTITY, "cnic", "passport", "phone"),
    Role.SUPERVISOR: (*IDENTITY, "cnic", "passport", "phone"),
    Role.INVESTIGATOR: (*IDENTITY, "cnic", "passport", "phone"),
    Role.CONSULAR_OFFICER: (*IDENTITY, "cnic", "passport"),
}
FIELD_ORDER = (*IDENTITY, "cnic", "passport", "phone")


def fields_for(actor: Actor) -> tuple[str, ...]:
    allowed: set[str] = set()
    for role in actor.roles:
        allowed |= set(_ROLE_FIELDS.get(role, ()))
    if actor.via not in ("web", "token", "api", "anonymous") and actor.agency_id is None:
        allowed = set(FIELD_ORDER)  # the CLI operator (system)
    return tuple(f for f in FIELD_ORDER if f in allowed)


@dataclass(frozen=True)
class Sight:
    """Which records of a candidate the reviewer may read. Confirming needs both."""

    request: bool
    other: bool

    @property
    def both(self) -> bool:
        return self.request and self.other

    @property
    def hidden_side(self) -> str | None:
        """The one side this reviewer cannot see (None: both seen, or neither)."""
        if self.request == self.other:
            return None
        return "other" if self.request else "request"


@dataclass
class CandidateView:
    candidate: MatchCandidate
    request: TracingRequest
    request_fields: dict[str, str | None]
    other_fields: dict[str, str | None]
    other_visible: bool
    other_label: str  # who holds the other record (agency / list), never its values
    sight: Sight = field(default_factory=lambda: Sight(True, True))
    held_by: str = ""  # the agency holding the side this reviewer cannot see
    awaiting: str = ""  # the agency a proposal waits for
    actions: tuple[str, ...] = ()

    @property
    def waterfall(self) -> list[dict[str, object]]:
        # Per-field agreement beside the reviewer's own values would spell out the hidden record.
        return list(self.candidate.waterfall) if self.sight.both else []

    @property
    def probability(self) -> float | None:
        return self.candidate.probability if self.sight.both else None


def _birth(birth_date: str | None, age: int | None, year: int | None = None) -> str | None:
    """The date, else the age, else the birth year a list gave alone (never a made-up date)."""
    return birth_date or (f"age {age}" if age is not None else (f"born {year}" if year else None))


def _person(values: dict[str, str | None], allowed: tuple[str, ...]) -> dict[str, str | None]:
    return {k: values.get(k) for k in allowed}


def _request_values(r: TracingRequest) -> dict[str, str | None]:
    return {"name": " ".join(filter(None, [r.given_name, r.family_name])) or None, "name_urdu": r.name_urdu,
            "father_name": r.father_name, "sex": r.sex, "birth": _birth(r.birth_date, r.age),
            "district": r.home_district, "cnic": r.cnic, "passport": r.passport,
            "phone": ", ".join(r.phones or []) or None}


def _visible_request(actor: Actor, req: TracingRequest) -> bool:
    """Own agency, the shared pool, or a family that agreed to share with other agencies."""
    return (actor.agency_id is None or req.owner_agency_id in (None, actor.agency_id) or req.consent_share)


def _sees_record(actor: Actor, p: ImportedPerson | None) -> bool:
    return p is not None and (actor.agency_id is None or p.agency_id == actor.agency_id)


def _sees_case(session: Session, actor: Actor, case_id: uuid.UUID) -> bool:
    """Whether the cases domain lets this reviewer read the case (a check, not an audited read)."""
    if not actor.can(Permission.CASES_CASE_READ):
        return False
    try:
        case_service.require_visible(session, actor, case_id)
    except RihaiError:
        return False
    return True


def sight(session: Session, actor: Actor, cand: MatchCandidate) -> Sight:
    """Which sides of ``cand`` this reviewer may read, from the records as they are now (not the
    candidate's denormalised agencies). A role shown no field sees neither side."""
    if not fields_for(actor):
        return Sight(False, False)
    req = session.get(TracingRequest, cand.request_id)
    seen_request = req is not None and _visible_request(actor, req)
    if cand.other_kind == "record":
        seen_other = _sees_record(actor, session.get(ImportedPerson, cand.other_id))
    elif cand.other_kind == "request":
        other = session.get(TracingRequest, cand.other_id)
        seen_other = other is not None and _visible_request(actor, other)
    else:
        seen_other = _sees_case(session, actor, cand.other_id)
    return Sight(seen_request, seen_other)


def sights(session: Session, actor: Actor, rows: list[MatchCandidate]) -> dict[uuid.UUID, Sight]:
    """``sight`` of each listed candidate, so a list shows a blind row's probability to no one."""
    return {c.id: sight(session, actor, c) for c in rows}


def holder_agency(session: Session, cand: MatchCandidate, side: str) -> int | None:
    """The agency that holds one side of a candidate now (a request's owner, a list's importer,
    a case's owner): the desk that answers for that record."""
    if side == "request":
        req = session.get(TracingRequest, cand.request_id)
        return req.owner_agency_id if req else None
    if cand.other_kind == "record":
        p = session.get(ImportedPerson, cand.other_id)
        return p.agency_id if p else None
    if cand.other_kind == "request":
        other = session.get(TracingRequest, cand.other_id)
        return other.owner_agency_id if other else None
    owner = case_service.case_caseworker(session, cand.other_id)
    return owner[0] if owner else None


def agency_name(session: Session, agency_id: int | None) -> str:
    agency = session.get(Agency, agency_id) if agency_id is not None else None
    return agency.name if agency else ""


def held_by(session: Session, cand: MatchCandidate, s: Sight) -> str:
    """The name of the agency holding the side this reviewer cannot see ("" if they see both)."""
    hidden = s.hidden_side or (None if s.both else "other")
    return agency_name(session, holder_agency(session, cand, hidden)) if hidden else ""


def may_answer(actor: Actor, cand: MatchCandidate, s: Sight) -> bool:
    """Who accepts or refuses a proposal: a reviewer of the desk it waits for who sees the side
    the proposer could not (never the proposer on the proposer's sight alone), or anyone who sees
    both sides and so could have confirmed it outright."""
    if s.both:
        return True
    return (actor.agency_id is not None and actor.agency_id == cand.awaiting_agency_id
            and cand.awaiting_side is not None and getattr(s, cand.awaiting_side)
            and actor.user_id != cand.proposed_by_id)


def actions(actor: Actor, cand: MatchCandidate, s: Sight) -> tuple[str, ...]:
    """What this reviewer may do with the candidate now (for pages, the API and the CLI)."""
    if cand.status == CandidateStatus.PENDING:
        if s.both:
            return ("confirm", "reject")
        return ("propose",) if s.hidden_side else ()
    if cand.status == CandidateStatus.PROPOSED and may_answer(actor, cand, s):
        return ("accept", "refuse")
    return ()


def list_candidates(session: Session, actor: Actor, *, status: CandidateStatus | None = CandidateStatus.PENDING,
                    request_id: uuid.UUID | None = None, page: int = 1, page_size: int = 25
                    ) -> tuple[list[MatchCandidate], int]:
    """Candidates the reviewer may see, most probable first (ids audited). ``PENDING`` lists the
    work still open, proposals waiting for an answer included."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    stmt = visible(select(MatchCandidate), actor, MatchCandidate)
    if status == CandidateStatus.PENDING:
        stmt = stmt.where(MatchCandidate.status.in_([CandidateStatus.PENDING, CandidateStatus.PROPOSED]))
    elif status:
        stmt = stmt.where(MatchCandidate.status == status)
    if request_id:
        stmt = stmt.where(or_(MatchCandidate.request_id == request_id, MatchCandidate.other_id == request_id))
    rows, total = paged(session, stmt, MatchCandidate.probability.desc(), MatchCandidate.id,
                        page=page, page_size=page_size)
    audit.record(session, actor, AuditTag.TRACING_CANDIDATE_LIST, subject_type="tracing_candidate",
                 related_ids=[c.id for c in rows])
    return rows, total


def _load(session: Session, actor: Actor, candidate_id: uuid.UUID) -> MatchCandidate:
    cand = session.scalar(visible(select(MatchCandidate).where(MatchCandidate.id == candidate_id),
                                  actor, MatchCandidate))
    if cand is None:
        raise NotFound("no such candidate, or you do not have access to it")
    return cand


def get_candidate(session: Session, actor: Actor, candidate_id: uuid.UUID) -> CandidateView:
    """One candidate with the two records side by side, each side showing only what the reviewer
    may see (a case through the cases domain's own scope, audited there). The waterfall and the
    probability only to a reviewer who sees both sides; a hidden side is named by its agency."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand = _load(session, actor, candidate_id)
    allowed = fields_for(actor)
    req = session.get(TracingRequest, cand.request_id)
    assert req is not None  # noqa: S101 - the foreign key cascades
    seen_request = bool(allowed) and _visible_request(actor, req)
    req_fields = _person(_request_values(req), allowed) if seen_request else {}
    other, other_ok, label = _other_side(session, actor, cand, allowed)
    s = Sight(seen_request, other_ok and bool(allowed))
    holder = held_by(session, cand, s)
    if not s.other:
        label = holder  # not the list's source or kind: what happened to someone is theirs
    audit.record(session, actor, AuditTag.TRACING_CANDIDATE_READ, subject_type="tracing_candidate",
                 subject_id=cand.id, related_ids=[cand.request_id, cand.other_id],
                 fields=sorted(set(req_fields) | set(other)))
    return CandidateView(cand, req, req_fields, other, s.other, label, sight=s, held_by=holder,
                         awaiting=agency_name(session, cand.awaiting_agency_id), actions=actions(actor, cand, s))


def _other_side(session: Session, actor: Actor, cand: MatchCandidate, allowed: tuple[str, ...]
                ) -> tuple[dict[str, str | None], bool, str]:
    holder = agency_name(session, cand.other_agency_id)
    if cand.other_kind == "record":
        p = session.get(ImportedPerson, cand.other_id)
        if not _sees_record(actor, p):
            return {}, False, holder
        assert p is not None  # noqa: S101 - just checked
        imp = session.get(TracingImport, p.import_id)
        label = f"{imp.source_agency} · {imp.kind}" if imp else holder
        values = {"name": p.full_name, "name_urdu": None, "father_name": p.father_name, "sex": p.sex,
                  "birth": _birth(p.birth_date, p.age, p.birth_year), "district": p.district, "cnic": p.cnic,
                  "passport": p.passport, "phone": p.phone}
        return _person(values, allowed), True, label
    if cand.other_kind == "request":
        other = session.get(TracingRequest, cand.other_id)
        if other is None or not _visible_request(actor, other):
            return {}, False, holder
        return _person(_request_values(other), allowed), True, other.reference
    # A case: shown only if the cases domain lets this reviewer read it (and audits the read).
    if not actor.can(Permission.CASES_CASE_READ):
        return {}, False, holder
    try:
        case = case_service.get_case(session, actor, cand.other_id)
    except RihaiError:
        return {}, False, holder
    p = case.person
    values = {"name": " ".join(filter(None, [p.given_name, p.family_name])) or None, "name_urdu": p.name_urdu,
              "father_name": p.guardian_name, "sex": p.sex,
              "birth": _birth(p.birth_date, p.age_estimate), "district": p.home_district, "cnic": p.cnic,
              "passport": p.passport, "phone": ", ".join(p.phones or []) or None}
    return _person(values, allowed), True, case.reference
