"""Issue 13, item 7: a truncated audit log must not verify as intact.

Each attack is what someone with the database in hand does (its owner's rights: they lift the
append-only guard first), checked the way an operator would, with ``rihai audit verify``, on a
fresh SQLite data dir and a fresh PostgreSQL database. Events are recorded as the services record
them (``audit.record``, committed)."""

from __future__ import annotations

import json
import re
import threading

import pytest
import sqlalchemy as sa
from cli.clitools import restore_keyring, rihai_for
from fastapi.testclient import TestClient
from security.tampering import lift_append_only

from rihai.access import audit, audit_anchor
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import AuditEvent
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker
from rihai.migrations import upgrade
from rihai.settings import Settings

ACTOR = Actor.system("test")


@pytest.fixture(params=["sqlite", "postgresql"])
def rihai(request, tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for(request.param, tmp_path) as cli:
        assert cli("keys", "init").exit_code == 0
        up = cli("db", "upgrade")
        assert up.exit_code == 0, up.output
        yield cli


def add_events(rihai, n: int) -> None:  # type: ignore[no-untyped-def]
    with rihai.session() as s:
        for i in range(n):
            audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id=f"synthetic-case-{i}",
                         fields=["person.given_name"])
        s.commit()


def rows(rihai) -> int:  # type: ignore[no-untyped-def]
    with rihai.session() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(AuditEvent))


def checkpoint_file(rihai):  # type: ignore[no-untyped-def]
    return rihai.data_dir / "audit-checkpoints.jsonl"


def verified(rihai) -> bool:  # type: ignore[no-untyped-def]
    result = rihai("audit", "verify")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code == 0


def test_normal_operation_verifies(rihai):
    add_events(rihai, 5)
    made = rihai("audit", "checkpoint")
    assert made.exit_code == 0, made.output
    assert "row 5" in made.output
    add_events(rihai, 3)
    ok = rihai("audit", "verify")
    assert ok.exit_code == 0, ok.output
    assert "checked 8 audit rows" in ok.output and "intact" in ok.output
    add_events(rihai, 2)
    assert verified(rihai)
    lines = [json.loads(line) for line in checkpoint_file(rihai).read_text().splitlines()]
    assert [(c["seq"], c["count"], c["by"]) for c in lines] == [(5, 5, "checkpoint"), (8, 8, "verify"),
                                                                 (10, 10, "verify")]
    # A checkpoint holds the head's position and digest, never anything about a person or case.
    assert all(set(c) == {"format", "kind", "seq", "digest", "count", "at", "by", "sig"} for c in lines)
    assert "synthetic" not in checkpoint_file(rihai).read_text()
    assert oct(checkpoint_file(rihai).stat().st_mode & 0o777) == "0o600"


def test_deleting_the_newest_rows_fails_verify(rihai):
    add_events(rihai, 6)
    assert verified(rihai)  # anchors row 6
    with rihai.session() as s:
        lift_append_only(s)
        s.execute(sa.delete(AuditEvent).where(AuditEvent.seq > 3))
        s.commit()
    assert rows(rihai) == 3
    broken = rihai("audit", "verify")
    assert broken.exit_code == 1
    assert "newest audit rows are missing" in broken.output
    assert "ends at row 3" in broken.output and "up to 6" in broken.output
    # A failed verify anchors nothing: the next one still fails.
    assert not verified(rihai)


def test_emptying_the_table_fails_verify(rihai):
    add_events(rihai, 4)
    assert verified(rihai)
    with rihai.session() as s:
        lift_append_only(s)
        s.execute(sa.delete(AuditEvent))
        s.commit()
    broken = rihai("audit", "verify")
    assert broken.exit_code == 1
    assert "audit table is empty" in broken.output and "4 rows" in broken.output


def test_deleting_the_tail_and_writing_new_rows_over_it_fails_verify(rihai):
    """Someone without the keys who deletes the tail cannot refill it to the checkpoint's height:
    the rows they write do not carry the chain's MACs."""
    add_events(rihai, 4)
    assert verified(rihai)
    with rihai.session() as s:
        last = s.scalar(sa.select(AuditEvent).where(AuditEvent.seq == 4))
        lift_append_only(s)
        s.execute(sa.delete(AuditEvent).where(AuditEvent.seq == 4))
        s.execute(sa.insert(AuditEvent).values(
            seq=4, at=last.at, via="cli", tag="cases:case:list", fields=[], related_ids=[],
            prev_hash=last.prev_hash, hash="f" * 64))
        s.commit()
    broken = rihai("audit", "verify")
    assert broken.exit_code == 1
    assert "row 4 was altered" in broken.output and "chain was rewritten" in broken.output


