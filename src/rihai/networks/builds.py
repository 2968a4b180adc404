"""``build``: read every source through its published read, resolve people and networks with the
engine, and bring the tables up to date.

Incremental where it can be: the engine resolves the whole set every time (a new record can join
two networks, so resolution is global), but a record whose keyed fingerprint did not change keeps
its rows; only new, changed and vanished records (a consent withdrawn, a watchlist removed) are
written, and mentions are updated only where the engine moved them to another entity or network.
Reviewers' decisions are fed to the engine; analysts' gradings of links survive a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import hold_exclusive, utcnow

from . import kept_weights, watches
from .engine import Reviews, link_parts, networks_of, resolve
from .models import (NetworkBuild, NetworkIdentifier, NetworkLink, NetworkMention, NetworkPossibleMatch, NetworkRecord,
                     NetworkReview)
from .sources import SOURCES, Draft, gather

# Default source grading (reliability A-E, information 1-5): a caseworker's record of what a
# survivor said is usually reliable and probably true; an imported list is as good as its
# publisher; a family's account is fairly reliable, possibly true; an anonymous report is not
# judged reliable until checked. Reviewers change a link's grading; a rebuild keeps their word.
GRADING: dict[str, tuple[str, int]] = {"case": ("B", 2), "watchlist": ("B", 2), "tracing": ("C", 3),
                                       "tip": ("E", 3)}


# Rows go to the database in chunks: the table's INSERT and the ORM's bulk UPDATE by primary key
# (one executemany a chunk, each value through its column's type, so names are encrypted as on
# any write): a row at a time cost a round trip each, ~10 ms a record on PostgreSQL. Every row of
# a chunk names every column (None where it has no value): the ORM had split a chunk into one
# statement per pattern of missing values, and 100k records took 20,000 statements.
CHUNK = 2000

Placed = dict[tuple[str, str], tuple[str, str | None, float]]  # (record, ref) -> entity, network, probability


BUILD_LOCK = "networks-build"  # rihai.db.hold_exclusive: builds and placements take turns

def _chunks(rows: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i:i + CHUNK]


def _insert(model: Any) -> Any:
    # The table's INSERT, not the ORM's: these rows have no ORM behaviour, and the ORM's bulk path
    # around the executemany cost as much Python as the rest of the write (100k records).
    return insert(model.__table__)


def _bulk(session: Session, stmt: Any, rows: list[dict]) -> None:
    """An INSERT (``_insert``) on the session's connection, or the ORM's bulk UPDATE by primary key."""
    run = session.connection().execute if stmt.is_insert else session.execute
    for chunk in _chunks(rows):
        run(stmt, chunk)


def _forget(session: Session, model: Any, column: Any, ids: list[Any]) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(model).where(column.in_(chunk)).execution_options(synchronize_session=False))


def forget_possible(session: Session, record_ids: list[str]) -> None:
    """Drop the possible matches of these records (gone, or changed: a renamed person's old
    suggestion would mislead); the next full build finds them again if they still hold."""
    for chunk in _chunks(record_ids):
        session.execute(delete(NetworkPossibleMatch).where(
            NetworkPossibleMatch.a_record.in_(chunk) | NetworkPossibleMatch.b_record.in_(chunk))
            .execution_options(synchronize_session=False))


def possible_rows(result: Any) -> list[dict[str, Any]]:
    rows = []
    for pm in result.possible:
        a, b = sorted((tuple(pm.a), tuple(pm.b)))
        rows.append({"a_record": a[0], "a_ref": a[1], "b_record": b[0], "b_ref": b[1],
                     "probability": float(pm.probability), "evidence": [str(e) for e in pm.evidence]})
    return rows


def _record_row(d: Draft, fingerprint: str, now: Any, network: str | None) -> dict[str, Any]:
    return {"id": d.id, "source": d.source, "source_id": d.source_id, "owner_agency_id": d.owner_agency_id,
            "recorded_on": d.recorded_on, "entered_by_id": d.entered_by_id, "published": d.published,
            "fingerprint": fingerprint, "changed_at": now, "network_id": network}


def _write_records(session: Session, new: list[Draft], changed: list[Draft], fingerprints: dict[str, str],
                   placed: Placed, network_of: dict[str, str]) -> None:
    """New and changed records with their mentions (placed where the engine put them) and
    identifiers; a changed record's old mentions and identifiers go first."""
    now = utcnow()
    _forget(session, NetworkMention, NetworkMention.record_id, [d.id for d in changed])
    _forget(session, NetworkIdentifier, NetworkIdentifier.record_id, [d.id for d in changed])
    _bulk(session, _insert(NetworkRecord), [
        {**_record_row(d, fingerprints[d.id], now, network_of.get(d.id)), "first_seen_at": now} for d in new])
    _bulk(session, update(NetworkRecord), [_record_row(d, fingerprints[d.id], now, network_of.get(d.id))
                                           for d in changed])
    mentions, identifiers = [], []
    for d in (*new, *changed):
        for ref in d.roles:
            entity, network, probability = placed.get((d.id, ref), (f"{d.id}~{ref}", None, 1.0))
            mentions.append({"record_id": d.id, "ref": ref, "entity_id": entity, "network_id": network,
                             "probability": probability, "roles": d.roles[ref], "name": d.names.get(ref)})
        # Places are the engine's evidence for a possible match and part of the fingerprint, but
        # not rows: nothing reads them back (no hint, no link), and a national build would write
        # and encrypt one row per district of every case's route.
        identifiers.extend({"record_id": d.id, "ref": ref, "kind": kind, "digest": digest, "display": display,
                            "generic": False} for ref, kind, digest, display in d.identifiers if kind != "place")
    _bulk(session, _insert(NetworkMention), mentions)
    _bulk(session, _insert(NetworkIdentifier), identifiers)


