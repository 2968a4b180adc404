"""Work claimed by one process from a queue in the database: a tracing match run, a statistics
release. The domains keep their rows and their unique "running slot"; this module keeps what
they share and must agree on:

* ``this_worker()``: the "host:pid" written on a claimed row, so a process can tell its own
  claims from others';
* ``abandoned(worker, started_at, max_run)``: whether a claim's process is gone (same host, pid
  no longer alive) or it has run longer than any real run takes, so it may be reaped;
* ``CommitWake``: wake the web process's job once the transaction that queued work commits
  (before that, the job's own session could not see the row), and forget it on a rollback.

It knows no domain: a worker is anything with ``wake()``.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from rihai.db import utcnow


class Waker(Protocol):
    def wake(self) -> None: ...


def this_worker() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:80]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another account's
        return True
    return True


def abandoned(worker: str | None, started_at: datetime | None, max_run: timedelta) -> bool:
    """A claim nobody will finish: running longer than ``max_run``, or claimed by a process of
    this host that is gone. Another host's live claim is never judged by its pid."""
    if started_at is not None and utcnow() - started_at > max_run:
        return True
    host, _, pid = (worker or "").rpartition(":")
    return host == socket.gethostname() and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid))


class CommitWake:
    """Wakes workers after the commit of the session that asked (``after_commit``), on one
    sessionmaker, under one key per domain. ``close()`` removes exactly these listeners (another
    app may share the sessionmaker in tests), so creating one changes nothing elsewhere."""

    def __init__(self, factory: sessionmaker[Session], key: str) -> None:
        self.factory, self.key = factory, key
        event.listen(factory, "after_commit", self._wake)
        event.listen(factory, "after_rollback", self._forget)

    def _wake(self, session: Session) -> None:
        for worker in session.info.pop(self.key, ()):
            worker.wake()

    def _forget(self, session: Session) -> None:
        session.info.pop(self.key, None)

    def close(self) -> None:
        event.remove(self.factory, "after_commit", self._wake)
        event.remove(self.factory, "after_rollback", self._forget)


def wake_after_commit(session: Session, key: str, worker: Waker) -> None:
    """Wake ``worker`` once ``session`` commits (under the domain's ``CommitWake`` key)."""
    session.info.setdefault(key, set()).add(worker)
