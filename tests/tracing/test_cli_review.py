"""``rihai tracing review`` for a reviewer who sees one side of a candidate (issue 13, item 5): the
listing names only the agency holding the other record, a confirmation is refused, a proposal
goes to that desk, and its reviewer accepts it."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for
from factories import make_world
from factories.tracing import embassy_rows, file_request, import_list, list_csv

from rihai.tracing import service
from rihai.tracing.models import MatchCandidate, TracingRequest

HIDDEN_ROW = ["9", "Mohd. Husain Qureshi (TEST)", "s/o Gulam Rasool (TEST)", "12/03/1990", "ZX4455667", "", "Okara"]


@pytest.fixture
def rihai(tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for("sqlite", tmp_path) as r:
        yield r


def test_review_listing_and_decisions_respect_sight(rihai, monkeypatch):
    monkeypatch.setattr("rihai.tracing.matching.BACKGROUND", (800, 80))
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    with rihai.session() as s:
        world = make_world(s)
        req, _ = file_request(s, world.actor("caseworker"))  # agency A's desk
        import_list(s, world.actor("other_caseworker"), list_csv(embassy_rows(5, seed=13) + [HIDDEN_ROW]),
                    source="Embassy of Pakistan, Riyadh (TEST)")  # agency B's list
        service.run_match(s, world.actor("caseworker"))
        s.commit()
        a, b = world.users["caseworker"].username, world.users["other_caseworker"].username
        cid = str(s.scalar(sa.select(MatchCandidate.id).where(MatchCandidate.request_id == req.id,
                                                              MatchCandidate.other_kind == "record")))
        holder, ref, owner = world.other_agency.name, req.reference, world.agency.id
    listing = rihai("tracing", "review", "--as", a)
    assert listing.exit_code == 0, listing.output
    flat = " ".join(listing.output.split())
    assert cid in flat and "held by" in flat
    assert " ".join(holder.split())[:12] in flat
    for value in ("Mohd", "Gulam", "ZX4455667", "Riyadh", "deported", "name:", "father_name:", "dob:"):
        assert value not in listing.output, value
    refused = rihai("tracing", "review", "--confirm", cid, "--as", a)
    assert refused.exit_code != 0 and "cannot see both records" in refused.output
    proposed = rihai("tracing", "review", "--propose", cid, "--as", a)
    assert proposed.exit_code == 0 and f"candidate {cid}: proposed" in proposed.output, proposed.output
    # B's listing says nothing of A's request either.
    theirs = rihai("tracing", "review", "--as", b)
    assert theirs.exit_code == 0 and "Ghulam" not in theirs.output and ref not in theirs.output
    accepted = rihai("tracing", "review", "--confirm", cid, "--as", b)
    assert accepted.exit_code == 0 and f"candidate {cid}: confirmed" in accepted.output, accepted.output
    with rihai.session() as s:
        row = s.execute(sa.select(TracingRequest.status, TracingRequest.owner_agency_id)
                        .where(TracingRequest.reference == ref)).one()
        assert row.status == "confirmed" and row.owner_agency_id == owner
    assert re.search(r"already been decided", rihai("tracing", "review", "--reject", cid, "--as", b).output)
