"""Tracing requests: filed by a family on the public form or by a desk (NGO, consulate, FIA); the
family checks the status with a reference and a secret; desks list, read and take up requests.

Scope (SQL, registered with ``access.policy``): a desk sees its own agency's requests and the
shared pool of public requests nobody has taken up yet. The status check reveals the status and
its date, nothing else, and answers an unknown reference exactly as it answers a wrong secret.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import date

from sqlalchemy import delete, false, or_, select, true, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai import names
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope, visible
from rihai.access.service import hash_password, require, verify_password
from rihai.crypto import current_keyring
from rihai.db import paged, utcnow
from rihai.errors import Conflict, Invalid, NotFound

from .images import FIELD as PHOTO_FIELD
from .images import CleanPhoto, clean_photo
from .models import MatchCandidate, TracingPhoto, TracingRequest, TracingToken
from .schemas import RequestStatus, StatusAnswer, TracingRequestCreate

# Crockford base32: no I, L, O, U; what people mistype is folded back on input.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
OPEN_STATUSES = (RequestStatus.RECEIVED, RequestStatus.UNDER_REVIEW, RequestStatus.POSSIBLE_MATCH)
STATUS_NOT_FOUND = "no request matches this reference and secret"
NO_FAMILY_PHOTO = "no photo is stored with this request"


def request_scope(actor: Actor) -> object:
    if actor.agency_id is None:
        # The system (CLI maintenance) sees everything; an account without an agency nothing.
        return true() if actor.via not in ("web", "token", "api", "anonymous") else false()
    return or_(TracingRequest.owner_agency_id == actor.agency_id, TracingRequest.owner_agency_id.is_(None))


register_scope(TracingRequest, Permission.TRACING_REQUEST_READ, request_scope)


def _crockford(n: int) -> str:
    return "".join(secrets.choice(CROCKFORD) for _ in range(n))


def normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper().translate(_FOLD) if ch in CROCKFORD)


def normalise_reference(text: str) -> str:
    code = normalise_code(text.strip().upper().removeprefix("TR-").removeprefix("TR"))
    return "TR-" + code


def new_secret() -> str:
    raw = _crockford(16)  # 80 bits
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def _new_reference(session: Session) -> str:
    while True:
        ref = "TR-" + _crockford(8)
        if session.scalar(select(TracingRequest.id).where(TracingRequest.reference == ref)) is None:
            return ref


def request_tokens(req: TracingRequest) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    if req.cnic:
        keys.add(("cnic", req.cnic))
    if req.passport:
        keys.add(("passport", req.passport))
    for phone in req.phones or []:
        keys.add(("phone", phone))
    keys |= names.all_search_keys([req.given_name, req.family_name, req.name_urdu])
    keys |= {("g" + kind, tok) for kind, tok in names.search_keys(req.father_name)}
    return keys


def reindex(session: Session, req: TracingRequest) -> None:
    """Replace a request's blind-index digests (on every identifying change and key rotation)."""
    ring = current_keyring()
    session.execute(delete(TracingToken).where(TracingToken.request_id == req.id))
    session.add_all(TracingToken(request_id=req.id, kind=kind, digest=ring.blind(kind, tok))
                    for kind, tok in sorted(request_tokens(req)))


def reindex_all(session: Session, *, batch: int = 500) -> int:
    """Recompute every request's digests under the installed index key (``rihai keys rotate``)."""
    done, last = 0, None
    while True:
        stmt = select(TracingRequest).order_by(TracingRequest.id).limit(batch)
        rows = list(session.scalars(stmt if last is None else stmt.where(TracingRequest.id > last)))
        if not rows:
            return done
        with session.no_autoflush:
            for req in rows:
                reindex(session, req)
        session.flush()
        last, done = rows[-1].id, done + len(rows)


def _build(data: TracingRequestCreate) -> TracingRequest:
    req = TracingRequest(**data.model_dump(exclude={"birth_date", "phones"}))
    req.phones = data.phones or None
    if data.birth_date:
        req.birth_date = data.birth_date.isoformat()
        req.birth_year = data.birth_date.year
    elif data.age is not None:
        req.birth_year = date.today().year - data.age
    return req


