"""The front door of follow-ups: tasks with a due date on a case.

Who: holders of ``cases:task:read`` read the follow-ups of the cases they can see (the case scope
of ``access.policy`` applies first, in SQL); holders of ``cases:task:write`` add them, mark them
done and reopen them. A follow-up is assigned to a member of the case team (someone assigned to
the case), so it never sends a reminder to someone who cannot open the case. Every read and change
is audited with ids and field names; the words of a follow-up never leave ``case_tasks.text``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, and_, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import require
from rihai.cases.justice import service as justice
from rihai.cases.models import Case, CaseAssignment
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound

from .codes import TASK_LABELS, TaskSource, TaskStatus, task_label  # noqa: F401  (re-exported)
from .models import CaseTask
from .schemas import TaskCreate, TaskUpdate  # noqa: F401  (re-exported: a referral's page makes one)

# Counts stop here, like the case list's: "200+" says as much as an exact figure to one person.
LIST_COUNT_CAP = 10_000
# How far back and ahead a due date may be: a week-old follow-up written after the fact is real
# work; one dated years away is a typo.
_PAST, _AHEAD = timedelta(days=366), timedelta(days=2 * 366)
_STALE = "this follow-up was changed by someone else; reload and try again"


@dataclass(frozen=True)
class Source:
    """Something a follow-up can come from: its kind, id, a code for its label and its date."""

    kind: TaskSource
    id: str
    code: str | None
    on: date | None


def _visible_case(session: Session, actor: Actor, case_id: uuid.UUID) -> uuid.UUID:
    found = session.scalars(visible(select(Case.id).where(Case.id == case_id), actor, Case)).first()
    if found is None:
        raise NotFound("no such case, or you do not have access to it")
    return found


def case_team(session: Session, case_id: uuid.UUID) -> list[int]:
    """The users assigned to a case: the people a follow-up on it may be given to."""
    return list(session.scalars(select(CaseAssignment.user_id).where(CaseAssignment.case_id == case_id)
                                .order_by(CaseAssignment.user_id)))


def sources_for(session: Session, actor: Actor, case_id: uuid.UUID, *, today: date | None = None
                ) -> list[Source]:
    """The open support-plan items and coming hearings of a case that the actor may read, for a
    follow-up to come from (each read is audited by the justice service)."""
    today = today or date.today()
    out: list[Source] = []
    if actor.can(Permission.CASES_PLAN_UPDATE):
        for item in justice.list_plan(session, actor, case_id):
            if item.status in justice.OPEN_STATUSES:
                out.append(Source(TaskSource.PLAN_ITEM, str(item.id), item.support_type, item.due_on))
    if actor.can(Permission.CASES_PROSECUTION_READ):
        track = justice.get_track(session, actor, case_id)
        for h in track.hearings if track else []:
            if h.hearing_on >= today:
                out.append(Source(TaskSource.HEARING, str(h.id), None, h.hearing_on))
    return out


def _check_due(due_on: date, today: date) -> None:
    if not today - _PAST <= due_on <= today + _AHEAD:
        raise Invalid("choose a due date within a year back and two years ahead", field="due_on",
                      rule="task-due-date")


def _check_assignee(session: Session, case_id: uuid.UUID, assignee: int | None) -> int:
    if assignee is None or assignee not in case_team(session, case_id):
        raise Invalid("a follow-up goes to someone on the case team", field="assignee_id",
                      rule="task-assignee-team")
    return assignee


def _check(session: Session, actor: Actor, case_id: uuid.UUID, data: TaskCreate, today: date,
           referral_checked: bool) -> int:
    _check_due(data.due_on, today)
    assignee = _check_assignee(session, case_id,
                               data.assignee_id if data.assignee_id is not None else actor.user_id)
    kind = data.source_kind
    if kind is TaskSource.REFERRAL and not referral_checked:
        raise Invalid("a follow-up from a referral is added from the referral's page", field="source_kind",
                      rule="task-source")
    if kind in (TaskSource.PLAN_ITEM, TaskSource.HEARING):
        known = {(s.kind, s.id) for s in sources_for(session, actor, case_id, today=today)}
        if (kind, data.source_id) not in known:
            raise Invalid("choose a support-plan item or a coming hearing of this case", field="source_id",
                          rule="task-source")
    return assignee


def add_task(session: Session, actor: Actor, case_id: uuid.UUID, *, data: TaskCreate,
             today: date | None = None, referral_checked: bool = False) -> CaseTask:
    """Add a follow-up to a case the actor can see, for a member of its team (the writer by
    default). ``referral_checked``: the referrals domain has loaded the referral of ``source_id``
    in the actor's scope and it belongs to this case (only it can tell)."""
    require(actor, Permission.CASES_TASK_WRITE)
    _visible_case(session, actor, case_id)
    today = today or date.today()
    assignee = _check(session, actor, case_id, data, today, referral_checked)
    task = CaseTask(case_id=case_id, text=data.text, due_on=data.due_on, assignee_id=assignee,
                    status=TaskStatus.OPEN, source_kind=data.source_kind,
                    source_id=data.source_id if data.source_kind is not TaskSource.MANUAL else None,
                    created_by_id=actor.user_id)
    session.add(task)
    session.flush()
    fields = ["text", "due_on", "assignee_id", "source_kind"] + (["source_id"] if task.source_id else [])
    audit.record(session, actor, AuditTag.TASK_ADD, subject_type="case", subject_id=case_id,
                 fields=fields, related_ids=[f"task:{task.id}", f"user:{assignee}"])
    return task


