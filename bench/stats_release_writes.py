"""Does the instance stay writable while a microdata release is made? (issue 20), as JSON.

Before, a release made from the publishing page ran inside its web request, whose transaction
held SQLite's one write lock from its first statement: every other change waited for SQLite's
30 s busy timeout, then failed. Now a worker makes it (``stats/releaseworker.py``) and holds no
transaction while it works. This bench measures both on one seeded SQLite database:

  request  the old way: a session that has run a statement (as a web request has, signing the
           user in) makes the release in its transaction; rolled back afterwards
  job      the new way: the release is queued, and a worker thread makes it (``drain``), as the
           web process's background job does

While each runs, the main thread keeps committing small writes, each in its own transaction (an
audit row, what every page view writes), and records how long each took and how many failed.
The ledger of the bench database is reset before each synthetic release (its budget is not a
real one).

    python bench/stats_release_writes.py --seed-cases 100000 --data-dir /tmp/rihai-release-100k
    python bench/stats_release_writes.py ... --mode dp-synthetic --epsilon 1

The database and statistics store are built as bench/stats_privacy_1m.py builds them (and reused
from --data-dir).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from stats_privacy_1m import _build, log  # noqa: E402


def _writes_while(busy: threading.Event, factory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Commit one audit row after another until ``busy`` clears; their latencies and failures."""
    from sqlalchemy.exc import OperationalError

    from rihai.access import audit
    from rihai.access.actors import Actor
    from rihai.access.audit import AuditTag

    actor = Actor.system("bench-writer")
    took: list[float] = []
    failed = 0
    while busy.is_set():
        started = time.perf_counter()
        try:
            with factory() as s:
                audit.record(s, actor, AuditTag.STATS_EXTRACT_REFRESH, subject_type="bench", subject_id=0,
                             fields=[])
                s.commit()
            took.append(time.perf_counter() - started)
        except (OperationalError, TimeoutError):  # the database stayed busy for 30 s (db.py)
            failed += 1
        time.sleep(0.05)
    took.sort()
    pick = (lambda q: round(1000 * took[min(len(took) - 1, int(q * len(took)))], 1)) if took else (lambda q: None)
    return {"committed": len(took), "failed": failed, "p50_ms": pick(0.5), "p99_ms": pick(0.99),
            "max_ms": round(1000 * took[-1], 1) if took else None,
            "mean_ms": round(1000 * statistics.fmean(took), 1) if took else None}


def _reset_ledger(factory) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with factory() as s:
        s.execute(text("UPDATE stats_privacy_budgets SET spent_micro = 0"))
        s.commit()


def _request(factory, store: Path, mode: str, epsilon: float, done: threading.Event,
             out: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from rihai.access.actors import Actor
    from rihai.stats import release
    from rihai.stats.models import StatsRelease

    session = factory()
    started = time.perf_counter()
    try:
        session.execute(select(StatsRelease.id).limit(1))  # the request's first statement
        if mode == release.DP_SYNTHETIC:
            release.create_synthetic_release(session, Actor.system("bench"), store, epsilon=epsilon)
        else:
            release.create_release(session, Actor.system("bench"), store, k=11)
        out["release_seconds"] = round(time.perf_counter() - started, 1)
    except Exception as exc:  # noqa: BLE001 - reported
        out["release_error"] = type(exc).__name__
    finally:
        session.rollback()
        session.close()
        done.clear()


def _job(factory, store: Path, mode: str, epsilon: float, done: threading.Event,
         out: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    from rihai.access.actors import Actor
    from rihai.stats import release, releasejobs, releaseworker
    from rihai.stats.models import StatsReleaseJob

    started = time.perf_counter()
    try:
        with factory() as s:
            job = releasejobs.enqueue(s, Actor.system("bench"), store, mode=mode, k=11,
                                      epsilon=epsilon if mode == release.DP_SYNTHETIC else None, reuse=False)
            s.commit()
        releaseworker.drain(factory, store)
        out["release_seconds"] = round(time.perf_counter() - started, 1)
        with factory() as s:
            made = s.get(StatsReleaseJob, job.id)
            out["job_status"], out["job_error"] = made.status, made.error
            out["rows_out"] = made.release.rows_out if made.release else None
    finally:
        done.clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-cases", type=int, default=100_000)
    ap.add_argument("--replicate", type=int, default=1)
    ap.add_argument("--data-dir", type=Path, required=True, help="built once, reused")
    ap.add_argument("--mode", default="k-anonymous", help="k-anonymous or dp-synthetic")
    ap.add_argument("--epsilon", type=float, default=1.0)
    ap.add_argument("--ways", default="request,job", help="request, job or both (comma-separated)")
    args = ap.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{args.data_dir / 'rihai.db'}"
    out: dict[str, Any] = {"load_at_start": [round(x, 2) for x in os.getloadavg()], "mode": args.mode,
                           "seed_cases": args.seed_cases}
    store = _build(args, url, args.data_dir)
    from rihai.db import make_engine, make_sessionmaker
    from rihai.migrations import upgrade

    upgrade(url)  # a data dir built before this bench's migrations
    factory = make_sessionmaker(make_engine(url))
    for way in args.ways.split(","):
        if args.mode == "dp-synthetic":
            _reset_ledger(factory)
        busy = threading.Event()
        busy.set()
        result: dict[str, Any] = {}
        target = _request if way == "request" else _job
        worker = threading.Thread(target=target, args=(factory, store, args.mode, args.epsilon, busy, result))
        worker.start()
        time.sleep(1.0)  # the release has started (and, the old way, taken the lock)
        result["writes_during"] = _writes_while(busy, factory)
        worker.join()
        out[way] = result
        log(f"{way}: {result}")
    out["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
