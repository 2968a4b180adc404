"""The recruiter-network tables. Every value that could name someone is ``Encrypted``; identifiers
are held as keyed blind digests (hex of ``Keyring.blind(kind, canonical)``), which is all the
"known elsewhere" hint and the resolution engine need. Ids of source records are text
("case:<uuid>", "watchlist:<entry id>") so that one table holds mentions from every domain without a
foreign key into any of them: the sources are read through their front doors and copied here by
``build``, which also removes what a source no longer publishes (a consent withdrawn)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class NetworkBuild(Base):
    """One run of ``build``: what it read and changed. The last finished run is the baseline of the
    next one and of "what changed since"."""

    __tablename__ = "networks_builds"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    via: Mapped[str] = mapped_column(String(16), default="system")
    status: Mapped[str] = mapped_column(String(12), default="running")  # running / done
    records: Mapped[int] = mapped_column(Integer, default=0)
    mentions: Mapped[int] = mapped_column(Integer, default=0)
    networks: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)


class NetworkWeights(Base):
    """The global counts a placement weighs fathers' names and aliases with
    (``resolution.Weights``), kept so that a restart or another process places from them instead
    of running the full build (``kept_weights``): the full build's whole counts ("full"), then each
    placement's change to them ("placed"), one row per build row. The counts hold name labels, so
    the document is encrypted; its build id and kind are inside the plaintext, checked on every
    read, so a ciphertext moved to another row is refused. A full build deletes the rows before it."""

    __tablename__ = "networks_weights"
    # A national full build's document is megabytes: key rotation re-encrypts one row at a time.
    __table_args__ = {"info": {"rotation_batch": 1}}

    build_id: Mapped[int] = mapped_column(ForeignKey("networks_builds.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # full / placed
    data: Mapped[str] = mapped_column(Encrypted("networks_weights.data"))


class NetworkRecord(Base):
    """One source record (a case, a tracing request, a reported offer, a watchlist entry) as the
    graph holds it, with its provenance: which record, which agency, when, entered by whom."""

    __tablename__ = "networks_records"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    source: Mapped[str] = mapped_column(String(16), index=True)  # case / tracing / tip / watchlist
    source_id: Mapped[str] = mapped_column(String(64))
    # None: held by no agency (a public report, a family's request not yet taken up by a desk).
    owner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    recorded_on: Mapped[date | None] = mapped_column(Date)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Only entries of a published watchlist: the public job-offer page may say a number is on one.
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    network_id: Mapped[str | None] = mapped_column(String(64), index=True)
    # Keyed digest of what the record contributed, to see what a build changed without values.
    fingerprint: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class NetworkMention(Base):
    """A person named in a source record (a recruiter, a sub-agent...) and the entity and network
    the engine resolved them to."""

    __tablename__ = "networks_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("networks_records.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    network_id: Mapped[str | None] = mapped_column(String(64), index=True)
    probability: Mapped[float] = mapped_column(Float, default=1.0)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)  # coded (HTCDS per_RoleInProcess)
    name: Mapped[str | None] = mapped_column(Encrypted("networks_mentions.name"))

    __table_args__ = (UniqueConstraint("record_id", "ref"),)


class NetworkIdentifier(Base):
    """A phone, licence, account... of a record (``ref`` None) or of a person in it, as a keyed
    digest. ``display`` is the value as written, encrypted, where the source handed it out at all
    (cases hand out phones only as digests)."""

    __tablename__ = "networks_identifiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("networks_records.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(64))
    display: Mapped[str | None] = mapped_column(Encrypted("networks_identifiers.display"))
    # Set by the engine: a value shared too widely to mean one person (a helpline, a bus company).
    generic: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_networks_identifiers_digest_kind", "digest", "kind"),)


class NetworkLink(Base):
    """Two mentions the engine linked, with its probability, the kinds of evidence (never values)
    and a source grading an analyst may change (reliability A-E, information 1-5)."""

    __tablename__ = "networks_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    a_record: Mapped[str] = mapped_column(String(80), index=True)
    a_ref: Mapped[str] = mapped_column(String(40))
    b_record: Mapped[str] = mapped_column(String(80), index=True)
    b_ref: Mapped[str] = mapped_column(String(40))
    probability: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    reliability: Mapped[str] = mapped_column(String(1), default="C")
    information: Mapped[int] = mapped_column(SmallInteger, default=3)
    graded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    graded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("a_record", "a_ref", "b_record", "b_ref"),)


class NetworkPossibleMatch(Base):
    """Two mentions of two entities that may be one person (``resolution.possible``): a name
    corroborated by a place, a person named with them or a father's name. Never merged by the
    engine; shown to a reviewer, whose ``same`` or ``different`` (``NetworkReview``) settles it.
    Kinds of agreement only, never values. Each full build replaces the rows."""

    __tablename__ = "networks_possible_matches"

    id: Mapped[int] = mapped_column(primary_key=True)
    a_record: Mapped[str] = mapped_column(ForeignKey("networks_records.id", ondelete="CASCADE"), index=True)
    a_ref: Mapped[str] = mapped_column(String(40))
    b_record: Mapped[str] = mapped_column(ForeignKey("networks_records.id", ondelete="CASCADE"), index=True)
    b_ref: Mapped[str] = mapped_column(String(40))
    probability: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (UniqueConstraint("a_record", "a_ref", "b_record", "b_ref"),)


class NetworkReview(Base):
    """A reviewer's word on two mentions: the same person or different people. Remembered, and fed
    to every later build as the engine's ``Reviews``."""

    __tablename__ = "networks_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    a_record: Mapped[str] = mapped_column(String(80))
    a_ref: Mapped[str] = mapped_column(String(40))
    b_record: Mapped[str] = mapped_column(String(80))
    b_ref: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(12))  # same / different
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("a_record", "a_ref", "b_record", "b_ref"),)


