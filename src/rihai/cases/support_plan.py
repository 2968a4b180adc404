"""The support plan of a case (HTCDS ``spl_``): items of support with a goal, the agency
responsible, a status and a due date, and the follow-up visits made on each.

The care team reads and changes it (``cases:plan:update``; reads audited); others who read the
case, such as prosecutors, do not see it (need-to-know). A
case with open items cannot be closed unless a supervisor records why (``service.change_status``
asks ``open_item_count`` and ``record_closure_override``).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import Agency
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import require
from rihai.errors import Conflict, Forbidden, Invalid, NotFound

from .justice_codes import OPEN_STATUSES, ItemStatus
from .justice_models import ClosureOverride, FollowUpVisit, SupportPlanItem
from .justice_schemas import PlanItemCreate, PlanItemUpdate, VisitIn
from .models import Case

_STALE = "this support-plan item was changed by someone else; reload and try again"


def _visible_case(session: Session, actor: Actor, case_id: uuid.UUID) -> None:
    if session.scalars(visible(select(Case.id).where(Case.id == case_id), actor, Case)).first() is None:
        raise NotFound("no such case, or you do not have access to it")


def _item(session: Session, actor: Actor, case_id: uuid.UUID, item_id: int) -> SupportPlanItem:
    _visible_case(session, actor, case_id)
    item = session.scalars(select(SupportPlanItem).where(SupportPlanItem.id == item_id,
                                                         SupportPlanItem.case_id == case_id)).first()
    if item is None:
        raise NotFound("no such support-plan item on this case")
    return item


def _check_agency(session: Session, agency_id: int | None) -> None:
    if agency_id is not None and session.get(Agency, agency_id) is None:
        raise Invalid("no such agency", field="responsible_agency_id")


def list_plan(session: Session, actor: Actor, case_id: uuid.UUID) -> list[SupportPlanItem]:
    """The plan of a case the actor can see, open items first; the read is audited. Need-to-know:
    the care team (who keep plans) read it; a prosecutor, who reads the case for the trial, does
    not see the survivor's health or rehabilitation support."""
    require(actor, Permission.CASES_CASE_READ)
    if not actor.can(Permission.CASES_PLAN_UPDATE):
        raise Forbidden("your role does not see support plans", rule="need-to-know")
    _visible_case(session, actor, case_id)
    items = list(session.scalars(select(SupportPlanItem).where(SupportPlanItem.case_id == case_id)
                                 .order_by(SupportPlanItem.status.in_(list(OPEN_STATUSES)).desc(),
                                           SupportPlanItem.due_on, SupportPlanItem.id)))
    audit.record(session, actor, AuditTag.PLAN_READ, subject_type="case", subject_id=case_id,
                 related_ids=[f"plan-item:{i.id}" for i in items])
    return items


def add_item(session: Session, actor: Actor, case_id: uuid.UUID, *, data: PlanItemCreate) -> SupportPlanItem:
    require(actor, Permission.CASES_PLAN_UPDATE)
    _visible_case(session, actor, case_id)
    _check_agency(session, data.responsible_agency_id)
    if data.due_on and data.due_on < date(2000, 1, 1):
        raise Invalid("the due date is not plausible", field="due_on")
    item = SupportPlanItem(case_id=case_id, created_by_id=actor.user_id, status=ItemStatus.OPEN,
                           **data.model_dump())
    session.add(item)
    session.flush()
    audit.record(session, actor, AuditTag.PLAN_ITEM_ADD, subject_type="case", subject_id=case_id,
                 fields=[f"plan.{f}" for f in sorted(data.model_fields_set)], related_ids=[f"plan-item:{item.id}"])
    return item


def update_item(session: Session, actor: Actor, case_id: uuid.UUID, item_id: int, *,
                data: PlanItemUpdate) -> SupportPlanItem:
    """Change an item's status, goal, agency or due date with optimistic locking. Done and
    cancelled items are final: new support is a new item."""
    require(actor, Permission.CASES_PLAN_UPDATE)
    item = _item(session, actor, case_id, item_id)
    if item.version != data.version:
        raise Conflict(_STALE, rule="optimistic-lock")
    if item.status not in OPEN_STATUSES:
        raise Conflict(f"this item is {item.status} and can no longer change; add a new item instead",
                       field="status", rule="plan-item-final")
    fields = sorted(data.model_fields_set - {"version"})
    if "responsible_agency_id" in fields:
        _check_agency(session, data.responsible_agency_id)
    for name in fields:
        value = getattr(data, name)
        if name in ("status", "goal") and value is None:
            raise Invalid(f"{name} cannot be empty", field=name)
        setattr(item, name, value)
    if data.status == ItemStatus.DONE:
        item.completed_on = date.today()
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict(_STALE, rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.PLAN_ITEM_UPDATE, subject_type="case", subject_id=case_id,
                 fields=[f"plan.{f}" for f in fields], related_ids=[f"plan-item:{item.id}"])
    return item


def add_visit(session: Session, actor: Actor, case_id: uuid.UUID, item_id: int, *, data: VisitIn) -> FollowUpVisit:
    """Record a follow-up visit made by the actor."""
    require(actor, Permission.CASES_PLAN_UPDATE)
    item = _item(session, actor, case_id, item_id)
    if data.visited_on > date.today():
        raise Invalid("a visit is recorded after it happened", field="visited_on", rule="visit-in-future")
    if len(item.visits) >= 500:
        raise Invalid("an item keeps at most 500 visits", field="visited_on")
    visit = FollowUpVisit(visited_on=data.visited_on, note=data.note, visited_by_id=actor.user_id)
    item.visits.append(visit)
    session.flush()
    audit.record(session, actor, AuditTag.PLAN_VISIT_ADD, subject_type="case", subject_id=case_id,
                 fields=[f"plan.visits.{f}" for f in sorted(data.model_fields_set)],
                 related_ids=[f"plan-item:{item.id}"])
    return visit


def open_item_count(session: Session, case_id: uuid.UUID) -> int:
    """Items still open or in progress (the close rule). Callers have already scoped the case."""
    return session.scalar(select(func.count()).select_from(SupportPlanItem).where(
        SupportPlanItem.case_id == case_id, SupportPlanItem.status.in_(list(OPEN_STATUSES)))) or 0


def record_closure_override(session: Session, actor: Actor, case_id: uuid.UUID, *, reason: str,
                            open_items: int) -> ClosureOverride:
    """Kept and audited when a supervisor closes a case with open items; ``change_status`` calls
    this after checking the rule."""
    row = ClosureOverride(case_id=case_id, reason=reason, open_items=open_items, decided_by_id=actor.user_id)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditTag.CASE_CLOSE_OVERRIDE, subject_type="case", subject_id=case_id,
                 fields=["closure_override.reason"], related_ids=[f"open-items:{open_items}"])
    return row


def closure_overrides(session: Session, case_id: uuid.UUID) -> list[ClosureOverride]:
    return list(session.scalars(select(ClosureOverride).where(ClosureOverride.case_id == case_id)
                                .order_by(ClosureOverride.id)))


def completion_counts(session: Session, actor: Actor) -> dict[str, int]:
    """Support-plan items by status over the cases the actor can see (a mechanism indicator:
    support-plan completion), counted in SQL; no goal is read."""
    require(actor, Permission.CASES_CASE_READ)
    scoped = visible(select(Case.id), actor, Case)
    rows = session.execute(select(SupportPlanItem.status, func.count()).where(
        SupportPlanItem.case_id.in_(scoped)).group_by(SupportPlanItem.status))
    counts = {str(s): 0 for s in ItemStatus}
    counts.update({status: n for status, n in rows})
    return counts
