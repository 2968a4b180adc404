"""Tracing tables: a family's request about a missing relative, lists imported from embassies and
shelters, their person rows, and the candidate matches a reviewer confirms or rejects.

Personal values (names, identifiers, phones, places, free text) are ``Encrypted``; exact
identifiers are also kept as blind-index digests (``TracingToken``). Coded fields (status, sex,
countries, district, dates of departure) stay plain so lists can be sorted and counted without
decrypting anyone. A match candidate holds ids, a probability and its waterfall — field names and
weights only, never values.
"""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from typing import Any

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
from sqlalchemy.orm import Mapped, mapped_column

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class EncryptedBytes(Encrypted):
    """``Encrypted`` for binary values (a photo): AES-GCM over their base64 text, so key rotation,
    which re-encrypts every ``Encrypted`` column's text, handles it like any other column."""

    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None:
            return None
        return super().process_bind_param(base64.b64encode(bytes(value)).decode("ascii"), dialect)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        text = super().process_result_value(value, dialect)
        return None if text is None else base64.b64decode(text)


class TracingRequest(Base):
    __tablename__ = "tracing_requests"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # "TR-" + 8 Crockford base32 characters: read out over the phone without ambiguity.
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    # argon2id of the secret the family was shown once; the secret itself is never stored.
    secret_hash: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(8))  # public / desk
    # None: filed by a family on the public form and not yet taken up by a desk (the shared pool).
    owner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The missing person
    given_name: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.given_name"))
    family_name: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.family_name"))
    name_urdu: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.name_urdu"))
    father_name: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.father_name"))
    sex: Mapped[str | None] = mapped_column(String(16))
    birth_date: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.birth_date"))
    age: Mapped[int | None] = mapped_column(SmallInteger)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    cnic: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.cnic"))
    passport: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.passport"))
    phones: Mapped[list[str] | None] = mapped_column(Encrypted("tracing_requests.phones", json_value=True))
    home_province: Mapped[str | None] = mapped_column(String(8))
    home_district: Mapped[str | None] = mapped_column(String(80))
    # The journey
    departure_date: Mapped[date | None] = mapped_column(Date)
    destination_country: Mapped[str | None] = mapped_column(String(2))
    transit_countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    last_contact_date: Mapped[date | None] = mapped_column(Date)
    last_contact_place: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.last_contact_place"))
    last_contact_means: Mapped[str | None] = mapped_column(String(16))
    # The recruiter or agent
    recruiter_name: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.recruiter_name"))
    recruiter_phone: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.recruiter_phone"))
    recruiter_agency: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.recruiter_agency"))
    recruiter_licence: Mapped[str | None] = mapped_column(String(40))  # OEP licence: public
    # The family contact
    contact_name: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.contact_name"))
    contact_relation: Mapped[str | None] = mapped_column(String(16))
    contact_phone: Mapped[str | None] = mapped_column(Encrypted("tracing_requests.contact_phone"))
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_share: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TracingToken(Base):
    """Blind-index digests of a request's exact identifiers and name keys (see ``rihai.names``)."""

    __tablename__ = "tracing_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tracing_requests.id", ondelete="CASCADE"),
                                                  index=True)
    kind: Mapped[str] = mapped_column(String(12))
    digest: Mapped[bytes] = mapped_column(LargeBinary(16))

    __table_args__ = (Index("ix_tracing_tokens_digest", "digest", "kind"),)


