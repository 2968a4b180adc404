"""Releases of microdata: k-anonymous over every column, in the CTDC layout. Each release is a
``StatsRelease`` row and an audit event. Differentially private tables are in ``tables.py`` (and
re-exported here for the callers that know them by this module).

The CTDC layout (column names, codes, flags) is in ``ctdc.py``; the anonymisation in
``microdata.py``.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import Invalid, NotFound
from rihai.stats import ctdc, microdata, queries
from rihai.stats.budget import EPSILON_CAP
from rihai.stats.models import StatsRelease
from rihai.stats.privacy import DEFAULT_K
from rihai.stats.tables import DP_DOMAINS, create_tables, tables_csv

__all__ = ["DP_DOMAINS", "EPSILON_CAP", "create_release", "create_tables", "ctdc_frame", "ledger",
           "tables_csv"]
SYNTHETIC_SOURCE = "SYNTHETIC (demo data, not real people)"


def ctdc_frame(path: Path, actor: Actor, filters: queries.Filters) -> tuple[pd.DataFrame, bool]:
    """The scoped, filtered victims as CTDC rows (computed by DuckDB, column by column), exactly
    as they are released, and whether they are synthetic (a demo instance)."""
    con = queries.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    try:
        where, params = queries.where_clause(con, actor, filters)
        synthetic = queries.counts_synthetic(con)
        frame = con.execute(f"SELECT {ctdc.select_list()} FROM victims WHERE {where}", params).df()
    finally:
        con.close()
    if synthetic:  # every file a demo instance publishes says so, in a column CTDC tools read
        frame["Datasource"] = SYNTHETIC_SOURCE
    return frame, synthetic


def k_anonymous_release(frame: pd.DataFrame, k: int = DEFAULT_K) -> microdata.RowK:
    """k over every column (``microdata.anonymise``), rows shuffled (their order would otherwise
    follow registration)."""
    result = microdata.anonymise(frame, k)
    result.data = result.data.sample(frac=1, random_state=secrets.randbelow(2**32)).reset_index(drop=True)
    return result


def create_release(session: Session, actor: Actor, path: Path, *, k: int = DEFAULT_K,
                   filters: queries.Filters | None = None) -> tuple[str, StatsRelease, microdata.RowK]:
    """Analysts (and the CLI) write a k-anonymous microdata CSV. Invariant: every row of what is
    returned is equal, on every column, to at least ``k - 1`` other rows."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    if not 2 <= k <= 1000:
        raise Invalid("k must be between 2 and 1000", field="k", rule="range")
    filters = filters or queries.Filters()
    frame, synthetic = ctdc_frame(path, actor, filters)
    result = k_anonymous_release(frame, k)
    buf = io.StringIO()
    result.data.to_csv(buf, index=False)
    rel = StatsRelease(kind="microdata", created_by_id=actor.user_id, agency_id=_agency(actor),
                       year_from=filters.year_from, year_to=filters.year_to, k=k,
                       rows_out=len(result.data), rows_suppressed=result.rows_suppressed,
                       details={"quasi_identifiers": "every column", "synthetic": synthetic, **result.lost})
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_RELEASE_CREATE, subject_type="stats_release",
                 subject_id=rel.id, fields=list(frame.columns))
    return buf.getvalue(), rel, result


def _agency(actor: Actor) -> int | None:
    return None if queries.scope(actor)[0] == "TRUE" else actor.agency_id


def ledger(session: Session, actor: Actor, *, limit: int = 25) -> list[StatsRelease]:
    """The most recent releases (with their budget spends) for the publishing page. Analysts
    (``stats:report:export``) see every release: the ledger holds parameters, never values."""
    require(actor, Permission.STATS_REPORT_EXPORT)
    return list(session.scalars(select(StatsRelease).options(selectinload(StatsRelease.spends))
                                .order_by(StatsRelease.id.desc()).limit(limit)))
