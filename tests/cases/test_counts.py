"""Dashboard tiles: bounded counts by status, scoped in SQL, equal to the true counts below the cap
whatever happened to the cases, and costing an index walk of at most the cap, not of the agency."""

from __future__ import annotations

from collections import Counter

import pytest
import sqlalchemy as sa

from rihai.cases import counts, service
from rihai.cases.models import Case, CaseAssignment
from rihai.cases.schemas import StatusChange
from factories import PASSWORD, make_case


def true_counts(db, agency_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    rows = db.execute(sa.select(Case.status, sa.func.count()).where(Case.owner_agency_id == agency_id)
                      .group_by(Case.status)).all()
    return dict(rows)


def test_tiles_equal_the_true_counts_after_creates_closes_assignments_deletions_rollbacks(db, world):
    caseworker, supervisor = world.actor("caseworker"), world.actor("supervisor")
    cases = [make_case(db, caseworker) for _ in range(7)]
    make_case(db, world.actor("other_caseworker"))  # another agency's: never in these tiles
    assert service.count_visible(db, supervisor) == {"Active": 7}

    for case in cases[:3]:
        service.change_status(db, supervisor, case.id,
                              data=StatusChange(version=case.version, status="Closed", reason="Test reason"))
    service.change_status(db, supervisor, cases[3].id,
                          data=StatusChange(version=cases[3].version, status="FollowUp"))
    service.assign(db, supervisor, cases[4].id, user_id=world.users["investigator"].id,
                   make_caseworker=True)
    db.delete(cases[5])
    db.flush()
    # A change rolled back leaves nothing behind in the tiles.
    nested = db.begin_nested()
    service.change_status(db, supervisor, cases[6].id,
                          data=StatusChange(version=cases[6].version, status="Closed", reason="Test reason"))
    make_case(db, caseworker)
    nested.rollback()
    db.expire_all()

    expected = true_counts(db, world.agency.id)
    assert expected == {"Active": 2, "Closed": 3, "FollowUp": 1}
    assert service.count_visible(db, supervisor) == expected
    # The caseworker sees only the cases assigned to them (they opened all of them).
    assert service.count_visible(db, caseworker) == expected
    assert service.count_visible(db, world.actor("investigator")) == {"Active": 1}
    assert service.count_visible(db, world.actor("other_caseworker")) == {"Active": 1}


def test_counts_stop_past_the_cap(db, world, monkeypatch):
    monkeypatch.setattr(service, "LIST_COUNT_CAP", 3)
    monkeypatch.setattr(counts, "LIST_COUNT_CAP", 3)  # the tiles' own module
    caseworker, supervisor = world.actor("caseworker"), world.actor("supervisor")
    made = [make_case(db, caseworker) for _ in range(6)]
    service.change_status(db, supervisor, made[0].id,
                          data=StatusChange(version=made[0].version, status="Closed", reason="Test reason"))
    assert service.count_visible(db, supervisor) == {"Active": 4, "Closed": 1}  # 5 active, stopped at 4
    rows, total = service.list_cases(db, supervisor, page_size=2)
    assert len(rows) == 2 and total == 4


def test_dashboard_says_more_than_the_cap(make_browser, committed_world, db, monkeypatch):
    monkeypatch.setattr(service, "LIST_COUNT_CAP", 3)
    monkeypatch.setattr(counts, "LIST_COUNT_CAP", 3)  # the tiles' own module
    for _ in range(5):
        make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = make_browser()
    b.login(committed_world.users["supervisor"].username, PASSWORD)
    html = b.get("/").text
    assert '<span class="n">3+</span>' in html
    assert Counter(true_counts(db, committed_world.agency.id)) == Counter({"Active": 5})


def test_the_tile_count_is_an_index_only_walk(db, world):
    """On SQLite the plan names the covering index; on PostgreSQL an index(-only) scan, never a
    sequential scan of the cases."""
    supervisor = world.actor("supervisor")
    captured: list[str] = []

    def keep(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if "count(" in statement and "UNION ALL" in statement:
            captured.append(statement)
            plan_of.append(params)

    plan_of: list[object] = []
    engine = db.get_bind()
    sa.event.listen(engine, "before_cursor_execute", keep)
    try:
        service.count_visible(db, supervisor)
    finally:
        sa.event.remove(engine, "before_cursor_execute", keep)
    assert captured, "no tile count issued"
    conn = db.connection()
    sql, params = captured[0], plan_of[0]
    if conn.dialect.name == "sqlite":
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX ix_cases_owner_status" in plan, plan
    else:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a tiny test table favours seq scans
        plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql, params))
        assert "ix_cases_owner_status" in plan and "Seq Scan on cases" not in plan, plan


@pytest.mark.parametrize("status", [None, "Active"])
def test_the_list_total_comes_from_the_tiles(db, world, status):
    caseworker, supervisor = world.actor("caseworker"), world.actor("supervisor")
    for _ in range(3):
        make_case(db, caseworker)
    counts = service.count_visible(db, supervisor)
    known = counts.get(status, 0) if status else sum(counts.values())
    _, total = service.list_cases(db, supervisor, status=status)
    assert total == known == 3


def test_a_supervisor_sees_other_agencies_cases_assigned_to_them_once(db, world):
    """The pieces of a supervisor's scope stay disjoint and whole: the own agency by its owner
    index, the other agencies' cases through the assignments' copied owner, and the own cases the
    supervisor opened (assigned to them too) counted and listed once."""
    supervisor = world.actor("supervisor")
    own = [make_case(db, supervisor) for _ in range(3)]  # opened by the supervisor: assigned to them
    elsewhere = make_case(db, world.actor("other_caseworker"))
    make_case(db, world.actor("other_caseworker"))  # not assigned: never seen
    db.add(CaseAssignment(case_id=elsewhere.id, user_id=world.users["supervisor"].id))
    db.flush()
    assert db.scalar(sa.select(CaseAssignment.owner_agency_id).where(
        CaseAssignment.case_id == elsewhere.id)) == world.other_agency.id
    assert service.count_visible(db, supervisor) == {"Active": 4}
    listed, total = service.list_cases(db, supervisor)
    assert total == 4
    assert {c.id for c in listed} == {c.id for c in own} | {elsewhere.id}
    # A copy missing (a row written past the ORM) hides nothing from the supervisor.
    db.execute(sa.update(CaseAssignment).where(CaseAssignment.case_id == elsewhere.id)
               .values(owner_agency_id=None))
    assert service.count_visible(db, supervisor) == {"Active": 4}
