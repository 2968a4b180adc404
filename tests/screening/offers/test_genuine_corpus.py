"""The sourced corpus of genuine job postings (data/job_offers/genuine.jsonl) keeps its shape:
every item has its source and group, phone numbers are only in the reserved style shared with
the lure half, and the file is exactly what the hand-written batches build."""
from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "data" / "job_offers" / "genuine.jsonl"
BUILD = ROOT / "scripts" / "corpus_genuine" / "build.py"

KEYS = {"id", "label", "language", "text", "copy", "source", "group", "facts", "categories",
        "destination", "trade", "channel", "batch"}
PHONE = re.compile(r"\+?\d[\d \-]{7,}\d")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _records() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_every_item_has_the_schema_and_a_source():
    records = _records()
    for record in records:
        assert set(record) == KEYS, record["id"]
        assert record["label"] == "genuine"
        assert record["copy"] in {"rewritten", "quoted"}
        assert record["source"]["url"].startswith("http")
        assert record["source"]["title"] and record["source"]["publisher"]
        assert record["facts"], record["id"]
        assert record["text"].strip() == record["text"]
    assert [r["id"] for r in records] == [f"G-{n:04d}" for n in range(1, len(records) + 1)]


def test_size_and_language_mix_meet_the_brief():
    records = _records()
    languages = Counter(r["language"] for r in records)
    assert set(languages) == {"en", "ur", "ur-Latn"}
    assert len(records) >= 300
    assert languages["ur"] >= 70 and languages["ur-Latn"] >= 70
    assert len({r["group"] for r in records}) >= 80


def test_one_source_per_group():
    sources: dict[str, set[str]] = {}
    for record in _records():
        sources.setdefault(record["group"], set()).add(record["source"]["url"])
    assert all(len(urls) == 1 for urls in sources.values())


def test_script_matches_the_language_label():
    for record in _records():
        has_arabic = bool(ARABIC.search(record["text"]))
        assert has_arabic == (record["language"] == "ur"), record["id"]


def test_phone_numbers_are_only_in_the_reserved_style():
    for record in _records():
        for raw in PHONE.findall(record["text"]):
            digits = re.sub(r"\D", "", raw)
            if len(digits) < 9:  # pay ranges such as 2500-3000, not phone numbers
                continue
            reserved_mobile = re.fullmatch(r"(?:0|92)3\d\d0000\d{3}", digits)
            assert reserved_mobile or "555" in digits, (record["id"], raw)


def test_genuine_posts_are_not_phone_free():
    """A phone number must not separate the labels: a good share of genuine posts carry one."""
    records = _records()
    with_phone = sum(bool(PHONE.search(r["text"])) for r in records)
    assert with_phone / len(records) > 0.3


def test_file_is_what_the_batches_build():
    spec = importlib.util.spec_from_file_location("corpus_genuine_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert module.build() == _records()


def test_foreign_employers_do_not_post_pakistani_mobiles():
    """A Pakistani mobile under a foreign employer's own post is a lure feature (mismatched
    employer and contact); here it appears only where a Pakistani promoter or the state recruits."""
    pakistani_mobile = re.compile(r"(?:\+92 ?|\b0)3\d\d[- ]?0000 ?\d{3}")
    recruiting_in_pakistan = {"licensed_oep", "state_recruiter", "government_scheme"}
    for record in _records():
        if record["destination"] in ("PK", None) or recruiting_in_pakistan & set(record["categories"]):
            continue
        assert not pakistani_mobile.search(record["text"]), record["id"]


def test_source_dates_are_a_day_a_month_a_year_or_unknown():
    for record in _records():
        date = record["source"]["date"]
        assert date is None or re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", date), (record["id"], date)
