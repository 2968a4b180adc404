"""The graph keeps itself up to date in the web process: one background job (``rihai.workers``)
that builds when a committed transaction touched a table the sources read (a perpetrator named
on a case, a consent given or withdrawn (opening a case records one), a family's request, a reported offer, a watchlist
imported, a reviewer's same-or-different), so a new record is linked, and the "known elsewhere" hint answers with it, seconds
after it is saved; and every ``RIHAI_NETWORKS_BUILD_MINUTES`` besides, for changes this process
cannot see (another process's commits, bulk statements). 0 turns the job off; then
``rihai networks build`` (from cron, say) is the only way the graph moves.

Wakes during a build bring one more build after it, not one each (the runner's promise), so a
burst of saves costs at most two builds. Processes on one host take turns through an exclusive
``flock`` on a lock file in the data directory (it holds nothing), so two never write the same
rows at once.

``add_job`` is what the web app's lifespan calls.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.db import transaction
from rihai.workers import Job, Runner

from .builds import build

log = logging.getLogger("rihai.networks")

JOB = "networks-build"
LOCK_NAME = "networks-build.lock"
# The tables the sources' published reads come from. Named, not imported: this domain reaches
# cases, tracing and screening only through their front doors.
SOURCE_TABLES = frozenset({"perpetrators", "consents", "tracing_requests", "screening_tips",
                           "networks_watchlists", "networks_watchlist_entries", "networks_reviews"})
_TOUCHED = "rihai.networks.sources-touched"


def touches_sources(session: Session) -> bool:
    """Whether the session's pending flush adds, changes or deletes a row the sources read."""
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__tablename__", None)
        if table in SOURCE_TABLES:
            return True
    return False


def build_once(factory: Any, lock_dir: Path) -> int | None:
    """One build in its own transaction, as the system, once no other process on this host is
    building; the build's id."""
    lock_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with transaction(factory) as session:
            run = build(session, Actor.system("networks-job"))
            log.info("network graph built: %d records, %d added, %d changed, %d removed",
                     run.records, run.added, run.changed, run.removed)
            return run.id
    finally:
        os.close(fd)


def add_job(runner: Runner, app: Any) -> Job | None:
    """The web process's build job, running; None when ``RIHAI_NETWORKS_BUILD_MINUTES`` is 0. Test
    apps share one connection between the test and the app, so they get none unless a test asks
    (``app.state.networks_worker_autostart``). The first build runs at start-up (records saved
    while no server ran); the commit listeners are removed when the runner stops."""
    state = app.state
    settings = state.settings
    if not settings.networks_build_minutes:
        return None
    if settings.environment == "test" and not getattr(state, "networks_worker_autostart", False):
        return None
    factory = state.sessionmaker

    def note(session: Session, _context: object, _instances: object) -> None:
        if touches_sources(session):
            session.info[_TOUCHED] = True

    def wake(session: Session) -> None:
        if session.info.pop(_TOUCHED, False):
            job.wake()

    def forget(session: Session) -> None:
        session.info.pop(_TOUCHED, None)

    def unlisten() -> None:
        event.remove(factory, "before_flush", note)
        event.remove(factory, "after_commit", wake)
        event.remove(factory, "after_rollback", forget)

    job = runner.add(JOB, lambda: build_once(factory, Path(settings.data_dir)),
                     every=settings.networks_build_minutes * 60, first=0, at_stop=unlisten,
                     wait_at_stop=False)
    event.listen(factory, "before_flush", note)
    event.listen(factory, "after_commit", wake)
    event.listen(factory, "after_rollback", forget)
    state.networks_build_job = job
    return job
