"""The analytical store: a DuckDB file fed incrementally from the case database.

It holds coded facts only (see ``cases.coded_facts``): no names, identifiers, contact
details, free text, case references or exact dates; months instead of dates, CTDC age bands
instead of ages, places at district level or above. Rows are keyed by a keyed pseudonym of the
case, and carry the owning agency id so that supervisors' views can be scoped in SQL.

How a refresh runs (the case database is read once per table, the shaping is DuckDB's):

1. the domains' sources stream raw coded columns (``cases.service.iter_case_facts`` …) in large
   batches into TEMP staging tables of this connection; the raw case id that links a case to its
   legs and perpetrators lives only there, never in a stored table;
2. one SQL statement per stored table shapes the staged rows (months, age bands, routes, lists)
   and replaces the changed cases' rows;
3. on an incremental refresh, rows of cases that no longer count (deleted, or the survivor
   declined statistics) are removed: the store's pseudonyms are anti-joined against those of
   every case that counts now (``eligible_case_keys``, read from the primary-key index).

Everything happens inside one DuckDB transaction, so a refresh is all or nothing and running it
twice changes nothing. The watermark per source is the newest ``updated_at`` seen (inclusive).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.cases import service as cases
from rihai.crypto import pseudonym_key_id
from rihai.db import make_private, owner_only
from rihai.stats import persons
from rihai.stats.privacy import AGE_BANDS

STORE_NAME = "stats.duckdb"
# ``meta.synthetic``: whether the statistics count synthetic records (a demo instance only).
SYNTHETIC_COUNTED, SYNTHETIC_EXCLUDED = "counted", "excluded"
PRUNE_EVERY = timedelta(hours=24)  # the longest a deleted case can hide behind a missing one
MEMORY_LIMIT = "2GB"  # for DuckDB during a refresh; the ceiling is 4 GB for the process
LIST = pa.list_(pa.string())
S, I64 = pa.string(), pa.int64()


def _schema(spec: str, types: dict[str, pa.DataType] | None = None) -> pa.Schema:
    """Columns named in ``spec``; text unless ``types`` says otherwise."""
    types = types or {}
    return pa.schema([(name, types.get(name, S)) for name in spec.split()])


VICTIMS = _schema(
    "case_key agency_id reg_year reg_month status trafficking_status decided_by sex gender age_band "
    "is_minor origin_province origin_district citizenship citizenships exploitation control recruitment "
    "apps relationship industry perpetrator_roles recruitment_country transit_countries "
    "exploitation_country route is_synthetic",
    {"agency_id": I64, "reg_year": I64, "is_minor": pa.bool_(), "is_synthetic": pa.bool_(),
     **dict.fromkeys(["citizenships", "exploitation", "control", "recruitment", "apps",
                      "perpetrator_roles", "transit_countries"], LIST)})
LEGS = _schema("case_key seq event_type country province district month", {"seq": I64})
PROSECUTIONS = _schema("case_key investigating_agency laws stage stage_month outcome outcome_month "
                       "opened_month", {"laws": LIST})
SUPPORT = _schema("case_key support_type status opened_month completed_month")
REFERRALS = _schema("referral_key case_key service urgency state end_reason consent_overridden month "
                    "response_hours", {"consent_overridden": pa.bool_(), "response_hours": I64})
# Cases linked as one person (``cases.service.person_links``): both pseudonyms, replaced whole.
PERSON_LINKS = _schema("case_key person_key")
TABLES = {"victims": VICTIMS, "legs": LEGS, "prosecutions": PROSECUTIONS, "support": SUPPORT,
          "referrals": REFERRALS, "person_links": PERSON_LINKS}

# What the sources hand over, staged as is (TEMP tables: never written to the store file). The
# case parts arrive as packed lines (``cases.service.FactBatch``) and are split here.
STAGED = {
    **{f"s_{part}": _schema("rid case_key line" if part == "cases" else "rid line")
       for part in cases.FACT_FIELDS},
    "s_prosecutions": _schema("case_key investigating_agency laws stage stage_on outcome outcome_on "
                              "opened_on"),
    "s_support": _schema("case_key support_type status opened_on completed_on"),
    "s_referrals": _schema("referral_key case_key service urgency state end_reason consent_overridden "
                           "month response_hours",
                           {"consent_overridden": pa.bool_(), "response_hours": I64}),
    "s_live": _schema("rid case_key"),
    "s_person_links": PERSON_LINKS,
}
_PAIR = pa.struct([("rid", S), ("line", S)])
_INTEGERS = {"agency_id", "age_trafficked", "age_estimate", "seq"}


def _unpack(part: str) -> str:
    """A view splitting a staged part's packed lines into its fields (DuckDB, all threads)."""
    fields = ", ".join(
        f"nullif(f[{i}], chr(30)){'::BIGINT' if name in _INTEGERS else ''} AS {name}"
        for i, name in enumerate(cases.FACT_FIELDS[part], start=1))
    keys = "rid, case_key" if part == "cases" else "rid"
    return (f"CREATE OR REPLACE TEMP VIEW u_{part} AS SELECT {keys}, {fields} "
            f"FROM (SELECT {keys}, string_split(line, chr(31)) AS f FROM s_{part})")