def _reviews(session: Session) -> Any:
    same, different = set(), set()
    for r in session.scalars(select(NetworkReview)):
        pair = frozenset({(r.a_record, r.a_ref), (r.b_record, r.b_ref)})
        (same if r.decision == "same" else different).add(pair)
    return Reviews(same=frozenset(same), different=frozenset(different))


def _relink(session: Session, result: Any, sources: dict[str, str], records: set[str] | None = None) -> None:
    """Bring the links to the engine's: vanished ones deleted, new ones added with the default
    grading, changed ones updated. A reviewer's grading of a link that stays is kept. ``records``:
    only the links of these records (a placement; a link never leaves its network)."""
    stmt = select(NetworkLink.id, NetworkLink.a_record, NetworkLink.a_ref, NetworkLink.b_record, NetworkLink.b_ref,
                  NetworkLink.probability, NetworkLink.evidence)
    rows = session.execute(stmt) if records is None else (
        row for chunk in _chunks(sorted(records)) for row in session.execute(stmt.where(
            NetworkLink.a_record.in_(chunk) | NetworkLink.b_record.in_(chunk))))
    old = {(a, ar, b, br): (i, p, list(e or ())) for i, a, ar, b, br, p, e in rows}
    seen: set[tuple[str, str, str, str]] = set()
    added, changed = [], []
    for link in result.links:
        a, b, probability, evidence = link_parts(link)
        key = (a[0], a[1], b[0], b[1])
        if key in seen:
            continue
        seen.add(key)
        if key in old:
            i, p, e = old[key]
            if (p, e) != (probability, list(evidence)):
                changed.append({"id": i, "probability": probability, "evidence": list(evidence)})
            continue
        # A link is as good as the weaker of its two sources.
        ga, gb = GRADING.get(sources.get(a[0], ""), ("F", 6)), GRADING.get(sources.get(b[0], ""), ("F", 6))
        added.append({"a_record": a[0], "a_ref": a[1], "b_record": b[0], "b_ref": b[1], "probability": probability,
                      "evidence": list(evidence), "reliability": max(ga[0], gb[0]),
                      "information": max(ga[1], gb[1]), "graded_by_id": None, "graded_at": None})
    _forget(session, NetworkLink, NetworkLink.id, [i for key, (i, _, _) in old.items() if key not in seen])
    _bulk(session, update(NetworkLink), changed)
    _bulk(session, _insert(NetworkLink), added)


# The weights as of the latest build row (``resolution.weights``), by database, with that row's
# mark: a placement in this process starts from them while the row is still the latest
# (``placement``); any other process, or this one after a restart, reads the kept copy
# (``kept_weights``).
WEIGHTS: dict[str, tuple[tuple[int, Any], Any]] = {}


def weights_key(session: Session) -> str:
    return str(session.get_bind().engine.url)


