"""The worker side of microdata releases (the design is in ``releasejobs.py``): claim a queued
job, make it in three steps without holding a transaction while the rows are worked on, record it
or give its ε back; reap jobs whose process died; delete files past ``releasejobs.KEEP``; the web
process's background job that does all this."""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from rihai import claims
from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import User, acting_as, require
from rihai.db import utcnow
from rihai.errors import Invalid, RihaiError
from rihai.stats import budget, queries, release, releasejobs
from rihai.stats.extract import store_path
from rihai.stats.models import StatsRelease, StatsReleaseFile, StatsReleaseJob
from rihai.stats.refresher import store_lock
from rihai.stats.releasejobs import DONE, FAILED, KEEP, QUEUED, RUNNING
from rihai.workers import Job, Runner

log = logging.getLogger("rihai.stats")

MAX_RUN = timedelta(hours=6)
POLL_SECONDS = 60.0
Stage = Callable[[str], None] | None

_claim_lock = threading.Lock()


@dataclass
class Made:
    """What ``execute`` made, for a caller in the same process (the CLI prints and writes it)."""

    job_id: int
    text: str | None = None
    release: StatsRelease | None = None
    result: Any = None  # microdata.RowK or dp_synthetic.Synthetic
    report: Any = None  # utility.Utility (synthetic only)
    error: str | None = None


def _lost(job: StatsReleaseJob) -> bool:
    return claims.abandoned(job.worker, job.started_at, MAX_RUN)


def _fail(session: Session, job_id: int, error: str, rule: str | None, *, worker: str | None) -> bool:
    """Mark a running job failed and give back what it charged, once (the conditional update
    is the guard: whoever marks it failed refunds)."""
    charged = session.scalar(select(StatsReleaseJob.charged_micro).where(StatsReleaseJob.id == job_id)) or 0
    cond = [StatsReleaseJob.id == job_id, StatsReleaseJob.status == RUNNING]
    if worker is not None:
        cond.append(StatsReleaseJob.worker == worker)
    done = session.execute(update(StatsReleaseJob).where(*cond).values(
        status=FAILED, running_slot=None, finished_at=utcnow(), stage="failed", error=error[:240],
        error_rule=(rule or "")[:40] or None, charged_micro=0).execution_options(synchronize_session=False))
    if not done.rowcount:  # type: ignore[attr-defined]
        return False
    budget.refund(session, charged)
    return True


def _reap(session: Session) -> None:
    for job in session.scalars(select(StatsReleaseJob).where(StatsReleaseJob.status == RUNNING)):
        if _lost(job):
            _fail(session, job.id, "WorkerLost", None, worker=job.worker)
            log.warning("stats release job %s was abandoned by its worker; marked failed", job.id)


def purge(session: Session) -> int:
    """Delete the files of jobs finished more than ``KEEP`` ago (the ledger rows stay)."""
    old = select(StatsReleaseJob.id).where(StatsReleaseJob.status == DONE, StatsReleaseJob.purged_at.is_(None),
                                           StatsReleaseJob.finished_at < utcnow() - KEEP)
    ids = list(session.scalars(old))
    if ids:
        session.execute(delete(StatsReleaseFile).where(StatsReleaseFile.job_id.in_(ids)))
        session.execute(update(StatsReleaseJob).where(StatsReleaseJob.id.in_(ids)).values(purged_at=utcnow()))
    return len(ids)


def claim(factory: sessionmaker[Session], job_id: int | None = None) -> int | None:
    """Take a queued job (the oldest, or ``job_id``) for this process: committed as running and
    holding the one slot. None when nothing is queued or another job holds the slot."""
    with _claim_lock, factory() as session:
        _reap(session)
        purge(session)
        session.commit()
        stmt = select(StatsReleaseJob.id).where(StatsReleaseJob.status == QUEUED).order_by(StatsReleaseJob.id)
        if job_id is not None:
            stmt = stmt.where(StatsReleaseJob.id == job_id)
        chosen = session.scalar(stmt.limit(1))
        if chosen is None:
            return None
        try:
            done = session.execute(update(StatsReleaseJob)
                                   .where(StatsReleaseJob.id == chosen, StatsReleaseJob.status == QUEUED)
                                   .values(status=RUNNING, running_slot=1, started_at=utcnow(),
                                           worker=claims.this_worker(), stage="charging"))
            session.commit()
        except IntegrityError:
            session.rollback()  # another job holds the slot
            return None
        return chosen if done.rowcount else None  # type: ignore[attr-defined]


