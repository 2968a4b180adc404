"""Privacy releases at scale (issue 14), as JSON: the k-anonymous whole-row release, the
differentially private synthetic release at ε = 1 and ε = 4, and the shifting-period attack.

Builds (or reuses, --data-dir) a store the way bench/stats.py does: --seed-cases synthetic cases
with the bulk seeder into SQLite, extracted into DuckDB as a demo instance; then --replicate N
copies the store's rows N times (new keys) to reach N x seed-cases victims without seeding them
(copies make more rows alike than real data would: the k release keeps more than it would).
Each measure runs in a fresh process (peak RSS is that process's) inside a transaction that is
rolled back: the benchmark spends none of the ledger. That transaction holds the ledger while the
release runs (as a real release does), so two benches at once need two --data-dir copies.

  k_anonymous   k = 11 over every column: rows kept and left out, cells suppressed, the columns
                generalised (their level), seconds, peak RSS; then the CSV read back and checked
                by pycanon (k over every column, l of the sensitive columns)
  dp_synthetic  at each --epsilon: one- and two-way marginal error (total variation distance,
                mean and max), vanished real combinations, rows out, seconds, peak RSS
  attack        issue 14 point 1: noisy tables at ε = 4 over 1990-2100 (cheap at any size), then
                synthetic releases with the period shifted a year at a time (2099, 2098, ...):
                how many passed, how many were refused, and the refusal

    python bench/stats_privacy_1m.py --seed-cases 1000000 --data-dir /tmp/rihai-priv-1m
    python bench/stats_privacy_1m.py --seed-cases 20000 --replicate 50 --data-dir /tmp/rihai-priv-20k
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path
from queue import Empty
from typing import Any


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _session(url: str):  # type: ignore[no-untyped-def]
    from rihai.db import make_engine, make_sessionmaker

    return make_sessionmaker(make_engine(url))()


def _measure(kind: str, url: str, store: str, epsilon: float, queue: Any) -> None:
    from rihai.access.actors import Actor
    from rihai.stats import release

    actor = Actor.system("bench")
    session = _session(url)
    started = time.perf_counter()
    try:
        if kind == "k":
            text, rel, result = release.create_release(session, actor, Path(store), k=11)
            lost = result.lost
            out = {"rows_in": lost["records_in"], "rows_kept": lost["records_out"],
                   "rows_left_out": lost["records_suppressed"],
                   "cells_suppressed": lost["cells_suppressed_total"],
                   "generalised": {c: n for c, n in lost["generalisation_levels"].items() if n}}
            out["seconds"] = round(time.perf_counter() - started, 1)
            out.update(_checked(text))
        else:
            _, rel, result, report = release.create_synthetic_release(session, actor, Path(store), epsilon=epsilon)
            out = {"epsilon": epsilon, "delta": result.delta, "rows_in": result.records_in,
                   "rows_out": len(result.data), **report.summary(),
                   "worst_one_way": report.worst_one_way[:5]}
        out.setdefault("seconds", round(time.perf_counter() - started, 1))
    finally:
        session.rollback()  # the benchmark's release is not a real one
        session.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    queue.put(out)


def _checked(text: str) -> dict[str, Any]:
    """The written CSV read back and checked by pycanon, an independent implementation: k over
    every column, and l-diversity of each sensitive column over the demographic ones on the
    classes that show it (as tests/stats/test_privacy_attacks.py checks the demo population)."""
    import io

    import pandas as pd
    from pycanon import anonymity

    from rihai.stats import microdata

    started = time.perf_counter()
    df = pd.read_csv(io.StringIO(text), keep_default_na=False, dtype=str)
    out: dict[str, Any] = {"pycanon_k_every_column": int(anonymity.k_anonymity(df, list(df.columns)))}
    qi = microdata.DEMOGRAPHIC_COLUMNS
    for sa in microdata.SENSITIVE:
        shown = df.groupby(qi)[sa].transform(lambda v: (v != "*").any()).astype(bool)
        sub = df[shown].reset_index(drop=True)
        out[f"pycanon_l_{sa}"] = int(anonymity.l_diversity(sub, qi, [sa])) if len(sub) else None
    out["check_seconds"] = round(time.perf_counter() - started, 1)
    return out


def _in_process(kind: str, url: str, store: Path, epsilon: float = 0.0) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(kind, url, str(store), epsilon, queue))
    proc.start()
    while True:  # a measure that dies (out of memory, a locked ledger) must not hang the bench
        try:
            out = queue.get(timeout=5)
            break
        except Empty:
            if not proc.is_alive():
                raise SystemExit(f"the {kind} measure died (exit code {proc.exitcode})") from None
    proc.join()
    return out


def _attack(url: str, store: Path) -> dict[str, Any]:
    from rihai.access.actors import Actor
    from rihai.errors import Invalid
    from rihai.stats import queries, release, tables

    actor = Actor.system("bench")
    session = _session(url)
    passed, refused, message = [], [], ""
    started = time.perf_counter()
    try:
        # the first release spends it all (noisy tables, the same ledger), then 23 with the
        # period shifted: each would be a fresh ε = 4 if the budget belonged to the period
        tables.create_tables(session, actor, store, epsilon=4.0, filters=queries.make_filters(1990, 2100))
        passed.append(2100)
        for year_to in range(2099, 2076, -1):
            try:
                release.create_synthetic_release(session, actor, store, epsilon=4.0,
                                                 filters=queries.make_filters(1990, year_to))
                passed.append(year_to)
            except Invalid as exc:
                refused.append(year_to)
                message = exc.detail
    finally:
        session.rollback()
        session.close()
    return {"releases_tried": len(passed) + len(refused), "passed": len(passed), "refused": len(refused),
            "refusal": message, "seconds": round(time.perf_counter() - started, 1)}


def _build(args: argparse.Namespace, url: str, data: Path) -> Path:
    from rihai.access.actors import Actor
    from rihai.crypto import Keyring, install_keyring
    from rihai.db import make_engine, make_sessionmaker, transaction
    from rihai.migrations import upgrade
    from rihai.stats import extract
    from rihai.synthetic import bulk_seed, ensure_directory

    store = data / "stats.duckdb"
    ring_file = data / "keyring.json"
    if ring_file.exists():
        install_keyring(Keyring.load(ring_file))
    else:
        ring = Keyring.generate()
        ring.save(ring_file)
        install_keyring(ring)
        upgrade(url)
        started = time.perf_counter()
        with transaction(make_sessionmaker(make_engine(url))) as db:
            bulk_seed(db, ensure_directory(db), args.seed_cases, seed=42)
        log(f"seeded {args.seed_cases} cases in {time.perf_counter() - started:.0f} s")
        store.unlink(missing_ok=True)
    if not store.exists():
        with transaction(make_sessionmaker(make_engine(url))) as db:
            extract.refresh(db, Actor.system("bench"), store, synthetic=True)  # a demo instance
        con = extract.connect(store)
        if args.replicate > 1:
            for table in ("victims", "legs"):
                con.execute(f"INSERT INTO {table} SELECT * EXCLUDE (i) REPLACE (case_key || '-' || i::VARCHAR "
                            f"AS case_key) FROM {table} CROSS JOIN range(1, ?) r(i)", [args.replicate])
        con.close()
    return store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-cases", type=int, default=1_000_000)
    ap.add_argument("--replicate", type=int, default=1)
    ap.add_argument("--data-dir", type=Path, required=True, help="built once, reused")
    ap.add_argument("--epsilon", type=float, action="append", help="repeatable; default 1 and 4")
    ap.add_argument("--skip", action="append", default=[], help="k, dp or attack")
    args = ap.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{args.data_dir / 'rihai.db'}"
    out: dict[str, Any] = {"load_at_start": [round(x, 2) for x in os.getloadavg()]}
    store = _build(args, url, args.data_dir)
    from rihai.stats import extract

    con = extract.connect(store, read_only=True)
    out["store_victims"] = con.execute("SELECT count(*) FROM victims").fetchall()[0][0]
    con.close()
    out["seed_cases"], out["replicate"] = args.seed_cases, args.replicate
    log(f"store: {out['store_victims']} victims")
    if "k" not in args.skip:
        out["k_anonymous"] = _in_process("k", url, store)
        log(f"k: {out['k_anonymous']}")
    if "dp" not in args.skip:
        out["dp_synthetic"] = [_in_process("dp", url, store, eps) for eps in (args.epsilon or [1.0, 4.0])]
        log(f"dp: {out['dp_synthetic']}")
    if "attack" not in args.skip:
        out["attack"] = _attack(url, store)
    out["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