def test_the_database_refuses_update_and_delete_of_audit_rows(rihai):
    add_events(rihai, 3)
    engine = make_engine(rihai.settings.resolved_database_url)
    statements = [sa.update(AuditEvent).where(AuditEvent.seq == 2).values(tag="cases:case:list"),
                  sa.delete(AuditEvent).where(AuditEvent.seq == 3), sa.delete(AuditEvent)]
    if engine.dialect.name == "postgresql":
        statements.append(sa.text("TRUNCATE audit_events"))
    try:
        for stmt in statements:
            with engine.connect() as conn:
                with pytest.raises(sa.exc.DBAPIError, match="append-only"):
                    conn.execute(stmt)
                conn.rollback()
    finally:
        engine.dispose()
    assert rows(rihai) == 3
    assert verified(rihai)


def test_a_forged_or_edited_checkpoint_fails_verify(rihai):
    add_events(rihai, 3)
    assert verified(rihai)
    path = checkpoint_file(rihai)
    genuine = path.read_text()
    # Edited: claim fewer rows were ever there (to hide a truncation to come).
    line = json.loads(genuine.splitlines()[-1])
    path.write_text(genuine.replace(f'"count":{line["count"]}', '"count":1'))
    edited = rihai("audit", "verify")
    assert edited.exit_code == 1 and "bad signature" in edited.output
    # Forged: a whole new line signed with a key that is not this keyring's.
    fake = audit_anchor.Checkpoint("restore", 1, line["digest"], 1, line["at"], "restore")
    path.write_text(genuine + fake.signed(Keyring.generate()).line() + "\n")
    forged = rihai("audit", "verify")
    assert forged.exit_code == 1 and "line 2 has a bad signature" in forged.output
    # Damaged: not a checkpoint at all.
    path.write_text(genuine + "{not json\n")
    assert not verified(rihai)
    path.write_text(genuine)
    assert verified(rihai)


def test_a_restore_marker_is_what_lets_the_log_go_back(rihai):
    """Only a signed restore marker ('rihai restore', or 'rihai audit checkpoint --after-restore'
    after pg_restore) excuses a shorter log."""
    add_events(rihai, 5)
    assert verified(rihai)
    with rihai.session() as s:
        lift_append_only(s)
        s.execute(sa.delete(AuditEvent).where(AuditEvent.seq > 2))
        s.commit()
    assert not verified(rihai)
    marked = rihai("audit", "checkpoint", "--after-restore")
    assert marked.exit_code == 0, marked.output
    assert "restore marker written at row 2" in marked.output
    assert verified(rihai)
    with rihai.session() as s:
        assert s.scalar(sa.select(AuditEvent.tag).where(AuditEvent.seq == 3)) == "access:backup:restore"
    # The marker excuses the shorter log, not an edit of what is left.
    with rihai.session() as s:
        lift_append_only(s)
        s.execute(sa.update(AuditEvent).where(AuditEvent.seq == 1).values(tag="cases:case:list"))
        s.commit()
    assert not verified(rihai)


def test_the_server_writes_checkpoints_as_events_come(tmp_path):
    """The server's writer (started in the app's lifespan) checkpoints every N events and once
    more at shutdown; on the server's own SQLite database."""
    from rihai.app import create_app

    ring = Keyring.generate()
    settings = Settings(data_dir=tmp_path, environment="test", cookie_secure=False,
                        audit_checkpoint_events=3, audit_checkpoint_seconds=0)
    upgrade(settings.resolved_database_url)
    path = audit_anchor.checkpoint_path(settings)
    with restore_keyring():
        app = create_app(settings, keyring=ring)
        run_a_server(app, settings, ring)
    seqs = [json.loads(line)["seq"] for line in path.read_text().splitlines()]
    assert seqs[0] == 3 and seqs[-1] == 4