def put_photo(session: Session, req: TracingRequest, photo: CleanPhoto, *, user_id: int | None) -> None:
    """Store (or replace) a request's cleaned photo. Callers have already checked who may."""
    row = session.get(TracingPhoto, req.id)
    if row is None:
        row = TracingPhoto(request_id=req.id)
        session.add(row)
    row.data, row.media_type, row.width, row.height = photo.data, photo.media_type, photo.width, photo.height
    row.created_by_id = user_id
    session.flush()


def delete_photo(session: Session, request_id: uuid.UUID) -> bool:
    """Delete a request's photo; False when it had none. Callers have already checked who may. A
    statement, not the ORM: the encrypted bytes are never read (or decrypted) to delete them."""
    return bool(session.execute(delete(TracingPhoto).where(TracingPhoto.request_id == request_id)).rowcount)


def _file(session: Session, actor: Actor, data: TracingRequestCreate, *, channel: str,
          agency_id: int | None, photo: bytes | None = None) -> tuple[TracingRequest, str]:
    # The photo is checked first: a file that cannot be used refuses the filing before anything is stored.
    clean = clean_photo(photo) if photo else None
    secret = new_secret()
    req = _build(data)
    req.reference = _new_reference(session)
    req.secret_hash = hash_password(secret)
    req.channel = channel
    req.owner_agency_id = agency_id
    req.caseworker_id = actor.user_id if agency_id is not None else None
    req.created_by_id = actor.user_id
    req.status = RequestStatus.RECEIVED if channel == "public" else RequestStatus.UNDER_REVIEW
    req.status_changed_at = utcnow()
    session.add(req)
    session.flush()
    reindex(session, req)
    session.flush()
    audit.record(session, actor, AuditTag.TRACING_REQUEST_CREATE, subject_type="tracing_request",
                 subject_id=req.id, fields=sorted({*data.model_fields_set, *([PHOTO_FIELD] if clean else [])}))
    if clean is not None:
        put_photo(session, req, clean, user_id=actor.user_id)
        # Its own event too, so every store of a photo is found under one tag.
        audit.record(session, actor, AuditTag.TRACING_PHOTO_STORE, subject_type="tracing_request",
                     subject_id=req.id, fields=[PHOTO_FIELD])
    return req, secret


def submit_request(session: Session, actor: Actor, *, data: TracingRequestCreate,
                   photo: bytes | None = None) -> tuple[TracingRequest, str]:
    """Anyone (a family, without an account) files a request, optionally with a photo of the
    missing person (cleaned of metadata, stored encrypted). Returns the request and the secret,
    which is shown once and kept only as an argon2 hash. The request joins the shared pool."""
    require(actor, Permission.TRACING_REQUEST_SUBMIT)
    return _file(session, actor, data, channel="public", agency_id=None, photo=photo)


def create_request(session: Session, actor: Actor, *, data: TracingRequestCreate,
                   photo: bytes | None = None) -> tuple[TracingRequest, str]:
    """A desk (NGO caseworker, consular officer, FIA) records a request for its own agency and is
    its responsible caseworker. The family still gets a reference and secret to hand on."""
    require(actor, Permission.TRACING_REQUEST_CREATE)
    if actor.agency_id is None:
        raise Invalid("only a member of an agency can record a tracing request", rule="agency-member")
    return _file(session, actor, data, channel="desk", agency_id=actor.agency_id, photo=photo)


def list_requests(session: Session, actor: Actor, *, status: RequestStatus | None = None,
                  page: int = 1, page_size: int = 25) -> tuple[list[TracingRequest], int]:
    """A desk's requests and the unclaimed public pool, newest first; listed ids are audited."""
    require(actor, Permission.TRACING_REQUEST_READ)
    stmt = visible(select(TracingRequest), actor, TracingRequest)
    if status:
        stmt = stmt.where(TracingRequest.status == status)
    rows, total = paged(session, stmt, TracingRequest.created_at.desc(), TracingRequest.id,
                        page=page, page_size=page_size)
    audit.record(session, actor, AuditTag.TRACING_REQUEST_LIST, subject_type="tracing_request",
                 related_ids=[r.id for r in rows])
    return rows, total


