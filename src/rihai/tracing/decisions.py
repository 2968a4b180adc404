"""Deciding a candidate. A confirmed candidate *is* the link between two records: it moves the
family's status to "confirmed" and tells the desks responsible for both records, by e-mail and
without personal data.

Only a reviewer who sees both records confirms or rejects outright. A reviewer who sees only their
own side proposes the match to the desk that holds the other; a reviewer of that desk who sees the
hidden record accepts (confirmed) or refuses (rejected). Until then nothing reaches the family.
Confirmation never moves a request between agencies: its desk keeps it (a pool request stays in
the pool, to be taken up explicitly), and the other side is told.
"""

from __future__ import annotations

import uuid
from typing import NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai import notify
from rihai.access import audit
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.service import require
from rihai.cases import service as case_service
from rihai.db import utcnow
from rihai.errors import Conflict, Forbidden

from .models import ImportedPerson, MatchCandidate, TracingImport, TracingRequest
from .requests import set_status
from .review import _load, holder_agency, may_answer, sight
from .schemas import CandidateStatus, RequestStatus

NEEDS_BOTH_SIDES = ("you cannot see both records of this match, so you cannot decide it: propose it to the "
                    "desk that holds the other record")
OWNING_DESK_ANSWERS = "only the desk that holds the record this match was proposed without can accept or refuse it"


def _check(cand: MatchCandidate, version: int) -> None:
    if cand.version != version:
        raise Conflict("someone else decided or changed this candidate; reload", rule="optimistic-lock")


def decide(session: Session, actor: Actor, candidate_id: uuid.UUID, *, confirm: bool,
           version: int) -> MatchCandidate:
    """Confirm (link the records, advance the family's status, tell both desks) or reject
    (remembered: never proposed again). Callers: reviewers (``tracing:match:review``). A pending
    candidate needs sight of both records (else 403 ``needs-both-sides``); a proposed one is
    accepted or refused by the desk it waits for (else 403 ``owning-desk-answers``). A stale
    ``version`` or a decided candidate is a 409."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand = _load(session, actor, candidate_id)
    _check(cand, version)
    if cand.status == CandidateStatus.PROPOSED:
        if not may_answer(actor, cand, sight(session, actor, cand)):
            _deny(session, actor, cand, OWNING_DESK_ANSWERS, rule="owning-desk-answers")
        tag = AuditTag.TRACING_CANDIDATE_ACCEPT if confirm else AuditTag.TRACING_CANDIDATE_REFUSE
        return _settle(session, actor, cand, confirm=confirm, tag=tag)
    if cand.status != CandidateStatus.PENDING:
        raise Conflict("this candidate has already been decided", rule="already-decided")
    if not sight(session, actor, cand).both:
        _deny(session, actor, cand, NEEDS_BOTH_SIDES, rule="needs-both-sides")
    return _settle(session, actor, cand, confirm=confirm, tag=AuditTag.TRACING_CANDIDATE_DECIDE)


def propose(session: Session, actor: Actor, candidate_id: uuid.UUID, *, version: int) -> MatchCandidate:
    """A reviewer who sees one side of a pending candidate asks the desk holding the other side to
    accept or refuse it. Nothing else changes: the family's status, both records and their owners
    stay as they are. Invariant: the answer can only come from the holder of the hidden side."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand = _load(session, actor, candidate_id)
    _check(cand, version)
    if cand.status == CandidateStatus.PROPOSED:
        raise Conflict("this match has already been proposed", rule="already-proposed")
    if cand.status != CandidateStatus.PENDING:
        raise Conflict("this candidate has already been decided", rule="already-decided")
    s = sight(session, actor, cand)
    if s.both:
        raise Conflict("you see both records: confirm or reject this match yourself", rule="sees-both-sides")
    hidden = s.hidden_side
    if hidden is None:
        _deny(session, actor, cand, "you see neither record of this match", rule="sees-neither-side")
    holder = holder_agency(session, cand, hidden)
    if holder is None:  # a pool request is seen by every desk, so a hidden side always has one
        raise Conflict("no desk holds the other record", rule="no-holding-desk")
    cand.status = CandidateStatus.PROPOSED
    cand.proposed_by_id, cand.proposed_at = actor.user_id, utcnow()
    cand.awaiting_agency_id, cand.awaiting_side = holder, hidden
    _flush(session)
    audit.record(session, actor, AuditTag.TRACING_CANDIDATE_PROPOSE, subject_type="tracing_candidate",
                 subject_id=cand.id, fields=["status", "awaiting_agency_id", "awaiting_side"],
                 related_ids=[cand.request_id, cand.other_id])
    user, agency = _responsible(session, cand, hidden)
    notify.queue(session, _addresses(session, [(user, agency)]), "Rihai: a tracing match waits for your desk",
                 "Another desk proposed a tracing match with a record your agency holds. Accept or refuse it in "
                 f"Rihai: /tracing/candidates/{cand.id}\n")
    return cand