def _task(session: Session, actor: Actor, case_id: uuid.UUID, task_id: int) -> CaseTask:
    _visible_case(session, actor, case_id)
    task = session.scalars(select(CaseTask).where(CaseTask.id == task_id, CaseTask.case_id == case_id)).first()
    if task is None:
        raise NotFound("no such follow-up on this case")
    return task


def _set_status(session: Session, actor: Actor, case_id: uuid.UUID, task_id: int, status: TaskStatus,
                tag: AuditTag, version: int | None) -> CaseTask:
    require(actor, Permission.CASES_TASK_WRITE)
    task = _task(session, actor, case_id, task_id)
    if version is not None and task.version != version:
        raise Conflict(_STALE, rule="optimistic-lock")
    if task.status == status:
        return task  # done twice (a double tap on a slow phone) is done once
    task.status = status
    task.done_at = utcnow() if status is TaskStatus.DONE else None
    task.done_by_id = actor.user_id if status is TaskStatus.DONE else None
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict(_STALE, rule="optimistic-lock") from exc
    audit.record(session, actor, tag, subject_type="case", subject_id=case_id,
                 fields=["status", "done_at", "done_by_id"], related_ids=[f"task:{task.id}"])
    return task


def complete_task(session: Session, actor: Actor, case_id: uuid.UUID, task_id: int, *,
                  version: int | None = None) -> CaseTask:
    """Mark a follow-up done (who and when are kept). Anyone who may write follow-ups on the case
    may: a colleague covering a sick day closes the loop."""
    return _set_status(session, actor, case_id, task_id, TaskStatus.DONE, AuditTag.TASK_DONE, version)


def reopen_task(session: Session, actor: Actor, case_id: uuid.UUID, task_id: int, *,
                version: int | None = None) -> CaseTask:
    """Undo "done" (marked by mistake)."""
    return _set_status(session, actor, case_id, task_id, TaskStatus.OPEN, AuditTag.TASK_REOPEN, version)


def edit_task(session: Session, actor: Actor, case_id: uuid.UUID, task_id: int, *, data: TaskUpdate,
              today: date | None = None) -> CaseTask:
    """Change an open follow-up's words, due date or assignee. Callers: holders of
    ``cases:task:write`` on a case they can see. Invariants: the checks of a new follow-up (a sane
    date, an assignee on the case team); a stale ``version`` is refused (409), never written over a
    colleague's change; a done follow-up is reopened first; audited with the names of the fields
    that changed, never their values."""
    require(actor, Permission.CASES_TASK_WRITE)
    task = _task(session, actor, case_id, task_id)
    if task.version != data.version:
        raise Conflict(_STALE, rule="optimistic-lock")
    if task.status != TaskStatus.OPEN:
        raise Conflict("reopen this follow-up before changing it", rule="task-done")
    wanted = {k: getattr(data, k) for k in ("text", "due_on", "assignee_id")
              if k in data.model_fields_set and getattr(data, k) is not None}
    changed = [k for k, value in wanted.items() if getattr(task, k) != value]
    if "due_on" in changed:
        _check_due(wanted["due_on"], today or date.today())
    if "assignee_id" in changed:
        _check_assignee(session, case_id, wanted["assignee_id"])
    if not changed:
        return task  # the same form sent twice changes nothing and says so to nobody
    for k in changed:
        setattr(task, k, wanted[k])
    if "due_on" in changed or "assignee_id" in changed:
        task.reminded_on = None  # a new date or a new person earns its own reminder
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict(_STALE, rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.TASK_EDIT, subject_type="case", subject_id=case_id,
                 fields=changed, related_ids=[f"task:{task.id}"]
                 + ([f"user:{task.assignee_id}"] if "assignee_id" in changed else []))
    return task


def tasks_for_case(session: Session, actor: Actor, case_id: uuid.UUID, *, done_limit: int = 20
                   ) -> list[CaseTask]:
    """The follow-ups of a case: open ones by due date, then the latest done. Audited as one read."""
    require(actor, Permission.CASES_TASK_READ)
    _visible_case(session, actor, case_id)
    base = select(CaseTask).where(CaseTask.case_id == case_id)
    open_ = list(session.scalars(base.where(CaseTask.status == TaskStatus.OPEN)
                                 .order_by(CaseTask.due_on, CaseTask.id).limit(200)))
    done = list(session.scalars(base.where(CaseTask.status == TaskStatus.DONE)
                                .order_by(CaseTask.done_at.desc(), CaseTask.id.desc()).limit(done_limit)))
    audit.record(session, actor, AuditTag.TASK_READ, subject_type="case", subject_id=case_id,
                 related_ids=[f"task:{t.id}" for t in open_ + done])
    return open_ + done


