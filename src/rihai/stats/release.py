"""Releases of microdata in the CTDC layout, in one of two modes: k-anonymous over every column
(``microdata.py``, the default) or differentially private synthetic records (``dp_synthetic.py``,
spending ε from the one lifetime ledger, with a utility report: ``utility.py``). Each release is
a ``StatsRelease`` row and an audit event. Differentially private tables are in ``tables.py`` (and
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
from rihai.stats import budget, ctdc, dp_synthetic, microdata, queries, utility
from rihai.stats.budget import EPSILON_CAP
from rihai.stats.models import StatsBudgetSpend, StatsRelease
from rihai.stats.privacy import DEFAULT_K
from rihai.stats.tables import DP_DOMAINS, create_tables, tables_csv

__all__ = ["DP_DOMAINS", "EPSILON_CAP", "MODES", "create_release", "create_synthetic_release", "create_tables",
           "ctdc_frame", "ledger", "tables_csv"]
SYNTHETIC_SOURCE = "SYNTHETIC (demo data, not real people)"
K_ANONYMOUS, DP_SYNTHETIC = "k-anonymous", "dp-synthetic"
MODES = (K_ANONYMOUS, DP_SYNTHETIC)


def ctdc_frame(path: Path, actor: Actor, filters: queries.Filters) -> tuple[pd.DataFrame, bool]:
    """The scoped, filtered victims as CTDC rows (computed by DuckDB, column by column), exactly
    as they are released, and whether they are synthetic (a demo instance)."""
    con = queries.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    try:
        where, params = queries.where_clause(con, actor, filters)
        synthetic = queries.counts_synthetic(con)
        # One row per person: linked records of one survivor merged (stats/persons.py).
        frame = con.execute(f"SELECT {ctdc.select_list()} FROM {queries.source(actor)} WHERE {where}",
                            params).df()
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


def check_k(k: int) -> None:
    if not 2 <= k <= 1000:
        raise Invalid("k must be between 2 and 1000", field="k", rule="range")


def k_anonymous_csv(frame: pd.DataFrame, k: int = DEFAULT_K) -> tuple[str, microdata.RowK]:
    """The k-anonymous CSV of rows read by ``ctdc_frame``, and the anonymisation's account. No
    database: at a million people it takes minutes (the release job runs it outside any
    transaction); ``record_k_anonymous`` records it."""
    check_k(k)
    result = k_anonymous_release(frame, k)
    buf = io.StringIO()
    result.data.to_csv(buf, index=False)
    return buf.getvalue(), result


def record_k_anonymous(session: Session, actor: Actor, *, k: int, filters: queries.Filters | None,
                       result: microdata.RowK, columns: list[str], synthetic: bool) -> StatsRelease:
    """The ledger row and audit event of a k-anonymous release made by ``k_anonymous_csv``."""
    filters = filters or queries.Filters()
    rel = StatsRelease(kind="microdata", created_by_id=actor.user_id, agency_id=_agency(actor),
                       year_from=filters.year_from, year_to=filters.year_to, k=k,
                       rows_out=len(result.data), rows_suppressed=result.rows_suppressed,
                       details={"mode": K_ANONYMOUS, "quasi_identifiers": "every column", "synthetic": synthetic,
                                **result.lost})
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_RELEASE_CREATE, subject_type="stats_release",
                 subject_id=rel.id, fields=columns)
    return rel


def create_release(session: Session, actor: Actor, path: Path, *, k: int = DEFAULT_K,
                   filters: queries.Filters | None = None) -> tuple[str, StatsRelease, microdata.RowK]:
    """A k-anonymous microdata CSV, made and recorded in the caller's transaction (the release
    job, ``releasejobs.py``, makes it outside one). Invariant: every row of what is returned is
    equal, on every column, to at least ``k - 1`` other rows."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    check_k(k)
    frame, synthetic = ctdc_frame(path, actor, filters or queries.Filters())
    text, result = k_anonymous_csv(frame, k)
    rel = record_k_anonymous(session, actor, k=k, filters=filters, result=result, columns=list(frame.columns),
                             synthetic=synthetic)
    return text, rel, result


def dp_source(epsilon: float, demo: bool) -> str:
    """The ``Datasource`` of every synthetic row: CTDC tools read it, and it says the rows are
    made up (and, on a demo instance, that even the data they were made from is)."""
    made = f"SYNTHETIC (differentially private, ε={epsilon:g}; not real people)"
    return f"{SYNTHETIC_SOURCE}; {made}" if demo else made


