"""Throughput, latency, memory and quality of rihai.screening.offers, printed as JSON.

Run:  .venv/bin/python bench/screening_throughput.py [--n 3000]
Posts are synthetic (rihai.screening.offers.corpus, a different seed from the one the
shipped model was trained on). Quality is measured on held-out TEMPLATES
(GroupShuffleSplit), for the combined score and a plain TF-IDF + LR baseline,
in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rihai.screening.offers.corpus import generate  # noqa: E402
from rihai.screening.offers.service import screen, screen_bulk, screen_records  # noqa: E402
from rihai.screening.offers.training import SEED, evaluate, evaluate_repeated, get_model  # noqa: E402

BRIEF_LURE = ("Customer service job in Thailand, salary 1500$, visa+ticket free, no experience no interview, "
              "contact WhatsApp only 03OO-l234567, limited seats")
BRIEF_GENUINE = ("call centre in Bangkok, interview at our Lahore office, OEP licence 0696/RWP, "
                 "protector fees per government schedule")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000, help="posts for the bulk measurement")
    ap.add_argument("--latency-n", type=int, default=1000)
    ap.add_argument("--splits", type=int, default=10, help="group splits for the mean/worst quality figures")
    ap.add_argument("--posts-dir", type=Path, help="measure speed on the *.jsonl posts here (e.g. data/job_offers) "
                                                   "instead of the synthetic corpus")
    args = ap.parse_args()

    t0 = time.perf_counter()
    get_model()
    screen("warm-up: job in Dubai")
    startup_s = time.perf_counter() - t0

    if args.posts_dir:
        pool = [json.loads(line) for f in sorted(args.posts_dir.glob("*.jsonl"))
                for line in f.read_text("utf-8").splitlines() if line.strip()]
    else:
        pool = generate(60, seed=SEED + 1)
    posts = [{"id": r["id"], "text": r["text"]} for r in (pool * (args.n // len(pool) + 1))[: args.n]]
    mean_chars = statistics.mean(len(p["text"]) for p in posts)

    t, c = time.perf_counter(), time.process_time()
    n_out = sum(1 for _ in screen_records(posts))
    one_core = n_out / (time.perf_counter() - t)
    one_core_cpu = n_out / (time.process_time() - c)  # robust to other processes sharing the machine

    workers = os.cpu_count() or 1
    t = time.perf_counter()
    n_out = sum(1 for _ in screen_bulk(posts, workers=workers, chunk_size=256))
    all_cores = n_out / (time.perf_counter() - t)

    lat, cpu = [], []
    for p in posts[: args.latency_n]:
        t, c = time.perf_counter(), time.process_time()
        screen(p["text"])
        lat.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)  # unaffected by other processes' load
    lat.sort()
    cpu.sort()

    t = time.perf_counter()
    quality = evaluate()
    repeated = evaluate_repeated(n_splits=args.splits)
    eval_s = time.perf_counter() - t

    lure, genuine = screen(BRIEF_LURE), screen(BRIEF_GENUINE)
    print(json.dumps({
        "python": platform.python_version(), "cpus": workers, "posts": args.n, "mean_chars_per_post": round(mean_chars, 1),
        "startup_s": round(startup_s, 3),
        "bulk_posts_per_s_one_core": round(one_core, 1), "bulk_posts_per_cpu_s_one_core": round(one_core_cpu, 1),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "bulk_posts_per_s_all_cores": round(all_cores, 1), "bulk_posts_per_s_per_core_parallel": round(all_cores / workers, 1),
        "single_post_ms": {"p50": round(lat[len(lat) // 2], 3), "p99": round(lat[int(len(lat) * 0.99) - 1], 3), "max": round(lat[-1], 3)},
        "single_post_cpu_ms": {"p50": round(cpu[len(cpu) // 2], 3), "p99": round(cpu[int(len(cpu) * 0.99) - 1], 3), "max": round(cpu[-1], 3)},
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "quality_held_out_templates": {k: quality[k] for k in ("combined", "model_only", "rules_only", "baseline_tfidf_lr")},
        "quality_over_group_splits": repeated,
        "split": {"n_train": quality["n_train"], "n_test": quality["n_test"], "test_groups": quality["test_groups"],
                  "group_overlap": quality["group_overlap"]},
        "eval_s": round(eval_s, 2),
        "brief_examples": {"lure": [lure.band, lure.risk], "genuine_oep": [genuine.band, genuine.risk]},
        "model_version": lure.model_version, "indicators_version": lure.indicators_version,
    }, indent=1))


if __name__ == "__main__":
    main()
