"""Notifications: a transactional outbox delivered through a pluggable channel (SMTP email,
console, null) chosen by ``RIHAI_NOTIFY_BACKEND``.

Domain services call ``queue(session, recipients, subject, body)``. It writes a row of
``notification_outbox`` in the caller's transaction: a rolled-back referral does not announce
itself, and a committed one is announced even if the mail relay is down or the process dies
before sending — a worker (the web process's background job, ``worker.add_job``, or ``rihai notify
deliver``) sends it, retrying with backoff, and an operator sees what failed in ``rihai notify
status``. Bodies never carry personal data — they say that something awaits the reader and link
to the page; whoever follows the link is checked there like anyone else. Recipients (staff
addresses) and bodies are encrypted at rest, wiped once sent, and never logged.

Tables: ``notification_outbox``. Core module: it imports no domain.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from .channels import (
    Channel,
    ConsoleChannel,
    Message,
    NullChannel,
    RecordingChannel,
    SmtpChannel,
    current_channel,
    install_channel,
    make_channel,
)
from .outbox import (
    Delivery,
    OutboxMessage,
    Policy,
    Status,
    add,
    deliver_due,
    queued_here,
    retry_failed,
    status,
)
from .worker import JOB, add_job  # importing it registers the outbox's session listeners


def queue(session: Session, recipients: list[str] | tuple[str, ...], subject: str, body: str) -> None:
    """Send ``subject``/``body`` to ``recipients`` once ``session``'s transaction commits.

    Callers: domain services. Invariant: nothing is sent for work that was rolled back, and
    nothing committed is lost (the message is a row of that same transaction)."""
    to = tuple(sorted({r for r in recipients if r}))
    if not to:
        return
    add(session, to, subject, body)


def pending(session: Session) -> list[Message]:
    """Messages queued in this session's open transaction (for tests and previews)."""
    return [Message(tuple(r.recipients or ()), r.subject, r.body or "") for r in queued_here(session)]


__all__ = ["JOB", "add_job", "Channel", "ConsoleChannel", "Delivery", "Message", "NullChannel", "OutboxMessage",
           "Policy", "RecordingChannel", "SmtpChannel", "Status", "current_channel",
           "deliver_due", "install_channel", "make_channel", "pending", "queue", "retry_failed",
           "status"]
