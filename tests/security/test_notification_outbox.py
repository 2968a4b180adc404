"""Notifications are never lost (issue 13): the outbox against a real SMTP server on loopback that
refuses connections, then answers 451, then recovers; against a process that dies before or
during delivery; and against two workers racing for the same rows.

Everything talks to 127.0.0.1 only, with a handful of messages and short timeouts. Time is an
injected clock: backoff is checked by asking at given instants, never by sleeping.
"""

from __future__ import annotations

import json
import os
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from factories import PASSWORD, PersonFactory, make_case, make_world
from factories.referrals import give_consent, make_provider
from sqlalchemy.orm import Session, sessionmaker

from rihai import notify
from rihai.crypto import Keyring
from rihai.db import make_engine, transaction, utcnow
from rihai.notify.outbox import FAILED, PENDING, SENT, OutboxMessage

POLICY = notify.Policy(max_attempts=4, backoff=timedelta(seconds=60), backoff_max=timedelta(minutes=10),
                       lease=timedelta(minutes=5))


class SmtpStub(socketserver.ThreadingTCPServer):
    """Speaks enough SMTP for smtplib. Answers ``451`` to MAIL FROM for the first ``fail_first``
    transactions (a greylisting or overloaded relay), then accepts and records every message."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port: int = 0, *, fail_first: int = 0, delay: float = 0.0) -> None:
        self.fail_first = fail_first
        self.delay = delay
        self.transactions = 0
        self.received: list[tuple[list[str], str]] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _Handler)
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def subjects(self) -> list[str]:
        return sorted(line[len("Subject: "):].strip() for _, data in self.received
                      for line in data.splitlines() if line.startswith("Subject: "))

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(socketserver.StreamRequestHandler):
    server: SmtpStub

    def handle(self) -> None:
        self.request.settimeout(10)
        self.wfile.write(b"220 stub ESMTP\r\n")
        rcpts: list[str] = []
        while line := self.rfile.readline():
            cmd = line.decode().strip()
            upper = cmd.upper()
            if upper.startswith("MAIL FROM:"):
                with self.server.lock:
                    self.server.transactions += 1
                    refuse = self.server.transactions <= self.server.fail_first
                self.wfile.write(b"451 try again later\r\n" if refuse else b"250 ok\r\n")
            elif upper.startswith("RCPT TO:"):
                rcpts.append(cmd[8:].strip("<> "))
                self.wfile.write(b"250 ok\r\n")
            elif upper == "DATA":
                self.wfile.write(b"354 go\r\n")
                data = []
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk.decode())
                if self.server.delay:
                    time.sleep(self.server.delay)
                with self.server.lock:
                    self.server.received.append((rcpts, "".join(data)))
                rcpts = []
                self.wfile.write(b"250 queued\r\n")
            elif upper == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            elif upper == "RSET":
                rcpts = []
                self.wfile.write(b"250 ok\r\n")
            else:  # EHLO, HELO, NOOP
                self.wfile.write(b"250 stub\r\n")


def _free_port() -> int:
    """A loopback port with nothing listening (a connection to it is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _smtp(port: int) -> notify.Channel:
    return notify.make_channel("smtp", host="127.0.0.1", port=port, sender="rihai@example.org", timeout=5)


@pytest.fixture
def factory(engine) -> Iterator[sessionmaker[Session]]:  # type: ignore[no-untyped-def]
    """Sessions that really commit (a worker in another session or process must see the rows);
    the outbox is emptied before and after."""
    with engine.begin() as conn:
        conn.execute(sa.delete(OutboxMessage))
    yield sessionmaker(engine, expire_on_commit=False)
    with engine.begin() as conn:
        conn.execute(sa.delete(OutboxMessage))


def _queue(factory: sessionmaker[Session], *subjects: str) -> None:
    with transaction(factory) as session:
        for subject in subjects:
            notify.queue(session, ["desk@provider.example.org"], subject, "Open Rihai (SYNTHETIC).")


def _rows(factory: sessionmaker[Session]) -> list[OutboxMessage]:
    with factory() as session:
        return list(session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)))