def begin(factory: sessionmaker[Session], actor: Actor, path: Path, **params: Any) -> int | None:
    """Queue a release and take it for this process in one commit (the CLI's foreground release:
    no worker can claim it first). None when another release holds the slot: nothing is queued.
    ``params`` as ``enqueue``'s; a refusal raises as there."""
    with _claim_lock, factory() as session:
        _reap(session)
        session.commit()
        job = releasejobs.enqueue(session, actor, path, reuse=False, **params)
        job.status, job.running_slot, job.started_at, job.stage = RUNNING, 1, utcnow(), "charging"
        job.worker = claims.this_worker()
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return None
        return job.id


def _actor_of(session: Session, job: StatsReleaseJob) -> Actor:
    """The analyst who asked, acting from the worker (their agency, roles and scope, as they are
    now: an account closed or stripped of the permission meanwhile makes nothing)."""
    via = "cli" if job.via == "cli" else "worker"
    if job.requested_by_id is None:
        return Actor.system(via)
    user = session.get(User, job.requested_by_id)
    if user is None or not user.is_active:
        raise Invalid("the account that asked for this release is no longer active", rule="requester-inactive")
    return acting_as(user, via=via)


def _set_stage(factory: sessionmaker[Session], job_id: int, stage: str, say: Stage) -> None:
    with factory() as session:
        session.execute(update(StatsReleaseJob).where(StatsReleaseJob.id == job_id).values(stage=stage))
        session.commit()
    if say:
        say(stage)


def _make(mode: str, frame: pd.DataFrame, *, epsilon: float | None, k: int, demo: bool) -> tuple[str, Any, Any]:
    """The CSV, the anonymisation's (or synthesis's) account and, for a synthetic release, its
    utility report. No database."""
    if mode == release.DP_SYNTHETIC:
        assert epsilon is not None  # noqa: S101 - enqueue requires it
        return release.synthetic_csv(frame, epsilon=epsilon, k=k, demo=demo)
    text, result = release.k_anonymous_csv(frame, k)
    return text, result, None


