"""Declarative base, engine and session factory.

SQLite is the embedded default: WAL (readers never block the writer), foreign keys on, and
``BEGIN IMMEDIATE`` so a transaction takes the write lock up front. Every case read writes an
audit row, so almost every transaction writes; taking the lock late would make concurrent
transactions fail with SQLITE_BUSY instead of waiting their turn. ``synchronous=FULL`` makes
every acknowledged commit survive a killed process or a power cut.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import Field

from sqlalchemy import Connection, DateTime, Engine, MetaData, create_engine, event, func, select
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


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False,
                                                             "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
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

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            if not writer.acquire(timeout=30):
                raise TimeoutError("the database stayed busy for 30 s")
            conn.info["rihai_writer"] = True
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                _release(conn)
                raise

        def _release(conn) -> None:  # type: ignore[no-untyped-def]
            if conn.info.pop("rihai_writer", False):
                writer.release()

        event.listen(engine, "commit", _release)
        event.listen(engine, "rollback", _release)

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_conn, record):  # type: ignore[no-untyped-def]
            # A connection returned to the pool never keeps the lock (e.g. after invalidation).
            # Connection.info is this pool record's info, so the flag set at begin is seen here.
            if record.info.pop("rihai_writer", False):
                writer.release()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, echo=echo, pool_size=10, max_overflow=10, pool_pre_ping=True)


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
