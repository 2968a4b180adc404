"""Bounded counts of the cases an actor sees: the dashboard tiles and the lists' totals stop past
``LIST_COUNT_CAP`` so a page costs the same at 1M cases as at 100k (docs/operations.md, "Counts at
national scale")."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import bindparam, func, literal, select, union_all
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require

from .codes import CaseStatus
from .models import Case
from .visibility import scope_pieces

LIST_COUNT_CAP = 10_000


def count_visible(session: Session, actor: Actor) -> dict[str, int]:
    """Counts by status of the cases the actor sees (dashboard tiles), each stopping past
    ``LIST_COUNT_CAP`` (above it means "more than"). Bounded, not exact, so the page costs the same
    at 1M cases as at 100k without a hot counter row to lock and reconcile: docs/operations.md,
    "Counts at national scale", says why."""
    require(actor, Permission.CASES_CASE_READ)
    counts: dict[str, int] = {}
    agency, assigned = scope_pieces(actor)
    for part in ([agency] if agency is not None else []) + assigned:
        got = None if part is agency else _grouped(session, part)
        if got is None and part is agency:
            # A supervisor's own agency (its (owner, status) index holds each status as one range).
            got = {status: n for status, n in session.execute(_agency_tiles(LIST_COUNT_CAP),
                                                              {"agency": actor.agency_id})}
        elif got is None:
            # A piece with more cases than the cap: a capped count per status, one statement.
            got = {status: n for status, n in session.execute(_per_status(part, LIST_COUNT_CAP))}
        for status, n in got.items():
            if n:
                counts[status] = counts.get(status, 0) + n
    return counts


def _per_status(part: Any, cap: int) -> Any:
    return union_all(*[
        select(literal(str(status)).label("status"), func.count().label("n")).select_from(
            select(Case.id).where(part, Case.status == status).limit(cap + 1).subquery())
        for status in CaseStatus])


@functools.lru_cache(maxsize=4)
def _agency_tiles(cap: int) -> Any:
    """The agency's tiles as one statement built once, the agency a parameter: building and keying
    the union of four counts anew cost as much as running it, on every dashboard."""
    return _per_status(Case.owner_agency_id == bindparam("agency"), cap)


def _grouped(session: Session, part: object) -> dict[str, int] | None:
    """A piece reached through the user's assignments, counted in one pass by status: walking the
    assignments once, not once per status (four times the same probes for a caseworker with
    hundreds of cases). None when the piece has more than ``LIST_COUNT_CAP`` cases, so that the
    per-status counts say which tiles are past it."""
    rows = select(Case.status).where(part).limit(LIST_COUNT_CAP + 1).subquery()
    got = {status: n for status, n in session.execute(select(rows.c.status, func.count()).group_by(rows.c.status))}
    return None if sum(got.values()) > LIST_COUNT_CAP else got
