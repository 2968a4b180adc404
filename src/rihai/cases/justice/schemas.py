"""Pydantic in/out models of the criminal-justice track and the support plan."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from rihai.db import DbId

from .codes import LAW_SECTIONS, Agency, ItemStatus, Outcome, ProtectionNeed, Stage, SupportType

Short = Annotated[str, Field(min_length=1, max_length=160)]
Text = Annotated[str, Field(min_length=1, max_length=4000)]


def _law(code: str) -> str:
    if code not in LAW_SECTIONS:
        raise ValueError("unknown law or section code; use one of the listed codes (e.g. PTPA2018:3)")
    return code


LawCode = Annotated[str, Field(max_length=16), AfterValidator(_law)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class TrackUpdate(_In):
    """Opening or editing the track. ``version`` is required once the track exists."""

    version: int | None = Field(default=None, ge=1)
    fir_number: Annotated[str, Field(max_length=60)] | None = None
    police_station: Annotated[str, Field(max_length=120)] | None = None
    investigating_agency: Agency | None = None
    fia_circle: Annotated[str, Field(max_length=80)] | None = None
    laws: list[LawCode] | None = Field(default=None, max_length=20)
    court: Annotated[str, Field(max_length=160)] | None = None
    protection_needs: list[ProtectionNeed] | None = Field(default=None, max_length=20)
    protection_note: Text | None = None


class StageMove(_In):
    version: int = Field(ge=1)
    stage: Stage
    on: date | None = None


class OutcomeIn(_In):
    version: int = Field(ge=1)
    outcome: Outcome
    on: date
    sentence: Annotated[str, Field(max_length=2000)] | None = None


class HearingIn(_In):
    hearing_on: date
    purpose: Annotated[str, Field(max_length=120)] | None = None
    note: Text | None = None


class HearingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    hearing_on: date
    purpose: str | None
    note: str | None


class StageChangeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    from_stage: str | None
    to_stage: str
    changed_on: date
    changed_by_id: int | None


class TrackRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    case_id: uuid.UUID
    fir_number: str | None
    police_station: str | None
    investigating_agency: str | None
    fia_circle: str | None
    laws: list[str]
    stage: str
    stage_changed_on: date | None
    court: str | None
    outcome: str | None
    outcome_on: date | None
    sentence: str | None
    protection_needs: list[str]
    protection_note: str | None
    hearings: list[HearingRead]
    stage_changes: list[StageChangeRead]
    version: int


class PlanItemCreate(_In):
    support_type: SupportType
    goal: Text
    responsible_agency_id: DbId | None = None
    due_on: date | None = None


class PlanItemUpdate(_In):
    version: int = Field(ge=1)
    status: ItemStatus | None = None
    goal: Text | None = None
    responsible_agency_id: DbId | None = None
    due_on: date | None = None


class VisitIn(_In):
    visited_on: date
    note: Text | None = None


class VisitRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    visited_on: date
    visited_by_id: int | None
    note: str | None


class PlanItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    case_id: uuid.UUID
    support_type: str
    goal: str
    responsible_agency_id: int | None
    status: str
    due_on: date | None
    completed_on: date | None
    created_at: datetime
    visits: list[VisitRead]
    version: int
