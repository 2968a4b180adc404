"""Declarative base, engine and session factory.

SQLite is the embedded default: WAL (readers never block the writer), foreign keys on, and
``BEGIN IMMEDIATE`` so a transaction that changes things takes the write lock up front: taking it
late would make concurrent transactions fail with SQLITE_BUSY instead of waiting their turn.
``synchronous=FULL`` makes every acknowledged commit survive a killed process or a power cut.
The database file is created mode 0600 before SQLite writes to it, and SQLite gives its ``-wal``
and ``-shm`` files the database file's mode, so no other account on the machine can read them.

A session marked ``READ_MOSTLY`` (the web's GET requests, which by convention change nothing)
begins a plain deferred transaction instead, so readers run side by side. Its bookkeeping writes
(the audit rows of what it read, a session's last-seen time) go into a short write transaction
begun at the first write: the read snapshot ends there, since SQLite cannot turn an old snapshot
into a write transaction once another writer has committed.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from sqlalchemy import (Connection, DateTime, Engine, MetaData, String, cast, create_engine, event, func, make_url,
                        select, text)
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Integer ids in request bodies fit the database's 32-bit integer columns.
DbId = Annotated[int, Field(ge=1, le=2_147_483_647)]


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite (which forgets the zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# -- files readable by this account only ---------------------------------------------------------

_umask_lock = threading.Lock()
_umask_users = 0
_umask_saved = 0o022


@contextmanager
def owner_only() -> Iterator[None]:
    """While inside, files this process creates are mode 0600 (directories 0700): for stores that
    create files of their own as they go (DuckDB's write-ahead log, recreated after each checkpoint
    with the default mode). The umask is process-wide: overlapping users share one restrictive
    period, and other threads' files made meanwhile are only ever more private. Also a decorator."""
    global _umask_users, _umask_saved
    with _umask_lock:
        if _umask_users == 0:
            _umask_saved = os.umask(0o077)
        _umask_users += 1
    try:
        yield
    finally:
        with _umask_lock:
            _umask_users -= 1
            if _umask_users == 0:
                os.umask(_umask_saved)


def make_private(path: Path, *, create: bool = False) -> None:
    """Mode 0600 for ``path`` (created empty first with ``create``), before anything is written to
    it: created with that mode, never opened wider and narrowed later."""
    if create and not path.exists():
        # Never open an existing file: closing any descriptor of a file drops every POSIX lock
        # this process holds on it, SQLite's included, and another process (a CLI command) then
        # took itself for the database's last user and deleted the -shm under our connections.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
    if path.exists():
        os.chmod(path, 0o600)


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, or None (in-memory databases, other dialects)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:" \
            or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def _private_sqlite(path: Path) -> None:
    # The file first: SQLite creates -wal and -shm with the database file's mode. Existing files
    # of an older install are narrowed too.
    try:
        make_private(path, create=path.parent.is_dir())
        for suffix in ("-wal", "-shm", "-journal"):
            make_private(path.with_name(path.name + suffix))
    except OSError:  # another account's (read-only) database: not ours to change
        pass


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            _private_sqlite(path)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False,
                                                             "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            if path is not None:
                # The directory may have been made after the engine: the file was created just
                # now, empty; narrow it before WAL mode creates its companions.
                _private_sqlite(path)
            # Let SQLAlchemy's "begin" hook below emit BEGIN itself.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        # One writer at a time: SQLite allows no more, and waiting on an in-process lock wakes the
        # next transaction the moment the previous one ends, where SQLite's own busy handler
        # sleeps and polls (up to 100 ms a try), which made tail latency seconds under load.
        # Other processes (a CLI command beside the server) still queue on busy_timeout.
        writer = threading.Lock()

        def _take_writer(conn, begin) -> None:  # type: ignore[no-untyped-def]
            if not writer.acquire(timeout=30):
                raise TimeoutError("the database stayed busy for 30 s")
            conn.info["rihai_writer"] = True
            try:
                begin("BEGIN IMMEDIATE")
            except BaseException:
                _release(conn)
                raise

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            if conn.get_execution_options().get(READ_MOSTLY):
                conn.exec_driver_sql("BEGIN")
                conn.info["rihai_reading"] = upgrade_to_writer
                return
            _take_writer(conn, conn.exec_driver_sql)

        @event.listens_for(engine, "before_cursor_execute")
        def _write_after_reading(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            if conn.info.get("rihai_reading") and not statement.lstrip()[:6].upper().startswith(
                    ("SELECT", "PRAGMA")):
                upgrade_to_writer(conn)

        def upgrade_to_writer(conn) -> None:  # type: ignore[no-untyped-def]
            # End the read snapshot (it wrote nothing), then queue for the write lock like any
            # other writer. The driver connection is used directly: SQLAlchemy still sees one
            # transaction, which the final COMMIT ends.
            conn.info.pop("rihai_reading", None)
            raw = conn.connection.dbapi_connection
            raw.execute("COMMIT")
            _take_writer(conn, raw.execute)

        def _release(conn) -> None:  # type: ignore[no-untyped-def]
            conn.info.pop("rihai_reading", None)
            if conn.info.pop("rihai_writer", False):
                writer.release()

        event.listen(engine, "commit", _release)
        event.listen(engine, "rollback", _release)

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_conn, record):  # type: ignore[no-untyped-def]
            # A connection returned to the pool never keeps the lock (e.g. after invalidation).
            # Connection.info is this pool record's info, so the flag set at begin is seen here.
            record.info.pop("rihai_reading", None)
            if record.info.pop("rihai_writer", False):
                writer.release()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, echo=echo, pool_size=10, max_overflow=10, pool_pre_ping=True)


