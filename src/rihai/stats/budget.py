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

from sqlalchemy import case, select, update
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


def spent_micro(session: Session, ledger: str = NATIONAL) -> int:
    micro = session.scalar(select(StatsPrivacyBudget.spent_micro).where(StatsPrivacyBudget.name == ledger))
    return micro or 0


def spent(session: Session, ledger: str = NATIONAL) -> float:
    return spent_micro(session, ledger) / MICRO


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


def refund(session: Session, micro: int, ledger: str = NATIONAL) -> None:
    """Give back ``micro`` millionths of ε that a release charged and never published (a queued
    release that failed after its charge was committed, ``releasejobs.py``): nothing was released,
    so no privacy was lost. Never below zero. Who may call: the release job, in the transaction
    that marks the release failed, so the refund happens once."""
    if micro <= 0:
        return
    row = StatsPrivacyBudget
    session.execute(update(row).where(row.name == ledger)
                    .values(spent_micro=case((row.spent_micro > micro, row.spent_micro - micro), else_=0),
                            updated_at=utcnow())
                    .execution_options(synchronize_session=False))


def check_affordable(session: Session, epsilon: float, pending_micro: int = 0, ledger: str = NATIONAL) -> None:
    """Refuse, as ``charge`` would, a release that the budget left (less what queued releases will
    charge first, ``pending_micro``) cannot pay for. Charges nothing: for refusing at once what
    would otherwise fail when its turn comes."""
    check_epsilon(epsilon)
    left_micro = CAP_MICRO - spent_micro(session, ledger) - pending_micro
    if cost(epsilon) > left_micro:
        left = max(0.0, left_micro / MICRO)
        raise Invalid(f"the lifetime privacy budget would be exceeded: this release needs ε={epsilon:g} "
                      f"but only ε={left:g} left (of a lifetime ε={EPSILON_CAP:g})"
                      + (" once the releases already queued have run" if pending_micro else ""),
                      field="epsilon", rule="privacy-budget")
