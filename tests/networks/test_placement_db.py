"""Placement on the database (issue 17): saved records placed one at a time end where the full
build then leaves them — no mention, record or link moves — on SQLite and PostgreSQL; a
withdrawn consent takes the record out; a restart or another process places from the kept,
encrypted weights; what only the full build can do is refused (no build yet, a watchlist row, a
kept chain with a gap or a moved row). Planted networks written as the sources'
rows by the bench's own seeding (visibly synthetic)."""

from __future__ import annotations

import importlib.util
import secrets
import sys
import uuid
from pathlib import Path

import sqlalchemy as sa

from rihai.access.actors import Actor
from rihai.cases.models import Consent
from rihai.db import utcnow
from rihai.networks import service as networks
from rihai.networks import kept_weights
from rihai.networks.builds import WEIGHTS
from rihai.networks.models import NetworkBuild, NetworkLink, NetworkMention, NetworkRecord, NetworkWeights
from rihai.networks.sources import gather
from rihai.synthetic import ensure_directory
from rihai.synthetic.networks import planted_networks

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _rows():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("networks_db_rows", BENCH / "networks_db_rows.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("networks_db_rows", module)
    spec.loader.exec_module(module)
    return module


def snapshot(db):  # type: ignore[no-untyped-def]
    mentions = {(r, ref): (e, n, round(p, 2)) for r, ref, e, n, p in db.execute(sa.select(
        NetworkMention.record_id, NetworkMention.ref, NetworkMention.entity_id, NetworkMention.network_id,
        NetworkMention.probability))}
    records = dict(db.execute(sa.select(NetworkRecord.id, NetworkRecord.network_id)).all())
    links = set(db.execute(sa.select(NetworkLink.a_record, NetworkLink.a_ref, NetworkLink.b_record,
                                     NetworkLink.b_ref)).all())
    return mentions, records, links


def seeded(db, n=260, seed=4, later=40):  # type: ignore[no-untyped-def]
    """A built graph of planted records, and the ids of ``later`` more saved after the build."""
    rows = _rows()
    directory = ensure_directory(db, demo_password=secrets.token_urlsafe(12))
    records = planted_networks(n, seed=seed).records
    kept = [r for r in records if r["source"] == "watchlist"] + [r for r in records if r["source"] != "watchlist"]
    first, second = kept[:-later], kept[-later:]
    rows.source_rows(db, directory, first)
    system = Actor.system("cli")
    networks.build(db, system)
    held = set(db.scalars(sa.select(NetworkRecord.id)))
    rows.source_rows(db, directory, second, offset=len(first))
    return system, sorted({d.id for d in gather(db, system)} - held)


def test_records_placed_one_at_a_time_are_where_the_full_build_leaves_them(db):
    system, saved = seeded(db)
    assert len(saved) >= 30
    for rid in saved:
        run = networks.place(db, system, [rid])
        assert run is not None and run.via == "place" and run.added == 1
    placed = snapshot(db)
    assert set(saved) <= set(placed[1])
    joined = [r for r in saved if sum(n == placed[1][r] for n in placed[1].values()) > 1]
    assert len(joined) >= len(saved) // 2  # most saved records joined a network others are in
    run = networks.build(db, system)
    assert (run.added, run.changed, run.removed) == (0, 0, 0)
    assert snapshot(db) == placed


def test_a_withdrawn_consent_takes_the_record_out_of_its_network(db):
    system, saved = seeded(db, n=160, seed=8, later=10)
    assert networks.place(db, system, saved) is not None
    case_id = next(r for r in saved if r.startswith("case:"))
    # Withdrawn as the case service records it: the consent row gets its withdrawal time (the
    # bench's cases have no assignments, which the service's own route would check).
    for c in db.scalars(sa.select(Consent).where(Consent.case_id == uuid.UUID(case_id.removeprefix("case:")))):
        c.withdrawn_at = utcnow()
    db.flush()
    run = networks.place(db, system, [case_id])
    assert run is not None and run.removed == 1
    assert db.get(NetworkRecord, case_id) is None
    placed = snapshot(db)
    networks.build(db, system)
    assert snapshot(db) == placed


def test_only_the_full_build_when_given_a_watchlist_row_or_no_build_yet(db, monkeypatch):
    system, saved = seeded(db, n=120, seed=2, later=5)
    listed = db.scalar(sa.select(NetworkRecord.id).where(NetworkRecord.source == "watchlist"))
    WEIGHTS.clear()  # as after a restart: the weights would come from the kept chain
    loads: list[int] = []
    monkeypatch.setattr(kept_weights, "load", lambda session, build_id: loads.append(build_id))
    assert networks.place(db, system, [listed]) is None
    assert loads == []  # refused before the kept chain is read: it would be read for nothing
    monkeypatch.undo()
    db.execute(sa.delete(NetworkBuild))  # no build at all: nothing to start from
    WEIGHTS.clear()
    assert networks.place(db, system, saved[:1]) is None
    networks.build(db, system)
    assert networks.place(db, system, saved[:1]) is not None


def _latest(db) -> int:  # type: ignore[no-untyped-def]
    return db.scalar(sa.select(sa.func.max(NetworkBuild.id)))


def test_another_process_or_a_restart_places_from_the_kept_weights(db):
    """Each placement here starts with no weights in this process (a restart, or the previous
    save placed by another worker): it reads the kept chain, and ends where the full build does;
    the chain's counts equal this process's, and a full recount's."""
    system, saved = seeded(db, n=200, seed=5, later=16)
    for rid in saved:
        WEIGHTS.clear()
        run = networks.place(db, system, [rid])
        assert run is not None and run.via == "place"
        in_process = next(iter(WEIGHTS.values()))[1]
        assert kept_weights.load(db, _latest(db)).to_json() == in_process.to_json()
    chained = kept_weights.load(db, _latest(db)).to_json()
    placed = snapshot(db)
    run = networks.build(db, system)
    assert (run.added, run.changed, run.removed) == (0, 0, 0)
    assert snapshot(db) == placed
    assert kept_weights.load(db, run.id).to_json() == chained
    # The full build starts a new chain: the rows before it are gone.
    assert db.execute(sa.select(NetworkWeights.build_id, NetworkWeights.kind)).all() == [(run.id, "full")]


def test_kept_weights_are_encrypted_and_a_gap_or_a_moved_row_means_the_full_build(db):
    system, saved = seeded(db, n=160, seed=8, later=6)
    assert networks.place(db, system, saved[:1]) is not None
    weights = kept_weights.load(db, _latest(db))
    labels = [label for label in (*weights.alias, *weights.label_rows) if len(label) >= 4]
    assert labels
    raw = db.execute(sa.text("SELECT data FROM networks_weights")).scalars().all()
    assert len(raw) == 2 and all(bytes(r).startswith(b"R1") for r in raw)
    assert not any(label.encode() in bytes(r) for r in raw for label in labels)
    assert not any(b"label_rows" in bytes(r) for r in raw)

    # A full row's ciphertext put on the placement's row: refused, the full build is asked for.
    full, placed_row = db.scalars(sa.select(NetworkWeights).order_by(NetworkWeights.build_id)).all()
    db.execute(sa.update(NetworkWeights).where(NetworkWeights.build_id == placed_row.build_id)
               .values(data=full.data).execution_options(synchronize_session=False))
    db.expire_all()
    WEIGHTS.clear()
    assert kept_weights.load(db, _latest(db)) is None
    assert networks.place(db, system, saved[1:2]) is None
    run = networks.build(db, system)
    assert networks.place(db, system, saved[1:2]) is not None

    # A placement's row missing (a build row from before the table, a lost write): a gap.
    db.execute(sa.delete(NetworkWeights).where(NetworkWeights.build_id > run.id))
    WEIGHTS.clear()
    assert kept_weights.load(db, _latest(db)) is None
    assert networks.place(db, system, saved[2:3]) is None
