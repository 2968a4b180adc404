"""Coded referral facts, what the referrals domain publishes for statistics (re-exported by
``service.py``; the statistics extract is its reader today).

Service, urgency, state, how it ended, whether consent was overridden, the month, and hours to
the first response: no reference, note, reason or person. Keyed by pseudonyms
(``crypto.pseudonyms``: the referral's own and its case's, the same as ``cases.service.case_key``);
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
from rihai.cases.service import withheld_case_ids
from rihai.crypto import pseudonyms
from rihai.db import utc_text

from .models import Referral as R


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
            cols["referral_key"] = pseudonyms("referral", cols.pop("id"))
            cols["case_key"] = pseudonyms("case", cols.pop("rid"))
            cols["response_hours"] = [int((r - s).total_seconds() // 3600) if s and r else None
                                      for s, r in zip(cols.pop("sent_at"), cols.pop("responded_at"),
                                                      strict=True)]
            yield cols
    finally:
        result.close()
