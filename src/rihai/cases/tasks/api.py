"""JSON API of follow-ups: a case's follow-ups under ``/api/v1/cases/{case_id}/tasks`` (list, add,
change, done, reopen) and the caller's own under ``/api/v1/follow-ups`` (paged, overdue first).

Every route goes through the front door (``service``): the case scope, the case-team rule for the
assignee, the version check and the audit are the same as the pages'."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import IdPath, SessionDep
from rihai.web.pagination import Page, PageNumber, PageSize
from rihai.web.routing import TransactionalRoute

from . import service as tasks
from .models import CaseTask
from .schemas import TaskCreate, TaskUpdate

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["follow-ups"])


class TaskRead(BaseModel):
    id: int
    case_id: uuid.UUID
    text: str
    due_on: date
    assignee_id: int
    status: str
    source_kind: str
    source_id: str | None
    created_at: datetime
    created_by_id: int | None
    done_at: datetime | None
    done_by_id: int | None
    version: int
    overdue: bool


class MyTaskRead(TaskRead):
    case_reference: str


class VersionIn(BaseModel):
    """The version read: given, a stale one is refused (409); left out, the change is made
    whatever happened since (marking done twice is done once)."""

    model_config = ConfigDict(extra="forbid")
    version: int | None = Field(default=None, ge=1)


def _read(t: CaseTask, today: date) -> TaskRead:
    return TaskRead(id=t.id, case_id=t.case_id, text=t.text, due_on=t.due_on, assignee_id=t.assignee_id,
                    status=t.status, source_kind=t.source_kind, source_id=t.source_id, created_at=t.created_at,
                    created_by_id=t.created_by_id, done_at=t.done_at, done_by_id=t.done_by_id, version=t.version,
                    overdue=t.status == tasks.TaskStatus.OPEN and t.due_on < today)


@router.get("/cases/{case_id}/tasks", response_model=list[TaskRead])
def case_tasks(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_TASK_READ)],
               session: SessionDep) -> list[TaskRead]:
    """Open follow-ups by due date, then the latest done ones."""
    today = date.today()
    return [_read(t, today) for t in tasks.tasks_for_case(session, actor, case_id)]


@router.post("/cases/{case_id}/tasks", response_model=TaskRead, status_code=status.HTTP_201_CREATED)
def add(case_id: uuid.UUID, body: TaskCreate, actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)],
        session: SessionDep) -> TaskRead:
    """For a member of the case team (the caller by default). ``source_kind`` may name a
    support-plan item or a coming hearing of the case; a referral's follow-up is added from the
    referral (422 ``task-source``)."""
    return _read(tasks.add_task(session, actor, case_id, data=body), date.today())


@router.patch("/cases/{case_id}/tasks/{task_id}", response_model=TaskRead)
def edit(case_id: uuid.UUID, task_id: IdPath, body: TaskUpdate,
         actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> TaskRead:
    """Change an open follow-up's text, due date or assignee; 409 on a stale version or a done one."""
    return _read(tasks.edit_task(session, actor, case_id, task_id, data=body), date.today())


@router.post("/cases/{case_id}/tasks/{task_id}/done", response_model=TaskRead)
def complete(case_id: uuid.UUID, task_id: IdPath, body: VersionIn,
             actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> TaskRead:
    return _read(tasks.complete_task(session, actor, case_id, task_id, version=body.version), date.today())


@router.post("/cases/{case_id}/tasks/{task_id}/reopen", response_model=TaskRead)
def reopen(case_id: uuid.UUID, task_id: IdPath, body: VersionIn,
           actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> TaskRead:
    return _read(tasks.reopen_task(session, actor, case_id, task_id, version=body.version), date.today())


@router.get("/follow-ups", response_model=Page[MyTaskRead])
def my_follow_ups(actor: Annotated[Actor, Requires(P.CASES_TASK_READ)], session: SessionDep,
                  done: Annotated[bool, Query()] = False, page: PageNumber = 1,
                  page_size: PageSize = 25) -> Page[MyTaskRead]:
    """The caller's own follow-ups on cases whose team they are on: open ones by due date (the
    overdue first), or ``done=true`` the done ones newest first. The total stops counting at
    10,000 (``total_capped``)."""
    rows, total = tasks.my_tasks(session, actor, done=done, page=page, page_size=page_size)
    today = date.today()
    cap = tasks.LIST_COUNT_CAP
    return Page(items=[MyTaskRead(**_read(t, today).model_dump(), case_reference=ref) for t, ref in rows],
                total=min(total, cap), total_capped=total > cap, page=page, page_size=page_size)
