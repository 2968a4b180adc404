"""Coded referral facts for the statistics extract (re-exported by ``service.py``).

Service, urgency, state, how it ended, whether consent was overridden, the month, and hours to
the first response: no reference, note, reason or person. Keyed by ``cases.service.case_key``;
referrals of a case left out of statistics (its survivor declined) are left out too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases.analytics_source import case_keys, utc_text, withheld_case_ids

from .models import Referral as R


def _dashed(rid: str) -> str:
    return rid if len(rid) != 32 else f"{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-{rid[20:]}"


def iter_referral_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                        batch_size: int = 100_000) -> Iterator[dict[str, list[Any]]]:
    """Batches (column by column) of the referrals changed at or after ``since`` (all when None),
    for the statistics extract (``stats:aggregate:read``). ``updated_at`` is a datetime (the
    watermark); ``month`` is text whose first seven characters are the month."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    names = ["id", "rid", "service", "urgency", "state", "end_reason", "consent_overridden", "month",
             "sent_at", "responded_at", "updated_at"]
    stmt = select(cast(R.id, String), cast(R.case_id, String), R.service, R.urgency, R.state, R.end_reason,
                  R.consent_overridden, utc_text(session, func.coalesce(R.sent_at, R.created_at)),
                  R.sent_at, R.responded_at, R.updated_at).where(R.case_id.not_in(withheld_case_ids()))
    if since is not None:
        stmt = stmt.where(R.updated_at >= since)
    result = session.connection().execute(stmt.execution_options(stream_results=True, yield_per=batch_size))
    try:
        for rows in result.partitions(batch_size):
            cols = dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))
            cols["referral_key"] = case_keys([f"referral:{_dashed(i)}" for i in cols.pop("id")])
            cols["case_key"] = case_keys(cols.pop("rid"))
            cols["response_hours"] = [int((r - s).total_seconds() // 3600) if s and r else None
                                      for s, r in zip(cols.pop("sent_at"), cols.pop("responded_at"),
                                                      strict=True)]
            yield cols
    finally:
        result.close()
