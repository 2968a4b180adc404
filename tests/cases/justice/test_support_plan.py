"""Support plan (HTCDS spl_) and the close rule: a case with open items cannot be closed unless a
supervisor records why, and that override is kept and audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import make_case
from factories.justice import make_plan_item
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.cases import service
from rihai.cases.justice import service as support_plan
from rihai.cases.justice.schemas import PlanItemUpdate, VisitIn
from rihai.cases.schemas import StatusChange
from rihai.errors import Conflict, Forbidden, Invalid, NotFound


def _tags(db, case_id) -> list[str]:  # type: ignore[no-untyped-def]
    return list(db.scalars(select(AuditEvent.tag).where(AuditEvent.subject_id == str(case_id))
                           .order_by(AuditEvent.seq)))


def test_items_visits_and_statuses(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    item = make_plan_item(db, cw, case.id, support_type="Education", responsible_agency_id=world.agency.id)
    assert item.status == "open" and item.goal.endswith("(TEST)")
    support_plan.add_visit(db, cw, case.id, item.id, data=VisitIn(visited_on=date.today(), note="Visited (TEST)"))
    item = support_plan.update_item(db, cw, case.id, item.id, data=PlanItemUpdate(version=item.version,
                                                                                   status="in_progress"))
    item = support_plan.update_item(db, cw, case.id, item.id, data=PlanItemUpdate(version=item.version, status="done"))
    assert item.completed_on == date.today()
    with pytest.raises(Conflict) as exc:  # done is final
        support_plan.update_item(db, cw, case.id, item.id, data=PlanItemUpdate(version=item.version, status="open"))
    assert exc.value.rule == "plan-item-final"
    items = support_plan.list_plan(db, cw, case.id)
    assert [i.id for i in items] == [item.id] and items[0].visits[0].note == "Visited (TEST)"
    tags = _tags(db, case.id)
    for tag in ("cases:plan:item-add", "cases:plan:visit-add", "cases:plan:item-update", "cases:plan:read"):
        assert tag in tags


def test_stale_version_and_bad_input(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    item = make_plan_item(db, cw, case.id)
    with pytest.raises(Conflict) as exc:
        support_plan.update_item(db, cw, case.id, item.id, data=PlanItemUpdate(version=item.version + 5, status="done"))
    assert exc.value.rule == "optimistic-lock" and exc.value.status == 409
    with pytest.raises(Invalid) as bad:
        make_plan_item(db, cw, case.id, responsible_agency_id=999_999)
    assert bad.value.field == "responsible_agency_id"
    with pytest.raises(Invalid) as future:
        support_plan.add_visit(db, cw, case.id, item.id, data=VisitIn(visited_on=date.today() + timedelta(days=3)))
    assert future.value.rule == "visit-in-future"


def test_scoping(db, world) -> None:
    case = make_case(db, world.actor("caseworker"))
    make_plan_item(db, world.actor("caseworker"), case.id)
    with pytest.raises(NotFound):
        support_plan.list_plan(db, world.actor("other_caseworker"), case.id)
    with pytest.raises(NotFound):
        make_plan_item(db, world.actor("other_caseworker"), case.id)
    for role in ("analyst", "administrator"):
        with pytest.raises(Forbidden):
            support_plan.list_plan(db, world.actor(role), case.id)
    # Prosecutors read the case (once assigned) but neither keep nor see the plan: need-to-know.
    service.assign(db, world.actor("supervisor"), case.id, user_id=world.users["prosecutor"].id)
    with pytest.raises(Forbidden):
        make_plan_item(db, world.actor("prosecutor"), case.id)
    with pytest.raises(Forbidden) as ntk:
        support_plan.list_plan(db, world.actor("prosecutor"), case.id)
    assert ntk.value.rule == "need-to-know"


def test_cannot_close_with_open_items_unless_supervisor_records_why(db, world) -> None:
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    case = make_case(db, cw)
    make_plan_item(db, cw, case.id)
    done = make_plan_item(db, cw, case.id)
    support_plan.update_item(db, cw, case.id, done.id, data=PlanItemUpdate(version=done.version, status="cancelled"))
    with pytest.raises(Conflict) as exc:
        service.change_status(db, sup, case.id, data=StatusChange(version=case.version, status="Closed",
                                                                  reason="Reintegrated (TEST)"))
    assert exc.value.rule == "support-plan-open" and exc.value.field == "open_items_reason"
    assert "1 support-plan item" in exc.value.detail
    # Follow-up (not a closure) is unaffected.
    case = service.change_status(db, sup, case.id, data=StatusChange(version=case.version, status="FollowUp"))
    case = service.change_status(db, sup, case.id, data=StatusChange(
        version=case.version, status="Closed", reason="Moved abroad (TEST)",
        open_items_reason="Survivor moved abroad; the livelihood item cannot continue (TEST)"))
    assert case.status == "Closed"
    overrides = support_plan.closure_overrides(db, case.id)
    assert len(overrides) == 1 and overrides[0].open_items == 1 and overrides[0].decided_by_id == sup.user_id
    assert overrides[0].reason.startswith("Survivor moved abroad")
    ev = db.scalars(select(AuditEvent).where(AuditEvent.tag == "cases:case:close-override",
                                             AuditEvent.subject_id == str(case.id))).one()
    assert ev.fields == ["closure_override.reason"] and "moved" not in str(ev.related_ids).lower()


def test_non_supervisor_override_is_refused(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    make_plan_item(db, cw, case.id)
    # A caseworker cannot close at all; an API token with close but no supervisor role is refused too.
    from dataclasses import replace

    from rihai.access.permissions import Permission

    closer = replace(cw, permissions=cw.permissions | {Permission.CASES_CASE_CLOSE})
    with pytest.raises(Conflict) as exc:
        service.change_status(db, closer, case.id, data=StatusChange(
            version=case.version, status="Closed", reason="x (TEST)", open_items_reason="because (TEST)"))
    assert exc.value.rule == "support-plan-open"


def test_closing_without_open_items_needs_no_override(db, world) -> None:
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    case = make_case(db, cw)
    case = service.change_status(db, sup, case.id, data=StatusChange(version=case.version, status="Closed",
                                                                     reason="Reintegrated (TEST)"))
    assert case.status == "Closed" and support_plan.closure_overrides(db, case.id) == []


def test_completion_counts_are_scoped(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    done = make_plan_item(db, cw, case.id)
    make_plan_item(db, cw, case.id)
    support_plan.update_item(db, cw, case.id, done.id, data=PlanItemUpdate(version=done.version, status="done"))
    other_case = make_case(db, world.actor("other_caseworker"))
    make_plan_item(db, world.actor("other_caseworker"), other_case.id)
    assert support_plan.completion_counts(db, cw) == {"open": 1, "in_progress": 0, "done": 1, "cancelled": 0}
    assert support_plan.completion_counts(db, world.actor("other_caseworker"))["open"] == 1
