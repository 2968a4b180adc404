"""How well the mechanism works, scoped to the viewer: a supervisor sees referrals their agency sent
or received; anyone else the referrals they may see. Computed from coded columns only, in SQL.

Medians come from histograms the database builds (response time in whole hours, time from
identification to first referral in whole days): SQLite has no percentile function, and moving
every scoped row into Python took seconds for a busy agency. A median read from one-hour (or
one-day) bins is exact to the bin, which is the precision anyone reads these numbers at.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, func, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.policy import visible_clause
from rihai.access.service import require
from rihai.cases import service as cases_service
from rihai.cases.models import Case
from rihai.db import utcnow

from .codes import ReferralState
from .models import Referral, ServiceProvider
from .schemas import Indicators, ProviderIndicator

_ANSWERED = [ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.IN_SERVICE,
             ReferralState.COMPLETED, ReferralState.REVOKED]
_ACCEPTED = [ReferralState.ACCEPTED, ReferralState.IN_SERVICE, ReferralState.COMPLETED, ReferralState.REVOKED]


def _hours_between(session: Session, start: Any, end: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start) / 3600.0
    return (func.julianday(end) - func.julianday(start)) * 24.0


def _days_between(session: Session, start_date: Any, end_ts: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return cast(end_ts, Date) - start_date  # date - date is a whole number of days
    return func.julianday(func.date(end_ts)) - func.julianday(start_date)


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


def indicators(session: Session, actor: Actor, *, now: datetime | None = None) -> Indicators:
    """Callers: anyone with ``referrals:referral:read``'s scope and the indicator permission."""
    require(actor, Permission.REFERRALS_INDICATOR_READ)
    now = now or utcnow()
    scope = and_(visible_clause(Referral, actor), Referral.state != ReferralState.DRAFT)
    answered = Referral.state.in_(_ANSWERED)
    per_rows = session.execute(
        select(Referral.provider_id, Referral.service, func.count(),
               func.sum(case((answered, 1), else_=0)),
               func.sum(case((Referral.state.in_(_ACCEPTED), 1), else_=0)),
               func.sum(case((and_(Referral.state == ReferralState.SENT, Referral.due_at < now), 1), else_=0)))
        .where(scope).group_by(Referral.provider_id, Referral.service)).all()
    hours = cast(func.floor(_hours_between(session, Referral.sent_at, Referral.responded_at)), Integer)
    hist_rows = session.execute(
        select(Referral.provider_id, Referral.service, hours, func.count())
        .where(scope, answered, Referral.sent_at.is_not(None), Referral.responded_at.is_not(None))
        .group_by(Referral.provider_id, Referral.service, hours)).all()
    by_pair: dict[tuple[int, str], Counter[int]] = defaultdict(Counter)
    overall: Counter[int] = Counter()
    for pid, svc, h, n in hist_rows:
        by_pair[(pid, svc)][int(h or 0)] += n
        overall[int(h or 0)] += n
    first = (select(Referral.case_id.label("case_id"), func.min(Referral.sent_at).label("first_sent"))
             .where(scope, Referral.sent_at.is_not(None)).group_by(Referral.case_id).subquery())
    days = cast(func.floor(_days_between(session, Case.identified_on, first.c.first_sent)), Integer)
    day_bins: Counter[int] = Counter()
    cases_referred = 0
    for d, n in session.execute(select(days, func.count()).select_from(first)
                                .join(Case, Case.id == first.c.case_id).group_by(days)):
        cases_referred += n
        if d is not None:
            day_bins[max(0, int(d))] += n
    names = dict(session.execute(select(ServiceProvider.id, ServiceProvider.name)).all())
    by_provider = []
    total = n_answered = n_accepted = n_overdue = 0
    for pid, svc, n, ans, acc, late in sorted(per_rows, key=lambda r: (names.get(r[0], ""), r[1])):
        ans, acc, late = int(ans or 0), int(acc or 0), int(late or 0)
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
    if not actor.can(Permission.REFERRALS_REFERRAL_READ):
        return 0
    now = now or utcnow()
    stmt = select(func.count()).select_from(Referral).where(
        visible_clause(Referral, actor), Referral.state == ReferralState.SENT, Referral.due_at < now)
    return session.scalar(stmt) or 0
