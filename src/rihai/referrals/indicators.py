"""How well the mechanism works, scoped to the viewer: a supervisor sees referrals their agency sent
or received; anyone else the referrals they may see. Computed from coded columns only.

Medians are taken in Python over the scoped durations: SQLite has no percentile function and the
scoped set for one agency is small enough (tens of thousands at most) to move in one query.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import require
from rihai.cases import service as cases_service
from rihai.cases.models import Case
from rihai.db import utcnow

from .codes import ReferralState
from .models import Referral, ServiceProvider
from .schemas import Indicators, ProviderIndicator

_ANSWERED = (ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.IN_SERVICE,
             ReferralState.COMPLETED, ReferralState.REVOKED)
_ACCEPTED = (ReferralState.ACCEPTED, ReferralState.IN_SERVICE, ReferralState.COMPLETED,
             ReferralState.REVOKED)


def _hours(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 3600


def indicators(session: Session, actor: Actor, *, now: datetime | None = None) -> Indicators:
    require(actor, Permission.REFERRALS_INDICATOR_READ)
    now = now or utcnow()
    base = visible(select(Referral.id), actor, Referral).where(Referral.state != ReferralState.DRAFT)
    scoped = base.subquery()
    rows = session.execute(
        select(Referral.provider_id, Referral.service, Referral.state, Referral.sent_at,
               Referral.responded_at, Referral.due_at, Referral.case_id)
        .where(Referral.id.in_(select(scoped.c.id)))).all()
    names = dict(session.execute(select(ServiceProvider.id, ServiceProvider.name)).all())
    per: dict[tuple[int, str], dict[str, list | int]] = defaultdict(lambda: {"n": 0, "ans": 0, "acc": 0, "hrs": []})
    all_hours: list[float] = []
    answered = accepted = overdue = 0
    first_sent: dict[object, datetime] = {}
    for provider_id, service, state, sent_at, responded_at, due_at, case_id in rows:
        bucket = per[(provider_id, service)]
        bucket["n"] += 1  # type: ignore[operator]
        if state in _ANSWERED:
            bucket["ans"] += 1  # type: ignore[operator]
            answered += 1
            if state in _ACCEPTED:
                bucket["acc"] += 1  # type: ignore[operator]
                accepted += 1
            if sent_at and responded_at:
                h = _hours(sent_at, responded_at)
                bucket["hrs"].append(h)  # type: ignore[union-attr]
                all_hours.append(h)
        if state == ReferralState.SENT and due_at < now:
            overdue += 1
        if sent_at and (case_id not in first_sent or sent_at < first_sent[case_id]):
            first_sent[case_id] = sent_at
    days: list[float] = []
    if first_sent:
        ids = list(first_sent)
        for chunk in range(0, len(ids), 900):
            part = ids[chunk:chunk + 900]
            for cid, identified in session.execute(select(Case.id, Case.identified_on).where(Case.id.in_(part))):
                if identified is not None:
                    days.append(max(0.0, (first_sent[cid].date() - identified).days))
    by_provider = [
        ProviderIndicator(provider_id=pid, provider_name=names.get(pid, "?"), service=svc,
                          referrals=int(b["n"]), answered=int(b["ans"]), accepted=int(b["acc"]),  # type: ignore[arg-type]
                          acceptance_rate=(b["acc"] / b["ans"]) if b["ans"] else None,  # type: ignore[operator]
                          median_response_hours=statistics.median(b["hrs"]) if b["hrs"] else None)  # type: ignore[arg-type]
        for (pid, svc), b in sorted(per.items(), key=lambda kv: (names.get(kv[0][0], ""), kv[0][1]))]
    return Indicators(
        scope="agency" if actor.sees_whole_agency else "mine", referrals=len(rows), overdue=overdue,
        median_days_to_first_referral=statistics.median(days) if days else None,
        cases_referred=len(first_sent), acceptance_rate=(accepted / answered) if answered else None,
        median_response_hours=statistics.median(all_hours) if all_hours else None,
        cases_without_consent=cases_service.count_without_consent(session, actor)
        if actor.can(Permission.CASES_CASE_READ) else 0,
        by_provider=by_provider)


def overdue_count(session: Session, actor: Actor, *, now: datetime | None = None) -> int:
    """For the dashboard tile: overdue referrals the actor can see."""
    if not actor.can(Permission.REFERRALS_REFERRAL_READ):
        return 0
    now = now or utcnow()
    stmt = visible(select(func.count()).select_from(Referral), actor, Referral).where(
        Referral.state == ReferralState.SENT, Referral.due_at < now)
    return session.scalar(stmt) or 0
