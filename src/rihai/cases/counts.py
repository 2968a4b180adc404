"""Bounded counts of the cases an actor sees: the dashboard tiles and the lists' totals stop past
``LIST_COUNT_CAP`` so a page costs the same at 1M cases as at 100k (docs/operations.md, "Counts at
national scale")."""

from __future__ import annotations

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require

from .codes import CaseStatus
from .models import Case
from .visibility import scope_parts

LIST_COUNT_CAP = 10_000


def count_visible(session: Session, actor: Actor) -> dict[str, int]:
    """Counts by status of the cases the actor sees (dashboard tiles), each stopping past
    ``LIST_COUNT_CAP`` (above it means "more than"). Bounded, not exact, so the page costs the same
    at 1M cases as at 100k without a hot counter row to lock and reconcile: docs/operations.md,
    "Counts at national scale", says why."""
    require(actor, Permission.CASES_CASE_READ)
    counts: dict[str, int] = {}
    for part in scope_parts(actor):
        # One statement per piece of the scope: a capped count per status, joined by UNION ALL.
        per_status = [
            select(literal(str(status)).label("status"), func.count().label("n")).select_from(
                select(Case.id).where(part, Case.status == status).limit(LIST_COUNT_CAP + 1).subquery())
            for status in CaseStatus]
        for status, n in session.execute(union_all(*per_status)):
            if n:
                counts[status] = counts.get(status, 0) + n
    return counts
