"""cases: every free-text column coded or encrypted (issue 13)

Free text typed into five plain columns becomes ciphertext in place: a route leg's place, a
hearing's purpose, and a prosecution track's police station, FIA circle and court. The forced-labour
industry becomes an HTCDS code (ISIC section, or "Other"); what was typed before, when it was not
already a code, is kept encrypted in ``cases.forced_labour_industry_other``. Licence numbers stay
plain but must now look like one: a perpetrator's OEP licence or a family's recruiter licence that
does not is moved into the record's encrypted text (details, recruiter agency) and cleared.

The conversion needs the keyring, found the way the app finds it: the one installed in this
process (``rihai demo``, the tests), else ``RIHAI_KEYRING`` / ``RIHAI_KEY_FILE``, else the
``keyring.json`` beside the SQLite database (``rihai db upgrade --data-dir``), else the data
directory's. A database with nothing to convert needs no keyring. Before writing, the keyring must
decrypt a value already in the database, so a wrong keyring can never make data unreadable.

Values are moved column by column (new column, copy, drop, rename) with plain ``ALTER TABLE``:
SQLite (3.35+) drops and renames a column in place, where a batch "recreate" would drop and
re-create ``prosecution_tracks`` and cascade-delete its hearings with foreign keys on.

After upgrading: rebuild the statistics store (``rihai stats refresh --full``), whose rows of
cases not changed since still carry the industry as it was typed; on PostgreSQL, ``VACUUM FULL
cases, trafficking_events, prosecution_tracks, prosecution_hearings, perpetrators,
tracing_requests`` so the old row versions holding the plaintext are gone from the data files
(SQLite zeroes them as it goes, below). ``docs/operations.md`` says the same for operators.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 22:00:00
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# (table, column, primary key, plain length before): the column's name is the encryption context
# (``rihai.crypto.Encrypted("<table>.<column>")``), frozen here as the models declare it today.
ENCRYPTED = [
    ("trafficking_events", "place", "id", 120),
    ("prosecution_hearings", "purpose", "id", 120),
    ("prosecution_tracks", "police_station", "case_id", 120),
    ("prosecution_tracks", "fia_circle", "case_id", 80),
    ("prosecution_tracks", "court", "case_id", 160),
]
OTHER = "cases.forced_labour_industry_other"
BATCH = 2000
# Licence numbers stay plain (they link records), so from now on only the BE&OE's shape is
# accepted (cases.schemas.OepLicence). Anything else typed before moves into the record's encrypted
# free text: (table, primary key, licence column, encrypted column, how the moved text starts).
LICENCE = re.compile(r"(?:[A-Za-z]{1,5}[ /-]*)?[0-9]{1,6}(?:[ /-]*[A-Za-z]{1,5})?")
LICENCES = [
    ("perpetrators", "id", "oep_licence", "details", "OEP licence as recorded: "),
    ("tracing_requests", "id", "recruiter_licence", "recruiter_agency", "Licence as recorded: "),
]

# HTCDS vic_ForcedLabourIndustry as of this revision (cases.codes.ForcedLabourIndustry).
CODES = frozenset({
    "A_AgricultureForestryAndFishing", "B_MiningAndQuarrying", "C_Manufacturing",
    "D_ElectricityGasSteamAndAirConditioningSupply", "E_WaterSupplySewerageWasteManagement",
    "F_Construction", "G_WholesaleAndRetailTradeRepairOfMotorVehicles", "H_TransportationAndStorage",
    "I_AccommodationAndFoodServiceActivities", "J_InformationAndCommunication",
    "K_FinancialAndInsuranceActivities", "L_RealEstateActivities",
    "M_ProfessionalScientificAndTechnicalActivities", "N_AdministrativeAndSupportServiceActivities",
    "O_PublicAdministrationAndDefence", "P_Education", "Q_HumanHealthAndSocialWorkActivities",
    "R_ArtsEntertainmentAndRecreation", "S_OtherServiceActivities", "T_ActivitiesOfHouseholdsAsEmployers",
    "U_ActivitiesOfExtraterritorialOrganizations", "Other"})
# Words found in industries typed before (the demo's synthetic vocabulary and common answers),
# lower-cased with spaces, dashes and underscores removed; anything else is "Other".
WORDS = {
    "agriculture": "A_AgricultureForestryAndFishing", "farm": "A_AgricultureForestryAndFishing",
    "farming": "A_AgricultureForestryAndFishing", "fishing": "A_AgricultureForestryAndFishing",
    "forestry": "A_AgricultureForestryAndFishing", "mining": "B_MiningAndQuarrying",
    "quarry": "B_MiningAndQuarrying", "manufacturing": "C_Manufacturing", "factory": "C_Manufacturing",
    "brickkiln": "C_Manufacturing", "brickkilns": "C_Manufacturing", "carpetweaving": "C_Manufacturing",
    "textiles": "C_Manufacturing", "construction": "F_Construction", "retail": "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
    "peddling": "G_WholesaleAndRetailTradeRepairOfMotorVehicles", "transport": "H_TransportationAndStorage",
    "transportation": "H_TransportationAndStorage", "hospitality": "I_AccommodationAndFoodServiceActivities",
    "restaurant": "I_AccommodationAndFoodServiceActivities", "hotel": "I_AccommodationAndFoodServiceActivities",
    "domesticwork": "T_ActivitiesOfHouseholdsAsEmployers", "domesticservant": "T_ActivitiesOfHouseholdsAsEmployers",
    "domestic": "T_ActivitiesOfHouseholdsAsEmployers", "householdwork": "T_ActivitiesOfHouseholdsAsEmployers",
}


def industry_code(text: str) -> str:
    """A code for an industry as it was typed: itself when already a code, else a known word's."""
    if text in CODES:
        return text
    key = "".join(ch for ch in text.lower() if ch.isalnum())
    by_key = {"".join(ch for ch in c.lower() if ch.isalnum()): c for c in CODES}
    return by_key.get(key) or WORDS.get(key) or "Other"