class TracingImport(Base):
    """One uploaded list. Staged (file held encrypted until the mapping is chosen), then stored."""

    __tablename__ = "tracing_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    source_agency: Mapped[str] = mapped_column(String(200))  # who holds the list (not personal)
    kind: Mapped[str] = mapped_column(String(16))  # rescued / detained / deported / in_shelter
    country: Mapped[str | None] = mapped_column(String(2))
    filename: Mapped[str | None] = mapped_column(Encrypted("tracing_imports.filename"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(8), default="staged")  # staged / stored
    # The uploaded file (base64) while the column mapping is being chosen; cleared once stored.
    payload: Mapped[str | None] = mapped_column(Encrypted("tracing_imports.payload"))
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_stored: Mapped[int] = mapped_column(Integer, default=0)
    rows_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    # [{row, field, rule}] — never the rejected value itself.
    rejections: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    # What the import did beside its counts (tracing.import_values.ImportReport): rows kept with a
    # birth year only, how each date column was read, how the country column was read. Counts,
    # headings and codes, never a value.
    report: Mapped[dict[str, object] | None] = mapped_column(JSON)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    stored_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportedPerson(Base):
    """One person row of an imported list."""

    __tablename__ = "tracing_imported_persons"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    import_id: Mapped[int] = mapped_column(ForeignKey("tracing_imports.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    row_number: Mapped[int] = mapped_column(Integer)
    # Keyed digest of the source and the row's normalised values: the same row twice is one row.
    fingerprint: Mapped[bytes] = mapped_column(LargeBinary(16))
    full_name: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.full_name"))
    father_name: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.father_name"))
    sex: Mapped[str | None] = mapped_column(String(16))
    birth_date: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.birth_date"))
    age: Mapped[int | None] = mapped_column(SmallInteger)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    cnic: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.cnic"))
    passport: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.passport"))
    phone: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.phone"))
    district: Mapped[str | None] = mapped_column(String(80))
    # ISO 3166-1 code of the country the row places the person in (a list's country column).
    country: Mapped[str | None] = mapped_column(String(2))
    place: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.place"))
    listed_on: Mapped[date | None] = mapped_column(Date)
    remarks: Mapped[str | None] = mapped_column(Encrypted("tracing_imported_persons.remarks"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("agency_id", "fingerprint"),)


class MatchCandidate(Base):
    """A pair the model proposed: a tracing request and another record (an imported person, a
    case, or another request). Confirmed candidates are the links; rejected ones are remembered so
    the same pair is never proposed again. Status: pending -> confirmed / rejected, or pending ->
    proposed (by a reviewer blind to one side) -> confirmed / rejected (by the desk holding it)."""

    __tablename__ = "tracing_candidates"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # "<request id>|<kind>|<other id>": one row per pair, whatever happens to it.
    pair_key: Mapped[str] = mapped_column(String(100), unique=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tracing_requests.id", ondelete="CASCADE"),
                                                  index=True)
    other_kind: Mapped[str] = mapped_column(String(8))  # record / case / request
    other_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    # Denormalised for scoping in SQL: who may review (None = the shared pool of public requests).
    request_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    other_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    probability: Mapped[float] = mapped_column(Float)
    match_weight: Mapped[float] = mapped_column(Float)
    # [{field, level, match_weight, bayes_factor}] — field names and weights, no values.
    waterfall: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    # A reviewer who sees only one side cannot confirm: they propose, and the desk that holds the
    # side they could not see accepts or refuses (``awaiting_side``: "request" or "other").
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    awaiting_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    awaiting_side: Mapped[str | None] = mapped_column(String(8))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TracingPhoto(Base):
    """The optional photo of the missing person: one per request, re-encoded without metadata
    (``images.clean_photo``) and stored encrypted. Kept out of ``tracing_requests`` so that lists
    and match runs never load (and decrypt) it."""

    __tablename__ = "tracing_photos"
    # Photos are ~100-200 KB: key rotation re-encrypts them a few at a time, not 1,000 at once.
    __table_args__ = {"info": {"rotation_batch": 20}}

    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tracing_requests.id", ondelete="CASCADE"),
                                                  primary_key=True)
    data: Mapped[bytes] = mapped_column(EncryptedBytes("tracing_photos.data"))
    media_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class MatchRun(Base):
    """One match run, asked for by a desk (or the CLI) and carried out outside the web request.

    ``running_slot`` is 1 while the run executes and NULL otherwise; its unique constraint lets the
    database itself refuse a second concurrent run, across threads, processes and machines. Ids and
    counts only: what failed is named by an error class, never by a value."""

    __tablename__ = "tracing_match_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(8), default="queued", index=True)  # queued/running/done/failed
    running_slot: Mapped[int | None] = mapped_column(SmallInteger, unique=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    via: Mapped[str] = mapped_column(String(8), default="web")
    stage: Mapped[str | None] = mapped_column(String(40))  # a fixed phrase of the run, for progress
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    requests: Mapped[int | None] = mapped_column(Integer)
    records: Mapped[int | None] = mapped_column(Integer)
    cases: Mapped[int | None] = mapped_column(Integer)
    proposed: Mapped[int | None] = mapped_column(Integer)
    updated: Mapped[int | None] = mapped_column(Integer)
    skipped_rejected: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(String(80))
    # "host:pid" of the process executing it, so a run whose process died can be told apart.
    worker: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class EncodedList(Base):
    """A partner's encoded list (``rihai link encode`` on their side): no clear value arrives.

    What is kept: the partner's schema and the fields its rows filled (public, not personal), and
    only the rows that became candidates (``EncodedRow``). The other rows' encodings are dropped
    once matched: an encoding is pseudonymised personal data, open to a frequency attack, and to a
    dictionary attack by whoever also holds the partner's secret (which lives in the data dir)."""

    __tablename__ = "tracing_encoded_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    partner: Mapped[str] = mapped_column(String(64))         # the key file's name, without .key
    source_agency: Mapped[str] = mapped_column(String(200))  # who holds it, as the desk shows it
    fingerprint: Mapped[str] = mapped_column(String(64))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    schema: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    filename: Mapped[str | None] = mapped_column(Encrypted("tracing_encoded_lists.filename"))
    sha256: Mapped[str] = mapped_column(String(64))
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    persons_encoded: Mapped[int] = mapped_column(Integer, default=0)  # our side, this match
    candidates: Mapped[int] = mapped_column(Integer, default=0)
    skipped_decided: Mapped[int] = mapped_column(Integer, default=0)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EncodedRow(Base):
    """One row of a partner's list that matched someone: its row number and its encoding."""

    __tablename__ = "tracing_encoded_rows"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    list_id: Mapped[int] = mapped_column(ForeignKey("tracing_encoded_lists.id", ondelete="CASCADE"),
                                         index=True)
    row_number: Mapped[int] = mapped_column(Integer)
    # The CLK (base64), encrypted: kept so that a decision is remembered when the partner sends
    # the same person again (an identical encoding) in a later list.
    clk: Mapped[str] = mapped_column(Encrypted("tracing_encoded_rows.clk"))


class EncodedCandidate(Base):
    """A row of a partner's encoded list that may be one of our persons (a tracing request or an
    imported list row). The desk sees the partner's name and row number, nothing else of theirs;
    it confirms (to ask the partner about that row) or rejects; either is remembered."""

    __tablename__ = "tracing_encoded_candidates"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    list_id: Mapped[int] = mapped_column(ForeignKey("tracing_encoded_lists.id", ondelete="CASCADE"),
                                         index=True)
    row_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tracing_encoded_rows.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    our_kind: Mapped[str] = mapped_column(String(8))  # request / record
    our_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    similarity: Mapped[float] = mapped_column(Float)  # Dice of the two encodings
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("row_id", "our_kind", "our_id"),)
    __mapper_args__ = {"version_id_col": version}


class TracingContact(Base):
    """One attempt to reach the family after a match (issue 19): when, how, what came of it (coded,
    for the desk's list) and a note (encrypted). Kept on the request, whoever holds it later."""

    __tablename__ = "tracing_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tracing_requests.id", ondelete="CASCADE"),
                                                  index=True)
    contacted_on: Mapped[date] = mapped_column(Date)
    means: Mapped[str] = mapped_column(String(16))  # phone / visit / sms / whatsapp / letter / other
    outcome: Mapped[str] = mapped_column(String(16))  # reached / no_answer / wrong_number / ...
    note: Mapped[str | None] = mapped_column(Encrypted("tracing_contacts.note"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
