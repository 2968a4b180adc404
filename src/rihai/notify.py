"""Notifications: a pluggable channel (SMTP email, console, null) chosen by ``RIHAI_NOTIFY_BACKEND``.

Domain services call ``queue(session, recipients, subject, body)``. Messages are held on the session
and handed to the channel only **after the transaction commits**: a rolled-back referral must not
announce itself. Bodies never carry personal data — they say that something awaits the reader and
link to the page; whoever follows the link is checked there like anyone else. A failing channel is
logged (without addresses) and never fails the request that caused the message.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

from sqlalchemy import event
from sqlalchemy.orm import Session

log = logging.getLogger("rihai.notify")
_PENDING_KEY = "rihai_pending_notifications"


@dataclass(frozen=True)
class Message:
    recipients: tuple[str, ...]
    subject: str
    body: str


class Channel(Protocol):
    def send(self, message: Message) -> None: ...


class NullChannel:
    def send(self, message: Message) -> None:
        return None


class ConsoleChannel:
    """For development: logs that a message went out, with its subject and recipient count only."""

    def send(self, message: Message) -> None:
        log.info("notification: %r to %d recipient(s)", message.subject, len(message.recipients))


class SmtpChannel:
    def __init__(self, host: str, port: int, sender: str, *, starttls: bool = False,
                 username: str | None = None, password: str | None = None, timeout: float = 10.0) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.starttls, self.username, self.password, self.timeout = starttls, username, password, timeout

    def send(self, message: Message) -> None:
        email = EmailMessage()
        email["From"] = self.sender
        # Recipients are blind-copied: agencies do not learn each other's staff addresses.
        email["To"] = self.sender
        email["Subject"] = message.subject
        email.set_content(message.body)
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(email, to_addrs=list(message.recipients))


class RecordingChannel:
    """Keeps what was sent; for tests and for the demo's "outbox" view."""

    def __init__(self) -> None:
        self.sent: list[Message] = []
        self._lock = threading.Lock()

    def send(self, message: Message) -> None:
        with self._lock:
            self.sent.append(message)


_channel: Channel = ConsoleChannel()


def install_channel(channel: Channel) -> Channel:
    """Set the process-wide channel (``create_app`` does it from settings); returns the old one."""
    global _channel
    old, _channel = _channel, channel
    return old


def current_channel() -> Channel:
    return _channel


def make_channel(backend: str, *, host: str = "127.0.0.1", port: int = 25,
                 sender: str = "rihai@localhost", starttls: bool = False,
                 username: str | None = None, password: str | None = None) -> Channel:
    if backend == "smtp":
        return SmtpChannel(host, port, sender, starttls=starttls, username=username, password=password)
    if backend == "null":
        return NullChannel()
    return ConsoleChannel()


def queue(session: Session, recipients: list[str] | tuple[str, ...], subject: str, body: str) -> None:
    """Send ``subject``/``body`` to ``recipients`` once ``session``'s transaction commits.

    Callers: domain services. Invariant: nothing is sent for work that was rolled back."""
    to = tuple(sorted({r for r in recipients if r}))
    if not to:
        return
    pending: list[Message] = session.info.setdefault(_PENDING_KEY, [])
    pending.append(Message(to, subject, body))


def pending(session: Session) -> list[Message]:
    """Messages queued on this session and not yet sent (for tests and previews)."""
    return list(session.info.get(_PENDING_KEY, []))


@event.listens_for(Session, "after_commit")
def _deliver(session: Session) -> None:
    messages = session.info.pop(_PENDING_KEY, [])
    for message in messages:
        try:
            _channel.send(message)
        except Exception as exc:  # noqa: BLE001 - a mail outage must not undo committed work
            log.warning("notification not delivered (%s)", type(exc).__name__)


@event.listens_for(Session, "after_rollback")
def _discard(session: Session) -> None:
    # A rolled-back transaction drops what it queued. (Savepoint rollbacks do not fire this event;
    # services queue only after their checks have passed.)
    session.info.pop(_PENDING_KEY, None)
