"""``rihai tracing import|match|review`` end to end on a fresh data dir."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for
from factories.tracing import TracingRequestFactory, embassy_rows, list_csv

from rihai.access.actors import Actor
from rihai.tracing import service
from rihai.tracing.models import TracingRequest


@pytest.fixture
def rihai(tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for("sqlite", tmp_path) as r:
        yield r


def test_import_match_review(rihai, tmp_path, monkeypatch):
    monkeypatch.setattr("rihai.tracing.matching.BACKGROUND", (800, 80))
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    made = rihai("agencies", "create", "--name", "Test Embassy Desk (TEST)", "--type", "NGO",
                 "--province", "PK-PB", "--district", "Lahore")
    agency_id = re.search(r"id (\d+)", made.output).group(1)
    assert rihai("users", "create", "--agency", agency_id, "--username", "desk.user", "--role", "caseworker",
                 "--password-stdin", input="a long enough password\n").exit_code == 0
    with rihai.session() as s:
        req, _ = service.submit_request(s, Actor.anonymous(), data=TracingRequestFactory())
        s.commit()
        ref = req.reference
    rows = embassy_rows(5, seed=8) + [["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "12/03/1990", "", "12345", "Okara"]]
    path = tmp_path / "embassy.csv"
    path.write_bytes(list_csv(rows))
    out = rihai("tracing", "import", str(path), "--source", "Test Embassy, Riyadh (TEST)", "--kind", "deported",
                "--as", "desk.user")
    assert out.exit_code == 0, out.output
    assert "6 rows, 5 stored, 0 already held, 1 rejected" in out.output and "row 7: cnic (valid-cnic)" in out.output
    assert "12345" not in out.output
    again = rihai("tracing", "import", str(path), "--source", "Test Embassy, Riyadh (TEST)", "--kind", "deported",
                  "--as", "desk.user")
    assert "0 stored, 5 already held" in again.output
    fixed = rows[:-1] + [["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "12/03/1990", "", "", "Okara"]]
    path.write_bytes(list_csv(fixed))
    assert "1 stored, 5 already held" in rihai("tracing", "import", str(path), "--source", "Test Embassy, Riyadh (TEST)",
                                               "--kind", "deported", "--as", "desk.user").output
    matched = rihai("tracing", "match")
    assert matched.exit_code == 0, matched.output
    assert re.search(r"[1-9]\d* new candidates", matched.output), matched.output
    listing = rihai("tracing", "review", "--as", "desk.user")
    assert listing.exit_code == 0 and "pending" in listing.output
    cid = re.search(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", listing.output).group(1)
    done = rihai("tracing", "review", "--confirm", cid, "--as", "desk.user")
    assert done.exit_code == 0 and "confirmed" in done.output, done.output
    with rihai.session() as s:
        assert s.scalar(sa.select(TracingRequest.status).where(TracingRequest.reference == ref)) == "confirmed"
    assert "already been decided" in rihai("tracing", "review", "--reject", cid, "--as", "desk.user").output


def test_match_takes_the_same_lock_as_the_web_runs(rihai):
    import os
    import socket

    from rihai.db import utcnow
    from rihai.tracing.models import MatchRun

    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    with rihai.session() as s:
        service.submit_request(s, Actor.anonymous(), data=TracingRequestFactory())
        # A run executing in a live process (this one): the slot is taken.
        s.add(MatchRun(status="running", running_slot=1, via="web", progress=0.5, started_at=utcnow(),
                       worker=f"{socket.gethostname()}:{os.getpid()}"))
        s.add(MatchRun(status="queued", via="web", progress=0.0))
        s.commit()
    refused = rihai("tracing", "match")
    assert refused.exit_code != 0 and "another match run is executing" in refused.output
    drained = rihai("tracing", "match", "--queued")
    assert drained.exit_code == 0 and "executed 0 queued match run(s)" in drained.output
    with rihai.session() as s:
        statuses = sorted(s.scalars(sa.select(MatchRun.status)))
        assert statuses == ["failed", "queued", "running"]  # the CLI's own run gave up, nothing else moved


def test_import_with_readings_and_country_answers(rihai, tmp_path):
    """An unknown country refuses the import without naming it; answered, the list is stored and
    the report says how the dates were read and how many rows had a birth year only."""
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    made = rihai("agencies", "create", "--name", "Test Consulate Desk (TEST)", "--type", "NGO",
                 "--province", "PK-PB", "--district", "Lahore")
    agency_id = re.search(r"id (\d+)", made.output).group(1)
    assert rihai("users", "create", "--agency", agency_id, "--username", "desk.user", "--role", "consular_officer",
                 "--password-stdin", input="a long enough password\n").exit_code == 0
    path = tmp_path / "gulf.csv"
    path.write_bytes(list_csv([["Test One (TEST)", "1998", "Narnialand"], ["Test Two (TEST)", "03/04/1990", "UAE"]],
                              ["Full Name", "DOB", "Country"]))
    base = ["tracing", "import", str(path), "--source", "Test Embassy, Dubai (TEST)", "--kind", "in_shelter",
            "--as", "desk.user", "--country", "U.A.E"]
    refused = rihai(*base)
    assert refused.exit_code != 0 and "Narnialand" not in refused.output
    done = rihai(*base, "--readings", '{"DOB": "mdy"}', "--countries", '{"Narnialand": ""}')
    assert done.exit_code == 0, done.output
    assert "2 rows, 2 stored" in done.output and "1 rows had a birth year only" in done.output
    assert "DOB: read as mdy; 1 values could be read either way" in done.output
