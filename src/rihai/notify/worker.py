"""The outbox job: the web process delivers due rows in a background job (``rihai.workers``),
woken when a transaction that queued a notification commits in this process and otherwise every
``RIHAI_NOTIFY_POLL_SECONDS`` (rows committed by another process, retries whose time has come).

``add_job`` is what the web app's lifespan calls; ``rihai notify deliver`` runs ``deliver_due``
once instead.

The session listeners below are registered at import, unlike the job: they keep the outbox's own
bookkeeping (which rows this session queued, for ``notify.pending``) true after every commit and
rollback, job or none, and merely wake the jobs that are running.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from rihai.workers import Job, Runner

from . import outbox

JOB = "notify-outbox"

_running: set[Job] = set()
_running_lock = threading.Lock()


def add_job(runner: Runner, app: Any) -> Job | None:
    """The web process's delivery job, running. Test apps share one connection between the test
    and the app, so they get none unless a test asks (``app.state.notify_worker_autostart``)."""
    state = app.state
    settings = state.settings
    if settings.environment == "test" and not getattr(state, "notify_worker_autostart", False):
        return None
    factory, policy = state.sessionmaker, outbox.Policy.from_settings(settings)

    def deliver() -> None:
        # channel=None: the process-wide channel at each run. ``stop``: the row in hand is
        # finished at shutdown; what is still due stays in the outbox for the next process.
        outbox.deliver_due(factory, channel=None, policy=policy, stop=runner.stopping.is_set)

    def forget_job() -> None:
        with _running_lock:
            _running.discard(job)

    # first=0: rows left by a previous process go out now.
    job = runner.add(JOB, deliver, every=settings.notify_poll_seconds, first=0, at_stop=forget_job)
    with _running_lock:
        _running.add(job)
    return job


@event.listens_for(Session, "after_commit")
def _wake_after_commit(session: Session) -> None:
    if outbox.forget(session):
        with _running_lock:
            jobs = list(_running)
        for job in jobs:
            job.wake()


@event.listens_for(Session, "after_rollback")
def _discard(session: Session) -> None:
    # The rows themselves rolled back with the transaction; only our bookkeeping is left.
    outbox.forget(session)
