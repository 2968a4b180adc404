"""Identification interviews (ILO indicators) stored against a case, and the decision a person
took on them. The answers are sensitive (what happened to someone) and encrypted; the suggested
and decided statuses and the versions of the indicator file and rule are plain codes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class IdentificationInterview(Base):
    __tablename__ = "identification_interviews"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    set_code: Mapped[str] = mapped_column(String(16))
    # {indicator code: true | false | null}; absent = not asked.
    answers: Mapped[dict[str, bool | None]] = mapped_column(
        Encrypted("identification_interviews.answers", json_value=True))
    indicators_version: Mapped[str] = mapped_column(String(40))
    rule_version: Mapped[str] = mapped_column(String(40))
    suggested_status: Mapped[str] = mapped_column(String(16))
    interviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_status: Mapped[str | None] = mapped_column(String(16))
    decision_reason: Mapped[str | None] = mapped_column(Encrypted("identification_interviews.decision_reason"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_identification_interviews_case", "case_id", "created_at"),)


class InterviewDraft(Base):
    """An interview in progress (issue 19): the answers so far, encrypted like a finished
    interview's, for its interviewer alone, one per case and interviewer. No suggestion is made
    from a draft; finishing the interview stores an ``IdentificationInterview`` and removes it."""

    __tablename__ = "identification_drafts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    interviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    set_code: Mapped[str] = mapped_column(String(16))
    answers: Mapped[dict[str, bool | None]] = mapped_column(
        Encrypted("identification_drafts.answers", json_value=True))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("case_id", "interviewer_id"),
                      Index("ix_identification_drafts_interviewer", "interviewer_id", "updated_at"))
