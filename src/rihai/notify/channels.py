"""Channels: how a notification leaves the building (SMTP email, console, null, recording).

A channel only sends; it knows nothing of the outbox. ``send`` raises when the message was not
accepted, and the outbox decides whether to try again (``outbox.deliver_due``).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

log = logging.getLogger("rihai.notify")


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
            # One SMTP transaction for all recipients: the server accepts the message for every
            # accepted address at once or not at all, so a retry never doubles it for some. (An
            # address the server refuses while accepting others is not retried: that would send
            # the others a second copy.)
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
                 username: str | None = None, password: str | None = None,
                 timeout: float = 10.0) -> Channel:
    if backend == "smtp":
        return SmtpChannel(host, port, sender, starttls=starttls, username=username, password=password,
                           timeout=timeout)
    if backend == "null":
        return NullChannel()
    return ConsoleChannel()