def check_synthetic(epsilon: float, k: int) -> None:
    budget.check_epsilon(epsilon)
    check_k(k)


def synthetic_csv(frame: pd.DataFrame, *, epsilon: float, k: int = DEFAULT_K, demo: bool
                  ) -> tuple[str, dp_synthetic.Synthetic, utility.Utility]:
    """Differentially private synthetic rows from rows read by ``ctdc_frame``, as CSV, and their
    utility report. No database. The caller must already have charged ``epsilon`` to the ledger
    (``budget.charge``): ``frame`` is the real data."""
    check_synthetic(epsilon, k)
    try:
        result = dp_synthetic.synthesise(frame, epsilon, datasource=dp_source(epsilon, demo))
    except dp_synthetic.TooFew as exc:  # says nothing about how many: ε alone decides it
        raise Invalid("too few people for a synthetic release at this ε: choose a larger ε or a longer "
                      "period; nothing was released and no budget was spent", field="epsilon",
                      rule="too-few") from exc
    report = utility.compare(frame, result.data, k=k)
    buf = io.StringIO()
    result.data.to_csv(buf, index=False)
    return buf.getvalue(), result, report


def record_synthetic(session: Session, actor: Actor, *, epsilon: float, k: int, filters: queries.Filters | None,
                     result: dp_synthetic.Synthetic, report: utility.Utility, columns: list[str], demo: bool,
                     left: float) -> StatsRelease:
    """The ledger row (with its spend), and audit event, of a release made by ``synthetic_csv``."""
    filters = filters or queries.Filters()
    rel = StatsRelease(kind="synthetic", created_by_id=actor.user_id, agency_id=_agency(actor),
                       year_from=filters.year_from, year_to=filters.year_to, k=k, epsilon_total=epsilon,
                       rows_out=len(result.data),
                       details={**result.details, "synthetic": demo, "ledger": budget.NATIONAL,
                                "epsilon_left": left, "utility": report.summary(),
                                "utility_report": report.as_dict()})
    rel.spends = [StatsBudgetSpend(label="synthetic microdata", epsilon=epsilon)]
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_RELEASE_CREATE, subject_type="stats_release",
                 subject_id=rel.id, fields=columns)
    return rel


def create_synthetic_release(session: Session, actor: Actor, path: Path, *, epsilon: float, k: int = DEFAULT_K,
                             filters: queries.Filters | None = None
                             ) -> tuple[str, StatsRelease, dp_synthetic.Synthetic, utility.Utility]:
    """Differentially private synthetic microdata in the CTDC layout, with its utility report
    against the real rows (``k``: the smallest real combination the report names), in the caller's
    transaction (the release job, ``releasejobs.py``, commits the charge first and makes the rows
    outside a transaction). Invariant: ``epsilon`` is charged to the one lifetime ledger before
    anything is read, and the release is refused, saying what is left, past the cap."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    check_synthetic(epsilon, k)
    # Charged first, as the noisy tables are: a release that fails later rolls the charge back
    # with its transaction, and a racing release waits on the ledger row meanwhile.
    left = budget.charge(session, epsilon)
    frame, demo = ctdc_frame(path, actor, filters or queries.Filters())
    text, result, report = synthetic_csv(frame, epsilon=epsilon, k=k, demo=demo)
    rel = record_synthetic(session, actor, epsilon=epsilon, k=k, filters=filters, result=result, report=report,
                           columns=list(frame.columns), demo=demo, left=left)
    return text, rel, result, report


def latest_microdata(session: Session) -> StatsRelease | None:
    """The most recent microdata release of either mode (for the national report)."""
    return session.scalars(select(StatsRelease).where(StatsRelease.kind.in_(("microdata", "synthetic")))
                           .order_by(StatsRelease.id.desc()).limit(1)).first()


def _agency(actor: Actor) -> int | None:
    return None if queries.scope(actor)[0] == "TRUE" else actor.agency_id


def ledger(session: Session, actor: Actor, *, limit: int = 25) -> list[StatsRelease]:
    """The most recent releases (with their budget spends) for the publishing page. Analysts
    (``stats:report:export``) see every release: the ledger holds parameters, never values."""
    require(actor, Permission.STATS_REPORT_EXPORT)
    return list(session.scalars(select(StatsRelease).options(selectinload(StatsRelease.spends))
                                .order_by(StatsRelease.id.desc()).limit(limit)))
