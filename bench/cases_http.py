"""HTTP benchmark of case work against the real server, on SQLite and/or PostgreSQL.

For each database: seed N synthetic cases with the bulk path (timed), start ``uvicorn`` on a free
loopback port as a subprocess, sign in a supervisor through an API token, then drive C concurrent
clients (default 8) at each endpoint for S seconds (and at most --max-requests requests):

  healthz      GET  /healthz                 the ceiling: the cheapest route through the stack
  search_cnic  POST /api/v1/cases/search     {"q": a CNIC}
  search_name  POST /api/v1/cases/search     {"q": "Given Family"}
  case_page    GET  /api/v1/cases/{id}
  dashboard    GET  /                        the HTML landing page with the case list
  create       POST /api/v1/cases            a new synthetic case
  queue_district      GET  /cases?province=..&district=..   the work queue filtered by home district
  queue_exploitation  GET  /cases?exploitation=ForcedLabour  ... by a type of exploitation
  queue_overdue       GET  /cases?overdue=1                  ... by overdue follow-ups
  queue_recruiter     POST /cases  kind=recruiter           ... searched by a recruiter's name
  queue_place         POST /cases  kind=place               ... searched by a place of the route
  follow_ups          GET  /follow-ups                       a caseworker's follow-ups, overdue first
(the supervisor's queue; the follow-ups of one caseworker holding --tasks follow-ups, half overdue;
besides them, a follow-up on every fourth case of the other agencies, half overdue)

Prints one JSON document: per endpoint p50/p95/p99 (ms), throughput (req/s), the ratio of its
throughput to the ceiling's, errors, the server's CPU time per request (a cost that other work on a
shared machine barely moves, unlike the latencies); the server's peak RSS; the seeding time; and the targets
(reads p99 <= 150 ms, >= 50 creations/s, RSS <= 400 MB, seeding 100k <= 120 s) with pass/fail.

    python bench/cases_http.py --db both --cases 100000 --seconds 15

PostgreSQL: RIHAI_BENCH_PG_URL (default postgresql://postgres@127.0.0.1:5432/test) names a
database used only to create and drop a throw-away ``rihai_bench_<random>`` database.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from rihai.access.auth import actor_for, create_token
from rihai.access.models import User
from rihai.access.permissions import ROLE_PERMISSIONS, Role
from rihai.cases.models import Case, Perpetrator, Person, TraffickingEvent
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.synthetic import Generator, bulk_seed, ensure_directory, staff_username
from rihai.synthetic.vocab import MARK

sys.path.insert(0, str(Path(__file__).parent))
from queue_load import queue_scenarios, seed_tasks  # noqa: E402  (beside this script)

TARGETS = {"read_p99_ms": 150.0, "creations_per_s": 50.0, "rss_mb": 400.0, "seed_100k_s": 120.0}
BENCH_AGENCY = "shelter_lhr"  # the largest synthetic agency: its supervisor sees the most cases


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, from /proc (Linux)."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return round(total / 1024, 1)


def server_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (uvicorn workers).
    Per request, this is the server's own cost, which other work on a shared machine barely
    changes, where latencies there depend on everything else running."""
    total = 0.0
    pids = [pid]
    try:
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    tick = os.sysconf("SC_CLK_TCK")
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
    return total


