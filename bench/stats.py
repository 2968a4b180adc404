"""Statistics benchmark: extract, dashboard, k-anonymous release and DP error, as JSON.

Seeds N synthetic cases with the bulk path into a throw-away SQLite database (or reuses one with
--data-dir), then measures:

  extract      full ``rihai stats refresh`` into DuckDB, in a fresh process: seconds, peak RSS (MB)
  incremental  a second refresh with nothing changed (seconds)
  dashboard    one whole dashboard view (every panel, suppressed, filter checks), analyst scope and a
               supervisor's agency scope; and one chart drawn as PNG (median of 5, ms)
  release      k-anonymous CTDC microdata release (seconds) and the utility lost
  dp           differentially private tables at --epsilon: the 95% margin of each count and the
               mean absolute error against the exact counts

Targets (issue 6, at 1,000,000 cases): extract <= 60 s and <= 4 GB; dashboard <= 1 s; release
<= 2 min.

    python bench/stats.py --cases 100000
    python bench/stats.py --cases 1000000 --data-dir /tmp/rihai-1m --seed-only   # ~11 min on SQLite
    python bench/stats.py --cases 1000000 --data-dir /tmp/rihai-1m               # measure it
    python bench/stats.py --cases 1000000 --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/test

With --pg-url the cases go to a new database on that server (its name is kept in the data
directory, so --data-dir reuses it; dropped at the end unless --keep-db). The load average at
the start and the end is printed beside the figures: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import secrets
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGETS = {"extract_s": 60.0, "extract_rss_mb": 4096.0, "dashboard_s": 1.0, "release_s": 120.0}


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _extract(url: str, ring_json: str, store: str, queue: Any) -> None:
    from rihai.access.actors import Actor
    from rihai.crypto import Keyring, install_keyring
    from rihai.db import make_engine, make_sessionmaker, transaction
    from rihai.stats import extract

    install_keyring(Keyring.from_json(ring_json))
    engine = make_engine(url)
    started = time.perf_counter()
    with transaction(make_sessionmaker(engine)) as db:
        # the seeded cases are synthetic: count them, as a demo instance does
        result = extract.refresh(db, Actor.system("bench"), Path(store), synthetic=True)
    queue.put({"seconds": round(time.perf_counter() - started, 2), "cases": result.cases,
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--epsilon", type=float, default=1.0)
    ap.add_argument("--k", type=int, default=11)
    ap.add_argument("--data-dir", type=Path, default=None, help="reuse a seeded directory")
    ap.add_argument("--replicate", type=int, default=1,
                    help="after the extract, copy the store's rows this many times (new keys) to "
                         "time dashboards and the release at that size without seeding it")
    ap.add_argument("--seed-only", action="store_true",
                    help="seed --data-dir and stop (seeding 1M cases takes minutes; measure later)")
    ap.add_argument("--pg-url", default=None, help="a PostgreSQL server URL: benchmark on a new database there")
    ap.add_argument("--keep-db", action="store_true", help="keep the PostgreSQL database for another run")
    args = ap.parse_args()

    from rihai.db import make_engine

    data = args.data_dir or Path(tempfile.mkdtemp(prefix="rihai-bench-stats-"))
    data.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data / 'rihai.db'}"
    if args.pg_url:
        url = _pg_database(args.pg_url, data)
    ring_file = data / "keyring.json"
    out: dict[str, Any] = {"cases": args.cases, "epsilon": args.epsilon, "k": args.k,
                           "database": make_engine(url).dialect.name,
                           "load_at_start": [round(x, 2) for x in os.getloadavg()]}
    try:
        _run(args, url, data, ring_file, out)
    finally:
        if args.pg_url and not args.keep_db and not args.seed_only:
            _drop_pg_database(args.pg_url, data)


def _pg_database(server_url: str, data: Path) -> str:
    """The benchmark's own database on the server (created once, its name kept in ``data``)."""
    import sqlalchemy as sa

    name_file = data / "pg_database"
    if not name_file.exists():
        name = f"rihai_bench_stats_{secrets.token_hex(4)}"
        admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        name_file.write_text(name)
    return re.sub(r"/[^/]+$", f"/{name_file.read_text().strip()}", server_url)


def _drop_pg_database(server_url: str, data: Path) -> None:
    import sqlalchemy as sa

    name_file = data / "pg_database"
    if name_file.exists():
        admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name_file.read_text().strip()}" WITH (FORCE)'))
        admin.dispose()
        name_file.unlink()
        (data / "keyring.json").unlink(missing_ok=True)


