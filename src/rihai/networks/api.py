"""JSON API of the recruiter networks. Values asked about (the hint) travel in request bodies,
never in URLs; responses carry what the viewer may see and counts for the rest."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.db import utcnow
from rihai.networks import service as networks
from rihai.web.deps import SessionDep
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/api/v1/networks", route_class=TransactionalRoute, tags=["networks"])
EntityId = Annotated[str, Field(min_length=1, max_length=64)]


class HintValue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["phone", "licence", "cnic", "account", "handle", "email"]
    value: str = Field(min_length=1, max_length=200)


class HintAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    values: list[HintValue] = Field(min_length=1, max_length=20)


class HintRead(BaseModel):
    records: int
    agencies: list[str]
    unheld: list[str]
    since: date | None
    on_published_watchlist: bool


@router.post("/hint", response_model=HintRead)
def hint(body: HintAsk, actor: Annotated[Actor, Requires(P.NETWORKS_HINT_READ)], session: SessionDep) -> HintRead:
    h = networks.known_elsewhere(session, actor, [(v.kind, v.value) for v in body.values])
    return HintRead(records=h.records, agencies=list(h.agencies), unheld=list(h.unheld), since=h.since,
                    on_published_watchlist=h.on_published_watchlist)


class MentionRead(BaseModel):
    record_id: str
    source: str
    ref: str
    owner_agency: str | None
    recorded_on: date | None
    roles: list[str]
    name: str | None
    probability: float
    identifiers: list[tuple[str, str | None]]


class ElsewhereRead(BaseModel):
    agency_id: int | None
    agency: str | None
    records: int
    since: date | None


class LinkRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    a_record: str
    a_ref: str
    b_record: str
    b_ref: str
    probability: float
    evidence: list[str]
    reliability: str
    information: int


class EntityRead(BaseModel):
    entity_id: str
    network_id: str | None
    name: str | None
    mentions: list[MentionRead]
    elsewhere: list[ElsewhereRead]
    linked: list[tuple[str, str | None]]
    links: list[LinkRead]


@router.get("/entities/{entity_id}", response_model=EntityRead)
def entity(entity_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)], session: SessionDep) -> EntityRead:
    page = networks.entity_page(session, actor, entity_id[:64])
    return EntityRead(
        entity_id=page.entity_id, network_id=page.network_id, name=page.name,
        mentions=[MentionRead(record_id=m.record_id, source=m.source, ref=m.ref, owner_agency=m.owner_agency,
                              recorded_on=m.recorded_on, roles=list(m.roles), name=m.name, probability=m.probability,
                              identifiers=list(m.identifiers)) for m in page.mentions],
        elsewhere=[ElsewhereRead(agency_id=e.agency_id, agency=e.agency, records=e.records, since=e.since)
                   for e in page.elsewhere],
        linked=page.linked, links=[LinkRead.model_validate(lk) for lk in page.links])


class GraphNode(BaseModel):
    id: str
    label: str
    kind: str
    group: str
    href: str | None = None


class GraphEdge(BaseModel):
    source: str
    target: str
    kind: str
    probability: float
    grading: str | None = None


class GraphRead(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


@router.get("/networks/{network_id}/graph", response_model=GraphRead)
def graph(network_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)], session: SessionDep) -> GraphRead:
    return GraphRead.model_validate(networks.network_graph(session, actor, network_id[:64]))


class RankedRead(BaseModel):
    entity_id: str
    network_id: str | None
    name: str | None
    victims: int
    records: int
    agencies: int
    last_seen: date | None


@router.get("/ranking", response_model=list[RankedRead])
def ranking(actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)], session: SessionDep,
            limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[RankedRead]:
    return [RankedRead(**vars(r)) for r in networks.ranking(session, actor, limit=limit)]


class ChangesRead(BaseModel):
    since: datetime
    new_records: int
    changed_records: int
    seen: list[tuple[str, str, str | None]]


@router.get("/changes", response_model=ChangesRead)
def changes(actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)], session: SessionDep,
            days: Annotated[int, Query(ge=1, le=366)] = 7) -> ChangesRead:
    c = networks.changes_since(session, actor, utcnow() - timedelta(days=days))
    return ChangesRead(since=c.since, new_records=c.new_records, changed_records=c.changed_records, seen=c.seen)


class AccessAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owner_agency_id: int
    reason: str | None = Field(default=None, max_length=2000)


class AccessRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    entity_id: str
    owner_agency_id: int
    status: str
    created_at: datetime
    expires_at: datetime | None


class AccessDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days: int = Field(default=30, ge=1, le=90)


@router.post("/entities/{entity_id}/access-requests", response_model=AccessRead, status_code=status.HTTP_201_CREATED)
def ask_access(entity_id: str, body: AccessAsk, actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_REQUEST)],
               session: SessionDep) -> AccessRead:
    return AccessRead.model_validate(networks.request_access(
        session, actor, entity_id=entity_id[:64], owner_agency_id=body.owner_agency_id, reason=body.reason))


@router.get("/access-requests", response_model=list[AccessRead])
def access_inbox(actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_DECIDE)], session: SessionDep) -> list[AccessRead]:
    return [AccessRead.model_validate(r) for r in networks.inbox(session, actor)]


@router.post("/access-requests/{request_id}/approve", response_model=AccessRead)
def approve(request_id: int, body: AccessDecision, actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_DECIDE)],
            session: SessionDep) -> AccessRead:
    return AccessRead.model_validate(networks.approve(session, actor, request_id, days=body.days))


@router.post("/access-requests/{request_id}/refuse", response_model=AccessRead)
def refuse(request_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_DECIDE)],
           session: SessionDep) -> AccessRead:
    return AccessRead.model_validate(networks.refuse(session, actor, request_id))


class BuildRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    status: str
    records: int
    mentions: int
    networks: int
    added: int
    changed: int
    removed: int


@router.post("/build", response_model=BuildRead)
def build(actor: Annotated[Actor, Requires(P.NETWORKS_GRAPH_BUILD)], session: SessionDep) -> BuildRead:
    return BuildRead.model_validate(networks.build(session, actor))


class ReviewAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: tuple[Annotated[str, Field(max_length=80)], Annotated[str, Field(max_length=40)]]
    b: tuple[Annotated[str, Field(max_length=80)], Annotated[str, Field(max_length=40)]]
    decision: Literal["same", "different"]


@router.post("/reviews", status_code=status.HTTP_204_NO_CONTENT)
def review(body: ReviewAsk, actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)], session: SessionDep) -> None:
    networks.review(session, actor, body.a, body.b, body.decision)


class PossibleRead(BaseModel):
    """A pair the engine did not merge but a reviewer should look at: ids and the kinds of
    agreement ("name", "place", "named-with", "father", "role"), never a value."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    a: tuple[str, str]
    b: tuple[str, str]
    a_entity: str
    b_entity: str
    probability: float
    evidence: list[str]