# -- the keyring ----------------------------------------------------------------------------------

def _candidates(bind: sa.Connection) -> Iterator[Callable[[], Any]]:
    from rihai.crypto import Keyring, current_keyring
    from rihai.settings import Settings

    yield current_keyring
    settings = Settings()
    if settings.keyring is not None:
        yield lambda: Keyring.from_json(settings.keyring.get_secret_value())  # type: ignore[union-attr]
    if settings.key_file is not None:
        yield lambda: Keyring.load(settings.key_file)  # type: ignore[arg-type]
    database = bind.engine.url.database if bind.dialect.name == "sqlite" else None
    if database and database != ":memory:":
        yield lambda: Keyring.load(Path(database).parent / "keyring.json")
    yield lambda: Keyring.load(settings.resolved_key_file)


def _keyring(bind: sa.Connection) -> Any:
    from rihai.crypto import KeyringError

    ring = None
    for load in _candidates(bind):
        try:
            ring = load()
            break
        except (KeyringError, OSError):
            continue
    if ring is None:
        raise RuntimeError("migration 0015 encrypts existing values and needs the keyring: run it "
                           "with the data directory holding keyring.json, or set RIHAI_KEY_FILE or "
                           "RIHAI_KEYRING")
    # A keyring that cannot read what is already encrypted is not this database's: stop before
    # writing anything with it.
    persons = sa.table("persons", sa.column("given_name", sa.LargeBinary))
    sample = bind.execute(sa.select(persons.c.given_name).where(persons.c.given_name.is_not(None))
                          .limit(1)).scalar()
    if sample is not None:
        try:
            ring.decrypt(bytes(sample), "persons.given_name")
        except KeyringError as exc:
            raise RuntimeError("the keyring found does not decrypt this database's values; "
                               "migration 0015 stopped before changing anything") from exc
    return ring


# -- moving a column ------------------------------------------------------------------------------

def _q(name: str) -> str:
    return op.get_bind().dialect.identifier_preparer.quote(name)


def _count(bind: sa.Connection, table: str, column: str) -> int:
    t = sa.table(table, sa.column(column))
    return bind.execute(sa.select(sa.func.count()).select_from(t).where(t.c[column].is_not(None))).scalar() or 0


def _convert(bind: sa.Connection, table: str, pk: str, source: str, target: str,
             source_type: Any, target_type: Any, fn: Callable[[Any], Any]) -> None:
    """target = fn(source) for every row where source is set, a page at a time in key order."""
    t = sa.table(table, sa.column(pk), sa.column(source, source_type), sa.column(target, target_type))
    stmt = sa.update(t).where(t.c[pk] == sa.bindparam("k")).values({target: sa.bindparam("v", type_=target_type)})
    last = None
    while True:
        page = sa.select(t.c[pk], t.c[source]).where(t.c[source].is_not(None)).order_by(t.c[pk]).limit(BATCH)
        if last is not None:
            page = page.where(t.c[pk] > last)
        rows = bind.execute(page).all()
        if not rows:
            return
        bind.execute(stmt, [{"k": key, "v": fn(value)} for key, value in rows])
        last = rows[-1][0]


def _replace(table: str, column: str, new: str) -> None:
    """Drop ``column`` and give ``new`` its name (plain ALTER TABLE on both databases)."""
    op.execute(f"ALTER TABLE {_q(table)} DROP COLUMN {_q(column)}")
    op.execute(f"ALTER TABLE {_q(table)} RENAME COLUMN {_q(new)} TO {_q(column)}")


