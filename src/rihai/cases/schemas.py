"""Pydantic in/out models for case records. Validation messages name the rule, never the value."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from rihai.cases.codes import (
    CaseStatus,
    ConsentGivenBy,
    ConsentPurpose,
    DecisionOrg,
    EventType,
    Exploitation,
    ForcedLabourIndustry,
    Gender,
    MeansOfControl,
    NoteKind,
    PerpetratorRole,
    RecruitmentApp,
    RecruitmentMethod,
    Relationship,
    Sex,
    TraffickingStatus,
)
from rihai.db import DbId
from rihai.validators import (
    normalise_cnic,
    normalise_country,
    normalise_district,
    normalise_language,
    normalise_passport,
    normalise_phone,
    normalise_province,
)

Cnic = Annotated[str, Field(max_length=32), AfterValidator(normalise_cnic)]
Phone = Annotated[str, Field(max_length=32), AfterValidator(normalise_phone)]
Passport = Annotated[str, Field(max_length=32), AfterValidator(normalise_passport)]
Country = Annotated[str, Field(max_length=8), AfterValidator(normalise_country)]
Province = Annotated[str, Field(max_length=8), AfterValidator(normalise_province)]
Language = Annotated[str, Field(max_length=8), AfterValidator(normalise_language)]
Name = Annotated[str, Field(min_length=1, max_length=120)]
ShortText = Annotated[str, Field(max_length=2000)]
LongText = Annotated[str, Field(min_length=1, max_length=20000)]
_LICENCE = re.compile(r"(?:[A-Za-z]{1,5}[ /-]*)?[0-9]{1,6}(?:[ /-]*[A-Za-z]{1,5})?")


def _licence(text: str) -> str:
    if not _LICENCE.fullmatch(text):
        raise ValueError("an OEP licence number is digits with short letter codes, e.g. 0696/RWP or MPD-2671-LHR")
    return text


# An Overseas Employment Promoter licence as the BE&OE writes it ("0696/RWP", "MPD-2671-LHR"): a
# number with short letter codes around it. The column is plain (a public business licence, how
# records are linked), so the shape is strict enough that a name or place cannot ride in it.
OepLicence = Annotated[str, Field(max_length=24), AfterValidator(_licence)]


def _check_district(province: str | None, district: str | None) -> str | None:
    if district is None:
        return None
    if province is None:
        raise ValueError("home_district needs home_province")
    return normalise_district(province, district)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PersonIn(_In):
    given_name: Name | None = None
    family_name: Name | None = None
    name_urdu: Name | None = None
    aliases: list[Name] = Field(default_factory=list, max_length=20)
    guardian_name: Name | None = Field(default=None, description="Father's or husband's name")
    guardian_relation: Annotated[str, Field(pattern="^(father|husband|mother|other)$")] | None = None
    sex: Sex | None = None
    gender: Gender | None = None
    birth_date: date | None = None
    age_estimate: int | None = Field(default=None, ge=0, le=120)
    is_minor: bool | None = None
    cnic: Cnic | None = None
    passport: Passport | None = None
    phones: list[Phone] = Field(default_factory=list, max_length=10)
    address: ShortText | None = None
    home_province: Province | None = None
    home_district: Annotated[str, Field(max_length=80)] | None = None
    citizenship: list[Country] = Field(default_factory=lambda: ["PK"], max_length=5)
    languages: list[Language] = Field(default_factory=list, max_length=10)

    @model_validator(mode="after")
    def _coherent(self) -> PersonIn:
        self.home_district = _check_district(self.home_province, self.home_district)
        if self.birth_date and self.birth_date > date.today():
            raise ValueError("birth_date is in the future")
        if not (self.given_name or self.family_name or self.name_urdu or self.aliases):
            raise ValueError("a person needs at least one name (Latin, Urdu or an alias)")
        return self


class PersonPatch(_In):
    """Partial update of the person: only fields present are changed."""

    given_name: Name | None = None
    family_name: Name | None = None
    name_urdu: Name | None = None
    aliases: list[Name] | None = Field(default=None, max_length=20)
    guardian_name: Name | None = None
    guardian_relation: Annotated[str, Field(pattern="^(father|husband|mother|other)$")] | None = None
    sex: Sex | None = None
    gender: Gender | None = None
    birth_date: date | None = None
    age_estimate: int | None = Field(default=None, ge=0, le=120)
    is_minor: bool | None = None
    cnic: Cnic | None = None
    passport: Passport | None = None
    phones: list[Phone] | None = Field(default=None, max_length=10)
    address: ShortText | None = None
    home_province: Province | None = None
    home_district: Annotated[str, Field(max_length=80)] | None = None
    citizenship: list[Country] | None = Field(default=None, max_length=5)
    languages: list[Language] | None = Field(default=None, max_length=10)


class EventIn(_In):
    event_type: EventType
    country: Country
    place: Annotated[str, Field(max_length=120)] | None = None
    province: Province | None = None
    district: Annotated[str, Field(max_length=80)] | None = None
    event_date: date | None = None
    description: ShortText | None = None

    @model_validator(mode="after")
    def _coherent(self) -> EventIn:
        if (self.province or self.district) and self.country != "PK":
            raise ValueError("province and district apply only to events in Pakistan (PK)")
        self.district = _check_district(self.province, self.district)
        return self


class PerpetratorIn(_In):
    roles: list[PerpetratorRole] = Field(default_factory=list, max_length=10)
    name: Name | None = None
    phones: list[Phone] = Field(default_factory=list, max_length=10)
    agency_name: Annotated[str, Field(max_length=200)] | None = None
    oep_licence: OepLicence | None = None
    details: ShortText | None = None


class VictimContextIn(_In):
    trafficking_status: TraffickingStatus = TraffickingStatus.POSSIBLE
    status_decided_by_org: DecisionOrg | None = None
    exploitation_types: list[Exploitation] = Field(default_factory=list, max_length=12)
    means_of_control: list[MeansOfControl] = Field(default_factory=list, max_length=16)
    recruitment_methods: list[RecruitmentMethod] = Field(default_factory=list, max_length=10)
    recruitment_apps: list[RecruitmentApp] = Field(default_factory=list, max_length=12)
    relationship_to_trafficker: Relationship | None = None
    age_when_trafficked: int | None = Field(default=None, ge=0, le=120)
    forced_labour_industry: ForcedLabourIndustry | None = None


class CaseCreate(VictimContextIn):
    person: PersonIn
    identified_on: date | None = None
    events: list[EventIn] = Field(default_factory=list, max_length=30)
    perpetrators: list[PerpetratorIn] = Field(default_factory=list, max_length=30)
    consent_case_management: bool | None = Field(
        default=None, description="The survivor's agreement to have their data managed "
        "(vic_AgreementToManagePersonalData), recorded as the first consent row when given.")


class CaseUpdate(_In):
    """Optimistic locking: ``version`` must be the version the editor read."""

    version: int = Field(ge=1)
    person: PersonPatch | None = None
    trafficking_status: TraffickingStatus | None = None
    status_decided_by_org: DecisionOrg | None = None
    exploitation_types: list[Exploitation] | None = None
    means_of_control: list[MeansOfControl] | None = None
    recruitment_methods: list[RecruitmentMethod] | None = None
    recruitment_apps: list[RecruitmentApp] | None = None
    relationship_to_trafficker: Relationship | None = None
    age_when_trafficked: int | None = Field(default=None, ge=0, le=120)
    forced_labour_industry: ForcedLabourIndustry | None = None
    identified_on: date | None = None


class StatusChange(_In):
    version: int = Field(ge=1)
    status: CaseStatus
    reason: ShortText | None = None
    # Closing while support-plan items are open needs a supervisor's written reason.
    open_items_reason: ShortText | None = None
    # Closing while another domain's work on the case is open (a referral) needs "close anyway".
    confirm_open_work: bool = False


class NoteCreate(_In):
    kind: NoteKind = NoteKind.GENERAL
    body: LongText


class ConsentCreate(_In):
    purpose: ConsentPurpose
    given: bool
    given_by: ConsentGivenBy = ConsentGivenBy.SURVIVOR
    recipient_agency_id: DbId | None = None
    consent_date: date
    note: ShortText | None = None

    @model_validator(mode="after")
    def _not_future(self) -> ConsentCreate:
        if self.consent_date > date.today():
            raise ValueError("consent_date is in the future")
        return self


class AssignRequest(_In):
    user_id: DbId
    make_caseworker: bool = False


# -- out ------------------------------------------------------------------------------------

class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class PersonRead(_Out):
    given_name: str | None
    family_name: str | None
    name_urdu: str | None
    aliases: list[str] | None
    guardian_name: str | None
    guardian_relation: str | None
    sex: str | None
    gender: str | None
    birth_date: str | None
    birth_year: int | None
    age_estimate: int | None
    is_minor: bool
    cnic: str | None
    passport: str | None
    phones: list[str] | None
    address: str | None
    home_province: str | None
    home_district: str | None
    citizenship: list[str]
    languages: list[str]


class EventRead(_Out):
    id: int
    seq: int
    event_type: str
    country: str
    place: str | None
    province: str | None
    district: str | None
    event_date: date | None
    description: str | None


class PerpetratorRead(_Out):
    id: int
    roles: list[str]
    name: str | None
    phones: list[str] | None
    agency_name: str | None
    oep_licence: str | None
    details: str | None


class ConsentRead(_Out):
    id: int
    purpose: str
    given: bool
    given_by: str
    recipient_agency_id: int | None
    consent_date: date
    recorded_by_id: int | None
    recorded_at: datetime
    note: str | None
    withdrawn_at: datetime | None


class NoteRead(_Out):
    id: int
    kind: str
    body: str
    author_id: int | None
    created_at: datetime


class CaseSummary(_Out):
    id: uuid.UUID
    reference: str
    status: str
    trafficking_status: str
    owner_agency_id: int
    caseworker_id: int | None
    display_name: str
    is_minor: bool
    created_at: datetime
    updated_at: datetime
    is_synthetic: bool


class CaseRead(_Out):
    id: uuid.UUID
    reference: str
    version: int
    status: str
    closure_reason: str | None
    owner_agency_id: int
    caseworker_id: int | None
    identified_on: date | None
    trafficking_status: str
    status_decided_by_org: str | None
    status_decided_by_user_id: int | None
    status_decided_on: date | None
    exploitation_types: list[str]
    means_of_control: list[str]
    recruitment_methods: list[str]
    recruitment_apps: list[str]
    relationship_to_trafficker: str | None
    age_when_trafficked: int | None
    forced_labour_industry: str | None
    forced_labour_industry_other: str | None = None
    is_synthetic: bool
    created_at: datetime
    updated_at: datetime
    person: PersonRead
    events: list[EventRead]
    perpetrators: list[PerpetratorRead]
    consents: list[ConsentRead]
    assigned_user_ids: list[int] = Field(default_factory=list)