def run_a_server(app, settings, ring) -> None:  # type: ignore[no-untyped-def]
    factory = app.state.sessionmaker
    with TestClient(app):
        writer = audit_anchor.CheckpointWriter(settings, app.state.engine, ring)
        for _ in range(2):
            with factory() as s:
                audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
                s.commit()
        assert writer.tick() is None  # 2 events: not yet
        with factory() as s:
            audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
            s.commit()
        cp = writer.tick()
        assert cp is not None and (cp.seq, cp.count, cp.by) == (3, 3, "server")
        assert writer.tick() is None  # nothing new
        with factory() as s:
            audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
            s.commit()
    # Leaving the client ran the lifespan's shutdown: its writer checkpointed the last event.
    with factory() as s:
        result = audit_anchor.verify(s, settings, ring)
    assert result.ok and result.latest.seq == 4, result.problems


def test_checkpoints_also_go_to_syslog(tmp_path):
    """RIHAI_AUDIT_SYSLOG: each checkpoint line is sent to syslog too (a UDP listener on
    loopback stands in for it)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.settimeout(20)
        port = listener.getsockname()[1]
        settings = Settings(data_dir=tmp_path, audit_syslog=f"127.0.0.1:{port}")
        ring = Keyring.generate()
        cp = audit_anchor.append(settings, ring, audit_anchor.Head(7, "ab" * 32, 7), by="checkpoint")
        message = listener.recv(4096).decode()
    assert "rihai: audit-checkpoint" in message and cp.sig in message
    assert re.search(r'"seq":7', message)


def test_the_guard_is_in_place_at_head_on_the_test_database(db):
    """A later migration that recreates audit_events (SQLite batch mode) must create the triggers
    again; this fails if it did not. Checked on the suite's own database, inside its rollback."""
    audit.record(db, ACTOR, AuditTag.CASE_LIST, subject_type="case")
    audit.append_pending(db)
    for stmt in (sa.delete(AuditEvent), sa.update(AuditEvent).values(tag="cases:case:read")):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            with db.begin_nested():
                db.execute(stmt)


def test_the_writer_never_holds_up_writers(tmp_path):
    """The writer reads the head as a reader: a transaction holding SQLite's write lock does not
    stop it (and it does not stop that transaction)."""
    settings = Settings(data_dir=tmp_path, audit_checkpoint_events=1, audit_checkpoint_seconds=0)
    upgrade(settings.resolved_database_url)
    ring = Keyring.generate()
    with restore_keyring():
        install_keyring(ring)
        engine = make_engine(settings.resolved_database_url)
        try:
            factory = make_sessionmaker(engine)
            with factory() as s:
                audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
                s.commit()
            writer = audit_anchor.CheckpointWriter(settings, engine, ring)
            holder = factory()
            audit.record(holder, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="x")
            audit.append_pending(holder)  # holds the write lock now
            done = threading.Event()
            result: list[object] = []
            worker = threading.Thread(target=lambda: (result.append(writer.tick()), done.set()))
            worker.start()
            assert done.wait(25), "the checkpoint writer waited for a writer's lock"
            worker.join()
            holder.commit()
            holder.close()
            assert result[0] is not None and result[0].seq == 1
        finally:
            engine.dispose()


def test_the_web_verify_sees_a_missing_tail_and_a_forged_checkpoint(browser, db, settings, keyring):
    """GET /api/v1/audit/verify (an administrator's) checks the same checkpoints as the command,
    on the suite's database inside its rollback; it writes none itself (a GET changes nothing)."""
    from conftest import enrol_totp
    from factories import PASSWORD, make_world

    world = make_world(db)
    db.commit()
    browser.login(world.users["administrator"].username, PASSWORD)
    enrol_totp(browser)
    path = audit_anchor.checkpoint_path(settings)
    first = browser.get("/api/v1/audit/verify")
    assert first.status_code == 200 and first.json()["ok"], first.json()
    assert not path.exists()
    head = first.json()["head_seq"]
    # As if the newest rows had gone after a checkpoint saw them: the checkpoint is ahead.
    audit_anchor.append(settings, keyring, audit_anchor.Head(head + 40, "ab" * 32, head + 40),
                        by="checkpoint")
    truncated = browser.get("/api/v1/audit/verify").json()
    assert not truncated["ok"]
    assert any("newest audit rows are missing" in p for p in truncated["problems"])
    path.write_text(path.read_text().replace(f'"seq":{head + 40}', f'"seq":{head}'))
    forged = browser.get("/api/v1/audit/verify").json()
    assert not forged["ok"] and any("bad signature" in p for p in forged["problems"])