def _load(session: Session, actor: Actor, request_id: uuid.UUID) -> TracingRequest:
    req = session.scalar(visible(select(TracingRequest).where(TracingRequest.id == request_id),
                                 actor, TracingRequest))
    if req is None:
        raise NotFound("no such tracing request, or you do not have access to it")
    return req


def get_request(session: Session, actor: Actor, request_id: uuid.UUID) -> TracingRequest:
    """Read one visible request (audited)."""
    require(actor, Permission.TRACING_REQUEST_READ)
    req = _load(session, actor, request_id)
    audit.record(session, actor, AuditTag.TRACING_REQUEST_READ, subject_type="tracing_request",
                 subject_id=req.id)
    return req


def claim_request(session: Session, actor: Actor, request_id: uuid.UUID, *, version: int) -> TracingRequest:
    """A desk takes a public request from the pool: its agency owns it, the actor is responsible
    for it, and the family sees "under review". Two desks cannot both take it."""
    require(actor, Permission.TRACING_REQUEST_CREATE)
    req = _load(session, actor, request_id)
    if actor.agency_id is None:
        raise Invalid("only a member of an agency can take up a request", rule="agency-member")
    if req.owner_agency_id is not None:
        raise Conflict("this request has already been taken up", rule="already-claimed")
    if req.version != version:
        raise Conflict("someone else changed this request; reload and try again", rule="optimistic-lock")
    req.owner_agency_id = actor.agency_id
    req.caseworker_id = actor.user_id
    if req.status == RequestStatus.RECEIVED:
        set_status(req, RequestStatus.UNDER_REVIEW)
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("someone else changed this request; reload and try again") from exc
    # Candidates are scoped in SQL by the agencies they were found with: a request leaving the
    # pool leaves the other desks' review queues too.
    for column, match in ((MatchCandidate.request_agency_id, MatchCandidate.request_id == req.id),
                          (MatchCandidate.other_agency_id, (MatchCandidate.other_kind == "request")
                           & (MatchCandidate.other_id == req.id))):
        session.execute(update(MatchCandidate).where(match).values({column: actor.agency_id})
                        .execution_options(synchronize_session="fetch"))
    audit.record(session, actor, AuditTag.TRACING_REQUEST_CLAIM, subject_type="tracing_request",
                 subject_id=req.id, fields=["owner_agency_id", "caseworker_id"])
    return req


def close_request(session: Session, actor: Actor, request_id: uuid.UUID, *, version: int) -> TracingRequest:
    """The agency that owns a request closes it (found, or the family withdrew); the family sees
    "closed". Pool requests are taken up before they are closed."""
    require(actor, Permission.TRACING_REQUEST_CREATE)
    req = _load(session, actor, request_id)
    if req.owner_agency_id is None or req.owner_agency_id != actor.agency_id:
        raise Conflict("take this request up for your agency before closing it", rule="owner-closes")
    if req.version != version:
        raise Conflict("someone else changed this request; reload and try again", rule="optimistic-lock")
    if req.status == RequestStatus.CLOSED:
        raise Conflict("this request is already closed", rule="already-closed")
    set_status(req, RequestStatus.CLOSED)
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("someone else changed this request; reload and try again") from exc
    audit.record(session, actor, AuditTag.TRACING_REQUEST_CLOSE, subject_type="tracing_request",
                 subject_id=req.id, fields=["status"])
    return req


