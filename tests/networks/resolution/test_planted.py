"""The planted-network generator is deterministic and visibly synthetic, and the engine beats the
exact-phone baseline on it by a wide margin (the bench measures the same at scale)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from rihai.networks.resolution import parse_record, resolve
from rihai.synthetic.networks import planted_networks

BENCH = Path(__file__).resolve().parents[3] / "bench" / "networks_resolution.py"


def _bench():
    spec = importlib.util.spec_from_file_location("networks_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_deterministic_visibly_synthetic_and_truth_aligned():
    a, b = planted_networks(300, seed=3), planted_networks(300, seed=3)
    assert a.records == b.records and a.mention_entity == b.mention_entity
    assert len(a.records) == len(a.record_network) == 300
    assert len(a.mention_entity) == sum(len(r["people"]) for r in a.records)
    names = [p["name"] for r in a.records for p in r["people"] if "name" in p]
    assert names and all(n.endswith("(SYNTHETIC)") for n in names)
    assert planted_networks(300, seed=4).records != a.records


def test_engine_beats_the_exact_phone_baseline_on_planted_networks():
    bench = _bench()
    planted = planted_networks(3000, seed=11)
    res = resolve([parse_record(o)[0] for o in planted.records])
    net = {p.record_id: p.network_id for p in res.persons}
    persons = bench.pairwise([p.entity_id for p in res.persons], planted.mention_entity)
    networks = bench.pairwise([net[r["record_id"]] for r in planted.records], planted.record_network)
    base_m, base_r = bench.baseline(planted.records)
    base_networks = bench.pairwise(base_r.tolist(), planted.record_network)
    assert persons["precision"] >= 0.97 and persons["f1"] >= 0.8, persons
    assert networks["precision"] >= 0.95 and networks["f1"] >= 0.85, networks
    assert networks["f1"] > base_networks["f1"] + 0.5
