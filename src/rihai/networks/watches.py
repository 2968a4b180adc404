"""Watches: an investigator watches an entity and is told (through the notification outbox, with a
link and no content) when a build links a new record to it, and when a build offers a new possible
match for it that the watcher may see (``possible_matches``). A watch is anchored on one mention,
because entity ids are the engine's and may change from one build to the next."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai import notify
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible_clause
from rihai.access.service import User, acting_as, notification_addresses, require
from rihai.errors import NotFound

from .models import NetworkMention, NetworkRecord, NetworkWatch
from .possible_matches import for_entity


def _entity_records(session: Session, entity_id: str) -> list[str]:
    return sorted(set(session.scalars(select(NetworkMention.record_id).where(NetworkMention.entity_id == entity_id))))


def watch(session: Session, actor: Actor, entity_id: str) -> NetworkWatch:
    """Watch an entity, anchored on a mention the watcher sees. Callers: ``networks:watch:manage``."""
    require(actor, Permission.NETWORKS_WATCH_MANAGE)
    anchor = session.execute(
        select(NetworkMention.record_id, NetworkMention.ref).join(NetworkRecord, NetworkRecord.id == NetworkMention.record_id)
        .where(NetworkMention.entity_id == entity_id, visible_clause(NetworkRecord, actor))
        .order_by(NetworkMention.record_id, NetworkMention.ref).limit(1)).first()
    if anchor is None:
        raise NotFound("no such entity")
    existing = session.scalar(select(NetworkWatch).where(
        NetworkWatch.user_id == actor.user_id, NetworkWatch.anchor_record == anchor[0], NetworkWatch.anchor_ref == anchor[1]))
    if existing is not None:
        return existing
    w = NetworkWatch(user_id=actor.user_id, anchor_record=anchor[0], anchor_ref=anchor[1],
                     known_records=_entity_records(session, entity_id),
                     known_possible=sorted({p.record_id for p in for_entity(
                         session, actor, entity_id, _entity_records(session, entity_id))}))
    session.add(w)
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_WATCH_ADD, subject_type="networks_watch", subject_id=w.id,
                 related_ids=[entity_id])
    return w


def unwatch(session: Session, actor: Actor, watch_id: int) -> None:
    require(actor, Permission.NETWORKS_WATCH_MANAGE)
    w = session.get(NetworkWatch, watch_id)
    if w is None or w.user_id != actor.user_id:
        raise NotFound("no such watch")
    session.delete(w)
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_WATCH_REMOVE, subject_type="networks_watch", subject_id=watch_id)


def my_watches(session: Session, actor: Actor) -> list[tuple[NetworkWatch, str | None]]:
    """The watcher's watches with the entity each is on now (None: the anchor is gone)."""
    require(actor, Permission.NETWORKS_WATCH_MANAGE)
    out = []
    for w in session.scalars(select(NetworkWatch).where(NetworkWatch.user_id == actor.user_id).order_by(NetworkWatch.id)):
        out.append((w, session.scalar(select(NetworkMention.entity_id).where(
            NetworkMention.record_id == w.anchor_record, NetworkMention.ref == w.anchor_ref))))
    return out


def notify_watchers(session: Session) -> int:
    """After a build: queue one message per watch whose entity gained records. Returns how many."""
    sent = 0
    for w in session.scalars(select(NetworkWatch)):
        entity = session.scalar(select(NetworkMention.entity_id).where(
            NetworkMention.record_id == w.anchor_record, NetworkMention.ref == w.anchor_ref))
        if entity is None:
            continue
        now = _entity_records(session, entity)
        new = set(now) - set(w.known_records or ())
        if new:
            notify.queue(session, notification_addresses(session, user_ids=[w.user_id]),
                         "Rihai: a new record is linked to an entity you watch",
                         f"{len(new)} new record(s). Open it in Rihai: /networks/entities/{entity}\n")
            sent += 1
        if now != sorted(w.known_records or ()):
            w.known_records = now
        sent += _tell_possible(session, w, entity, now)
    session.flush()
    return sent


def _tell_possible(session: Session, w: NetworkWatch, entity: str, records: list[str]) -> int:
    """One message when the entity has possible matches in records the watcher was not told of;
    only pairs the watcher may see count (the page they open shows exactly those)."""
    user = session.get(User, w.user_id)
    if user is None or not user.is_active:
        return 0
    others = sorted({p.record_id for p in for_entity(session, acting_as(user, via="system"), entity, records)})
    fresh = set(others) - set(w.known_possible or ())
    if others != sorted(w.known_possible or ()):
        w.known_possible = others
    if not fresh:
        return 0
    notify.queue(session, notification_addresses(session, user_ids=[w.user_id]),
                 "Rihai: a record may name the person you watch",
                 f"{len(fresh)} possible match(es) to review. Open it in Rihai: /networks/entities/{entity}\n")
    return 1
