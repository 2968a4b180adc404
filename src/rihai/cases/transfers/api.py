"""JSON API for transfers and for taking someone off a case team."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import IdPath, SessionDep
from rihai.web.routing import TransactionalRoute

from . import service
from .models import CaseTransfer

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["cases"])


class TransferCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    to_agency_id: int
    reason: str = Field(min_length=1, max_length=2000)
    keep_user_ids: list[int] = Field(default_factory=list, max_length=50)


class TransferAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str = Field(default="", max_length=2000)


class TransferRead(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    from_agency_id: int
    to_agency_id: int
    state: str
    reason: str
    answer_note: str | None
    keep_user_ids: list[int]
    proposed_by_id: int | None
    proposed_at: datetime
    decided_by_id: int | None
    decided_at: datetime | None


class IncomingRead(BaseModel):
    transfer: TransferRead
    summary: dict[str, Any]


def _read(t: CaseTransfer) -> TransferRead:
    return TransferRead(id=t.id, case_id=t.case_id, from_agency_id=t.from_agency_id, to_agency_id=t.to_agency_id,
                        state=t.state, reason=t.reason, answer_note=t.answer_note, keep_user_ids=t.keep_user_ids,
                        proposed_by_id=t.proposed_by_id, proposed_at=t.proposed_at,
                        decided_by_id=t.decided_by_id, decided_at=t.decided_at)


@router.get("/cases/{case_id}/transfers", response_model=list[TransferRead])
def case_transfers(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_TRANSFER)],
                   session: SessionDep) -> list[TransferRead]:
    return [_read(t) for t in service.transfers_of_case(session, actor, case_id)]


@router.post("/cases/{case_id}/transfers", response_model=TransferRead, status_code=status.HTTP_201_CREATED)
def propose(case_id: uuid.UUID, body: TransferCreate, actor: Annotated[Actor, Requires(P.CASES_CASE_TRANSFER)],
            session: SessionDep) -> TransferRead:
    return _read(service.propose_transfer(session, actor, case_id, to_agency_id=body.to_agency_id,
                                          reason=body.reason, keep_user_ids=body.keep_user_ids))


@router.post("/cases/{case_id}/transfers/withdraw", response_model=TransferRead)
def withdraw(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_TRANSFER)],
             session: SessionDep) -> TransferRead:
    return _read(service.withdraw_transfer(session, actor, case_id))


@router.get("/transfers", response_model=list[IncomingRead])
def incoming(actor: Annotated[Actor, Requires(P.CASES_TRANSFER_DECIDE)], session: SessionDep) -> list[IncomingRead]:
    return [IncomingRead(transfer=_read(i.transfer), summary={k: v for k, v in i.summary.items() if k != "id"})
            for i in service.incoming_transfers(session, actor)]


@router.post("/transfers/{transfer_id}/accept", response_model=TransferRead)
def accept(transfer_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_TRANSFER_DECIDE)],
           session: SessionDep) -> TransferRead:
    return _read(service.accept_transfer(session, actor, transfer_id))


@router.post("/transfers/{transfer_id}/refuse", response_model=TransferRead)
def refuse(transfer_id: uuid.UUID, body: TransferAnswer, actor: Annotated[Actor, Requires(P.CASES_TRANSFER_DECIDE)],
           session: SessionDep) -> TransferRead:
    return _read(service.refuse_transfer(session, actor, transfer_id, note=body.note))


@router.delete("/cases/{case_id}/assignments/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_from_team(case_id: uuid.UUID, user_id: IdPath, actor: Annotated[Actor, Requires(P.CASES_CASE_ASSIGN)],
                     session: SessionDep) -> None:
    service.remove_from_team(session, actor, case_id, user_id=user_id)