def _cpu() -> float:
    """CPU seconds of this process plus its finished children (the bulk seed's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# -- setup ---------------------------------------------------------------------------------------

def create_pg_database(admin_url: str) -> tuple[str, str]:
    name = f"rihai_bench_{secrets.token_hex(4)}"
    admin = sa.create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, re.sub(r"/[^/]+$", f"/{name}", admin_url)


def drop_pg_database(admin_url: str, name: str) -> None:
    admin = sa.create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _bulk_load_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=DELETE")
    cur.execute("PRAGMA synchronous=OFF")
    cur.execute("PRAGMA temp_store=MEMORY")
    # The seed's rows reference only rows it wrote before them (tests/synthetic checks the bulk
    # path's integrity): checking each of ~75 rows a case against its parent cost a tenth of the
    # load. Off for this connection only; the server checks them as ever.
    cur.execute("PRAGMA foreign_keys=OFF")
    cur.close()


def _bulk_load_settings(dbapi_conn: Any, _record: Any) -> None:
    # PostgreSQL's counterpart of foreign_keys=OFF above, for the seed's connection only: the
    # foreign keys are checked by triggers, one lookup of the parent row per child row, which at
    # 100k cases was a third of the load's CPU (45.8 -> 31.6 s). Needs a superuser (the bench's
    # own database); the tables' only other triggers keep audit_events append-only, and the seed
    # only appends to it.
    cur = dbapi_conn.cursor()
    cur.execute("SET session_replication_role = replica")
    cur.close()
    dbapi_conn.commit()


def seed(url: str, ring: Keyring, n: int, seed_value: int, n_tasks: int = 2000) -> dict[str, Any]:
    upgrade(url)
    install_keyring(ring)
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        # A throw-away file filled in one transaction: written once, not to the WAL and then again
        # into the file (at 1M cases 7 GB each), and the index builds' sorts kept in memory.
        # The server opens it in WAL mode again (rihai.db.make_engine) for the measurements.
        sa.event.listen(engine, "connect", _bulk_load_pragmas)
    else:
        sa.event.listen(engine, "connect", _bulk_load_settings)
    factory = make_sessionmaker(engine)
    started = time.perf_counter()
    with transaction(factory) as session:
        directory = ensure_directory(session)
        accounts = time.perf_counter()
        cpu0 = _cpu()
        phases: dict[str, float] = {}
        bulk_seed(session, directory, n, seed=seed_value, phases=phases)
    done = time.perf_counter()
    cpu = _cpu() - cpu0
    if engine.dialect.name == "postgresql":
        # As autovacuum would have done on a running database: a visibility map for index-only scans.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    log(f"seeded {n} cases in {done - accounts:.1f} s wall, {cpu:.1f} s CPU (this process and its workers) "
        f"(+{accounts - started:.1f} s for agencies/accounts); phases {phases}")

    with transaction(factory) as session:
        user = session.scalar(sa.select(User).where(User.username == staff_username(BENCH_AGENCY, "supervisor")))
        actor = actor_for(user, via="cli")
        raw, _ = create_token(session, actor, name="bench", expires_in_days=1,
                              scopes=sorted(ROLE_PERMISSIONS[Role.SUPERVISOR] | actor.permissions))
        rows = session.execute(
            sa.select(Case.id, Person.cnic, Person.given_name, Person.family_name)
            .join(Person, Person.case_id == Case.id)
            .where(Case.owner_agency_id == user.agency_id).order_by(Case.reference).limit(500)).all()
        ids = [r[0] for r in rows]
        districts = session.execute(sa.select(Person.home_province, Person.home_district)
                                    .where(Person.case_id.in_(ids), Person.home_district.is_not(None))).all()
        recruiters = [p for p in session.scalars(sa.select(Perpetrator.name).where(Perpetrator.case_id.in_(ids))) if p]
        places = [p for p in session.scalars(sa.select(TraffickingEvent.place).where(TraffickingEvent.case_id.in_(ids))) if p]
        worker = session.scalar(sa.select(User).where(User.username == staff_username(BENCH_AGENCY, "caseworker")))
        cw_actor = actor_for(worker, via="cli")
        task_cases = seed_tasks(session, worker.id, n_tasks)
        cw_raw, _ = create_token(session, cw_actor, name="bench", expires_in_days=1, scopes=sorted(cw_actor.permissions))
    engine.dispose()
    samples = {
        "districts": [(p, d) for p, d in districts][:200],
        "recruiters": [r.replace(MARK, "").strip() for r in recruiters][:200],
        "places": [p.replace(MARK, "").strip() for p in places][:200],
        "caseworker_token": cw_raw, "task_cases": task_cases,
        "case_ids": [str(r[0]) for r in rows],
        "cnics": [r[1] for r in rows if r[1]],
        "names": [f"{r[2].replace(MARK, '').strip()} {r[3].replace(MARK, '').strip()}" for r in rows],
    }
    return {"seconds": round(done - accounts, 1), "cpu_seconds": round(cpu, 1), "phases": phases,
            "accounts_seconds": round(accounts - started, 1),
            "token": raw, "samples": samples}


def start_server(env: dict[str, str], port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    # The production path (``rihai serve``'s run_server): with several workers it binds the
    # listening socket itself, as TCP, so responses are not held back by Nagle's algorithm.
    code = ("import sys; from pathlib import Path; from rihai.cli.serve import run_server; "
            "run_server(data_dir=Path(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
            "workers=int(sys.argv[3]), log_level='warning', access_log=False)")
    proc = subprocess.Popen(
        [sys.executable, "-c", code, env["RIHAI_DATA_DIR"], str(port), str(workers)],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start within 60 s")


# -- load ----------------------------------------------------------------------------------------

def case_payloads(n: int) -> list[dict[str, Any]]:
    def jsonable(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: jsonable(v) for k, v in value.items()}
        if isinstance(value, list):
            return [jsonable(v) for v in value]
        if isinstance(value, date):
            return value.isoformat()
        return value

    # A different seed from the seeded data, so CNICs do not collide with existing cases.
    return [jsonable(sc.data) for sc in Generator(seed=987654).cases(n)]


def drive(base: str, token: str, make_request: Any, *, clients: int, seconds: float,
          max_requests: int, server_pid: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(max_requests))
    stop_at = time.monotonic() + seconds
    peak_rss = [0.0]

    def worker() -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
            while time.monotonic() < stop_at:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                method, path, body, expected, *rest = make_request(i)
                extra = rest[0] if rest else {}
                t0 = time.perf_counter()
                if isinstance(body, tuple):  # ("form", fields): a browser form post
                    r = client.request(method, path, data=body[1], headers=extra)
                else:
                    r = client.request(method, path, json=body, headers=extra)
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    if r.status_code == expected:
                        latencies.append(dt)
                    else:
                        errors.append(f"{r.status_code}: {r.text[:200]}")

    def sample_rss() -> None:
        while time.monotonic() < stop_at + 0.5:
            peak_rss[0] = max(peak_rss[0], rss_mb(server_pid))
            time.sleep(0.25)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    sampler = threading.Thread(target=sample_rss, daemon=True)
    started = time.perf_counter()
    cpu_before = server_cpu_seconds(server_pid)
    sampler.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    server_cpu = server_cpu_seconds(server_pid) - cpu_before
    peak_rss[0] = max(peak_rss[0], rss_mb(server_pid))
    qs = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [float("nan")] * 99
    return {"requests": len(latencies), "errors": len(errors), "error_sample": errors[:3],
            "seconds": round(elapsed, 2), "throughput_rps": round(len(latencies) / elapsed, 1),
            "p50_ms": round(qs[49], 1), "p95_ms": round(qs[94], 1), "p99_ms": round(qs[98], 1),
            "server_cpu_ms_per_request": round(server_cpu * 1000 / max(len(latencies), 1), 2),
            "server_rss_mb": peak_rss[0]}


def run_database(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    load_at_start = list(os.getloadavg())
    reuse = Path(args.reuse_dir) if args.reuse_dir else None
    keep = Path(args.keep_dir) / kind if args.keep_dir else None
    if keep:
        keep.mkdir(parents=True, exist_ok=False)
    if reuse and args.db == "both":
        reuse = reuse / kind
    workdir = reuse or keep or Path(tempfile.mkdtemp(prefix=f"rihai-bench-{kind}-"))
    ring = Keyring.load(workdir / "keyring.json") if reuse else Keyring.generate()
    if not reuse:
        ring.save(workdir / "keyring.json")
    pg_name = None
    if reuse:
        # A kept PostgreSQL database is named in its samples.json; SQLite's is the file beside it.
        url = json.loads((reuse / "samples.json").read_text()).get("database_url") or f"sqlite:///{workdir / 'rihai.db'}"
    elif kind == "postgresql":
        pg_name, url = create_pg_database(args.pg_url)
    else:
        url = f"sqlite:///{workdir / 'rihai.db'}"
    proc = None
    try:
        if reuse:  # a database seeded before (samples.json beside it): measure, do not seed
            saved = json.loads((reuse / "samples.json").read_text())
            saved.pop("database_url", None)
            args.cases = saved.pop("cases", args.cases)
            seeded = {"seconds": 0.0, "cpu_seconds": 0.0, "accounts_seconds": 0.0, "token": saved.pop("token"),
                      "samples": saved}
        else:
            seeded = seed(url, ring, args.cases, args.seed, args.tasks)
            if keep:  # for --reuse-dir later: measure again without seeding again
                kept = {"token": seeded["token"], "cases": args.cases, **seeded["samples"]}
                if kind == "postgresql":
                    kept["database_url"] = url
                (keep / "samples.json").write_text(json.dumps(kept))
            if args.seed_only:
                return {"database": kind, "cases": args.cases, "seed_seconds": seeded["seconds"],
                        "seed_cpu_seconds_client": seeded["cpu_seconds"], "seed_phases_s": seeded["phases"],
                        "kept": str(keep) if keep else None,
                        "load_average_at_start": load_at_start, "load_average_at_end": list(os.getloadavg())}
        # The web process of a national instance runs no background job (docs/operations.md, "A
        # national instance"): a statistics refresh or network build started by the server over a
        # million cases would otherwise spend minutes of the same process's CPU during the run.
        env = {"RIHAI_DATA_DIR": str(workdir), "RIHAI_COOKIE_SECURE": "false",
               "RIHAI_ENVIRONMENT": "production", "RIHAI_JOBS": args.server_jobs}
        if kind == "postgresql":
            env["RIHAI_DATABASE_URL"] = url
        port = free_port()
        proc = start_server(env, port, args.workers)
        base = f"http://127.0.0.1:{port}"
        log(f"{kind}: server pid {proc.pid} on {base}, idle RSS {rss_mb(proc.pid)} MB")
        s = seeded["samples"]
        payloads = case_payloads(min(args.max_requests, 5000))
        scenarios = {
            "healthz": lambda i: ("GET", "/healthz", None, 200),
            "search_cnic": lambda i: ("POST", "/api/v1/cases/search", {"q": s["cnics"][i % len(s["cnics"])]}, 200),
            "search_name": lambda i: ("POST", "/api/v1/cases/search", {"q": s["names"][i % len(s["names"])]}, 200),
            "case_page": lambda i: ("GET", f"/api/v1/cases/{s['case_ids'][i % len(s['case_ids'])]}", None, 200),
            "dashboard": lambda i: ("GET", "/", None, 200),
            "create": lambda i: ("POST", "/api/v1/cases", payloads[i % len(payloads)], 201),
        }
        if args.queue:
            scenarios = queue_scenarios(scenarios, s, only=args.queue_only)
        if args.only:  # the ceiling is always measured: every share is of the same run's healthz
            wanted = {"healthz", *args.only.split(",")}
            scenarios = {k: v for k, v in scenarios.items() if k in wanted}
        results: dict[str, Any] = {}
        for name, make in scenarios.items():
            # Warm up (caches, connection pool) before measuring.
            drive(base, seeded["token"], make, clients=args.clients, seconds=1, max_requests=50,
                  server_pid=proc.pid)
            results[name] = drive(base, seeded["token"], make, clients=args.clients,
                                  seconds=args.seconds, max_requests=args.max_requests,
                                  server_pid=proc.pid)
            log(f"{kind} {name}: {json.dumps({k: results[name][k] for k in ('p50_ms', 'p95_ms', 'p99_ms', 'throughput_rps', 'server_cpu_ms_per_request', 'errors')})}")
        ceiling = results["healthz"]["throughput_rps"] or 1
        for r in results.values():
            r["ratio_to_ceiling"] = round(r["throughput_rps"] / ceiling, 3)
        reads = [r for r in ("search_cnic", "search_name", "case_page", "dashboard", "queue_district",
                             "queue_exploitation", "queue_overdue", "queue_recruiter", "queue_place",
                             "follow_ups") if r in results]
        peak = max(r["server_rss_mb"] for r in results.values())
        seed_scaled = seeded["seconds"] * 100_000 / args.cases
        return {
            "database": kind, "cases": args.cases, "clients": args.clients, "workers": args.workers,
            # Other work on the machine skews every figure; the load average says how much.
            "load_average_at_start": load_at_start, "load_average_at_end": list(os.getloadavg()),
            "seed_seconds": seeded["seconds"], "seed_cpu_seconds_client": seeded["cpu_seconds"],  # excludes the database server
            "seed_accounts_seconds": seeded["accounts_seconds"], "seed_phases_s": seeded.get("phases", {}),
            "seed_rate_per_s": round(args.cases / max(seeded["seconds"], 1e-9)),
            "server_peak_rss_mb": peak, "endpoints": results,
            "targets": {
                "reads_p99_ms_le_150": {r: results[r]["p99_ms"] <= TARGETS["read_p99_ms"] for r in reads},
                "creations_per_s_ge_50": results["create"]["throughput_rps"] >= TARGETS["creations_per_s"]
                if "create" in results else None,
                "rss_le_400_mb": peak <= TARGETS["rss_mb"],
                "seed_100k_le_120_s" + ("" if args.cases == 100_000 else " (scaled linearly)"):
                    seed_scaled <= TARGETS["seed_100k_s"],
            },
        }
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        if pg_name and not keep:
            drop_pg_database(args.pg_url, pg_name)
        if not reuse and not keep:
            shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="sqlite")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=15.0, help="per endpoint")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=20_000, help="per endpoint")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (RSS summed)")
    parser.add_argument("--tasks", type=int, default=2000, help="follow-ups of the benchmarked caseworker")
    parser.add_argument("--no-queue", dest="queue", action="store_false", help="leave out the work queue")
    parser.add_argument("--queue-only", action="store_true", help="only the work queue and follow-ups")
    parser.add_argument("--only", help="comma-separated endpoints to measure (healthz is always measured)")
    parser.add_argument("--reuse-dir", help="a directory kept by --keep-dir (its keyring.json, samples.json "
                        "and, for SQLite, rihai.db): measure without seeding")
    parser.add_argument("--seed-only", action="store_true", help="seed (and keep, with --keep-dir), measure nothing")
    parser.add_argument("--server-jobs", default="none", help="RIHAI_JOBS of the server under test")
    parser.add_argument("--keep-dir", help="keep what was seeded, in DIR/<database> (SQLite's file; "
                        "PostgreSQL's database, named in samples.json), for --reuse-dir DIR/<database> "
                        "(or DIR with --db both); drop a kept PostgreSQL database yourself")
    parser.add_argument("--pg-url", default=os.environ.get(
        "RIHAI_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    report = {"benchmark": "cases_http", "cpus": os.cpu_count(), "targets": TARGETS,
              "runs": [run_database(k, args) for k in kinds]}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