_DUCK = {S: "VARCHAR", I64: "BIGINT", pa.bool_(): "BOOLEAN", LIST: "VARCHAR[]"}


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_NAME


def _ddl(name: str, schema: pa.Schema, temp: bool = False) -> str:
    cols = ", ".join(f"{f.name} {_DUCK[f.type]}" for f in schema)
    return f"CREATE {'TEMP ' if temp else ''}TABLE IF NOT EXISTS {name} ({cols})"


_BANDS = " ".join(f"WHEN age <= {hi} THEN '{label}'" for lo, hi, label in AGE_BANDS)
_LIST = "'[\"VARCHAR\"]'"
_TRUE = "IN ('1', 'true', 't')"  # booleans arrive as text: SQLite 0/1, PostgreSQL true/false


def _json_list(col: str) -> str:
    return f"coalesce(from_json({col}, {_LIST}), [])"


# The raw case id (``rid``) only links the staged parts and is selected into nothing stored.
_SHAPE = {
    "legs": """
SELECT c.case_key, l.seq, l.event_type, l.country, l.province, l.district, substr(l.date, 1, 7) AS month
FROM u_legs l JOIN s_cases c USING (rid)""",
    "victims": f"""
WITH legs AS (
  SELECT rid, seq, event_type, country,
         lag(country) OVER (PARTITION BY rid ORDER BY seq) AS previous
  FROM u_legs
), route AS (
  SELECT rid,
    arg_min(country, seq) FILTER (WHERE event_type = 'Recruitment') AS recruitment_country,
    arg_min(country, seq) FILTER (WHERE event_type = 'Exploitation') AS exploitation_country,
    list_sort(list_distinct(list(country) FILTER (WHERE event_type = 'Transit'))) AS transit_countries,
    string_agg(country, '>' ORDER BY seq) FILTER (WHERE previous IS NULL OR previous <> country) AS route
  FROM legs GROUP BY rid
), perps AS (
  SELECT rid, list_sort(list_distinct(flatten(list({_json_list('roles')})))) AS roles
  FROM u_perpetrators GROUP BY rid
), c AS (
  SELECT *, coalesce(age_trafficked, age_estimate) AS age, coalesce(registered, created) AS reg,
         {_json_list('citizenship')} AS cits
  FROM u_cases LEFT JOIN u_persons USING (rid)
)
SELECT c.case_key, c.agency_id, substr(c.reg, 1, 4)::BIGINT AS reg_year,
  substr(c.reg, 1, 7) AS reg_month, c.status, c.trafficking_status, c.decided_by, c.sex, c.gender,
  CASE WHEN age IS NULL OR age < 0 THEN NULL {_BANDS} ELSE '48+' END AS age_band,
  coalesce(c.is_minor {_TRUE}, false) AS is_minor, c.origin_province, c.origin_district,
  c.cits[1] AS citizenship, c.cits AS citizenships,
  {_json_list('c.exploitation')} AS exploitation, {_json_list('c.control')} AS control,
  {_json_list('c.recruitment')} AS recruitment, {_json_list('c.apps')} AS apps,
  c.relationship, c.industry, coalesce(p.roles, []) AS perpetrator_roles,
  r.recruitment_country, coalesce(r.transit_countries, []) AS transit_countries,
  r.exploitation_country, r.route, coalesce(c.is_synthetic {_TRUE}, false) AS is_synthetic
FROM c LEFT JOIN route r USING (rid) LEFT JOIN perps p USING (rid)""",
    "prosecutions": f"""
SELECT case_key, investigating_agency, {_json_list('laws')} AS laws, stage,
       substr(stage_on, 1, 7) AS stage_month, outcome, substr(outcome_on, 1, 7) AS outcome_month,
       substr(opened_on, 1, 7) AS opened_month
FROM s_prosecutions""",
    "support": """
SELECT case_key, support_type, status, substr(opened_on, 1, 7) AS opened_month,
       substr(completed_on, 1, 7) AS completed_month
FROM s_support""",
    "referrals": """
SELECT * REPLACE (substr(month, 1, 7) AS month) FROM s_referrals""",
}


