"""Notifications go through the outbox: queued in the caller's transaction, delivered by a worker
after commit, never for rolled-back work, and really speak SMTP. (The outage, crash and
concurrency cases are in tests/security/test_notification_outbox.py.)"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from rihai import notify
from rihai.notify.outbox import OutboxMessage


@pytest.fixture
def outbox(engine) -> Iterator[notify.RecordingChannel]:  # type: ignore[no-untyped-def]
    # These tests commit for real: the outbox table is emptied before and after.
    with engine.begin() as conn:
        conn.execute(sa.delete(OutboxMessage))
    channel = notify.RecordingChannel()
    old = notify.install_channel(channel)
    yield channel
    notify.install_channel(old)
    with engine.begin() as conn:
        conn.execute(sa.delete(OutboxMessage))


def test_sent_after_commit_only(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    factory = sessionmaker(engine, expire_on_commit=False)
    with Session(engine) as session:
        notify.queue(session, ["b@example.org", "a@example.org", "a@example.org", ""], "S", "B")
        assert notify.pending(session)[0].recipients == ("a@example.org", "b@example.org")
        # Not yet committed: a worker sees nothing to send.
        assert notify.deliver_due(factory).sent == [] and outbox.sent == []
        session.commit()
        assert notify.pending(session) == []
    assert len(notify.deliver_due(factory).sent) == 1
    assert [(m.subject, m.recipients, m.body) for m in outbox.sent] == [("S", ("a@example.org", "b@example.org"), "B")]
    assert notify.deliver_due(factory).sent == [] and len(outbox.sent) == 1  # once


def test_rolled_back_work_sends_nothing(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        session.connection()
        notify.queue(session, ["a@example.org"], "S", "B")
        session.rollback()
        assert notify.pending(session) == []
        session.commit()
    assert notify.deliver_due(sessionmaker(engine)).sent == []
    assert outbox.sent == []


def test_no_recipients_is_a_no_op(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        notify.queue(session, [], "S", "B")
        assert notify.pending(session) == [] and not session.new


def test_failing_channel_does_not_raise_and_logs_no_address(engine, outbox, caplog) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        def send(self, message: notify.Message) -> None:
            raise OSError("down for a@example.org")

    with Session(engine) as session:
        notify.queue(session, ["a@example.org"], "S", "Body text")
        session.commit()
    done = notify.deliver_due(sessionmaker(engine), channel=Broken())
    assert len(done.retrying) == 1 and done.sent == []
    assert "OSError" in caplog.text
    assert "a@example.org" not in caplog.text and "Body text" not in caplog.text


def test_addresses_and_body_are_ciphertext_and_wiped_once_sent(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        notify.queue(session, ["desk@example.org"], "A referral awaits", "Open Rihai (TEST).")
        session.commit()
    raw = sa.table("notification_outbox", sa.column("recipients", sa.LargeBinary),
                   sa.column("body", sa.LargeBinary), sa.column("subject"))
    with engine.connect() as conn:
        recipients, body = conn.execute(sa.select(raw.c.recipients, raw.c.body)).one()
    assert b"desk@example.org" not in bytes(recipients) and b"Open Rihai" not in bytes(body)
    notify.deliver_due(sessionmaker(engine))
    with engine.connect() as conn:
        assert conn.execute(sa.select(raw.c.recipients, raw.c.body, raw.c.subject)).one() == (
            None, None, "A referral awaits")


def test_null_channel_marks_rows_sent(engine, outbox) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        notify.queue(session, ["a@example.org"], "S", "B")
        session.commit()
    assert len(notify.deliver_due(sessionmaker(engine), channel=notify.NullChannel()).sent) == 1
    with Session(engine) as session:
        st = notify.status(session)
    assert (st.pending, st.sent, st.failed) == (0, 1, 0)


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