def build_mark(session: Session) -> tuple[int, Any] | None:
    """(id, start) of the latest build row, placements' included: what cached weights are tied to."""
    row = session.execute(select(NetworkBuild.id, NetworkBuild.started_at)
                          .order_by(NetworkBuild.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def remember(session: Session, run: NetworkBuild, weights: Any) -> None:
    session.flush()
    kept_weights.keep_full(session, run.id, weights)
    WEIGHTS[weights_key(session)] = (build_mark(session), weights)


def build(session: Session, actor: Actor, *, sources: tuple[str, ...] = SOURCES,
          progress: Callable[..., None] | None = None) -> NetworkBuild:
    """Bring the graph up to date with the sources. Callers: supervisors and investigators
    (``networks:graph:build``) and ``rihai networks build``. Invariant: only what the sources
    publish now (consent in force) is held; nothing decrypted leaves memory; audited by build id."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    # One build or placement at a time across every process and host (the web processes' jobs, a
    # cron ``rihai networks build``): two would write the same rows from different reads.
    hold_exclusive(session, BUILD_LOCK)
    run = NetworkBuild(started_by_id=actor.user_id, via=actor.via[:16])
    session.add(run)
    session.flush()
    drafts = gather(session, actor, sources)
    result = resolve([d.record() for d in drafts], reviews=_reviews(session), progress=progress)
    remember(session, run, result.weights)
    placed: Placed = {(p.record_id, p.ref): (str(p.entity_id), None if p.network_id is None else str(p.network_id),
                                             float(p.probability)) for p in result.persons}
    network_of = {rid: nid for nid, rids in networks_of(result) for rid in rids}

    session.flush()  # the bulk statements below bypass the unit of work: nothing may be pending
    existing = {rid: fp for rid, fp in session.execute(select(NetworkRecord.id, NetworkRecord.fingerprint))}
    fingerprints = {d.id: d.fingerprint() for d in drafts}
    new = [d for d in drafts if d.id not in existing]
    changed = [d for d in drafts if d.id in existing and existing[d.id] != fingerprints[d.id]]
    gone = [rid for rid in existing if rid not in fingerprints]
    session.execute(delete(NetworkPossibleMatch).execution_options(synchronize_session=False))
    for model, column in ((NetworkMention, NetworkMention.record_id),
                          (NetworkIdentifier, NetworkIdentifier.record_id), (NetworkRecord, NetworkRecord.id)):
        _forget(session, model, column, gone)
    _write_records(session, new, changed, fingerprints, placed, network_of)
    _place(session, placed, network_of, written={d.id for d in (*new, *changed)})
    _relink(session, result, {d.id: d.source for d in drafts})
    _bulk(session, _insert(NetworkPossibleMatch), possible_rows(result))
    _mark_generic(session, result)
    # What the session already held of these tables is stale after the bulk statements.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, NetworkRecord | NetworkMention | NetworkIdentifier | NetworkLink | NetworkPossibleMatch):
            session.expire(obj)
    run.added, run.changed, run.removed = len(new), len(changed), len(gone)
    run.records, run.mentions = len(drafts), sum(len(d.roles) for d in drafts)
    run.networks = len(result.networks)
    run.status, run.finished_at = "done", utcnow()
    session.flush()
    watches.notify_watchers(session)
    audit.record(session, actor, AuditTag.NETWORK_BUILD, subject_type="networks_build", subject_id=run.id,
                 fields=["records", "mentions", "networks", "added", "changed", "removed"])
    return run


def _place(session: Session, placed: Placed, network_of: dict[str, str], *, written: set[str]) -> None:
    """Each mention's entity and network, and each record's network, as the engine resolved them;
    rows other than those just written are updated only where they moved."""
    moved = []
    for i, rid, ref, entity, network, probability in session.execute(select(
            NetworkMention.id, NetworkMention.record_id, NetworkMention.ref, NetworkMention.entity_id,
            NetworkMention.network_id, NetworkMention.probability)):
        if rid in written:
            continue
        want = placed.get((rid, ref), (entity, None, 1.0))
        if (entity, network, probability) != want:
            moved.append({"id": i, "entity_id": want[0], "network_id": want[1], "probability": want[2]})
    _bulk(session, update(NetworkMention), moved)
    _bulk(session, update(NetworkRecord), [
        {"id": rid, "network_id": network_of.get(rid)}
        for rid, network in session.execute(select(NetworkRecord.id, NetworkRecord.network_id))
        if rid not in written and network != network_of.get(rid)])


def _mark_generic(session: Session, result: Any) -> None:
    generic = {(str(k), str(v)) for k, v in (result.generic or {})}
    _bulk(session, update(NetworkIdentifier), [
        {"id": i, "generic": not flag}
        for i, kind, digest, flag in session.execute(select(
            NetworkIdentifier.id, NetworkIdentifier.kind, NetworkIdentifier.digest, NetworkIdentifier.generic))
        if bool(flag) != ((kind, digest) in generic)])
