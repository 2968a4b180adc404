"""Pydantic in/out models for agencies, users and tokens."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rihai.access.permissions import Permission, Role
from rihai.db import DbId
from rihai.validators import normalise_country, normalise_district, normalise_province


class OrgType(StrEnum):
    """HTCDS org_Type codes."""

    NGO = "NGO"
    LAW_ENFORCEMENT = "LawEnforcement"
    HEALTH = "HealthServiceOrganisation"
    CENTRAL_GOVERNMENT = "CentralGovernmentOrganisation"
    LOCAL_GOVERNMENT = "LocalGovernmentOrganisation"
    IMMIGRATION = "ImmigrationService"
    LEGAL = "LegalService"
    CORPORATE = "CorporateBusiness"
    SCHOOL = "SchoolOrCollege"


class _AgencyPlace(BaseModel):
    """Province and district, checked together (a district belongs to one province)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    province: str | None = None
    district: str | None = None

    @field_validator("province")
    @classmethod
    def _province(cls, v: str | None) -> str | None:
        return normalise_province(v) if v else None

    def model_post_init(self, _ctx: object) -> None:
        if self.district:
            if not self.province:
                raise ValueError("district needs a province (send both together)")
            self.district = normalise_district(self.province, self.district)


class AgencyCreate(_AgencyPlace):
    name: str = Field(min_length=2, max_length=200)
    org_type: OrgType
    country: str = "PK"

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return normalise_country(v)


class AgencyUpdate(_AgencyPlace):
    name: str | None = Field(default=None, min_length=2, max_length=200)
    org_type: OrgType | None = None
    is_active: bool | None = None


class AgencyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    org_type: str
    country: str
    province: str | None
    district: str | None
    is_active: bool
    is_synthetic: bool


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    agency_id: DbId
    username: str = Field(min_length=3, max_length=64, pattern=r"^[a-z0-9][a-z0-9._-]+$")
    display_name: str = Field(min_length=1, max_length=120)
    email: str | None = Field(default=None, max_length=200)
    password: str = Field(min_length=12, max_length=256)
    roles: list[Role] = Field(min_length=1)


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    version: int
    display_name: str | None = Field(default=None, min_length=1, max_length=120)
    roles: list[Role] | None = Field(default=None, min_length=1)
    is_active: bool | None = None
    unlock: bool = False


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agency_id: DbId
    username: str
    display_name: str
    roles: list[Role]
    # Roles asked for and waiting for a second administrator (four eyes); not yet held.
    pending_roles: list[Role] = []
    is_active: bool
    totp_enabled: bool
    locked: bool = False
    version: int
    created_at: datetime
    last_login_at: datetime | None


class RoleGrantRead(BaseModel):
    """A four-eyes role grant: pending while ``decision`` is null, then approved or refused."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    role: Role
    requested_by: int
    requested_at: datetime
    decided_by: int | None
    decided_at: datetime | None
    decision: str | None


class TokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100)
    scopes: list[Permission] = Field(min_length=1)
    expires_in_days: int | None = Field(default=90, ge=1, le=366)


class TokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenIssued(TokenRead):
    token: str = Field(description="Shown once; only its hash is stored.")


class Me(BaseModel):
    user_id: int
    agency_id: int
    display_name: str
    roles: list[Role]
    permissions: list[Permission]
    via: str