def test_relay_down_then_451_then_up_every_message_once_with_backoff(factory) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    channel = _smtp(port)
    _queue(factory, "(TEST) one", "(TEST) two", "(TEST) three")
    t0 = utcnow()

    # The relay is down: nothing is lost, each row waits a first backoff.
    first = notify.deliver_due(factory, channel=channel, policy=POLICY, clock=lambda: t0)
    assert len(first.retrying) == 3 and first.sent == []
    rows = _rows(factory)
    assert {(r.status, r.attempts, r.last_error_kind) for r in rows} == {(PENDING, 1, "ConnectionRefusedError")}
    assert all(r.next_attempt_at == t0 + timedelta(seconds=60) for r in rows)

    # Before the backoff has passed nothing is tried, even once the relay is back.
    server = SmtpStub(port, fail_first=2)
    try:
        early = notify.deliver_due(factory, channel=channel, policy=POLICY, clock=lambda: t0 + timedelta(seconds=59))
        assert (early.sent, early.retrying) == ([], []) and server.transactions == 0

        # Back, but greylisting: two messages get 451 (their backoff doubles), one goes out.
        t1 = t0 + timedelta(seconds=61)
        second = notify.deliver_due(factory, channel=channel, policy=POLICY, clock=lambda: t1)
        assert (len(second.retrying), len(second.sent)) == (2, 1)
        waiting = [r for r in _rows(factory) if r.status == PENDING]
        assert {(r.attempts, r.last_error_kind) for r in waiting} == {(2, "SMTPSenderRefused:451")}
        assert all(r.next_attempt_at == t1 + timedelta(seconds=120) for r in waiting)
        assert notify.deliver_due(factory, channel=channel, policy=POLICY,
                                  clock=lambda: t1 + timedelta(seconds=119)).sent == []

        third = notify.deliver_due(factory, channel=channel, policy=POLICY, clock=lambda: t1 + timedelta(seconds=121))
        assert len(third.sent) == 2
        # Later runs find nothing: each message reached the relay exactly once.
        assert notify.deliver_due(factory, channel=channel, policy=POLICY,
                                  clock=lambda: t1 + timedelta(days=1)).sent == []
        assert server.subjects() == ["(TEST) one", "(TEST) three", "(TEST) two"]
        assert all(rcpts == ["desk@provider.example.org"] for rcpts, _ in server.received)
    finally:
        server.close()
    rows = _rows(factory)
    assert [r.status for r in rows] == [SENT] * 3
    assert sorted(r.attempts for r in rows) == [2, 3, 3]
    assert all(r.recipients is None and r.body is None and r.sent_at is not None for r in rows)


def test_gives_up_after_max_attempts_is_counted_and_can_be_retried(factory) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    _queue(factory, "(TEST) stuck")
    now = utcnow()
    for _ in range(POLICY.max_attempts):
        notify.deliver_due(factory, channel=_smtp(port), policy=POLICY, clock=lambda: now)
        now += POLICY.backoff_max
    [row] = _rows(factory)
    assert (row.status, row.attempts) == (FAILED, POLICY.max_attempts)
    with factory() as session:
        st = notify.status(session)
    assert (st.pending, st.failed, [r[0] for r in st.failed_rows]) == (0, 1, [row.id])
    # Tried no more, however long we wait...
    assert notify.deliver_due(factory, channel=_smtp(port), policy=POLICY, clock=lambda: now + timedelta(days=9)
                              ) == notify.Delivery()
    # ...until an operator queues it again.
    with transaction(factory) as session:
        assert notify.retry_failed(session) == [row.id]
    server = SmtpStub(port)
    try:
        assert notify.deliver_due(factory, channel=_smtp(port), policy=POLICY).sent == [row.id]
    finally:
        server.close()
    assert server.subjects() == ["(TEST) stuck"]


