"""Attached files: a row of coded facts per file, and its bytes in a table of their own (so a
list never loads or decrypts a file). Stored in the database, not in files under the data dir: the
file commits or rolls back with its row and its audit event, a backup or a restore carries it, a
case's deletion cascades to it, and key rotation re-encrypts it with every other column."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class CaseAttachment(Base):
    __tablename__ = "case_attachments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # codes.AttachmentKind
    # What the person typed to say what it is ("FIR copy, page 2"): free text, so encrypted. The
    # uploaded file's own name is never kept: it often holds the survivor's name.
    title: Mapped[str | None] = mapped_column(Encrypted("case_attachments.title"))
    media_type: Mapped[str] = mapped_column(String(32))  # after cleaning: image/jpeg, application/pdf
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    content: Mapped[CaseAttachmentContent] = relationship(
        cascade="all, delete-orphan", uselist=False, lazy="raise")


class CaseAttachmentContent(Base):
    """The cleaned file, AES-GCM under the column's key. The plaintext starts with the attachment's
    id (``<id>:<base64>``), checked on every read, so a ciphertext copied onto another attachment's
    row — another case's — fails instead of showing the wrong file."""

    __tablename__ = "case_attachment_contents"
    # Files are up to 8 MB: key rotation re-encrypts them a few at a time.
    __table_args__ = {"info": {"rotation_batch": 5}}

    attachment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case_attachments.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[str] = mapped_column(Encrypted("case_attachment_contents.data"))
