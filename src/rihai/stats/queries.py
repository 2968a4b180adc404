"""Counts over the analytical store, scoped and suppressed, and the checks that keep filters from
isolating anyone (re-exported by ``service.py``). Releases are in ``release.py``, the report in
``report.py``; both count through here.

Scope: analysts (and the CLI) see every agency; a supervisor sees the cases their own agency
owns. The scope is a SQL condition on ``agency_id`` in every query; nobody else sees anything.
Every number leaving this module has been through small-cell and complementary suppression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import duckdb

from rihai.access.actors import Actor
from rihai.access.permissions import Permission, Role
from rihai.access.service import require
from rihai.errors import Forbidden, Invalid, ServiceUnavailable
from rihai.stats import extract
from rihai.stats.privacy import AGE_BAND_ORDER, DEFAULT_K, SMALL_CELL, suppress, suppress_series

UNKNOWN = "NotRecorded"
MIN_POPULATION = DEFAULT_K  # a filtered view must cover at least this many people


@dataclass(frozen=True)
class Dimension:
    key: str
    title: str
    expr: str  # a column of ``victims`` (and of ``persons``)
    is_list: bool = False
    order: tuple[str, ...] = ()  # fixed order (age bands); otherwise by count
    by_label: bool = False  # years and months: in order of the label
    table: str = "victims"  # other tables are joined to the victims they concern by case_key


DIMENSIONS: dict[str, Dimension] = {d.key: d for d in [
    Dimension("year", "Victims by year of registration", "CAST(reg_year AS VARCHAR)", by_label=True),
    Dimension("month", "Victims by month of registration", "reg_month", by_label=True),
    Dimension("sex", "Sex", "sex"),
    Dimension("gender", "Gender", "gender"),
    Dimension("age", "Age band (CTDC)", "age_band", order=tuple(AGE_BAND_ORDER)),
    Dimension("province", "Province of origin", "origin_province"),
    Dimension("district", "District of origin", "origin_district"),
    Dimension("citizenship", "Citizenship", "citizenship"),
    Dimension("destination", "Country of exploitation", "exploitation_country"),
    Dimension("transit", "Transit countries", "transit_countries", is_list=True),
    Dimension("route", "Routes (countries in order)", "route"),
    Dimension("exploitation", "Type of exploitation", "exploitation", is_list=True),
    Dimension("control", "Means of control", "control", is_list=True),
    Dimension("recruitment", "Method of recruitment", "recruitment", is_list=True),
    Dimension("relationship", "Relationship to the recruiter", "relationship"),
    Dimension("status", "Identification status", "trafficking_status"),
    Dimension("referral_service", "Referrals by service", "service", table="referrals"),
    Dimension("referral_state", "Referrals by state", "state", table="referrals"),
    Dimension("support_type", "Support-plan items by type", "support_type", table="support"),
    Dimension("prosecution_stage", "Prosecutions by stage", "stage", table="prosecutions",
              order=("complaint", "inquiry", "fir", "investigation", "challan", "trial", "judgment",
                     "appeal")),
    Dimension("prosecution_outcome", "Prosecutions by outcome", "outcome", table="prosecutions"),
]}
DASHBOARD = ["year", "month", "sex", "gender", "age", "province", "district", "destination", "transit",
             "exploitation", "control", "recruitment", "relationship", "status", "referral_service",
             "referral_state", "support_type", "prosecution_stage", "prosecution_outcome"]


@dataclass(frozen=True)
class Filters:
    year_from: int | None = None
    year_to: int | None = None
    province: str | None = None
    exploitation: str | None = None
    gender: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}

    def where(self, skip: Iterable[str] = ()) -> tuple[list[str], list[Any]]:
        skip = set(skip)
        sql: list[str] = []
        params: list[Any] = []
        if "year" not in skip:
            if self.year_from is not None:
                sql.append("reg_year >= ?")
                params.append(self.year_from)
            if self.year_to is not None:
                sql.append("reg_year <= ?")
                params.append(self.year_to)
        for name, clause in (("province", "origin_province = ?"),
                             ("exploitation", "list_contains(exploitation, ?)"), ("gender", "gender = ?")):
            value = getattr(self, name)
            if value and name not in skip:
                sql.append(clause)
                params.append(value)
        return sql, params

    def groups(self) -> list[str]:
        """Independent filters (a year range counts as one)."""
        out = ["year"] if self.year_from is not None or self.year_to is not None else []
        return out + [n for n in ("province", "exploitation", "gender") if getattr(self, n)]


_CODE = re.compile(r"^[A-Za-z-]{1,40}$")


def make_filters(year_from: int | None = None, year_to: int | None = None, province: str | None = None,
                 exploitation: str | None = None, gender: str | None = None) -> Filters:
    """Validated filters: 4xx naming the field for anything malformed."""
    for name, year in (("year_from", year_from), ("year_to", year_to)):
        if year is not None and not 1990 <= year <= 2100:
            raise Invalid("the year must be between 1990 and 2100", field=name, rule="range")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise Invalid("the first year comes after the last", field="year_to", rule="order")
    for name, code in (("province", province), ("exploitation", exploitation), ("gender", gender)):
        if code and not _CODE.match(code):
            raise Invalid("not a known code", field=name, rule="code")
    return Filters(year_from, year_to, province or None, exploitation or None, gender or None)


def scope(actor: Actor) -> tuple[str, list[Any]]:
    """The SQL condition on ``victims.agency_id`` for this actor (deny by default)."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    # Analysts, and maintenance actors (the CLI: no user, every permission), see every agency.
    if Role.ANALYST in actor.roles or actor.user_id is None:
        return "TRUE", []
    if actor.sees_whole_agency and actor.agency_id is not None:
        return "agency_id = ?", [actor.agency_id]
    raise Forbidden("statistics are for analysts and agency supervisors", rule="stats-scope")