@router.get("/possible", response_model=list[PossibleRead])
def possible_queue(actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)], session: SessionDep,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[PossibleRead]:
    return [PossibleRead.model_validate(q) for q in networks.possible_queue(session, actor, limit=limit)]


class DecisionAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Literal["same", "different"]


@router.post("/possible/{possible_id}/review", status_code=status.HTTP_204_NO_CONTENT)
def review_possible(possible_id: int, body: DecisionAsk, actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)],
                    session: SessionDep) -> None:
    networks.review_possible(session, actor, possible_id, body.decision)


class GradeAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reliability: Literal["A", "B", "C", "D", "E"]
    information: int = Field(ge=1, le=5)


@router.post("/links/{link_id}/grade", response_model=LinkRead)
def grade(link_id: int, body: GradeAsk, actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)],
          session: SessionDep) -> LinkRead:
    return LinkRead.model_validate(networks.grade(session, actor, link_id, reliability=body.reliability,
                                                  information=body.information))


class WatchAsk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity_id: EntityId


@router.post("/watches", status_code=status.HTTP_201_CREATED)
def watch(body: WatchAsk, actor: Annotated[Actor, Requires(P.NETWORKS_WATCH_MANAGE)], session: SessionDep) -> dict:
    return {"id": networks.watch(session, actor, body.entity_id).id}


@router.delete("/watches/{watch_id}", status_code=status.HTTP_204_NO_CONTENT)
def unwatch(watch_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_WATCH_MANAGE)], session: SessionDep) -> None:
    networks.unwatch(session, actor, watch_id)
