"""Scale of the tracing model: N tracing requests against M records, as JSON.

Run:  .venv/bin/python bench/tracing_scale.py [--records 1000000] [--requests 10000] [--threads 2]
      [--engine duckdb|spark] [--spark-memory 12g]

DuckDB runs in memory in this process. Spark (``--engine spark``, needs the ``spark`` extra and
Java 17) runs locally with ``--threads`` cores; its JVM is a separate process, so its peak
resident memory is reported apart (``jvm_peak_rss_mb``, the kernel's high-water mark).

The population is synthetic (rihai.tracing.linkage.PopulationGenerator); generating it is timed
apart and not counted. Counted: feature preparation, model estimation (EM, no labels) and scoring. Peak RSS is
the process's maximum resident set (generation included, so it is an upper bound).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rihai.tracing.linkage import LinkSettings, PopulationGenerator, link, local_spark  # noqa: E402


def _jvm_stats() -> dict[str, float | None]:
    """Peak RSS and CPU seconds so far of the Java child (Spark's driver in local mode), from /proc."""
    me = str(os.getpid())
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if fields[1] != me:
                continue
            # Fields 14 and 15 of stat (utime, stime), counted after the ")": indexes 11, 12.
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            with open(f"/proc/{pid}/status") as fh:
                peak = next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmHWM:"))
            return {"jvm_peak_rss_mb": peak, "jvm_cpu_seconds": round(cpu, 1)}
        except (OSError, StopIteration):
            continue
    return {"jvm_peak_rss_mb": None, "jvm_cpu_seconds": None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
    ap.add_argument("--spark-memory", default="12g")
    args = ap.parse_args()

    t = time.perf_counter()
    requests, records, truth = PopulationGenerator(seed=99).scenario(args.records, args.requests)
    gen_s = time.perf_counter() - t

    marks: dict[str, float] = {}
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    spark = None
    jvm0: dict = {}
    if args.engine == "spark":
        spark = local_spark(cores=args.threads, driver_memory=args.spark_memory)
        t0 = time.perf_counter()  # the JVM's start is not the model's time
        ru0 = resource.getrusage(resource.RUSAGE_SELF)
        jvm0 = _jvm_stats()
    # DuckDB's threads pinned to the cores we claim to use.
    settings = LinkSettings(threshold=0.01, engine=args.engine, spark_session=spark,
                            threads=args.threads if args.engine == "duckdb" else None,
                            progress=lambda m: marks.setdefault(m, time.perf_counter() - t0))
    res = link(requests, records, settings)
    total = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    # CPU seconds as well as wall time: on a shared machine wall time includes waiting.
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    jvm1 = _jvm_stats() if spark is not None else {}
    pairs = res.pairs
    true = set(zip(truth.unique_id_l, truth.unique_id_r))
    got_all = set(zip(pairs.unique_id_l, pairs.unique_id_r))
    above = pairs[pairs.match_probability >= args.threshold]
    got = set(zip(above.unique_id_l, above.unique_id_r))
    tp = len(got & true)
    p, r = tp / max(1, len(got)), tp / max(1, len(true))
    out = {
        "engine": args.engine, "records": args.records, "requests": args.requests,
        "threads": args.threads,
        "generate_seconds_not_counted": round(gen_s, 1),
        "seconds_total": round(total, 1),
        "cpu_seconds_total": round(cpu, 1),
        "seconds_to_step": {k: round(v, 1) for k, v in marks.items()},
        "timings": {k: round(v, 1) for k, v in res.timings.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        **({"jvm_peak_rss_mb": jvm1["jvm_peak_rss_mb"],
            "jvm_cpu_seconds": round(jvm1["jvm_cpu_seconds"] - (jvm0["jvm_cpu_seconds"] or 0), 1)}
           if spark is not None and jvm1["jvm_cpu_seconds"] is not None else {}),
        "pairs_scored_above_0.01": len(pairs),
        "recall_at_0.01_(lower_bound_of_blocking_recall)": round(len(got_all & true) / len(true), 4),
        "threshold": args.threshold,
        "precision": round(p, 4), "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