def open_store(path: Path) -> duckdb.DuckDBPyConnection | None:
    """A read-only connection, or None when no extract exists yet."""
    if not path.exists():
        return None
    try:
        return extract.connect(path, read_only=True)
    except duckdb.Error as exc:  # a refresh holds the write lock
        raise ServiceUnavailable("the statistics are being refreshed; try again in a minute",
                                 rule="store-busy") from exc


def counts_synthetic(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this store counts synthetic records: only when a demo instance (``RIHAI_DEMO``,
    where every record is synthetic) refreshed it; then everything published says "synthetic"."""
    rows = con.execute("SELECT value FROM meta WHERE key = 'synthetic'").fetchall()
    return bool(rows) and rows[0][0] == extract.SYNTHETIC_COUNTED


def where_clause(con: duckdb.DuckDBPyConnection, actor: Actor, filters: Filters, skip: Iterable[str] = (),
                 extra: Iterable[str] = ()) -> tuple[str, list[Any]]:
    """The condition on ``victims`` for this actor and these filters. Synthetic or seeded records
    never count in a real instance; every other table reaches the victims through this."""
    s_sql, s_params = scope(actor)
    f_sql, f_params = filters.where(skip)
    real = [] if counts_synthetic(con) else ["NOT coalesce(is_synthetic, false)"]
    return " AND ".join([s_sql, *real, *f_sql, *extra]), [*s_params, *f_params]


def source(actor: Actor) -> str:
    """What a victim is for this actor: nationally a person (``persons``: linked records of one
    survivor merged, ``stats/persons.py``); in an agency's own view its records (``victims``),
    since links only join records of different agencies."""
    return "persons" if scope(actor)[0] == "TRUE" else "victims"


def population(con: duckdb.DuckDBPyConnection, actor: Actor, filters: Filters, skip: Iterable[str] = ()) -> int:
    where, params = where_clause(con, actor, filters, skip)
    return int(con.execute(f"SELECT count(*) FROM {source(actor)} WHERE {where}", params).fetchall()[0][0])


def record_counts(con: duckdb.DuckDBPyConnection, actor: Actor, filters: Filters) -> tuple[int, int]:
    """(records, linked records) behind the persons counted with these filters: "N persons (M
    records, K linked)". Exact; the caller suppresses them like any count."""
    where, params = where_clause(con, actor, filters)
    if source(actor) == "victims":
        n = int(con.execute(f"SELECT count(*) FROM victims WHERE {where}", params).fetchall()[0][0])
        return n, 0
    records, linked = con.execute(
        f"SELECT coalesce(sum(records), 0), coalesce(sum(records) FILTER (WHERE records > 1), 0) "
        f"FROM persons WHERE {where}", params).fetchall()[0]
    return int(records), int(linked)