def test_a_permanent_refusal_fails_at_once() -> None:
    import smtplib

    from rihai.notify.outbox import _error_kind

    assert _error_kind(smtplib.SMTPSenderRefused(550, b"no", "x@example.org")) == ("SMTPSenderRefused:550", True)
    assert _error_kind(smtplib.SMTPSenderRefused(451, b"later", "x@example.org"))[1] is False
    assert _error_kind(ConnectionRefusedError()) == ("ConnectionRefusedError", False)


def test_rolled_back_work_queues_nothing(factory) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), transaction(factory) as session:
        notify.queue(session, ["desk@provider.example.org"], "(TEST) never", "B")
        session.flush()
        raise RuntimeError("the change failed after queueing its notice")
    assert _rows(factory) == []
    recording = notify.RecordingChannel()
    assert notify.deliver_due(factory, channel=recording).sent == [] and recording.sent == []


_CHILD = """
import os, sys
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai import notify

install_keyring(Keyring.from_json(os.environ["OUTBOX_TEST_KEYRING"]))
factory = make_sessionmaker(make_engine(sys.argv[1]))
with transaction(factory) as session:
    notify.queue(session, ["desk@provider.example.org"], sys.argv[2], "Open Rihai (SYNTHETIC).")
if sys.argv[3] == "during-send":
    class Dies:
        def send(self, message):
            os._exit(9)  # the process is killed with the message in hand
    notify.deliver_due(factory, channel=Dies())
os._exit(9)  # killed before any worker ran: no clean shutdown, no after-commit delivery
"""


def _crash(engine, keyring, subject: str, when: str) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "OUTBOX_TEST_KEYRING": keyring.to_json(),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", _CHILD, engine.url.render_as_string(hide_password=False),
                           subject, when], env=env, timeout=180, capture_output=True)
    assert done.returncode == 9, done.stderr.decode()[-2000:]


def test_committed_notices_survive_a_crash_before_and_during_delivery(engine, keyring, factory) -> None:  # type: ignore[no-untyped-def]
    _crash(engine, keyring, "(TEST) during", "during-send")
    _crash(engine, keyring, "(TEST) before", "before-send")
    rows = {r.subject: r for r in _rows(factory)}
    assert {s: (r.status, r.attempts, r.lease_until is not None) for s, r in rows.items()} == {
        "(TEST) before": (PENDING, 0, False), "(TEST) during": (PENDING, 1, True)}
    server = SmtpStub()
    try:
        # The next worker sends what was never tried; the one a dead worker held waits out its lease.
        now = utcnow()
        assert notify.deliver_due(factory, channel=_smtp(server.port), policy=POLICY, clock=lambda: now
                                  ).sent == [rows["(TEST) before"].id]
        assert server.subjects() == ["(TEST) before"]
        later = now + POLICY.lease + timedelta(seconds=1)
        assert notify.deliver_due(factory, channel=_smtp(server.port), policy=POLICY, clock=lambda: later
                                  ).sent == [rows["(TEST) during"].id]
        assert notify.deliver_due(factory, channel=_smtp(server.port), policy=POLICY,
                                  clock=lambda: later + timedelta(days=1)).sent == []
    finally:
        server.close()
    assert server.subjects() == ["(TEST) before", "(TEST) during"]


def test_a_message_that_kills_every_worker_is_given_up(factory) -> None:  # type: ignore[no-untyped-def]
    _queue(factory, "(TEST) poison")
    now = utcnow()
    with factory() as session:  # as if max_attempts workers had died holding it
        session.execute(sa.update(OutboxMessage).values(attempts=POLICY.max_attempts, claim_token="x" * 32,
                                                        lease_until=now - timedelta(seconds=1)))
        session.commit()
    recording = notify.RecordingChannel()
    done = notify.deliver_due(factory, channel=recording, policy=POLICY, clock=lambda: now)
    assert len(done.failed) == 1 and recording.sent == []
    assert [(r.status, r.last_error_kind) for r in _rows(factory)] == [(FAILED, "WorkerLost")]


