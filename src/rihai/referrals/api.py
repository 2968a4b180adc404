"""JSON API of the referral mechanism: the directory under ``/api/v1/providers``, referrals under
``/api/v1/referrals`` and ``/api/v1/cases/{case_id}/referrals``. Each transition is its own route so
that each declares the one permission it needs (the sender's or the receiver's)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Row

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import IdPath, SessionDep
from rihai.web.pagination import Page, PageNumber, PageSize
from rihai.web.routing import TransactionalRoute

from . import performance
from . import service
from .codes import EligibleGroup, ServiceType
from .inbox import Box
from .models import Referral
from .schemas import (
    Indicators,
    ProviderIn,
    ProviderMatch,
    ProviderRead,
    ProviderUpdate,
    ReferralCreate,
    ReferralEventRead,
    ReferralRead,
    SharedCaseRead,
    TransitionIn,
)
from .states import Action

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["referrals"])


_COLUMNS = [name for name in ReferralRead.model_fields if name not in ("events", "overdue", "case_reference")]


def read(referral: Referral, *, with_events: bool = True, now: object = None) -> ReferralRead:
    """The API shape of a referral. Lists pass ``with_events=False``: the timeline is not even
    loaded then (touching the relationship cost a query per row)."""
    from rihai.db import utcnow

    if isinstance(referral, Row):  # a list row: its mapping is far cheaper than attribute access
        values = referral._mapping
        out = ReferralRead.model_validate({name: values[name] for name in _COLUMNS})
    else:
        out = ReferralRead.model_validate({name: getattr(referral, name) for name in _COLUMNS})
    out.overdue = referral.state == "sent" and referral.due_at < (now or utcnow())
    if with_events:
        out.events = [ReferralEventRead.model_validate(e) for e in referral.events]
    return out


# -- the directory ----------------------------------------------------------------------------

@router.get("/providers", response_model=list[ProviderRead])
def list_providers(actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_READ)], session: SessionDep,
                   include_inactive: bool = False) -> list[ProviderRead]:
    return [ProviderRead.model_validate(p) for p in
            service.list_providers(session, actor, include_inactive=include_inactive)]


class ProviderQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    service: ServiceType
    province: Annotated[str, Field(max_length=8)] | None = None
    district: Annotated[str, Field(max_length=80)] | None = None
    country: Annotated[str, Field(min_length=2, max_length=2)] | None = None
    group: EligibleGroup | None = None
    language: Annotated[str, Field(max_length=8)] | None = None
    limit: int = Field(default=20, ge=1, le=100)


@router.post("/providers/find", response_model=list[ProviderMatch])
def find_providers(body: ProviderQuery, actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_READ)],
                   session: SessionDep) -> list[ProviderMatch]:
    """Providers of a service for a place and a person's group, nearest first."""
    return service.find_providers(session, actor, service=body.service, province=body.province,
                                  district=body.district, country=body.country, group=body.group,
                                  language=body.language, limit=body.limit)


@router.post("/providers", response_model=ProviderRead, status_code=status.HTTP_201_CREATED)
def create_provider(body: ProviderIn, actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_MANAGE)],
                    session: SessionDep) -> ProviderRead:
    return ProviderRead.model_validate(service.create_provider(session, actor, data=body))


@router.put("/providers/{provider_id}", response_model=ProviderRead)
def update_provider(provider_id: IdPath, body: ProviderUpdate,
                    actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_MANAGE)],
                    session: SessionDep) -> ProviderRead:
    return ProviderRead.model_validate(service.update_provider(session, actor, provider_id, data=body))


# -- referrals --------------------------------------------------------------------------------

@router.post("/cases/{case_id}/referrals", response_model=ReferralRead, status_code=status.HTTP_201_CREATED)
def refer(case_id: uuid.UUID, body: ReferralCreate,
          actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_CREATE)], session: SessionDep) -> ReferralRead:
    return read(service.refer(session, actor, case_id, data=body))


