"""The analytical store: a DuckDB file fed incrementally from the case database.

It holds coded facts only (see ``cases.analytics_source``): no names, identifiers, contact
details, free text, case references or exact dates; months instead of dates, CTDC age bands
instead of ages, places at district level or above. Rows are keyed by a keyed pseudonym of the
case, and carry the owning agency id so that supervisors' views can be scoped in SQL.

Each source is one ``Source``: its DuckDB schemas and one function yielding batches of rows
(each with a key and ``updated_at``), built on that domain's service: cases (victims, route legs),
prosecutions and support-plan items (``cases.service``), referrals (``referrals.service``). A refresh reads what changed since the watermark
(``updated_at`` of the last row seen), replaces those cases' rows, and is idempotent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.cases import service as cases
from rihai.stats.privacy import AGE_BANDS

STORE_NAME = "stats.duckdb"
LIST = pa.list_(pa.string())

VICTIMS = pa.schema([
    ("case_key", pa.string()), ("agency_id", pa.int64()), ("reg_year", pa.int64()),
    ("reg_month", pa.string()), ("status", pa.string()), ("trafficking_status", pa.string()),
    ("decided_by", pa.string()), ("sex", pa.string()), ("gender", pa.string()),
    ("age_band", pa.string()), ("is_minor", pa.bool_()), ("origin_province", pa.string()),
    ("origin_district", pa.string()), ("citizenship", pa.string()), ("citizenships", LIST),
    ("exploitation", LIST), ("control", LIST), ("recruitment", LIST), ("apps", LIST),
    ("relationship", pa.string()), ("industry", pa.string()), ("perpetrator_roles", LIST),
    ("recruitment_country", pa.string()), ("transit_countries", LIST),
    ("exploitation_country", pa.string()), ("route", pa.string()), ("is_synthetic", pa.bool_()),
])
LEGS = pa.schema([("case_key", pa.string()), ("seq", pa.int64()), ("event_type", pa.string()),
                  ("country", pa.string()), ("province", pa.string()), ("district", pa.string()),
                  ("month", pa.string())])
_DUCK = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.bool_(): "BOOLEAN", LIST: "VARCHAR[]"}


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_NAME


def _ddl(name: str, schema: pa.Schema) -> str:
    cols = ", ".join(f"{f.name} {_DUCK[f.type]}" for f in schema)
    return f"CREATE TABLE IF NOT EXISTS {name} ({cols})"


@dataclass(frozen=True)
class Source:
    """One domain's contribution: its tables (name -> schema), the column that keys its rows, and
    a function yielding ``(keys, newest updated_at, {table: rows})`` batches. The rows with those
    keys are replaced. A source without change timestamps (``incremental=False``) is replaced
    whole on every refresh."""

    name: str
    tables: dict[str, pa.Schema]
    fetch: Callable[[Session, Actor, datetime | None], Iterator[tuple[list[str], datetime | None,
                                                                      dict[str, list[dict[str, Any]]]]]]
    key: str = "case_key"
    incremental: bool = True


_BANDS = " ".join(f"WHEN age <= {hi} THEN '{label}'" for lo, hi, label in AGE_BANDS)
_LIST = "'[\"VARCHAR\"]'"
# Shapes one raw batch (registered as b_cases, b_legs, b_perps) into the stored rows. The raw case
# id (``rid``) only links the three parts and is not selected into anything stored.
_SHAPE_LEGS = """
SELECT c.case_key, l.seq::BIGINT AS seq, l.event_type, l.country, l.province, l.district,
       substr(l.date, 1, 7) AS month
FROM b_legs l JOIN b_cases c USING (rid)
"""
_SHAPE_VICTIMS = f"""
WITH legs AS (
  SELECT rid, seq, event_type, country,
         lag(country) OVER (PARTITION BY rid ORDER BY seq) AS previous
  FROM b_legs
), route AS (
  SELECT rid,
    arg_min(country, seq) FILTER (WHERE event_type = 'Recruitment') AS recruitment_country,
    arg_min(country, seq) FILTER (WHERE event_type = 'Exploitation') AS exploitation_country,
    list_sort(list_distinct(list(country) FILTER (WHERE event_type = 'Transit'))) AS transit_countries,
    string_agg(country, '>' ORDER BY seq) FILTER (WHERE previous IS NULL OR previous <> country) AS route
  FROM legs GROUP BY rid
), perps AS (
  SELECT rid, list_sort(list_distinct(flatten(list(coalesce(from_json(roles, {_LIST}), []))))) AS roles
  FROM b_perps GROUP BY rid
), c AS (
  SELECT *, coalesce(age_trafficked, age_estimate) AS age, coalesce(registered, created) AS reg,
         coalesce(from_json(citizenship, {_LIST}), []) AS cits
  FROM b_cases
)
SELECT c.case_key, c.agency_id::BIGINT AS agency_id, substr(c.reg, 1, 4)::BIGINT AS reg_year,
  substr(c.reg, 1, 7) AS reg_month, c.status, c.trafficking_status, c.decided_by, c.sex, c.gender,
  CASE WHEN age IS NULL OR age < 0 THEN NULL {_BANDS} ELSE '48+' END AS age_band,
  coalesce(c.is_minor, false) AS is_minor, c.origin_province, c.origin_district,
  c.cits[1] AS citizenship, c.cits AS citizenships,
  coalesce(from_json(c.exploitation, {_LIST}), []) AS exploitation,
  coalesce(from_json(c.control, {_LIST}), []) AS control,
  coalesce(from_json(c.recruitment, {_LIST}), []) AS recruitment,
  coalesce(from_json(c.apps, {_LIST}), []) AS apps,
  c.relationship, c.industry, coalesce(p.roles, []) AS perpetrator_roles,
  r.recruitment_country, coalesce(r.transit_countries, []) AS transit_countries,
  r.exploitation_country, r.route, coalesce(c.is_synthetic, false) AS is_synthetic
