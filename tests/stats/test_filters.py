"""Filters cannot be combined to single anyone out: too-small views, views that differ from a
neighbouring view (one filter dropped, the year range moved) by one to four people."""

from __future__ import annotations

import pytest

from rihai.access.actors import Actor
from rihai.errors import Forbidden, Invalid
from rihai.stats import extract, service


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "stats.duckdb"
    con = extract.connect(path)
    rows = []
    n = 0
    for year, count, sexual in ((2020, 15, 0), (2021, 2, 0), (2022, 15, 3)):
        for i in range(count):
            n += 1
            rows.append((f"k{n}", 1 if n % 2 else 2, year, "Feminine" if i % 3 else "Masculine",
                         "SexualExploitation" if i < sexual else "ForcedLabour"))
    for key, agency, year, gender, exploit in rows:
        con.execute("INSERT INTO victims (case_key, agency_id, reg_year, gender, exploitation, origin_province) "
                    "VALUES (?, ?, ?, ?, [?], 'PK-PB')", [key, agency, year, gender, exploit])
    con.close()
    return path


def check(path, **kw):  # type: ignore[no-untyped-def]
    con = service.open_store(path)
    try:
        return service.check_filters(con, Actor.system("test"), service.make_filters(**kw))
    finally:
        con.close()


def test_a_wide_view_is_allowed(store):
    assert check(store) == 32
    assert check(store, year_from=2022, year_to=2022) == 15


def test_leaving_out_a_few_people_is_refused(store):
    # 32 people, 3 of them sexually exploited: "forced labour only" differs from "all" by 3
    with pytest.raises(Invalid) as exc:
        check(store, exploitation="ForcedLabour")
    assert exc.value.rule == "differencing" and exc.value.field == "exploitation"


def test_a_year_range_over_a_tiny_year_is_refused(store):
    with pytest.raises(Invalid) as exc:
        check(store, year_from=2020, year_to=2022)
    assert exc.value.rule == "differencing"


def test_a_view_of_fewer_than_the_minimum_is_refused(store):
    with pytest.raises(Invalid) as exc:
        check(store, year_from=2021, year_to=2021)
    assert exc.value.rule == "min-population"
    with pytest.raises(Invalid):
        check(store, province="PK-SD")


def test_scope_denies_by_default(store):
    caseworker = Actor.for_user(1, 1, frozenset({"caseworker"}), via="web")
    with pytest.raises(Forbidden):
        check_as(store, caseworker)
    supervisor = Actor.for_user(1, 1, frozenset({"supervisor"}), via="web")
    assert check_as(store, supervisor) == 16  # agency 1 only


def check_as(path, actor):  # type: ignore[no-untyped-def]
    con = service.open_store(path)
    try:
        return service.check_filters(con, actor, service.Filters())
    finally:
        con.close()


def test_dropping_two_filters_at_once_is_checked_too(tmp_path):
    # Everyone in PK-PB is a woman and every woman is in PK-PB, but 3 people are neither: each
    # single filter dropped changes nothing, yet "both filters" vs "no filter" differs by 3.
    path = tmp_path / "stats.duckdb"
    con = extract.connect(path)
    for n in range(23):
        inside = n >= 3
        con.execute("INSERT INTO victims (case_key, agency_id, reg_year, gender, origin_province, exploitation) "
                    "VALUES (?, 1, 2024, ?, ?, [])", [f"k{n}", "Feminine" if inside else "Masculine",
                                                     "PK-PB" if inside else "PK-SD"])
    con.close()
    with pytest.raises(Invalid) as exc:
        check(path, province="PK-PB", gender="Feminine")
    assert exc.value.rule == "differencing"
