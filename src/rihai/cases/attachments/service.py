"""Attachment verbs: attach, list, open. The front door of ``cases.attachments``.

Every verb scopes the case in SQL (``access.policy.visible``), then the kinds the actor's roles
need (``codes.KIND_ROLES``), also in SQL: an attachment of a kind the actor may not see is "not
found", like a case they may not see. Every list and every opened file is audited (ids and the
kind, never a title or a byte of the file). Another agency that receives the case by referral
sees only the kinds its referral's service is granted (``shared_attachments``, called by the
referrals domain after its own checks); medical files go to no service but medical and
psychosocial care.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import require
from rihai.cases.models import Case
from rihai.cases.visibility import case_scope_among
from rihai.crypto import KeyringError
from rihai.errors import Conflict, Invalid, NotFound

from .codes import LABELS, AttachmentKind, kinds_for  # noqa: F401  (re-exported for the pages)
from .files import EXTENSIONS, FIELD, clean_file
from .models import CaseAttachment, CaseAttachmentContent

NO_ATTACHMENT = "no such attachment, or you do not have access to it"
MAX_PER_CASE = 200
TITLE_MAX = 120


@dataclass(frozen=True)
class AttachmentFile:
    data: bytes
    media_type: str
    filename: str  # "<case reference>-<kind>-<8 hex>.<ext>": nothing typed by a person


def _visible_case(session: Session, actor: Actor, case_id: uuid.UUID) -> Case:
    case = session.scalars(select(Case).where(Case.id == case_id, case_scope_among(actor, [case_id]))).unique().one_or_none()
    if case is None:
        raise NotFound("no such case, or you do not have access to it")
    return case


def add_attachment(session: Session, actor: Actor, case_id: uuid.UUID, *, kind: str, data: bytes,
                   title: str | None = None) -> CaseAttachment:
    """Anyone who works on a visible case attaches a file of a kind their role keeps. The file is
    checked and re-written (``files.clean_file``) before anything is stored; a refused file changes
    nothing."""
    require(actor, Permission.CASES_ATTACHMENT_WRITE)
    try:
        kind_code = AttachmentKind(kind)
    except ValueError as exc:
        raise Invalid("choose what kind of file this is", field="kind") from exc
    case = _visible_case(session, actor, case_id)
    if kind_code not in kinds_for(actor.roles):
        raise Invalid("your role does not keep this kind of file", field="kind", rule="need-to-know")
    title = (title or "").strip() or None
    if title and len(title) > TITLE_MAX:
        raise Invalid(f"a title has at most {TITLE_MAX} characters", field="title")
    count = session.scalar(select(func.count()).where(CaseAttachment.case_id == case.id)) or 0
    if count >= MAX_PER_CASE:
        raise Invalid(f"a case keeps at most {MAX_PER_CASE} files", field=FIELD, rule="attachment-count")
    clean = clean_file(data)
    row = CaseAttachment(id=uuid.uuid4(), case_id=case.id, kind=kind_code, title=title,
                         media_type=clean.media_type, size=len(clean.data), pages=clean.pages,
                         uploaded_by_id=actor.user_id)
    row.content = CaseAttachmentContent(attachment_id=row.id, data=_seal(row.id, clean.data))
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditTag.ATTACHMENT_ADD, subject_type="case", subject_id=case.id,
                 related_ids=[f"attachment:{row.id}"], fields=[f"attachments.{kind_code}"])
    return row


def list_attachments(session: Session, actor: Actor, case_id: uuid.UUID, *,
                     audit_read: bool = True) -> list[CaseAttachment]:
    """The attachments of a visible case whose kinds the actor's roles see, newest first."""
    require(actor, Permission.CASES_ATTACHMENT_READ)
    case = _visible_case(session, actor, case_id)
    kinds = sorted(kinds_for(actor.roles))
    rows = list(session.scalars(select(CaseAttachment).where(
        CaseAttachment.case_id == case.id, CaseAttachment.kind.in_(kinds))
        .order_by(CaseAttachment.created_at.desc(), CaseAttachment.id)))
    if audit_read:
        audit.record(session, actor, AuditTag.ATTACHMENT_LIST, subject_type="case", subject_id=case.id,
                     related_ids=[f"attachment:{r.id}" for r in rows])
    return rows


def read_attachment(session: Session, actor: Actor, attachment_id: uuid.UUID) -> AttachmentFile:
    """The cleaned file, to someone who sees its case and its kind; every opening is audited."""
    require(actor, Permission.CASES_ATTACHMENT_READ)
    kinds = sorted(kinds_for(actor.roles))
    stmt = visible(select(CaseAttachment, Case.reference).join(Case, Case.id == CaseAttachment.case_id)
                   .where(CaseAttachment.id == attachment_id, CaseAttachment.kind.in_(kinds)), actor, Case)
    found = session.execute(stmt).one_or_none()
    if found is None:
        raise NotFound(NO_ATTACHMENT)
    row, reference = found
    sealed = session.scalar(select(CaseAttachmentContent.data)
                            .where(CaseAttachmentContent.attachment_id == row.id))
    if sealed is None:
        raise NotFound(NO_ATTACHMENT)
    data = _open(row.id, sealed)
    audit.record(session, actor, AuditTag.ATTACHMENT_READ, subject_type="case", subject_id=row.case_id,
                 related_ids=[f"attachment:{row.id}"], fields=[f"attachments.{row.kind}"])
    ext = EXTENSIONS.get(row.media_type, "bin")
    return AttachmentFile(data, row.media_type, f"{reference}-{row.kind}-{row.id.hex[:8]}.{ext}")


