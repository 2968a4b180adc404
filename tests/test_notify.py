"""Notifications leave only after commit, never for rolled-back work, and really speak SMTP."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from rihai import notify


@pytest.fixture
def outbox() -> Iterator[notify.RecordingChannel]:
    channel = notify.RecordingChannel()
    old = notify.install_channel(channel)
    yield channel
    notify.install_channel(old)


def test_sent_after_commit_only(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        notify.queue(session, ["b@example.org", "a@example.org", "a@example.org", ""], "S", "B")
        assert notify.pending(session)[0].recipients == ("a@example.org", "b@example.org")
        assert outbox.sent == []
        session.commit()
    assert [m.subject for m in outbox.sent] == ["S"]


def test_rolled_back_work_sends_nothing(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        session.connection()
        notify.queue(session, ["a@example.org"], "S", "B")
        session.rollback()
        session.commit()
    assert outbox.sent == []


def test_no_recipients_is_a_no_op(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        notify.queue(session, [], "S", "B")
        assert notify.pending(session) == []


def test_failing_channel_does_not_raise(engine, caplog) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        def send(self, message: notify.Message) -> None:
            raise OSError("down")

    old = notify.install_channel(Broken())
    try:
        with Session(engine) as session:
            notify.queue(session, ["a@example.org"], "S", "B")
            session.commit()
    finally:
        notify.install_channel(old)
    assert "OSError" in caplog.text
    assert "a@example.org" not in caplog.text


class _SmtpHandler(socketserver.StreamRequestHandler):
    received: list[tuple[list[str], str]] = []

    def handle(self) -> None:
        self.wfile.write(b"220 test ESMTP\r\n")
        rcpts: list[str] = []
        while line := self.rfile.readline():
            cmd = line.decode().strip()
            upper = cmd.upper()
            if upper.startswith(("EHLO", "HELO")):
                self.wfile.write(b"250 test\r\n")
            elif upper.startswith("RCPT TO:"):
                rcpts.append(cmd[8:].strip("<> "))
                self.wfile.write(b"250 ok\r\n")
            elif upper == "DATA":
                self.wfile.write(b"354 go\r\n")
                data = []
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk.decode())
                _SmtpHandler.received.append((rcpts, "".join(data)))
                self.wfile.write(b"250 queued\r\n")
            elif upper == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


def test_smtp_channel_delivers_blind_copies() -> None:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SmtpHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        channel = notify.make_channel("smtp", host="127.0.0.1", port=server.server_address[1],
                                      sender="rihai@example.org")
        channel.send(notify.Message(("x@example.org", "y@example.org"), "A referral awaits", "Open Rihai."))
    finally:
        server.shutdown()
        server.server_close()
    rcpts, data = _SmtpHandler.received[-1]
    assert rcpts == ["x@example.org", "y@example.org"]
    assert "Subject: A referral awaits" in data
    assert "x@example.org" not in data  # blind copies: no recipient listed in the headers
