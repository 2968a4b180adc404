"""The graph keeps itself up to date in the web process: one background job (``rihai.workers``)
that builds when a committed transaction touched a table the sources read (a perpetrator named
on a case, a consent given or withdrawn (opening a case records one), a family's request, a reported offer, a watchlist
imported, a reviewer's same-or-different), so a new record is linked, and the "known elsewhere" hint answers with it, seconds
after it is saved; and every ``RIHAI_NETWORKS_BUILD_MINUTES`` besides, for changes this process
cannot see (another process's commits, bulk statements). 0 turns the job off; then
``rihai networks build`` (from cron, say) is the only way the graph moves.

A wake after a few saved records (at most ``placement.MAX_RECORDS`` cases, families' requests or
reported offers) places them (``placement.place``: their networks only, well under a second at
1M records) instead of building; a watchlist, a reviewer's decision, more records, or a
placement that cannot start from the weights kept up to the latest build (``kept_weights``)
bring the full build, and so does every periodic run: the full build stays the source of truth.

Wakes during a run bring one more run after it, not one each (the runner's promise), so a
burst of saves costs at most two runs. Processes on one host queue on an exclusive ``flock`` on a
lock file in the data directory (it holds nothing) before opening a transaction; inside it, the
build and the placement hold ``builds.BUILD_LOCK`` (``rihai.db.hold_exclusive``: PostgreSQL's
advisory lock), so web processes on other hosts and a cron ``rihai networks build`` take turns
too, and two never write the same rows at once.

Where the full builds run in a process of their own (a national instance: ``rihai worker --jobs
networks-build``), the web processes run ``networks-place`` instead (``add_place_job``): each
places the records its own commits saved, from the weights kept in the database, and never
builds; what it cannot place waits for the builder's periodic run.

``add_job`` and ``add_place_job`` are what the web app's lifespan calls.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.db import mark_read_mostly, transaction, utcnow
from rihai.workers import Job, Runner

from . import kept_weights
from .builds import build
from .models import NetworkBuild
from .placement import place

log = logging.getLogger("rihai.networks")

JOB = "networks-build"
PLACE_JOB = "networks-place"  # placement only, for web processes whose full builds run elsewhere
LOCK_NAME = "networks-build.lock"
# The tables the sources' published reads come from. Named, not imported: this domain reaches
# cases, tracing and screening only through their front doors.
SOURCE_TABLES = frozenset({"perpetrators", "consents", "tracing_requests", "screening_tips",
                           "networks_watchlists", "networks_watchlist_entries", "networks_reviews"})
_TOUCHED = "rihai.networks.sources-touched"
_SAVED = "rihai.networks.records-saved"
_FULL = "full"  # among the saved ids: something only the full build takes
# Table -> the graph's record id of a row of it ("case:<uuid>", ...).
_RECORD_OF = {"perpetrators": lambda o: f"case:{o.case_id}", "consents": lambda o: f"case:{o.case_id}",
              "tracing_requests": lambda o: f"tracing:{o.id}", "screening_tips": lambda o: f"tip:{o.id}"}


def touches_sources(session: Session) -> bool:
    """Whether the session's pending flush adds, changes or deletes a row the sources read."""
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__tablename__", None)
        if table in SOURCE_TABLES:
            return True
    return False


def saved_records(session: Session) -> set[str]:
    """The graph's record ids of the source rows the session's flush just wrote, with ``_FULL``
    when it wrote one only the full build takes (a watchlist, a review)."""
    out: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__tablename__", None)
        if table in SOURCE_TABLES:
            of = _RECORD_OF.get(table)
            out.add(of(obj) if of else _FULL)
    return out


def build_once(factory: Any, lock_dir: Path, saved: set[str] | None = None, *,
               place_only: bool = False) -> int | None:
    """One run in its own transaction, as the system, once no other process on this host is
    building: a placement of the ``saved`` record ids when it can, else the full build; the run's
    id. ``place_only``: no full build; None when the records cannot be placed."""
    lock_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        if saved and _FULL not in saved:
            with transaction(factory) as session:
                placed = place(session, Actor.system("networks-job"), saved)
                if placed is not None:
                    log.info("network graph: %d saved records placed", placed.added + placed.changed + placed.removed)
                    return placed.id
        if place_only:
            log.info("network graph: saved records left to the next full build")
            return None
        with transaction(factory) as session:
            run = build(session, Actor.system("networks-job"))
            log.info("network graph built: %d records, %d added, %d changed, %d removed",
                     run.records, run.added, run.changed, run.removed)
            return run.id
    finally:
        os.close(fd)


