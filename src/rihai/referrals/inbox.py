"""Reading referrals: one, the inbox and outbox, a case's referrals, the overdue list, and the
receiving agency's need-to-know view of the case. All scoped in SQL (``visibility``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, and_, func, select, union_all
from sqlalchemy.orm import Session, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import require
from rihai.cases import service as cases_service
from rihai.db import utcnow
from rihai.errors import Forbidden, NotFound

from .codes import ACTIVE_STATES, ATTACHMENT_KINDS, NEED_TO_KNOW, NOTE_KINDS, OPEN_STATES, ReferralState, ServiceType
from .models import Referral
from .visibility import receiver_scope, scope_parts, sender_scope


class Box(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    OVERDUE = "overdue"
    # Sent to my agency and not yet answered: what waits for my answer (the work queue, issue 19).
    AWAITING = "awaiting"


@dataclass(frozen=True)
class ReferralFilter:
    """Codes a list of referrals may be narrowed by (the inbox's filters; GET parameters)."""

    state: ReferralState | None = None
    urgency: str | None = None  # codes.Urgency
    service: str | None = None  # codes.ServiceType

    def where(self) -> list[Any]:
        out: list[Any] = []
        if self.urgency:
            out.append(Referral.urgency == self.urgency)
        if self.service:
            out.append(Referral.service == self.service)
        return out


def get_referral(session: Session, actor: Actor, referral_id: uuid.UUID, *, audit_read: bool = True,
                 for_update: bool = False) -> Referral:
    """Either side of a referral reads it; anyone else is told it does not exist."""
    require(actor, Permission.REFERRALS_REFERRAL_READ)
    stmt = visible(select(Referral).where(Referral.id == referral_id)
                   .options(selectinload(Referral.events)), actor, Referral)
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Referral)
    referral = session.scalars(stmt).unique().one_or_none()
    if referral is None:
        raise NotFound("no such referral, or you do not have access to it")
    if audit_read:
        audit.record(session, actor, AuditTag.REFERRAL_READ, subject_type="referral", subject_id=referral.id)
    return referral


def _box_parts(actor: Actor, box: Box, now: datetime) -> list[object]:
    """The box as disjoint SQL pieces, each a subset of the actor's scope (see
    ``visibility.scope_parts``), so each query walks one index."""
    if box in (Box.INCOMING, Box.AWAITING):
        return [receiver_scope(actor)]
    if box is Box.OUTGOING:
        return [sender_scope(actor)]
    late = and_(Referral.state == ReferralState.SENT, Referral.due_at < now)
    return [and_(part, late) for part in scope_parts(actor)]


# What a list row carries: the referral's own columns, read as plain rows (attribute access like
# the model's). Loading models cost a provider join and an identity-map entry per row, which was
# most of an inbox request.
LIST_COLUMNS = [c for c in Referral.__table__.c
                if c.key not in ("override_reason", "child_decision_note", "end_note")]


def list_referrals(session: Session, actor: Actor, *, box: Box = Box.INCOMING, open_only: bool = True,
                   page: int = 1, page_size: int = 25, now: datetime | None = None,
                   filters: ReferralFilter | None = None) -> tuple[list[Row[Any]], int]:
    """A page of the inbox (to my agency), the outbox (from my agency, mine) or the overdue list
    (either side, past the deadline without an answer); open ones by deadline, soonest first.

    Every piece is part of the registered scope itself (``receiver_scope``, ``sender_scope``), so
    the rows are scoped in SQL exactly as ``access.policy.visible`` would scope them."""
    require(actor, Permission.REFERRALS_REFERRAL_READ)
    now = now or utcnow()
    filters = filters or ReferralFilter()
    window = page * page_size
    keyed: list[tuple[object, ...]] = []
    total = 0
    # The states listed: a box's own, narrowed by the state filter (none left: an empty list).
    states = [ReferralState.SENT] if box in (Box.OVERDUE, Box.AWAITING) else sorted(OPEN_STATES)
    if filters.state:
        states = [s for s in states if s == filters.state] if open_only else [filters.state]
    if not states:
        return [], 0
    for part in _box_parts(actor, box, now):
        where = [part, *filters.where()]
        if filters.state or box is Box.AWAITING:
            where.append(Referral.state.in_(states))
        elif open_only and box is not Box.OVERDUE:
            where.append(Referral.state.in_(sorted(OPEN_STATES)))
        # Counted on the index alone (a subquery of the listed columns read every row).
        total += session.scalar(select(func.count()).select_from(Referral).where(*where)) or 0
        if not open_only:
            stmt = select(Referral.updated_at, Referral.id).where(*where)
            keyed += session.execute(stmt.order_by(Referral.updated_at.desc()).limit(window)).all()
            continue
        # One ordered range of the (agency, state, due_at) index per state, merged here: an IN
        # over states made PostgreSQL fetch and sort every open referral of the agency, and a
        # tie-breaker on id made SQLite do the same (120 ms for 16k); the merge breaks ties.
        # All the ranges in one statement (UNION ALL of limited subqueries): each statement costs
        # more in Python than its ranges cost the database.
        ranges = [select(Referral.due_at, Referral.id).where(part, *filters.where(), Referral.state == state)
                  .order_by(Referral.due_at).limit(window).subquery() for state in states]
        stmt = ranges[0].select() if len(ranges) == 1 else union_all(*(r.select() for r in ranges))
        keyed += session.execute(stmt).all()
    # (deadline, id) soonest first, or (last change, id) newest first; the id breaks ties.
    if open_only:
        keyed.sort(key=lambda r: (r[0], str(r[1])))
    else:
        keyed.sort(key=lambda r: (-r[0].timestamp(), str(r[1])))
    ids = [r[1] for r in keyed[(page - 1) * page_size:window]]
    by_id = {r.id: r for r in session.execute(select(*LIST_COLUMNS).where(Referral.id.in_(ids)))} if ids else {}
    # Not audited: a list row holds a reference, codes and dates, nothing about the person, and
    # an audit write per inbox refresh would serialise every agency's inbox behind the audit
    # chain. Opening a referral, and above all the case view it grants, is audited.
    return [by_id[i] for i in ids if i in by_id], total


