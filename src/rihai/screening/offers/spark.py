"""Screening millions of posts on Spark: the pure ``batch.screen_records`` in ``mapPartitions``.

Each partition is screened in one call, so the compiled patterns (and the text model, when it is in
use) are loaded once per Python worker, not once per post. Nothing here is Spark-specific beyond
the RDD calls: the function a partition runs is the same one ``rihai screen --in`` runs locally.

    rdd = spark.sparkContext.textFile("posts.jsonl").map(json.loads)   # {"id", "text"} per line
    screen_rdd(rdd).map(json.dumps).saveAsTextFile("results")

``rihai screen --in posts.jsonl --out results.jsonl --engine spark`` does this on a local Spark.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, Iterable, Iterator

from .batch import screen_records
from .licences import Register

# Posts can carry phone numbers: Spark's shuffle and spill files are encrypted like the tracing leg's.
_LOCAL_CONF = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
               "spark.io.encryption.enabled": "true"}


def parse_line(line: str, n: int) -> dict[str, Any]:
    """One JSONL line as a record; a line that is not a JSON object becomes an error record (the
    same rule as the local bulk mode, so one bad line never stops a batch)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError:
        rec = None
    if not isinstance(rec, dict):
        return {"id": f"line-{n}", "_error": "not a JSON object"}
    rec.setdefault("id", f"line-{n}")
    return rec


def _screen_partition(records: Iterable[dict], register: Register | None, as_of: date | None,
                      use_model: bool) -> Iterator[dict]:
    recs = list(records)  # one partition: bounded, and kept in order with its unreadable lines
    results = screen_records((r for r in recs if "_error" not in r), register, as_of=as_of, use_model=use_model)
    for rec in recs:
        yield {"id": rec["id"], "error": rec["_error"]} if "_error" in rec else next(results)


def screen_rdd(rdd, register: Register | Iterable | None = None, *, as_of: date | None = None, use_model: bool = True):
    """An RDD of ``{"id", "text"}`` dicts -> an RDD of ``screen_records`` results (one per record)."""
    if register is not None and not isinstance(register, Register):
        register = Register(register)
    return rdd.mapPartitions(lambda part: _screen_partition(part, register, as_of, use_model))


def screen_jsonl(spark, in_path: str, register: Register | Iterable | None = None, *,
                 partitions: int | None = None, use_model: bool = True) -> Iterator[dict]:
    """Screen a JSONL file of posts on ``spark``; results come back in the file's order."""
    lines = spark.sparkContext.textFile(str(in_path), minPartitions=partitions or spark.sparkContext.defaultParallelism)
    records = lines.zipWithIndex().filter(lambda li: li[0].strip()).map(lambda li: parse_line(li[0], li[1] + 1))
    yield from screen_rdd(records, register, use_model=use_model).toLocalIterator()


def local_session(cores: int | None = None):
    """A small local Spark session for ``rihai screen --engine spark`` (Java 17 and pyspark needed)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(f"local[{cores or '*'}]").appName("rihai-screening")
    for key, value in {**_LOCAL_CONF, "spark.pyspark.python": sys.executable}.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    # A session started earlier in this process (getOrCreate returns it) may run "python3" from PATH,
    # which need not have this interpreter's packages; local workers run this interpreter.
    spark.sparkContext.pythonExec = sys.executable
    return spark
