"""``build``: read every source through its published read, resolve people and networks with the
engine, and bring the tables up to date.

Incremental where it can be: the engine resolves the whole set every time (a new record can join
two networks, so resolution is global), but a record whose keyed fingerprint did not change keeps
its rows; only new, changed and vanished records (a consent withdrawn, a watchlist removed) are
written, and mentions are updated only where the engine moved them to another entity or network.
Reviewers' decisions are fed to the engine; analysts' gradings of links survive a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import utcnow

from . import watches
from .engine import Reviews, link_parts, networks_of, resolve
from .models import NetworkBuild, NetworkIdentifier, NetworkLink, NetworkMention, NetworkRecord, NetworkReview
from .sources import SOURCES, Draft, gather

# Default source grading (reliability A-E, information 1-5): a caseworker's record of what a
# survivor said is usually reliable and probably true; an imported list is as good as its
# publisher; a family's account is fairly reliable, possibly true; an anonymous report is not
# judged reliable until checked. Reviewers change a link's grading; a rebuild keeps their word.
GRADING: dict[str, tuple[str, int]] = {"case": ("B", 2), "watchlist": ("B", 2), "tracing": ("C", 3),
                                       "tip": ("E", 3)}


def _write_record(session: Session, d: Draft, row: NetworkRecord | None) -> None:
    now = utcnow()
    if row is None:
        row = NetworkRecord(id=d.id, first_seen_at=now)
        session.add(row)
    else:
        session.execute(delete(NetworkMention).where(NetworkMention.record_id == d.id))
        session.execute(delete(NetworkIdentifier).where(NetworkIdentifier.record_id == d.id))
    row.source, row.source_id, row.owner_agency_id = d.source, d.source_id, d.owner_agency_id
    row.recorded_on, row.entered_by_id, row.published = d.recorded_on, d.entered_by_id, d.published
    row.fingerprint, row.changed_at = d.fingerprint(), now
    session.flush()
    for ref in d.roles:
        session.add(NetworkMention(record_id=d.id, ref=ref, entity_id=f"{d.id}~{ref}", roles=d.roles[ref],
                                   name=d.names.get(ref)))
    for ref, kind, digest, display in d.identifiers:
        session.add(NetworkIdentifier(record_id=d.id, ref=ref, kind=kind, digest=digest, display=display))


def _reviews(session: Session) -> Any:
    same, different = set(), set()
    for r in session.scalars(select(NetworkReview)):
        pair = frozenset({(r.a_record, r.a_ref), (r.b_record, r.b_ref)})
        (same if r.decision == "same" else different).add(pair)
    return Reviews(same=frozenset(same), different=frozenset(different))


def _relink(session: Session, result: Any, sources: dict[str, str]) -> None:
    """Replace the links with the engine's, keeping gradings a reviewer set."""
    kept = {(g.a_record, g.a_ref, g.b_record, g.b_ref): g for g in session.scalars(
        select(NetworkLink).where(NetworkLink.graded_by_id.is_not(None)))}
    graded = {k: (g.reliability, g.information, g.graded_by_id, g.graded_at) for k, g in kept.items()}
    session.execute(delete(NetworkLink))
    seen: set[tuple[str, str, str, str]] = set()
    for link in result.links:
        a, b, probability, evidence = link_parts(link)
        key = (a[0], a[1], b[0], b[1])
        if key in seen:
            continue
        seen.add(key)
        if key in graded:
            reliability, information, by, at = graded[key]
        else:
            # A link is as good as the weaker of its two sources.
            ga, gb = GRADING.get(sources.get(a[0], ""), ("F", 6)), GRADING.get(sources.get(b[0], ""), ("F", 6))
            reliability, information, by, at = max(ga[0], gb[0]), max(ga[1], gb[1]), None, None
        session.add(NetworkLink(a_record=a[0], a_ref=a[1], b_record=b[0], b_ref=b[1], probability=probability,
                                evidence=list(evidence), reliability=reliability, information=information,
                                graded_by_id=by, graded_at=at))


def build(session: Session, actor: Actor, *, sources: tuple[str, ...] = SOURCES,
          progress: Callable[..., None] | None = None) -> NetworkBuild:
    """Bring the graph up to date with the sources. Callers: supervisors and investigators
    (``networks:graph:build``) and ``rihai networks build``. Invariant: only what the sources
    publish now (consent in force) is held; nothing decrypted leaves memory; audited by build id."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    run = NetworkBuild(started_by_id=actor.user_id, via=actor.via[:16])
    session.add(run)
    session.flush()
    drafts = gather(session, actor, sources)
    result = resolve([d.record() for d in drafts], reviews=_reviews(session), progress=progress)

    existing = {rid: fp for rid, fp in session.execute(select(NetworkRecord.id, NetworkRecord.fingerprint))}
    wanted = {d.id for d in drafts}
    for d in drafts:
        old = existing.get(d.id)
        if old is None:
            run.added += 1
        elif old != d.fingerprint():
            run.changed += 1
        else:
            continue
        _write_record(session, d, session.get(NetworkRecord, d.id) if old is not None else None)
    gone = [rid for rid in existing if rid not in wanted]
    for i in range(0, len(gone), 500):
        chunk = gone[i:i + 500]
        session.execute(delete(NetworkMention).where(NetworkMention.record_id.in_(chunk)))
        session.execute(delete(NetworkIdentifier).where(NetworkIdentifier.record_id.in_(chunk)))
        session.execute(delete(NetworkRecord).where(NetworkRecord.id.in_(chunk)))
    run.removed = len(gone)
    session.flush()

    _place(session, result)
    _relink(session, result, {d.id: d.source for d in drafts})
    _mark_generic(session, result)
    run.records, run.mentions = len(drafts), sum(len(d.roles) for d in drafts)
    run.networks = len(result.networks)
    run.status, run.finished_at = "done", utcnow()
    session.flush()
    watches.notify_watchers(session)
    audit.record(session, actor, AuditTag.NETWORK_BUILD, subject_type="networks_build", subject_id=run.id,
                 fields=["records", "mentions", "networks", "added", "changed", "removed"])
    return run


def _place(session: Session, result: Any) -> None:
    """Each mention's entity and network, and each record's network, as the engine resolved them;
    rows are written only where they moved."""
    placed = {(p.record_id, p.ref): (str(p.entity_id), None if p.network_id is None else str(p.network_id),
                                     float(p.probability)) for p in result.persons}
    for m in session.scalars(select(NetworkMention)):
        entity, network, probability = placed.get((m.record_id, m.ref), (m.entity_id, None, 1.0))
        if (m.entity_id, m.network_id, m.probability) != (entity, network, probability):
            m.entity_id, m.network_id, m.probability = entity, network, probability
    network_of = {rid: nid for nid, rids in networks_of(result) for rid in rids}
    for r in session.scalars(select(NetworkRecord)):
        nid = network_of.get(r.id)
        if r.network_id != nid:
            r.network_id = nid


def _mark_generic(session: Session, result: Any) -> None:
    generic = {(str(k), str(v)) for k, v in (result.generic or {})}
    for ident in session.scalars(select(NetworkIdentifier)):
        flag = (ident.kind, ident.digest) in generic
        if ident.generic != flag:
            ident.generic = flag
