"""How well the mechanism works, scoped to the viewer: a supervisor sees referrals their agency sent
or received; anyone else the referrals they may see. Computed from coded columns only, in SQL.

Medians come from histograms the database builds (response time in whole hours, time from
identification to first referral in whole days): SQLite has no percentile function, and moving
every scoped row into Python took seconds for a busy agency. A median read from one-hour (or
one-day) bins is exact to the bin, which is the precision anyone reads these numbers at.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, and_, case, cast, func, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases import service as cases_service
from rihai.db import utcnow

from .codes import ReferralState
from .models import Referral, ServiceProvider
from .schemas import Indicators, ProviderIndicator
from .visibility import scope_parts

_ANSWERED = [ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.IN_SERVICE,
             ReferralState.COMPLETED, ReferralState.REVOKED]
_ACCEPTED = [ReferralState.ACCEPTED, ReferralState.IN_SERVICE, ReferralState.COMPLETED, ReferralState.REVOKED]


def _hours_between(session: Session, start: Any, end: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start) / 3600.0
    return (func.julianday(end) - func.julianday(start)) * 24.0


def median_of_bins(bins: Counter[int]) -> float | None:
    """The median of values counted in unit bins (bin ``b`` holds values in [b, b+1))."""
    total = sum(bins.values())
    if not total:
        return None
    half, seen = total / 2, 0
    for value in sorted(bins):
        seen += bins[value]
        if seen >= half:
            return float(value) + 0.5 if value >= 0 else float(value)
    return None  # pragma: no cover - unreachable


# Indicators move slowly and cost a scan of every referral an agency sent or received; a view
# computed for one scope is reused for a minute (per process) before being computed again.
CACHE_SECONDS = 60.0
_cache: dict[tuple[object, ...], tuple[float, Indicators]] = {}
_cache_lock = threading.Lock()


def _scope_key(actor: Actor) -> tuple[object, ...]:
    if actor.sees_whole_agency:
        return ("agency", actor.agency_id, actor.can(Permission.CASES_CASE_READ))
    return ("user", actor.user_id, actor.agency_id, actor.can(Permission.CASES_CASE_READ))


def indicators(session: Session, actor: Actor, *, now: datetime | None = None,
               fresh: bool = False) -> Indicators:
    """Callers: holders of ``referrals:indicator:read``; figures over the referrals they may see."""
    require(actor, Permission.REFERRALS_INDICATOR_READ)
    key = _scope_key(actor)
    if now is None and not fresh:
        with _cache_lock:
            hit = _cache.get(key)
        if hit and time.monotonic() - hit[0] < CACHE_SECONDS:
            return hit[1]
    result = _compute(session, actor, now or utcnow())
    if now is None:
        with _cache_lock:
            _cache[key] = (time.monotonic(), result)
    return result


def _compute(session: Session, actor: Actor, now: datetime) -> Indicators:
    answered = Referral.state.in_(_ANSWERED)
    hours = cast(func.floor(_hours_between(session, Referral.sent_at, Referral.responded_at)), Integer)
    per: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_pair: dict[tuple[int, str], Counter[int]] = defaultdict(Counter)
    overall: Counter[int] = Counter()
    day_bins: Counter[int] = Counter()
    cases_referred = 0
    # Each disjoint piece of the scope on its own index (an OR of them scanned every referral).
    for part in scope_parts(actor):
        scope = and_(part, Referral.state != ReferralState.DRAFT)
        # One pass: counts by provider, service and state class, with the response-time bins.
        late_expr = case((and_(Referral.state == ReferralState.SENT, Referral.due_at < now), 1), else_=0)
        hours_expr = case((and_(answered, Referral.sent_at.is_not(None), Referral.responded_at.is_not(None)),
                           hours), else_=None)
        rows = session.execute(
            select(Referral.provider_id, Referral.service, Referral.state, late_expr, hours_expr, func.count())
            .where(scope).group_by(Referral.provider_id, Referral.service, Referral.state, late_expr,
                                   hours_expr)).all()
        for pid, svc, state, late, h, n in rows:
            bucket = per[(pid, svc)]
            bucket[0] += n
            if state in _ANSWERED:
                bucket[1] += n
                if state in _ACCEPTED:
                    bucket[2] += n
            bucket[3] += n if late else 0
            if h is not None:
                by_pair[(pid, svc)][int(h)] += n
                overall[int(h)] += n
        # Days from identification to the case's first referral were recorded when it was sent.
        for d, n in session.execute(
                select(Referral.days_from_identification, func.count())
                .where(scope, Referral.first_for_case.is_(True))
                .group_by(Referral.days_from_identification)):
            cases_referred += n
            if d is not None:
                day_bins[max(0, int(d))] += n
    names = dict(session.execute(select(ServiceProvider.id, ServiceProvider.name)).all())
    by_provider = []
    total = n_answered = n_accepted = n_overdue = 0
    for (pid, svc), (n, ans, acc, late) in sorted(per.items(), key=lambda kv: (names.get(kv[0][0], ""), kv[0][1])):
        total, n_answered, n_accepted, n_overdue = total + n, n_answered + ans, n_accepted + acc, n_overdue + late
        by_provider.append(ProviderIndicator(
            provider_id=pid, provider_name=names.get(pid, "?"), service=svc, referrals=n, answered=ans,
            accepted=acc, acceptance_rate=(acc / ans) if ans else None,
            median_response_hours=median_of_bins(by_pair.get((pid, svc), Counter()))))
    plan: dict[str, int] = cases_service.plan_completion_counts(session, actor) \
        if actor.can(Permission.CASES_CASE_READ) else {}
    live_items = sum(n for status, n in plan.items() if status != "cancelled")
    return Indicators(
        plan_items=plan, plan_completion_rate=(plan.get("done", 0) / live_items) if live_items else None,
        scope="agency" if actor.sees_whole_agency else "mine", referrals=total, overdue=n_overdue,
        median_days_to_first_referral=median_of_bins(day_bins), cases_referred=cases_referred,
        acceptance_rate=(n_accepted / n_answered) if n_answered else None,
        median_response_hours=median_of_bins(overall),
        cases_without_consent=cases_service.count_without_consent(session, actor)
        if actor.can(Permission.CASES_CASE_READ) else 0,
        by_provider=by_provider)


def overdue_count(session: Session, actor: Actor, *, now: datetime | None = None) -> int:
    """For the dashboard tile: overdue referrals the actor can see."""
    now = now or utcnow()
    late = and_(Referral.state == ReferralState.SENT, Referral.due_at < now)
    return sum(session.scalar(select(func.count()).select_from(Referral).where(part, late)) or 0
               for part in scope_parts(actor))
