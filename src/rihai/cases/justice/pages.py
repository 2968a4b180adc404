"""Pages of the criminal-justice track and the support plan: two panels of the case page, loaded
with ``hx-get`` and re-rendered by their own forms. A refused change re-renders the panel with the
error and what was typed (4xx), so every refusal is visible in the page, not only in the API."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import IdPath, SessionDep
from rihai.web.forms import given, read_form
from rihai.web.i18n import translations
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

from . import service as justice
from .codes import (
    LAW_SECTIONS,
    STAGE_ORDER,
    Agency,
    ItemStatus,
    Outcome,
    ProtectionNeed,
    SupportType,
    jlabel,
)
from .schemas import HearingIn, OutcomeIn, PlanItemCreate, PlanItemUpdate, StageMove, TrackUpdate, VisitIn

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)

_MULTI = {"laws", "protection_needs"}
PANELS = {"prosecution": "justice/_prosecution.html", "plan": "justice/_plan.html"}


def _ctx(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, panel: str,
         **extra: Any) -> dict[str, Any]:
    gettext = translations(request_locale(request)).gettext
    ctx: dict[str, Any] = {"case_id": case_id, "jl": lambda code: gettext(jlabel(code)) if code else "",
                           "today": date.today().isoformat(), "errors": {}, "v": {}, **extra}
    if panel == "prosecution":
        track = justice.get_track(session, actor, case_id)
        ctx.update(track=track, stages=STAGE_ORDER, next_stages=justice.allowed_next(track.stage) if track else [],
                   laws=list(LAW_SECTIONS), agencies_codes=list(Agency), outcomes=list(Outcome),
                   needs=list(ProtectionNeed))
        people = [track.created_by_id, *(c.changed_by_id for c in track.stage_changes)] if track else []
    else:
        items = justice.list_plan(session, actor, case_id)
        ctx.update(items=items, support_types=list(SupportType), item_statuses=list(ItemStatus),
                   agencies={a.id: a.name for a in access_service.list_agencies(session)})
        people = [v.visited_by_id for i in items for v in i.visits]
    ctx["people"] = access_service.display_names(session, people)
    return ctx


def _panel(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, panel: str,
           status_code: int = 200, **extra: Any) -> Response:
    ctx = _ctx(request, session, actor, case_id, panel, **extra)
    return render(request, "justice/panel.html", {**ctx, "panel": PANELS[panel]},
                  partial=PANELS[panel], status_code=status_code)


async def _post(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, panel: str,
                action: Callable[[dict[str, Any]], object]) -> Response:
    v = await read_form(request, _MULTI, strip=True)

    def work() -> Response:
        action(v)
        if request.headers.get("hx-request") != "true":
            return RedirectResponse(f"/cases/{case_id}#sec-{panel}", status_code=303)
        return _panel(request, session, actor, case_id, panel, saved=True)

    def refused(no: Refusal) -> Response:
        return _panel(request, session, actor, case_id, panel, no.status, v=v, errors=no.errors,
                      failed_form=v.get("form", ""))

    return await rerender_on_error(session, work, refused)


# -- prosecution --------------------------------------------------------------------------------

@router.get("/cases/{case_id}/prosecution")
def prosecution_panel(request: Request, case_id: uuid.UUID,
                      actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_READ)], session: SessionDep) -> Response:
    return _panel(request, session, actor, case_id, "prosecution")


@router.post("/cases/{case_id}/prosecution")
async def save_track(request: Request, case_id: uuid.UUID,
                     actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = given(v, ["version", "fir_number", "police_station", "investigating_agency", "fia_circle",
                          "court", "protection_note"])
        data["laws"] = v.get("laws", [])
        data["protection_needs"] = v.get("protection_needs", [])
        return justice.save_track(session, actor, case_id, data=TrackUpdate.model_validate(data))

    return await _post(request, session, actor, case_id, "prosecution", act)


@router.post("/cases/{case_id}/prosecution/stage")
async def move_stage(request: Request, case_id: uuid.UUID,
                     actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = StageMove.model_validate(given(v, ["version", "stage", "on"]))
        return justice.move_stage(session, actor, case_id, data=data)

    return await _post(request, session, actor, case_id, "prosecution", act)


@router.post("/cases/{case_id}/prosecution/outcome")
async def record_outcome(request: Request, case_id: uuid.UUID,
                         actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)],
                         session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = OutcomeIn.model_validate(given(v, ["version", "outcome", "on", "sentence"]))
        return justice.record_outcome(session, actor, case_id, data=data)

    return await _post(request, session, actor, case_id, "prosecution", act)


@router.post("/cases/{case_id}/prosecution/hearings")
async def add_hearing(request: Request, case_id: uuid.UUID,
                      actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = HearingIn.model_validate(given(v, ["hearing_on", "purpose", "note"]))
        return justice.add_hearing(session, actor, case_id, data=data)

    return await _post(request, session, actor, case_id, "prosecution", act)


# -- support plan -------------------------------------------------------------------------------

@router.get("/cases/{case_id}/plan")
def plan_panel(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)],
               session: SessionDep) -> Response:
    return _panel(request, session, actor, case_id, "plan")


@router.post("/cases/{case_id}/plan")
async def add_item(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_PLAN_UPDATE)],
                   session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = PlanItemCreate.model_validate(given(v, ["support_type", "goal", "responsible_agency_id", "due_on"]))
        return justice.add_item(session, actor, case_id, data=data)

    return await _post(request, session, actor, case_id, "plan", act)


@router.post("/cases/{case_id}/plan/{item_id}")
async def update_item(request: Request, case_id: uuid.UUID, item_id: IdPath,
                      actor: Annotated[Actor, Requires(P.CASES_PLAN_UPDATE)], session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = PlanItemUpdate.model_validate(given(v, ["version", "status"]))
        return justice.update_item(session, actor, case_id, item_id, data=data)

    return await _post(request, session, actor, case_id, "plan", act)


@router.post("/cases/{case_id}/plan/{item_id}/visits")
async def add_visit(request: Request, case_id: uuid.UUID, item_id: IdPath,
                    actor: Annotated[Actor, Requires(P.CASES_PLAN_UPDATE)], session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = VisitIn.model_validate(given(v, ["visited_on", "note"]))
        return justice.add_visit(session, actor, case_id, item_id, data=data)

    return await _post(request, session, actor, case_id, "plan", act)


@router.get("/hearings")
def hearings_diary(request: Request, actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_READ)],
                   session: SessionDep) -> Response:
    """The hearings of the next 30 days on the cases the actor can see."""
    gettext = translations(request_locale(request)).gettext
    rows = justice.upcoming_hearings(session, actor)
    return render(request, "justice/hearings.html",
                  {"rows": rows, "jl": lambda code: gettext(jlabel(code)) if code else ""})
