"""Releases: k-anonymous microdata in the CTDC layout, and differentially private count tables.
Each release is a ``StatsRelease`` row (with its budget spends) and an audit event.

The CTDC layout (column names, codes, flags) is in ``ctdc.py``.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import Invalid, NotFound
from rihai.stats import ctdc, service
from rihai.stats.models import StatsBudgetSpend, StatsRelease
from rihai.stats.privacy import (
    AGE_BAND_ORDER,
    DEFAULT_K,
    DEFAULT_QIS,
    HIERARCHIES,
    REGIONS,
    BudgetExceeded,
    KResult,
    Ledger,
    NoisyCount,
    dp_counts,
    k_anonymise,
)


def ctdc_frame(path: Path, actor: Actor, filters: service.Filters) -> pd.DataFrame:
    """The scoped, filtered victims as CTDC rows (computed by DuckDB, column by column)."""
    con = service.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    try:
        where, params = service.where_clause(actor, filters)
        return con.execute(f"SELECT {ctdc.select_list()} FROM victims WHERE {where}", params).df()
    finally:
        con.close()


def k_anonymous_release(frame: pd.DataFrame, k: int = DEFAULT_K, qis: tuple[str, ...] = DEFAULT_QIS
                        ) -> KResult:
    """Generalise and suppress; then blank what would undo the generalisation (``majorityStatus``
    once ages are generalised beyond minor/adult) and shuffle the rows (their order would
    otherwise follow registration)."""
    if frame.empty:
        return KResult(frame, k, {q: 0 for q in qis}, 0, 0)
    result = k_anonymise(frame, qis, k)
    if "ageBroad" in qis and result.levels["ageBroad"] >= len(HIERARCHIES["ageBroad"]) - 1:
        result.data["majorityStatus"] = ""
    result.data = result.data.sample(frac=1, random_state=secrets.randbelow(2**32)).reset_index(drop=True)
    return result


def create_release(session: Session, actor: Actor, path: Path, *, k: int = DEFAULT_K,
                   filters: service.Filters | None = None) -> tuple[str, StatsRelease, KResult]:
    """Analysts (and the CLI) write a k-anonymous microdata CSV. Invariant: every combination
    of the declared quasi-identifiers occurs at least ``k`` times in what is returned."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    if not 2 <= k <= 1000:
        raise Invalid("k must be between 2 and 1000", field="k", rule="range")
    filters = filters or service.Filters()
    result = k_anonymous_release(ctdc_frame(path, actor, filters), k)
    buf = io.StringIO()
    result.data.to_csv(buf, index=False)
    rel = StatsRelease(kind="microdata", created_by_id=actor.user_id, agency_id=_agency(actor),
                       year_from=filters.year_from, year_to=filters.year_to, k=k,
                       rows_out=len(result.data), rows_suppressed=result.suppressed,
                       details={"quasi_identifiers": list(DEFAULT_QIS), **result.lost})
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_RELEASE_CREATE, subject_type="stats_release",
                 subject_id=rel.id, fields=list(DEFAULT_QIS))
    return buf.getvalue(), rel, result


def _agency(actor: Actor) -> int | None:
    return None if service.scope(actor)[0] == "TRUE" else actor.agency_id


# -- differentially private tables ---------------------------------------------------------------