def raw_counts(con: duckdb.DuckDBPyConnection, actor: Actor, dim: Dimension, filters: Filters
               ) -> dict[str, int]:
    """Exact counts (not for display: pass them through ``privacy``)."""
    where, params = where_clause(con, actor, filters)
    table = source(actor) if dim.table == "victims" else dim.table
    if dim.table != "victims":  # per case: the cases of the persons counted
        keys = "UNNEST(case_keys)" if source(actor) == "persons" else "case_key"
        where = f"case_key IN (SELECT {keys} FROM {source(actor)} WHERE {where})"
    if dim.is_list:
        sql = (f"SELECT v, count(*) FROM (SELECT UNNEST({dim.expr}) AS v FROM {table} "
               f"WHERE {where}) GROUP BY v")
    else:
        sql = f"SELECT {dim.expr} AS v, count(*) FROM {table} WHERE {where} GROUP BY v"
    counts = {(k if k not in (None, "") else UNKNOWN): int(n) for k, n in con.execute(sql, params).fetchall()}
    if dim.order:
        rest = sorted(k for k in counts if k not in dim.order and k != UNKNOWN)
        return {k: counts.get(k, 0) for k in (*dim.order, *rest, UNKNOWN)
                if k in counts or k in dim.order}
    if dim.by_label:
        return dict(sorted(counts.items()))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def check_filters(con: duckdb.DuckDBPyConnection, actor: Actor, filters: Filters) -> int:
    """Refuse a filter combination that covers fewer than ``MIN_POPULATION`` people, or that
    differs from a neighbouring combination (some of its filters dropped, or the year range moved
    by one year) by 1 to 4 people: subtracting two such views would single those people out."""
    n = population(con, actor, filters)
    if 0 < n < MIN_POPULATION or (n == 0 and filters.active()):
        if not filters.active():
            raise Invalid(f"statistics are shown once at least {MIN_POPULATION} people are in your "
                          "scope", field="filters", rule="min-population")
        raise Invalid(f"these filters cover fewer than {MIN_POPULATION} people; widen them",
                      field="filters", rule="min-population")
    groups = filters.groups()
    # Every view reachable by dropping some of the filters (at most 4 groups: 15 views).
    for size in range(1, len(groups) + 1):
        for dropped in combinations(groups, size):
            rest = population(con, actor, filters, skip=dropped)
            if 0 < rest - n < SMALL_CELL:
                raise Invalid(f"these filters leave out fewer than {SMALL_CELL} people, who could be "
                              f"singled out by comparison; widen or drop the {' and '.join(dropped)} "
                              "filter", field=dropped[0], rule="differencing")
    if filters.year_from is not None or filters.year_to is not None:
        where, params = where_clause(con, actor, filters, skip=["year"])
        lo, hi = filters.year_from or 0, filters.year_to or 9999
        for year, count in con.execute(f"SELECT reg_year, count(*) FROM {source(actor)} WHERE {where} "
                                       f"GROUP BY reg_year", params).fetchall():
            if year is not None and lo <= year <= hi and 0 < count < SMALL_CELL:
                raise Invalid(f"{year} has fewer than {SMALL_CELL} people with these filters; "
                              "choose a range without it", field="year", rule="differencing")
    return n