def _run(args: argparse.Namespace, url: str, data: Path, ring_file: Path, out: dict[str, Any]) -> None:
    from rihai.access.actors import Actor
    from rihai.access.models import User
    from rihai.crypto import Keyring, install_keyring
    from rihai.db import make_engine, make_sessionmaker, transaction
    from rihai.migrations import upgrade
    from rihai.stats import charts, extract, release, service
    from rihai.synthetic import bulk_seed, ensure_directory, staff_username

    if ring_file.exists():
        ring = Keyring.load(ring_file)
        install_keyring(ring)
    else:
        ring = Keyring.generate()
        ring.save(ring_file)
        install_keyring(ring)
        upgrade(url)
        started = time.perf_counter()
        engine = make_engine(url)
        with transaction(make_sessionmaker(engine)) as db:
            bulk_seed(db, ensure_directory(db), args.cases, seed=42)
        if engine.dialect.name == "postgresql":
            # A running database is vacuumed by autovacuum; a freshly bulk-loaded one is not yet.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        engine.dispose()
        out["seed_s"] = round(time.perf_counter() - started, 1)
        log(f"seeded {args.cases} cases in {out['seed_s']} s")
    if args.seed_only:
        print(json.dumps(out, indent=2))
        return

    store = data / "stats.duckdb"
    store.unlink(missing_ok=True)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_extract, args=(url, ring.to_json(), str(store), queue))
    proc.start()
    out["extract"] = queue.get()
    proc.join()
    log(f"extract {out['extract']}")

    engine = make_engine(url)
    system = Actor.system("bench")
    with transaction(make_sessionmaker(engine)) as db:
        started = time.perf_counter()
        extract.refresh(db, system, store, synthetic=True)
        out["incremental_refresh_s"] = round(time.perf_counter() - started, 2)
        supervisor = db.query(User).filter(User.username == staff_username("shelter_lhr", "supervisor")).one()
        from rihai.access.auth import actor_for

        sup_actor = actor_for(supervisor, via="web")
    analyst = Actor.for_user(0, 0, frozenset({"analyst"}), via="web")
    if args.replicate > 1:
        con = extract.connect(store)
        for table in ("victims", "legs"):
            con.execute(f"INSERT INTO {table} SELECT * EXCLUDE (i) REPLACE (case_key || '-' || i::VARCHAR "
                        f"AS case_key) FROM {table} CROSS JOIN range(1, ?) r(i)", [args.replicate])
        out["store_rows"] = con.execute("SELECT count(*) FROM victims").fetchall()[0][0]
        con.close()
        log(f"store replicated to {out['store_rows']} victims")

    def timed(fn, n: int = 5) -> float:  # type: ignore[no-untyped-def]
        runs = []
        for _ in range(n):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        return round(statistics.median(runs) * 1000, 1)

    none = service.Filters()
    filtered = service.make_filters(2024, 2026, exploitation="ForcedLabour")
    out["dashboard_ms"] = {
        "analyst_all": timed(lambda: service.dashboard(store, analyst, none)),
        "analyst_filtered": timed(lambda: service.dashboard(store, analyst, filtered)),
        "supervisor_own_agency": timed(lambda: service.dashboard(store, sup_actor, none)),
        # drawn afresh each time (the server caches drawings by their published values)
        "chart_png": timed(lambda: (charts._render.cache_clear(),
                                    charts.render(service.chart_panel(store, analyst, "age", none), "png"))),
        "route_flow_png": timed(lambda: (charts._render.cache_clear(),
                                         charts.render(service.chart_panel(store, analyst, "route", none), "png"))),
    }
    log(f"dashboard {out['dashboard_ms']}")

    with transaction(make_sessionmaker(engine)) as db:
        started = time.perf_counter()
        text, rel, result = release.create_release(db, system, store, k=args.k)
        out["release_s"] = round(time.perf_counter() - started, 2)
        out["release_utility_lost"] = result.lost
        out["release_bytes"] = len(text)
        db.rollback()  # the benchmark's release is not a real one
    log(f"release {out['release_s']} s, {result.lost}")

    with transaction(make_sessionmaker(engine)) as db:
        tables, rel = release.create_tables(db, system, store, epsilon=args.epsilon)
        con = service.open_store(store)
        errors, margins = [], {}
        for key, rows in tables.items():
            exact = service.raw_counts(con, system, service.DIMENSIONS[key], none)
            if key == "destination":
                from rihai.stats.privacy import REGIONS

                grouped: dict[str, int] = {}
                for c, n in exact.items():
                    g = service.UNKNOWN if c == service.UNKNOWN else REGIONS.get(c, "Other")
                    grouped[g] = grouped.get(g, 0) + n
                exact = grouped
            errors += [abs(n.value - exact.get(cat, 0)) for cat, n in rows]
            margins[key] = rows[0][1].margin
        con.close()
        db.rollback()
    out["dp"] = {"epsilon_total": args.epsilon, "tables": len(tables),
                 "epsilon_per_table": round(args.epsilon / len(tables), 3),
                 "margin95_per_count": margins, "mean_abs_error": round(statistics.mean(errors), 2),
                 "max_abs_error": max(errors)}
    scale = 1_000_000 / args.cases
    out["targets_at_1M"] = TARGETS
    rows = out.get("store_rows", args.cases)
    out["linear_estimate_at_1M"] = {"extract_s": round(out["extract"]["seconds"] * scale, 1),
                                    "release_s": round(out["release_s"] * 1_000_000 / rows, 1)}
    out["pass_at_measured_size"] = {
        "extract_s": out["extract"]["seconds"] <= TARGETS["extract_s"],
        "extract_rss_mb": out["extract"]["peak_rss_mb"] <= TARGETS["extract_rss_mb"],
        "dashboard_s": max(out["dashboard_ms"].values()) / 1000 <= TARGETS["dashboard_s"],
        "release_s": out["release_s"] <= TARGETS["release_s"],
    }
    out["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