# Public, fixed category lists: which categories exist must not depend on the data.
DP_DOMAINS: dict[str, list[str]] = {
    "sex": ["Female", "Male", "Intersex", "Unknown", service.UNKNOWN],
    "age": [*AGE_BAND_ORDER, service.UNKNOWN],
    "province": ["PK-PB", "PK-SD", "PK-KP", "PK-BA", "PK-IS", "PK-GB", "PK-JK", service.UNKNOWN],
    "destination": sorted(REGIONS) + ["Other", service.UNKNOWN],
    "status": ["PossibleVictimOfTrafficking", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking"],
}
EPSILON_CAP = 4.0  # lifetime budget for one scope and period, across all its releases


def spent(session: Session, agency_id: int | None, year_from: int | None, year_to: int | None) -> float:
    stmt = (select(func.coalesce(func.sum(StatsBudgetSpend.epsilon), 0.0))
            .join(StatsRelease, StatsRelease.id == StatsBudgetSpend.release_id)
            .where(StatsRelease.agency_id.is_(None) if agency_id is None else StatsRelease.agency_id == agency_id,
                   StatsRelease.year_from.is_(None) if year_from is None else StatsRelease.year_from == year_from,
                   StatsRelease.year_to.is_(None) if year_to is None else StatsRelease.year_to == year_to))
    return float(session.scalar(stmt) or 0.0)


def create_tables(session: Session, actor: Actor, path: Path, *, epsilon: float,
                  keys: list[str] | None = None, filters: service.Filters | None = None
                  ) -> tuple[dict[str, list[tuple[str, NoisyCount]]], StatsRelease]:
    """Noisy counts for public tables, ``epsilon`` split evenly across them. Refused (nothing
    recorded) when the release's own budget or the lifetime cap for its period would be
    exceeded. Who may call: analysts (``stats:release:create``)."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    filters = filters or service.Filters()
    keys = keys or list(DP_DOMAINS)
    if any(k not in DP_DOMAINS for k in keys):
        raise Invalid("no such table", field="tables", rule="known-table")
    if not 0 < epsilon <= EPSILON_CAP:
        raise Invalid(f"ε must be above 0 and at most {EPSILON_CAP:g}", field="epsilon", rule="range")
    agency = _agency(actor)
    used = spent(session, agency, filters.year_from, filters.year_to)
    if used + epsilon > EPSILON_CAP + 1e-9:
        raise Invalid(f"the privacy budget for this period is spent (ε={used:g} of {EPSILON_CAP:g} used)",
                      field="epsilon", rule="privacy-budget")
    ledger = Ledger(epsilon)
    con = service.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    out: dict[str, list[tuple[str, NoisyCount]]] = {}
    try:
        for key in keys:
            counts = service.raw_counts(con, actor, service.DIMENSIONS[key], filters)
            if key == "destination":
                grouped: dict[str, int] = {}
                for c, n in counts.items():
                    g = service.UNKNOWN if c == service.UNKNOWN else REGIONS.get(c, "Other")
                    grouped[g] = grouped.get(g, 0) + n
                counts = grouped
            domain = DP_DOMAINS[key]
            try:
                noisy = dp_counts([counts.get(c, 0) for c in domain], epsilon / len(keys),
                                  ledger=ledger, label=key)
            except BudgetExceeded as exc:
                raise Invalid(str(exc), field="epsilon", rule="privacy-budget") from exc
            out[key] = list(zip(domain, noisy, strict=True))
    finally:
        con.close()
    rel = StatsRelease(kind="tables", created_by_id=actor.user_id, agency_id=agency,
                       year_from=filters.year_from, year_to=filters.year_to, epsilon_total=epsilon,
                       rows_out=sum(len(v) for v in out.values()), details={"tables": keys})
    rel.spends = [StatsBudgetSpend(label=label, epsilon=eps) for label, eps in ledger.spends]
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_TABLES_CREATE, subject_type="stats_release",
                 subject_id=rel.id, fields=keys)
    return out, rel


def ledger(session: Session, actor: Actor, *, limit: int = 25) -> list[StatsRelease]:
    """The most recent releases (with their budget spends) for the publishing page. Analysts
    (``stats:report:export``) see every release: the ledger holds parameters, never values."""
    require(actor, Permission.STATS_REPORT_EXPORT)
    return list(session.scalars(select(StatsRelease).options(selectinload(StatsRelease.spends))
                                .order_by(StatsRelease.id.desc()).limit(limit)))


def tables_csv(tables: dict[str, list[tuple[str, NoisyCount]]]) -> str:
    lines = ["table,category,count,margin95"]
    lines += [f"{key},{cat},{max(n.value, 0)},{n.margin}" for key, rows in tables.items() for cat, n in rows]
    return "\n".join(lines) + "\n"