# Execution option of a session whose transaction reads and at most keeps records of its reading.
READ_MOSTLY = "rihai_read_mostly"


def utc_text(session: Session, column: Any) -> Any:
    """A timestamp column as text in UTC (``YYYY-MM-DD HH:MM...``): PostgreSQL writes a
    ``timestamptz`` in the session's time zone, which would move month boundaries."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("UTC", column), String)
    return cast(column, String)


def mark_read_mostly(session: Session) -> None:
    """Run this session's transactions as readers (see the module's docstring). For work that
    changes nothing the user asked to change: a GET request."""
    session.execution_options = session.execution_options.union({READ_MOSTLY: True})


def take_write_lock(session: Session) -> None:
    """Before reading what a write depends on (the audit chain's head): on SQLite, a reader's
    transaction becomes a writer first, so what it reads is what it will write after."""
    conn = session.connection()
    if upgrade := conn.info.get("rihai_reading"):
        upgrade(conn)


def hold_exclusive(session: Session, name: str) -> None:
    """Until this session's transaction ends, no other transaction holding ``name`` runs: in any
    process, on any host sharing the database. For jobs that rewrite shared rows (the network
    graph's build) and may be started by several web processes and a cron command at once.

    PostgreSQL: a transaction-level advisory lock, so a second holder waits its turn and the lock
    goes with the commit or rollback (a crashed host cannot leave it held). SQLite is one file on
    one host and has one writer at a time: the write lock taken up front is the same promise."""
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    else:
        take_write_lock(session)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """The unit of work for CLI commands: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def refresh_statistics(conn: Connection) -> None:
    """Refresh the query planner's statistics (``ANALYZE``) after a large change such as a bulk
    load. SQLite never gathers them by itself, and without them it guessed plans that sorted every
    visible case or scanned a whole token index (3x slower lists at 20k cases)."""
    conn.exec_driver_sql("ANALYZE")


def sqlite_statistics_missing(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite" and conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar() == 0


def paged(session: Session, stmt: Any, *order_by: Any, page: int, page_size: int) -> tuple[list[Any], int]:
    """One page of ``stmt``'s entities in ``order_by`` order, and how many match in all."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = list(session.scalars(stmt.order_by(*order_by).offset((page - 1) * page_size).limit(page_size)))
    return rows, total
