"""The statistics ledger: every release (microdata, noisy tables, national report), every
privacy-budget spend, and the lifetime privacy budget itself. Rows hold parameters and sizes,
never a value about a person. Releases asked for on the publishing page are made outside the web
request (``StatsReleaseJob``, ``releasejobs.py``), their file kept encrypted until fetched."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class StatsRelease(Base):
    __tablename__ = "stats_releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # microdata / tables / report
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # None: every agency (analysts, the CLI); otherwise a supervisor's own agency.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    year_from: Mapped[int | None] = mapped_column(SmallInteger)
    year_to: Mapped[int | None] = mapped_column(SmallInteger)
    k: Mapped[int | None] = mapped_column(SmallInteger)
    epsilon_total: Mapped[float | None] = mapped_column(Float)
    rows_out: Mapped[int] = mapped_column(Integer, default=0)
    rows_suppressed: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[dict] = mapped_column(JSON, default=dict)  # levels, quasi-identifiers, format

    spends: Mapped[list[StatsBudgetSpend]] = relationship(cascade="all, delete-orphan",
                                                          order_by="StatsBudgetSpend.id")


class StatsBudgetSpend(Base):
    __tablename__ = "stats_budget_spends"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("stats_releases.id", ondelete="CASCADE"),
                                            index=True)
    label: Mapped[str] = mapped_column(String(80))
    epsilon: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StatsPrivacyBudget(Base):
    """The lifetime privacy budget of the people in the data (``stats/budget.py``): one row per
    ledger ("national": every differentially private release charges it). The spend is kept in
    millionths of ε, as an integer, so that many small releases add up exactly and the cap is
    checked in one conditional UPDATE (two racing releases cannot both pass it)."""

    __tablename__ = "stats_privacy_budgets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    spent_micro: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StatsReleaseJob(Base):
    """A microdata release asked for (on the publishing page or by the CLI) and made by a worker
    outside the web request (``releasejobs.py``): at a million people a k-anonymous file takes
    minutes and a synthetic one most of an hour.

    ``running_slot`` is 1 while the job runs and NULL otherwise; its unique constraint keeps two
    releases (each holding every row of the country in memory, ~10 GB at a million) from running at
    once, across processes and hosts. ``charged_micro`` is the ε this job took from the ledger and
    has not yet released, so a failed job can give it back. ``error`` is a fixed sentence or an
    error class, never a value."""

    __tablename__ = "stats_release_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(8), default="queued", index=True)  # queued/running/done/failed
    running_slot: Mapped[int | None] = mapped_column(SmallInteger, unique=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    via: Mapped[str] = mapped_column(String(8), default="web")
    mode: Mapped[str] = mapped_column(String(16))  # k-anonymous / dp-synthetic
    k: Mapped[int] = mapped_column(SmallInteger)
    epsilon: Mapped[float | None] = mapped_column(Float)
    year_from: Mapped[int | None] = mapped_column(SmallInteger)
    year_to: Mapped[int | None] = mapped_column(SmallInteger)
    stage: Mapped[str | None] = mapped_column(String(40))  # a fixed phrase, for the progress line
    charged_micro: Mapped[int] = mapped_column(BigInteger, default=0)
    release_id: Mapped[int | None] = mapped_column(ForeignKey("stats_releases.id"))
    filename: Mapped[str | None] = mapped_column(String(80))
    error: Mapped[str | None] = mapped_column(String(240))
    error_rule: Mapped[str | None] = mapped_column(String(40))
    # "host:pid" of the process running it, so a job whose process died can be told apart.
    worker: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # first download
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the file is gone

    release: Mapped[StatsRelease | None] = relationship(lazy="joined")


class StatsReleaseFile(Base):
    """A finished job's CSV, gzipped, AES-GCM under the column's key, until ``releasejobs.KEEP``
    has passed. The plaintext starts with the job's id (``<id>:<base64>``), checked on every read,
    so a ciphertext copied onto another job's row fails instead of handing over another file."""

    __tablename__ = "stats_release_files"
    # A national file is tens of megabytes: key rotation re-encrypts them one at a time.
    __table_args__ = {"info": {"rotation_batch": 1}}

    job_id: Mapped[int] = mapped_column(ForeignKey("stats_release_jobs.id", ondelete="CASCADE"),
                                        primary_key=True)
    data: Mapped[str] = mapped_column(Encrypted("stats_release_files.data"))