FROM c LEFT JOIN route r USING (rid) LEFT JOIN perps p USING (rid)
"""


def _fetch_cases(session: Session, actor: Actor, since: datetime | None):  # type: ignore[no-untyped-def]
    shaper = duckdb.connect()
    try:
        for batch in cases.iter_case_facts(session, actor, since=since):
            shaper.register("b_cases", pa.table(batch.cases))
            shaper.register("b_legs", pa.table(batch.legs, schema=pa.schema(
                [("rid", pa.string()), ("seq", pa.int64()), ("event_type", pa.string()),
                 ("country", pa.string()), ("province", pa.string()), ("district", pa.string()),
                 ("date", pa.string())])))
            shaper.register("b_perps", pa.table(batch.perpetrators, schema=pa.schema(
                [("rid", pa.string()), ("roles", pa.string())])))
            victims = shaper.sql(_SHAPE_VICTIMS).to_arrow_table().cast(VICTIMS)
            legs = shaper.sql(_SHAPE_LEGS).to_arrow_table().cast(LEGS)
            yield batch.cases["case_key"], batch.newest, {"victims": victims, "legs": legs}
    finally:
        shaper.close()


def _simple(table: str, key: str, batches):  # type: ignore[no-untyped-def]
    for batch in batches:
        newest = max((r["updated_at"] for r in batch if r.get("updated_at")), default=None)
        yield [r[key] for r in batch], newest, {table: batch}


PROSECUTIONS = pa.schema([("case_key", pa.string()), ("investigating_agency", pa.string()), ("laws", LIST),
                          ("stage", pa.string()), ("stage_month", pa.string()), ("outcome", pa.string()),
                          ("outcome_month", pa.string()), ("opened_month", pa.string())])
SUPPORT = pa.schema([("case_key", pa.string()), ("support_type", pa.string()), ("status", pa.string()),
                     ("opened_month", pa.string()), ("completed_month", pa.string())])
REFERRALS = pa.schema([("referral_key", pa.string()), ("case_key", pa.string()), ("service", pa.string()),
                       ("urgency", pa.string()), ("state", pa.string()), ("end_reason", pa.string()),
                       ("consent_overridden", pa.bool_()), ("month", pa.string()),
                       ("response_hours", pa.int64())])


def _fetch_referrals(session: Session, actor: Actor, since: datetime | None):  # type: ignore[no-untyped-def]
    from rihai.referrals import service as referrals

    return _simple("referrals", "referral_key", referrals.iter_referral_facts(session, actor, since=since))


SOURCES: list[Source] = [
    Source("cases", {"victims": VICTIMS, "legs": LEGS}, _fetch_cases),
    Source("prosecutions", {"prosecutions": PROSECUTIONS},
           lambda s, a, since: _simple("prosecutions", "case_key",
                                       cases.iter_prosecution_facts(s, a, since=since))),
    Source("support", {"support": SUPPORT},
           lambda s, a, since: _simple("support", "case_key", cases.iter_support_facts(s, a)),
           incremental=False),
    Source("referrals", {"referrals": REFERRALS}, _fetch_referrals, key="referral_key"),
]


def connect(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for src in SOURCES:
            for name, schema in src.tables.items():
                con.execute(_ddl(name, schema))
    return con


@dataclass
class RefreshResult:
    cases: int
    seconds: float
    watermarks: dict[str, str]


def _watermark(con: duckdb.DuckDBPyConnection, source: str) -> datetime | None:
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [f"watermark:{source}"]).fetchall()
    if not rows:
        return None
    value = datetime.fromisoformat(rows[0][0])
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def refresh(session: Session, actor: Actor, path: Path, *, full: bool = False,
            progress: Callable[[int], None] | None = None) -> RefreshResult:
    """Bring the store up to date. Who may call: the CLI (system actor) or an analyst; the
    source functions check ``stats:aggregate:read``. Invariant: a case's rows in the store are
    replaced as a whole, so running twice changes nothing."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    con = connect(path)
    n, marks = 0, {}
    try:
        con.execute("BEGIN")
        for src in SOURCES:
            if full or not src.incremental:
                for name in src.tables:
                    con.execute(f"DELETE FROM {name}")
            since = None if full or not src.incremental else _watermark(con, src.name)
            mark = since
            for keys, newest, rows in src.fetch(session, actor, since):
                con.register("changed", pa.table({"k": pa.array(keys, pa.string())}))
                for name, schema in src.tables.items():
                    con.execute(f"DELETE FROM {name} WHERE {src.key} IN (SELECT k FROM changed)")
                    data = rows.get(name)
                    if isinstance(data, pa.Table) or data:
                        con.register("batch", data if isinstance(data, pa.Table) else pa.Table.from_pylist(
                            [{f.name: r.get(f.name) for f in schema} for r in data], schema=schema))
                        con.execute(f"INSERT INTO {name} SELECT * FROM batch")
                        con.unregister("batch")
                con.unregister("changed")
                if newest is not None and (mark is None or newest > mark):
                    mark = newest
                n += len(keys) if src.name == "cases" else 0
                if progress and src.name == "cases":
                    progress(len(keys))
            if mark is not None:
                marks[src.name] = mark.isoformat()
                con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                            [f"watermark:{src.name}", mark.isoformat()])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('refreshed_at', ?)",
                    [datetime.now(UTC).isoformat(timespec="seconds")])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    audit.record(session, actor, AuditTag.STATS_EXTRACT_REFRESH, subject_type="stats_store",
                 fields=[name for src in SOURCES for name in src.tables])
    return RefreshResult(n, time.perf_counter() - started, marks)
