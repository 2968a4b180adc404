"""The register of licensed Overseas Employment Promoters (OEPs), as imported from the Bureau of
Emigration & Overseas Employment (public business information: plain columns)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rihai.db import Base, UTCDateTime, utcnow


class RegisterImport(Base):
    """One import of the whole register; the newest one is the register in force."""

    __tablename__ = "oep_register_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    source_name: Mapped[str] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(Integer)


class OepLicence(Base):
    __tablename__ = "oep_licences"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("oep_register_imports.id", ondelete="CASCADE"),
                                           index=True)
    licence_no: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(40), default="valid")
    expiry: Mapped[date | None] = mapped_column(Date)
