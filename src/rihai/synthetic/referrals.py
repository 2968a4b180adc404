"""Synthetic providers and referrals for the demo and the benchmarks.

``ensure_providers`` puts the synthetic agencies' services in the directory. ``seed_referrals``
walks a share of the demo cases through the real referral services (consent recorded, referral
sent, then accepted, declined, started or completed by the receiving agency's own staff), so the
inbox, the overdue list and the indicators have something true to show. ``bulk_referrals`` writes
hundreds of thousands of rows straight into the table for benchmarks (one audit event for all).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.cases import service as case_service
from rihai.cases.models import Case
from rihai.cases.service import ConsentCreate
from rihai.db import refresh_statistics, utcnow
from rihai.referrals import service as referral_service
from rihai.referrals.models import Referral, ServiceProvider
from rihai.referrals.service import (CONSENT_PURPOSE, RESPONSE_TIME, Action, ProviderIn, ReferralCreate,
                                     ReferralState, ServiceType, TransitionIn, Urgency)

from .generator import marked
from .seed import Directory, _actor

# key -> (services, eligible, where: districts / nationwide / countries, languages, capacity)
PROVIDERS: dict[str, tuple[list[str], list[str], dict, list[str], int | None]] = {
    "shelter_lhr": (["Shelter", "Psychosocial", "Medical", "VocationalTraining", "Reintegration"],
                    ["women", "girls"], {"districts": ["PK-PB:Lahore", "PK-PB:Kasur", "PK-PB:Sheikhupura"]},
                    ["ur", "pa", "en"], 40),
    "shelter_khi": (["Shelter", "Psychosocial", "Education", "Reintegration"], ["women", "girls", "boys"],
                    {"districts": ["PK-SD:Karachi South", "PK-SD:Karachi East"]}, ["ur", "sd", "en"], 30),
    "shelter_pew": (["Shelter", "Psychosocial", "Livelihood"], ["women", "men", "girls", "boys", "transgender"],
                    {"districts": ["PK-KP:Peshawar", "PK-KP:Mardan"]}, ["ps", "ur"], 25),
    "shelter_uet": (["Shelter", "FinancialSupport", "Reintegration", "FamilyTracing"], ["men", "women", "boys"],
                    {"districts": ["PK-BA:Quetta"]}, ["bal", "brh", "ps", "ur"], 20),
    "legal_lhr": (["LegalAid"], ["women", "men", "girls", "boys", "transgender"], {"nationwide": True},
                  ["ur", "pa", "en"], None),
    "fia_lhr": (["Investigation"], ["women", "men", "girls", "boys", "transgender"],
                {"districts": ["PK-PB:Lahore", "PK-PB:Gujranwala", "PK-PB:Sialkot"]}, ["ur", "pa"], None),
    "fia_isb": (["Investigation"], ["women", "men", "girls", "boys", "transgender"], {"nationwide": True},
                ["ur", "en"], None),
    "emb_bkk": (["RepatriationConsular", "FamilyTracing"], ["women", "men", "girls", "boys", "transgender"],
                {"countries": ["TH", "MM", "LA", "KH"]}, ["ur", "en", "th"], None),
    "emb_ruh": (["RepatriationConsular"], ["women", "men", "girls", "boys", "transgender"],
                {"countries": ["SA"]}, ["ur", "en", "ar"], None),
    "cg_dxb": (["RepatriationConsular"], ["women", "men", "girls", "boys", "transgender"],
               {"countries": ["AE", "OM"]}, ["ur", "en", "ar"], None),
}


def ensure_providers(session: Session, directory: Directory) -> dict[str, ServiceProvider]:
    """The synthetic agencies' entries in the service directory (idempotent, by name)."""
    system = Actor.system("cli")
    out: dict[str, ServiceProvider] = {}
    for key, (services, eligible, where, languages, capacity) in PROVIDERS.items():
        agency = directory.agencies[key]
        name = agency.name  # already marked as synthetic
        existing = session.scalar(select(ServiceProvider).where(ServiceProvider.name == name))
        if existing is None:
            existing = referral_service.create_provider(session, system, is_synthetic=True, data=ProviderIn(
                agency_id=agency.id, name=name, services=services, eligible=eligible, languages=languages,
                capacity=capacity, contact_email=f"desk.{key.replace('_', '-')}@example.org", **where))
        out[key] = existing
    return out


