"""The extract carries no personal value, is incremental and idempotent."""

from __future__ import annotations

import duckdb
from sqlalchemy import select

from rihai.access.actors import Actor
from rihai.access.models import AuditEvent
from rihai.cases import service as cases
from rihai.cases.schemas import CaseUpdate
from rihai.stats import extract


def _dump(path) -> str:  # type: ignore[no-untyped-def]
    con = duckdb.connect(str(path), read_only=True)
    try:
        text = []
        for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall():
            text.append(repr(con.execute(f"SELECT * FROM {name}").fetchall()))
        return "\n".join(text)
    finally:
        con.close()


def personal_values(case) -> list[str]:  # type: ignore[no-untyped-def]
    p = case.person
    values = [p.given_name, p.family_name, p.cnic, p.passport, p.address, p.birth_date, p.name_urdu,
              case.reference, str(case.id), str(case.id).replace("-", "")]
    values += list(p.phones or []) + list(p.aliases or [])
    values += [ev.place for ev in case.events] + [ev.description for ev in case.events]
    for perp in case.perpetrators:
        values += [perp.name, perp.agency_name, perp.details, *(perp.phones or [])]
    values += [str(p.age_estimate)] if False else []  # ages travel only as CTDC bands
    return [v for v in values if v and v not in ("PK", "Rawalpindi")]


def test_no_personal_value_reaches_the_store(stats_world):
    raw = stats_world.path.read_bytes()
    dump = _dump(stats_world.path)
    checked = 0
    for case in stats_world.own + stats_world.other:
        for value in personal_values(case):
            assert value not in dump, value
            assert value.encode() not in raw, value
            checked += 1
    assert checked > 200
    # only bands, months and coded fields
    con = duckdb.connect(str(stats_world.path), read_only=True)
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns").fetchall()}
    con.close()
    assert not cols & {"name", "given_name", "cnic", "phones", "place", "description", "reference", "age",
                       "birth_date", "birth_year", "id"}
    assert "Zarmeena1" not in dump and "Secret Compound" not in dump and "beaten" not in dump


def test_refresh_is_incremental_and_idempotent(db, stats_world):
    path = stats_world.path
    system = Actor.system("test")
    again = extract.refresh(db, system, path)
    # the watermark is inclusive, so only cases at the newest timestamp are read again
    assert again.cases < len(stats_world.own) + len(stats_world.other)
    con = duckdb.connect(str(path), read_only=True)
    total, distinct = con.execute("SELECT count(*), count(DISTINCT case_key) FROM victims").fetchall()[0]
    con.close()
    assert total == distinct == len(stats_world.own) + len(stats_world.other)

    case = stats_world.own[0]
    cw = stats_world.world.actor("caseworker")
    cases.update_case(db, cw, case.id, data=CaseUpdate(version=case.version, exploitation_types=["ForcedMarriage"]))
    db.flush()
    extract.refresh(db, system, path)
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT count(*) FROM victims WHERE list_contains(exploitation, 'ForcedMarriage')").fetchall()
    total2 = con.execute("SELECT count(*) FROM victims").fetchall()[0][0]
    con.close()
    assert rows[0][0] == 1 and total2 == total
    tags = set(db.scalars(select(AuditEvent.tag).where(AuditEvent.tag == "stats:extract:refresh")))
    assert tags == {"stats:extract:refresh"}


def test_full_rebuild_matches(db, stats_world):
    extract.refresh(db, Actor.system("test"), stats_world.path, full=True)
    con = duckdb.connect(str(stats_world.path), read_only=True)
    n = con.execute("SELECT count(*) FROM victims").fetchall()[0][0]
    bands = {r[0] for r in con.execute("SELECT DISTINCT age_band FROM victims").fetchall()}
    months = {r[0] for r in con.execute("SELECT DISTINCT reg_month FROM victims").fetchall()}
    con.close()
    assert n == len(stats_world.own) + len(stats_world.other)
    assert bands <= {"9--17", "18--20", "24--26", "30--38", "39--47"}
    assert all(len(m) == 7 for m in months)


def test_prosecutions_join_the_store_without_their_identifiers(db, stats_world):
    from rihai.cases.justice import service as justice
    from rihai.cases.justice.schemas import TrackUpdate

    investigator = stats_world.world.actor("investigator")
    case = stats_world.own[1]
    # the investigator works the case: assign through the supervisor
    cases.assign(db, stats_world.world.actor("supervisor"), case.id,
                 user_id=stats_world.world.users["investigator"].id)
    justice.save_track(db, investigator, case.id, data=TrackUpdate(
        fir_number="FIR-98765/TEST", police_station="Secret Station (TEST)", investigating_agency="FIA"))
    db.flush()
    extract.refresh(db, Actor.system("test"), stats_world.path)
    con = duckdb.connect(str(stats_world.path), read_only=True)
    rows = con.execute("SELECT stage, investigating_agency FROM prosecutions").fetchall()
    con.close()
    assert rows == [("complaint", "FIA")]
    dump = _dump(stats_world.path)
    assert "FIR-98765" not in dump and "Secret Station" not in dump
    assert b"FIR-98765" not in stats_world.path.read_bytes()


def test_ctdc_rows_computed_in_sql_match_the_reference_mapping(stats_world):
    from rihai.stats import ctdc, release, service

    frame, synthetic = release.ctdc_frame(stats_world.path, Actor.system("test"), service.Filters())
    assert synthetic is False
    assert list(frame.columns) == ctdc.COLUMNS
    con = duckdb.connect(str(stats_world.path), read_only=True)
    cur = con.execute("SELECT * FROM victims")
    names = [d[0] for d in cur.description]
    expected = sorted((ctdc.row(dict(zip(names, r, strict=True))) for r in cur.fetchall()),
                      key=lambda r: tuple(str(v) for v in r.values()))
    con.close()
    got = sorted(({k: (int(v) if hasattr(v, "item") else v) for k, v in rec.items()}
                  for rec in frame.to_dict("records")), key=lambda r: tuple(str(v) for v in r.values()))
    assert got == expected