def _mine(actor: Actor, status: TaskStatus) -> Any:
    # Rows scoped in SQL twice over: the assignee is the actor, and the actor is still on the case
    # team (someone taken off a case keeps no window on it through an old follow-up). Team
    # membership is the assigned branch of the case scope (``cases.visibility``), so these rows are
    # a subset of what ``access.policy.visible`` allows; as a join on the assignments' primary key
    # it costs one lookup per follow-up, where the scope's IN list made the planner walk every
    # follow-up of the actor's cases and sort them.
    return (select(CaseTask.id)
            .join(CaseAssignment, and_(CaseAssignment.case_id == CaseTask.case_id,
                                       CaseAssignment.user_id == actor.user_id))
            .join(Case, Case.id == CaseTask.case_id)
            .where(CaseTask.assignee_id == actor.user_id, CaseTask.status == status))


def my_task_rows(session: Session, actor: Actor, *, done: bool = False, page: int = 1, page_size: int = 25
                 ) -> list[Row[Any]]:
    """A page of the actor's own follow-ups: open ones by due date (so the overdue come first), or
    the done ones newest first. Rows are (task, case reference). The listed cases are audited as
    one event."""
    require(actor, Permission.CASES_TASK_READ)
    status = TaskStatus.DONE if done else TaskStatus.OPEN
    order = (CaseTask.done_at.desc(), CaseTask.id.desc()) if done else (CaseTask.due_on, CaseTask.id)
    stmt = (_mine(actor, status).with_only_columns(CaseTask, Case.reference).order_by(*order)
            .limit(page_size).offset((page - 1) * page_size))
    rows = list(session.execute(stmt))
    audit.record(session, actor, AuditTag.TASK_LIST, subject_type="case",
                 related_ids=sorted({str(t.case_id) for t, _ in rows}))
    return rows


def my_tasks(session: Session, actor: Actor, *, done: bool = False, page: int = 1, page_size: int = 25
             ) -> tuple[list[Row[Any]], int]:
    """``my_task_rows`` and how many there are; the count stops past ``LIST_COUNT_CAP``."""
    rows = my_task_rows(session, actor, done=done, page=page, page_size=page_size)
    total = session.scalar(select(_capped_count(_mine(actor, TaskStatus.DONE if done else TaskStatus.OPEN)))) or 0
    return rows, total


@dataclass(frozen=True)
class TaskCounts:
    """The tiles of My follow-ups; each count stops past ``LIST_COUNT_CAP``."""

    open: int
    overdue: int
    done: int


def _capped_count(ids: Any) -> Any:
    return select(func.count()).select_from(ids.limit(LIST_COUNT_CAP + 1).subquery()).scalar_subquery()


def my_task_counts(session: Session, actor: Actor, *, today: date | None = None) -> TaskCounts:
    """How many of the actor's follow-ups are open, overdue and done, as one statement: the page
    showed them as three counts after its list, and each round trip cost the server as much CPU as
    the count itself (issue 20)."""
    require(actor, Permission.CASES_TASK_READ)
    today = today or date.today()
    opened = _mine(actor, TaskStatus.OPEN)
    row = session.execute(select(_capped_count(opened), _capped_count(opened.where(CaseTask.due_on < today)),
                                 _capped_count(_mine(actor, TaskStatus.DONE)))).one()
    return TaskCounts(*(n or 0 for n in row))


def overdue_count(session: Session, actor: Actor, *, today: date | None = None) -> int:
    """How many of the actor's open follow-ups are past their date (the dashboard's tile)."""
    require(actor, Permission.CASES_TASK_READ)
    today = today or date.today()
    return session.scalar(select(_capped_count(_mine(actor, TaskStatus.OPEN).where(CaseTask.due_on < today)))) or 0


def overdue_case_ids(owner_agency_id: int, today: date | None = None) -> Any:
    """The ids of one agency's cases with an open follow-up past its date, as a subquery: one
    range of the (owner, status, due date, case) index, so its cost is the agency's overdue
    follow-ups, never the country's. The owner is the copy each follow-up carries; the caller
    scopes the cases by their own owner (the work queue's own-agency piece)."""
    today = today or date.today()
    return select(CaseTask.case_id).where(CaseTask.owner_agency_id == owner_agency_id,
                                          CaseTask.status == TaskStatus.OPEN, CaseTask.due_on < today)


def has_overdue(case_id: Any, today: date | None = None) -> Any:
    """Whether the case of ``case_id`` (a column of the caller's query) has an open follow-up past
    its date, as a correlated EXISTS: one probe of the (case, status, due date) index per case, for
    a piece of the work queue that is already bounded (the cases a user is assigned to)."""
    today = today or date.today()
    return select(CaseTask.id).where(CaseTask.case_id == case_id, CaseTask.status == TaskStatus.OPEN,
                                     CaseTask.due_on < today).exists()
