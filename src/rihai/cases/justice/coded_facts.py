"""Coded criminal-justice and support-plan facts, what the justice sub-domain publishes for
statistics (re-exported by ``service.py``, and from there by ``cases.service``; the statistics
extract is its reader today).

Stage, outcome, investigating agency, laws, support type, status and dates as text: no FIR number,
police station, court, sentence, hearing, goal or note (those columns are ``Encrypted``). Keyed by
``cases.coded_facts.case_keys`` (``crypto.pseudonyms``); the tracks and plans of a case left out of statistics (its
survivor declined) are left out too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases.coded_facts import case_keys, withheld_case_ids
from rihai.db import utc_text

from .models import ProsecutionTrack as T
from .models import SupportPlanItem as S


def _stream(conn: Any, stmt: Any, names: list[str], batch_size: int) -> Iterator[dict[str, list[Any]]]:
    result = conn.execute(stmt.execution_options(stream_results=True, yield_per=batch_size))
    try:
        for rows in result.partitions(batch_size):
            yield dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))
    finally:
        result.close()


def _rows(session: Session, stmt: Any, names: list[str], batch_size: int) -> Iterator[dict[str, list[Any]]]:
    """Column batches through SQLAlchemy's rows (these sources are small and carry datetimes)."""
    for columns in _stream(session.connection(), stmt, names, batch_size):
        columns["case_key"] = case_keys(columns.pop("rid"))
        yield columns


def iter_prosecution_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                           batch_size: int = 100_000) -> Iterator[dict[str, list[Any]]]:
    """Coded criminal-justice facts (stage, outcome, investigating agency, laws, dates as text)
    per case, column by column, for the statistics extract; no FIR number, court, sentence or
    note. ``updated_at`` comes as a datetime (the watermark)."""

    require(actor, Permission.STATS_AGGREGATE_READ)
    cols = {"rid": cast(T.case_id, String), "updated_at": T.updated_at,
            "investigating_agency": T.investigating_agency, "laws": cast(T.laws, String), "stage": T.stage,
            "stage_on": cast(T.stage_changed_on, String), "outcome": T.outcome,
            "outcome_on": cast(T.outcome_on, String), "opened_on": utc_text(session, T.created_at)}
    stmt = select(*cols.values()).where(T.case_id.not_in(withheld_case_ids()))
    if since is not None:
        stmt = stmt.where(T.updated_at >= since)
    return _rows(session, stmt, list(cols), batch_size)


def iter_support_facts(session: Session, actor: Actor, *, batch_size: int = 100_000
                       ) -> Iterator[dict[str, list[Any]]]:
    """Support-plan items as coded facts (type, status, dates as text), all of them: items carry
    no change timestamp, so the extract replaces this table whole. No goal or visit note."""

    require(actor, Permission.STATS_AGGREGATE_READ)
    cols = {"rid": cast(S.case_id, String), "support_type": S.support_type, "status": S.status,
            "opened_on": utc_text(session, S.created_at), "completed_on": cast(S.completed_on, String)}
    stmt = select(*cols.values()).where(S.case_id.not_in(withheld_case_ids()))
    return _rows(session, stmt, list(cols), batch_size)
