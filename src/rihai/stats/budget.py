"""The lifetime privacy budget: one ledger for the people in the data, not one per query.

Every differentially private release charges the national ledger, whatever its period, filters,
tables or agency: all of them may count the same people, and by sequential composition their ε
add up for each of those people. A per-agency ledger beside it would never bind first (every
agency release also charges the national one, which is always at least as spent), so there is
one ledger row, ``national`` (table ``stats_privacy_budgets``, migration 0017).

The spend is an integer number of millionths of ε, charged rounded up, in one conditional
``UPDATE … SET spent = spent + cost WHERE spent + cost <= cap``: the row is locked by the UPDATE
until the release's transaction ends (PostgreSQL re-checks the condition on the row a concurrent
release committed; SQLite takes its write lock up front), so two releases racing for the last
of the budget cannot both pass. A release that fails after charging rolls back with its
transaction, and the charge with it: nothing was published.
"""

from __future__ import annotations

import math

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rihai.db import utcnow
from rihai.errors import Invalid
from rihai.stats.models import StatsPrivacyBudget

NATIONAL = "national"
EPSILON_CAP = 4.0  # lifetime ε for everyone in the data, across every release there will ever be
# Smaller releases publish only noise; refusing them also keeps rounding from mattering.
MIN_EPSILON = 0.01
MICRO = 1_000_000
CAP_MICRO = round(EPSILON_CAP * MICRO)


def cost(epsilon: float) -> int:
    """What ``epsilon`` costs in millionths, rounded up (never charge less than is spent)."""
    return math.ceil(epsilon * MICRO - 1e-6)


def check_epsilon(epsilon: float) -> None:
    """Refuse ε that is not a finite number within [MIN_EPSILON, EPSILON_CAP] (0, negatives,
    NaN and infinity included: NaN compares false to everything and would pass a naive cap)."""
    if not isinstance(epsilon, (int, float)) or not math.isfinite(epsilon) \
            or not MIN_EPSILON <= epsilon <= EPSILON_CAP:
        raise Invalid(f"ε must be a number from {MIN_EPSILON:g} to {EPSILON_CAP:g}", field="epsilon",
                      rule="range")


def spent(session: Session, ledger: str = NATIONAL) -> float:
    micro = session.scalar(select(StatsPrivacyBudget.spent_micro).where(StatsPrivacyBudget.name == ledger))
    return (micro or 0) / MICRO


def remaining(session: Session, ledger: str = NATIONAL) -> float:
    return max(0.0, EPSILON_CAP - spent(session, ledger))


def charge(session: Session, epsilon: float, ledger: str = NATIONAL) -> float:
    """Spend ``epsilon`` from the lifetime ledger, or refuse (``Invalid``, rule
    ``privacy-budget``, saying how much is left) when it would pass the cap. Returns what is
    left. Who may call: the release functions, inside the transaction that records the release."""
    check_epsilon(epsilon)
    micro = cost(epsilon)
    row = StatsPrivacyBudget
    for _ in range(2):
        result = session.execute(
            update(row).where(row.name == ledger, row.spent_micro + micro <= CAP_MICRO)
            .values(spent_micro=row.spent_micro + micro, updated_at=utcnow())
            .execution_options(synchronize_session=False))
        if result.rowcount == 1:  # type: ignore[attr-defined]
            return remaining(session, ledger)
        if session.get(row, ledger, populate_existing=True) is not None:
            break
        # A ledger nobody has charged yet (the national one is created by the migration): create
        # it empty; a concurrent creator makes this flush fail, and the request with it.
        session.add(row(name=ledger, spent_micro=0))
        session.flush()
    left = remaining(session, ledger)
    raise Invalid(f"the lifetime privacy budget would be exceeded: this release needs ε={epsilon:g} "
                  f"but only ε={left:g} left (of a lifetime ε={EPSILON_CAP:g})", field="epsilon",
                  rule="privacy-budget")
