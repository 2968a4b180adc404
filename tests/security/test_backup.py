"""Backups (issue 13's gap): ``rihai backup`` and ``rihai restore`` on SQLite, end to end through
the command, with synthetic "(TEST)" cases written through the case service."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import stat
import threading
import time

import pytest
import sqlalchemy as sa
from cli.clitools import Rihai, rihai_for
from factories import FAMILY, make_agency, make_case, make_user

from rihai.access import audit
from rihai.access.auth import actor_for
from rihai.access.models import AuditEvent
from rihai.cases.models import Person
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker


@pytest.fixture
def rihai(tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for("sqlite", tmp_path) as cli:
        assert cli("keys", "init").exit_code == 0
        up = cli("db", "upgrade")
        assert up.exit_code == 0, up.output
        yield cli


def caseworker(rihai):  # type: ignore[no-untyped-def]
    with rihai.session() as s:
        agency = make_agency(s)
        user = make_user(s, agency, "caseworker")
        s.commit()
        return actor_for(user, via="api")


def counts(url: str) -> dict[str, int]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as con:
        return {
            "cases": con.execute("SELECT count(*) FROM cases").fetchone()[0],
            "persons": con.execute("SELECT count(*) FROM persons").fetchone()[0],
            "case_created": con.execute(
                "SELECT count(*) FROM audit_events WHERE tag = 'cases:case:create'").fetchone()[0],
        }


def restored_copy(rihai: Rihai, name: str = "restored") -> Rihai:
    """A second data dir holding the same keyring, as after restoring the keyring's own backup."""
    other = Rihai(rihai.data_dir.parent / name, None)
    other.data_dir.mkdir()
    shutil.copy2(rihai.data_dir / "keyring.json", other.data_dir / "keyring.json")
    return other


def test_a_backup_taken_under_write_load_restores_a_consistent_copy(rihai, tmp_path):
    actor = caseworker(rihai)
    url = rihai.settings.resolved_database_url
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    stop, written, failures = threading.Event(), [0], []
    deadline = time.monotonic() + 120

    def write_cases() -> None:
        # Bounded in count and time; each case and its audit row commit together.
        while not stop.is_set() and written[0] < 300 and time.monotonic() < deadline:
            try:
                with factory() as s:
                    make_case(s, actor)
                    s.commit()
                written[0] += 1
            except Exception as exc:  # noqa: BLE001 - reported by the test below
                failures.append(repr(exc))
                return

    writer = threading.Thread(target=write_cases, name="test-case-writer")
    with rihai.session():  # installs the data dir's keyring for the writer thread
        writer.start()
        try:
            while written[0] < 5 and writer.is_alive() and time.monotonic() < deadline:
                time.sleep(0.05)
            before = written[0]
            out = tmp_path / "backups" / "rihai-backup.db"
            made = rihai("backup", "--out", str(out))
            after_backup = written[0]
            # Let the writer go on a little past the backup, then stop it.
            while written[0] < after_backup + 3 and writer.is_alive() and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            stop.set()
            writer.join(timeout=150)
    engine.dispose()
    assert not failures, failures
    assert made.exit_code == 0, made.output
    assert before >= 5 and written[0] > after_backup, (before, after_backup, written[0])

    # The file: private, one self-contained database, and no key in it.
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not out.with_name(out.name + "-wal").exists()
    assert "keyring is NOT in the backup" in made.output and "keyring.json" in made.output
    ring = rihai.keyring()
    raw = out.read_bytes()
    secrets_ = [ring.session_secret, *[k for pair in ring.keys.values() for k in pair]]
    assert not any(s in raw or base64.urlsafe_b64encode(s) in raw for s in secrets_)
    # The people's names are ciphertext in the copy too (agency names are not personal data).
    assert not any(f"{family} (TEST)".encode() in raw for family in FAMILY)

    other = restored_copy(rihai)
    restored = other("restore", "--from", str(out))
    assert restored.exit_code == 0, restored.output
    assert "the audit chain is intact" in restored.output
    got = counts(other.settings.resolved_database_url)
    # A consistent snapshot: every case with its person and its audit row, none half-written,
    # and somewhere between what was committed before and after the backup ran.
    assert got["cases"] == got["persons"] == got["case_created"]
    assert before <= got["cases"] <= after_backup
    with other.session() as s:
        assert audit.verify(s).ok
        assert all("(TEST)" in p.family_name for p in s.scalars(sa.select(Person)))
        tags = list(s.scalars(sa.select(AuditEvent.tag).order_by(AuditEvent.seq.desc()).limit(2)))
        assert tags == ["access:backup:restore", "access:backup:create"]
    assert other("audit", "verify").exit_code == 0


def test_restore_refuses_a_live_database_without_force_and_goes_back_with_it(rihai, tmp_path):
    actor = caseworker(rihai)
    with rihai.session() as s:
        for _ in range(3):
            make_case(s, actor)
        s.commit()
    assert rihai("audit", "verify").exit_code == 0
    out = tmp_path / "b.db"
    assert rihai("backup", "--out", str(out)).exit_code == 0
    with rihai.session() as s:
        make_case(s, actor)
        s.commit()
    assert rihai("audit", "verify").exit_code == 0  # the checkpoint is now past the backup

    refused = rihai("restore", "--from", str(out))
    assert refused.exit_code == 1 and "refusing to overwrite" in refused.output
    assert counts(rihai.settings.resolved_database_url)["cases"] == 4

    forced = rihai("restore", "--from", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert "the audit chain is intact" in forced.output
    assert counts(rihai.settings.resolved_database_url)["cases"] == 3
    lines = [json.loads(x) for x in (rihai.data_dir / "audit-checkpoints.jsonl").read_text().splitlines()]
    assert [c["kind"] for c in lines].count("restore") == 1
    assert rihai("audit", "verify").exit_code == 0
    assert rihai("backup", "--out", str(out)).exit_code == 1  # never overwrites a file


def test_restore_refuses_what_is_not_a_rihai_backup_of_this_keyring(rihai, tmp_path):
    other = restored_copy(rihai)
    text = tmp_path / "notes.txt"
    text.write_text("not a database (TEST)")
    assert "not an SQLite database" in other("restore", "--from", str(text)).output
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as con:
        con.execute("CREATE TABLE t (x)")
    assert "not a Rihai database" in other("restore", "--from", str(plain)).output

    out = tmp_path / "b.db"
    assert rihai("backup", "--out", str(out)).exit_code == 0
    stranger = Rihai(tmp_path / "stranger", None)
    stranger.data_dir.mkdir()
    Keyring.generate().save(stranger.data_dir / "keyring.json")
    wrong = stranger("restore", "--from", str(out))
    assert wrong.exit_code == 1 and "does not verify with this keyring" in wrong.output
    assert not (stranger.data_dir / "rihai.db").exists()


def test_backup_and_restore_on_postgresql_point_to_pg_dump(tmp_path):
    with rihai_for("postgresql", tmp_path) as cli:
        assert cli("keys", "init").exit_code == 0
        assert cli("db", "upgrade").exit_code == 0
        out = tmp_path / "b.db"
        made = cli("backup", "--out", str(out))
        assert made.exit_code == 1 and "pg_dump --format=custom" in made.output
        assert not out.exists()
        back = cli("restore", "--from", str(out))
        assert back.exit_code == 1 and "pg_restore" in back.output

