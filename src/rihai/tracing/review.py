"""The review queue: a reviewer sees the candidates touching their agency's records (or the shared
pool of public requests), each with its probability and waterfall, side by side with only the
fields their role may see, and confirms or rejects it. Two reviewers cannot both win (version).

A confirmed candidate *is* the link between the records; it moves the family's status to
"confirmed" and tells the responsible caseworkers by e-mail, without personal data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai import notify
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access import service as access_service
from rihai.access.models import Agency
from rihai.access.permissions import Permission, Role
from rihai.access.policy import register_scope, visible
from rihai.access.service import require
from rihai.cases import service as case_service
from rihai.db import paged, utcnow
from rihai.errors import Conflict, NotFound, RihaiError

from .models import ImportedPerson, MatchCandidate, TracingImport, TracingRequest
from .requests import set_status
from .schemas import CandidateStatus, RequestStatus


def candidate_scope(actor: Actor) -> object:
    if actor.agency_id is None:
        return true() if actor.via not in ("web", "token", "api", "anonymous") else MatchCandidate.id.is_(None)
    return or_(MatchCandidate.request_agency_id == actor.agency_id,
               MatchCandidate.request_agency_id.is_(None),
               MatchCandidate.other_agency_id == actor.agency_id)


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


@dataclass
class CandidateView:
    candidate: MatchCandidate
    request: TracingRequest
    request_fields: dict[str, str | None]
    other_fields: dict[str, str | None]
    other_visible: bool
    other_label: str  # who holds the other record (agency / list), never its values


def _birth(birth_date: str | None, age: int | None) -> str | None:
    return birth_date or (f"age {age}" if age is not None else None)


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


def list_candidates(session: Session, actor: Actor, *, status: CandidateStatus | None = CandidateStatus.PENDING,
                    request_id: uuid.UUID | None = None, page: int = 1, page_size: int = 25
                    ) -> tuple[list[MatchCandidate], int]:
    """Candidates the reviewer may see, most probable first (ids audited)."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    stmt = visible(select(MatchCandidate), actor, MatchCandidate)
    if status:
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
    """One candidate with its waterfall and the two records side by side, each side showing only
    what the reviewer may see (a case through the cases domain's own scope, audited there)."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand = _load(session, actor, candidate_id)
    allowed = fields_for(actor)
    req = session.get(TracingRequest, cand.request_id)
    assert req is not None  # noqa: S101 - the foreign key cascades
    req_fields = _person(_request_values(req), allowed) if _visible_request(actor, req) else {}
    other, other_ok, label = _other_side(session, actor, cand, allowed)
    audit.record(session, actor, AuditTag.TRACING_CANDIDATE_READ, subject_type="tracing_candidate",
                 subject_id=cand.id, related_ids=[cand.request_id, cand.other_id],
                 fields=sorted(set(req_fields) | set(other)))
    return CandidateView(cand, req, req_fields, other, other_ok, label)


def _other_side(session: Session, actor: Actor, cand: MatchCandidate, allowed: tuple[str, ...]
                ) -> tuple[dict[str, str | None], bool, str]:
    agency = session.get(Agency, cand.other_agency_id) if cand.other_agency_id else None
    holder = agency.name if agency else ""
    if cand.other_kind == "record":
        p = session.get(ImportedPerson, cand.other_id)
        imp = session.get(TracingImport, p.import_id) if p else None
        label = f"{imp.source_agency} · {imp.kind}" if imp else holder
        if p is None or not (actor.agency_id is None or p.agency_id == actor.agency_id):
            return {}, False, label
        values = {"name": p.full_name, "name_urdu": None, "father_name": p.father_name, "sex": p.sex,
                  "birth": _birth(p.birth_date, p.age), "district": p.district, "cnic": p.cnic,
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


def decide(session: Session, actor: Actor, candidate_id: uuid.UUID, *, confirm: bool,
           version: int) -> MatchCandidate:
    """Confirm (link the records, advance the family's status, tell the caseworkers) or reject
    (remembered: never proposed again). A stale ``version`` or a decided candidate is a 409."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand = _load(session, actor, candidate_id)
    if cand.version != version:
        raise Conflict("someone else decided or changed this candidate; reload", rule="optimistic-lock")
    if cand.status != CandidateStatus.PENDING:
        raise Conflict("this candidate has already been decided", rule="already-decided")
    cand.status = CandidateStatus.CONFIRMED if confirm else CandidateStatus.REJECTED
    cand.decided_by_id, cand.decided_at = actor.user_id, utcnow()
    req = session.get(TracingRequest, cand.request_id)
    assert req is not None  # noqa: S101
    changed = ["status"]
    if confirm and cand.other_kind != "request":
        set_status(req, RequestStatus.CONFIRMED)
        if req.owner_agency_id is None and actor.agency_id is not None:
            # A pool request confirmed by a desk becomes that desk's to follow up.
            req.owner_agency_id, req.caseworker_id = actor.agency_id, actor.user_id
            changed += ["request.owner_agency_id"]
        changed.append("request.status")
    elif not confirm and req.status == RequestStatus.POSSIBLE_MATCH:
        still = session.scalar(select(func.count()).select_from(MatchCandidate).where(
            MatchCandidate.request_id == req.id, MatchCandidate.status == CandidateStatus.PENDING,
            MatchCandidate.other_kind != "request", MatchCandidate.id != cand.id))
        if not still:
            set_status(req, RequestStatus.UNDER_REVIEW)
            changed.append("request.status")
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("someone else decided this candidate at the same moment; reload",
                       rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.TRACING_CANDIDATE_DECIDE, subject_type="tracing_candidate",
                 subject_id=cand.id, fields=changed, related_ids=[cand.request_id, cand.other_id])
    if confirm:
        _notify(session, cand, req)
    return cand


def _notify(session: Session, cand: MatchCandidate, req: TracingRequest) -> None:
    user_ids = {req.caseworker_id}
    if cand.other_kind == "case":
        owner = case_service.case_caseworker(session, cand.other_id)
        if owner:
            user_ids.add(owner[1])
    elif cand.other_kind == "request":
        other = session.get(TracingRequest, cand.other_id)
        user_ids.add(other.caseworker_id if other else None)
    # The responsible caseworkers; where a side has none, that agency's supervisors.
    emails = access_service.notification_addresses(session, user_ids=user_ids)
    if not emails and req.owner_agency_id is not None:
        emails = access_service.notification_addresses(session, agency_id=req.owner_agency_id,
                                                       roles=[Role.SUPERVISOR])
    notify.queue(session, emails, "Rihai: a tracing match was confirmed",
                 "A reviewer confirmed a match for a tracing request you are responsible for.\n"
                 f"Open it in Rihai: /tracing/requests/{req.id}\n")
