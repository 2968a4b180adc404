"""The follow-up table (``rihai.models`` names this module so that Alembic sees it)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rihai.cases import copies
from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class CaseTask(Base):
    """One follow-up on a case: what to do (encrypted), by when, by whom, and whether it is done."""

    __tablename__ = "case_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    # "Call the mother about the school place": words about the survivor, so encrypted.
    text: Mapped[str] = mapped_column(Encrypted("case_tasks.text"))
    due_on: Mapped[date] = mapped_column(Date)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(8), default="open")  # codes.TaskStatus
    # Where it came from (codes.TaskSource) and that record's id: a link, never a copy of it.
    source_kind: Mapped[str] = mapped_column(String(12), default="manual")
    source_id: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The day the assignee was last told it is overdue: one reminder a day, not one a run.
    reminded_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The case's owner, copied like the assignments' (set on insert, moved by a transfer;
    # ``cases/copies.py``): the work queue's "overdue" filter reads one agency's overdue follow-ups
    # instead of the whole country's. An accelerator only: the queue still scopes by the case's
    # own owner. Nullable so that adding it did not rebuild the table on SQLite (migration 0033).
    owner_agency_id: Mapped[int | None] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # "My follow-ups" (overdue first) and the reminder count: one range per assignee, already
        # in the list's order (due date, then id), so a page stops after its rows.
        Index("ix_case_tasks_assignee_status_due", "assignee_id", "status", "due_on", "id"),
        # The case page's section, and the work queue's "overdue" filter for a case reached
        # through an assignment (does this case have an open follow-up past its date?), read from
        # the index alone.
        Index("ix_case_tasks_case_status_due", "case_id", "status", "due_on"),
        # The work queue's "overdue" filter in a supervisor's own agency: the agency's open
        # follow-ups past a date, one range, their cases' ids read from the index alone.
        Index("ix_case_tasks_owner_status_due", "owner_agency_id", "status", "due_on", "case_id"),
        # The reminder job: open follow-ups past their date, across every assignee and agency.
        Index("ix_case_tasks_status_due", "status", "due_on"),
    )


# The owner copy is kept in step by mapper events, like the case's other copies.
copies.register_tasks(task=CaseTask)

__all__ = ["CaseTask"]
