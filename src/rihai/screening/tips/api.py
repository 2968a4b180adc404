"""JSON API for reported offers: the public reports one; law-enforcement investigators read them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.screening.offers.api import limit
from rihai.screening.offers.service import assess_text
from rihai.screening.tips import service as tips
from rihai.web.deps import SessionDep
from rihai.web.pagination import Page, PageNumber, PageSize
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["screening"])


class TipCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    text: str = Field(min_length=1, max_length=20_000)
    contact: str | None = Field(default=None, max_length=200,
                                description="Optional: how investigators may reach the reporter")


class TipCreated(BaseModel):
    reference: str
    band: str


class TipSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    reference: str
    created_at: datetime
    risk: float
    band: str
    flag_codes: list[str]
    status: str
    version: int


class TipRead(TipSummary):
    text: str
    reporter_contact: str | None
    phones: list[str] | None
    indicators_version: str
    reviewed_by_id: int | None
    reviewed_at: datetime | None


class TipStatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: tips.TipStatus
    version: int = Field(ge=1)


@router.post("/screen/report", response_model=TipCreated, status_code=status.HTTP_201_CREATED)
def report_offer(body: TipCreate, request: Request, actor: Annotated[Actor, Requires(P.SCREENING_TIP_CREATE)],
                 session: SessionDep) -> TipCreated:
    limit(request)
    assessment = assess_text(body.text, session)  # assessed here: a client's verdict is not trusted
    tip = tips.create_tip(session, actor, text=body.text, assessment=assessment, contact=body.contact)
    return TipCreated(reference=tip.reference, band=tip.band)


@router.get("/tips", response_model=Page[TipSummary])
def list_tips(actor: Annotated[Actor, Requires(P.SCREENING_TIP_READ)], session: SessionDep,
              status_: Annotated[tips.TipStatus | None, Query(alias="status")] = None,
              page: PageNumber = 1, page_size: PageSize = 25) -> Page[TipSummary]:
    rows, total = tips.list_tips(session, actor, status=status_, page=page, page_size=page_size)
    return Page(items=[TipSummary.model_validate(t) for t in rows], total=total, page=page, page_size=page_size)


@router.get("/tips/{tip_id}", response_model=TipRead)
def read_tip(tip_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_TIP_READ)],
             session: SessionDep) -> TipRead:
    return TipRead.model_validate(tips.get_tip(session, actor, tip_id))


@router.post("/tips/{tip_id}/status", response_model=TipRead)
def change_tip_status(tip_id: uuid.UUID, body: TipStatusChange,
                      actor: Annotated[Actor, Requires(P.SCREENING_TIP_UPDATE)], session: SessionDep) -> TipRead:
    return TipRead.model_validate(tips.set_status(session, actor, tip_id, status=body.status,
                                                  version=body.version))