def test_an_unreadable_row_fails_alone_and_does_not_block_the_queue(factory) -> None:  # type: ignore[no-untyped-def]
    _queue(factory, "(TEST) unreadable", "(TEST) fine")
    bad, good = _rows(factory)
    stranger = Keyring.generate()  # a key this process does not hold (removed from the keyring)
    with factory() as session:
        session.execute(sa.text("UPDATE notification_outbox SET recipients = :blob WHERE id = :id"),
                        {"blob": stranger.encrypt('["x@example.org"]', "notification_outbox.recipients"),
                         "id": bad.id})
        session.commit()
    recording = notify.RecordingChannel()
    done = notify.deliver_due(factory, channel=recording, policy=POLICY)
    assert (done.failed, done.sent) == ([bad.id], [good.id])
    assert [m.subject for m in recording.sent] == ["(TEST) fine"]
    with factory() as session:
        assert session.execute(sa.select(OutboxMessage.status, OutboxMessage.last_error_kind)
                               .order_by(OutboxMessage.id)).all() == [(FAILED, "KeyringError"), (SENT, None)]


class _Rendezvous:
    """A channel that holds its first message until a second worker sends another one, so the
    two workers are certainly delivering at the same time (bounded: gives up after 20 s)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.second_started = threading.Event()
        self.first_thread: str | None = None

    def send(self, message: notify.Message) -> None:
        me = threading.current_thread().name
        with self.lock:
            if self.first_thread is None:
                self.first_thread = me
            elif me != self.first_thread:
                self.second_started.set()
            self.sent.append((me, message.subject))
        if me == self.first_thread:
            self.second_started.wait(timeout=20)


def test_two_workers_at_once_never_send_a_row_twice(engine, factory) -> None:  # type: ignore[no-untyped-def]
    subjects = [f"(TEST) race {i}" for i in range(8)]
    _queue(factory, *subjects)
    channel = _Rendezvous()
    # Two workers in threads, each with its own sessions and connections (processes: the test
    # after this one).
    results: dict[str, notify.Delivery] = {}

    def work(name: str) -> None:
        results[name] = notify.deliver_due(sessionmaker(engine, expire_on_commit=False), channel=channel,
                                           policy=POLICY)

    threads = [threading.Thread(target=work, args=(f"w{i}",), name=f"w{i}") for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert channel.second_started.is_set(), "the two workers never delivered at the same time"
    assert sorted(s for _, s in channel.sent) == sorted(subjects)  # each once, none lost
    assert {name for name, _ in channel.sent} == {"w0", "w1"}
    assert sorted(results["w0"].sent + results["w1"].sent) == sorted(r.id for r in _rows(factory))
    assert all(r.status == SENT and r.attempts == 1 for r in _rows(factory))


_WORKER = """
import json, os, sys
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker
from rihai import notify

