"""Pydantic shapes of the referral API: the directory, referrals, transitions, the shared view."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from rihai.db import DbId
from rihai.validators import normalise_country, normalise_district, normalise_language, normalise_province

from .codes import ChildDecision, DeclineReason, EligibleGroup, EndReason, ServiceType, Urgency

ShortText = Annotated[str, Field(min_length=1, max_length=2000)]
Country = Annotated[str, Field(max_length=8), AfterValidator(normalise_country)]
Language = Annotated[str, Field(max_length=8), AfterValidator(normalise_language)]


def normalise_served_district(value: str) -> str:
    """``"PK-PB:Lahore"`` (or ``"PB:lahore"``) → the canonical ``"PK-PB:Lahore"``."""
    province, sep, district = value.partition(":")
    if not sep or not district.strip():
        raise ValueError("a district served is written PROVINCE:District, e.g. PK-PB:Lahore")
    code = normalise_province(province)
    return f"{code}:{normalise_district(code, district)}"


ServedDistrict = Annotated[str, Field(max_length=100), AfterValidator(normalise_served_district)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ProviderIn(_In):
    agency_id: DbId
    name: Annotated[str, Field(min_length=2, max_length=200)]
    services: list[ServiceType] = Field(min_length=1, max_length=len(ServiceType))
    districts: list[ServedDistrict] = Field(default_factory=list, max_length=200)
    nationwide: bool = False
    countries: list[Country] = Field(default_factory=list, max_length=50)
    eligible: list[EligibleGroup] = Field(default_factory=lambda: list(EligibleGroup), min_length=1)
    languages: list[Language] = Field(default_factory=list, max_length=30)
    capacity: Annotated[int, Field(ge=0, le=100_000)] | None = None
    contact_email: Annotated[str, Field(max_length=200, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = None
    is_active: bool = True

    @model_validator(mode="after")
    def _somewhere(self) -> ProviderIn:
        if not (self.districts or self.nationwide or self.countries):
            raise ValueError("say where the provider works: districts, nationwide, or countries")
        return self


class ProviderUpdate(ProviderIn):
    version: int = Field(ge=1)


class ProviderRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    agency_id: int
    name: str
    services: list[str]
    districts: list[str]
    nationwide: bool
    countries: list[str]
    eligible: list[str]
    languages: list[str]
    capacity: int | None
    is_active: bool
    version: int


class ProviderMatch(BaseModel):
    provider: ProviderRead
    places_free: int | None = Field(description="capacity minus referrals in service; None = unlimited")
    reach: str = Field(description="district | province | nationwide | abroad")


class ReferralCreate(_In):
    provider_id: DbId
    service: ServiceType
    urgency: Urgency = Urgency.ROUTINE
    due_at: datetime | None = Field(default=None, description="Answer wanted by (default by urgency)")
    note: ShortText | None = Field(default=None, description="For the receiving agency. No names.")
    child_decision: ChildDecision | None = None
    child_decision_note: ShortText | None = None
    consent_override_reason: Annotated[str, Field(min_length=20, max_length=2000)] | None = Field(
        default=None, description="Supervisors only: why the referral goes ahead without consent")
    send: bool = Field(default=True, description="Send at once (false keeps a draft)")


class TransitionIn(_In):
    version: int = Field(ge=1)
    reason: DeclineReason | EndReason | None = None
    message: ShortText | None = None


class ReferralEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    action: str
    from_state: str | None
    to_state: str
    actor_id: int | None
    agency_id: int | None
    reason: str | None
    flagged: bool
    message: str | None
    at: datetime


class ReferralRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    reference: str
    case_id: uuid.UUID
    case_reference: str | None = None
    from_agency_id: int
    from_user_id: int | None
    provider_id: int
    to_agency_id: int
    assignee_id: int | None
    service: str
    urgency: str
    state: str
    due_at: datetime
    overdue: bool = False
    consent_purpose: str
    consent_overridden: bool
    child_decision: str | None
    end_reason: str | None
    created_at: datetime
    sent_at: datetime | None
    responded_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    version: int
    note: str | None = None
    events: list[ReferralEventRead] = Field(default_factory=list)


class SharedCaseRead(BaseModel):
    """The need-to-know view: only the groups granted; everything else is absent."""

    referral_id: uuid.UUID
    case_reference: str
    groups: list[str]
    note_kinds: list[str]
    fields: dict[str, Any]
    events: list[dict[str, Any]]
    perpetrators: list[dict[str, Any]]
    notes: list[dict[str, Any]]


class ProviderIndicator(BaseModel):
    provider_id: int
    provider_name: str
    service: str
    referrals: int
    answered: int
    accepted: int
    acceptance_rate: float | None
    median_response_hours: float | None


class Indicators(BaseModel):
    scope: str
    referrals: int
    overdue: int
    median_days_to_first_referral: float | None
    cases_referred: int
    acceptance_rate: float | None
    median_response_hours: float | None
    cases_without_consent: int
    plan_items: dict[str, int] = Field(default_factory=dict, description="support-plan items by status")
    plan_completion_rate: float | None = Field(default=None, description="done / (items not cancelled)")
    by_provider: list[ProviderIndicator]
