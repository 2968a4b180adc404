"""``place``: a few saved records (a perpetrator named on a case, a family's request, a reported
offer) linked into the stored graph in well under a second, without the global resolve of
``build``.

The engine's ``resolution.placement`` decides what to resolve and how; this module is its store
over the tables: identifiers by keyed digest (``ix_networks_identifiers_digest_kind``), records
and mentions by network, the stored rows rebuilt into the engine's records (a watchlist row is
read again from its entry: its father's name and aliases are not kept in the graph's tables),
and the values already called generic. It starts from the weights as of the latest build row:
this process's copy (``builds.WEIGHTS``) when it is still the latest, else the kept copy
(``kept_weights``: another process built or placed since, or this one restarted). When neither
reaches the latest build row, or a record carries weak evidence (a watchlist row), it returns
None and the caller runs the full build, which stays the source of truth.

What moves is written as ``build`` writes it: the saved records' rows replaced, other rows of
the networks touched updated where the engine moved them (so where two networks join, the rows
of the one whose smallest record is larger take the other's id), their links brought to the
engine's with gradings kept, and a build row (``via`` "place", status "placed") recording it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import hold_exclusive, utcnow
from . import kept_weights, watches
from .builds import (BUILD_LOCK, WEIGHTS, _bulk, _chunks, _forget, _relink, _reviews, _write_records, build_mark,
                     forget_possible, weights_key)
from .engine import Identifier, PersonInput, SourceRecord, place_records, placeable
from .models import NetworkBuild, NetworkIdentifier, NetworkMention, NetworkRecord
from .sources import Draft, from_watchlists, gather_ids

# More saved records than this at once go to the full build: a bulk import is not a save.
MAX_RECORDS = 50


class TableStore:
    """The engine's ``Store`` over the graph's tables."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def records_with(self, keys: set[tuple[str, str]]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(sorted({d for _, d in keys})):
            for rid, kind, digest in self.session.execute(
                    select(NetworkIdentifier.record_id, NetworkIdentifier.kind, NetworkIdentifier.digest)
                    .where(NetworkIdentifier.digest.in_(chunk), NetworkIdentifier.generic.is_(False))):
                if (kind, digest) in keys:
                    out.add(rid)
        return out

    def networks_of(self, record_ids: set[str]) -> set[str]:
        return {n for chunk in _chunks(sorted(record_ids)) for n in self.session.scalars(
            select(NetworkRecord.network_id).where(NetworkRecord.id.in_(chunk))) if n}

    def records_in(self, network_ids: set[str]) -> list[SourceRecord]:
        ids = [r for chunk in _chunks(sorted(network_ids)) for r in self.session.scalars(
            select(NetworkRecord.id).where(NetworkRecord.network_id.in_(chunk)))]
        listed = [int(r.partition(":")[2]) for r in ids if r.startswith("watchlist:")]
        records = [d.record() for d in from_watchlists(self.session, listed)] if listed else []
        rebuilt = [r for r in ids if not r.startswith("watchlist:")]
        return records + self._rebuilt(rebuilt)

    def _rebuilt(self, record_ids: list[str]) -> list[SourceRecord]:
        """Records from their stored rows, as ``Draft.record`` made them: names decrypted in memory."""
        people: dict[str, list[tuple[str, str | None, list[str]]]] = {r: [] for r in record_ids}
        idents: dict[tuple[str, str | None], list[Identifier]] = {}
        for chunk in _chunks(record_ids):
            for rid, ref, name, roles in self.session.execute(select(
                    NetworkMention.record_id, NetworkMention.ref, NetworkMention.name, NetworkMention.roles)
                    .where(NetworkMention.record_id.in_(chunk))):
                people[rid].append((ref, name, list(roles or ())))
            for rid, ref, kind, digest in self.session.execute(select(
                    NetworkIdentifier.record_id, NetworkIdentifier.ref, NetworkIdentifier.kind, NetworkIdentifier.digest)
                    .where(NetworkIdentifier.record_id.in_(chunk))):
                idents.setdefault((rid, ref), []).append(Identifier(kind, digest, keyed=True))
        return [SourceRecord(record_id=rid, people=tuple(
                    PersonInput(ref=ref, name=name, role=roles[0] if roles else None,
                                identifiers=tuple(idents.get((rid, ref), ())))
                    for ref, name, roles in sorted(people[rid], key=lambda p: p[0])),
                    identifiers=tuple(idents.get((rid, None), ())))
                for rid in record_ids]

    def generic(self, keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for chunk in _chunks(sorted({d for _, d in keys})):
            for kind, digest in self.session.execute(select(NetworkIdentifier.kind, NetworkIdentifier.digest).where(
                    NetworkIdentifier.digest.in_(chunk), NetworkIdentifier.generic.is_(True))):
                if (kind, digest) in keys:
                    out.add((kind, digest))
        return out


def place(session: Session, actor: Actor, record_ids: Collection[str]) -> NetworkBuild | None:
    """Link these saved records (ids as the graph names them: "case:<uuid>", ...) into the graph;
    None when only the full build can (see the module). Callers: the build job after a commit,
    with ``networks:graph:build``. Reads only through the sources' published reads; audited by
    build id."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    record_ids = set(record_ids)
    if not record_ids or len(record_ids) > MAX_RECORDS:
        return None
    hold_exclusive(session, BUILD_LOCK)  # before reading the last build's mark (builds.build)
    session.flush()
    mark = build_mark(session)
    if mark is None:
        return None
    store = TableStore(session)
    drafts = gather_ids(session, actor, record_ids)
    held = {rid: fp for rid, fp in session.execute(select(NetworkRecord.id, NetworkRecord.fingerprint)
                                                   .where(NetworkRecord.id.in_(sorted(record_ids))))}
    old = store._rebuilt([r for r in held if not r.startswith("watchlist:")])
    fresh = [d.record() for d in drafts]
    # Before the weights: a record only the full build can take (a watchlist row) would otherwise
    # pay for reading the kept chain (16-19 ms at a million records) and then go to the build anyway.
    if len(old) < len(held) or not all(placeable(r) for r in (*fresh, *old)):
        return None
    key = weights_key(session)
    cached = WEIGHTS.pop(key, None)  # put back only once this placement is written
    weights = cached[1] if cached is not None and cached[0] == mark else kept_weights.load(session, mark[0])
    if weights is None:
        return None
    run = NetworkBuild(started_by_id=actor.user_id, via="place")
    session.add(run)
    gone = [rid for rid in held if rid not in {d.id for d in drafts}]
    placed = place_records(store, weights, fresh, old, gone=gone, reviews=_reviews(session))
    _write(session, placed, drafts, held, gone)
    session.flush()  # the build row's id, for its kept change
    kept_weights.keep_placed(session, run.id, placed.counted)
    run.records, run.mentions = len(placed.record_ids), len(placed.result.persons)
    run.networks = len(placed.result.networks)
    run.added = sum(1 for d in drafts if d.id not in held)
    run.changed, run.removed = len(drafts) - run.added, len(gone)
    run.status, run.finished_at = "placed", utcnow()
    session.flush()
    watches.notify_watchers(session)
    audit.record(session, actor, AuditTag.NETWORK_BUILD, subject_type="networks_build", subject_id=run.id,
                 fields=["records", "mentions", "networks", "added", "changed", "removed"])
    WEIGHTS[key] = (build_mark(session), weights)
    return run


def _write(session: Session, placed: Any, drafts: list[Draft], held: dict[str, str], gone: list[str]) -> None:
    result = placed.result
    where = {(p.record_id, p.ref): (p.entity_id, p.network_id, p.probability) for p in result.persons}
    network_of = {rid: nid for nid, net in result.networks.items() for rid in net.record_ids}
    fingerprints = {d.id: d.fingerprint() for d in drafts}
    new = [d for d in drafts if d.id not in held]
    changed = [d for d in drafts if d.id in held and held[d.id] != fingerprints[d.id]]
    forget_possible(session, [*gone, *(d.id for d in changed)])
    for model, column in ((NetworkMention, NetworkMention.record_id),
                          (NetworkIdentifier, NetworkIdentifier.record_id), (NetworkRecord, NetworkRecord.id)):
        _forget(session, model, column, gone)
    _write_records(session, new, changed, fingerprints, where, network_of)
    written = {d.id for d in (*new, *changed)}
    others = sorted(placed.record_ids - written - set(gone))
    moved, moved_records = [], []
    for chunk in _chunks(others):
        for i, rid, ref, entity, network, probability in session.execute(select(
                NetworkMention.id, NetworkMention.record_id, NetworkMention.ref, NetworkMention.entity_id,
                NetworkMention.network_id, NetworkMention.probability).where(NetworkMention.record_id.in_(chunk))):
            want = where.get((rid, ref))
            if want is not None and (entity, network, probability) != want:
                moved.append({"id": i, "entity_id": want[0], "network_id": want[1], "probability": want[2]})
        for rid, network in session.execute(select(NetworkRecord.id, NetworkRecord.network_id)
                                            .where(NetworkRecord.id.in_(chunk))):
            if rid in network_of and network != network_of[rid]:
                moved_records.append({"id": rid, "network_id": network_of[rid]})
    _bulk(session, update(NetworkMention), moved)
    _bulk(session, update(NetworkRecord), moved_records)
    sources = {rid: rid.partition(":")[0] for rid in placed.record_ids}
    _relink(session, result, sources, records=set(placed.record_ids))
    generic = {(str(k), str(v)) for k, v in result.generic}
    if generic:
        flagged = []
        for chunk in _chunks(sorted(placed.record_ids)):
            for i, kind, digest, flag in session.execute(select(
                    NetworkIdentifier.id, NetworkIdentifier.kind, NetworkIdentifier.digest, NetworkIdentifier.generic)
                    .where(NetworkIdentifier.record_id.in_(chunk))):
                if not flag and (kind, digest) in generic:
                    flagged.append({"id": i, "generic": True})
        _bulk(session, update(NetworkIdentifier), flagged)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, NetworkRecord | NetworkMention | NetworkIdentifier):
            session.expire(obj)
