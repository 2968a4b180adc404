"""Append-only, hash-chained audit log of every read and change of a case and every security event.

``record`` is called by services inside the request's transaction, so a change and its audit row
commit or roll back together. Rows hold ids and field names, never values.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Join, event, insert, or_, select, text
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction
from sqlalchemy.sql.util import find_tables

from rihai.access.actors import Actor
# The words people read for tags ("Case read") live in audit_labels; re-exported here.
from rihai.access.audit_labels import AUDIT_TAG_LABELS, tag_label  # noqa: F401
from rihai.access.models import AuditEvent, UserRole
from rihai.crypto import current_keyring
from rihai.db import take_write_lock, utcnow

GENESIS = "0" * 64


class AuditTag(StrEnum):
    SESSION_LOGIN = "access:session:login"
    SESSION_LOGIN_FAILED = "access:session:login-failed"
    SESSION_LOCKED = "access:session:locked"
    SESSION_MFA_PASSED = "access:session:mfa-passed"
    SESSION_MFA_FAILED = "access:session:mfa-failed"
    SESSION_LOGOUT = "access:session:logout"
    USER_CREATE = "access:user:create"
    USER_UPDATE = "access:user:update"
    USER_MFA_ENROL = "access:user:mfa-enrol"
    USER_PASSWORD_CHANGE = "access:user:password-change"
    USER_PASSWORD_CHANGE_FAILED = "access:user:password-change-failed"
    ROLE_GRANT_REQUEST = "access:grant:request"
    ROLE_GRANT_APPROVE = "access:grant:approve"
    ROLE_GRANT_REFUSE = "access:grant:refuse"
    ROLE_GRANT_WITHDRAW = "access:grant:withdraw"
    ROLE_GRANT_EXPIRE = "access:grant:expire"
    AGENCY_CREATE = "access:agency:create"
    AGENCY_UPDATE = "access:agency:update"
    TOKEN_CREATE = "access:token:create"
    TOKEN_REVOKE = "access:token:revoke"
    KEYS_ROTATE = "access:keys:rotate"
    KEYS_REINDEX = "access:keys:reindex"
    BACKUP_CREATE = "access:backup:create"
    BACKUP_RESTORE = "access:backup:restore"
    AUTHZ_DENIED = "access:authz:denied"
    NOTIFY_RETRY = "notify:outbox:retry"
    CASE_CREATE = "cases:case:create"
    CASE_READ = "cases:case:read"
    CASE_UPDATE = "cases:case:update"
    CASE_LIST = "cases:case:list"
    CASE_SEARCH = "cases:case:search"
    CASE_ASSIGN = "cases:case:assign"
    CASE_STATUS = "cases:case:status"
    CASE_AUDIT_READ = "cases:audit:read"
    NOTE_CREATE = "cases:note:create"
    CONSENT_RECORD = "cases:consent:record"
    CONSENT_WITHDRAW = "cases:consent:withdraw"
    PERPETRATOR_ADD = "cases:perpetrator:add"
    CASE_PERPETRATORS_READ = "cases:perpetrator:mentions-read"
    EVENT_ADD = "cases:event:add"
    ATTACHMENT_ADD = "cases:attachment:add"
    ATTACHMENT_READ = "cases:attachment:read"
    ATTACHMENT_LIST = "cases:attachment:list"
    ATTACHMENT_REMOVE = "cases:attachment:remove"
    CASE_PRINT = "cases:case:print"
    CASE_EXPORT = "cases:case:export"
    CASE_UNASSIGN = "cases:case:unassign"
    TRANSFER_PROPOSE = "cases:transfer:propose"
    TRANSFER_ACCEPT = "cases:transfer:accept"
    TRANSFER_REFUSE = "cases:transfer:refuse"
    TRANSFER_CANCEL = "cases:transfer:cancel"
    SYNTHETIC_SEED = "cases:synthetic:seed"
    REGISTER_IMPORT = "screening:register:import"
    TIP_CREATE = "screening:tip:create"
    TIP_READ = "screening:tip:read"
    TIP_LIST = "screening:tip:list"
    TIP_STATUS = "screening:tip:status"
    TIP_PHONES_READ = "screening:tip:phones-read"
    # Family tracing (TRACING).
    CASE_TRACING_READ = "cases:case:tracing-read"
    TRACING_REQUEST_CREATE = "tracing:request:create"
    TRACING_REQUEST_READ = "tracing:request:read"
    TRACING_REQUEST_LIST = "tracing:request:list"
    TRACING_REQUEST_CLAIM = "tracing:request:claim"
    TRACING_REQUEST_CLOSE = "tracing:request:close"
    TRACING_STATUS_CHECK = "tracing:status:check"
    TRACING_RECRUITERS_READ = "tracing:request:recruiters-read"
    TRACING_LIST_STAGE = "tracing:list:stage"
    TRACING_LIST_IMPORT = "tracing:list:import"
    TRACING_LIST_READ = "tracing:list:read"
    TRACING_ENCODED_IMPORT = "tracing:encoded:import"
    TRACING_ENCODED_READ = "tracing:encoded:read"
    TRACING_ENCODED_DECIDE = "tracing:encoded:decide"
    TRACING_MATCH_QUEUE = "tracing:match:queue"
    TRACING_MATCH_RUN = "tracing:match:run"
    TRACING_CANDIDATE_LIST = "tracing:candidate:list"
    TRACING_CANDIDATE_READ = "tracing:candidate:read"
    TRACING_CANDIDATE_DECIDE = "tracing:candidate:decide"
    TRACING_CANDIDATE_PROPOSE = "tracing:candidate:propose"
    TRACING_CANDIDATE_ACCEPT = "tracing:candidate:accept"
    TRACING_CANDIDATE_REFUSE = "tracing:candidate:refuse"
    TRACING_PHOTO_STORE = "tracing:photo:store"
    TRACING_PHOTO_READ = "tracing:photo:read"
    TRACING_PHOTO_REMOVE = "tracing:photo:remove"
    PROVIDER_CREATE = "referrals:provider:create"
    PROVIDER_UPDATE = "referrals:provider:update"
    REFERRAL_CREATE = "referrals:referral:create"
    REFERRAL_READ = "referrals:referral:read"
    REFERRAL_TRANSITION = "referrals:referral:transition"
    REFERRAL_CONSENT_OVERRIDE = "referrals:consent:override"
    REFERRAL_CASE_VIEW = "referrals:case:view"
    # Criminal-justice track, support plan, closure override, identification interviews (JUSTICE).
    CASE_TRAFFICKING_STATUS = "cases:case:trafficking-status"
    CASE_CLOSE_OVERRIDE = "cases:case:close-override"
    # The same survivor at two agencies (issue 18): candidates shown, link requests, decisions.
    CASE_LINK_HINT = "cases:link:hint"
    CASE_LINK_REQUEST = "cases:link:request"
    CASE_LINK_LIST = "cases:link:list"
    CASE_LINK_ACCEPT = "cases:link:accept"
    CASE_LINK_REFUSE = "cases:link:refuse"
    CASE_LINK_UNLINK = "cases:link:unlink"
    PROSECUTION_READ = "cases:prosecution:read"
    PROSECUTION_OPEN = "cases:prosecution:open"
    PROSECUTION_UPDATE = "cases:prosecution:update"
    PROSECUTION_STAGE = "cases:prosecution:stage"
    PROSECUTION_OUTCOME = "cases:prosecution:outcome"
    HEARING_ADD = "cases:hearing:add"
    PLAN_READ = "cases:plan:read"
    PLAN_ITEM_ADD = "cases:plan:item-add"
    PLAN_ITEM_UPDATE = "cases:plan:item-update"
    PLAN_VISIT_ADD = "cases:plan:visit-add"
    TASK_ADD = "cases:task:add"
    TASK_DONE = "cases:task:done"
    TASK_REOPEN = "cases:task:reopen"
    TASK_EDIT = "cases:task:edit"
    TASK_READ = "cases:task:read"
    TASK_LIST = "cases:task:list"
    CASE_QUEUE = "cases:case:queue"
    INTERVIEW_CREATE = "screening:interview:create"
    INTERVIEW_READ = "screening:interview:read"
    INTERVIEW_LIST = "screening:interview:list"
    INTERVIEW_DECIDE = "screening:interview:decide"
    INTERVIEW_DRAFT_SAVE = "screening:interview:draft-save"
    INTERVIEW_DRAFT_READ = "screening:interview:draft-read"
    INTERVIEW_DRAFT_LIST = "screening:interview:draft-list"
    INTERVIEW_DRAFT_DROP = "screening:interview:draft-drop"
    # Closing the loops (issue 19): a case opened from a referral or a confirmed match, the family
    # contacted after a match.
    CASE_PREFILL = "cases:case:prefill"
    CASE_ORIGIN = "cases:case:origin"
    TRACING_CONTACT_ADD = "tracing:contact:add"
    TRACING_CONTACT_LIST = "tracing:contact:list"
    # Recruiter networks (issue 17): ids, kinds and counts only, never a value.
    NETWORK_BUILD = "networks:graph:build"
    NETWORK_HINT = "networks:hint:read"
    NETWORK_ENTITY_READ = "networks:entity:read"
    NETWORK_GRAPH_READ = "networks:graph:read"
    NETWORK_RANKING_READ = "networks:ranking:read"
    NETWORK_ACCESS_REQUEST = "networks:access:request"
    NETWORK_ACCESS_APPROVE = "networks:access:approve"
    NETWORK_ACCESS_REFUSE = "networks:access:refuse"
    NETWORK_LINK_REVIEW = "networks:link:review"
    NETWORK_LINK_GRADE = "networks:link:grade"
    NETWORK_WATCH_ADD = "networks:watch:add"
    NETWORK_WATCH_REMOVE = "networks:watch:remove"
    NETWORK_WATCHLIST_IMPORT = "networks:watchlist:import"
    NETWORK_EVIDENCE_EXPORT = "networks:evidence:export"
    NETWORK_GRAPH_EXPORT = "networks:graph:export"
    # Statistics (STATS): aggregates and releases only, never a record.
    STATS_EXTRACT_REFRESH = "stats:extract:refresh"
    STATS_RELEASE_CREATE = "stats:release:create"
    STATS_RELEASE_QUEUE = "stats:release:queue"
    STATS_RELEASE_FETCH = "stats:release:fetch"
    STATS_REPORT_EXPORT = "stats:report:export"
    STATS_TABLES_CREATE = "stats:tables:create"


def _audit_key() -> bytes:
    # Derived from the keyring's session secret so the chain cannot be recomputed without keys.
    return hmac.new(current_keyring().session_secret, b"rihai-audit-chain-v1", hashlib.sha256).digest()


def _digest(key: bytes, ev: AuditEvent) -> str:
    payload = json.dumps([
        ev.seq, ev.at.isoformat(timespec="microseconds"), ev.actor_id, ev.agency_id, ev.via, ev.tag,
        ev.subject_type, ev.subject_id, list(ev.fields or []), list(ev.related_ids or []),
        ev.prev_hash,
    ], separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()


# Built once: a statement built anew is keyed anew for the compiled-statement cache, on every
# audited request.
_PG_CHAIN_LOCK = text("SELECT pg_advisory_xact_lock(74220301)")
_HEAD = select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
_INSERT = insert(AuditEvent.__table__)  # type: ignore[arg-type]
_EVENT_COLUMNS = ("seq", "at", "actor_id", "agency_id", "via", "tag", "subject_type", "subject_id",
                  "fields", "related_ids", "prev_hash", "hash")


def _lock_chain(session: Session) -> None:
    # PostgreSQL: serialise appenders until commit. SQLite: hold the write lock (a reader's
    # transaction takes it now, before reading the head it links to; see db.py).
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(_PG_CHAIN_LOCK)
    else:
        take_write_lock(session)


_PENDING = "rihai_audit_pending"


def record(session: Session, actor: Actor, tag: AuditTag, *, subject_type: str | None = None,
           subject_id: object | None = None, fields: Iterable[str] = (),
           related_ids: Iterable[object] = ()) -> AuditEvent:
    """Append one event. Callers pass field *names* only; values never reach the audit log.

    The event joins the chain when the transaction commits (or when something in it reads the audit
    log first), in the same transaction as the work it records: a change and its audit row still
    commit or roll back together, and no response leaves before its row is written (the edge
    commits first). Linking at commit keeps the chain's lock for the moment of the append, not for
    the whole request: on PostgreSQL the lock taken here serialised every audited request."""
    ev = AuditEvent(at=utcnow(), actor_id=actor.user_id, agency_id=actor.agency_id,
                    via=actor.via, tag=str(tag), subject_type=subject_type,
                    subject_id=None if subject_id is None else str(subject_id),
                    fields=sorted(set(fields)), related_ids=[str(r) for r in related_ids],
                    prev_hash="", hash="")
    if not session.in_transaction():
        # Belong to a transaction even before any statement ran, so that its rollback drops us.
        session.begin()
    session.info.setdefault(_PENDING, []).append(ev)
    return ev


def append_pending(session: Session) -> None:
    """Link the events this transaction recorded into the chain, under the chain's lock."""
    pending: list[AuditEvent] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    _lock_chain(session)
    # On the connection, as Core statements: every audited request (each read of a case) passes
    # here, and the ORM's unit of work around one plain INSERT cost more than the INSERT itself.
    # The rows are plain: nothing reads them back through these objects.
    conn = session.connection()
    last = conn.execute(_HEAD).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    key = _audit_key()
    for ev in pending:
        seq += 1
        ev.seq, ev.prev_hash = seq, prev
        ev.hash = prev = _digest(key, ev)
    conn.execute(_INSERT, [{c: getattr(ev, c) for c in _EVENT_COLUMNS} for ev in pending])


