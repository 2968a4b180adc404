"""Cases that stop counting leave the store on an incremental refresh, not only on --full: a case
deleted from the case database, and a survivor who declines statistics (or withdraws a yes)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import duckdb
from sqlalchemy import delete, update

from rihai.access.actors import Actor
from rihai.cases import coded_facts
from rihai.cases import service as cases
from rihai.cases.models import Case
from rihai.cases.schemas import ConsentCreate
from rihai.crypto import current_keyring, install_keyring
from rihai.stats import extract

from .conftest import _case


def _keys(path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ("victims", "legs")}
    finally:
        con.close()


def _has(path, case) -> bool:  # type: ignore[no-untyped-def]
    con = duckdb.connect(str(path), read_only=True)
    try:
        key = cases.case_key(case.id)
        return any(con.execute(f"SELECT count(*) FROM {t} WHERE case_key = ?", [key]).fetchall()[0][0]
                   for t in ("victims", "legs"))
    finally:
        con.close()


def _consent(db, actor, case, given: bool):  # type: ignore[no-untyped-def]
    return cases.record_consent(db, actor, case.id, data=ConsentCreate(
        purpose="Statistics", given=given, given_by="Guardian", consent_date=date.today()))


def test_a_deleted_case_leaves_the_store_on_an_incremental_refresh(db, stats_world):
    system = Actor.system("test")
    gone = stats_world.own[2]
    before = _keys(stats_world.path)
    assert _has(stats_world.path, gone)
    # No service deletes a case; an operator's erasure in SQL does, and cascades to its rows.
    db.execute(delete(Case).where(Case.id == gone.id))
    db.flush()
    result = extract.refresh(db, system, stats_world.path)
    assert result.removed == 1
    assert not _has(stats_world.path, gone)
    after = _keys(stats_world.path)
    assert after["victims"] == before["victims"] - 1
    assert after["legs"] == before["legs"] - 2  # its two route legs went with it
    assert extract.refresh(db, system, stats_world.path).removed == 0  # idempotent


def test_declining_statistics_takes_a_case_out_and_a_later_yes_brings_it_back(db, stats_world):
    system = Actor.system("test")
    cw = stats_world.world.actor("caseworker")
    case = stats_world.own[3]
    n = _keys(stats_world.path)["victims"]

    _consent(db, cw, case, given=False)
    db.flush()
    assert extract.refresh(db, system, stats_world.path).removed == 1
    assert not _has(stats_world.path, case) and _keys(stats_world.path)["victims"] == n - 1
    # the full rebuild agrees
    extract.refresh(db, system, stats_world.path, full=True)
    assert not _has(stats_world.path, case)

    yes = _consent(db, cw, case, given=True)
    db.flush()
    extract.refresh(db, system, stats_world.path)
    assert _has(stats_world.path, case) and _keys(stats_world.path)["victims"] == n

    # withdrawing that yes leaves no decision in force: out again
    cases.withdraw_consent(db, cw, case.id, yes.id)
    db.flush()
    assert extract.refresh(db, system, stats_world.path).removed == 1
    assert not _has(stats_world.path, case)


def test_a_case_never_asked_about_statistics_counts(db, stats_world):
    # consents for other purposes change nothing
    cw = stats_world.world.actor("caseworker")
    case = stats_world.own[4]
    cases.record_consent(db, cw, case.id, data=ConsentCreate(
        purpose="Referral", given=False, given_by="Guardian", consent_date=date.today()))
    db.flush()
    assert extract.refresh(db, Actor.system("test"), stats_world.path).removed == 0
    assert _has(stats_world.path, case)


def test_a_key_rotation_rebuilds_instead_of_dropping_everything(db, stats_world):
    ring = current_keyring()
    n = _keys(stats_world.path)["victims"]
    install_keyring(ring.with_new_key())
    try:
        result = extract.refresh(db, Actor.system("test"), stats_world.path)
        assert result.cases == n and _keys(stats_world.path)["victims"] == n
        assert _has(stats_world.path, stats_world.own[0])  # under the new key's pseudonym
    finally:
        install_keyring(ring)


def test_batch_pseudonyms_are_the_keyrings_blind_index(stats_world):
    import hashlib

    ids = [c.id for c in stats_world.own]
    expected = [hashlib.blake2s(current_keyring().blind("stats-case", str(i)), digest_size=12).hexdigest()
                for i in ids]
    assert coded_facts.case_keys(ids) == expected
    assert coded_facts.case_keys([i.hex for i in ids]) == expected  # SQLite's text form


def test_the_full_check_runs_when_counts_disagree_and_at_least_daily(db, stats_world):
    """A stale row and a missing one cancel out in the count check: the daily anti-join still
    removes the stale one."""
    system = Actor.system("test")
    con = duckdb.connect(str(stats_world.path))
    con.execute("INSERT INTO victims (case_key, agency_id) VALUES ('stale-pseudonym', 1)")
    con.execute("DELETE FROM victims WHERE case_key = ?", [cases.case_key(stats_world.own[5].id)])
    con.close()
    assert extract.refresh(db, system, stats_world.path).removed == 0  # counts agree: not checked
    con = duckdb.connect(str(stats_world.path))
    con.execute("UPDATE meta SET value = '2000-01-01T00:00:00+00:00' WHERE key = 'pruned_at'")
    con.close()
    assert extract.refresh(db, system, stats_world.path).removed == 1
    con = duckdb.connect(str(stats_world.path), read_only=True)
    assert con.execute("SELECT count(*) FROM victims WHERE case_key = 'stale-pseudonym'").fetchall() == [(0,)]
    con.close()


def test_a_case_committed_behind_the_watermark_is_read_when_counts_disagree(db, stats_world):
    """A transaction that commits after a refresh moved the watermark past its ``updated_at`` is
    never seen by the watermark; the count check finds the store short and reads that case."""
    late = _case(db, stats_world.world.actor("caseworker"), random.Random(9), 999)
    db.flush()
    db.execute(update(Case).where(Case.id == late.id).values(updated_at=datetime(2020, 1, 1, tzinfo=UTC)))
    db.flush()
    n = _keys(stats_world.path)["victims"]
    assert extract.refresh(db, Actor.system("test"), stats_world.path).removed == 0
    assert _has(stats_world.path, late) and _keys(stats_world.path)["victims"] == n + 1
    assert _keys(stats_world.path)["legs"] > 0
