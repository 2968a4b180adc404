"""The offers the public reported to investigators from the screening page (encrypted)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class ScreeningTip(Base):
    """An offer a member of the public chose to report to investigators from the screening page.
    The text and any contact details are encrypted; the assessment's codes stay plain so tips can
    be sorted and counted without decrypting them."""

    __tablename__ = "screening_tips"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    text: Mapped[str] = mapped_column(Encrypted("screening_tips.text"))
    reporter_contact: Mapped[str | None] = mapped_column(Encrypted("screening_tips.reporter_contact"))
    # Recruiters' phone numbers found in the offer (E.164), for linking across tips and cases.
    phones: Mapped[list[str] | None] = mapped_column(Encrypted("screening_tips.phones", json_value=True))
    risk: Mapped[float] = mapped_column(Float)
    band: Mapped[str] = mapped_column(String(8), index=True)
    flag_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    indicators_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