def remove_attachment(session: Session, actor: Actor, attachment_id: uuid.UUID) -> uuid.UUID:
    """The person who attached a file, or a supervisor of the case's agency, removes it (a scan of
    the wrong person, a file attached to the wrong case): the row and the encrypted bytes are
    deleted; the audit log keeps that it existed and who removed it. Returns the case id."""
    require(actor, Permission.CASES_ATTACHMENT_WRITE)
    kinds = sorted(kinds_for(actor.roles))
    stmt = visible(select(CaseAttachment, Case.owner_agency_id).join(Case, Case.id == CaseAttachment.case_id)
                   .where(CaseAttachment.id == attachment_id, CaseAttachment.kind.in_(kinds)), actor, Case)
    found = session.execute(stmt).one_or_none()
    if found is None:
        raise NotFound(NO_ATTACHMENT)
    row, owner = found
    supervisor = actor.sees_whole_agency and actor.agency_id == owner
    if row.uploaded_by_id != actor.user_id and not supervisor:
        raise Conflict("only the person who attached a file, or a supervisor, can remove it",
                       rule="attachment-remover")
    case_id = row.case_id
    session.execute(delete(CaseAttachmentContent).where(CaseAttachmentContent.attachment_id == row.id))
    session.execute(delete(CaseAttachment).where(CaseAttachment.id == row.id))
    session.expunge(row)
    audit.record(session, actor, AuditTag.ATTACHMENT_REMOVE, subject_type="case", subject_id=case_id,
                 related_ids=[f"attachment:{row.id}"], fields=[f"attachments.{row.kind}"])
    return case_id


def _seal(attachment_id: uuid.UUID, data: bytes) -> str:
    return f"{attachment_id.hex}:{base64.b64encode(data).decode('ascii')}"


def _open(attachment_id: uuid.UUID, sealed: str) -> bytes:
    owner, _, body = sealed.partition(":")
    if owner != attachment_id.hex:
        # Not this row's file: a ciphertext moved between rows. Say so in the log, show nothing.
        raise KeyringError("an attachment's content belongs to another attachment")
    return base64.b64decode(body)


# -- shared by referral -----------------------------------------------------------------------
# The referrals domain decides whether a receiving agency may read a case at all (an active
# referral, consent in force) and which kinds of file its service needs; these read only those
# kinds, in SQL, and audit the read with the referral it went through.

def shared_attachments(session: Session, actor: Actor, case_id: uuid.UUID, *, kinds: frozenset[str],
                       via: str) -> list[CaseAttachment]:
    """Callers: the referrals service, after its checks. An empty ``kinds`` shares nothing."""
    if not kinds:
        return []
    rows = list(session.scalars(select(CaseAttachment).where(
        CaseAttachment.case_id == case_id, CaseAttachment.kind.in_(sorted(kinds)))
        .order_by(CaseAttachment.created_at.desc(), CaseAttachment.id)))
    if rows:
        audit.record(session, actor, AuditTag.ATTACHMENT_LIST, subject_type="case", subject_id=case_id,
                     related_ids=[via, *(f"attachment:{r.id}" for r in rows)])
    return rows


def shared_attachment_file(session: Session, actor: Actor, case_id: uuid.UUID, attachment_id: uuid.UUID, *,
                           kinds: frozenset[str], via: str) -> AttachmentFile:
    """One file of a shared kind, of this case only; audited with ``via``."""
    found = session.execute(select(CaseAttachment, Case.reference).join(Case, Case.id == CaseAttachment.case_id)
                            .where(CaseAttachment.id == attachment_id, CaseAttachment.case_id == case_id,
                                   CaseAttachment.kind.in_(sorted(kinds) or [""]))).one_or_none()
    if found is None:
        raise NotFound(NO_ATTACHMENT)
    row, reference = found
    sealed = session.scalar(select(CaseAttachmentContent.data).where(CaseAttachmentContent.attachment_id == row.id))
    if sealed is None:
        raise NotFound(NO_ATTACHMENT)
    data = _open(row.id, sealed)
    audit.record(session, actor, AuditTag.ATTACHMENT_READ, subject_type="case", subject_id=case_id,
                 related_ids=[via, f"attachment:{row.id}"], fields=[f"attachments.{row.kind}"])
    ext = EXTENSIONS.get(row.media_type, "bin")
    return AttachmentFile(data, row.media_type, f"{reference}-{row.kind}-{row.id.hex[:8]}.{ext}")
