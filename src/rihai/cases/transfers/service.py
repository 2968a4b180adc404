"""Transfer verbs, and removing someone from a case team. The front door of ``cases.transfers``.

A supervisor of the agency that owns a case proposes to move it to another agency, saying why and
whom of their own team stays on it; the survivor's consent to share their record with that agency
must be in force. The receiving agency's supervisors see the proposal with the case's coded
summary only (no name, identifier or contact) and accept or refuse it. On acceptance the case's
owning agency changes, the accepting supervisor becomes its caseworker, and the sending agency's
team loses access except those kept. Every step is a row of ``case_transfers`` and an audit event
on the case (its timeline on the case page).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.service import Agency, require
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound

from ..models import Case, CaseAssignment
from ..visibility import case_scope_among
from ..records import consent_covers
from ..sharing import summary_view
from .codes import CONSENT_PURPOSE, LABELS, TransferState  # noqa: F401  (LABELS re-exported for the pages)
from .models import CaseTransfer

NO_TRANSFER = "no such transfer, or it is not for your agency"


def _owned_case(session: Session, actor: Actor, case_id: uuid.UUID, *, for_update: bool = True) -> Case:
    stmt = select(Case).where(Case.id == case_id, case_scope_among(actor, [case_id])).options(
        selectinload(Case.consents), selectinload(Case.assignments))
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Case)
    case = session.scalars(stmt).unique().one_or_none()
    if case is None:
        raise NotFound("no such case, or you do not have access to it")
    if actor.agency_id != case.owner_agency_id or Role.SUPERVISOR not in actor.roles:
        raise Conflict("only a supervisor of the agency that owns the case can do this",
                       rule="owner-supervisor")
    return case


def _pending(session: Session, case_id: uuid.UUID) -> CaseTransfer | None:
    return session.scalar(select(CaseTransfer).where(CaseTransfer.case_id == case_id,
                                                     CaseTransfer.state == TransferState.PROPOSED))


def propose_transfer(session: Session, actor: Actor, case_id: uuid.UUID, *, to_agency_id: int, reason: str,
                     keep_user_ids: list[int] | None = None) -> CaseTransfer:
    """A supervisor of the owning agency proposes moving the case; one proposal at a time."""
    require(actor, Permission.CASES_CASE_TRANSFER)
    case = _owned_case(session, actor, case_id)
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("say why the case moves", field="reason")
    if len(reason) > 2000:
        raise Invalid("a reason has at most 2000 characters", field="reason")
    target = session.get(Agency, to_agency_id)
    if target is None or not target.is_active:
        raise Invalid("choose an agency", field="to_agency_id")
    if target.id == case.owner_agency_id:
        raise Invalid("the case is already with this agency", field="to_agency_id")
    if _pending(session, case.id) is not None:
        raise Conflict("a transfer of this case is already waiting for an answer", rule="transfer-pending")
    if not consent_covers(case.consents, CONSENT_PURPOSE, target.id):
        raise Conflict("the survivor's consent to share their record with this agency is not recorded "
                       "(consent for information sharing)", field="to_agency_id", rule="transfer-consent")
    keep = sorted(set(keep_user_ids or []))
    team = {a.user_id for a in case.assignments}
    if not set(keep) <= team:
        raise Invalid("keep only members of the case team", field="keep_user_ids")
    transfer = CaseTransfer(case_id=case.id, from_agency_id=case.owner_agency_id, to_agency_id=target.id,
                            state=TransferState.PROPOSED, reason=reason, keep_user_ids=keep,
                            proposed_by_id=actor.user_id)
    session.add(transfer)
    session.flush()
    audit.record(session, actor, AuditTag.TRANSFER_PROPOSE, subject_type="case", subject_id=case.id,
                 fields=["owner_agency_id"], related_ids=[f"transfer:{transfer.id}", f"agency:{target.id}"])
    return transfer


def _incoming(session: Session, actor: Actor, transfer_id: uuid.UUID) -> CaseTransfer:
    require(actor, Permission.CASES_TRANSFER_DECIDE)
    transfer = session.get(CaseTransfer, transfer_id)
    if transfer is None or actor.agency_id is None or transfer.to_agency_id != actor.agency_id:
        raise NotFound(NO_TRANSFER)
    if transfer.state != TransferState.PROPOSED:
        raise Conflict("this transfer was already answered or withdrawn", rule="transfer-answered")
    return transfer


def accept_transfer(session: Session, actor: Actor, transfer_id: uuid.UUID) -> CaseTransfer:
    """A supervisor of the receiving agency takes the case: it becomes theirs, they its caseworker;
    the sending agency's team keeps access only where the proposal kept them. Consent is checked
    again: one withdrawn since the proposal stops the move."""
    transfer = _incoming(session, actor, transfer_id)
    stmt = select(Case).where(Case.id == transfer.case_id).options(
        selectinload(Case.consents), selectinload(Case.assignments))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Case)
    case = session.scalars(stmt).unique().one()
    if case.owner_agency_id != transfer.from_agency_id:
        raise Conflict("the case has moved since this transfer was proposed", rule="transfer-stale")
    if not consent_covers(case.consents, CONSENT_PURPOSE, transfer.to_agency_id):
        raise Conflict("the survivor's consent to share their record with your agency is no longer in force",
                       rule="transfer-consent")
    keep = set(transfer.keep_user_ids or [])
    dropped = sorted(a.user_id for a in case.assignments if a.user_id not in keep)
    case.assignments = [a for a in case.assignments if a.user_id in keep]
    if actor.user_id is not None and actor.user_id not in keep:
        case.assignments.append(CaseAssignment(user_id=actor.user_id, assigned_by_id=actor.user_id))
    case.owner_agency_id = transfer.to_agency_id
    case.caseworker_id = actor.user_id
    case.updated_at = utcnow()
    transfer.state = TransferState.ACCEPTED
    transfer.decided_by_id, transfer.decided_at = actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.TRANSFER_ACCEPT, subject_type="case", subject_id=case.id,
                 fields=["owner_agency_id", "caseworker_id", "assignments"],
                 related_ids=[f"transfer:{transfer.id}", f"agency:{transfer.from_agency_id}",
                              *(f"user:{u}" for u in dropped)])
    return transfer


def refuse_transfer(session: Session, actor: Actor, transfer_id: uuid.UUID, *, note: str) -> CaseTransfer:
    """The receiving agency says no, and why; the case stays where it is."""
    transfer = _incoming(session, actor, transfer_id)
    note = (note or "").strip()
    if not note:
        raise Invalid("say why your agency cannot take the case", field="note")
    transfer.state = TransferState.REFUSED
    transfer.answer_note = note[:2000]
    transfer.decided_by_id, transfer.decided_at = actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.TRANSFER_REFUSE, subject_type="case", subject_id=transfer.case_id,
                 fields=["answer_note"], related_ids=[f"transfer:{transfer.id}"])
    return transfer


def withdraw_transfer(session: Session, actor: Actor, case_id: uuid.UUID) -> CaseTransfer:
    """The sending agency's supervisor takes back a proposal not yet answered."""
    require(actor, Permission.CASES_CASE_TRANSFER)
    case = _owned_case(session, actor, case_id)
    transfer = _pending(session, case.id)
    if transfer is None:
        raise NotFound("no transfer of this case is waiting for an answer")
    transfer.state = TransferState.WITHDRAWN
    transfer.decided_by_id, transfer.decided_at = actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.TRANSFER_CANCEL, subject_type="case", subject_id=case.id,
                 related_ids=[f"transfer:{transfer.id}"])
    return transfer


