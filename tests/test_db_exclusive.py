"""``rihai.db.hold_exclusive``: two transactions holding one name take turns, whichever process
or host they run in (PostgreSQL's advisory lock; SQLite's one writer), and a different name does
not wait. The network graph's build and placement hold it (``networks.builds.BUILD_LOCK``)."""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa

from rihai.db import hold_exclusive, make_sessionmaker


def _second_holder(engine: sa.Engine, name: str, got: threading.Event, done: threading.Event) -> None:
    session = make_sessionmaker(engine)()
    try:
        hold_exclusive(session, name)
        got.set()
        session.rollback()
    finally:
        session.close()
        done.set()


def test_a_second_holder_waits_for_the_first_transaction_to_end(engine: sa.Engine) -> None:
    first = make_sessionmaker(engine)()
    got, done = threading.Event(), threading.Event()
    try:
        hold_exclusive(first, "networks-build")
        other = threading.Thread(target=_second_holder, args=(engine, "networks-build", got, done), daemon=True)
        other.start()
        assert not got.wait(1.0), "the second holder ran while the first transaction held the name"
        first.commit()  # the lock goes with the transaction
        assert got.wait(20), "the second holder never got its turn"
    finally:
        first.close()
        done.wait(20)


def test_holding_is_not_kept_past_a_rollback_and_other_names_do_not_wait(engine: sa.Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has one writer whatever the name")
    first = make_sessionmaker(engine)()
    got, done = threading.Event(), threading.Event()
    try:
        hold_exclusive(first, "networks-build")
        started = time.perf_counter()
        _second_holder(engine, "another-job", got, done)
        assert got.is_set() and time.perf_counter() - started < 5
        first.rollback()
        got.clear()
        done.clear()
        _second_holder(engine, "networks-build", got, done)
        assert got.is_set()
    finally:
        first.close()
