"""SQLite readers (the web's GET requests) run beside writers and each other, and still write the
audit rows of what they read, even after another writer committed under their snapshot (which
SQLite refuses to upgrade). A real database file, real commits, real threads."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import Agency, AuditEvent
from rihai.db import make_engine, make_sessionmaker, mark_read_mostly
from rihai.migrations import upgrade

ACTOR = Actor.system("test")


@pytest.fixture
def factory(tmp_path, keyring):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'readers.db'}"
    upgrade(url)
    engine = make_engine(url)
    yield make_sessionmaker(engine)
    engine.dispose()


def reader(factory):  # type: ignore[no-untyped-def]
    session = factory()
    mark_read_mostly(session)
    return session


def add_agency(factory, code: str) -> None:  # type: ignore[no-untyped-def]
    with factory() as s:
        s.add(Agency(name=f"{code} (SYNTHETIC)", org_type="NGO"))
        s.commit()


def in_thread(fn, seconds: float = 10) -> bool:  # type: ignore[no-untyped-def]
    done = threading.Event()

    def run() -> None:
        fn()
        done.set()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    ok = done.wait(seconds)
    t.join(0.1)
    return ok


def test_open_readers_do_not_hold_the_write_lock(factory):
    first, second = reader(factory), reader(factory)
    assert first.scalar(sa.select(sa.func.count()).select_from(Agency)) == 0
    assert second.scalar(sa.select(sa.func.count()).select_from(Agency)) == 0
    # A writer commits while both readers are mid-transaction (BEGIN IMMEDIATE for everyone made
    # it wait for them).
    assert in_thread(lambda: add_agency(factory, "ngo_one"), seconds=5)
    # Each reader keeps its snapshot until it ends.
    assert first.scalar(sa.select(sa.func.count()).select_from(Agency)) == 0
    first.rollback()
    assert first.scalar(sa.select(sa.func.count()).select_from(Agency)) == 1
    first.close()
    second.close()


def test_a_reader_records_its_reading_after_another_writer_committed(factory):
    session = reader(factory)
    assert session.scalar(sa.select(sa.func.count()).select_from(Agency)) == 0
    add_agency(factory, "ngo_two")  # commits under the reader's snapshot
    audit.record(session, ACTOR, AuditTag.CASE_LIST, subject_type="case")
    session.commit()  # a plain upgrade would fail here with SQLITE_BUSY (snapshot out of date)
    session.close()
    with factory() as s:
        audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="x")
        s.commit()
        assert list(s.scalars(sa.select(AuditEvent.tag).order_by(AuditEvent.seq))) == [
            "cases:case:list", "cases:case:read"]
        assert audit.verify(s).ok


def test_a_reader_that_writes_queues_behind_the_writer(factory):
    add_agency(factory, "ngo_three")
    session = reader(factory)
    agency = session.scalar(sa.select(Agency))
    holder = factory()
    holder.execute(sa.select(Agency.id)).all()  # BEGIN IMMEDIATE: holds the write lock
    agency.name = "renamed (SYNTHETIC)"
    flushed = threading.Event()
    worker = threading.Thread(target=lambda: (session.flush(), flushed.set()), daemon=True)
    worker.start()
    blocked = not flushed.wait(0.5)
    holder.commit()
    holder.close()
    worker.join(10)
    assert blocked, "a reader wrote while another transaction held the write lock"
    assert flushed.is_set()
    session.commit()
    session.close()
    with factory() as s:
        assert s.scalar(sa.select(Agency.name)) == "renamed (SYNTHETIC)"