def test_the_documented_postgresql_grants_keep_the_app_role_from_rewriting_the_log(tmp_path):
    """docs/operations.md: the server runs as a role that owns nothing, with UPDATE, DELETE and
    TRUNCATE on audit_events revoked. That role cannot change the log, nor lift the guard, yet
    still appends."""
    import secrets

    with rihai_for("postgresql", tmp_path) as cli:
        assert cli("keys", "init").exit_code == 0
        assert cli("db", "upgrade").exit_code == 0
        add_events(cli, 3)
        role = f"rihai_app_{secrets.token_hex(4)}"
        engine = make_engine(cli.settings.resolved_database_url)  # the owner (the suite's superuser)
        with engine.begin() as conn:
            for sql in (f'CREATE ROLE "{role}"',
                        f'GRANT USAGE ON SCHEMA public TO "{role}"',
                        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
                        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
                        f'REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM "{role}"'):
                conn.exec_driver_sql(sql)
        try:
            for sql in ("UPDATE audit_events SET tag = 'cases:case:list' WHERE seq = 2",
                        "DELETE FROM audit_events WHERE seq > 1", "TRUNCATE audit_events",
                        "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only",
                        "DROP TRIGGER audit_events_append_only ON audit_events"):
                with engine.connect() as conn:
                    conn.exec_driver_sql(f'SET ROLE "{role}"')
                    with pytest.raises(sa.exc.DBAPIError, match="permission denied|must be owner"):
                        conn.exec_driver_sql(sql)
                    conn.rollback()
                    conn.exec_driver_sql("RESET ROLE")
            with engine.connect() as conn:
                conn.exec_driver_sql(f'SET ROLE "{role}"')
                with sa.orm.Session(bind=conn) as s:
                    audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
                    s.commit()
                conn.exec_driver_sql("RESET ROLE")
                conn.commit()
        finally:
            with engine.begin() as conn:
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
            engine.dispose()
        assert rows(cli) == 4
        assert verified(cli)


def test_an_unwritable_checkpoint_file_is_an_error_not_a_silent_pass(tmp_path, monkeypatch):
    with rihai_for("sqlite", tmp_path) as cli:
        assert cli("keys", "init").exit_code == 0
        assert cli("db", "upgrade").exit_code == 0
        add_events(cli, 2)
        monkeypatch.setenv("RIHAI_AUDIT_CHECKPOINT_FILE", str(tmp_path))  # a directory
        for args in (("audit", "verify"), ("audit", "checkpoint")):
            result = cli(*args)
            assert result.exit_code == 1 and "the checkpoint file" in result.output


def test_the_server_checkpoints_after_m_seconds_even_with_few_events(tmp_path):
    settings = Settings(data_dir=tmp_path, audit_checkpoint_events=0, audit_checkpoint_seconds=60)
    upgrade(settings.resolved_database_url)
    ring = Keyring.generate()
    with restore_keyring():
        install_keyring(ring)
        engine = make_engine(settings.resolved_database_url)
        try:
            with make_sessionmaker(engine)() as s:
                audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
                s.commit()
            writer = audit_anchor.CheckpointWriter(settings, engine, ring)
            assert writer.tick() is None  # one event, and the minute has not passed
            writer.last_at -= 61  # as if it had (no sleeping in tests)
            cp = writer.tick()
            assert cp is not None and cp.seq == 1
        finally:
            engine.dispose()


def test_concurrent_appenders_never_interleave_lines(tmp_path):
    """Several worker processes and a CLI command may append at once (O_APPEND, one write per
    line, an exclusive lock): every line stays whole and genuine."""
    settings = Settings(data_dir=tmp_path)
    ring = Keyring.generate()

    def append_many(k: int) -> None:
        for i in range(40):
            audit_anchor.append(settings, ring, audit_anchor.Head(k * 1000 + i, "cd" * 32, i), by="server")

    threads = [threading.Thread(target=append_many, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    found, problems = audit_anchor.load(settings, ring)
    assert problems == [] and len(found) == 160
