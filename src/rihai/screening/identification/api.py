"""JSON API of identification interviews: create one on a case, read it (with the suggestion
and its reasons re-derived from the stored answers and versions), decide it; and the caller's own
drafts (an interview in progress): read, save and discard one, list them. A draft is addressed
by its case and belongs to the caller, so no route can reach another interviewer's answers."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, status
from pydantic import BaseModel, Field
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service as case_service
from rihai.errors import NotFound
from rihai.screening.identification import service as interviews
from rihai.screening.identification.ilo_indicators import load_indicators
from rihai.screening.identification.models import IdentificationInterview, InterviewDraft
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


class DraftSummary(BaseModel):
    case_id: uuid.UUID
    set_code: str
    answered: int = Field(description="questions of the set answered yes or no")
    total: int
    created_at: datetime
    updated_at: datetime
    stale: bool = Field(description="untouched for over a week")


class DraftRead(DraftSummary):
    answers: dict[str, bool | None]


class MyDraft(DraftSummary):
    case_reference: str


def _draft_summary(d: InterviewDraft) -> DraftSummary:
    indicators = load_indicators()
    p = interviews.progress(indicators, d.set_code, d.answers or {}) if d.set_code in indicators.sets else None
    return DraftSummary(case_id=d.case_id, set_code=d.set_code, answered=p.answered if p else 0,
                        total=p.total if p else 0, created_at=d.created_at, updated_at=d.updated_at,
                        stale=interviews.is_stale(d))


@router.get("/cases/{case_id}/interviews/draft", response_model=DraftRead)
def read_draft(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)],
               session: SessionDep) -> DraftRead:
    """The caller's own draft of this case (404 when they have none, or cannot see the case)."""
    draft = interviews.get_draft(session, actor, case_id)
    if draft is None:
        raise NotFound("you have no draft interview for this case")
    return DraftRead(**_draft_summary(draft).model_dump(), answers=dict(draft.answers or {}))


@router.put("/cases/{case_id}/interviews/draft", response_model=DraftRead)
def save_draft(case_id: uuid.UUID, body: InterviewCreate,
               actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)], session: SessionDep) -> DraftRead:
    """Keep the answers so far (replacing the caller's earlier draft of the case). Nothing is
    evaluated: a draft suggests no status."""
    draft = interviews.save_draft(session, actor, case_id, set_code=body.set_code, answers=body.answers)
    return DraftRead(**_draft_summary(draft).model_dump(), answers=dict(draft.answers or {}))


@router.delete("/cases/{case_id}/interviews/draft", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response)
def discard_draft(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)],
                  session: SessionDep) -> Response:
    if not interviews.discard_draft(session, actor, case_id):
        raise NotFound("you have no draft interview for this case")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# Before ``/interviews/{interview_id}``, which would otherwise take "drafts" for an id.
@router.get("/interviews/drafts", response_model=list[MyDraft])
def my_drafts(actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)],
              session: SessionDep) -> list[MyDraft]:
    """The caller's unfinished interviews on cases they may still see, the stalest first; no
    answers (read one draft for those)."""
    rows = interviews.my_drafts(session, actor)
    refs = case_service.case_references(session, actor, [d.case_id for d in rows])
    return [MyDraft(**_draft_summary(d).model_dump(), case_reference=refs.get(d.case_id, "")) for d in rows]


@router.get("/interviews/{interview_id}", response_model=InterviewRead)
def read(interview_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_READ)],
         session: SessionDep) -> InterviewRead:
    return full(interviews.get_interview(session, actor, interview_id))


@router.post("/interviews/{interview_id}/decision", response_model=InterviewRead)
def decide(interview_id: uuid.UUID, body: DecisionIn,
           actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_DECIDE)], session: SessionDep) -> InterviewRead:
    """A person decides; the case's trafficking status follows. Decided once; stale version -> 409."""
    return full(interviews.decide(session, actor, interview_id, data=body))