def list_for_case(session: Session, actor: Actor, case_id: uuid.UUID) -> list[Referral]:
    """The referrals of a case, for those who work on it (the owner's side)."""
    require(actor, Permission.REFERRALS_REFERRAL_READ)
    cases_service.require_visible(session, actor, case_id)
    stmt = select(Referral).where(Referral.case_id == case_id).options(selectinload(Referral.events))
    return list(session.scalars(stmt.order_by(Referral.created_at.desc())).unique())


def overdue(session: Session, actor: Actor, *, now: datetime | None = None, limit: int = 1000
            ) -> list[Row[Any]]:
    """Sent and unanswered past their deadline, most overdue first. The system actor (the CLI)
    sees every agency's; anyone else only the referrals they may see."""
    now = now or utcnow()
    if actor.user_id is None:
        stmt = select(*LIST_COLUMNS).where(Referral.state == ReferralState.SENT, Referral.due_at < now)
        return list(session.execute(stmt.order_by(Referral.due_at, Referral.id).limit(limit)))
    rows, _ = list_referrals(session, actor, box=Box.OVERDUE, page_size=limit, now=now)
    return rows


@dataclass
class ReceiverView:
    referral: Referral
    case: cases_service.SharedCase | None
    summary: dict[str, object]
    reason_withheld: str | None = None
    files: list[Any] = field(default_factory=list)  # attached files of the kinds the service is granted


def _receiving(session: Session, actor: Actor, referral_id: uuid.UUID) -> tuple[Referral, str | None]:
    """The referral, and why the receiving side may not read the case now (None: it may)."""
    referral = get_referral(session, actor, referral_id, audit_read=False)
    if actor.agency_id != referral.to_agency_id:
        raise Forbidden("this view is for the receiving agency", rule="referral-receiver")
    state = ReferralState(referral.state)
    if state not in ACTIVE_STATES:
        return referral, None if state is ReferralState.SENT else "referral-ended"
    if referral.assignee_id != actor.user_id and not actor.sees_whole_agency:
        return referral, "referral-assignee"
    if not referral.consent_overridden and not cases_service.consent_covers(
            cases_service.consents_of(session, referral.case_id), referral.consent_purpose,
            referral.to_agency_id):
        return referral, "consent-withdrawn"
    return referral, ""


def _file_kinds(actor: Actor, referral: Referral) -> frozenset[str]:
    return ATTACHMENT_KINDS[ServiceType(referral.service)] & cases_service.attachment_kinds(actor.roles)


def shared_case(session: Session, actor: Actor, referral_id: uuid.UUID) -> ReceiverView:
    """The receiving agency's view of the referred case. Before acceptance: a coded summary (sex,
    age, minor, languages, district) so they can decide. While accepted or in service: the field
    groups the service needs (and the kinds of attached file it is granted), to whoever accepted it
    and the agency's supervisors. Ended referral, or consent withdrawn (and not overridden): nothing."""
    referral, withheld = _receiving(session, actor, referral_id)
    summary = cases_service.summary_view(session, referral.case_id)
    if withheld != "":
        return ReceiverView(referral, None, summary, withheld)
    service = ServiceType(referral.service)
    kinds = frozenset(str(k) for k in NOTE_KINDS[service] & cases_service.note_kinds(actor))
    via = f"referral:{referral.id}"
    view = cases_service.shared_view(session, actor, referral.case_id, groups=NEED_TO_KNOW[service],
                                     note_kinds=kinds, via=via)
    files = cases_service.shared_attachments(session, actor, referral.case_id,
                                             kinds=_file_kinds(actor, referral), via=via)
    audit.record(session, actor, AuditTag.REFERRAL_CASE_VIEW, subject_type="referral",
                 subject_id=referral.id, related_ids=[f"case:{referral.case_id}"])
    return ReceiverView(referral, view, summary, files=files)


def shared_file(session: Session, actor: Actor, referral_id: uuid.UUID,
                attachment_id: uuid.UUID) -> cases_service.AttachmentFile:
    """One attached file of a kind the referral's service is granted, by the same rules as the view;
    anything else is not found."""
    referral, withheld = _receiving(session, actor, referral_id)
    if withheld != "":
        raise NotFound("no such file, or it is not shared with you")
    return cases_service.shared_attachment_file(session, actor, referral.case_id, attachment_id,
                                                kinds=_file_kinds(actor, referral), via=f"referral:{referral.id}")
