"""Case records, aligned with HTCDS v2 (``prs_`` person, ``vic_`` victim context, ``per_``
perpetrators, ``hte_`` historic trafficking events, ``cas_`` case, ``con_`` consent, ``cco_`` notes).

Personal values (names, identifiers, phones, addresses, free text) are ``Encrypted`` columns;
search goes through ``CaseSearchToken`` blind-index digests. Coded fields stay plain so that
statistics can be computed without decrypting anyone.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow

from . import copies


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # Short reference people can read out over the phone; not derived from personal data.
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    owner_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="Active", index=True)  # cas_Status
    closure_reason: Mapped[str | None] = mapped_column(Encrypted("cases.closure_reason"))
    identified_on: Mapped[date | None] = mapped_column(Date)
    # vic_ victim context (coded, plain)
    trafficking_status: Mapped[str] = mapped_column(String(40), default="PossibleVictimOfTrafficking")
    status_decided_by_org: Mapped[str | None] = mapped_column(String(40))
    status_decided_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status_decided_on: Mapped[date | None] = mapped_column(Date)
    exploitation_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    means_of_control: Mapped[list[str]] = mapped_column(JSON, default=list)
    recruitment_methods: Mapped[list[str]] = mapped_column(JSON, default=list)
    recruitment_apps: Mapped[list[str]] = mapped_column(JSON, default=list)
    relationship_to_trafficker: Mapped[str | None] = mapped_column(String(20))
    age_when_trafficked: Mapped[int | None] = mapped_column(SmallInteger)
    forced_labour_industry: Mapped[str | None] = mapped_column(String(64))  # codes.ForcedLabourIndustry
    # What was typed before the industry became a code (migration 0015), kept for the caseworker;
    # statistics never read it.
    forced_labour_industry_other: Mapped[str | None] = mapped_column(
        Encrypted("cases.forced_labour_industry_other"))
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship(back_populates="case", uselist=False,
                                          cascade="all, delete-orphan", lazy="joined")
    perpetrators: Mapped[list[Perpetrator]] = relationship(
        cascade="all, delete-orphan", order_by="Perpetrator.id", lazy="select")
    events: Mapped[list[TraffickingEvent]] = relationship(
        cascade="all, delete-orphan", order_by="TraffickingEvent.seq", lazy="select")
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", order_by="Consent.id", lazy="select")
    notes: Mapped[list[CaseNote]] = relationship(
        cascade="all, delete-orphan", order_by="CaseNote.id", lazy="select")
    assignments: Mapped[list[CaseAssignment]] = relationship(
        cascade="all, delete-orphan", lazy="select")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The id rides along so agency-wide counts (open cases without consent, support-plan
        # completion) join other tables from the index alone, without reading each case.
        Index("ix_cases_owner_status", "owner_agency_id", "status", "id"),
        # Lists are newest-activity first: walk this index and stop after a page of visible rows.
        Index("ix_cases_updated_at", "updated_at"),
        Index("ix_cases_owner_updated", "owner_agency_id", "updated_at"),
        # A list built from a set of ids (a queue search's matches) orders and scopes them by
        # this index alone, reading only the listed cases' rows (migration 0031).
        Index("ix_cases_id_owner_updated", "id", "owner_agency_id", "updated_at"),
    )


class Person(Base):
    """The survivor (HTCDS ``prs_``). One per case."""

    __tablename__ = "persons"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                               primary_key=True)
    given_name: Mapped[str | None] = mapped_column(Encrypted("persons.given_name"))  # prs_FirstName
    family_name: Mapped[str | None] = mapped_column(Encrypted("persons.family_name"))  # prs_SecondName
    name_urdu: Mapped[str | None] = mapped_column(Encrypted("persons.name_urdu"))
    aliases: Mapped[list[str] | None] = mapped_column(Encrypted("persons.aliases", json_value=True))
    guardian_name: Mapped[str | None] = mapped_column(Encrypted("persons.guardian_name"))
    guardian_relation: Mapped[str | None] = mapped_column(String(16))  # father / husband / other
    sex: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(32))  # prs_Gender
    birth_date: Mapped[str | None] = mapped_column(Encrypted("persons.birth_date"))  # ISO date
    # Coarse, plain: statistics need an age band, not a birthday.
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    age_estimate: Mapped[int | None] = mapped_column(SmallInteger)
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    cnic: Mapped[str | None] = mapped_column(Encrypted("persons.cnic"))  # prs_IdentityNumber
    passport: Mapped[str | None] = mapped_column(Encrypted("persons.passport"))
    phones: Mapped[list[str] | None] = mapped_column(Encrypted("persons.phones", json_value=True))
    address: Mapped[str | None] = mapped_column(Encrypted("persons.address"))  # prs_MailingStreet
    home_province: Mapped[str | None] = mapped_column(String(8))
    home_district: Mapped[str | None] = mapped_column(String(80))
    citizenship: Mapped[list[str]] = mapped_column(JSON, default=list)  # prs_Citizenship
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)

    case: Mapped[Case] = relationship(back_populates="person")

    # The work queue's district filter: the cases of a district from the index alone.
    __table_args__ = (Index("ix_persons_home_district", "home_district", "case_id"),)


class Perpetrator(Base):
    """Someone involved in the trafficking (HTCDS ``per_``)."""

    __tablename__ = "perpetrators"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)  # per_RoleInProcess
    name: Mapped[str | None] = mapped_column(Encrypted("perpetrators.name"))
    phones: Mapped[list[str] | None] = mapped_column(Encrypted("perpetrators.phones", json_value=True))
    agency_name: Mapped[str | None] = mapped_column(Encrypted("perpetrators.agency_name"))
    # Overseas Employment Promoter licence, normalised ("0696/RWP"). A public business licence.
    oep_licence: Mapped[str | None] = mapped_column(String(40), index=True)
    details: Mapped[str | None] = mapped_column(Encrypted("perpetrators.details"))  # per_RoleDetails
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TraffickingEvent(Base):
    """One leg of the route (HTCDS ``hte_``): recruitment, transit or exploitation."""

    __tablename__ = "trafficking_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(SmallInteger)
    event_type: Mapped[str] = mapped_column(String(16))  # hte_Type
    country: Mapped[str] = mapped_column(String(2))  # hte_Country (ISO 3166-1)
    # hte_City: a city or hub, typed freely ("a kiln outside Kasur"), so encrypted; the coded
    # country, province and district stay plain for statistics.
    place: Mapped[str | None] = mapped_column(Encrypted("trafficking_events.place"))
    province: Mapped[str | None] = mapped_column(String(8))  # hte_State where the country is PK
    district: Mapped[str | None] = mapped_column(String(80))
    event_date: Mapped[date | None] = mapped_column(Date)  # hte_Date
    description: Mapped[str | None] = mapped_column(Encrypted("trafficking_events.description"))


class Consent(Base):
    """What the survivor (or guardian) agreed to, for which purpose and recipient. Append-only:
    a withdrawal is a new row state (``withdrawn_at``), never a deletion."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    # None means "any agency" for the purpose; otherwise only this recipient.
    recipient_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    given: Mapped[bool] = mapped_column(Boolean)
    given_by: Mapped[str] = mapped_column(String(32), default="Survivor")
    consent_date: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Encrypted("consents.note"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CaseNote(Base):
    """Free-text notes (HTCDS ``cco_CaseComment``), classed by need-to-know ``kind``."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(16), default="general")
    body: Mapped[str] = mapped_column(Encrypted("case_notes.body"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseAssignment(Base):
    """Who works on a case. Visibility for non-supervisors flows from these rows."""

    __tablename__ = "case_assignments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                               primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True,
                                         index=True)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The case's owner, copied like the search digests' (set on insert, moved by a transfer;
    # events below): a supervisor's pages reach the cases of *other* agencies they are assigned to
    # by one index range, instead of walking every assignment they hold in their own agency (each
    # case a supervisor opens is one). An accelerator only: the scope still tests the case's owner.
    owner_agency_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_case_assignments_user_owner_case", "user_id", "owner_agency_id", "case_id"),)


class CaseSearchToken(Base):
    """Blind-index digests (HMAC of normalised tokens) that let search work over encrypted fields."""

    __tablename__ = "case_search_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # cnic / passport / phone / name / name_sk
    digest: Mapped[bytes] = mapped_column(LargeBinary(16))
    # The case's owner, copied (and moved by a transfer, below): a supervisor's search is one
    # index range over the own agency's digests instead of every digest in the country joined to
    # its case. An accelerator only -- the case query that lists the results scopes by the case's
    # own owner. Nullable so adding it did not rebuild a table of tens of millions of rows on
    # SQLite; every writer sets it, and a missing one hides a case from the owner's search, never
    # shows it to anyone else.
    owner_agency_id: Mapped[int | None] = mapped_column(Integer)

    # Search reads (digest -> owner, case_id) only: with both in the index the lookup never
    # touches the table, and a digest alone still uses its prefix.
    __table_args__ = (Index("ix_case_search_tokens_digest_owner_case", "digest", "owner_agency_id", "case_id"),)


class CaseOrigin(Base):
    """Where a case came from, when it was opened from a referral the agency accepted or a tracing
    match it confirmed. Until the case is opened the row holds the new-case form's prefill (only
    what the opener could read at the source, encrypted) for its opener alone and for a short
    while; once the case is opened the values are cleared and the source's reference stays."""

    __tablename__ = "case_origins"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    source_kind: Mapped[str] = mapped_column(String(8))  # referral / match
    source_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    source_ref: Mapped[str] = mapped_column(String(40))  # a referral's or tracing request's reference
    values: Mapped[dict[str, object] | None] = mapped_column(Encrypted("case_origins.values", json_value=True))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseDuplicateCandidate(Base):
    """Two cases held by different agencies that probably record the same person (``duplicates.py``).
    Ids, a score and reason codes ("same-cnic") only: no personal value, in clear or encrypted.
    The pair is stored once, the smaller id first."""

    __tablename__ = "case_duplicate_candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    other_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                     index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("case_id", "other_case_id"),)


