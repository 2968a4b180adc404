"""The audit chain links events when their transaction commits: the lock on the chain is held for
the append, not for the whole request, and events go or stay with their transaction's work. On a
fresh database of each kind (SQLite file; PostgreSQL when reachable), with real commits."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from cli.clitools import postgres_database

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import AuditEvent
from rihai.db import make_engine, make_sessionmaker
from rihai.migrations import upgrade


@pytest.fixture(params=["sqlite", "postgresql"])
def factory(request, tmp_path, keyring) -> Iterator[sa.orm.sessionmaker]:  # type: ignore[no-untyped-def]
    def build(url: str) -> Iterator[sa.orm.sessionmaker]:
        upgrade(url)
        engine = make_engine(url)
        try:
            yield make_sessionmaker(engine)
        finally:
            engine.dispose()

    if request.param == "sqlite":
        yield from build(f"sqlite:///{tmp_path / 'audit.db'}")
    else:
        with postgres_database() as url:
            yield from build(url)


ACTOR = Actor.system("test")


def tags(session) -> list[str]:  # type: ignore[no-untyped-def]
    return list(session.scalars(sa.select(AuditEvent.tag).order_by(AuditEvent.seq)))


def test_events_commit_with_their_work_and_vanish_with_a_rollback(factory):
    with factory() as s:
        audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="1")
        s.rollback()
        audit.record(s, ACTOR, AuditTag.CASE_LIST, subject_type="case")
        audit.record(s, ACTOR, AuditTag.CASE_SEARCH, subject_type="case", fields=["name"])
        s.commit()
    with factory() as s:
        assert tags(s) == ["cases:case:list", "cases:case:search"]
        assert audit.verify(s).ok


def test_reading_the_log_inside_the_transaction_sees_its_own_events(factory):
    with factory() as s:
        audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="7")
        assert [e.subject_id for e in audit.events_for(s, "case", "7")] == ["7"]
        audit.record(s, ACTOR, AuditTag.CASE_UPDATE, subject_type="case", subject_id="7", fields=["status"])
        s.commit()
    with factory() as s:
        assert tags(s) == ["cases:case:read", "cases:case:update"]
        assert audit.verify(s).ok


def test_core_selects_of_the_log_see_its_pending_events_and_other_selects_leave_them_pending(factory):
    table = AuditEvent.__table__
    reads_the_log = [sa.select(table.c.tag), sa.select(sa.func.count()).select_from(table),
                     sa.select(sa.func.count()).select_from(AuditEvent),
                     sa.select(sa.literal(1)).select_from(table.join(
                         sa.table("users", sa.column("id")), table.c.actor_id == sa.column("id")))]
    for stmt in reads_the_log:
        with factory() as s:
            audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="7")
            s.execute(stmt)
            assert not s.info.get(audit._PENDING), stmt  # appended before the read
            s.rollback()
    with factory() as s:
        audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="7")
        # A count over a subquery of other tables (a list's total after its audited page) does
        # not take the chain's head early.
        s.execute(sa.select(sa.func.count()).select_from(
            sa.select(sa.literal(1).label("x")).limit(5).subquery()))
        assert s.info.get(audit._PENDING)
        s.commit()
    with factory() as s:
        assert tags(s) == ["cases:case:read"]


def test_an_open_transaction_does_not_hold_the_chain(factory):
    """A request that recorded an event and is still working must not stop others from
    committing theirs. Before commit-time linking, PostgreSQL's chain lock was taken at the first
    event and held until commit, so every audited request waited for the slowest one."""
    slow = factory()
    audit.record(slow, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="slow")
    if slow.get_bind().dialect.name == "sqlite":
        # SQLite serialises whole transactions by design (BEGIN IMMEDIATE, db.py): only the
        # linking order is checked there.
        slow.commit()
    finished = threading.Event()

    def other() -> None:
        with factory() as s:
            audit.record(s, ACTOR, AuditTag.CASE_READ, subject_type="case", subject_id="fast")
            s.commit()
        finished.set()

    worker = threading.Thread(target=other)
    worker.start()
    assert finished.wait(20), "a second transaction waited for the first one's commit"
    worker.join()
    slow.commit()
    slow.close()
    with factory() as s:
        order = [e.subject_id for e in s.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq))]
        assert sorted(order) == ["fast", "slow"]
        assert audit.verify(s).ok
