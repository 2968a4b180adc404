"""Coded referral facts for the statistics extract (re-exported by ``service.py``).

Service, urgency, state, how it ended, whether consent was overridden, months, and hours to the
first response: no reference, note, reason or person. Keyed by ``cases.service.case_key``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases.service import case_key

from .models import Referral as R


def _month(value: datetime | None) -> str | None:
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


def iter_referral_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                        batch_size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    """Batches in ``updated_at`` order; for the statistics extract (``stats:aggregate:read``)."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    stmt = select(R.id, R.case_id, R.service, R.urgency, R.state, R.end_reason, R.consent_overridden,
                  R.created_at, R.sent_at, R.responded_at, R.updated_at).order_by(R.updated_at, R.id)
    if since is not None:
        stmt = stmt.where(R.updated_at >= since)
    batch: list[dict[str, Any]] = []
    for r in session.execute(stmt.execution_options(yield_per=batch_size)):
        hours = None
        if r.sent_at and r.responded_at:
            hours = int((r.responded_at - r.sent_at).total_seconds() // 3600)
        batch.append({"referral_key": case_key(f"referral:{r.id}"), "case_key": case_key(r.case_id),
                      "updated_at": r.updated_at, "service": r.service,
                      "urgency": r.urgency, "state": r.state, "end_reason": r.end_reason,
                      "consent_overridden": bool(r.consent_overridden), "month": _month(r.sent_at or r.created_at),
                      "response_hours": hours})
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch
