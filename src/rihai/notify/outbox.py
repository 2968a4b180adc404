"""The transactional outbox: a notification is a row written in the same transaction as the change
it announces, and a worker delivers the rows that committed.

So a rolled-back change sends nothing (its row rolls back with it) and a committed one cannot be
lost to a mail outage or a process that dies before sending: the row stays ``pending`` until a
channel accepts it, and is tried again with exponential backoff (``Policy``) up to
``max_attempts`` times, after which it is ``failed`` and counted by ``rihai notify status`` until an
operator runs ``rihai notify retry``.

Claiming. A worker takes one due row at a time by stamping a lease (``lease_until``) and a random
``claim_token`` on it and counting the attempt (so a message whose sending kills its worker is
given up after ``max_attempts`` too), then sends outside any transaction, then records the
outcome only if its token is still on the row. On PostgreSQL the claim's inner SELECT is
``FOR UPDATE SKIP LOCKED``, so concurrent workers pass over each other's rows instead of queueing
on them; on SQLite the claim is one ``UPDATE ... RETURNING`` inside the write transaction SQLite
serialises anyway. A worker
that dies mid-send leaves a lease that expires, and the row is taken again: delivery is exactly
once except in that window (the server accepted, the process died before recording it), where it
is at least once — never zero.

Recipients are staff addresses (personal data): they and the body are encrypted at rest, and
wiped from the row once it is sent. Logs name row ids and error classes, never an address or body.
"""

from __future__ import annotations

import logging
import secrets
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CheckConstraint, Index, Integer, String, Text, func, inspect, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, mark_read_mostly, utcnow

from .channels import Channel, Message, current_channel

log = logging.getLogger("rihai.notify")

PENDING, SENT, FAILED = "pending", "sent", "failed"
Clock = Callable[[], datetime]


class OutboxMessage(Base):
    __tablename__ = "notification_outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'sent', 'failed')", name="status"),
        # The worker's question: pending rows whose time has come, oldest first.
        Index("ix_notification_outbox_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(8), default=PENDING)
    # Wiped (None) once sent: a delivered message's addresses and text need not be kept.
    recipients: Mapped[list[str] | None] = mapped_column(
        Encrypted("notification_outbox.recipients", json_value=True))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Encrypted("notification_outbox.body"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The exception's class (and SMTP reply code): never its text, which can quote an address.
    last_error_kind: Mapped[str | None] = mapped_column(String(80))


@dataclass(frozen=True)
class Policy:
    """How hard to try. Delays double from ``backoff`` up to ``backoff_max``; after
    ``max_attempts`` failed tries a row is failed. ``lease`` must outlast one send (the SMTP
    timeout covers each step), or a slow send could be taken over and sent twice."""

    max_attempts: int = 10
    backoff: timedelta = timedelta(seconds=60)
    backoff_max: timedelta = timedelta(hours=1)
    lease: timedelta = timedelta(minutes=5)

    def delay(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed try (1, 2, ...)."""
        return min(self.backoff * (2 ** min(attempts - 1, 30)), self.backoff_max)

    @classmethod
    def from_settings(cls, settings: Any) -> Policy:
        return cls(max_attempts=settings.notify_max_attempts,
                   backoff=timedelta(seconds=settings.notify_backoff_seconds),
                   backoff_max=timedelta(seconds=settings.notify_backoff_max_seconds),
                   lease=timedelta(seconds=settings.notify_lease_seconds))


@dataclass
class Delivery:
    """What one ``deliver_due`` run did, by row id."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    lost_lease: list[int] = field(default_factory=list)


_QUEUED_KEY = "rihai_notify_queued"


def add(session: Session, recipients: tuple[str, ...], subject: str, body: str) -> OutboxMessage:
    row = OutboxMessage(recipients=list(recipients), subject=subject, body=body, status=PENDING,
                        attempts=0, created_at=utcnow(), next_attempt_at=utcnow())
    session.add(row)
    session.info.setdefault(_QUEUED_KEY, []).append(row)
    return row


def queued_here(session: Session) -> list[OutboxMessage]:
    """Rows this session queued in its open transaction and that are still in it (a rolled-back
    savepoint takes its rows out of the session: they are no longer persistent or pending)."""
    rows = session.info.get(_QUEUED_KEY, [])
    return [r for r in rows if (state := inspect(r)).pending or state.persistent]


def forget(session: Session) -> list[OutboxMessage]:
    return session.info.pop(_QUEUED_KEY, [])


def _due(now: datetime) -> Any:
    return (OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now,
            or_(OutboxMessage.lease_until.is_(None), OutboxMessage.lease_until < now))


def _claim(factory: sessionmaker[Session], now: datetime, policy: Policy) -> tuple[int, str, int] | None:
    """Take the oldest due row for this worker (committed before anything is sent)."""
    with factory() as session:
        # Look first as a reader: on SQLite an idle poll then never takes the write lock.
        mark_read_mostly(session)
        if session.scalar(select(OutboxMessage.id).where(*_due(now)).limit(1)) is None:
            return None
        session.commit()
    token = secrets.token_hex(16)
    with factory() as session:
        pick = (select(OutboxMessage.id).where(*_due(now))
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(1))
        if session.get_bind().dialect.name == "postgresql":
            pick = pick.with_for_update(skip_locked=True)
        # ``id = (subquery)``, not ``id IN (subquery)``: PostgreSQL may run an IN subquery once per
        # row it scans, and with SKIP LOCKED each run found the next row, so one claim took every
        # due row (seen in this module's tests). A scalar subquery runs once. The outer WHERE
        # repeats the conditions, so a row another worker stamped meanwhile is not taken over.
        stmt = (update(OutboxMessage).where(OutboxMessage.id == pick.scalar_subquery(), *_due(now))
                .values(lease_until=now + policy.lease, claim_token=token,
                        attempts=OutboxMessage.attempts + 1)
                .returning(OutboxMessage.id, OutboxMessage.attempts)
                .execution_options(synchronize_session=False))
        row = session.execute(stmt).first()
        session.commit()
    if row is None:
        return None
    return row.id, token, row.attempts


def _message(factory: sessionmaker[Session], row_id: int) -> Message:
    # Decrypted apart from the claim: a row that cannot be decrypted (its key was removed from
    # the keyring) must fail on its own, not roll back every claim and block the queue behind it.
    with factory() as session:
        row = session.execute(select(OutboxMessage.recipients, OutboxMessage.subject, OutboxMessage.body)
                              .where(OutboxMessage.id == row_id)).one()
    return Message(tuple(row.recipients or ()), row.subject, row.body or "")


def _error_kind(exc: BaseException) -> tuple[str, bool]:
    """(class and SMTP code, permanent?). A 5xx reply is the server's final word (RFC 5321);
    anything else (4xx, refused connection, timeout) may pass."""
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _ in exc.recipients.values()]
        code = min(codes) if codes else None
    kind = type(exc).__name__ + (f":{code}" if code else "")
    return kind[:80], isinstance(code, int) and 500 <= code < 600


def _finish(factory: sessionmaker[Session], row_id: int, token: str, values: dict[str, Any]) -> bool:
    with factory() as session:
        done = session.execute(update(OutboxMessage)
                               .where(OutboxMessage.id == row_id, OutboxMessage.claim_token == token)
                               .values(lease_until=None, claim_token=None, **values)
                               .execution_options(synchronize_session=False))
        session.commit()
    return bool(done.rowcount)  # type: ignore[attr-defined]


def deliver_due(factory: sessionmaker[Session], *, channel: Channel | None = None,
                policy: Policy | None = None, clock: Clock = utcnow, limit: int = 200,
                stop: Callable[[], bool] | None = None) -> Delivery:
    """Send the rows that are due now, one at a time, until none is left or ``limit`` were
    tried. Callers: the outbox worker and ``rihai notify deliver``; safe to run in several
    processes at once; ``stop`` is asked before each row. Invariant: a row is marked sent only
    after its channel accepted it."""
    channel = channel or current_channel()
    policy = policy or Policy()
    result = Delivery()
    for _ in range(limit):
        if stop is not None and stop():
            break
        claimed = _claim(factory, clock(), policy)
        if claimed is None:
            break
        row_id, token, attempts = claimed
        if attempts > policy.max_attempts:
            # Claimed that many times without an outcome: its workers died mid-send (a message
            # that crashes the sender must not take every worker down with it forever).
            if _finish(factory, row_id, token, {"status": FAILED, "last_error_kind": "WorkerLost"}):
                result.failed.append(row_id)
                log.warning("notification %s: its workers never finished; given up", row_id)
            continue
        try:
            message = _message(factory, row_id)
        except Exception as exc:  # noqa: BLE001 - e.g. KeyringError; nothing to send, ever
            kind = type(exc).__name__[:80]
            if _finish(factory, row_id, token, {"status": FAILED, "last_error_kind": kind}):
                result.failed.append(row_id)
                log.warning("notification %s cannot be read (%s); given up", row_id, kind)
            continue
        try:
            channel.send(message)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the row for a later try
            kind, permanent = _error_kind(exc)
            give_up = permanent or attempts >= policy.max_attempts
            values: dict[str, Any] = {"last_error_kind": kind}
            if give_up:
                values["status"] = FAILED
            else:
                values["next_attempt_at"] = clock() + policy.delay(attempts)
            if _finish(factory, row_id, token, values):
                (result.failed if give_up else result.retrying).append(row_id)
                log.warning("notification %s not delivered (attempt %d, %s)%s", row_id, attempts, kind,
                            "; given up" if give_up else "")
            else:
                result.lost_lease.append(row_id)
            continue
        if _finish(factory, row_id, token, {"status": SENT, "sent_at": clock(), "recipients": None,
                                            "body": None}):
            result.sent.append(row_id)
        else:
            # Our lease ran out during the send and another worker took the row: it may be sent
            # twice. Lengthen RIHAI_NOTIFY_LEASE_SECONDS if this is ever logged.
            result.lost_lease.append(row_id)
            log.warning("notification %s: lease expired during the send", row_id)
    return result


@dataclass(frozen=True)
class Status:
    pending: int
    due: int
    failed: int
    sent: int
    oldest_pending: datetime | None
    failed_rows: list[tuple[int, datetime, int, str | None]]


def status(session: Session, *, now: datetime | None = None, show: int = 50) -> Status:
    """Counts for operators: nothing here carries an address or a body."""
    now = now or utcnow()
    counts = {st: n for st, n in session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))}
    due = session.scalar(select(func.count()).select_from(OutboxMessage).where(*_due(now))) or 0
    oldest = session.scalar(select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == PENDING))
    failed_rows = [(r.id, r.created_at, r.attempts, r.last_error_kind) for r in session.execute(
        select(OutboxMessage.id, OutboxMessage.created_at, OutboxMessage.attempts, OutboxMessage.last_error_kind)
        .where(OutboxMessage.status == FAILED).order_by(OutboxMessage.id).limit(show))]
    return Status(pending=counts.get(PENDING, 0), due=due, failed=counts.get(FAILED, 0),
                  sent=counts.get(SENT, 0), oldest_pending=oldest, failed_rows=failed_rows)


def retry_failed(session: Session, ids: list[int] | None = None, *, now: datetime | None = None) -> list[int]:
    """Put failed rows (all, or ``ids``) back in the queue with a fresh count of attempts, due now.
    Callers: ``rihai notify retry`` (an operator who fixed the mail relay); the caller audits."""
    now = now or utcnow()
    stmt = select(OutboxMessage.id).where(OutboxMessage.status == FAILED)
    if ids:
        stmt = stmt.where(OutboxMessage.id.in_(ids))
    chosen = list(session.scalars(stmt.order_by(OutboxMessage.id)))
    if chosen:
        session.execute(update(OutboxMessage)
                        .where(OutboxMessage.id.in_(chosen), OutboxMessage.status == FAILED)
                        .values(status=PENDING, attempts=0, next_attempt_at=now, lease_until=None,
                                claim_token=None)
                        .execution_options(synchronize_session=False))
        session.flush()
    return chosen
