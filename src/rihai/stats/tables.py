"""Differentially private count tables: fixed public category lists, the data's codes folded onto
them, discrete Laplace noise (``privacy.dp_counts``) and the lifetime budget (``budget.py``).

Why folding is checked at release time: the "Country of exploitation" table once enumerated
country codes while its counts were keyed by region names, so every published row was 0 ± noise.
Now every table folds the data's codes onto its own list with a total function (a code outside
the list lands in ``Other``; a blank in ``NotRecorded``), and before any noise is drawn the
release checks that the folded counts add up to the unfolded ones: every counted record sits in
a published row. The check compares two sums that are equal whenever the code is right,
whatever the data holds, so a refusal says "the table's categories are wrong" and nothing about
anyone; the refusal carries no count, and the budget charged for the release is rolled back.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import Invalid, NotFound
from rihai.stats import budget, queries
from rihai.stats.models import StatsBudgetSpend, StatsRelease
from rihai.stats.privacy import AGE_BAND_ORDER, REGIONS, BudgetExceeded, Ledger, NoisyCount, dp_counts

OTHER = "Other"
# Public, fixed category lists: which categories exist must not depend on the data.
DP_DOMAINS: dict[str, list[str]] = {
    "sex": ["Female", "Male", "Intersex", "Unknown", OTHER, queries.UNKNOWN],
    "age": [*AGE_BAND_ORDER, OTHER, queries.UNKNOWN],
    "province": ["PK-PB", "PK-SD", "PK-KP", "PK-BA", "PK-IS", "PK-GB", "PK-JK", OTHER, queries.UNKNOWN],
    # Countries (ISO 3166 alpha-2) seen in Pakistani cases, as the dashboard's table is titled.
    "destination": [*sorted(REGIONS), OTHER, queries.UNKNOWN],
    "status": ["PossibleVictimOfTrafficking", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking",
               OTHER, queries.UNKNOWN],
}


def fold(key: str, counts: Mapping[str, int]) -> dict[str, int]:
    """The data's counts on the table's public categories (every code lands in one)."""
    domain = set(DP_DOMAINS[key])
    out = dict.fromkeys(DP_DOMAINS[key], 0)
    for code, n in counts.items():
        out[code if code in domain else OTHER] += int(n)
    return out


def check_alignment(key: str, counts: Mapping[str, int], folded: Mapping[str, int]) -> None:
    """Refuse a table whose categories miss some of the counted records (see the module's note:
    equal sums for correct code on any data, so the refusal reveals no one)."""
    if sum(folded.get(c, 0) for c in DP_DOMAINS[key]) != sum(counts.values()):
        raise Invalid(f"the '{key}' table's categories do not match the extract's codes (a defect); "
                      "nothing was released and no budget was spent", field="tables", rule="table-keys")


def noisy_table(key: str, counts: Mapping[str, int], epsilon: float, ledger: Ledger | None = None
                ) -> list[tuple[str, NoisyCount]]:
    """One table: fold, check, add noise. Pure (no database)."""
    folded = fold(key, counts)
    check_alignment(key, counts, folded)
    domain = DP_DOMAINS[key]
    try:
        noisy = dp_counts([folded[c] for c in domain], epsilon, ledger=ledger, label=key)
    except BudgetExceeded as exc:
        raise Invalid(str(exc), field="epsilon", rule="privacy-budget") from exc
    return list(zip(domain, noisy, strict=True))


def create_tables(session: Session, actor: Actor, path: Path, *, epsilon: float,
                  keys: list[str] | None = None, filters: queries.Filters | None = None
                  ) -> tuple[dict[str, list[tuple[str, NoisyCount]]], StatsRelease]:
    """Noisy counts for public tables, ``epsilon`` split evenly across them. Who may call:
    analysts and the CLI (``stats:release:create``). Invariant: the lifetime budget of the people
    in the data (``budget.EPSILON_CAP``) is never exceeded, whatever the period, filters, tables
    or agency; a refused release records nothing."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    filters = filters or queries.Filters()
    keys = list(dict.fromkeys(keys or DP_DOMAINS))
    if any(k not in DP_DOMAINS for k in keys):
        raise Invalid("no such table", field="tables", rule="known-table")
    budget.check_epsilon(epsilon)
    con = queries.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    ledger = Ledger(epsilon)
    try:
        # Charged before any count is read: a release that fails later rolls the charge back
        # with its transaction, and a racing release waits on the ledger row meanwhile.
        budget.charge(session, epsilon)
        synthetic = queries.counts_synthetic(con)
        counts = {key: queries.raw_counts(con, actor, queries.DIMENSIONS[key], filters) for key in keys}
    finally:
        con.close()
    out = {key: noisy_table(key, counts[key], epsilon / len(keys), ledger) for key in keys}
    agency = None if queries.scope(actor)[0] == "TRUE" else actor.agency_id
    rel = StatsRelease(kind="tables", created_by_id=actor.user_id, agency_id=agency,
                       year_from=filters.year_from, year_to=filters.year_to, epsilon_total=epsilon,
                       rows_out=sum(len(v) for v in out.values()),
                       details={"tables": keys, "ledger": budget.NATIONAL, "synthetic": synthetic,
                                "epsilon_left": budget.remaining(session)})
    rel.spends = [StatsBudgetSpend(label=label, epsilon=eps) for label, eps in ledger.spends]
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_TABLES_CREATE, subject_type="stats_release",
                 subject_id=rel.id, fields=keys)
    return out, rel


def tables_csv(tables: dict[str, list[tuple[str, NoisyCount]]], *, synthetic: bool = False) -> str:
    lines = ["table,category,count,margin95"]
    if synthetic:
        lines = ["# SYNTHETIC: counts of synthetic (demo) records, not of real people", *lines]
    lines += [f"{key},{cat},{max(n.value, 0)},{n.margin}" for key, rows in tables.items() for cat, n in rows]
    return "\n".join(lines) + "\n"
