"""Storing and showing the missing person's photo.

The photo is identity data like the name: it is shown only to someone who may see the request's
identity, and only through a permissioned route that answers ``Cache-Control: no-store``. Every
store, read and removal is audited under its own ``tracing:photo:*`` tag (field name ``photo``,
never anything about the picture). The family status page never shows it. Bytes are cleaned by
``images.clean_photo`` before they reach the database, where they are AES-GCM ciphertext bound to
``tracing_photos.data``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import Conflict, NotFound

from .images import FIELD, clean_photo
from .models import MatchCandidate, TracingPhoto, TracingRequest
from .requests import _load as load_request
from .requests import delete_photo, put_photo
from .review import _load as load_candidate
from .review import _visible_request, fields_for

NO_PHOTO = "there is no photo for this request, or you may not see it"


@dataclass(frozen=True)
class PhotoFile:
    data: bytes
    media_type: str


def has_photo(session: Session, request_id: uuid.UUID) -> bool:
    # Selects the key only, so the encrypted bytes are not read (or decrypted) to answer.
    return session.scalar(select(TracingPhoto.request_id).where(TracingPhoto.request_id == request_id)) is not None


def _owned(session: Session, actor: Actor, request_id: uuid.UUID, *, message: str, rule: str) -> TracingRequest:
    """A request the actor's agency owns: another agency's is a 404 (its scope), a pool request a 409."""
    require(actor, Permission.TRACING_REQUEST_CREATE)
    req = load_request(session, actor, request_id)
    if actor.agency_id is None or req.owner_agency_id != actor.agency_id:
        raise Conflict(message, field=FIELD, rule=rule)
    return req


def attach_photo(session: Session, actor: Actor, request_id: uuid.UUID, *, data: bytes) -> TracingPhoto:
    """A desk adds or replaces the photo of a request its agency owns (a pool request is taken up
    first). The upload is cleaned before anything is stored; a bad file changes nothing."""
    req = _owned(session, actor, request_id, message="take this request up for your agency before adding a photo",
                 rule="owner-adds-photo")
    photo = clean_photo(data)
    put_photo(session, req, photo, user_id=actor.user_id)
    audit.record(session, actor, AuditTag.TRACING_PHOTO_STORE, subject_type="tracing_request",
                 subject_id=req.id, fields=[FIELD])
    row = session.get(TracingPhoto, req.id)
    assert row is not None  # noqa: S101 - just stored
    return row


def _may_see_identity(actor: Actor) -> bool:
    return "name" in fields_for(actor)


def _read(session: Session, request_id: uuid.UUID) -> PhotoFile:
    row = session.get(TracingPhoto, request_id)
    if row is None:
        raise NotFound(NO_PHOTO, field=FIELD)
    return PhotoFile(row.data, row.media_type)


def request_photo(session: Session, actor: Actor, request_id: uuid.UUID) -> PhotoFile:
    """The photo on the request page: anyone who may read the request (its agency, or the pool)
    and whose role sees identities. Audited as a read of the field ``photo``."""
    require(actor, Permission.TRACING_REQUEST_READ)
    req = load_request(session, actor, request_id)
    if not _may_see_identity(actor):
        raise NotFound(NO_PHOTO, field=FIELD)
    photo = _read(session, req.id)
    audit.record(session, actor, AuditTag.TRACING_PHOTO_READ, subject_type="tracing_request",
                 subject_id=req.id, fields=[FIELD])
    return photo


def remove_photo(session: Session, actor: Actor, request_id: uuid.UUID) -> None:
    """A desk removes the photo of a request its agency owns (the same rule as adding one): the
    row, and so the ciphertext, is deleted. No photo is a 404; nothing else about the request changes."""
    req = _owned(session, actor, request_id, message="take this request up for your agency before removing its photo",
                 rule="owner-removes-photo")
    if not delete_photo(session, req.id):
        raise NotFound(NO_PHOTO, field=FIELD)
    audit.record(session, actor, AuditTag.TRACING_PHOTO_REMOVE, subject_type="tracing_request",
                 subject_id=req.id, fields=[FIELD])


def candidate_photo(session: Session, actor: Actor, candidate_id: uuid.UUID, side: str) -> PhotoFile:
    """A photo in the review side-by-side: ``side`` is ``request`` or ``other`` (when the other
    record is a request too). Shown only where the side-by-side would show that request's name."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand: MatchCandidate = load_candidate(session, actor, candidate_id)
    if side == "request":
        target = cand.request_id
    elif side == "other" and cand.other_kind == "request":
        target = cand.other_id
    else:
        raise NotFound(NO_PHOTO, field=FIELD)
    req = session.get(TracingRequest, target)
    if req is None or not _visible_request(actor, req) or not _may_see_identity(actor):
        raise NotFound(NO_PHOTO, field=FIELD)
    photo = _read(session, req.id)
    # Subject the request whose photo was seen (so its history shows every view), the candidate related.
    audit.record(session, actor, AuditTag.TRACING_PHOTO_READ, subject_type="tracing_request",
                 subject_id=req.id, related_ids=[cand.id], fields=[f"{side}.{FIELD}"])
    return photo


def candidate_photo_sides(session: Session, actor: Actor, cand: MatchCandidate, request_visible: bool,
                          other_visible: bool) -> dict[str, bool]:
    """Which sides of a candidate have a photo this reviewer may see (for the page to link)."""
    if not _may_see_identity(actor):
        return {"request": False, "other": False}
    return {"request": request_visible and has_photo(session, cand.request_id),
            "other": cand.other_kind == "request" and other_visible and has_photo(session, cand.other_id)}
