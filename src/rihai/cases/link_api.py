"""JSON API for the same survivor at two agencies (``links.py``): a case's hints ("a possible
record is held by agency X") and its request to link, the holding supervisors' inbox, accept,
decline, unlink.

No answer names anything of the other agency's case: a hint carries the agency's name, a state
and a date; a link is shown to each side with its own case only (never the other case's id); the
inbox shows the holding supervisor their own case, who asks and why, as the page does."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.db import DbId
from rihai.web.deps import IdPath, SessionDep
from rihai.web.routing import TransactionalRoute

from . import service
from .links import LinkRequest
from .models import CaseLink

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["cases"])


class LinkHintRead(BaseModel):
    candidate_id: int = Field(description="names the pair for a request; 0 for a link whose candidate is gone")
    agency: str
    state: str | None
    asked_by_us: bool
    link_id: int | None
    since: datetime | None


class LinkCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    candidate_id: DbId
    reason: service.LinkReason
    note: str | None = Field(default=None, max_length=1000)


class LinkRead(BaseModel):
    """A link as one side sees it: ``case_id`` is that side's own case."""

    id: int
    case_id: uuid.UUID
    state: str
    reason: str
    requested_at: datetime
    decided_at: datetime | None


# The inbox row as the service builds it (a dataclass FastAPI serialises as it is): one shape.
LinkRequestRead = LinkRequest


def _seen_by(link: CaseLink, actor: Actor) -> LinkRead:
    own = link.held_case_id if actor.agency_id == link.holding_agency_id else link.requesting_case_id
    return LinkRead(id=link.id, case_id=own, state=link.state, reason=link.reason,
                    requested_at=link.requested_at, decided_at=link.decided_at)


@router.get("/cases/{case_id}/links", response_model=list[LinkHintRead])
def hints(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_LINK_REQUEST)],
          session: SessionDep) -> list[LinkHintRead]:
    """Possible records of this person held by other agencies, and links asked for or made."""
    return [LinkHintRead(candidate_id=h.candidate_id, agency=h.agency, state=h.state, asked_by_us=h.asked_by_us,
                         link_id=h.link_id, since=h.since) for h in service.link_hints(session, actor, case_id)]


@router.post("/cases/{case_id}/links", response_model=LinkRead, status_code=status.HTTP_201_CREATED)
def request_link(case_id: uuid.UUID, body: LinkCreate, actor: Annotated[Actor, Requires(P.CASES_LINK_REQUEST)],
                 session: SessionDep) -> LinkRead:
    """Ask the holding agency to link (its supervisors are told through the outbox). 409
    ``link-once`` when the pair was already asked, linked or declined."""
    link = service.request_link(session, actor, case_id, candidate_id=body.candidate_id, reason=body.reason,
                                note=body.note)
    return _seen_by(link, actor)


@router.get("/case-links", response_model=list[LinkRequestRead])
def inbox(actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)], session: SessionDep) -> list[LinkRequestRead]:
    """Requests addressed to the caller's agency, open ones first (the latest 100)."""
    return service.link_inbox(session, actor)


@router.post("/case-links/{link_id}/accept", response_model=LinkRead)
def accept(link_id: IdPath, actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)],
           session: SessionDep) -> LinkRead:
    return _seen_by(service.decide_link(session, actor, link_id, accept=True), actor)


@router.post("/case-links/{link_id}/decline", response_model=LinkRead)
def decline(link_id: IdPath, actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)],
            session: SessionDep) -> LinkRead:
    return _seen_by(service.decide_link(session, actor, link_id, accept=False), actor)


@router.post("/case-links/{link_id}/unlink", response_model=LinkRead)
def unlink(link_id: IdPath, actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)],
           session: SessionDep) -> LinkRead:
    """A supervisor of either agency ends a link."""
    return _seen_by(service.unlink(session, actor, link_id), actor)
