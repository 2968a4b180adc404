"""The outbox worker: a daemon thread that delivers due rows, woken when a transaction that queued
a notification commits in this process and otherwise every ``poll_seconds`` (rows committed by
another process, retries whose time has come).

Self-contained on purpose (``start``/``stop``): the web app's lifespan starts one per process
(``start_for_app``); ``rihai notify deliver`` runs ``deliver_due`` once instead.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from . import outbox
from .channels import Channel

log = logging.getLogger("rihai.notify")

_running: set[OutboxWorker] = set()
_running_lock = threading.Lock()


class OutboxWorker:
    def __init__(self, factory: sessionmaker[Session], *, policy: outbox.Policy | None = None,
                 poll_seconds: float = 15.0, channel: Channel | None = None) -> None:
        self.factory = factory
        self.policy = policy or outbox.Policy()
        self.poll_seconds = poll_seconds
        self.channel = channel  # None: the process-wide channel at each run
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> OutboxWorker:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="rihai-notify-outbox", daemon=True)
            self._thread.start()
        with _running_lock:
            _running.add(self)
        self._wake.set()  # rows left by a previous process go out now
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        """Finish the row in hand (if any) and end the thread. What is still due stays in the
        outbox for the next process."""
        with _running_lock:
            _running.discard(self)
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(timeout=self.poll_seconds)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                outbox.deliver_due(self.factory, channel=self.channel, policy=self.policy,
                                   stop=self._stop.is_set)
            except Exception as exc:  # noqa: BLE001 - e.g. the database is down; next poll retries
                log.warning("notification worker: delivery run failed (%s)", type(exc).__name__)


def start_for_app(app: Any) -> OutboxWorker | None:
    """The web process's worker, started. Test apps share one connection between the test and the
    app, so they get none unless a test asks (``app.state.notify_worker_autostart``)."""
    state = app.state
    settings = state.settings
    if settings.environment == "test" and not getattr(state, "notify_worker_autostart", False):
        return None
    worker = OutboxWorker(state.sessionmaker, policy=outbox.Policy.from_settings(settings),
                          poll_seconds=settings.notify_poll_seconds)
    state.notify_worker = worker
    return worker.start()


@event.listens_for(Session, "after_commit")
def _wake_after_commit(session: Session) -> None:
    if outbox.forget(session):
        with _running_lock:
            workers = list(_running)
        for worker in workers:
            worker.wake()


@event.listens_for(Session, "after_rollback")
def _discard(session: Session) -> None:
    # The rows themselves rolled back with the transaction; only our bookkeeping is left.
    outbox.forget(session)
