"""Print the Composition section of DATASHEET-genuine.md from data/job_offers/genuine.jsonl.
Run from the worktree root: python scripts/corpus_genuine/stats.py"""
from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "data" / "job_offers" / "genuine.jsonl"
PHONE = re.compile(r"\+?\d[\d \-]{7,}\d")
MAJOR = 5  # destinations with fewer items are listed on one line


def main() -> None:
    records = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    first = {}
    for r in records:
        first.setdefault(r["group"], r)
    langs = Counter(r["language"] for r in records)
    three = sum(1 for g in first if len({r["language"] for r in records if r["group"] == g}) == 3)
    print("## Composition\n")
    print(f"{len(records)} items from {len(first)} sources (`group`; every item derived from one source shares its group).\n")
    print("| language | items |\n|---|---|")
    for code, name in (("en", "English (`en`)"), ("ur-Latn", "Roman Urdu (`ur-Latn`)"), ("ur", "Urdu script (`ur`)")):
        print(f"| {name} | {langs[code]} |")
    print(f"\n{three} of the {len(first)} groups have items in all three languages.\n")
    items = Counter(str(r["destination"]) for r in records)
    groups = Counter(str(r["destination"]) for r in first.values())
    print("| destination (ISO 3166-1) | items | groups |\n|---|---|---|")
    small = []
    for dest, n in items.most_common():
        label = {"PK": "PK (local jobs)", "None": "none (OEC registration)"}.get(dest, dest)
        if n > MAJOR:
            print(f"| {label} | {n} | {groups[dest]} |")
        else:
            small.append(f"{label} {n}")
    if small:
        print(f"| {', '.join(small)} | | 1–2 each |")
    print("\n| channel | items |\n|---|---|")
    for channel, n in Counter(r["channel"] for r in records).most_common():
        print(f"| {channel} | {n} |")
    cats = Counter(c for r in records for c in r["categories"])
    print("\nCategories (an item has several): " + ", ".join(f"{c} {n}" for c, n in cats.most_common()) + ".\n")
    print("Surface features that lures are known for, as they occur here:\n")
    print("| | en | ur | ur-Latn |\n|---|---|---|---|")
    share, length = [], []
    for code in ("en", "ur", "ur-Latn"):
        sub = [r for r in records if r["language"] == code]
        share.append(f"{100 * sum(bool(PHONE.search(r['text'])) for r in sub) / len(sub):.0f}%")
        length.append(f"{statistics.median(len(r['text']) for r in sub):.0f}")
    print(f"| items with a phone number | {' | '.join(share)} |")
    print(f"| median length (characters) | {' | '.join(length)} |")
    composite = [g for g, r in first.items() if "composite_from_rules" in r["categories"]]
    undated = sum(r["source"]["date"] is None for r in first.values())
    print(f"\n(composite_from_rules: {sum('composite_from_rules' in r['categories'] for r in records)} items, "
          f"{len(composite)} groups; undated sources: {undated})")


if __name__ == "__main__":
    main()
