"""``rihai backup --out FILE`` and ``rihai restore --from FILE``, for the embedded SQLite database.

The copy is made with SQLite's online backup API in one step: one read snapshot of the whole
database (WAL lets writers go on meanwhile), so a backup taken while the server works is still
consistent — every transaction is in it whole or not at all. The file is created 0600 and is a
self-contained database (rollback journal, no -wal beside it). The keyring is never put in it:
a backup is only readable with the keyring, which the operator backs up separately.

PostgreSQL has its own tools (pg_dump/pg_restore, docs/operations.md); these commands say so
rather than pretend.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import typer
from sqlalchemy import create_engine, make_url
from sqlalchemy.orm import Session

from rihai.access import audit, audit_anchor
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.db import transaction
from rihai.settings import Settings

from .audit import run_verify
from .common import (
    DataDir,
    console,
    fail,
    keyring_available,
    load_keyring,
    make_settings,
    open_database,
    require_ready,
    revisions,
)

PG_BACKUP = ('pg_dump --format=custom --file=rihai-$(date +%F).dump "$RIHAI_DATABASE_URL"   '
             '# restore: pg_restore --clean --if-exists --dbname="$RIHAI_DATABASE_URL" FILE')
SQLITE_MAGIC = b"SQLite format 3\x00"


def _database_file(settings: Settings) -> Path:
    return Path(make_url(settings.resolved_database_url).database or "")


def _keyring_reminder(settings: Settings) -> str:
    where = ("the RIHAI_KEYRING secret in your secret store" if settings.keyring is not None
             else str(settings.resolved_key_file.resolve()))
    return (f"The keyring is NOT in the backup. Back it up separately, and not beside this file: "
            f"{where}. Without it the backup cannot be read; with it, anyone can read the backup.")


def _create_private(path: Path) -> None:
    # 0600 from the first byte; O_EXCL so an existing file (or a planted symlink) is never reused.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def backup(data_dir: DataDir = None,
           out: Path = typer.Option(..., "--out", help="The backup file to create (must not exist).")
           ) -> None:
    """Copy the SQLite database to a new 0600 file, consistently even while the server runs.

    Not the keyring: back that up separately. On PostgreSQL, use pg_dump."""
    settings = make_settings(data_dir)
    if not settings.is_sqlite:
        fail(f"rihai backup copies the embedded SQLite database only; this one is PostgreSQL. "
             f"Use pg_dump, e.g.:\n  {PG_BACKUP}\n(see docs/operations.md, 'Backup and restore')")
    require_ready(settings)
    source = _database_file(settings)
    if out.exists() or out.is_symlink():
        fail(f"{out} already exists; refusing to overwrite it")
    engine, factory = open_database(settings)
    try:
        # Recorded first, so the backup holds the record of its own taking.
        with transaction(factory) as session:
            audit.record(session, Actor.system("cli"), AuditTag.BACKUP_CREATE, subject_type="database")
    finally:
        engine.dispose()
    out.parent.mkdir(parents=True, exist_ok=True)
    _create_private(out)
    try:
        with closing(sqlite3.connect(source, timeout=30)) as src, \
                closing(sqlite3.connect(out, timeout=30)) as dst:
            src.backup(dst)  # pages=-1: everything in one step, from one read snapshot
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise RuntimeError("the copy failed its integrity check")
            seq, rows = dst.execute("SELECT coalesce(max(seq), 0), count(*) FROM audit_events").fetchone()
    except (sqlite3.Error, RuntimeError) as exc:
        out.unlink(missing_ok=True)
        fail(f"backup failed and was removed ({type(exc).__name__}: {exc})")
    console.print(f"backed up {source} to [bold]{out}[/] (mode 0600, {out.stat().st_size} bytes; "
                  f"audit log up to row {seq}, {rows} rows)")
    console.print(f"[yellow]{_keyring_reminder(settings)}[/]")


def _inspect_backup(path: Path) -> tuple[str, int]:
    """(migration revision, audit rows) of a file that is a Rihai database whose audit chain
    verifies under this keyring; fails otherwise. Opened read-only, changed in no way."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from rihai.migrations import alembic_config

    if not path.is_file():
        fail(f"no backup file at {path}")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            fail(f"{path} is not an SQLite database")
    uri = f"file:{path.resolve()}?mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as con:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                fail(f"{path} is damaged (integrity check failed)")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "audit_events"} <= tables:
                fail(f"{path} is not a Rihai database (no migration revision or audit log)")
            revs = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error as exc:
        fail(f"{path} cannot be read as a database ({exc})")
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    try:
        known = len(revs) == 1 and script.get_revision(revs[0]) is not None
    except CommandError:
        known = False
    if not known:
        fail(f"{path} is at migration revision {revs or 'none'}, which this version of Rihai "
             "does not know; restore it with the version that made it")
    engine = create_engine(f"sqlite:///{uri}&uri=true")
    try:
        with Session(engine) as session:
            result = audit.verify(session)
    finally:
        engine.dispose()
    if not result.ok:
        fail(f"the backup's audit log does not verify with this keyring (the wrong keyring, or the "
             f"file was altered): {'; '.join(result.problems[:5])}")
    return revs[0], result.checked