def built_lately(factory: Any, minutes: int) -> bool:
    """Whether the latest build row finished less than ``minutes`` ago and the placement weights
    are kept up to it: then a restarted process places from them at once, and leaves the full
    build (about four minutes at a million records) to its periodic run."""
    with transaction(factory) as session:
        mark_read_mostly(session)  # a read: on SQLite it must not take the write lock at start-up
        row = session.execute(select(NetworkBuild.id, NetworkBuild.finished_at)
                              .order_by(NetworkBuild.id.desc()).limit(1)).first()
        return (row is not None and row[1] is not None and utcnow() - row[1] < timedelta(minutes=minutes)
                and kept_weights.chain(session, row[0]) is not None)


class _Saves:
    """The record ids this process's commits saved, gathered by session events until a run takes
    them; the commit wakes ``job``."""

    def __init__(self, factory: Any) -> None:
        self.factory = factory
        self.pending: set[str] = set()
        self.guard = threading.Lock()
        self.job: Job | None = None

    def take(self) -> set[str]:
        with self.guard:
            saved = set(self.pending)
            self.pending.clear()
        return saved

    def note(self, session: Session, _context: object, _instances: object) -> None:
        if touches_sources(session):
            session.info[_TOUCHED] = True

    def saw(self, session: Session, _context: object) -> None:
        # After the flush: new rows have their ids; the session still lists what it wrote.
        if session.info.get(_TOUCHED):
            session.info.setdefault(_SAVED, set()).update(saved_records(session))

    def wake(self, session: Session) -> None:
        saved = session.info.pop(_SAVED, set())
        if session.info.pop(_TOUCHED, False):
            with self.guard:
                self.pending.update(saved or {_FULL})
            if self.job is not None:
                self.job.wake()

    def forget(self, session: Session) -> None:
        session.info.pop(_TOUCHED, None)
        session.info.pop(_SAVED, None)

    def listen(self) -> None:
        event.listen(self.factory, "before_flush", self.note)
        event.listen(self.factory, "after_flush", self.saw)
        event.listen(self.factory, "after_commit", self.wake)
        event.listen(self.factory, "after_rollback", self.forget)

    def unlisten(self) -> None:
        event.remove(self.factory, "before_flush", self.note)
        event.remove(self.factory, "after_flush", self.saw)
        event.remove(self.factory, "after_commit", self.wake)
        event.remove(self.factory, "after_rollback", self.forget)


def _runs_here(app: Any) -> bool:
    settings = app.state.settings
    if not settings.networks_build_minutes:
        return False
    return settings.environment != "test" or getattr(app.state, "networks_worker_autostart", False)


def add_job(runner: Runner, app: Any) -> Job | None:
    """The web process's build job, running; None when ``RIHAI_NETWORKS_BUILD_MINUTES`` is 0. Test
    apps share one connection between the test and the app, so they get none unless a test asks
    (``app.state.networks_worker_autostart``). The first build runs at start-up (records saved
    while no server ran), unless the graph was built within the period and its weights are kept
    (``built_lately``: a restart, or another web process of the same instance); the commit
    listeners are removed when the runner stops."""
    if not _runs_here(app):
        return None
    settings, saves = app.state.settings, _Saves(app.state.sessionmaker)
    runs = {"first": True}

    def work() -> int | None:
        # Nothing pending: a periodic (or the start-up) run, which is the full build.
        saved = saves.take()
        with saves.guard:
            first, runs["first"] = runs["first"], False
        if first and not saved and built_lately(saves.factory, settings.networks_build_minutes):
            log.info("network graph: built within the period, its weights kept: no start-up build")
            return None
        return build_once(saves.factory, Path(settings.data_dir), saved)

    saves.job = runner.add(JOB, work, every=settings.networks_build_minutes * 60, first=0,
                           at_stop=saves.unlisten, wait_at_stop=False)
    saves.listen()
    app.state.networks_build_job = saves.job
    return saves.job


def add_place_job(runner: Runner, app: Any) -> Job | None:
    """The placement job of a web process whose full builds run elsewhere (a national instance:
    ``RIHAI_JOBS=networks-place rihai serve --workers N`` beside ``rihai worker --jobs
    networks-build``): the records this process's commits save are placed from the kept weights
    within a second of the commit; it never builds. What cannot be placed (a watchlist, a
    review, a large batch, a chain of kept weights not reaching the latest build) waits for the
    builder's periodic full build. None where this process runs the build job too (it places
    as well) or ``RIHAI_NETWORKS_BUILD_MINUTES`` is 0."""
    if not _runs_here(app) or getattr(app.state, "networks_build_job", None) is not None:
        return None
    settings, saves = app.state.settings, _Saves(app.state.sessionmaker)

    def work() -> int | None:
        saved = saves.take()
        if not saved:
            return None
        return build_once(saves.factory, Path(settings.data_dir), saved, place_only=True)

    saves.job = runner.add(PLACE_JOB, work, at_stop=saves.unlisten)
    saves.listen()
    app.state.networks_place_job = saves.job
    return saves.job
