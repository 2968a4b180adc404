"""Tables of the criminal-justice track and the support plan of a case (``rihai.models`` names
this module so that Alembic sees the whole schema; the app loads it through ``service.py``).

Identifiers a trafficker's lawyer could use to find the survivor (FIR number, police station,
court), hearing purposes, goals and visit notes are ``Encrypted``; stages, laws, outcomes and statuses are plain codes so that statistics
need no decryption.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class ProsecutionTrack(Base):
    """One criminal-justice track per case."""

    __tablename__ = "prosecution_tracks"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    fir_number: Mapped[str | None] = mapped_column(Encrypted("prosecution_tracks.fir_number"))
    # Police station, FIA circle and court are free text (no national code list exists) and, with
    # the case, point to where the survivor lives or testifies: encrypted like the FIR number.
    police_station: Mapped[str | None] = mapped_column(Encrypted("prosecution_tracks.police_station"))
    investigating_agency: Mapped[str | None] = mapped_column(String(16))
    fia_circle: Mapped[str | None] = mapped_column(Encrypted("prosecution_tracks.fia_circle"))
    laws: Mapped[list[str]] = mapped_column(JSON, default=list)
    stage: Mapped[str] = mapped_column(String(16), default="complaint", index=True)
    stage_changed_on: Mapped[date | None] = mapped_column(Date)
    court: Mapped[str | None] = mapped_column(Encrypted("prosecution_tracks.court"))
    outcome: Mapped[str | None] = mapped_column(String(24))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    sentence: Mapped[str | None] = mapped_column(Encrypted("prosecution_tracks.sentence"))
    protection_needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    protection_note: Mapped[str | None] = mapped_column(Encrypted("prosecution_tracks.protection_note"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    hearings: Mapped[list[Hearing]] = relationship(cascade="all, delete-orphan",
                                                    order_by="Hearing.hearing_on", lazy="selectin")
    stage_changes: Mapped[list[StageChange]] = relationship(cascade="all, delete-orphan",
                                                            order_by="StageChange.id", lazy="selectin")

    __mapper_args__ = {"version_id_col": version}


class Hearing(Base):
    __tablename__ = "prosecution_hearings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("prosecution_tracks.case_id", ondelete="CASCADE"), index=True)
    hearing_on: Mapped[date] = mapped_column(Date)
    # Free text typed by a prosecutor ("bail of accused X"): encrypted.
    purpose: Mapped[str | None] = mapped_column(Encrypted("prosecution_hearings.purpose"))
    note: Mapped[str | None] = mapped_column(Encrypted("prosecution_hearings.note"))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StageChange(Base):
    """The history of the track's stage: who moved it, from what, to what, when."""

    __tablename__ = "prosecution_stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("prosecution_tracks.case_id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SupportPlanItem(Base):
    """One item of a survivor's support plan (HTCDS ``spl_``)."""

    __tablename__ = "support_plan_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    support_type: Mapped[str] = mapped_column(String(40))  # spl_Type
    goal: Mapped[str] = mapped_column(Encrypted("support_plan_items.goal"))  # spl_Objectives
    responsible_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    due_on: Mapped[date | None] = mapped_column(Date)  # spl_PlannedEndDate
    completed_on: Mapped[date | None] = mapped_column(Date)  # spl_ActualEndDate
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    visits: Mapped[list[FollowUpVisit]] = relationship(cascade="all, delete-orphan",
                                                       order_by="FollowUpVisit.visited_on", lazy="selectin")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_support_plan_items_case_status", "case_id", "status"),)


class FollowUpVisit(Base):
    __tablename__ = "support_plan_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("support_plan_items.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    visited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Encrypted("support_plan_visits.note"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClosureOverride(Base):
    """A supervisor closed a case although support-plan items were still open, and said why."""

    __tablename__ = "case_closure_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Encrypted("case_closure_overrides.reason"))
    open_items: Mapped[int] = mapped_column(SmallInteger)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


__all__ = ["ProsecutionTrack", "Hearing", "StageChange", "SupportPlanItem", "FollowUpVisit",
           "ClosureOverride"]