@router.get("/cases/{case_id}/referrals", response_model=list[ReferralRead])
def case_referrals(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)],
                   session: SessionDep) -> list[ReferralRead]:
    return [read(r) for r in service.list_for_case(session, actor, case_id)]


@router.get("/referrals", response_model=Page[ReferralRead])
def list_referrals(actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)], session: SessionDep,
                   box: Box = Box.INCOMING, open_only: bool = True,
                   page: PageNumber = 1, page_size: PageSize = 25) -> Page[ReferralRead]:
    """``box=incoming`` (to my agency), ``outgoing`` (from my agency) or ``overdue``."""
    rows, total = service.list_referrals(session, actor, box=box, open_only=open_only, page=page,
                                         page_size=page_size)
    # The referrals list is not capped; it has always said so (``total_capped: false``).
    return Page(items=[read(r, with_events=False) for r in rows], total=total, total_capped=False, page=page,
                page_size=page_size)


@router.get("/referrals/indicators", response_model=Indicators)
def mechanism_indicators(actor: Annotated[Actor, Requires(P.REFERRALS_INDICATOR_READ)],
                         session: SessionDep) -> Indicators:
    return performance.indicators(session, actor)


@router.get("/referrals/{referral_id}", response_model=ReferralRead)
def read_referral(referral_id: uuid.UUID, actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)],
                  session: SessionDep) -> ReferralRead:
    return read(service.get_referral(session, actor, referral_id))


@router.get("/referrals/{referral_id}/case", response_model=SharedCaseRead)
def referred_case(referral_id: uuid.UUID, actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_RESPOND)],
                  session: SessionDep) -> SharedCaseRead:
    """The receiving agency's need-to-know view of the case (403 naming the rule when withheld)."""
    from rihai.errors import Forbidden

    view = service.shared_case(session, actor, referral_id)
    if view.case is None:
        raise Forbidden("the case is not shared with you now", rule=view.reason_withheld or "referral-not-accepted")
    return SharedCaseRead(referral_id=view.referral.id, case_reference=str(view.case["reference"]),
                          groups=sorted(view.case.groups), note_kinds=sorted(view.case.note_kinds),
                          fields={k: v for k, v in view.case.values.items() if k not in ("id",)},
                          events=view.case.events, perpetrators=view.case.perpetrators,
                          notes=view.case.notes)


class SendIn(TransitionIn):
    consent_override_reason: Annotated[str, Field(min_length=20, max_length=2000)] | None = None


def _sender_route(action: Action):  # type: ignore[no-untyped-def]
    def handler(referral_id: uuid.UUID, body: SendIn,
                actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_CREATE)],
                session: SessionDep) -> ReferralRead:
        return read(service.transition(session, actor, referral_id, action,
                                       data=TransitionIn(**body.model_dump(exclude={"consent_override_reason"})),
                                       consent_override_reason=body.consent_override_reason))
    handler.__name__ = f"{action}_referral"
    return handler


def _receiver_route(action: Action):  # type: ignore[no-untyped-def]
    def handler(referral_id: uuid.UUID, body: TransitionIn,
                actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_RESPOND)],
                session: SessionDep) -> ReferralRead:
        return read(service.transition(session, actor, referral_id, action, data=body))
    handler.__name__ = f"{action}_referral"
    return handler


for _action in (Action.SEND, Action.CANCEL, Action.REVOKE):
    router.add_api_route(f"/referrals/{{referral_id}}/{_action}", _sender_route(_action), methods=["POST"],
                         response_model=ReferralRead, name=f"{_action}_referral")
for _action in (Action.ACCEPT, Action.DECLINE, Action.START, Action.COMPLETE):
    router.add_api_route(f"/referrals/{{referral_id}}/{_action}", _receiver_route(_action), methods=["POST"],
                         response_model=ReferralRead, name=f"{_action}_referral")
