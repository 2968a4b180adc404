"""Match runs outside the web request: a desk *asks* for a run (``enqueue``), a worker carries it
out (``drain``), the page polls its status.

A run can take minutes on a national list and holds every decrypted record in memory, so it must
not live inside a request (a proxy would time it out; a second click would start a second copy).
Instead a row in ``tracing_match_runs`` is queued and executed by:

* the web process's background job (``add_job``, a ``rihai.workers`` job the app starts with the
  server, woken whenever a run is asked for; it also looks for queued runs every ``POLL_SECONDS``), or
* ``rihai tracing match`` (runs one now, in the foreground) and ``rihai tracing match --queued``
  (executes what the desks asked for, for deployments that keep matching off the web servers).

Two runs never overlap: claiming sets ``running_slot = 1``, which a unique constraint allows for
one row only, so the database refuses the second claimant whichever process it is in; within a
process a lock serialises claimants too. A run whose process died (same host, pid gone) or that has
been running longer than ``MAX_RUN`` is marked failed so the slot frees itself.

Progress (the stage and fraction ``run_match`` reports) is kept in this process's memory: writing
it to the database from inside the match transaction would contend with that transaction on SQLite.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from rihai import claims
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import User, acting_as, require
from rihai.db import mark_read_mostly, utcnow
from rihai.errors import NotFound
from rihai.workers import Job, Runner

from .matching import run_match
from .models import MatchRun
from .schemas import MatchRunResult

log = logging.getLogger("rihai.tracing")

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
MAX_RUN = timedelta(hours=6)
POLL_SECONDS = 30.0
Progress = Callable[[str, float], None] | None

_claim_lock = threading.Lock()
# run id -> (stage, fraction) while this process executes it.
_progress: dict[int, tuple[str, float]] = {}


def enqueue(session: Session, actor: Actor, *, reuse: bool = True) -> MatchRun:
    """A desk asks for a match run. If one is already waiting, that one is the answer (``reuse``):
    asking twice does not queue twice, and a run that starts later sees everything stored before
    it. Callers: holders of ``tracing:match:run``; the CLI queues its own (``reuse=False``)."""
    require(actor, Permission.TRACING_MATCH_RUN)
    waiting = session.scalar(select(MatchRun).where(MatchRun.status == QUEUED).order_by(MatchRun.id).limit(1))
    if reuse and waiting is not None:
        return waiting
    run = MatchRun(status=QUEUED, requested_by_id=actor.user_id, agency_id=actor.agency_id,
                   via=actor.via[:8], progress=0.0)
    session.add(run)
    session.flush()
    audit.record(session, actor, AuditTag.TRACING_MATCH_QUEUE, subject_type="tracing_match_run",
                 subject_id=run.id, fields=["status"])
    return run


def get_run(session: Session, actor: Actor, run_id: int) -> MatchRun:
    """A run's status and counts. One queue serves every desk (a run matches everything open,
    whoever asked, and a desk asking while a run waits joins it), so any holder of
    ``tracing:match:run`` may follow any run: it holds system-wide counts, never a record or who
    asked (the requester's id is not in the answer)."""
    require(actor, Permission.TRACING_MATCH_RUN)
    run = session.get(MatchRun, run_id)
    if run is None:
        raise NotFound("no such match run")
    return run


def latest_run(session: Session, actor: Actor) -> MatchRun | None:
    """The newest run (see ``get_run`` for why runs are not per agency)."""
    require(actor, Permission.TRACING_MATCH_RUN)
    return session.scalar(select(MatchRun).order_by(MatchRun.id.desc()).limit(1))


def progress_of(run: MatchRun) -> tuple[str | None, float]:
    """The stage and fraction of a run, live when this process executes it."""
    return _progress.get(run.id, (run.stage, run.progress or 0.0))


def _lost(run: MatchRun) -> bool:
    return claims.abandoned(run.worker, run.started_at, MAX_RUN)


def _reap(session: Session) -> None:
    for run in session.scalars(select(MatchRun).where(MatchRun.status == RUNNING)):
        if _lost(run):
            run.status, run.running_slot, run.error, run.finished_at = FAILED, None, "WorkerLost", utcnow()
            log.warning("tracing match run %s was abandoned by its worker; marked failed", run.id)
    session.flush()


def claim(factory: sessionmaker[Session], run_id: int | None = None) -> int | None:
    """Take a queued run (the oldest, or ``run_id``) for this process: committed as running and
    holding the one slot. None when nothing is queued or another run holds the slot."""
    with _claim_lock, factory() as session:
        _reap(session)
        session.commit()
        stmt = select(MatchRun.id).where(MatchRun.status == QUEUED).order_by(MatchRun.id).limit(1)
        if run_id is not None:
            stmt = stmt.where(MatchRun.id == run_id)
        chosen = session.scalar(stmt)
        if chosen is None:
            return None
        try:
            done = session.execute(update(MatchRun).where(MatchRun.id == chosen, MatchRun.status == QUEUED)
                                   .values(status=RUNNING, running_slot=1, started_at=utcnow(),
                                           worker=claims.this_worker(), stage="starting", progress=0.0))
            session.commit()
        except IntegrityError:
            session.rollback()  # another run holds the slot
            return None
        return chosen if done.rowcount else None  # type: ignore[attr-defined]


def abandon(factory: sessionmaker[Session], run_id: int) -> None:
    """A queued run that will not be executed after all (the CLI found the slot taken)."""
    with factory() as session:
        session.execute(update(MatchRun).where(MatchRun.id == run_id, MatchRun.status == QUEUED)
                        .values(status=FAILED, error="AnotherRunExecuting", finished_at=utcnow()))
        session.commit()


def error_of(factory: sessionmaker[Session], run_id: int) -> str | None:
    with factory() as session:
        return session.scalar(select(MatchRun.error).where(MatchRun.id == run_id))


def _actor_of(session: Session, run: MatchRun) -> Actor:
    """The account that asked, acting from the worker (its agency, roles and scope)."""
    via = "cli" if run.via == "cli" else "worker"
    if run.requested_by_id is None:
        return Actor.system(via)
    user = session.get(User, run.requested_by_id)
    if user is None or not user.is_active:
        raise PermissionError("requester-inactive")
    return acting_as(user, via=via)


def execute(factory: sessionmaker[Session], run_id: int, *, progress: Progress = None,
            **options: Any) -> MatchRunResult | None:
    """Carry out a claimed run in its own transaction, as the account that asked for it; record
    the counts (or the error's class name) and free the slot. ``options`` go to ``run_match``."""

    def say(stage: str, frac: float) -> None:
        _progress[run_id] = (stage[:40], frac)
        if progress:
            progress(stage, frac)

    result: MatchRunResult | None = None
    error: str | None = None
    try:
        with factory() as session:
            # A reader until it stores candidates: on SQLite the one write lock is not held while
            # Splink works (seconds to minutes), which stopped every other write, audit rows of
            # page views included, for as long (db.py).
            mark_read_mostly(session)
            run = session.get(MatchRun, run_id)
            assert run is not None  # noqa: S101 - claimed above
            actor = _actor_of(session, run)
            result = run_match(session, actor, progress=say, **options)
            session.commit()
    except PermissionError as exc:
        error = str(exc)[:80]
    except Exception as exc:  # noqa: BLE001 - a failed run is recorded, never raised into a worker loop
        error = type(exc).__name__[:80]
        # By type only: a message (or a traceback's locals) may quote a value from the data.
        log.error("tracing match run %s failed: %s", run_id, type(exc).__name__)
    finally:
        _progress.pop(run_id, None)
    with factory() as session:
        run = session.get(MatchRun, run_id)
        assert run is not None  # noqa: S101
        run.status, run.running_slot, run.finished_at = (DONE if error is None else FAILED), None, utcnow()
        run.stage, run.progress, run.error = ("done", 1.0, None) if error is None else ("failed", run.progress, error)
        if result is not None:
            for name in ("requests", "records", "cases", "proposed", "updated", "skipped_rejected"):
                setattr(run, name, getattr(result, name))
        session.commit()
    return result


def drain(factory: sessionmaker[Session], **options: Any) -> list[int]:
    """Execute queued runs one after another until none is left (or another process holds the
    slot). Returns the ids executed here."""
    done: list[int] = []
    while (run_id := claim(factory)) is not None:
        execute(factory, run_id, **options)
        done.append(run_id)
    return done


JOB = "tracing-match"
_WAKE_KEY = "rihai.tracing.wake"


Waker = claims.Waker


def add_job(runner: Runner, app: Any, **options: Any) -> Job | None:
    """The web process's match job, running (``worker_for`` finds it): it drains the queue at
    start-up (runs left queued by a stopped server), whenever woken and every ``POLL_SECONDS``.
    Test apps share one connection between the test and the app, so they get none unless a test
    asks (``app.state.tracing_worker_autostart``) and drain the queue themselves.

    The commit listener that wakes it is added to this app's sessions here and removed when the
    runner stops, so importing this module changes nothing. Shutdown does not wait for a run in
    hand (it can take minutes): its transaction dies with the process, and the next one reaps it."""
    state = app.state
    if state.settings.environment == "test" and not getattr(state, "tracing_worker_autostart", False):
        return None
    factory = state.sessionmaker

    waking = claims.CommitWake(factory, _WAKE_KEY)

    job = runner.add(JOB, lambda: drain(factory, **options), every=POLL_SECONDS, first=0,
                     at_stop=waking.close, wait_at_stop=False)
    state.tracing_match_worker = job
    return job


def worker_for(app: Any) -> Waker | None:
    """The app's match job (anything with ``wake()``), or None where none runs."""
    return getattr(app.state, "tracing_match_worker", None)


def wake_after_commit(session: Session, worker: Waker) -> None:
    """Wake ``worker`` once ``session`` commits the queued run (before that it could not see it)."""
    claims.wake_after_commit(session, _WAKE_KEY, worker)
