"""HTTP benchmark of the referral mechanism against the real server, on SQLite and/or PostgreSQL.

For each database: bulk-seed N synthetic cases and R referrals between the synthetic agencies
(timed), start ``uvicorn`` on a loopback port, and drive C concurrent clients (default 8) for S
seconds at each endpoint, signed in (API token) as the supervisor of the busiest agency:

  healthz     GET /healthz                                  the ceiling
  inbox       GET /api/v1/referrals?box=incoming            open referrals to the agency, by deadline
  outbox      GET /api/v1/referrals?box=outgoing            open referrals from the agency
  overdue     GET /api/v1/referrals?box=overdue             past their deadline without an answer
  referral    GET /api/v1/referrals/{id}                    one referral with its timeline
  indicators  GET /api/v1/referrals/indicators              the mechanism's indicators for the agency

Prints one JSON document with p50/p95/p99 (ms), throughput, ratio to the ceiling and the targets
(inbox and overdue p99 <= 100 ms at 8 clients; indicators <= 500 ms).

    python bench/referrals_http.py --db both --cases 100000 --referrals 300000 --seconds 10
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cases_http as base  # noqa: E402  (the shared server/driver helpers)

from rihai.access.auth import actor_for, create_token  # noqa: E402
from rihai.access.models import User  # noqa: E402
from rihai.access.permissions import ROLE_PERMISSIONS, Role  # noqa: E402
from rihai.crypto import Keyring, install_keyring  # noqa: E402
from rihai.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from rihai.migrations import upgrade  # noqa: E402
from rihai.referrals import indicators as indicator_service  # noqa: E402
from rihai.referrals.models import Referral  # noqa: E402
from rihai.synthetic import bulk_seed, ensure_directory, staff_username  # noqa: E402
from rihai.synthetic.referrals import bulk_referrals, ensure_providers  # noqa: E402

TARGETS = {"list_p99_ms": 100.0, "indicators_p99_ms": 500.0}
AGENCY = "shelter_lhr"


def seed(url: str, ring: Keyring, n_cases: int, n_referrals: int, seed_value: int) -> dict[str, Any]:
    upgrade(url)
    install_keyring(ring)
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    t0 = time.perf_counter()
    with transaction(factory) as session:
        directory = ensure_directory(session)
        bulk_seed(session, directory, n_cases, seed=seed_value)
    t1 = time.perf_counter()
    with transaction(factory) as session:
        directory = ensure_directory(session)
        ensure_providers(session, directory)
        session.flush()
        bulk_referrals(session, n_referrals, seed=seed_value)
    t2 = time.perf_counter()
    base.log(f"seeded {n_cases} cases in {t1 - t0:.1f} s and {n_referrals} referrals in {t2 - t1:.1f} s")
    if engine.dialect.name == "postgresql":
        # A running database is vacuumed by autovacuum; a freshly bulk-loaded one is not yet, and
        # without a visibility map PostgreSQL cannot answer counts from an index alone.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    with transaction(factory) as session:
        user = session.scalar(sa.select(User).where(User.username == staff_username(AGENCY, "supervisor")))
        actor = actor_for(user, via="cli")
        # The indicators computed from scratch (the API caches each scope's for a minute, so the
        # HTTP figure below is mostly the cache): the first of these runs on a cold page cache.
        cold_ms = []
        for _ in range(3):
            t = time.perf_counter()
            indicator_service.indicators(session, actor, fresh=True)
            cold_ms.append(round((time.perf_counter() - t) * 1000, 1))
        base.log(f"indicators computed without the cache: {cold_ms} ms")
        raw, _ = create_token(session, actor, name="bench", expires_in_days=1,
                              scopes=sorted(ROLE_PERMISSIONS[Role.SUPERVISOR] | actor.permissions))
        ids = [str(i) for i in session.scalars(sa.select(Referral.id).where(
            sa.or_(Referral.to_agency_id == user.agency_id, Referral.from_agency_id == user.agency_id))
            .limit(500))]
        counts = {
            "to_agency": session.scalar(sa.select(sa.func.count()).select_from(Referral)
                                        .where(Referral.to_agency_id == user.agency_id)),
            "from_agency": session.scalar(sa.select(sa.func.count()).select_from(Referral)
                                          .where(Referral.from_agency_id == user.agency_id)),
        }
    engine.dispose()
    return {"cases_seconds": round(t1 - t0, 1), "referrals_seconds": round(t2 - t1, 1), "token": raw,
            "indicators_uncached_ms": cold_ms,
            "referral_ids": ids, "agency_counts": counts}


def run_database(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    load_at_start = list(os.getloadavg())
    workdir = Path(tempfile.mkdtemp(prefix=f"rihai-bench-ref-{kind}-"))
    ring = Keyring.generate()
    ring.save(workdir / "keyring.json")
    pg_name = None
    if kind == "postgresql":
        pg_name, url = base.create_pg_database(args.pg_url)
    else:
        url = f"sqlite:///{workdir / 'rihai.db'}"
    proc = None
    try:
        seeded = seed(url, ring, args.cases, args.referrals, args.seed)
        env = {"RIHAI_DATA_DIR": str(workdir), "RIHAI_COOKIE_SECURE": "false", "RIHAI_ENVIRONMENT": "production",
               "RIHAI_NOTIFY_BACKEND": "null"}
        if kind == "postgresql":
            env["RIHAI_DATABASE_URL"] = url
        port = base.free_port()
        proc = base.start_server(env, port)
        url_base = f"http://127.0.0.1:{port}"
        ids = seeded["referral_ids"]
        scenarios = {
            "healthz": lambda i: ("GET", "/healthz", None, 200),
            "inbox": lambda i: ("GET", "/api/v1/referrals?box=incoming", None, 200),
            "outbox": lambda i: ("GET", "/api/v1/referrals?box=outgoing", None, 200),
            "overdue": lambda i: ("GET", "/api/v1/referrals?box=overdue", None, 200),
            "referral": lambda i: ("GET", f"/api/v1/referrals/{ids[i % len(ids)]}", None, 200),
            "indicators": lambda i: ("GET", "/api/v1/referrals/indicators", None, 200),
        }
        results: dict[str, Any] = {}
        for name, make in scenarios.items():
            base.drive(url_base, seeded["token"], make, clients=args.clients, seconds=1, max_requests=20,
                       server_pid=proc.pid)
            results[name] = base.drive(url_base, seeded["token"], make, clients=args.clients,
                                       seconds=args.seconds, max_requests=args.max_requests, server_pid=proc.pid)
            base.log(f"{kind} {name}: {json.dumps({k: results[name][k] for k in ('p50_ms', 'p99_ms', 'throughput_rps', 'server_cpu_ms_per_request', 'errors')})}")
        ceiling = results["healthz"]["throughput_rps"] or 1
        for r in results.values():
            r["ratio_to_ceiling"] = round(r["throughput_rps"] / ceiling, 3)
        return {
            "database": kind, "cases": args.cases, "referrals": args.referrals, "clients": args.clients,
            "load_average_at_start": load_at_start, "load_average_at_end": list(os.getloadavg()),
            "seed_cases_seconds": seeded["cases_seconds"], "seed_referrals_seconds": seeded["referrals_seconds"],
            "agency_referrals": seeded["agency_counts"],
            "indicators_uncached_ms": seeded["indicators_uncached_ms"],
            "server_peak_rss_mb": max(r["server_rss_mb"] for r in results.values()), "endpoints": results,
            "targets": {
                "inbox_and_overdue_p99_ms_le_100": {k: results[k]["p99_ms"] <= TARGETS["list_p99_ms"]
                                                    for k in ("inbox", "overdue")},
                "indicators_p99_ms_le_500": results["indicators"]["p99_ms"] <= TARGETS["indicators_p99_ms"],
                "indicators_uncached_ms_le_500": max(seeded["indicators_uncached_ms"]) <= TARGETS["indicators_p99_ms"],
            },
        }
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except Exception:  # noqa: BLE001
                proc.kill()
        if pg_name:
            base.drop_pg_database(args.pg_url, pg_name)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="sqlite")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--referrals", type=int, default=300_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg-url", default=os.environ.get("RIHAI_BENCH_PG_URL",
                                                           "postgresql://postgres@127.0.0.1:5432/test"))
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    print(json.dumps({"benchmark": "referrals_http", "cpus": os.cpu_count(), "targets": TARGETS,
                      "runs": [run_database(k, args) for k in kinds]}, indent=2))


if __name__ == "__main__":
    main()
