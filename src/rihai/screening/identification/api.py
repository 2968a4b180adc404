"""JSON API of identification interviews: create one on a case, read it (with the suggestion
and its reasons re-derived from the stored answers and versions), decide it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, status
from pydantic import BaseModel

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.screening.identification import service as interviews
from rihai.screening.identification.models import IdentificationInterview
from rihai.screening.identification.schemas import Assessment
from rihai.screening.identification.service import DecisionIn, InterviewCreate
from rihai.web.deps import SessionDep
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["identification interviews"])


class InterviewSummary(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    set_code: str
    suggested_status: str
    decided_status: str | None
    indicators_version: str
    rule_version: str
    interviewed_by_id: int | None
    created_at: datetime
    decided_by_id: int | None
    decided_at: datetime | None
    version: int


class InterviewRead(InterviewSummary):
    answers: dict[str, bool | None]
    decision_reason: str | None
    assessment: Assessment


def summary(i: IdentificationInterview) -> InterviewSummary:
    return InterviewSummary.model_validate(i, from_attributes=True)


def full(i: IdentificationInterview, assessment: Assessment | None = None) -> InterviewRead:
    return InterviewRead(**summary(i).model_dump(), answers=i.answers or {}, decision_reason=i.decision_reason,
                         assessment=assessment or interviews.assess(i))


@router.post("/cases/{case_id}/interviews", response_model=InterviewRead, status_code=status.HTTP_201_CREATED)
def create(case_id: uuid.UUID, body: InterviewCreate,
           actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)], session: SessionDep) -> InterviewRead:
    """Record the answers; the response carries the suggested status and its reasons."""
    interview, assessment = interviews.start_interview(session, actor, case_id, data=body)
    return full(interview, assessment)


@router.get("/cases/{case_id}/interviews", response_model=list[InterviewSummary])
def list_for_case(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_READ)],
                  session: SessionDep) -> list[InterviewSummary]:
    return [summary(i) for i in interviews.list_for_case(session, actor, case_id)]


@router.get("/interviews/{interview_id}", response_model=InterviewRead)
def read(interview_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_READ)],
         session: SessionDep) -> InterviewRead:
    return full(interviews.get_interview(session, actor, interview_id))


@router.post("/interviews/{interview_id}/decision", response_model=InterviewRead)
def decide(interview_id: uuid.UUID, body: DecisionIn,
           actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_DECIDE)], session: SessionDep) -> InterviewRead:
    """A person decides; the case's trafficking status follows. Decided once; stale version -> 409."""
    return full(interviews.decide(session, actor, interview_id, data=body))