@event.listens_for(Session, "before_commit")
def _append_before_commit(session: Session) -> None:
    append_pending(session)


@event.listens_for(Session, "after_transaction_end")
def _forget_after_rollback(session: Session, transaction: SessionTransaction) -> None:
    # The outermost transaction ended without committing: its events go with its work. (A
    # rolled-back savepoint keeps its events: an attempt is still audited.)
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


@event.listens_for(Session, "do_orm_execute")
def _append_before_reading_the_log(state: ORMExecuteState) -> None:
    # Whoever reads the log inside the transaction (the case's audit trail, verify, tests) sees
    # the events recorded so far, as when they were written at once.
    if not (state.session.info.get(_PENDING) and state.is_select):
        return
    if any(m.class_ is AuditEvent for m in state.all_mappers) or _names_the_log_table(state.statement):
        append_pending(state.session)


def _names_the_log_table(stmt: Any) -> bool:
    """Whether a Core select reads ``audit_events`` in its columns or its FROM list (a join
    included). Not ``get_final_froms()``: on a count over a subquery, the usual statement after a
    verb has recorded its event, it rebuilt the subquery's columns, 0.8 ms on every such select."""
    for from_ in (*getattr(stmt, "columns_clause_froms", ()), *getattr(stmt, "_from_obj", ())):
        # By name: a mapped class in select_from() arrives as an annotated copy of the table.
        tables = find_tables(from_) if isinstance(from_, Join) else [from_]
        if any(getattr(t, "name", None) == AuditEvent.__tablename__ for t in tables):
            return True
    return False


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    head: str
    problems: list[str]


