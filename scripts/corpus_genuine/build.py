"""Build data/job_offers/genuine.jsonl from the hand-written batch files in this folder.

Each batch module (bNN_*.py) holds GROUPS: one dict per public source, with the facts taken from
it and the items written from those facts. This script checks every item (language and script,
reserved phone numbers only, required fields) and numbers them G-0001, G-0002, ... in batch order,
so the ids are stable as long as batches are only appended to.

Run from the worktree root:  python scripts/corpus_genuine/build.py
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "data" / "job_offers" / "genuine.jsonl"

LANGUAGES = {"en", "ur", "ur-Latn"}
CHANNELS = {"facebook", "whatsapp", "job_board", "newspaper", "company_site", "government", "other"}
COPY = {"rewritten", "quoted"}
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")
# Anything that looks like a phone number: 9+ digits with spaces, dashes or a leading +.
PHONE = re.compile(r"\+?\d[\d \-]{7,}\d")
# The reserved style shared with the lure half: Pakistani mobiles with 0000 as digits 5-8
# (national form 03XX0000NNN, international 923XX0000NNN), foreign numbers containing 555.
PK_RESERVED = re.compile(r"^(?:0|92)3\d\d0000\d{3}$")


def _phone_ok(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if len(digits) < 9:
        return True
    return bool(PK_RESERVED.match(digits)) or "555" in digits


def _load_batches() -> list[dict]:
    groups: list[dict] = []
    for path in sorted(HERE.glob("b[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(module)
        for group in getattr(module, "GROUPS", []):
            group["_batch"] = path.name
            groups.append(group)
        # EXTRA adds items to a group defined in an earlier batch, so that appending never
        # renumbers the ids already handed out.
        for name, items in getattr(module, "EXTRA", {}).items():
            extra = {"group": name, "_extends": name, "_batch": path.name, "items": items}
            groups.append(extra)
    return groups


def _check_item(group: dict, item: dict, problems: list[str]) -> None:
    where = f"{group['group']} ({group['_batch']}): {item['text'][:40]!r}"
    lang = item["language"]
    text = item["text"]
    if lang not in LANGUAGES:
        problems.append(f"{where}: language {lang}")
    arabic = len(ARABIC.findall(text))
    latin = len(LATIN.findall(text))
    if lang == "ur" and arabic < latin:
        problems.append(f"{where}: Urdu item is mostly Latin script")
    if lang in ("en", "ur-Latn") and arabic:
        problems.append(f"{where}: {lang} item contains Arabic script")
    if item.get("channel", group.get("channel")) not in CHANNELS:
        problems.append(f"{where}: channel")
    if item.get("copy", "rewritten") not in COPY:
        problems.append(f"{where}: copy")
    for match in PHONE.findall(text):
        if not _phone_ok(match):
            problems.append(f"{where}: phone number not in the reserved style: {match}")


def _load_contacts() -> dict:
    path = HERE / "contacts.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location("contacts", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.CONTACTS


def build() -> list[dict]:
    groups = _load_batches()
    problems: list[str] = []
    by_name = {g["group"]: g for g in groups if "_extends" not in g}
    for extra in [g for g in groups if "_extends" in g]:
        base = by_name.get(extra["_extends"])
        if base is None:
            problems.append(f"EXTRA for unknown group {extra['_extends']}")
            continue
        for key in ("source", "facts", "categories", "destination", "trade", "channel"):
            if key in base:
                extra[key] = base[key]
        extra["_writer"] = base["_batch"]  # items added to a group later count as its first writer's
    contacts = _load_contacts()
    for name, lines in contacts.items():
        base = by_name.get(name)
        if base is None:
            problems.append(f"contact line for unknown group {name}")
            continue
        for index, line in lines:
            item = base["items"][index]
            item["text"] = item["text"].rstrip() + "\n" + line
    seen_groups: Counter = Counter(g["group"] for g in groups if "_extends" not in g)
    for name, count in seen_groups.items():
        if count > 1:
            problems.append(f"group id used twice: {name}")
    records: list[dict] = []
    for group in groups:
        source = group["source"]
        for key in ("url", "title", "publisher", "date"):
            if key not in source:
                problems.append(f"{group['group']}: source lacks {key}")
        if not group.get("facts"):
            problems.append(f"{group['group']}: no facts")
        for item in group["items"]:
            _check_item(group, item, problems)
            categories = list(dict.fromkeys(group.get("categories", []) + item.get("categories", [])))
            records.append({
                "id": "",
                "label": "genuine",
                "language": item["language"],
                "text": item["text"].strip(),
                "copy": item.get("copy", "rewritten"),
                "source": dict(source),
                "group": group["group"],
                "facts": list(group["facts"]),
                "categories": categories,
                "destination": item.get("destination", group.get("destination")),
                "trade": item.get("trade", group.get("trade")),
                "channel": item.get("channel", group.get("channel")),
                # the batch file: one writer's work, the unit learn.py holds out when it sets the bands
                "batch": group.get("_writer", group["_batch"]),
            })
    texts = Counter(r["text"] for r in records)
    for text, count in texts.items():
        if count > 1:
            problems.append(f"duplicate text: {text[:50]!r}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(1)
    for number, record in enumerate(records, start=1):
        record["id"] = f"G-{number:04d}"
    return records


def summary(records: list[dict]) -> str:
    lines = [f"items {len(records)}, groups {len({r['group'] for r in records})}"]
    for key in ("language", "destination", "channel"):
        counts = Counter(str(r[key]) for r in records)
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    cats = Counter(c for r in records for c in r["categories"])
    lines.append("categories: " + ", ".join(f"{k} {v}" for k, v in cats.most_common()))
    return "\n".join(lines)


if __name__ == "__main__":
    records = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(summary(records))
