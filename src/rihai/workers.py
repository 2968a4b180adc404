"""Background work of the web process behind one small runner.

A *job* is a named callable that the runner calls in its own daemon thread: every ``every``
seconds (or, when ``every`` is a callable, after as many seconds as it answers after each run, so a
job can retry a failure sooner than its interval), and whenever someone calls ``runner.wake(name)`` (say, after a commit that queued work
for it). Domains keep the work itself (deliver the outbox, refresh the statistics, write an audit
checkpoint, execute queued match runs) and a function that adds their job; ``app.py`` makes one
runner per app in its lifespan, lets each domain add its job, and stops the runner at shutdown.

What the runner promises, so no job has to write it again:

* one thread per job, so a slow statistics refresh never delays a notification;
* a job never runs twice at once (its thread runs it), and a wake during a run brings one more
  run after it, not one per wake;
* an exception ends that run only: it is logged by its TYPE, never its message (a message may
  quote a row, and so hold personal data), and the job runs again when next due or woken;
* ``stop(timeout)`` sets one stop event (work that loops may watch ``runner.stopping``), lets the
  run in hand finish within ``timeout`` seconds, then calls each job's ``at_stop`` (a last audit
  checkpoint, removing an event listener) in the order the jobs were added.

It knows no domain and no database: a job is any callable.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("rihai.workers")

Delay = float | Callable[[], float] | None


@dataclass(eq=False)
class Job:
    """One named piece of background work; made by ``Runner.add``."""

    name: str
    work: Callable[[], object]
    every: Delay  # seconds between runs (a callable is asked after each run); None: only when woken
    first: Delay  # seconds before the first run (a callable is asked in the job's thread)
    at_stop: Callable[[], object] | None
    wait_at_stop: bool
    _wake: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def wake(self) -> None:
        """Run now rather than when next due (once more after the run in hand, if any)."""
        self._wake.set()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


class Runner:
    """The process's background jobs, each in its own daemon thread, stopped together."""

    def __init__(self) -> None:
        self.stopping = threading.Event()
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def add(self, name: str, work: Callable[[], object], *, every: Delay = None,
            first: Delay = None, at_stop: Callable[[], object] | None = None,
            wait_at_stop: bool = True) -> Job:
        """Start running ``work`` in a thread of its own and return its job.

        ``first``: seconds before the first run (0: at once); by default one ``every`` (or, for a
        job without one, the first wake). A callable is asked in the job's thread, so a check that
        touches a file does not hold up start-up. ``wait_at_stop=False``: ``stop`` does not wait
        for a run in hand (one that can take minutes and is safe to abandon)."""
        # The first wait defaults to one interval; a callable interval is asked for it lazily too.
        job = Job(name, work, every, every if first is None else first, at_stop, wait_at_stop)
        with self._lock:
            if self.stopping.is_set():
                raise RuntimeError("the runner has stopped")
            if name in self._jobs:
                raise ValueError(f"a job named {name!r} is already running")
            self._jobs[name] = job
            job._thread = threading.Thread(target=self._loop, args=(job,), name=f"rihai-{name}",
                                           daemon=True)
            job._thread.start()
        return job

    def job(self, name: str) -> Job | None:
        return self._jobs.get(name)

    def wake(self, name: str) -> bool:
        """Wake the named job; False when no such job runs in this process (its domain did not
        add one here: a test app, or a setting that turns it off)."""
        job = self._jobs.get(name)
        if job is None:
            return False
        job.wake()
        return True

    def stop(self, timeout: float = 60.0) -> None:
        """Stop every job: the run in hand finishes (waited for at most ``timeout`` seconds in
        all), then each job's ``at_stop`` runs. Calling it again does nothing more."""
        with self._lock:
            if self.stopping.is_set():
                return
            self.stopping.set()
            jobs = list(self._jobs.values())
        for job in jobs:
            job.wake()
        deadline = time.monotonic() + timeout
        for job in jobs:
            if job.wait_at_stop and job._thread is not None:
                job._thread.join(max(0.0, deadline - time.monotonic()))
                if job.alive:
                    log.warning("background job %s did not finish within %.0f s", job.name, timeout)
        for job in jobs:
            if job.at_stop is not None:
                self._guarded(job.name, job.at_stop)

    def _loop(self, job: Job) -> None:
        wait = self._first_wait(job)
        while not self.stopping.is_set():
            job._wake.wait(timeout=wait)  # None: until woken
            job._wake.clear()
            if self.stopping.is_set():
                break
            self._guarded(job.name, job.work)
            wait = self._delay(job, job.every, "interval")

    def _first_wait(self, job: Job) -> float | None:
        return self._delay(job, job.first, "start check")

    @staticmethod
    def _delay(job: Job, delay: Delay, what: str) -> float | None:
        if not callable(delay):
            return delay
        try:
            return delay()
        except Exception as exc:  # noqa: BLE001 - then it simply waits a fixed interval
            log.warning("background job %s: %s failed (%s)", job.name, what, type(exc).__name__)
            fallback = job.every
            return 60.0 if callable(fallback) else fallback

    @staticmethod
    def _guarded(name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - one failed run must not end the job
            # The type only: a message could quote a row.
            log.warning("background job %s failed (%s)", name, type(exc).__name__)