install_keyring(Keyring.from_json(os.environ["OUTBOX_TEST_KEYRING"]))
channel = notify.make_channel("smtp", host="127.0.0.1", port=int(sys.argv[2]), sender="rihai@example.org", timeout=5)
print(json.dumps(notify.deliver_due(make_sessionmaker(make_engine(sys.argv[1])), channel=channel).sent))
"""


def test_two_worker_processes_never_send_a_row_twice(engine, keyring, factory) -> None:  # type: ignore[no-untyped-def]
    subjects = [f"(TEST) process race {i}" for i in range(10)]
    _queue(factory, *subjects)
    server = SmtpStub(delay=0.1)  # slow enough that the two processes overlap
    env = {**os.environ, "OUTBOX_TEST_KEYRING": keyring.to_json(),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    url = engine.url.render_as_string(hide_password=False)
    try:
        procs = [subprocess.Popen([sys.executable, "-c", _WORKER, url, str(server.port)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
        outs = [p.communicate(timeout=180) for p in procs]
    finally:
        server.close()
    assert all(p.returncode == 0 for p in procs), [err.decode()[-2000:] for _, err in outs]
    sent = [json.loads(out.decode().strip().splitlines()[-1]) for out, _ in outs]
    assert sorted(sent[0] + sent[1]) == sorted(r.id for r in _rows(factory))  # each row by one process
    assert server.subjects() == sorted(subjects)  # each message reached the relay once


def test_a_worker_process_beside_the_server_leaves_the_sqlite_files_alone(engine, keyring, factory
                                                                         ) -> None:  # type: ignore[no-untyped-def]
    """The server holds several connections (and opens new ones); a ``rihai notify deliver`` beside
    it exits. Opening a connection once closed a descriptor of the database file, which drops all
    of the process's POSIX locks: the exiting process took itself for the last user and deleted
    the -shm under the server's connections (every later query: "disk I/O error")."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's file locking")
    _queue(factory, "(TEST) beside the server")
    held = [engine.connect().execution_options(rihai_read_mostly=True) for _ in range(2)]
    try:
        for conn in held:
            conn.execute(sa.text("SELECT 1"))
        server = SmtpStub()
        try:
            child = subprocess.run([sys.executable, "-c", _WORKER, engine.url.render_as_string(hide_password=False),
                                    str(server.port)], timeout=180, capture_output=True,
                                   env={**os.environ, "OUTBOX_TEST_KEYRING": keyring.to_json(),
                                        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")})
        finally:
            server.close()
        assert child.returncode == 0, child.stderr.decode()[-2000:]
        assert Path(engine.url.database + "-shm").exists()
    finally:
        for conn in held:
            conn.close()
    fresh = make_engine(engine.url.render_as_string(hide_password=False))
    try:
        with fresh.connect() as conn:
            assert conn.execute(sa.text("SELECT status FROM notification_outbox")).scalars().all() == [SENT]
    finally:
        fresh.dispose()


def test_postgresql_workers_skip_rows_another_holds_instead_of_waiting(engine, factory) -> None:  # type: ignore[no-untyped-def]
    if engine.dialect.name != "postgresql":
        pytest.skip("SKIP LOCKED is PostgreSQL's; SQLite serialises writers instead")
    _queue(factory, "(TEST) held", "(TEST) free")
    held, free = _rows(factory)
    recording = notify.RecordingChannel()
    result: list[notify.Delivery] = []
    with engine.connect() as other:
        tx = other.begin()
        other.execute(sa.select(OutboxMessage.id).where(OutboxMessage.id == held.id).with_for_update())
        worker = threading.Thread(target=lambda: result.append(
            notify.deliver_due(factory, channel=recording, policy=POLICY)))
        worker.start()
        worker.join(timeout=60)
        finished_while_held = not worker.is_alive()
        tx.rollback()
    worker.join(timeout=60)
    assert finished_while_held, "the worker queued behind a row lock instead of skipping it"
    assert result[0].sent == [free.id] and [m.subject for m in recording.sent] == ["(TEST) free"]


def test_referral_sent_while_the_relay_is_down_is_delivered_once_it_recovers(db, make_browser, session_factory
                                                                            ) -> None:  # type: ignore[no-untyped-def]
    """Through the HTTP API: the request succeeds though mail is down; the notice is kept and
    reaches the provider's desk when the relay answers again, once, without the person's name."""
    world = make_world(db)
    sender = world.actor("caseworker")
    provider = make_provider(db, world.other_agency, "Shelter", name="Safe House (TEST)")
    case = make_case(db, sender, person=PersonFactory(given_name="Outboxname", sex="Female"))
    give_consent(db, sender, case.id)
    db.flush()
    browser = make_browser()
    browser.login(world.users["caseworker"].username, PASSWORD)
    port = _free_port()
    r = browser.post(f"/api/v1/cases/{case.id}/referrals", json={"provider_id": provider.id, "service": "Shelter"})
    assert r.status_code == 201, r.text
    t0 = utcnow()
    down = notify.deliver_due(session_factory, channel=_smtp(port), policy=POLICY, clock=lambda: t0)
    assert down.sent == [] and len(down.retrying) >= 1
    server = SmtpStub(port)
    try:
        up = notify.deliver_due(session_factory, channel=_smtp(port), policy=POLICY,
                                clock=lambda: t0 + timedelta(hours=1))
        assert sorted(up.sent) == sorted(down.retrying)
        assert notify.deliver_due(session_factory, channel=_smtp(port), policy=POLICY,
                                  clock=lambda: t0 + timedelta(days=1)).sent == []
    finally:
        server.close()
    desk = [data for rcpts, data in server.received if "desk@provider.example.org" in rcpts]
    assert len(desk) == 1 and "awaits" in desk[0] and "Outboxname" not in desk[0]


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_cli_status_retry_deliver(kind, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cli.clitools import rihai_for

    port = _free_port()
    monkeypatch.setenv("RIHAI_NOTIFY_BACKEND", "smtp")
    monkeypatch.setenv("RIHAI_SMTP_PORT", str(port))
    monkeypatch.setenv("RIHAI_NOTIFY_MAX_ATTEMPTS", "1")
    with rihai_for(kind, tmp_path) as rihai:
        assert rihai("keys", "init").exit_code == 0
        assert rihai("db", "upgrade").exit_code == 0
        with rihai.session() as s:
            notify.queue(s, ["desk@provider.example.org"], "(TEST) via cli", "B")
            s.commit()
        # Key rotation re-encrypts waiting notifications too (retiring the old key).
        assert rihai("keys", "rotate", "--retire-old").exit_code == 0
        ring = rihai.keyring()
        with rihai.session(ring) as s:
            blobs = s.execute(sa.text("SELECT recipients, body FROM notification_outbox")).one()
        assert {Keyring.key_id_of(bytes(b)) for b in blobs} == {ring.active} and set(ring.keys) == {ring.active}
        down = rihai("notify", "deliver")
        assert down.exit_code == 1 and "failed 1" in down.output
        st = rihai("notify", "status", "--json", "--check")
        assert st.exit_code == 1
        status = json.loads(st.output)
        assert (status["pending"], status["failed"]) == (0, 1) and "desk@" not in st.output
        assert "queued again: 1" in rihai("notify", "retry").output
        server = SmtpStub(port)
        try:
            up = rihai("notify", "deliver")
        finally:
            server.close()
        assert up.exit_code == 0 and "sent 1" in up.output
        assert server.subjects() == ["(TEST) via cli"]
        assert json.loads(rihai("notify", "status", "--json").output)["sent"] == 1
        with rihai.session() as s:
            tags = list(s.scalars(sa.text("SELECT tag FROM audit_events")))
        assert "notify:outbox:retry" in tags


def test_the_web_app_runs_the_worker_woken_by_commits_and_stops_it(engine, keyring, factory, tmp_path
                                                                    ) -> None:  # type: ignore[no-untyped-def]
    """``create_app``'s lifespan starts one worker: rows left by an earlier process go out at
    start-up, a commit in this process wakes it (the poll is set far longer than the wait), and
    shutdown ends its thread."""
    from fastapi.testclient import TestClient

    from rihai.app import create_app
    from rihai.settings import Settings

    _queue(factory, "(TEST) left over")
    settings = Settings(data_dir=tmp_path, environment="test", cookie_secure=False,
                        database_url=engine.url.render_as_string(hide_password=False), notify_poll_seconds=600)
    app = create_app(settings, keyring=keyring)
    app.state.notify_worker_autostart = True
    recording = notify.RecordingChannel()

    def sent_within(subjects: list[str], seconds: float = 60) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if sorted(m.subject for m in recording.sent) == subjects:
                return True
            time.sleep(0.05)
        return False

    old = notify.install_channel(recording)  # after create_app installed the configured one
    try:
        with TestClient(app):
            assert sent_within(["(TEST) left over"])
            with transaction(app.state.sessionmaker) as session:
                notify.queue(session, ["desk@provider.example.org"], "(TEST) just now", "B")
            assert sent_within(["(TEST) just now", "(TEST) left over"])
            worker = app.state.runner.job(notify.worker.JOB)
            assert worker.alive
    finally:
        notify.install_channel(old)
    assert not worker.alive
    assert [r.status for r in _rows(factory)] == [SENT, SENT]