class NetworkAccessRequest(Base):
    """An investigator asks the agency holding records of an entity to see them. The records
    covered are the ones the entity had when asked (``NetworkAccessRecord``): the supervisor
    approves what they were shown, not whatever the entity grows into. Time-limited."""

    __tablename__ = "networks_access_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64))
    owner_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    requester_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    reason: Mapped[str | None] = mapped_column(Encrypted("networks_access_requests.reason"))
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class NetworkAccessRecord(Base):
    __tablename__ = "networks_access_records"

    request_id: Mapped[int] = mapped_column(ForeignKey("networks_access_requests.id", ondelete="CASCADE"),
                                            primary_key=True)
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class NetworkWatch(Base):
    """A user watches an entity: a build that links a new record to it queues a notification.
    Anchored on a mention, because entity ids are the engine's and may change between builds."""

    __tablename__ = "networks_watches"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    anchor_record: Mapped[str] = mapped_column(String(80))
    anchor_ref: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Record ids (text, no values) already linked when last looked at.
    known_records: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Records of possible matches (``NetworkPossibleMatch``) the watcher was already told of.
    known_possible: Mapped[list[str] | None] = mapped_column(JSON, default=list)

    __table_args__ = (UniqueConstraint("user_id", "anchor_record", "anchor_ref"),)


class Watchlist(Base):
    """An imported list (a most-wanted list of smugglers, an agency's own list). A published list
    is public knowledge; an internal one is held by the importing agency like its cases."""

    __tablename__ = "networks_watchlists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    entries: Mapped[int] = mapped_column(Integer, default=0)


class WatchlistEntry(Base):
    __tablename__ = "networks_watchlist_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    watchlist_id: Mapped[int] = mapped_column(ForeignKey("networks_watchlists.id", ondelete="CASCADE"), index=True)
    row: Mapped[int] = mapped_column(Integer)
    # {"name", "aliases", "father_name", "role", "phones", "cnic", "licence", "accounts", ...}
    person: Mapped[dict] = mapped_column(Encrypted("networks_watchlist_entries.person", json_value=True))
