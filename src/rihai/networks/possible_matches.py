"""Possible matches as a reviewer meets them: on an entity's page ("possibly the same person as
…"), and as a queue, strongest first. The engine never merges these pairs (a name corroborated
by a place, a person named with them, a father's name: ``resolution.possible``); a reviewer's
"same" merges them on the next build, "different" keeps them apart for good, and either decision
takes the pair off the queue at once. A reviewer sees, and decides on, only pairs whose two
records they may both see: a suggestion never hints at a record held out of sight."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.policy import visible_clause
from rihai.access.service import Agency, require
from rihai.errors import NotFound

from .models import NetworkMention, NetworkPossibleMatch, NetworkRecord, NetworkReview
from .reviews import review, sees

MentionKey = tuple[str, str]


@dataclass(frozen=True)
class PossibleSeen:
    """One suggestion from one side: the other mention, where the viewer sees it."""

    id: int
    entity_id: str  # the other side's entity
    record_id: str
    name: str | None
    owner_agency: str | None
    recorded_on: date | None
    probability: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class QueuedPair:
    id: int
    a: MentionKey
    b: MentionKey
    a_entity: str
    b_entity: str
    probability: float
    evidence: tuple[str, ...]


def _visible_pairs(actor: Actor):  # type: ignore[no-untyped-def]
    """Rows (suggestion, a's mention, b's mention) for the suggestions with both records in the
    actor's sight (the records' scope, in SQL, as a subquery: it names the records' table)."""
    ma, mb = aliased(NetworkMention), aliased(NetworkMention)
    in_sight = select(NetworkRecord.id).where(visible_clause(NetworkRecord, actor))
    stmt = (select(NetworkPossibleMatch, ma, mb)
            .join(ma, (ma.record_id == NetworkPossibleMatch.a_record) & (ma.ref == NetworkPossibleMatch.a_ref))
            .join(mb, (mb.record_id == NetworkPossibleMatch.b_record) & (mb.ref == NetworkPossibleMatch.b_ref))
            .where(NetworkPossibleMatch.a_record.in_(in_sight), NetworkPossibleMatch.b_record.in_(in_sight)))
    return stmt, ma, mb


def for_entity(session: Session, actor: Actor, entity_id: str, record_ids: Collection[str]) -> list[PossibleSeen]:
    """Possible matches of one entity the viewer sees both sides of, strongest first, one per
    other entity; ``record_ids``: the entity's records. Three indexed reads, smallest first: the
    suggestions of those records (most have none), the other sides' records in sight (by primary
    key: the viewer's whole scope is never materialised), their mentions. Called by
    ``entities.entity_page``, which checks the reader's permission and audits the read, and by
    ``watches``."""
    if not record_ids:
        return []
    ids = sorted(record_ids)
    rows = list(session.scalars(select(NetworkPossibleMatch).where(
        NetworkPossibleMatch.a_record.in_(ids) | NetworkPossibleMatch.b_record.in_(ids))))
    if not rows:
        return []
    keys = {(pm.a_record, pm.a_ref) for pm in rows} | {(pm.b_record, pm.b_ref) for pm in rows}
    mentions = {(m.record_id, m.ref): m for m in session.scalars(select(NetworkMention).where(
        NetworkMention.record_id.in_(sorted({k[0] for k in keys}))))}
    others = []
    for pm in rows:
        a, b = mentions.get((pm.a_record, pm.a_ref)), mentions.get((pm.b_record, pm.b_ref))
        if a is None or b is None or a.entity_id == b.entity_id or entity_id not in (a.entity_id, b.entity_id):
            continue  # gone, merged since (a "same", an identifier), or another entity's
        others.append((pm, b if a.entity_id == entity_id else a))
    if not others:
        return []
    wanted = sorted({m.record_id for _, m in others} | set(ids))
    in_sight = {r.id: (r, name) for r, name in session.execute(
        select(NetworkRecord, Agency.name).outerjoin(Agency, Agency.id == NetworkRecord.owner_agency_id)
        .where(NetworkRecord.id.in_(wanted), visible_clause(NetworkRecord, actor)))}
    out: dict[str, PossibleSeen] = {}
    for pm, other in others:
        own = pm.b_record if other.record_id == pm.a_record and other.ref == pm.a_ref else pm.a_record
        if other.record_id not in in_sight or own not in in_sight:
            continue  # a suggestion never hints at a record held out of sight
        rec, agency = in_sight[other.record_id]
        seen = PossibleSeen(pm.id, other.entity_id, other.record_id, other.name, agency, rec.recorded_on,
                            pm.probability, tuple(pm.evidence or ()))
        best = out.get(other.entity_id)
        if best is None or seen.probability > best.probability:
            out[other.entity_id] = seen
    return sorted(out.values(), key=lambda s: (-s.probability, s.entity_id))


def queue(session: Session, actor: Actor, *, limit: int = 50) -> list[QueuedPair]:
    """The pairs awaiting a reviewer's word, strongest first: ids and kinds of agreement, no
    names (the reviewer opens either entity to see them, and that read is audited there).
    Callers: ``networks:link:review``."""
    require(actor, Permission.NETWORKS_LINK_REVIEW)
    stmt, ma, mb = _visible_pairs(actor)
    rows = session.execute(stmt.where(ma.entity_id != mb.entity_id)
                           .order_by(NetworkPossibleMatch.probability.desc(), NetworkPossibleMatch.id)
                           .limit(max(1, min(limit, 500)))).all()
    return [QueuedPair(pm.id, (pm.a_record, pm.a_ref), (pm.b_record, pm.b_ref), m_a.entity_id, m_b.entity_id,
                       pm.probability, tuple(pm.evidence or ())) for pm, m_a, m_b in rows]


def review_possible(session: Session, actor: Actor, possible_id: int, decision: str) -> NetworkReview:
    """A reviewer's word on one suggestion (``reviews.review`` of its two mentions, which checks
    the permission, that both records are in sight, and audits); the suggestion leaves the
    queue. Callers: ``networks:link:review``."""
    require(actor, Permission.NETWORKS_LINK_REVIEW)
    pm = session.get(NetworkPossibleMatch, possible_id)
    if pm is None or not sees(session, actor, pm.a_record, pm.b_record):
        raise NotFound("no such possible match")  # absent, or a record out of sight: the same answer
    row = review(session, actor, (pm.a_record, pm.a_ref), (pm.b_record, pm.b_ref), decision)
    session.execute(delete(NetworkPossibleMatch).where(NetworkPossibleMatch.id == possible_id)
                    .execution_options(synchronize_session=False))
    return row