def seed_referrals(session: Session, directory: Directory, *, share: float = 0.4, seed: int | None = None,
                   progress: Callable[[int], None] | None = None) -> int:
    """Refer a share of the synthetic cases through the services, and answer most referrals."""
    rng = random.Random(seed)
    providers = ensure_providers(session, directory)
    by_agency = {a.id: k for k, a in directory.agencies.items()}
    cases = session.execute(select(Case.id, Case.owner_agency_id, Case.caseworker_id)
                            .where(Case.is_synthetic.is_(True), Case.status == "Active")).all()
    users = {u.id: u for opener_list in directory.openers.values() for u in opener_list}
    made = 0
    for case_id, owner_id, caseworker_id in cases:
        if rng.random() > share or caseworker_id not in users:
            continue
        sender = _actor(users[caseworker_id])
        key = rng.choice([k for k in providers if directory.agencies[k].id != owner_id])
        provider = providers[key]
        svc = ServiceType(rng.choice(provider.services))
        case = case_service.require_visible(session, sender, case_id)
        case_service.record_consent(session, sender, case_id, data=ConsentCreate(
            purpose=CONSENT_PURPOSE[svc], given=True, consent_date=date.today(),
            given_by="Guardian" if case.person.is_minor else "Survivor"))
        child = {"child_decision": "BestInterestDetermination",
                 "child_decision_note": marked("Best-interest panel, shelter intake")} \
            if case.person.is_minor else {}
        referral = referral_service.refer(session, sender, case_id, is_synthetic=True, data=ReferralCreate(
            provider_id=provider.id, service=svc, urgency=rng.choice(list(Urgency)),
            note=marked("Synthetic referral note"), **child))
        receiver_key = by_agency[provider.agency_id]
        receiver = _actor(directory.supervisors[receiver_key])
        roll = rng.random()
        steps: list[tuple[Action, dict]] = []
        if roll < 0.15:
            steps = [(Action.DECLINE, {"reason": "NoCapacity"})]
        elif roll < 0.75:
            steps = [(Action.ACCEPT, {})] + ([(Action.START, {})] if roll < 0.6 else []) \
                + ([(Action.COMPLETE, {})] if roll < 0.35 else [])
        for action, extra in steps:
            referral = referral_service.transition(session, receiver, referral.id, action,
                                                   data=TransitionIn(version=referral.version, **extra))
        made += 1
        if progress and made % 25 == 0:
            progress(25)
    return made


def bulk_referrals(session: Session, n: int, *, seed: int | None = None, batch: int = 5000,
                   progress: Callable[[int], None] | None = None) -> int:
    """``n`` referrals of random synthetic cases, written in batches (benchmarks only). States,
    urgencies and timestamps are spread like a working mechanism's; about 3% are overdue."""
    rng = random.Random(seed)
    providers = session.execute(select(ServiceProvider.id, ServiceProvider.agency_id,
                                       ServiceProvider.services)).all()
    total_cases = session.scalar(select(func.count()).select_from(Case)) or 0
    if not providers or not total_cases:
        raise ValueError("seed cases and providers first")
    case_rows = session.execute(select(Case.id, Case.owner_agency_id, Case.caseworker_id, Case.identified_on)
                                .limit(min(total_cases, 200_000))).all()
    referred: set[object] = set()
    now = utcnow()
    states = [(ReferralState.COMPLETED, .3), (ReferralState.IN_SERVICE, .2), (ReferralState.ACCEPTED, .15),
              (ReferralState.DECLINED, .1), (ReferralState.SENT, .2), (ReferralState.CANCELLED, .05)]
    made = 0
    while made < n:
        rows = []
        for _ in range(min(batch, n - made)):
            case_id, owner, worker, identified = rng.choice(case_rows)
            pid, to_agency, services = rng.choice(providers)
            svc = rng.choice(services)
            urgency = rng.choice(list(Urgency))
            sent = now - timedelta(days=rng.uniform(0, 720))
            state = rng.choices([s for s, _ in states], [w for _, w in states])[0]
            due = sent + RESPONSE_TIME[urgency]
            if state is ReferralState.SENT:
                # Most unanswered referrals are recent; a few are past their deadline.
                sent = now - timedelta(hours=rng.uniform(0, 240) if rng.random() < 0.85 else rng.uniform(240, 2000))
                due = sent + RESPONSE_TIME[urgency]
            answered = state not in (ReferralState.SENT, ReferralState.CANCELLED)
            responded = sent + timedelta(hours=rng.expovariate(1 / 30)) if answered else None
            first = case_id not in referred
            referred.add(case_id)
            days = max(0, (sent.date() - identified).days) if identified else None
            rows.append({
                "first_for_case": first, "days_from_identification": days,
                "id": uuid.uuid4(), "reference": f"RF-B{made + len(rows):09d}"[:16], "case_id": case_id,
                "from_agency_id": owner, "from_user_id": worker, "provider_id": pid, "to_agency_id": to_agency,
                "assignee_id": None, "service": svc, "urgency": urgency, "state": state, "due_at": due,
                "consent_purpose": CONSENT_PURPOSE[ServiceType(svc)], "consent_overridden": False,
                "is_synthetic": True, "created_at": sent, "sent_at": sent, "responded_at": responded,
                "ended_at": responded if state in (ReferralState.DECLINED, ReferralState.COMPLETED) else None,
                "updated_at": responded or sent, "version": 3 if answered else 2})
        session.execute(insert(Referral), rows)
        made += len(rows)
        if progress:
            progress(len(rows))
    audit.record(session, Actor.system("cli"), AuditTag.SYNTHETIC_SEED, subject_type="synthetic-seed",
                 fields=["referrals"], related_ids=[f"count:{n}"])
    refresh_statistics(session.connection())
    return made