def connect(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        make_private(path)  # a store made before files were created 0600 (see ``refresh``)
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for name, schema in TABLES.items():
            con.execute(_ddl(name, schema))
        con.execute(persons.VIEW)
    return con


@dataclass
class RefreshResult:
    cases: int
    seconds: float
    watermarks: dict[str, str]
    removed: int = 0  # cases whose rows left the store (deleted, or no longer counted)


def _meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def _watermark(con: duckdb.DuckDBPyConnection, source: str) -> datetime | None:
    value = _meta(con, f"watermark:{source}")
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _stage(con: duckdb.DuckDBPyConnection, table: str, batches: Iterable[dict[str, list[Any]] | pa.Table],
           on_batch: Callable[[dict[str, list[Any]]], None] | None = None, *, clear: bool = True) -> int:
    """Append column batches to a TEMP staging table through Arrow (no Python row objects)."""
    schema = STAGED[table]
    if clear:
        con.execute(_ddl(table, schema, temp=True))
        con.execute(f"DELETE FROM {table}")
    n = 0
    for columns in batches:
        if on_batch:
            on_batch(columns)
        data = columns if isinstance(columns, pa.Table) else pa.Table.from_pydict(
            {f.name: columns.get(f.name) for f in schema}, schema=schema)
        con.register("staged_batch", data)
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM staged_batch")
        con.unregister("staged_batch")
        n += data.num_rows
    return n


def _columns(schema: pa.Schema, rows: list[tuple[Any, ...]]) -> dict[str, list[Any]]:
    return {f.name: [r[i] for r in rows] for i, f in enumerate(schema)}


def _replace(con: duckdb.DuckDBPyConnection, table: str, key: str, staged: str, *, full: bool) -> None:
    """Replace the staged keys' rows of ``table`` with the shaped staged rows."""
    if not full:
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM {staged})")
    con.execute(f"INSERT INTO {table} BY NAME {_SHAPE[table]}")


def _newest(values: list[datetime | None], mark: datetime | None) -> datetime | None:
    return max((v for v in (*values, mark) if v is not None), default=None)


def _refresh_cases(con: duckdb.DuckDBPyConnection, session: Session, actor: Actor, full: bool,
                   progress: Callable[[int], None] | None) -> tuple[int, datetime | None]:
    since = None if full else _watermark(con, "cases")
    # Read before the facts: a case changed while they stream is read again next time.
    newest = cases.newest_case_change(session, actor)
    n = _read_cases(con, session, actor, since=since, full=full, progress=progress)
    return n, newest if newest is not None else since


def _read_cases(con: duckdb.DuckDBPyConnection, session: Session, actor: Actor, *, full: bool = False,
                since: datetime | None = None, ids: list[str] | None = None,
                progress: Callable[[int], None] | None = None) -> int:
    for part in cases.FACT_FIELDS:
        con.execute(_ddl(f"s_{part}", STAGED[f"s_{part}"], temp=True))
        con.execute(f"DELETE FROM s_{part}")
        con.execute(_unpack(part))
    n = 0
    for batch in cases.iter_case_facts(session, actor, since=since, ids=ids):
        # (rid, line) pairs become Arrow columns in C++, without a Python loop over the rows.
        data = pa.Table.from_struct_array(pa.array(batch.rows, type=_PAIR))
        if batch.keys is not None:
            data = data.append_column("case_key", pa.array(batch.keys, S))
        _stage(con, f"s_{batch.part}", [data], clear=False)
        if batch.part == "cases":
            n += len(batch)
            if progress:
                progress(len(batch))
    _replace(con, "victims", "case_key", "s_cases", full=full)
    _replace(con, "legs", "case_key", "s_cases", full=full)
    return n


def _refresh_simple(con: duckdb.DuckDBPyConnection, table: str, key: str, batches: Iterable[dict[str, list[Any]]],
                    *, full: bool, since: datetime | None) -> datetime | None:
    mark = [since]

    def seen(columns: dict[str, list[Any]]) -> None:
        if "updated_at" in columns:
            mark[0] = _newest(columns["updated_at"], mark[0])

    _stage(con, f"s_{table}", batches, seen)
    _replace(con, table, key, f"s_{table}", full=full)
    return mark[0]


