"""Identification interviews stored against a case: the ILO-indicator answers, the suggestion of
``identification.evaluate`` (kept with the indicator-file and rule versions it was made with), and
the decision a person takes on it, which becomes the case's trafficking status through
``cases.service.decide_trafficking_status``.

Interviews are visible exactly where their case is: the scope is the case scope, in SQL
(``cases.service.visible_case_ids``). Answers are encrypted; audit rows name ids and fields only.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope, visible
from rihai.access.service import require
from rihai.cases import service as case_service
from rihai.cases.service import TraffickingStatus
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound

from .drafts import (  # noqa: F401
    Progress,
    discard_draft,
    drop_draft,
    get_draft,
    is_stale,
    my_drafts,
    progress,
    save_draft,
)
from .ilo_indicators import IndicatorFileError, load_indicators, set_for
from .models import IdentificationInterview
from .rules import evaluate
from .schemas import Assessment, Status

# How a decision on the interview reads as HTCDS ``vic_TraffickingStatus``. A presumed victim (ILO:
# enough indicators to treat the person as a victim and refer them) is not an "actual" victim, which
# HTCDS keeps for a determination by an authority that may make one (in Pakistan, under the PTPA
# 2018): the case records a possible victim, and shows the interview's own words beside it
# (issue 19: a presumption read as "Confirmed victim of trafficking"). An actual victim is set on
# the case by the person who records that determination.
CASE_STATUS_FOR = {Status.presumed: TraffickingStatus.POSSIBLE, Status.possible: TraffickingStatus.POSSIBLE,
                   Status.not_indicated: TraffickingStatus.NOT}


def _scope(actor: Actor) -> Any:
    return IdentificationInterview.case_id.in_(case_service.visible_case_ids(actor))


register_scope(IdentificationInterview, Permission.SCREENING_INTERVIEW_READ, _scope)


class InterviewCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    set_code: str = Field(pattern=r"^(adult|child)_(labour|sexual)$",
                          description="adult_labour, adult_sexual, child_labour or child_sexual")
    # Strict: only JSON true/false/null; a string such as "no" is refused, never coerced.
    answers: dict[str, StrictBool | None] = Field(max_length=200,
                                            description="indicator code -> true / false / null (unknown)")


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    version: int = Field(ge=1)
    status: Status
    reason: str = Field(min_length=1, max_length=4000)


def assess(interview: IdentificationInterview) -> Assessment:
    """Re-read a stored interview with the indicator file and rule it was made with."""
    try:
        indicators = load_indicators(interview.indicators_version)
    except IndicatorFileError:
        indicators = load_indicators()
    return evaluate(interview.answers or {}, set_code=interview.set_code, indicators=indicators)


def suggested_set(age: int | None, exploitation_types: list[str]) -> str:
    """The set to ask by default: the case's age (unknown → child) and sexual exploitation if the
    case records it, otherwise labour."""
    kind = "sexual" if "SexualExploitation" in (exploitation_types or []) else "labour"
    return set_for(age, kind)


def start_interview(session: Session, actor: Actor, case_id: uuid.UUID, *,
                    data: InterviewCreate) -> tuple[IdentificationInterview, Assessment]:
    """A caseworker, investigator or consular officer who can see the case records the answers;
    the suggestion is computed and kept with its versions. Unknown or foreign codes are a 422."""
    require(actor, Permission.SCREENING_INTERVIEW_CREATE)
    case = case_service.get_case(session, actor, case_id)
    indicators = load_indicators()
    assessment = evaluate(data.answers, set_code=data.set_code, indicators=indicators)
    interview = IdentificationInterview(
        case_id=case.id, set_code=data.set_code, answers=dict(data.answers),
        indicators_version=assessment.indicators_version, rule_version=assessment.rule_version,
        suggested_status=assessment.status, interviewed_by_id=actor.user_id)
    session.add(interview)
    drop_draft(session, actor, case.id)
    session.flush()
    audit.record(session, actor, AuditTag.INTERVIEW_CREATE, subject_type="case", subject_id=case.id,
                 fields=["interview.answers", "interview.set_code"], related_ids=[f"interview:{interview.id}"])
    return interview, assessment


def _load(session: Session, actor: Actor, interview_id: uuid.UUID) -> IdentificationInterview:
    stmt = visible(select(IdentificationInterview).where(IdentificationInterview.id == interview_id),
                   actor, IdentificationInterview)
    found = session.scalars(stmt).first()
    if found is None:
        raise NotFound("no such interview, or you do not have access to it")
    return found


def get_interview(session: Session, actor: Actor, interview_id: uuid.UUID) -> IdentificationInterview:
    """Read one interview of a visible case; audited."""
    require(actor, Permission.SCREENING_INTERVIEW_READ)
    interview = _load(session, actor, interview_id)
    audit.record(session, actor, AuditTag.INTERVIEW_READ, subject_type="case", subject_id=interview.case_id,
                 fields=["interview.answers"], related_ids=[f"interview:{interview.id}"])
    return interview


def list_for_case(session: Session, actor: Actor, case_id: uuid.UUID) -> list[IdentificationInterview]:
    """The interviews of one case, newest first, scoped in SQL; the listed ids are audited."""
    require(actor, Permission.SCREENING_INTERVIEW_READ)
    case_service.ensure_visible(session, actor, case_id)
    stmt = visible(select(IdentificationInterview).where(IdentificationInterview.case_id == case_id),
                   actor, IdentificationInterview)
    rows = list(session.scalars(stmt.order_by(IdentificationInterview.created_at.desc())))
    audit.record(session, actor, AuditTag.INTERVIEW_LIST, subject_type="case", subject_id=case_id,
                 related_ids=[f"interview:{i.id}" for i in rows])
    return rows


def decide(session: Session, actor: Actor, interview_id: uuid.UUID, *, data: DecisionIn) -> IdentificationInterview:
    """A person decides (any of the three statuses, with a reason; the suggestion is kept beside
    it). The decision becomes the case's trafficking status. Decided once: a new assessment is a
    new interview. A stale ``version`` is a 409."""
    require(actor, Permission.SCREENING_INTERVIEW_DECIDE)
    interview = _load(session, actor, interview_id)
    if interview.version != data.version:
        raise Conflict("this interview was changed by someone else; reload and try again", rule="optimistic-lock")
    if interview.decided_status is not None:
        raise Conflict("this interview has already been decided; start a new interview to reassess",
                       field="status", rule="interview-decided")
    if not data.reason.strip():
        raise Invalid("a decision needs a reason", field="reason")
    interview.decided_status = data.status
    interview.decision_reason = data.reason
    interview.decided_by_id = actor.user_id
    interview.decided_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("this interview was decided by someone else at the same moment; reload",
                       rule="optimistic-lock") from exc
    case_service.decide_trafficking_status(session, actor, interview.case_id, status=CASE_STATUS_FOR[data.status])
    audit.record(session, actor, AuditTag.INTERVIEW_DECIDE, subject_type="case", subject_id=interview.case_id,
                 fields=["interview.decided_status", "interview.decision_reason"],
                 related_ids=[f"interview:{interview.id}"])
    return interview