def restore(data_dir: DataDir = None,
            from_: Path = typer.Option(..., "--from", help="A file made by 'rihai backup'."),
            force: bool = typer.Option(False, "--force",
                                       help="Replace an existing database (stop the server first).")
            ) -> None:
    """Restore a backup made by 'rihai backup', then verify the audit log.

    Refuses to replace an existing database without --force. On PostgreSQL, use pg_restore."""
    settings = make_settings(data_dir)
    if not settings.is_sqlite:
        fail(f"rihai restore restores the embedded SQLite database only; this one is PostgreSQL. "
             f"Use pg_restore (see docs/operations.md, 'Backup and restore'):\n  {PG_BACKUP}")
    if not keyring_available(settings):
        fail(f"no keyring at {settings.resolved_key_file}: put the keyring from its own backup "
             "there first (or set RIHAI_KEYRING); the backup cannot be read without it")
    ring = load_keyring(settings)
    revision, rows = _inspect_backup(from_)
    target = _database_file(settings)
    if target.exists() and target.stat().st_size > 0:
        if not force:
            fail(f"a database already exists at {target}; refusing to overwrite it. Stop the "
                 "server and pass --force to replace it with the backup.")
        console.print(f"[yellow]replacing the database at {target}[/]")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        _create_private(target)
    try:
        with closing(sqlite3.connect(f"file:{from_.resolve()}?mode=ro&immutable=1", uri=True)) as src, \
                closing(sqlite3.connect(target, timeout=30)) as dst:
            src.backup(dst)  # page by page into the live file, under its write lock
    except sqlite3.Error as exc:
        fail(f"restore failed ({exc}); if --force was given, the database may be incomplete: "
             "restore again")
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            head = audit_anchor.read_head(session)
        # Going back in time is the operator's decision: the signed marker says so, and the
        # checkpoints beyond the restored head stop applying (rihai.access.audit_anchor).
        audit_anchor.append(settings, ring, head, by="restore", kind="restore")
        with transaction(factory) as session:
            audit.record(session, Actor.system("cli"), AuditTag.BACKUP_RESTORE,
                         subject_type="database", related_ids=[revision])
    finally:
        engine.dispose()
    console.print(f"restored {from_} into {target} (revision {revision}; audit log up to row "
                  f"{head.seq}, {rows} rows)")
    current, heads = revisions(settings)
    if current != heads:
        console.print("[yellow]the backup is from an older version: run 'rihai db upgrade', then "
                      "'rihai audit verify'[/]")
        return
    if not run_verify(settings):
        raise typer.Exit(1)
