"""The network resolver on a labelled file it was not developed on, as JSON (issue 17).

Run:  .venv/bin/python bench/networks_sourced.py --records records.jsonl --truth truth.jsonl [...]

``records.jsonl`` is the input of ``rihai networks resolve`` (one source record a line); ``truth.jsonl``
has one line per person mention: ``{"record_id", "ref", "person", "network"}``, the labels of the real
person and of the ring the mention belongs to. Several pairs of files may be given (``--records A B
--truth A' B'``): they are resolved together, as one agency's import would be.

The resolver runs exactly as the command does (``rihai networks resolve --in … --out …``, in a child
process), so what is measured is what a user gets. Reported, pairwise over person mentions (every pair
counted from the contingency table, as ``bench/networks_resolution.py`` does):

  persons    "these two mentions are one person"
  networks   "these two mentions belong to one network"
  baselines  the same with mentions linked only on the exact same name string (lower-cased,
             spaces collapsed), and only on the exact same phone string
  possible   the pairs ``--possible`` offers a reviewer (a name corroborated by a place, a person
             named with them or a father's name; never merged by the engine): how many, the share
             that are one person, and the persons' scores had a reviewer confirmed the right ones
             (``after_review``) or every one (``if_all_accepted``)

Files made from public reporting name accused people: keep them out of the repository (issue 17's
session-20 set lives outside it); this script prints counts and scores, never a name.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from networks_resolution import _components, pairwise  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _name_key(name: str) -> str:
    return " ".join((name or "").lower().split())


def baselines(records: list[dict], order: list[tuple[str, str]]) -> dict[str, dict[str, list[int]]]:
    """Mention labels (in ``order``) from exact-name and exact-phone links: as persons, and as networks
    (the links plus "mentions of one record are one network", as the resolver also assumes)."""
    index = {key: i for i, key in enumerate(order)}
    by_name: dict[str, list[int]] = {}
    by_phone: dict[str, list[int]] = {}
    by_record: list[list[int]] = []
    for rec in records:
        here = []
        for person in rec.get("people", []):
            i = index.get((rec["record_id"], person.get("ref")))
            if i is None:
                continue
            here.append(i)
            if person.get("name"):
                by_name.setdefault(_name_key(person["name"]), []).append(i)
            for phone in person.get("phones", []):
                by_phone.setdefault(phone, []).append(i)
        by_record.append(here)
    n = len(order)
    out = {}
    for kind, links in (("exact_name", list(by_name.values())), ("exact_phone", list(by_phone.values()))):
        out[kind] = {"persons": _components(n, links).tolist(),
                     "networks": _components(n, links + [g for g in by_record if g]).tolist()}
    return out


def _possible(possible: list[dict], got: dict, order: list, truth: dict, persons_true: list,
              networks_true: list) -> dict:
    """The reviewer's queue scored: how many pairs, the share of one person, and the persons'
    pairwise scores once the right pairs (or all of them) are merged into the engine's entities."""
    index = {key: i for i, key in enumerate(order)}
    members: dict[str, list[int]] = {}
    networks: dict[str, list[int]] = {}
    for k in order:
        members.setdefault(got[k]["entity_id"], []).append(index[k])
        networks.setdefault(got[k]["network_id"], []).append(index[k])
    base = list(members.values())
    right, every, true_pairs = [], [], 0
    for pm in possible:
        a, b = (pm["a"]["record_id"], pm["a"]["ref"]), (pm["b"]["record_id"], pm["b"]["ref"])
        if a not in index or b not in index:
            continue
        pair = [index[a], index[b]]
        every.append(pair)
        if truth[a]["person"] == truth[b]["person"]:
            true_pairs += 1
            right.append(pair)
    n = len(order)
    return {"pairs": len(every), "one_person": true_pairs,
            "precision": round(true_pairs / len(every), 3) if every else None,
            "after_review": pairwise(_components(n, base + right).tolist(), persons_true),
            "networks_after_review": pairwise(_components(n, list(networks.values()) + right).tolist(), networks_true),
            "if_all_accepted": pairwise(_components(n, base + every).tolist(), persons_true)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=Path, nargs="+", required=True)
    ap.add_argument("--truth", type=Path, nargs="+", required=True)
    args = ap.parse_args()
    records = [r for path in args.records for r in _jsonl(path)]
    truth = {(t["record_id"], t["ref"]): t for path in args.truth for t in _jsonl(path)}
    with tempfile.TemporaryDirectory() as tmp:
        src, out, poss = Path(tmp) / "records.jsonl", Path(tmp) / "mentions.jsonl", Path(tmp) / "possible.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "rihai.cli", "networks", "resolve", "--in", str(src), "--out", str(out),
                               "--possible", str(poss)],
                              capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"),
                                                                            "PATH": "/usr/bin:/bin", "COLUMNS": "200"})
        seconds = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(f"rihai networks resolve failed ({done.returncode}): {done.stderr[-2000:]}")
        mentions = _jsonl(out)
        possible = _jsonl(poss)
    got = {(m["record_id"], m["ref"]): m for m in mentions}
    order = [key for key in truth if key in got]
    missing = [key for key in truth if key not in got]
    persons_true = [truth[k]["person"] for k in order]
    networks_true = [truth[k]["network"] for k in order]
    base = baselines(records, order)
    sizes: dict[str, int] = {}
    for label in persons_true:
        sizes[label] = sizes.get(label, 0) + 1
    report = {
        "records": len(records), "mentions_labelled": len(truth), "mentions_scored": len(order),
        "mentions_missing_from_output": len(missing),
        "persons": len(sizes), "persons_with_2plus_mentions": sum(1 for v in sizes.values() if v >= 2),
        "networks": len(set(networks_true)), "seconds": round(seconds, 2),
        "persons_pairwise": pairwise([got[k]["entity_id"] for k in order], persons_true),
        "networks_pairwise": pairwise([got[k]["network_id"] for k in order], networks_true),
        **{f"baseline_{kind}": {"persons_pairwise": pairwise(base[kind]["persons"], persons_true),
                                "networks_pairwise": pairwise(base[kind]["networks"], networks_true)}
           for kind in ("exact_name", "exact_phone")},
        "possible": _possible(possible, got, order, truth, persons_true, networks_true),
        "command": "python bench/networks_sourced.py --records " + " ".join(map(str, args.records))
                   + " --truth " + " ".join(map(str, args.truth)),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