class CaseLink(Base):
    """A request to link two agencies' records of one person, and once accepted the link itself
    (``links.py``). Accepted links make one person of their cases in statistics; they share nothing
    of either case. ``note`` is the requester's words to the other agency's supervisor."""

    __tablename__ = "case_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    requesting_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                          index=True)
    held_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                    index=True)
    requesting_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    holding_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="requested", index=True)
    reason: Mapped[str] = mapped_column(String(32))  # codes.LinkReason
    note: Mapped[str | None] = mapped_column(Encrypted("case_links.note"))
    match_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)  # copied from the candidate
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CaseFacet(Base):
    """The work queue's filter codes of a case, one row per code, with the case's owner and last
    activity copied beside them (``facets.py`` says why; ``copies.py`` keeps them in step). Codes only."""

    __tablename__ = "case_facets"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    facet: Mapped[str] = mapped_column(String(16), primary_key=True)  # facets.Facet
    code: Mapped[str] = mapped_column(String(96), primary_key=True)
    owner_agency_id: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # One agency's cases carrying one code, newest activity first, from the index alone.
    __table_args__ = (Index("ix_case_facets_owner_code", "owner_agency_id", "facet", "code", "updated_at",
                            "case_id"),)


# The copies of a case's owner and activity (facets, search digests, assignments) are kept in step
# by mapper events registered with the tables, so no code path that writes through the ORM can
# leave them behind.
copies.register(case=Case, person=Person, assignment=CaseAssignment, facet=CaseFacet, token=CaseSearchToken)