def _needs_keyring(bind: sa.Connection, columns: list[tuple[str, str]]) -> bool:
    return any(_count(bind, table, column) for table, column in columns)


def _unshaped(bind: sa.Connection, table: str, pk: str, column: str) -> list[tuple[Any, str]]:
    t = sa.table(table, sa.column(pk), sa.column(column, sa.String))
    rows = bind.execute(sa.select(t.c[pk], t.c[column]).where(t.c[column].is_not(None))).all()
    return [(key, text) for key, text in rows if not LICENCE.fullmatch(text)]


def _move_licences(bind: sa.Connection, ring: Any, table: str, pk: str, column: str, target: str,
                   lead: str, rows: list[tuple[Any, str]]) -> None:
    """Append each unshaped licence to the row's encrypted text and clear the plain column. (Not
    undone by the downgrade: the text stays where it was moved, encrypted.)"""
    context = f"{table}.{target}"
    t = sa.table(table, sa.column(pk), sa.column(column, sa.String), sa.column(target, sa.LargeBinary))
    for key, text in rows:
        before = bind.execute(sa.select(t.c[target]).where(t.c[pk] == key)).scalar()
        kept = ring.decrypt(bytes(before), context) if before is not None else ""
        moved = f"{kept}\n{lead}{text}" if kept else f"{lead}{text}"
        bind.execute(sa.update(t).where(t.c[pk] == key).values({column: None, target: ring.encrypt(moved, context)}))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Zero the space the plaintext leaves behind instead of leaving it in free pages. (On
        # PostgreSQL the old row versions stay until VACUUM: see the docstring.)
        op.execute("PRAGMA secure_delete = ON")
    cases = sa.table("cases", sa.column("id"), sa.column("forced_labour_industry", sa.String))
    typed = [(key, text) for key, text in bind.execute(
        sa.select(cases.c.id, cases.c.forced_labour_industry)
        .where(cases.c.forced_labour_industry.is_not(None)))
        if text not in CODES]
    wanted = [(t, c) for t, c, _, _ in ENCRYPTED]
    licences = [(spec, _unshaped(bind, *spec[:3])) for spec in LICENCES]
    moving = any(rows for _, rows in licences)
    ring = _keyring(bind) if typed or moving or _needs_keyring(bind, wanted) else None
    for (table, pk, column, target, lead), rows in licences:
        _move_licences(bind, ring, table, pk, column, target, lead, rows)

    for table, column, pk, _ in ENCRYPTED:
        new = f"{column}_ct"
        op.add_column(table, sa.Column(new, sa.LargeBinary(), nullable=True))
        context = f"{table}.{column}"
        _convert(bind, table, pk, column, new, sa.String(), sa.LargeBinary(),
                 lambda value, context=context: ring.encrypt(str(value), context))
        _replace(table, column, new)

    op.add_column("cases", sa.Column("forced_labour_industry_other", sa.LargeBinary(), nullable=True))
    if typed:
        full = sa.table("cases", sa.column("id"), sa.column("forced_labour_industry", sa.String),
                        sa.column("forced_labour_industry_other", sa.LargeBinary))
        stmt = sa.update(full).where(full.c.id == sa.bindparam("k")).values(
            forced_labour_industry=sa.bindparam("code"),
            forced_labour_industry_other=sa.bindparam("other", type_=sa.LargeBinary()))
        for start in range(0, len(typed), BATCH):
            bind.execute(stmt, [{"k": key, "code": industry_code(text), "other": ring.encrypt(text, OTHER)}
                                for key, text in typed[start:start + BATCH]])


def downgrade() -> None:
    bind = op.get_bind()
    wanted = [(t, c) for t, c, _, _ in ENCRYPTED] + [("cases", "forced_labour_industry_other")]
    ring = _keyring(bind) if _needs_keyring(bind, wanted) else None

    if ring is not None:
        # The industry as it was typed goes back where it was (cut to the old column's length).
        _convert(bind, "cases", "id", "forced_labour_industry_other", "forced_labour_industry",
                 sa.LargeBinary(), sa.String(),
                 lambda blob: ring.decrypt(bytes(blob), OTHER)[:64])
    op.execute(f"ALTER TABLE {_q('cases')} DROP COLUMN {_q('forced_labour_industry_other')}")

    for table, column, pk, length in reversed(ENCRYPTED):
        new = f"{column}_pt"
        op.add_column(table, sa.Column(new, sa.String(length=length), nullable=True))
        context = f"{table}.{column}"
        _convert(bind, table, pk, column, new, sa.LargeBinary(), sa.String(),
                 lambda blob, context=context, length=length: ring.decrypt(bytes(blob), context)[:length])
        _replace(table, column, new)