def references(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """id -> public reference (not personal data), for lists that show ids."""
    if not ids:
        return {}
    return dict(session.execute(select(TracingRequest.id, TracingRequest.reference)
                                .where(TracingRequest.id.in_(ids))).all())


def set_status(req: TracingRequest, status: RequestStatus) -> None:
    if req.status != status:
        req.status = status
        req.status_changed_at = utcnow()


def check_status(session: Session, actor: Actor, *, reference: str, secret: str) -> StatusAnswer:
    """Anyone holding a reference and its secret sees the status and its date — nothing else.

    An unknown reference and a wrong secret give the same error after the same work (an argon2
    verification runs either way), so the check reveals nothing about which references exist."""
    require(actor, Permission.TRACING_STATUS_CHECK)
    ref = normalise_reference(reference)
    row = session.execute(select(TracingRequest.id, TracingRequest.secret_hash, TracingRequest.status,
                                 TracingRequest.status_changed_at)
                          .where(TracingRequest.reference == ref)).first()
    ok = verify_password(row.secret_hash if row else None, normalise_secret(secret))
    audit.record(session, actor, AuditTag.TRACING_STATUS_CHECK, subject_type="tracing_request",
                 subject_id=row.id if row and ok else None)
    if not (row and ok):
        raise NotFound(STATUS_NOT_FOUND, rule="reference-and-secret", persist=True)
    return StatusAnswer(status=RequestStatus(row.status), since=row.status_changed_at.date())


def _family_request(session: Session, actor: Actor, *, reference: str, secret: str):  # type: ignore[no-untyped-def]
    """(id, status) of the request whose reference and secret these are. A wrong secret and an
    unknown reference are the same audited 404 after the same work (an argon2 verification runs
    either way), as in ``check_status``."""
    row = session.execute(select(TracingRequest.id, TracingRequest.secret_hash, TracingRequest.status)
                          .where(TracingRequest.reference == normalise_reference(reference))).first()
    ok = verify_password(row.secret_hash if row else None, normalise_secret(secret))
    if not (row and ok):
        audit.record(session, actor, AuditTag.TRACING_STATUS_CHECK, subject_type="tracing_request",
                     subject_id=None, fields=[PHOTO_FIELD])
        raise NotFound(STATUS_NOT_FOUND, rule="reference-and-secret", persist=True)
    return row


def attach_family_photo(session: Session, actor: Actor, *, reference: str, secret: str,
                        data: bytes) -> TracingPhoto:
    """The family adds (or replaces) the photo of their open request, proving it is theirs with the
    reference and secret. The photo is checked only once the secret is."""
    require(actor, Permission.TRACING_REQUEST_SUBMIT)
    row = _family_request(session, actor, reference=reference, secret=secret)
    if row.status not in OPEN_STATUSES:
        raise Conflict("this request is no longer open; contact the desk that holds it", rule="request-closed")
    photo = clean_photo(data)
    req = session.get(TracingRequest, row.id)
    assert req is not None  # noqa: S101 - just read
    put_photo(session, req, photo, user_id=None)
    audit.record(session, actor, AuditTag.TRACING_PHOTO_STORE, subject_type="tracing_request",
                 subject_id=req.id, fields=[PHOTO_FIELD])
    stored = session.get(TracingPhoto, req.id)
    assert stored is not None  # noqa: S101
    return stored


def remove_family_photo(session: Session, actor: Actor, *, reference: str, secret: str) -> None:
    """The family takes the photo of their request back with the reference and secret: the row, and
    so the ciphertext, is deleted. Allowed whatever the request's status (taking a picture back
    never needs a desk), and whoever stored it. Audited as ``tracing:photo:remove``."""
    require(actor, Permission.TRACING_REQUEST_SUBMIT)
    row = _family_request(session, actor, reference=reference, secret=secret)
    if not delete_photo(session, row.id):
        raise NotFound(NO_FAMILY_PHOTO, rule="no-photo")
    audit.record(session, actor, AuditTag.TRACING_PHOTO_REMOVE, subject_type="tracing_request",
                 subject_id=row.id, fields=[PHOTO_FIELD])


def normalise_secret(text: str) -> str:
    code = normalise_code(text)
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))
