"""Migration 0015 on a database that already holds free text (issue 13, item 8): places, hearing
purposes, courts, police stations and FIA circles typed before are encrypted in place; typed
industries become codes, the text kept encrypted; downgrade gives the text back; a keyring that
is not the database's is refused before anything changes. On SQLite, the replaced plaintext does
not survive in the file's free pages."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from conftest import PG_ADMIN_URL, _db_params, _pg_available

from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine
from rihai.migrations import alembic_config, upgrade

MARKER = "(TEST) Zeta Mills Karachi"
TYPED = {  # free text typed before the upgrade
    "place": f"{MARKER} place", "purpose": f"{MARKER} purpose", "court": f"{MARKER} court",
    "police_station": f"{MARKER} station", "fia_circle": f"{MARKER} circle"}
INDUSTRIES = {"Brick kilns": "C_Manufacturing", MARKER: "Other", "F_Construction": "F_Construction",
              "DomesticWork": "T_ActivitiesOfHouseholdsAsEmployers"}


@pytest.fixture(params=_db_params())
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rihai.db'}"
        return
    reason = _pg_available()
    if reason:
        pytest.skip(f"PostgreSQL not reachable ({reason})")
    name = f"rihai_m15_{secrets.token_hex(4)}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield re.sub(r"/[^/]+$", f"/{name}", PG_ADMIN_URL)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _filler(col: sa.Column) -> object:
    kind = col.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.DateTime):
        return datetime.now(UTC)
    if isinstance(kind, sa.Date):
        return date(2026, 1, 5)
    if isinstance(kind, sa.JSON):
        return []
    if isinstance(kind, sa.LargeBinary):
        return b""
    if isinstance(kind, sa.Integer):
        return 1
    return "x"


def _insert(conn: sa.Connection, meta: sa.MetaData, table: str, **values: object) -> None:
    t = meta.tables[table]
    row = {c.name: _filler(c) for c in t.columns
           if not c.nullable and c.server_default is None and c.name not in values}
    conn.execute(t.insert().values(**row, **values))


def _seed_0014(url: str, ring: Keyring) -> list[str]:
    """Rows as the 0014 schema held them, free text in plain columns. Returns the case ids."""
    engine = make_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    ids = []
    try:
        with engine.begin() as conn:
            meta = sa.MetaData()
            meta.reflect(conn, only=["agencies", "cases", "persons", "trafficking_events",
                                     "prosecution_tracks", "prosecution_hearings", "perpetrators",
                                     "tracing_requests"])
            _insert(conn, meta, "agencies", id=1, name="Migration Agency (TEST)")
            for n, industry in enumerate(INDUSTRIES, start=1):
                case_id = uuid.uuid4()
                key = case_id.hex if sqlite else case_id
                ids.append(case_id.hex)
                _insert(conn, meta, "cases", id=key, reference=f"RH-M15{n:04d}", owner_agency_id=1,
                        status="Active", trafficking_status="PossibleVictimOfTrafficking",
                        forced_labour_industry=industry, version=1)
                _insert(conn, meta, "persons", case_id=key, citizenship=["PK"], languages=[],
                        given_name=ring.encrypt(f"Migrated {n} (TEST)", "persons.given_name"))
                _insert(conn, meta, "trafficking_events", id=n, case_id=key, seq=1, event_type="Recruitment",
                        country="PK", place=TYPED["place"])
                _insert(conn, meta, "prosecution_tracks", case_id=key, stage="complaint", laws=[],
                        protection_needs=[], version=1, police_station=TYPED["police_station"],
                        court=TYPED["court"], fia_circle=TYPED["fia_circle"])
                _insert(conn, meta, "prosecution_hearings", id=n, case_id=key, hearing_on=date(2027, 1, 5),
                        purpose=TYPED["purpose"])
                _insert(conn, meta, "perpetrators", id=n, case_id=key, roles=[],
                        oep_licence="0696/RWP" if n % 2 else "ZETA/MILLS/KARACHI",
                        details=ring.encrypt("Met at the bus stand (TEST)", "perpetrators.details"))
            request_id = uuid.uuid4()
            _insert(conn, meta, "tracing_requests", id=request_id.hex if sqlite else request_id,
                    reference="TR-M15", recruiter_licence=MARKER, version=1)
    finally:
        engine.dispose()
    return ids


def _raw(url: str, sql: str) -> list[tuple]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


def _version(url: str) -> str:
    return _raw(url, "SELECT version_num FROM alembic_version")[0][0]


def _file_bytes(url: str) -> bytes:
    return b"".join(p.read_bytes() for p in Path(url.removeprefix("sqlite:///")).parent.iterdir()
                    if p.is_file())


def test_upgrade_encrypts_and_codes_in_place_and_downgrade_restores(url: str, keyring: Keyring) -> None:
    upgrade(url, "0014")
    _seed_0014(url, keyring)
    if url.startswith("sqlite"):
        assert MARKER.encode() in _file_bytes(url)  # the scan below sees plaintext where it is
    upgrade(url, "head")
    assert _version(url) != "0014"

    for table, column in [("trafficking_events", "place"), ("prosecution_hearings", "purpose"),
                          ("prosecution_tracks", "court"), ("prosecution_tracks", "police_station"),
                          ("prosecution_tracks", "fia_circle")]:
        values = [v for (v,) in _raw(url, f"SELECT {column} FROM {table}")]
        assert len(values) == len(INDUSTRIES)
        for blob in values:
            assert bytes(blob).startswith(b"R1"), (table, column)
            assert keyring.decrypt(bytes(blob), f"{table}.{column}") == TYPED[column]
    rows = _raw(url, "SELECT reference, forced_labour_industry, forced_labour_industry_other FROM cases "
                     "ORDER BY reference")
    for (ref, code, other), typed in zip(rows, INDUSTRIES, strict=True):
        assert code == INDUSTRIES[typed], ref
        if typed == code:
            assert other is None  # already a code: nothing to keep
        else:
            assert keyring.decrypt(bytes(other), "cases.forced_labour_industry_other") == typed

    licences = _raw(url, "SELECT oep_licence, details FROM perpetrators ORDER BY id")
    assert [r[0] for r in licences] == ["0696/RWP", None, "0696/RWP", None]
    assert keyring.decrypt(bytes(licences[1][1]), "perpetrators.details") == \
        "Met at the bus stand (TEST)\nOEP licence as recorded: ZETA/MILLS/KARACHI"
    assert keyring.decrypt(bytes(licences[0][1]), "perpetrators.details") == "Met at the bus stand (TEST)"
    [(licence, agency)] = _raw(url, "SELECT recruiter_licence, recruiter_agency FROM tracing_requests")
    assert licence is None
    assert keyring.decrypt(bytes(agency), "tracing_requests.recruiter_agency") == f"Licence as recorded: {MARKER}"

    if url.startswith("sqlite"):
        # The replaced plaintext is zeroed, not left in free pages (nor in a left-over log).
        assert MARKER.encode() not in _file_bytes(url)

    command.downgrade(alembic_config(url), "0014")
    assert _version(url) == "0014"
    assert sorted(_raw(url, "SELECT place FROM trafficking_events")) == [(TYPED["place"],)] * len(INDUSTRIES)
    assert {r[0] for r in _raw(url, "SELECT court FROM prosecution_tracks")} == {TYPED["court"]}
    assert {r[0] for r in _raw(url, "SELECT purpose FROM prosecution_hearings")} == {TYPED["purpose"]}
    restored = [r[0] for r in _raw(url, "SELECT forced_labour_industry FROM cases ORDER BY reference")]
    assert restored == list(INDUSTRIES)


def test_a_keyring_that_is_not_the_databases_is_refused_before_any_change(url: str, keyring: Keyring) -> None:
    upgrade(url, "0014")
    _seed_0014(url, keyring)
    install_keyring(Keyring.generate())
    try:
        with pytest.raises(RuntimeError, match="does not decrypt"):
            upgrade(url, "head")
    finally:
        install_keyring(keyring)
    assert _version(url) == "0014"
    assert {r[0] for r in _raw(url, "SELECT place FROM trafficking_events")} == {TYPED["place"]}
    assert {r[0] for r in _raw(url, "SELECT forced_labour_industry FROM cases")} == set(INDUSTRIES)


def test_an_empty_database_needs_no_keyring(url: str, keyring: Keyring) -> None:
    install_keyring(None)
    try:
        upgrade(url, "head")
        command.downgrade(alembic_config(url), "0014")
        upgrade(url, "head")
    finally:
        install_keyring(keyring)
