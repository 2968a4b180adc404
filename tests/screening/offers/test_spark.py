"""Bulk screening on local Spark: the pure screen_records in mapPartitions gives what the local bulk
mode gives, in order, through the API and through ``rihai screen --engine spark``. Posts are synthetic."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rihai.cli import app
from rihai.screening.offers.service import screen_jsonl_spark, screen_rdd, screen_records

POSTS = [
    {"id": "lure-1", "text": "FAKE: customer service job in Cambodia, no interview, salary 1500$, visa ticket free, WhatsApp only"},
    {"id": "shop-1", "text": "Example Traders (FAKE) need 2 helpers for a shop in Faisalabad, 25,000 a month, contact on WhatsApp 0300-0000123"},
    {"id": "fee-1", "text": "FAKE: you have been shortlisted. Pay the interview slip fee of Rs 5,000 first."},
    {"id": "empty", "text": "   "},
] * 25


def test_screen_rdd_matches_screen_records(spark_session):
    rdd = spark_session.sparkContext.parallelize(POSTS, 4)
    got = screen_rdd(rdd).collect()
    want = list(screen_records(POSTS))
    assert [r["id"] for r in got] == [p["id"] for p in POSTS]
    assert [(r["risk"], r["band"]) for r in got] == [(r["risk"], r["band"]) for r in want]
    assert {r["band"] for r in got if r["id"] == "lure-1"} == {"high"}
    assert all("error" in r for r in got if r["id"] == "empty")


def test_cli_engine_spark_writes_results_in_order(spark_session, tmp_path):
    src = tmp_path / "posts.jsonl"
    src.write_text("\n".join([json.dumps(p) for p in POSTS[:4]] + ["not json"]) + "\n", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    r = CliRunner().invoke(app, ["screen", "--in", str(src), "--out", str(out), "--engine", "spark"],
                           env={"COLUMNS": "200"}, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [x["id"] for x in results] == ["lure-1", "shop-1", "fee-1", "empty", "line-5"]
    assert results[0]["band"] == "high" and "error" in results[4]
    assert list(screen_jsonl_spark(spark_session, str(src)))[2]["flags"]
