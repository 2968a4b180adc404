"""The stored match run on Spark (``rihai tracing match --engine spark``): the same candidate as on
DuckDB, with an explanation that reads the same way."""

from __future__ import annotations

import pytest
from factories import make_world
from factories.tracing import embassy_rows, file_request, import_list, list_csv

from rihai.tracing import service


# The run reads and writes the database exactly as on DuckDB (tests/tracing/test_match_runs.py
# covers both databases); what differs is the engine, so the Spark leg runs once, on SQLite.
@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_match_run_on_spark(db, spark_session):
    world = make_world(db)
    cw = world.actor("caseworker")
    req, _ = file_request(db, cw)
    rows = embassy_rows(5, seed=6) + [["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "12/03/1990", "", "", "Okara"]]
    import_list(db, cw, list_csv(rows))
    result = service.run_match(db, cw, engine="spark", spark_session=spark_session, background=(400, 40))
    assert result.proposed >= 1
    cands, _ = service.list_candidates(db, cw)
    found = [c for c in cands if c.request_id == req.id and c.other_kind == "record" and c.probability > 0.5]
    assert found
    fields = {step["field"] for step in found[0].waterfall}
    assert {"prior", "name", "father_name", "dob"} <= fields
