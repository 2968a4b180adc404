"""The statistics store refreshes itself: one background job per web process (``rihai.workers``)
runs the incremental refresh every ``RIHAI_STATS_REFRESH_MINUTES`` (0 turns it off), and once
shortly after start-up when the store is missing or was never filled, so an analyst does not
meet an empty dashboard.

Several worker processes (or a ``rihai stats`` command) may try at once; only one refreshes at a
time. They agree through an exclusive ``flock`` on a lock file beside the store (0600, holding
nothing): the others skip their turn rather than queue, since the one running brings the store
up to date for everybody. DuckDB's own file lock would refuse a second writer too, but only as
an error indistinguishable from a broken store, and only while the file is open.

``add_job`` is what the web app's lifespan calls; the job can be woken to refresh at once
(``runner.wake(JOB)``).
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from sqlalchemy.orm import Session, sessionmaker

from rihai.access.actors import Actor
from rihai.db import transaction
from rihai.stats import extract
from rihai.workers import Job, Runner

log = logging.getLogger("rihai.stats")

JOB = "stats-refresh"
LOCK_SUFFIX = ".lock"
FIRST_RUN_DELAY = 5.0  # seconds after start-up: let the server answer its first requests first
# After a failed run (the database restarting, a disk briefly full) the next try comes sooner than a
# whole interval - else a first refresh that failed would leave the dashboard empty for an hour -
# and backs off, doubling, up to the interval, so a lasting fault is not hammered.
RETRY_AFTER_FAILURE = 30.0


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + LOCK_SUFFIX)


@contextmanager
def store_lock(store: Path, *, wait: bool = False) -> Iterator[bool]:
    """Yields True while this process holds the store's refresh lock, False if another holds it
    (with ``wait``, as the ``rihai stats`` commands do, waits for it instead). The lock goes with
    the file descriptor, so a process that dies releases it."""
    store.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(store), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def store_needs_filling(store: Path) -> bool:
    """Missing, or never refreshed. A store another process is writing is not 'missing'."""
    if not store.exists():
        return True
    try:
        con = extract.connect(store, read_only=True)
    except duckdb.Error:
        return False  # being written right now
    try:
        return not con.execute("SELECT 1 FROM meta WHERE key = 'refreshed_at'").fetchall()
    except duckdb.Error:
        return True  # no meta table: created but never filled
    finally:
        con.close()


def refresh_once(factory: sessionmaker[Session], store: Path, *, synthetic: bool,
                 actor: Actor | None = None) -> extract.RefreshResult | None:
    """One incremental refresh as the system actor (audited, its own transaction), or None when
    another process or thread holds the lock. ``synthetic`` is ``settings.demo``."""
    with store_lock(store) as held:
        if not held:
            return None
        with transaction(factory) as session:
            return extract.refresh(session, actor or Actor.system("stats-refresher"), store,
                                   synthetic=synthetic)


class StatsRefresher:
    """The work of the web process's refresh job (``add_job``): one refresh, logged, counted."""

    def __init__(self, factory: sessionmaker[Session], store: Path, *, interval_seconds: float,
                 synthetic: bool = False, first_run_delay: float = FIRST_RUN_DELAY) -> None:
        self.factory = factory
        self.store = store
        self.interval_seconds = interval_seconds
        self.synthetic = synthetic
        self.first_run_delay = first_run_delay
        self.runs = 0  # refreshes that ran (not skipped); for tests and the curious
        self.failures = 0  # failed runs in a row; 0 after a run that worked or was skipped

    def first_wait(self) -> float:
        """Seconds before the first run: soon when the store is empty, else one interval."""
        return self.first_run_delay if store_needs_filling(self.store) else self.interval_seconds

    def next_wait(self) -> float:
        """Seconds to the next run: one interval, or a shorter, doubling wait after failures."""
        if not self.failures:
            return self.interval_seconds
        return min(self.interval_seconds, RETRY_AFTER_FAILURE * 2 ** (self.failures - 1))

    def run(self) -> extract.RefreshResult | None:
        try:
            result = refresh_once(self.factory, self.store, synthetic=self.synthetic)
        except Exception as exc:  # noqa: BLE001 - e.g. the database is down; retried soon
            self.failures += 1
            # The type only: a message could quote a row.
            log.warning("statistics refresh failed (%s); retrying in %.0f s", type(exc).__name__,
                        self.next_wait())
            return None
        self.failures = 0
        if result is None:
            log.info("statistics refresh skipped: another process is refreshing")
            return None
        self.runs += 1
        log.info("statistics refreshed: %d changed case(s) in %.1f s", result.cases, result.seconds)
        return result

    def add_to(self, runner: Runner) -> Job:
        """Run every interval, and at once when woken (``runner.wake(JOB)``). At shutdown a
        refresh in hand finishes (it is one DuckDB transaction, so an interrupted one would
        only be rolled back); the runner bounds the wait all the same."""
        return runner.add(JOB, self.run, every=self.next_wait, first=self.first_wait)


def add_job(runner: Runner, app: Any) -> StatsRefresher | None:
    """The web process's refresher, running; None when ``RIHAI_STATS_REFRESH_MINUTES`` is 0. Test
    apps share one connection between the test and the app, so they get none unless a test asks
    (``app.state.stats_refresher_autostart``)."""
    state = app.state
    settings = state.settings
    if not settings.stats_refresh_minutes:
        return None
    if settings.environment == "test" and not getattr(state, "stats_refresher_autostart", False):
        return None
    refresher = StatsRefresher(state.sessionmaker, extract.store_path(settings.data_dir),
                               interval_seconds=settings.stats_refresh_minutes * 60,
                               synthetic=settings.demo,
                               first_run_delay=getattr(state, "stats_first_run_delay", FIRST_RUN_DELAY))
    refresher.add_to(runner)
    state.stats_refresher = refresher
    return refresher
