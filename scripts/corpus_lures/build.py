"""Builds data/job_offers/lures.jsonl (the lure half of the issue-15 corpus) from the batches here.

Each batch_*.py defines GROUPS: a list of G(...) records, one per public source, each with the
items (messages a job seeker saw or could have seen) rewritten from that source's facts. G is put
into each batch's namespace by this builder, so a batch imports nothing. Ids are assigned in file
order and only ever appended, so ids already handed to other tools stay stable: never reorder or
delete an item, correct it in place (see data/job_offers/DATASHEET.md).

Run: python scripts/corpus_lures/build.py   (rewrites lures.jsonl and the counts in DATASHEET.md)
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "data" / "job_offers" / "lures.jsonl"
SHEET = ROOT / "data" / "job_offers" / "DATASHEET.md"


class G:
    """One public source and the items rewritten from it (a plain class: the builder is loaded by path)."""

    def __init__(self, group: str, url: str, title: str, publisher: str, date: str, facts: list[str],
                 dest: str | None = None, trade: str = "", items: list[tuple] | None = None) -> None:
        self.group, self.url, self.title, self.publisher, self.date = group, url, title, publisher, date
        self.facts, self.dest, self.trade, self.items = facts, dest, trade, items or []


def _load(path: Path) -> list[G]:
    spec = importlib.util.spec_from_file_location(f"corpus_lures_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    mod.G = G  # batches are data: they use G without importing this file
    spec.loader.exec_module(mod)
    return mod.GROUPS


def build() -> list[dict]:
    out: list[dict] = []
    seen_groups: set[str] = set()
    for path in sorted(HERE.glob("batch_*.py")):
        for g in _load(path):
            if g.group in seen_groups:
                raise ValueError(f"group {g.group} defined twice")
            seen_groups.add(g.group)
            for item in g.items:
                lang, channel, cats, text, *rest = item
                extra = rest[0] if rest else {}
                out.append({
                    "id": f"L-{len(out) + 1:04d}",
                    "label": "lure",
                    "language": lang,
                    "text": text.strip(),
                    "copy": extra.get("copy", "rewritten"),
                    "source": {"url": g.url, "title": g.title, "publisher": g.publisher, "date": g.date},
                    "group": g.group,
                    "facts": g.facts,
                    "categories": list(cats),
                    "destination": extra.get("dest", g.dest),
                    "trade": extra.get("trade", g.trade),
                    "channel": channel,
                    # the batch file: one writer's work, the unit learn.py holds out when it sets the bands
                    "batch": path.name,
                })
    return out


def counts_markdown(recs: list[dict]) -> str:
    """The composition tables of DATASHEET.md (between its COUNTS markers), from the records themselves."""
    from collections import Counter

    def table(title: str, counter: Counter) -> str:
        rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))
        return f"| {title} | items |\n|---|---|\n{rows}\n"

    groups = {r["group"] for r in recs}
    parts = [f"{len(recs)} items from {len(groups)} groups (one group = one public source).\n",
             table("language", Counter(r["language"] for r in recs)),
             table("category (an item has one or more)", Counter(c for r in recs for c in r["categories"])),
             table("destination", Counter(r["destination"] or "none / unstated" for r in recs)),
             table("channel", Counter(r["channel"] for r in recs)),
             table("copy", Counter(r["copy"] for r in recs)),
             table("source year", Counter(r["source"]["date"][:4] for r in recs))]
    return "\n".join(parts)


def main() -> None:
    recs = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sheet = SHEET
    if sheet.exists():
        text = sheet.read_text(encoding="utf-8")
        start, end = "<!-- COUNTS:BEGIN (written by scripts/corpus_lures/build.py) -->", "<!-- COUNTS:END -->"
        if start in text and end in text:
            head, rest = text.split(start, 1)
            tail = rest.split(end, 1)[1]
            sheet.write_text(f"{head}{start}\n{counts_markdown(recs)}{end}{tail}", encoding="utf-8")
    print(f"{len(recs)} items, {len({r['group'] for r in recs})} groups -> {OUT}")


if __name__ == "__main__":
    main()
