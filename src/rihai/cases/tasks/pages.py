"""Pages of follow-ups: "My follow-ups" (overdue first) and the case page's follow-up section,
loaded with ``hx-get`` and re-rendered by its own forms. Without JavaScript every form posts and
comes back to the page it was sent from; a refused follow-up comes back with what was typed and
the error beside the field, at the refusal's 4xx status."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases.justice.service import JUSTICE_LABELS
from rihai.web.deps import IdPath, SessionDep
from rihai.web.forms import given, read_form
from rihai.web.i18n import translations
from rihai.web.pagination import PageNumber, page_count
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

from . import service as tasks
from .codes import TaskSource, task_label
from .schemas import TaskCreate, TaskUpdate

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
PANEL = "tasks/_panel.html"


def _labels(request: Request) -> Any:
    gettext = translations(request_locale(request)).gettext

    def tl(code: str | None) -> str:
        if not code:
            return ""
        return gettext(JUSTICE_LABELS.get(code) or task_label(code))

    return tl


def _panel_ctx(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, **extra: Any
               ) -> dict[str, Any]:
    rows = tasks.tasks_for_case(session, actor, case_id)
    can_write = actor.can(P.CASES_TASK_WRITE)
    team = tasks.case_team(session, case_id) if can_write else []
    sources = tasks.sources_for(session, actor, case_id) if can_write else []
    people = access_service.display_names(session, [*team, *(t.assignee_id for t in rows),
                                                    *(t.done_by_id for t in rows)])
    return {"case_id": case_id, "rows": rows, "team": team, "sources": sources, "people": people,
            "tl": _labels(request), "today": date.today(), "can_write": can_write,
            "errors": {}, "v": {}, **extra}


def _panel(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, status_code: int = 200,
           **extra: Any) -> Response:
    ctx = _panel_ctx(request, session, actor, case_id, **extra)
    return render(request, "tasks/panel.html", ctx, partial=PANEL, status_code=status_code)


@router.get("/cases/{case_id}/tasks")
def task_panel(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_TASK_READ)],
               session: SessionDep) -> Response:
    return _panel(request, session, actor, case_id)


def _back(v: dict[str, Any], case_id: uuid.UUID) -> str:
    # Only two places send these forms; anything else goes back to the case.
    return "/follow-ups" if v.get("back") == "follow-ups" else f"/cases/{case_id}#sec-tasks"


async def _post(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, action: Any,
                edit_id: int | None = None) -> Response:
    v = await read_form(request, set(), strip=True)

    def work() -> Response:
        action(v)
        if request.headers.get("hx-request") != "true":
            return RedirectResponse(_back(v, case_id), status_code=303)
        return _panel(request, session, actor, case_id, saved=True)

    def refused(no: Refusal) -> Response:
        if v.get("back") == "follow-ups" and request.headers.get("hx-request") != "true":
            return _follow_ups(request, session, actor, 1, False, no.status, errors=no.errors)
        # An edit's errors go back beside that follow-up's own form, not the "add" form.
        return _panel(request, session, actor, case_id, no.status, v=v, errors=no.errors,
                      edit_id=edit_id)

    return await rerender_on_error(session, work, refused)


@router.post("/cases/{case_id}/tasks")
async def add_task(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)],
                   session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = given(v, ["text", "due_on", "assignee_id"])
        source = str(v.get("source") or "")
        kind, _, sid = source.partition(":")
        if kind in (TaskSource.PLAN_ITEM, TaskSource.HEARING) and sid:
            data.update(source_kind=kind, source_id=sid)
        return tasks.add_task(session, actor, case_id, data=TaskCreate.model_validate(data))

    return await _post(request, session, actor, case_id, act)


def _version(v: dict[str, Any]) -> int | None:
    raw = str(v.get("version") or "")
    return int(raw) if raw.isdigit() else None


@router.post("/cases/{case_id}/tasks/{task_id}/done")
async def complete_task(request: Request, case_id: uuid.UUID, task_id: IdPath,
                        actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> Response:
    return await _post(request, session, actor, case_id,
                       lambda v: tasks.complete_task(session, actor, case_id, task_id, version=_version(v)))


@router.post("/cases/{case_id}/tasks/{task_id}/reopen")
async def reopen_task(request: Request, case_id: uuid.UUID, task_id: IdPath,
                      actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> Response:
    return await _post(request, session, actor, case_id,
                       lambda v: tasks.reopen_task(session, actor, case_id, task_id, version=_version(v)))


@router.post("/cases/{case_id}/tasks/{task_id}/edit")
async def edit_task(request: Request, case_id: uuid.UUID, task_id: IdPath,
                    actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> Response:
    """An open follow-up's words, date or assignee changed from its own small form; the version
    it was read at travels with it, so a colleague's change in between is not written over."""
    def act(v: dict[str, Any]) -> object:
        data = given(v, ["text", "due_on", "assignee_id"])
        # A missing version is refused by the schema like any other missing field (422).
        return tasks.edit_task(session, actor, case_id, task_id,
                               data=TaskUpdate.model_validate({**data, "version": _version(v)}))

    return await _post(request, session, actor, case_id, act, edit_id=task_id)


def _follow_ups(request: Request, session: Session, actor: Actor, page: int, done: bool,
                status_code: int = 200, **extra: Any) -> Response:
    rows = tasks.my_task_rows(session, actor, done=done, page=page, page_size=25)
    counts = tasks.my_task_counts(session, actor)
    overdue, cap, done_total = counts.overdue, tasks.LIST_COUNT_CAP, counts.done
    # The list's own count is the done count when it shows the done ones.
    total = counts.done if done else counts.open
    return render(request, "tasks/follow_ups.html",
                  {"rows": rows, "total": f"{cap:,}+" if total > cap else total, "overdue": overdue,
                   "done_total": f"{cap:,}+" if done_total > cap else done_total,
                   "page": page, "pages": page_count(min(total, cap), 25), "done": done,
                   "today": date.today(), "tl": _labels(request), "errors": {}, **extra},
                  partial="tasks/_my_list.html", status_code=status_code)


@router.get("/follow-ups")
def my_follow_ups(request: Request, actor: Annotated[Actor, Requires(P.CASES_TASK_READ)], session: SessionDep,
                  page: PageNumber = 1, show: Annotated[str, Query(pattern="^(open|done)$")] = "open") -> Response:
    """The actor's own follow-ups across their cases, overdue first."""
    return _follow_ups(request, session, actor, page, show == "done")
