"""Accuracy and scale of the network resolution engine (issue 17), as JSON.

Run:  .venv/bin/python bench/networks_resolution.py [--sizes 10000 100000] [--million] [--seed 7]

For each size, in a child process of its own (so each peak RSS is that size's): planted networks
from ``rihai.synthetic.networks`` (generation timed apart, not counted), then counted: parsing the
records (``parse_record``) and ``resolve`` (normalisation, generic values, person links,
entities, networks, the result objects).

Accuracy, pairwise (every pair of mentions or records, counted from the contingency table):
  persons   precision/recall/F1 of "these two mentions are one person" against the truth
  networks  precision/recall/F1 of "these two records are in one network"
  baseline  the same, linking only mentions/records that carry the exact same phone string
  generic   the planted generic numbers found (recall), other values called generic (count)
  possible  the pairs offered to a reviewer (never merged): count, share that are one person, and
            the persons' scores had a reviewer confirmed the right ones
Targets (issue 17): 1M records resolved with networks in <= 300 s, peak RSS <= 8 GB, 2 cores.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy.sparse import coo_matrix  # noqa: E402
from scipy.sparse.csgraph import connected_components  # noqa: E402

TARGET_SECONDS_1M = 300
TARGET_RSS_MB = 8192


def pairwise(pred: list, true: list) -> dict[str, float]:
    df = pd.DataFrame({"p": pd.factorize(pd.Series(pred))[0], "t": pd.factorize(pd.Series(true))[0]})

    def pairs(counts: np.ndarray) -> int:
        counts = counts.astype(np.int64)
        return int((counts * (counts - 1) // 2).sum())

    tp = pairs(df.groupby(["p", "t"]).size().to_numpy())
    pp, tt = pairs(df.groupby("p").size().to_numpy()), pairs(df.groupby("t").size().to_numpy())
    precision, recall = (tp / pp if pp else 1.0), (tp / tt if tt else 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _components(n: int, groups: list[list[int]]) -> np.ndarray:
    a = [g[0] for g in groups for _ in g[1:]]
    b = [x for g in groups for x in g[1:]]
    graph = coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def baseline(records: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Exact phone-string equality: mentions sharing a phone string are one person; records
    sharing any phone string are one network."""
    by_phone_m: dict[str, list[int]] = {}
    by_phone_r: dict[str, list[int]] = {}
    m = 0
    for ri, rec in enumerate(records):
        for ph in rec.get("phones", []):
            by_phone_r.setdefault(ph, []).append(ri)
        for person in rec["people"]:
            for ph in person.get("phones", []):
                by_phone_m.setdefault(ph, []).append(m)
                by_phone_r.setdefault(ph, []).append(ri)
            m += 1
    return _components(m, list(by_phone_m.values())), _components(len(records), list(by_phone_r.values()))


def kept_weights_cost(weights) -> dict:  # type: ignore[no-untyped-def]
    """What keeping the full resolve's weights costs (``rihai.networks.kept_weights``): the
    document's size once packed and encrypted, and the time to write it and to read it back."""
    from rihai.crypto import Keyring
    from rihai.networks.kept_weights import FULL, pack, unpack
    from rihai.networks.resolution import Weights

    ring = Keyring.generate()
    t0 = time.perf_counter()
    blob = ring.encrypt(pack(1, FULL, weights.to_json()), "networks_weights.data")
    written = time.perf_counter() - t0
    t0 = time.perf_counter()
    back = Weights.from_json(unpack(1, FULL, ring.decrypt(blob, "networks_weights.data")))
    read = time.perf_counter() - t0
    assert back.to_json() == weights.to_json()
    return {"bytes": len(blob), "labels": len(weights.label_rows) + len(weights.alias) + len(weights.father),
            "write_s": round(written, 2), "read_s": round(read, 2)}


def _possible(res, truth: list) -> dict:  # type: ignore[no-untyped-def]
    index = {(p.record_id, p.ref): i for i, p in enumerate(res.persons)}
    members: dict[str, list[int]] = {}
    for i, p in enumerate(res.persons):
        members.setdefault(p.entity_id, []).append(i)
    right = [[index[pm.a], index[pm.b]] for pm in res.possible if truth[index[pm.a]] == truth[index[pm.b]]]
    n = len(res.persons)
    return {"pairs": len(res.possible), "one_person": len(right),
            "precision": round(len(right) / len(res.possible), 3) if res.possible else None,
            "after_review": pairwise(_components(n, list(members.values()) + right).tolist(), truth)}


def run_one(n: int, seed: int) -> dict:
    from rihai.networks.resolution import parse_record, resolve
    from rihai.synthetic.networks import planted_networks

    t0 = time.perf_counter()
    planted = planted_networks(n, seed=seed)
    generated = time.perf_counter() - t0
    t0 = time.perf_counter()
    records = [parse_record(obj)[0] for obj in planted.records]
    parsed = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = resolve(records)
    resolved = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    record_net = {p.record_id: p.network_id for p in res.persons}
    base_m, base_r = baseline(planted.records)
    from rihai.networks.resolution import normalise_identifier

    kept = kept_weights_cost(res.weights)

    planted_generic = {("phone", normalise_identifier("phone", g)) for g in planted.generic_phones}
    return {
        "records": len(records), "mentions": len(res.persons), "true_networks": len(set(planted.record_network)),
        "entities": len(res.entities), "networks": len(res.networks),
        "seconds": {"generate_uncounted": round(generated, 1), "parse": round(parsed, 1),
                    "resolve": round(resolved, 1), "total_counted": round(parsed + resolved, 1)},
        "peak_rss_mb": round(peak_mb),
        "kept_weights": kept,
        "persons": pairwise([p.entity_id for p in res.persons], planted.mention_entity),
        "networks_membership": pairwise([record_net[r.record_id] for r in records], planted.record_network),
        "baseline_exact_phone": {"persons": pairwise(base_m.tolist(), planted.mention_entity),
                                 "networks_membership": pairwise(base_r.tolist(), planted.record_network)},
        "possible": _possible(res, planted.mention_entity),
        "generic": {"planted_found": sorted(k[1] for k in planted_generic if k in res.generic),
                    "planted_missed": sorted(k[1] for k in planted_generic if k not in res.generic),
                    "other_values_called_generic": len(set(res.generic) - planted_generic)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--million", action="store_true", help="also 1,000,000 records")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return
    sizes = list(args.sizes) + ([1_000_000] if args.million else [])
    runs = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    million = next((r for r in runs if r["records"] >= 1_000_000), None)
    targets = None
    if million:
        targets = {"seconds_1m": million["seconds"]["total_counted"], "seconds_target": TARGET_SECONDS_1M,
                   "rss_mb_1m": million["peak_rss_mb"], "rss_target_mb": TARGET_RSS_MB,
                   "pass": million["seconds"]["total_counted"] <= TARGET_SECONDS_1M
                   and million["peak_rss_mb"] <= TARGET_RSS_MB}
    print(json.dumps({"seed": args.seed, "cores": len(__import__("os").sched_getaffinity(0)), "runs": runs,
                      "targets": targets}, indent=2))


if __name__ == "__main__":
    main()