def verify(session: Session, *, batch: int = 5000) -> VerifyResult:
    """Walk the chain; report gaps (deleted rows), broken links and rows whose MAC is wrong."""
    key = _audit_key()
    problems: list[str] = []
    expected_prev, expected_seq, checked = GENESIS, 1, 0
    for ev in _iter_events(session, batch):
        if ev.seq != expected_seq:
            problems.append(f"rows {expected_seq}..{ev.seq - 1} are missing")
        if ev.prev_hash != expected_prev:
            problems.append(f"row {ev.seq} does not link to the row before it")
        if _digest(key, ev) != ev.hash:
            problems.append(f"row {ev.seq} was altered")
        expected_prev, expected_seq = ev.hash, ev.seq + 1
        checked += 1
    return VerifyResult(ok=not problems, checked=checked, head=expected_prev, problems=problems)


def _iter_events(session: Session, batch: int) -> Iterator[AuditEvent]:
    after = 0
    while True:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.seq > after)
                               .order_by(AuditEvent.seq).limit(batch)).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].seq
        session.expunge_all()


def events_for(session: Session, subject_type: str, subject_id: object, *, limit: int = 200
               ) -> list[AuditEvent]:
    return list(session.scalars(
        select(AuditEvent).where(AuditEvent.subject_type == subject_type,
                                 AuditEvent.subject_id == str(subject_id))
        .order_by(AuditEvent.seq.desc()).limit(limit)))


