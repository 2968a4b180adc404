"""The statistics ledger: every release (microdata, noisy tables, national report), every
privacy-budget spend, and the lifetime privacy budget itself. Rows hold parameters and sizes,
never a value about a person."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
