"""Instructions the server executes per request, counted by valgrind's callgrind: a figure that
does not move with other load on a shared machine, for telling two versions of the code, or two
HTTP stacks, apart when latencies and CPU seconds jitter by 10-20% from run to run.

The server runs under ``valgrind --tool=callgrind --instr-atstart=no`` against a database kept by
``cases_http.py --keep-dir``; counting is switched on (``callgrind_control``) only around N
sequential requests per endpoint, after a warm-up. Only the server process is counted: not the
client, not PostgreSQL. The stacks: uvicorn's pure-Python h11 with asyncio's loop (what ``rihai
serve`` runs), and, with ``--stacks`` and ``pip install httptools uvloop``, httptools with uvloop
(fewer instructions, but stalls under concurrent load: docs/operations.md, session 18).

    python bench/cases_http.py --db postgresql --cases 1000000 --seed-only --keep-dir /tmp/k1m
    python bench/server_instructions.py --reuse-dir /tmp/k1m/postgresql

Prints one JSON document: per stack and endpoint, millions of instructions per request, and each
endpoint's ratio to /healthz on the same stack (the share of the ceiling an endpoint can reach
when the server's CPU is what limits it is about the inverse of that ratio)."""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from typing import Any

import httpx

STACKS = {"h11+asyncio": ("h11", "asyncio"), "httptools+uvloop": ("httptools", "uvloop")}


def _endpoints(s: dict[str, Any]) -> dict[str, Any]:
    ids, cnics, names = s["case_ids"], s["cnics"], s["names"]
    supervisor = {"Authorization": f"Bearer {s['token']}"}
    caseworker = {"Authorization": f"Bearer {s['caseworker_token']}"}
    district = (s.get("districts") or [("PK-PB", "Lahore")])[0]
    return {
        "healthz": lambda i: ("GET", "/healthz", None, supervisor),
        "case_page": lambda i: ("GET", f"/api/v1/cases/{ids[i % len(ids)]}", None, supervisor),
        "search_cnic": lambda i: ("POST", "/api/v1/cases/search", {"q": cnics[i % len(cnics)]}, supervisor),
        "search_name": lambda i: ("POST", "/api/v1/cases/search", {"q": names[i % len(names)]}, supervisor),
        "dashboard": lambda i: ("GET", "/", None, supervisor),
        "queue_district": lambda i: ("GET", f"/cases?province={district[0]}&district={district[1]}", None, supervisor),
        "follow_ups": lambda i: ("GET", "/follow-ups", None, caseworker),
    }


def _wait_until_idle(pid: int, timeout: float = 600) -> None:
    # The app warms its screening model in a thread after start-up (then freezes the collector):
    # minutes under valgrind, and counted if it overlaps a measurement. Wait until the process is
    # idle (its CPU time still over two seconds).
    def cpu() -> float:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    deadline = time.monotonic() + timeout
    before = cpu()
    while time.monotonic() < deadline:
        time.sleep(2)
        now = cpu()
        if now - before < 0.05:
            return
        before = now
    raise RuntimeError("the server never went idle")


def _measure(stack: str, env: dict[str, str], endpoints: dict[str, Any], n: int) -> dict[str, float]:
    http, loop = STACKS[stack]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tempfile.mkdtemp(prefix="rihai-callgrind-")
    code = (f"import uvicorn; uvicorn.run('rihai.app:create_app', factory=True, host='127.0.0.1', port={port}, "
            f"http='{http}', loop='{loop}', log_level='warning', access_log=False)")
    proc = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}/cg.%p",
                             sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"

    def control(*what: str) -> None:
        subprocess.run(["callgrind_control", *what, str(proc.pid)], check=True, stdout=subprocess.DEVNULL)

    try:
        deadline = time.monotonic() + 300  # the app starts ~5x slower under valgrind
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=10).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the server did not start under valgrind")
            time.sleep(0.5)
        _wait_until_idle(proc.pid)
        with httpx.Client(base_url=base, timeout=120) as client:
            for name, make in endpoints.items():
                def send(i: int) -> None:
                    method, path, body, headers = make(i)
                    r = client.request(method, path, json=body, headers=headers)
                    if r.status_code != 200:
                        raise RuntimeError(f"{name}: {r.status_code}")
                for i in range(10):
                    send(i)
                control("-z")
                control("-i", "on")
                for i in range(n):
                    send(100 + i)
                control("-i", "off")
                control("-d", name)
    finally:
        proc.terminate()
        proc.wait()
    counts: dict[str, float] = {}
    for path in glob.glob(f"{out}/cg.*.*"):
        lines = open(path).read().splitlines()
        name = next(line for line in lines if line.startswith("desc: Trigger")).rsplit("dump ", 1)[1]
        total = int(next(line for line in lines if line.startswith("totals:")).split()[1])
        counts[name] = round(total / n / 1e6, 2)
    shutil.rmtree(out)
    return {name: counts[name] for name in endpoints}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse-dir", required=True, help="a directory kept by cases_http.py --keep-dir")
    parser.add_argument("--requests", type=int, default=30, help="counted requests per endpoint")
    parser.add_argument("--stacks", default="h11+asyncio", help="comma-separated, of: " + ", ".join(STACKS))
    args = parser.parse_args()
    if not shutil.which("valgrind") or not shutil.which("callgrind_control"):
        raise SystemExit("valgrind (with callgrind_control) is needed: apt-get install valgrind")
    saved = json.loads(open(os.path.join(args.reuse_dir, "samples.json")).read())
    env = {**os.environ, "RIHAI_DATA_DIR": args.reuse_dir, "RIHAI_COOKIE_SECURE": "false",
           "RIHAI_ENVIRONMENT": "production", "RIHAI_JOBS": "none"}
    if saved.get("database_url"):
        env["RIHAI_DATABASE_URL"] = saved["database_url"]
    report: dict[str, Any] = {}
    for stack in args.stacks.split(","):
        counts = _measure(stack, env, _endpoints(saved), args.requests)
        report[stack] = {"mega_instructions_per_request": counts,
                         "ratio_to_healthz": {k: round(v / counts["healthz"], 2) for k, v in counts.items()}}
    print(json.dumps({"benchmark": "server_instructions", "cases": saved.get("cases"),
                      "database": "postgresql" if saved.get("database_url") else "sqlite",
                      "requests_per_endpoint": args.requests, "stacks": report}, indent=2))


if __name__ == "__main__":
    main()
