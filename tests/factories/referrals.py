"""Factories for the referral mechanism: providers in the directory and consent helpers."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.models import Agency
from rihai.cases import service as case_service
from rihai.cases.schemas import ConsentCreate
from rihai.referrals import service
from rihai.referrals.models import ServiceProvider
from rihai.referrals.schemas import ProviderIn


def make_provider(db: Session, agency: Agency, *services: str, **kw: object) -> ServiceProvider:
    data = {"agency_id": agency.id, "name": f"Provider {agency.id}-{len(services)} (TEST)",
            "services": list(services) or ["Shelter"], "nationwide": True,
            "contact_email": "desk@provider.example.org", **kw}
    return service.create_provider(db, Actor.system("test"), data=ProviderIn.model_validate(data))


def give_consent(db: Session, actor: Actor, case_id: object, *, purpose: str = "Referral",
                 recipient: Agency | None = None, given: bool = True, given_by: str = "Survivor") -> None:
    case_service.record_consent(db, actor, case_id, data=ConsentCreate(
        purpose=purpose, given=given, given_by=given_by, consent_date=date.today(),
        recipient_agency_id=recipient.id if recipient else None))
