"""Statistics count persons, not records: two agencies, one survivor, linked, counted once."""

from __future__ import annotations

import duckdb
from factories import PersonFactory, make_case

from rihai.access.actors import Actor
from rihai.cases import service as cases
from rihai.stats import extract, queries, release, tables
from rihai.stats.queries import Filters


def _link(db, stats_world):  # type: ignore[no-untyped-def]
    """The second agency opens a case for a survivor the first already holds, asks, is accepted."""
    world = stats_world.world
    first = stats_world.own[1]  # a woman (the fixture's every third case is a man)
    again = make_case(db, world.actor("other_caseworker"), person=PersonFactory(
        given_name="Zarmeena", family_name="Again (TEST)", cnic=first.person.cnic,
        age_estimate=first.person.age_estimate),
        exploitation_types=["ForcedMarriage"])
    hint = cases.link_hints(db, world.actor("other_caseworker"), again.id)[0]
    link = cases.request_link(db, world.actor("other_caseworker"), again.id, candidate_id=hint.candidate_id,
                              reason="count-once")
    cases.decide_link(db, world.actor("supervisor"), link.id, accept=True)
    db.flush()
    extract.refresh(db, Actor.system("test"), stats_world.path)
    return first, again, link


def test_linked_records_are_one_person_in_dashboards_tables_and_releases(db, stats_world):
    analyst = stats_world.world.actor("analyst")
    records = len(stats_world.own) + len(stats_world.other) + 1
    first, again, link = _link(db, stats_world)
    board = queries.dashboard(stats_world.path, analyst, Filters())
    assert board.population == records - 1
    assert (board.records, board.linked) == (str(records), "<5")
    sex = next(p for p in board.panels if p.key == "sex")
    assert sex.total == str(records - 1)
    con = queries.open_store(stats_world.path)
    assert sum(tables.fold("sex", queries.raw_counts(con, analyst, queries.DIMENSIONS["sex"], Filters())).values()) \
        == records - 1
    # The merged person: first identification's facts, lists united.
    row = con.execute("SELECT records, exploitation, age_band FROM persons WHERE records > 1").fetchall()
    con.close()
    assert len(row) == 1 and row[0][0] == 2
    assert set(row[0][1]) == set(first.exploitation_types) | {"ForcedMarriage"}
    frame, _ = release.ctdc_frame(stats_world.path, analyst, Filters())
    assert len(frame) == records - 1  # microdata: one row per person
    # An agency's own view is its own records, unchanged by the link.
    supervisor = stats_world.world.actor("supervisor")
    assert queries.dashboard(stats_world.path, supervisor, Filters()).population == len(stats_world.own)


def test_unlinking_counts_two_persons_again(db, stats_world):
    analyst = stats_world.world.actor("analyst")
    records = len(stats_world.own) + len(stats_world.other) + 1
    _, _, link = _link(db, stats_world)
    cases.unlink(db, stats_world.world.actor("supervisor"), link.id)
    db.flush()
    extract.refresh(db, Actor.system("test"), stats_world.path)
    assert queries.dashboard(stats_world.path, analyst, Filters()).population == records
    con = duckdb.connect(str(stats_world.path), read_only=True)
    assert con.execute("SELECT count(*) FROM person_links").fetchall() == [(0,)]
    con.close()


def test_the_store_holds_pseudonyms_only_for_links(db, stats_world):
    first, again, _ = _link(db, stats_world)
    con = duckdb.connect(str(stats_world.path), read_only=True)
    keys = con.execute("SELECT case_key, person_key FROM person_links").fetchall()
    con.close()
    assert len(keys) == 2 and len({p for _, p in keys}) == 1
    flat = repr(keys)
    assert str(first.id) not in flat and first.id.hex not in flat and str(again.id) not in flat
