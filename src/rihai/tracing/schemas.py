"""Pydantic in/out models for tracing. Validation messages name the rule, never the value."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rihai.cases.service import Cnic, Country, OepLicence, Passport, Phone, Province  # noqa: F401  (one definition)
from rihai.validators import normalise_district

Name = Annotated[str, Field(min_length=1, max_length=120)]
Place = Annotated[str, Field(max_length=200)]


class RequestStatus(StrEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    POSSIBLE_MATCH = "possible_match"
    CONFIRMED = "confirmed"
    CLOSED = "closed"


class ListKind(StrEnum):
    RESCUED = "rescued"
    DETAINED = "detained"
    DEPORTED = "deported"
    IN_SHELTER = "in_shelter"


class CandidateStatus(StrEnum):
    PENDING = "pending"
    PROPOSED = "proposed"  # by a reviewer blind to one side; the desk holding it answers
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Sex(StrEnum):
    FEMALE = "Female"
    MALE = "Male"
    INTERSEX = "Intersex"
    UNKNOWN = "Unknown"


class ContactMeans(StrEnum):
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    SOCIAL = "social_media"
    LETTER = "letter"
    OTHER = "other"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class TracingRequestCreate(_In):
    """What a family (public form) or a desk (NGO, consulate, FIA) records about a missing person."""

    given_name: Name | None = None
    family_name: Name | None = None
    name_urdu: Name | None = None
    father_name: Name | None = None
    sex: Sex | None = None
    birth_date: date | None = None
    age: int | None = Field(default=None, ge=0, le=120)
    cnic: Cnic | None = None
    passport: Passport | None = None
    phones: list[Phone] = Field(default_factory=list, max_length=5)
    home_province: Province | None = None
    home_district: Annotated[str, Field(max_length=80)] | None = None
    departure_date: date | None = None
    destination_country: Country | None = None
    transit_countries: list[Country] = Field(default_factory=list, max_length=8)
    last_contact_date: date | None = None
    last_contact_place: Place | None = None
    last_contact_means: ContactMeans | None = None
    recruiter_name: Name | None = None
    recruiter_phone: Phone | None = None
    recruiter_agency: Annotated[str, Field(max_length=200)] | None = None
    recruiter_licence: OepLicence | None = None  # a plain column: shape-checked, never free text
    contact_name: Name | None = None
    contact_relation: Annotated[str, Field(pattern="^(parent|spouse|sibling|child|relative|other)$")] | None = None
    contact_phone: Phone | None = None
    consent_contact: bool = False
    consent_share: bool = False

    @model_validator(mode="after")
    def _coherent(self) -> TracingRequestCreate:
        if not (self.given_name or self.family_name or self.name_urdu):
            raise ValueError("the missing person needs a name (in Latin or Urdu script)")
        if self.home_district:
            if not self.home_province:
                raise ValueError("home_district needs home_province")
            try:
                self.home_district = normalise_district(self.home_province, self.home_district)
            except ValueError as exc:
                raise ValueError("home_district is not a district of the chosen province") from exc
        today = date.today()
        for name in ("birth_date", "departure_date", "last_contact_date"):
            value = getattr(self, name)
            if value and value > today:
                raise ValueError(f"{name} is in the future")
        return self


class TracingRequestCreated(BaseModel):
    """Shown once: the secret is not stored and cannot be shown again."""

    id: uuid.UUID
    reference: str
    secret: str


class StatusCheck(_In):
    reference: Annotated[str, Field(min_length=1, max_length=40)]
    secret: Annotated[str, Field(min_length=1, max_length=80)]


class StatusAnswer(BaseModel):
    status: RequestStatus
    since: date


class TracingRequestSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    reference: str
    channel: str
    status: str
    status_changed_at: datetime
    owner_agency_id: int | None
    destination_country: str | None
    created_at: datetime
    version: int


class TracingRequestRead(TracingRequestSummary):
    given_name: str | None
    family_name: str | None
    name_urdu: str | None
    father_name: str | None
    sex: str | None
    birth_date: str | None
    age: int | None
    cnic: str | None
    passport: str | None
    phones: list[str] | None
    home_province: str | None
    home_district: str | None
    departure_date: date | None
    transit_countries: list[str]
    last_contact_date: date | None
    last_contact_place: str | None
    last_contact_means: str | None
    recruiter_name: str | None
    recruiter_phone: str | None
    recruiter_agency: str | None
    recruiter_licence: str | None
    contact_name: str | None
    contact_relation: str | None
    contact_phone: str | None
    consent_contact: bool
    consent_share: bool
    caseworker_id: int | None


class Rejection(BaseModel):
    row: int
    field: str
    rule: str


class ImportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    source_agency: str
    kind: str
    country: str | None
    sha256: str
    status: str
    mapping: dict[str, str]
    rows_total: int
    rows_stored: int
    rows_duplicate: int
    rows_rejected: int
    rejections: list[Rejection]
    # Rows kept with a birth year only, how each date column was read, how countries were read.
    report: dict[str, object] | None = None
    created_at: datetime
    stored_at: datetime | None
    already_imported: bool = False


class Contribution(BaseModel):
    field: str
    level: str
    match_weight: float
    bayes_factor: float


class CandidateSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    # None for a side the reviewer cannot see: of it they learn only which agency holds it.
    request_id: uuid.UUID | None
    other_kind: str | None
    other_id: uuid.UUID | None
    # None where the reviewer cannot see both records: next to their own values a score says
    # which of them the hidden record shares.
    probability: float | None
    match_weight: float | None
    status: str
    awaiting_agency_id: int | None = None
    created_at: datetime
    decided_at: datetime | None
    version: int


class CandidateRead(CandidateSummary):
    waterfall: list[Contribution]
    # Side by side, only the fields the reviewer's role may see (others are absent, not blank).
    request_fields: dict[str, str | None]
    other_fields: dict[str, str | None]
    request_visible: bool
    other_visible: bool
    # The agency holding the record this reviewer cannot see ("" when they see both): all they
    # learn of it is that a possible match exists there.
    held_by: str
    awaiting_agency: str  # the desk a proposal waits for
    proposed_at: datetime | None = None
    actions: list[str]  # confirm / reject, propose, or accept / refuse


class Decision(_In):
    """``confirm`` / ``reject`` a pending candidate you see both sides of, or accept / refuse a
    proposal waiting for your desk; ``propose`` one you see only your side of."""

    decision: Annotated[str, Field(pattern="^(confirm|reject|propose)$")]
    version: int = Field(ge=1, le=2_147_483_647)


class MatchRunResult(BaseModel):
    requests: int
    records: int
    cases: int
    proposed: int
    updated: int
    skipped_rejected: int
    seconds: float


class MatchRunRead(BaseModel):
    """A queued or finished match run: ids, counts and times only."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    status: str
    stage: str | None = None
    progress: float = 0.0
    requests: int | None = None
    records: int | None = None
    cases: int | None = None
    proposed: int | None = None
    updated: int | None = None
    skipped_rejected: int | None = None
    error: str | None = None
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None


class PhotoRead(BaseModel):
    """What was stored of a photo: its size after cleaning, never anything from the file."""

    request_id: uuid.UUID
    media_type: str
    width: int
    height: int
