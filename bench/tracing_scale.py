"""Scale of the tracing model: N tracing requests against M records on in-memory DuckDB, as JSON.

Run:  .venv/bin/python bench/tracing_scale.py [--records 1000000] [--requests 10000] [--threads 2]

The population is synthetic (rihai.tracing.population); generating it is timed apart and not
counted. Counted: feature preparation, model estimation (EM, no labels) and scoring. Peak RSS is
the process's maximum resident set (generation included, so it is an upper bound).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rihai.tracing import linkage  # noqa: E402
from rihai.tracing.population import PopulationGenerator  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()

    t = time.perf_counter()
    requests, records, truth = PopulationGenerator(seed=99).scenario(args.records, args.requests)
    gen_s = time.perf_counter() - t

    marks: dict[str, float] = {}
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    make = linkage.make_db_api

    def db_api(engine="duckdb", **kw):  # pin DuckDB's threads to the cores we claim to use
        api = make(engine, **kw)
        api.duckdb_con.execute(f"SET threads = {args.threads}")
        return api

    linkage.make_db_api = db_api
    res = linkage.match_tracing(requests, records, threshold=0.01,
                                progress=lambda m: marks.setdefault(m, time.perf_counter() - t0))
    total = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    # CPU seconds as well as wall time: on a shared machine wall time includes waiting.
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    pairs = res.pairs
    true = set(zip(truth.unique_id_l, truth.unique_id_r))
    got_all = set(zip(pairs.unique_id_l, pairs.unique_id_r))
    above = pairs[pairs.match_probability >= args.threshold]
    got = set(zip(above.unique_id_l, above.unique_id_r))
    tp = len(got & true)
    p, r = tp / max(1, len(got)), tp / max(1, len(true))
    out = {
        "records": args.records, "requests": args.requests, "threads": args.threads,
        "generate_seconds_not_counted": round(gen_s, 1),
        "seconds_total": round(total, 1),
        "cpu_seconds_total": round(cpu, 1),
        "seconds_to_step": {k: round(v, 1) for k, v in marks.items()},
        "timings": {k: round(v, 1) for k, v in res.timings.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "pairs_scored_above_0.01": len(pairs),
        "recall_at_0.01_(lower_bound_of_blocking_recall)": round(len(got_all & true) / len(true), 4),
        "threshold": args.threshold,
        "precision": round(p, 4), "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