@dataclass
class Panel:
    key: str
    title: str
    rows: list[tuple[str, str]]  # label, published value ("<5", "x" or a number)
    total: str
    synthetic: bool = False  # counts of synthetic records (a demo instance): every output says so

    def plot_values(self) -> list[tuple[str, int | None]]:
        """What a chart may draw: suppressed bars are left out (None)."""
        return [(label, int(v) if v.isdigit() else None) for label, v in self.rows]


def panel(con: duckdb.DuckDBPyConnection, actor: Actor, key: str, filters: Filters) -> Panel:
    dim = DIMENSIONS.get(key)
    if dim is None:
        raise Invalid("no such breakdown", field="chart", rule="known-chart")
    counts = raw_counts(con, actor, dim, filters)
    rows, total = suppress_series(counts) if counts else ([], "0")
    return Panel(key, dim.title, rows, total, counts_synthetic(con))


def crosstab(con: duckdb.DuckDBPyConnection, actor: Actor, row_key: str, col_key: str,
             filters: Filters) -> tuple[list[str], list[str], list[list[str]]]:
    """A two-way table (single-valued dimensions) with totals, suppressed both ways."""
    rdim, cdim = DIMENSIONS[row_key], DIMENSIONS[col_key]
    where, params = where_clause(con, actor, filters)
    data = con.execute(f"SELECT {rdim.expr}, {cdim.expr}, count(*) FROM {source(actor)} WHERE {where} "
                       f"GROUP BY 1, 2", params).fetchall()
    def norm(v: Any) -> str:
        return UNKNOWN if v in (None, "") else str(v)
    rows = [r for r in (*rdim.order, UNKNOWN) if any(norm(d[0]) == r for d in data)] if rdim.order \
        else sorted({norm(d[0]) for d in data})
    cols = [c for c in (*cdim.order, UNKNOWN) if any(norm(d[1]) == c for d in data)] if cdim.order \
        else sorted({norm(d[1]) for d in data})
    if not rows or not cols:
        return [], [], []
    grid = [[0] * len(cols) for _ in rows]
    for r, c, n in data:
        grid[rows.index(norm(r))][cols.index(norm(c))] += int(n)
    table = suppress(grid, SMALL_CELL)
    return rows + ["Total"], cols + ["Total"], table.published()


def refreshed_at(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute("SELECT value FROM meta WHERE key = 'refreshed_at'").fetchall()
    return rows[0][0] if rows else None


@dataclass
class Dashboard:
    population: int
    panels: list[Panel]
    sex_by_age: tuple[list[str], list[str], list[list[str]]]
    refreshed_at: str | None
    filters: Filters
    scope_label: str
    synthetic: bool = False
    records: str = ""  # the cases behind the persons, and how many of them are linked (suppressed)
    linked: str = ""


def published(n: int) -> str:
    """One count as the tables publish it: 1 to 4 shown as "<5"."""
    return "<5" if 0 < n < SMALL_CELL else str(n)


def dashboard(path: Path, actor: Actor, filters: Filters) -> Dashboard | None:
    """Everything the dashboard page shows; None when no extract exists yet."""
    con = open_store(path)
    if con is None:
        scope(actor)
        return None
    try:
        n = check_filters(con, actor, filters)
        panels = [panel(con, actor, key, filters) for key in DASHBOARD]
        records, linked = record_counts(con, actor, filters)
        return Dashboard(n, panels, crosstab(con, actor, "sex", "age", filters), refreshed_at(con),
                         filters, "national" if scope(actor)[0] == "TRUE" else "agency",
                         counts_synthetic(con), published(records), published(linked))
    finally:
        con.close()


def chart_panel(path: Path, actor: Actor, key: str, filters: Filters) -> Panel:
    con = open_store(path)
    if con is None:
        scope(actor)
        return Panel(key, DIMENSIONS[key].title if key in DIMENSIONS else key, [], "0")
    try:
        check_filters(con, actor, filters)
        return panel(con, actor, key, filters)
    finally:
        con.close()


def without(filters: Filters, **changes: Any) -> Filters:
    return replace(filters, **changes)
