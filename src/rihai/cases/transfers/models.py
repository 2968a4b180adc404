"""A case's moves between agencies: each proposal, and the receiving agency's answer. Kept for
ever (the case's history of who held it), never edited but by its answer."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class CaseTransfer(Base):
    __tablename__ = "case_transfers"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    to_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    state: Mapped[str] = mapped_column(String(12), default="proposed")  # codes.TransferState
    # Why the case moves, and why the receiving agency refused: free text, so encrypted.
    reason: Mapped[str] = mapped_column(Encrypted("case_transfers.reason"))
    answer_note: Mapped[str | None] = mapped_column(Encrypted("case_transfers.answer_note"))
    # Members of the sending agency who stay on the case team after it moves (user ids).
    keep_user_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # The receiving agency's inbox: its proposals still waiting for an answer.
    __table_args__ = (Index("ix_case_transfers_to_state", "to_agency_id", "state"),)