@dataclass(frozen=True)
class ExtractLine:
    """One audit row as an evidence pack's chain of custody shows it: ids, roles and the action."""

    seq: int
    at: datetime
    actor_id: int | None
    roles: tuple[str, ...]  # the actor's roles when the extract is made ("system" rows have none)
    via: str
    tag: str
    subject_type: str | None
    subject_id: str | None


def extract(session: Session, subjects: dict[str, Iterable[str]], *, until: datetime | None = None,
            limit: int = 5000) -> list[ExtractLine]:
    """Who saw and changed the given subjects (``{subject_type: ids}``), oldest first, up to
    ``until``. Callers check their own permission first (the networks evidence pack). The log keeps
    no role, so roles are the actors' roles now; rows never carry values."""
    clauses = [(AuditEvent.subject_type == kind) & AuditEvent.subject_id.in_(sorted({str(i) for i in ids}))
               for kind, ids in subjects.items() if ids]
    if not clauses:
        return []
    stmt = select(AuditEvent).where(or_(*clauses))
    if until is not None:
        stmt = stmt.where(AuditEvent.at <= until)
    rows = list(session.scalars(stmt.order_by(AuditEvent.seq).limit(limit)))
    roles: dict[int, list[str]] = {}
    actor_ids = {r.actor_id for r in rows if r.actor_id is not None}
    if actor_ids:
        for uid, role in session.execute(select(UserRole.user_id, UserRole.role)
                                         .where(UserRole.user_id.in_(actor_ids)).order_by(UserRole.role)):
            roles.setdefault(uid, []).append(role)
    return [ExtractLine(seq=r.seq, at=r.at, actor_id=r.actor_id, roles=tuple(roles.get(r.actor_id or 0, ())),
                        via=r.via, tag=r.tag, subject_type=r.subject_type, subject_id=r.subject_id) for r in rows]
