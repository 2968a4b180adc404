"""What investigators and prosecutors read: an entity (every mention they may see, a timeline,
linked entities, and other agencies' mentions as counts only), a network as a graph, the ranking
of recruiters and what changed since a date. Rows are scoped in SQL (``visibility``); every read
is audited with ids, never values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible_clause
from rihai.access.service import Agency, require
from rihai.errors import NotFound

from .models import NetworkIdentifier, NetworkLink, NetworkMention, NetworkRecord
from .possible_matches import PossibleSeen, for_entity


@dataclass(frozen=True)
class SeenMention:
    record_id: str
    source: str
    source_id: str
    ref: str
    owner_agency: str | None
    recorded_on: date | None
    roles: tuple[str, ...]
    name: str | None
    probability: float
    identifiers: tuple[tuple[str, str | None], ...]  # (kind, value as written, or None: a digest only)


@dataclass(frozen=True)
class HeldElsewhere:
    agency_id: int | None
    agency: str | None
    records: int
    since: date | None


@dataclass
class EntityPage:
    entity_id: str
    network_id: str | None
    name: str | None
    mentions: list[SeenMention] = field(default_factory=list)  # the timeline, oldest first
    elsewhere: list[HeldElsewhere] = field(default_factory=list)
    linked: list[tuple[str, str | None]] = field(default_factory=list)  # (entity id, name if seen)
    links: list[NetworkLink] = field(default_factory=list)
    possible: list[PossibleSeen] = field(default_factory=list)  # "possibly the same person as"


def _seen(session: Session, actor: Actor, where: object) -> list[tuple[NetworkMention, NetworkRecord, str | None]]:
    stmt = (select(NetworkMention, NetworkRecord, Agency.name).select_from(NetworkMention)
            .join(NetworkRecord, NetworkRecord.id == NetworkMention.record_id)
            .outerjoin(Agency, Agency.id == NetworkRecord.owner_agency_id)
            .where(where, visible_clause(NetworkRecord, actor))
            .order_by(NetworkRecord.recorded_on, NetworkRecord.id, NetworkMention.ref))
    return [tuple(r) for r in session.execute(stmt).all()]  # type: ignore[misc]


def entity_page(session: Session, actor: Actor, entity_id: str) -> EntityPage:
    """One entity as the viewer may see it. Callers: investigators and prosecutors
    (``networks:entity:read``). Invariant: another agency's mentions appear only as counts per
    agency unless that agency approved access and the approval has not expired."""
    require(actor, Permission.NETWORKS_ENTITY_READ)
    total = session.scalar(select(func.count()).select_from(NetworkMention).where(NetworkMention.entity_id == entity_id))
    if not total:
        raise NotFound("no such entity")
    seen = _seen(session, actor, NetworkMention.entity_id == entity_id)
    record_ids = sorted({r.id for _, r, _ in seen})
    idents: dict[tuple[str, str | None], list[tuple[str, str | None]]] = {}
    if record_ids:
        for ident in session.scalars(select(NetworkIdentifier).where(NetworkIdentifier.record_id.in_(record_ids))
                                     .order_by(NetworkIdentifier.id)):
            idents.setdefault((ident.record_id, ident.ref), []).append((ident.kind, ident.display))
    mentions = [SeenMention(record_id=r.id, source=r.source, source_id=r.source_id, ref=m.ref, owner_agency=agency,
                            recorded_on=r.recorded_on, roles=tuple(m.roles or ()), name=m.name,
                            probability=m.probability,
                            identifiers=tuple(idents.get((r.id, m.ref), []) + idents.get((r.id, None), [])))
                for m, r, agency in seen]
    hidden = session.execute(
        select(NetworkRecord.owner_agency_id, Agency.name, func.count(NetworkRecord.id.distinct()),
               func.min(NetworkRecord.recorded_on))
        .join(NetworkMention, NetworkMention.record_id == NetworkRecord.id)
        .outerjoin(Agency, Agency.id == NetworkRecord.owner_agency_id)
        .where(NetworkMention.entity_id == entity_id, ~visible_clause(NetworkRecord, actor))
        .group_by(NetworkRecord.owner_agency_id, Agency.name)).all()
    network_id = session.scalar(select(NetworkMention.network_id).where(NetworkMention.entity_id == entity_id).limit(1))
    page = EntityPage(entity_id=entity_id, network_id=network_id,
                      name=next((m.name for m in mentions if m.name), None), mentions=mentions,
                      elsewhere=[HeldElsewhere(a, n, c, s) for a, n, c, s in hidden])
    # Linked entities: people named in the same records the viewer sees (a recruiter and the
    # sub-agent of one case), with a name only where the viewer sees that mention too.
    if record_ids:
        others = _seen(session, actor, NetworkMention.record_id.in_(record_ids) & (NetworkMention.entity_id != entity_id))
        names: dict[str, str | None] = {}
        for m, _, _ in others:
            names[m.entity_id] = names.get(m.entity_id) or m.name
        page.linked = sorted(names.items())
        keys = {(m.record_id, m.ref) for m, _, _ in seen}
        page.links = [lk for lk in session.scalars(select(NetworkLink).where(
            NetworkLink.a_record.in_(record_ids) | NetworkLink.b_record.in_(record_ids)).order_by(NetworkLink.id))
            if (lk.a_record, lk.a_ref) in keys and (lk.b_record, lk.b_ref) in keys]
        page.possible = for_entity(session, actor, entity_id, record_ids)
    audit.record(session, actor, AuditTag.NETWORK_ENTITY_READ, subject_type="networks_entity", subject_id=entity_id,
                 fields=["name", "identifiers"] if mentions else [],
                 related_ids=sorted({*record_ids, *(p.record_id for p in page.possible)}))
    return page


def network_graph(session: Session, actor: Actor, network_id: str) -> dict[str, list[dict]]:
    """Nodes ``{id, label, kind, group}`` and edges ``{source, target, kind, probability}`` of one
    network, for the graph view: the entities and records the viewer sees, and one node per
    other holder ("3 records held by X") for the rest. Callers: ``networks:entity:read``."""
    require(actor, Permission.NETWORKS_ENTITY_READ)
    if not session.scalar(select(func.count()).select_from(NetworkRecord).where(NetworkRecord.network_id == network_id)):
        raise NotFound("no such network")
    seen = _seen(session, actor, NetworkRecord.network_id == network_id)
    nodes: dict[str, dict] = {}
    edges: list[dict] = []
    for m, r, agency in seen:
        nodes.setdefault(f"e:{m.entity_id}", {"id": f"e:{m.entity_id}", "label": m.name or m.entity_id,
                                              "kind": "person", "group": (m.roles or ["person"])[0],
                                              "href": f"/networks/entities/{m.entity_id}"})
        # source and date travel as codes beside the label, so the page can word them in Urdu too
        nodes.setdefault(f"r:{r.id}", {"id": f"r:{r.id}", "label": f"{r.source} {r.recorded_on or ''}".strip(),
                                       "kind": "record", "group": agency or r.source, "source": r.source,
                                       "date": r.recorded_on.isoformat() if r.recorded_on else None})
        edges.append({"source": f"e:{m.entity_id}", "target": f"r:{r.id}", "kind": "mention",
                      "probability": m.probability})
    keys = {(m.record_id, m.ref): m.entity_id for m, _, _ in seen}
    if keys:
        for lk in session.scalars(select(NetworkLink).where(NetworkLink.a_record.in_({k[0] for k in keys}))):
            a, b = keys.get((lk.a_record, lk.a_ref)), keys.get((lk.b_record, lk.b_ref))
            if a and b and a != b:  # within one entity a link is the entity itself
                edges.append({"source": f"e:{a}", "target": f"e:{b}", "kind": "link", "probability": lk.probability,
                              "grading": f"{lk.reliability}{lk.information}"})
    hidden = session.execute(
        select(NetworkRecord.owner_agency_id, Agency.name, func.count(NetworkRecord.id))
        .outerjoin(Agency, Agency.id == NetworkRecord.owner_agency_id)
        .where(NetworkRecord.network_id == network_id, ~visible_clause(NetworkRecord, actor))
        .group_by(NetworkRecord.owner_agency_id, Agency.name)).all()
    # Records the viewer may not see: one node per holder, its count and name only.
    for agency_id, name, count in hidden:
        nodes[f"h:{agency_id}"] = {"id": f"h:{agency_id}", "label": f"{count} × {name or 'unheld'}",
                                   "kind": "record", "group": "held elsewhere", "count": count, "holder": name}
    audit.record(session, actor, AuditTag.NETWORK_GRAPH_READ, subject_type="networks_network", subject_id=network_id,
                 related_ids=sorted({r.id for _, r, _ in seen}))
    return {"nodes": list(nodes.values()), "edges": edges}


@dataclass(frozen=True)
class Ranked:
    entity_id: str
    network_id: str | None
    name: str | None  # only when the viewer sees one of its mentions
    victims: int  # cases naming them (one survivor a case)
    records: int
    agencies: int
    last_seen: date | None


def ranking(session: Session, actor: Actor, *, limit: int = 50) -> list[Ranked]:
    """Recruiters (and other perpetrators) by victims linked, agencies involved and recency. The
    counts cover every agency (like the hint, no content); names only what the viewer sees.
    Callers: ``networks:entity:read``."""
    require(actor, Permission.NETWORKS_ENTITY_READ)
    case_rec = func.count(NetworkRecord.id.distinct()).filter(NetworkRecord.source == "case")
    stmt = (select(NetworkMention.entity_id, func.min(NetworkMention.network_id), case_rec,
                   func.count(NetworkRecord.id.distinct()), func.count(NetworkRecord.owner_agency_id.distinct()),
                   func.max(NetworkRecord.recorded_on))
            .join(NetworkRecord, NetworkRecord.id == NetworkMention.record_id).group_by(NetworkMention.entity_id)
            .order_by(case_rec.desc(), func.count(NetworkRecord.owner_agency_id.distinct()).desc(),
                      func.max(NetworkRecord.recorded_on).desc(), NetworkMention.entity_id)
            .limit(limit))
    rows = session.execute(stmt).all()
    names: dict[str, str | None] = {}
    for m, _, _ in _seen(session, actor, NetworkMention.entity_id.in_([r[0] for r in rows])):
        names[m.entity_id] = names.get(m.entity_id) or m.name
    audit.record(session, actor, AuditTag.NETWORK_RANKING_READ, subject_type="networks_entity",
                 related_ids=[r[0] for r in rows])
    return [Ranked(entity_id=e, network_id=n, name=names.get(e), victims=v, records=c, agencies=a, last_seen=last)
            for e, n, v, c, a, last in rows]


@dataclass(frozen=True)
class Changes:
    since: datetime
    new_records: int  # everywhere: a count
    changed_records: int
    seen: list[tuple[str, str, str | None]]  # (entity id, record id, name) of new mentions the viewer sees


def changes_since(session: Session, actor: Actor, since: datetime) -> Changes:
    """What the builds since ``since`` brought: counts for all, mentions for what the viewer sees.
    Callers: ``networks:entity:read``."""
    require(actor, Permission.NETWORKS_ENTITY_READ)
    new = session.scalar(select(func.count()).select_from(NetworkRecord).where(NetworkRecord.first_seen_at >= since))
    changed = session.scalar(select(func.count()).select_from(NetworkRecord).where(
        NetworkRecord.changed_at >= since, NetworkRecord.first_seen_at < since))
    seen = _seen(session, actor, NetworkRecord.first_seen_at >= since)
    audit.record(session, actor, AuditTag.NETWORK_RANKING_READ, subject_type="networks_changes",
                 related_ids=sorted({r.id for _, r, _ in seen}))
    return Changes(since=since, new_records=new or 0, changed_records=changed or 0,
                   seen=[(m.entity_id, r.id, m.name) for m, r, _ in seen])