def _deny(session: Session, actor: Actor, cand: MatchCandidate, message: str, *, rule: str) -> NoReturn:
    """Refuse, keeping the attempt: a blind decision is a security event. Raised before anything
    changed, so the edge commits the audit row alone (``persist``)."""
    audit.record(session, actor, AuditTag.AUTHZ_DENIED, subject_type="tracing_candidate", subject_id=cand.id,
                 related_ids=[cand.request_id, cand.other_id])
    raise Forbidden(message, rule=rule, persist=True)


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("someone else decided this candidate at the same moment; reload",
                       rule="optimistic-lock") from exc


def _settle(session: Session, actor: Actor, cand: MatchCandidate, *, confirm: bool, tag: AuditTag) -> MatchCandidate:
    cand.status = CandidateStatus.CONFIRMED if confirm else CandidateStatus.REJECTED
    cand.decided_by_id, cand.decided_at = actor.user_id, utcnow()
    req = session.get(TracingRequest, cand.request_id)
    assert req is not None  # noqa: S101 - the foreign key cascades
    changed = ["status"]
    if confirm and cand.other_kind != "request":
        # Another relative's request about the same person is not news about the person.
        set_status(req, RequestStatus.CONFIRMED)
        changed.append("request.status")
    elif not confirm and req.status == RequestStatus.POSSIBLE_MATCH:
        still = session.scalar(select(func.count()).select_from(MatchCandidate).where(
            MatchCandidate.request_id == req.id,
            MatchCandidate.status.in_([CandidateStatus.PENDING, CandidateStatus.PROPOSED]),
            MatchCandidate.other_kind != "request", MatchCandidate.id != cand.id))
        if not still:
            set_status(req, RequestStatus.UNDER_REVIEW)
            changed.append("request.status")
    _flush(session)
    audit.record(session, actor, tag, subject_type="tracing_candidate", subject_id=cand.id, fields=changed,
                 related_ids=[cand.request_id, cand.other_id])
    if confirm:
        sides = [_responsible(session, cand, "request"), _responsible(session, cand, "other")]
        notify.queue(session, _addresses(session, sides), "Rihai: a tracing match was confirmed",
                     "A tracing match was confirmed for a record your desk is responsible for.\n"
                     f"Open it in Rihai: /tracing/candidates/{cand.id}\n")
    return cand


def _responsible(session: Session, cand: MatchCandidate, side: str) -> tuple[int | None, int | None]:
    """(user, agency) answering for one side: a request's caseworker, a list's importer, a case's
    caseworker; the agency is where a side without such a person is told."""
    agency = holder_agency(session, cand, side)
    if side == "request" or cand.other_kind == "request":
        req = session.get(TracingRequest, cand.request_id if side == "request" else cand.other_id)
        return (req.caseworker_id if req else None), agency
    if cand.other_kind == "record":
        p = session.get(ImportedPerson, cand.other_id)
        imp = session.get(TracingImport, p.import_id) if p else None
        return (imp.imported_by_id if imp else None), agency
    owner = case_service.case_caseworker(session, cand.other_id)
    return (owner[1] if owner else None), agency


def _addresses(session: Session, sides: list[tuple[int | None, int | None]]) -> list[str]:
    """The responsible person of each side; where a side has none (or no address), that
    agency's supervisors."""
    emails: list[str] = []
    for user, agency in sides:
        found = access_service.notification_addresses(session, user_ids=[user]) if user is not None else []
        if not found and agency is not None:
            found = access_service.notification_addresses(session, agency_id=agency, roles=[Role.SUPERVISOR])
        emails += [e for e in found if e not in emails]
    return emails