def _in_child(mode: str, frame: pd.DataFrame, **kw: Any) -> tuple[str, Any, Any]:
    """``_make`` in a child process. pac-synth's sampler holds the interpreter lock for up to
    100 s at a stretch (measured: bench/stats_release_writes.py), and pandas for shorter ones: in
    the web process's own interpreter that froze every request it served for as long. A child
    also hands the gigabytes back to the system when it ends. Spawned, not forked: a fork of a
    threaded web process can inherit a lock held by another thread."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as child:
        return child.submit(_make, mode, frame, **kw).result()


# Tests that replace a step of ``_make`` (to make it fail or wait) run it in this process.
ISOLATE = True


def execute(factory: sessionmaker[Session], job_id: int, path: Path, *, stage: Stage = None) -> Made:
    """Make a claimed job's release in the three steps of the module's docstring, as the analyst
    who asked. Never raises: a failure is recorded on the job (a sentence of ``rihai.errors``, or
    the error's class name) and its charge given back."""
    made = Made(job_id)
    me = claims.this_worker()
    try:
        with factory() as session:
            job = session.get(StatsReleaseJob, job_id)
            assert job is not None and job.status == RUNNING  # noqa: S101 - claimed above
            actor = _actor_of(session, job)
            require(actor, Permission.STATS_RELEASE_CREATE)
            mode, k, epsilon = job.mode, job.k, job.epsilon
            filters = queries.make_filters(job.year_from, job.year_to)
            if mode == release.DP_SYNTHETIC:
                assert epsilon is not None  # noqa: S101 - enqueue requires it
                budget.charge(session, epsilon)
                job.charged_micro = budget.cost(epsilon)
            job.stage = "synthesising" if mode == release.DP_SYNTHETIC else "reading"
            session.commit()
        if stage:
            stage("synthesising" if mode == release.DP_SYNTHETIC else "reading")
        # A refresh rewriting the store waits while the rows are read (and this waits for one in
        # hand), not while they are anonymised: the dashboard stays fresh during an hour's synthesis.
        with store_lock(path, wait=True):
            frame, demo = release.ctdc_frame(path, actor, filters)
        columns = list(frame.columns)
        text, result, report = (_in_child if ISOLATE else _make)(mode, frame, epsilon=epsilon, k=k, demo=demo)
        del frame
        _set_stage(factory, job_id, "storing", stage)
        packed = releasejobs.pack(job_id, text)
        with factory() as session:
            claimed = session.execute(update(StatsReleaseJob).where(
                StatsReleaseJob.id == job_id, StatsReleaseJob.status == RUNNING, StatsReleaseJob.worker == me)
                .values(status=DONE, running_slot=None, finished_at=utcnow(), stage="done", charged_micro=0))
            if not claimed.rowcount:  # type: ignore[attr-defined]
                session.rollback()
                made.error = "WorkerLost"  # reaped (and refunded) meanwhile: publish nothing
                return made
            if mode == release.DP_SYNTHETIC:
                rel = release.record_synthetic(session, actor, epsilon=epsilon, k=k, filters=filters, result=result,
                                               report=report, columns=columns, demo=demo,
                                               left=budget.remaining(session))
                name = f"rihai-SYNTHETIC-dp-{rel.id}-eps{epsilon:g}.csv"
            else:
                rel = release.record_k_anonymous(session, actor, k=k, filters=filters, result=result,
                                                 columns=columns, synthetic=demo)
                name = f"{'rihai-SYNTHETIC-release' if demo else 'rihai-release'}-{rel.id}-k{k}.csv"
            session.execute(update(StatsReleaseJob).where(StatsReleaseJob.id == job_id)
                            .values(release_id=rel.id, filename=name))
            session.add(StatsReleaseFile(job_id=job_id, data=packed))
            session.commit()
        made.text, made.release, made.result, made.report = text, rel, result, report
        if stage:
            stage("done")
        return made
    except RihaiError as exc:  # a sentence meant for the analyst (budget, too few people, no store)
        made.error, rule = exc.detail, getattr(exc, "rule", None)
    except Exception as exc:  # noqa: BLE001 - recorded, never raised into a worker loop
        made.error, rule = type(exc).__name__, None
        # By type only: a message (or a traceback's locals) may quote a value from the data.
        log.error("stats release job %s failed: %s", job_id, type(exc).__name__)
    with factory() as session:
        _fail(session, job_id, made.error or "Error", rule, worker=me)
        session.commit()
    return made


def drain(factory: sessionmaker[Session], path: Path) -> list[int]:
    """Make queued releases one after another until none is left (or another process holds the
    slot). Returns the ids made here (done or failed)."""
    made: list[int] = []
    while (job_id := claim(factory)) is not None:
        execute(factory, job_id, path)
        made.append(job_id)
    return made


JOB = "stats-release"
_WAKE_KEY = "rihai.stats.release.wake"


Waker = claims.Waker


def add_job(runner: Runner, app: Any) -> Job | None:
    """The web process's release job: it makes queued releases at start-up (jobs left queued by a
    stopped server), whenever woken and every ``POLL_SECONDS``, and deletes files past ``KEEP``.
    Test apps share one connection between the test and the app, so they get none unless a test
    asks (``app.state.stats_release_worker_autostart``) and drain the queue themselves.

    Shutdown does not wait for a release in hand (it can take most of an hour): the next start
    finds its process gone, marks it failed and gives back its ε."""
    state = app.state
    if state.settings.environment == "test" and not getattr(state, "stats_release_worker_autostart", False):
        return None
    factory = state.sessionmaker
    path = store_path(state.settings.data_dir)

    waking = claims.CommitWake(factory, _WAKE_KEY)

    job = runner.add(JOB, lambda: drain(factory, path), every=POLL_SECONDS, first=0, at_stop=waking.close,
                     wait_at_stop=False)
    state.stats_release_worker = job
    return job


def worker_for(app: Any) -> Waker | None:
    """The app's release job (anything with ``wake()``), or None where none runs."""
    return getattr(app.state, "stats_release_worker", None)


def wake_after_commit(session: Session, worker: Waker) -> None:
    """Wake ``worker`` once ``session`` commits the queued job (before that it could not see it)."""
    claims.wake_after_commit(session, _WAKE_KEY, worker)