def _prune(con: duckdb.DuckDBPyConnection, session: Session, actor: Actor) -> tuple[int, int]:
    """Remove the rows of cases that no longer count, and read the cases that count but are
    missing (a transaction that committed after a refresh had moved the watermark past its
    ``updated_at``): an anti-join, both ways, of the store's pseudonyms against those of every
    case that counts now (~4 s at a million cases: every id is hashed). Returns (removed, added).

    It runs when the count of cases that count differs from the store's, and at least once every
    ``PRUNE_EVERY``, in case a missing case and a deleted one cancel out in the count."""
    stored = int(con.execute("SELECT count(*) FROM victims").fetchall()[0][0])
    last = _meta(con, "pruned_at")
    due = last is None or datetime.now(UTC) - datetime.fromisoformat(last) >= PRUNE_EVERY
    if not due and stored == cases.count_eligible_cases(session, actor):
        return 0, 0
    _stage(con, "s_live", ({"rid": rids, "case_key": keys}
                           for rids, keys in cases.eligible_case_keys(session, actor)))
    gone = "case_key NOT IN (SELECT case_key FROM s_live)"
    removed = int(con.execute(f"SELECT count(*) FROM victims WHERE {gone}").fetchall()[0][0])
    for table in TABLES:
        con.execute(f"DELETE FROM {table} WHERE {gone}")
    missing = [r for (r,) in con.execute(
        "SELECT rid FROM s_live WHERE case_key NOT IN (SELECT case_key FROM victims)").fetchall()]
    con.execute("DELETE FROM s_live")
    added = 0
    for start in range(0, len(missing), 1000):
        added += _read_cases(con, session, actor, ids=missing[start:start + 1000])
    _pruned(con)
    return removed, added


def _pruned(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES ('pruned_at', ?)",
                [datetime.now(UTC).isoformat(timespec="seconds")])


# The store and the write-ahead log DuckDB recreates after each checkpoint are 0600 (issue 13).
@owner_only()
def refresh(session: Session, actor: Actor, path: Path, *, full: bool = False,
            progress: Callable[[int], None] | None = None, synthetic: bool = False) -> RefreshResult:
    """Bring the store up to date. Who may call: the CLI (system actor) or an analyst; the
    source functions check ``stats:aggregate:read``. Invariants: a case's rows in the store are
    replaced as a whole, so running twice changes nothing; after any refresh the store holds
    only cases that count now (deleted cases and declined consent leave it). ``synthetic``
    (a demo instance's ``settings.demo``) makes the statistics count synthetic records;
    otherwise every query leaves them out (``service.where_clause``)."""
    from rihai.referrals import service as referrals

    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    con = connect(path)
    marks: dict[str, str] = {}
    removed = 0
    try:
        # Pseudonyms are made with the keyring's active key: after a rotation every case_key
        # changes, so an incremental refresh would see the whole store as deleted. Rebuild.
        key_id = pseudonym_key_id()
        full = full or _meta(con, "pseudonym_key") != key_id
        # Bounded memory: a million cases' staged lines and the shaping joins fit in this, and
        # DuckDB spills past it rather than growing (rows keep no insertion order to respect).
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        con.execute("SET preserve_insertion_order = false")
        con.execute("BEGIN")
        if full:
            for name in TABLES:
                con.execute(f"DELETE FROM {name}")
        n, mark = _refresh_cases(con, session, actor, full, progress)
        found: dict[str, datetime | None] = {"cases": mark}
        since = None if full else _watermark(con, "prosecutions")
        found["prosecutions"] = _refresh_simple(
            con, "prosecutions", "case_key", cases.iter_prosecution_facts(session, actor, since=since),
            full=full, since=since)
        # Support-plan items carry no change timestamp: replaced whole every time.
        con.execute("DELETE FROM support")
        _refresh_simple(con, "support", "case_key", cases.iter_support_facts(session, actor), full=True,
                        since=None)
        # Links are few and change without touching a case: replaced whole every time.
        con.execute("DELETE FROM person_links")
        _stage(con, "s_person_links", [_columns(PERSON_LINKS, cases.person_links(session, actor))])
        con.execute("INSERT INTO person_links SELECT * FROM s_person_links")
        since = None if full else _watermark(con, "referrals")
        found["referrals"] = _refresh_simple(
            con, "referrals", "referral_key", referrals.iter_referral_facts(session, actor, since=since),
            full=full, since=since)
        if full:
            _pruned(con)  # a rebuild holds nothing else
        else:
            removed, added = _prune(con, session, actor)
            n += added
        for source, value in found.items():
            if value is not None:
                marks[source] = value.isoformat()
                con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [f"watermark:{source}", marks[source]])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('pseudonym_key', ?)", [key_id])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('synthetic', ?)",
                    [SYNTHETIC_COUNTED if synthetic else SYNTHETIC_EXCLUDED])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('refreshed_at', ?)",
                    [datetime.now(UTC).isoformat(timespec="seconds")])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    audit.record(session, actor, AuditTag.STATS_EXTRACT_REFRESH, subject_type="stats_store",
                 fields=list(TABLES))
    return RefreshResult(n, time.perf_counter() - started, marks, removed)
