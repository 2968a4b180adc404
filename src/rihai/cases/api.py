"""JSON API for case records under ``/api/v1/cases``.

Search is a POST with the query in the body: a CNIC, phone or name must never sit in a URL, where
proxies and server logs would keep it.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service
from rihai.cases.codes import CaseStatus
from rihai.cases.models import Case
from rihai.cases.schemas import (
    AssignRequest,
    CaseCreate,
    CaseRead,
    CaseSummary,
    CaseUpdate,
    ConsentCreate,
    ConsentRead,
    EventIn,
    EventRead,
    NoteCreate,
    NoteRead,
    PerpetratorIn,
    PerpetratorRead,
    StatusChange,
)
from rihai.web.deps import IdPath, SessionDep, SettingsDep
from rihai.web.pagination import Page, PageNumber, PageSize
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/api/v1/cases", route_class=TransactionalRoute, tags=["cases"])


def summary(case: Case | service.ListedCase) -> CaseSummary:
    return CaseSummary(id=case.id, reference=case.reference, status=case.status,
                       trafficking_status=case.trafficking_status,
                       owner_agency_id=case.owner_agency_id, caseworker_id=case.caseworker_id,
                       display_name=service.display_name(case), is_minor=case.person.is_minor,
                       created_at=case.created_at, updated_at=case.updated_at,
                       is_synthetic=case.is_synthetic)


def full(case: Case) -> CaseRead:
    read = CaseRead.model_validate(case)
    read.assigned_user_ids = sorted(a.user_id for a in case.assignments)
    return read


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    q: str = Field(min_length=2, max_length=200,
                   description="A CNIC, passport number, phone number or name (any script)")
    limit: int = Field(default=25, ge=1, le=100)


class SearchHit(BaseModel):
    case: CaseSummary
    score: float


class AuditRow(BaseModel):
    seq: int
    at: str
    actor_id: int | None
    tag: str
    fields: list[str]


@router.get("", response_model=Page[CaseSummary])
def list_cases(actor: Annotated[Actor, Requires(P.CASES_CASE_READ)], session: SessionDep,
               settings: SettingsDep, status_: Annotated[CaseStatus | None, Query(alias="status")] = None,
               mine: bool = False, page: PageNumber = 1, page_size: PageSize = 25) -> Page[CaseSummary]:
    rows, total = service.list_cases(session, actor, status=status_, mine=mine, page=page,
                                     page_size=min(page_size, settings.page_size_max))
    return Page(items=[summary(c) for c in rows], total=min(total, service.LIST_COUNT_CAP),
                total_capped=total > service.LIST_COUNT_CAP, page=page, page_size=page_size)


@router.post("", response_model=CaseRead, status_code=status.HTTP_201_CREATED)
def open_case(body: CaseCreate, actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)],
              session: SessionDep) -> CaseRead:
    return full(service.open_case(session, actor, data=body))


@router.post("/search", response_model=list[SearchHit])
def search(body: SearchRequest, actor: Annotated[Actor, Requires(P.CASES_CASE_SEARCH)],
           session: SessionDep) -> list[SearchHit]:
    return [SearchHit(case=summary(c), score=round(s, 1))
            for c, s in service.search_cases(session, actor, body.q, limit=body.limit)]


@router.get("/{case_id}", response_model=CaseRead)
def read_case(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)],
              session: SessionDep) -> CaseRead:
    return full(service.get_case(session, actor, case_id))


@router.patch("/{case_id}", response_model=CaseRead)
def update_case(case_id: uuid.UUID, body: CaseUpdate,
                actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)], session: SessionDep) -> CaseRead:
    return full(service.update_case(session, actor, case_id, data=body))


@router.post("/{case_id}/status", response_model=CaseRead)
def change_status(case_id: uuid.UUID, body: StatusChange,
                  actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)], session: SessionDep) -> CaseRead:
    return full(service.change_status(session, actor, case_id, data=body))


@router.post("/{case_id}/assignments", response_model=CaseRead)
def assign(case_id: uuid.UUID, body: AssignRequest,
           actor: Annotated[Actor, Requires(P.CASES_CASE_ASSIGN)], session: SessionDep) -> CaseRead:
    return full(service.assign(session, actor, case_id, user_id=body.user_id,
                               make_caseworker=body.make_caseworker))


@router.get("/{case_id}/notes", response_model=list[NoteRead])
def list_notes(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)],
               session: SessionDep):
    return service.list_notes(session, actor, case_id)


@router.post("/{case_id}/notes", response_model=NoteRead, status_code=status.HTTP_201_CREATED)
def add_note(case_id: uuid.UUID, body: NoteCreate,
             actor: Annotated[Actor, Requires(P.CASES_NOTE_CREATE)], session: SessionDep):
    return service.add_note(session, actor, case_id, data=body)


@router.post("/{case_id}/consents", response_model=ConsentRead, status_code=status.HTTP_201_CREATED)
def record_consent(case_id: uuid.UUID, body: ConsentCreate,
                   actor: Annotated[Actor, Requires(P.CASES_CONSENT_RECORD)], session: SessionDep):
    return service.record_consent(session, actor, case_id, data=body)


@router.post("/{case_id}/consents/{consent_id}/withdraw", response_model=ConsentRead)
def withdraw_consent(case_id: uuid.UUID, consent_id: IdPath,
                     actor: Annotated[Actor, Requires(P.CASES_CONSENT_RECORD)], session: SessionDep):
    return service.withdraw_consent(session, actor, case_id, consent_id)


@router.post("/{case_id}/events", response_model=EventRead, status_code=status.HTTP_201_CREATED)
def add_event(case_id: uuid.UUID, body: EventIn,
              actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)], session: SessionDep):
    return service.add_event(session, actor, case_id, data=body)


@router.post("/{case_id}/perpetrators", response_model=PerpetratorRead,
             status_code=status.HTTP_201_CREATED)
def add_perpetrator(case_id: uuid.UUID, body: PerpetratorIn,
                    actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)], session: SessionDep):
    return service.add_perpetrator(session, actor, case_id, data=body)


@router.get("/{case_id}/audit", response_model=list[AuditRow])
def audit_trail(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_AUDIT_READ)],
                session: SessionDep) -> list[AuditRow]:
    return [AuditRow(seq=e.seq, at=e.at.isoformat(), actor_id=e.actor_id, tag=e.tag, fields=e.fields)
            for e in service.audit_trail(session, actor, case_id)]
