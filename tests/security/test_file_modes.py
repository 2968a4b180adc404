"""Files holding data are readable by their owner only (issue 13, item 8): the SQLite database and
its -wal and -shm, the DuckDB statistics store, the keyring and the audit checkpoint file are
mode 0600 however permissive the process's umask, and an older, wider database is narrowed.

An attacker here is another account on the same machine (a shared server, a backup agent, a web
server running as another user) reading files it was never meant to see."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rihai import crypto
from rihai.access.actors import Actor
from rihai.crypto import Keyring
from rihai.db import make_engine, owner_only
from rihai.migrations import upgrade


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The common default (022: files world-readable), so the tests prove the code narrows it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def keep_keyring(keyring: Keyring) -> Iterator[None]:
    # CLI commands install their own keyring: put the test session's back.
    yield
    crypto.install_keyring(keyring)


def test_sqlite_database_wal_and_shm_are_0600(tmp_path: Path) -> None:
    db = tmp_path / "rihai.db"
    upgrade(f"sqlite:///{db}")  # the migration creates the file
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:  # an open connection keeps -wal and -shm on disk
            conn.exec_driver_sql("CREATE TABLE probe (x TEXT)")
            conn.exec_driver_sql("INSERT INTO probe VALUES ('(TEST)')")
            conn.commit()
            files = sorted(p.name for p in tmp_path.iterdir())
            assert {"rihai.db", "rihai.db-wal", "rihai.db-shm"} <= set(files), files
            for name in files:
                assert mode(tmp_path / name) == 0o600, (name, oct(mode(tmp_path / name)))
    finally:
        engine.dispose()


def test_an_older_world_readable_database_is_narrowed(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE probe (x TEXT)")
    os.chmod(db, 0o644)
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM probe")
        assert mode(db) == 0o600
        for companion in ("old.db-wal", "old.db-shm"):
            if (tmp_path / companion).exists():
                assert mode(tmp_path / companion) == 0o600
    finally:
        engine.dispose()


def test_cli_creates_keyring_and_database_0600(tmp_path: Path, keep_keyring: None) -> None:
    from rihai.cli import app

    env = {"RIHAI_DATA_DIR": str(tmp_path), "RIHAI_DATABASE_URL": None, "RIHAI_KEYRING": None,
           "RIHAI_KEY_FILE": None}
    runner = CliRunner()
    assert runner.invoke(app, ["keys", "init"], env=env, catch_exceptions=False).exit_code == 0
    assert runner.invoke(app, ["db", "upgrade"], env=env, catch_exceptions=False).exit_code == 0
    assert mode(tmp_path / "keyring.json") == 0o600
    assert mode(tmp_path / "rihai.db") == 0o600
    for extra in ("rihai.db-wal", "rihai.db-shm"):
        if (tmp_path / extra).exists():
            assert mode(tmp_path / extra) == 0o600


def test_keyring_save_is_0600_even_over_a_wider_leftover(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    leftover = path.with_suffix(".tmp")  # an interrupted save's temporary file, made wide
    leftover.write_text("{}")
    os.chmod(leftover, 0o644)
    Keyring.generate().save(path)
    assert mode(path) == 0o600


def test_statistics_store_is_0600(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    from rihai.stats import extract

    store = tmp_path / extract.STORE_NAME
    extract.refresh(db, Actor.system("test"), store)
    assert mode(store) == 0o600
    for path in tmp_path.iterdir():  # a write-ahead log left behind, spill files
        assert mode(path) & 0o077 == 0, path.name
    assert os.umask(0o022) == 0o022  # the process's umask is given back


def test_a_world_readable_statistics_store_is_narrowed(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    from rihai.stats import extract

    store = tmp_path / extract.STORE_NAME
    duckdb.connect(str(store)).close()
    os.chmod(store, 0o644)
    extract.refresh(db, Actor.system("test"), store)
    assert mode(store) == 0o600


def test_audit_checkpoint_file_is_0600(tmp_path: Path, keyring: Keyring) -> None:
    anchor = pytest.importorskip("rihai.access.audit_anchor")
    from rihai.settings import Settings

    settings = Settings(data_dir=tmp_path, environment="test")
    anchor.append(settings, keyring, anchor.Head(0, "0" * 64, 0), by="test")
    assert mode(anchor.checkpoint_path(settings)) == 0o600


def test_owner_only_restores_the_umask_and_nests(tmp_path: Path) -> None:
    with owner_only():
        with owner_only():
            (tmp_path / "inner").write_text("(TEST)")
        (tmp_path / "outer").write_text("(TEST)")
        (tmp_path / "dir").mkdir()
    (tmp_path / "after").write_text("(TEST)")
    assert mode(tmp_path / "inner") == mode(tmp_path / "outer") == 0o600
    assert mode(tmp_path / "dir") == 0o700
    assert mode(tmp_path / "after") == 0o644