def transfers_of_case(session: Session, actor: Actor, case_id: uuid.UUID) -> list[CaseTransfer]:
    """A case's transfers, newest first, for whoever may propose them (its owning supervisors)."""
    require(actor, Permission.CASES_CASE_TRANSFER)
    case = _owned_case(session, actor, case_id, for_update=False)
    return list(session.scalars(select(CaseTransfer).where(CaseTransfer.case_id == case.id)
                                .order_by(CaseTransfer.proposed_at.desc())))


@dataclass
class Incoming:
    transfer: CaseTransfer
    summary: dict[str, Any]  # coded facts only: sex, age, minor, languages, home district, reference


def incoming_transfers(session: Session, actor: Actor) -> list[Incoming]:
    """Proposals waiting for the actor's agency, with each case's coded summary (not audited as a
    case read: it holds nothing that identifies the person)."""
    require(actor, Permission.CASES_TRANSFER_DECIDE)
    if actor.agency_id is None:
        return []
    rows = session.scalars(select(CaseTransfer).where(CaseTransfer.to_agency_id == actor.agency_id,
                                                      CaseTransfer.state == TransferState.PROPOSED)
                           .order_by(CaseTransfer.proposed_at).limit(200))
    return [Incoming(t, summary_view(session, t.case_id)) for t in rows]


def remove_from_team(session: Session, actor: Actor, case_id: uuid.UUID, *, user_id: int) -> Case:
    """A supervisor of the owning agency takes someone off a case team: they lose access at once
    (unless their role sees the whole agency's cases). The caseworker can be removed only once
    another caseworker is named."""
    require(actor, Permission.CASES_CASE_ASSIGN)
    case = _owned_case(session, actor, case_id)
    row = next((a for a in case.assignments if a.user_id == user_id), None)
    if row is None:
        raise NotFound("this person is not on the case team")
    if case.caseworker_id == user_id:
        raise Conflict("name another caseworker before removing this one", field="user_id",
                       rule="caseworker-needed")
    case.assignments.remove(row)  # delete-orphan: the assignment row goes at the flush
    case.updated_at = utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.CASE_UNASSIGN, subject_type="case", subject_id=case.id,
                 fields=["assignments"], related_ids=[f"user:{user_id}"])
    return case

