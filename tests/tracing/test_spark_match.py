"""The stored match run on Spark (``rihai tracing match --engine spark``): the same candidate as on
DuckDB. Slow (JVM): run on purpose with RIHAI_TEST_SPARK=1."""

from __future__ import annotations

import os
import shutil

import pytest
from factories import make_world
from factories.tracing import embassy_rows, file_request, import_list, list_csv

from rihai.tracing import service

pytest.importorskip("pyspark", reason="pyspark not installed (optional, heavy)")
pytestmark = [
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime"),
    pytest.mark.skipif(not os.environ.get("RIHAI_TEST_SPARK"),
                       reason="slow (JVM); set RIHAI_TEST_SPARK=1 to run the Spark engine test"),
]


def test_match_run_on_spark(db):
    from rihai.tracing.linkage import local_spark

    world = make_world(db)
    cw = world.actor("caseworker")
    req, _ = file_request(db, cw)
    rows = embassy_rows(5, seed=6) + [["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "12/03/1990", "", "", "Okara"]]
    import_list(db, cw, list_csv(rows))
    spark = local_spark(cores=2)
    try:
        result = service.run_match(db, cw, engine="spark", spark_session=spark, background=(400, 40))
    finally:
        spark.stop()
    assert result.proposed >= 1
    cands, _ = service.list_candidates(db, cw)
    assert any(c.request_id == req.id and c.other_kind == "record" and c.probability > 0.5 for c in cands)
