"""JSON API of the criminal-justice track and the support plan, under ``/api/v1/cases/{id}``."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, status

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import IdPath, SessionDep
from rihai.web.routing import TransactionalRoute

from . import service as justice
from .schemas import (
    HearingIn,
    HearingRead,
    OutcomeIn,
    PlanItemCreate,
    PlanItemRead,
    PlanItemUpdate,
    StageMove,
    TrackRead,
    TrackUpdate,
    VisitIn,
    VisitRead,
)

router = APIRouter(prefix="/api/v1/cases", route_class=TransactionalRoute, tags=["prosecution", "support plan"])


@router.get("/{case_id}/prosecution", response_model=TrackRead | None)
def read_track(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_READ)],
               session: SessionDep):
    """The criminal-justice track of the case, or null when none is open."""
    return justice.get_track(session, actor, case_id)


@router.put("/{case_id}/prosecution", response_model=TrackRead)
def save_track(case_id: uuid.UUID, body: TrackUpdate,
               actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep):
    """Open the track (no version) or edit it (with the current version; stale -> 409)."""
    return justice.save_track(session, actor, case_id, data=body)


@router.post("/{case_id}/prosecution/stage", response_model=TrackRead)
def move_stage(case_id: uuid.UUID, body: StageMove,
               actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep):
    return justice.move_stage(session, actor, case_id, data=body)


@router.post("/{case_id}/prosecution/outcome", response_model=TrackRead)
def record_outcome(case_id: uuid.UUID, body: OutcomeIn,
                   actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep):
    return justice.record_outcome(session, actor, case_id, data=body)


@router.post("/{case_id}/prosecution/hearings", response_model=HearingRead, status_code=status.HTTP_201_CREATED)
def add_hearing(case_id: uuid.UUID, body: HearingIn,
                actor: Annotated[Actor, Requires(P.CASES_PROSECUTION_UPDATE)], session: SessionDep):
    return justice.add_hearing(session, actor, case_id, data=body)


@router.get("/{case_id}/plan", response_model=list[PlanItemRead])
def read_plan(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)], session: SessionDep):
    return justice.list_plan(session, actor, case_id)


@router.post("/{case_id}/plan", response_model=PlanItemRead, status_code=status.HTTP_201_CREATED)
def add_item(case_id: uuid.UUID, body: PlanItemCreate,
             actor: Annotated[Actor, Requires(P.CASES_PLAN_UPDATE)], session: SessionDep):
    return justice.add_item(session, actor, case_id, data=body)


@router.patch("/{case_id}/plan/{item_id}", response_model=PlanItemRead)
def update_item(case_id: uuid.UUID, item_id: IdPath, body: PlanItemUpdate,
                actor: Annotated[Actor, Requires(P.CASES_PLAN_UPDATE)], session: SessionDep):
    return justice.update_item(session, actor, case_id, item_id, data=body)


@router.post("/{case_id}/plan/{item_id}/visits", response_model=VisitRead, status_code=status.HTTP_201_CREATED)
def add_visit(case_id: uuid.UUID, item_id: IdPath, body: VisitIn,
              actor: Annotated[Actor, Requires(P.CASES_PLAN_UPDATE)], session: SessionDep):
    return justice.add_visit(session, actor, case_id, item_id, data=body)
