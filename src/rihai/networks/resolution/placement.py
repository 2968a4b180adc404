"""Placement: a few new, changed or vanished records brought into an existing resolution without
a global resolve, with the result a full resolve would give.

Why it is exact. Every person link joins two mentions of one network, and every shared
non-generic identifier joins its records into one network, so whatever a record can change lies
in the networks it reaches: those holding one of its linkable identifiers (looked up by key),
the network it was in before, and the networks whose weak links (a father's name, an alias; see
``weights``) its name labels re-weigh. ``place`` resolves exactly those networks, in record-id
order as ``resolve`` always does, with the global counts of ``Weights`` instead of the
neighbourhood's own, and with the values the store already calls generic. Ids follow the
engine's smallest-member rule, so where two networks join, the joined one is named by the smaller
of their smallest records and the other's rows are the ones that change; where one splits, the
part holding the smallest record keeps the id. Reviews apply as in any resolve.

Two bounded divergences, both mended by the next full build: a value the store already calls
generic stays generic (a full build re-judges it from every record; a value not yet generic is
judged exactly: all its records are in one network, so in the neighbourhood); and where a placed
name adds an alias row, the alias links elsewhere whose decision does not flip keep their
probability (what one row moves in the alias tally: up to 0.016 measured on 400 planted
records, less as the tally grows). The partition into entities and networks and every id are exact. The full build stays the source of
truth, and the caller runs it for records that are not ``placeable`` (their weak evidence is
counted over every record) and periodically.

The store is the caller's: the database (``rihai.networks.placement``) or a dict (the tests).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .identifiers import canonical
from .prepare import Key
from .records import SourceRecord
from .results import Resolution, Reviews
from .run import NETWORK_KINDS, resolve
from .weights import Weights, label_rows, placeable


class Store(Protocol):
    """What placement asks of the resolution it extends."""

    def records_with(self, keys: set[tuple[str, str]]) -> set[str]:
        """Record ids holding any of these (kind, key) identifiers, generic ones excepted."""

    def networks_of(self, record_ids: set[str]) -> set[str]:
        """The network ids of these records (those held)."""

    def records_in(self, network_ids: set[str]) -> list[SourceRecord]:
        """Every record of these networks, as the engine reads it."""

    def generic(self, keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """Those of these (kind, key) identifiers already called generic."""


@dataclass
class Placement:
    result: Resolution  # over the neighbourhood only
    record_ids: set[str]  # the records resolved: every one of them may have moved
    networks_before: set[str]  # the networks they were in
    # The label rows taken from and added to ``weights`` (``Weights.count_rows``): what a kept copy
    # of the weights replays to follow this placement (``rihai.networks.kept_weights``).
    counted: tuple[list[tuple[str, bool]], list[tuple[str, bool]]] = field(default_factory=lambda: ([], []))


def linkable_keys(records: Iterable[SourceRecord], key: Key | None = None) -> set[tuple[str, str]]:
    """The (kind, key) of every identifier of these records that can join two records."""
    out: set[tuple[str, str]] = set()
    for rec in records:
        for ident in (*rec.identifiers, *(i for person in rec.people for i in person.identifiers)):
            if ident.keyed:
                kv: tuple[str, str] | None = (ident.kind, ident.value)
            else:
                can = canonical(ident.kind, ident.value)
                kv = (can[0], key(*can) if key else can[1]) if can else None
            if kv is not None and kv[0] in NETWORK_KINDS:
                out.add(kv)
    return out


def place(store: Store, weights: Weights, records: list[SourceRecord], old: list[SourceRecord], *,
          gone: Iterable[str] = (), key: Key | None = None, reviews: Reviews | None = None) -> Placement:
    """Resolve the neighbourhood of ``records`` (new or changed versions), ``old`` (the versions
    the store holds of the changed ones) and ``gone`` (record ids no longer published).

    ``weights`` are the global counts before the change and are brought up to date here. Raises
    ``ValueError`` when a record is not ``placeable``: the caller then runs the full build."""
    if not all(placeable(r) for r in (*records, *old)):
        raise ValueError("a record with a father's name or an alias needs the full build")
    changed = {r.record_id for r in records} | {r.record_id for r in old} | set(gone)
    alias_u = weights.alias_u
    minus, plus = label_rows(old), label_rows(records)
    weights.count_rows(minus, -1)
    weights.count_rows(plus, +1)
    keys = linkable_keys(records, key)
    generic = store.generic(keys)
    reached = store.records_with(keys - generic) | weights.reweighed([*records, *old], alias_u) | changed
    networks = store.networks_of(reached)
    kept = [r for r in store.records_in(networks) if r.record_id not in changed]
    neighbourhood = kept + list(records)
    # The store's generic values among the neighbourhood's, so that none links here either.
    listed = store.generic(linkable_keys(neighbourhood, key))
    result = resolve(neighbourhood, key=key, reviews=reviews, generic=sorted(listed), weights=weights,
                     possible=False)  # possible matches are a full build's (a neighbourhood sees too few names)
    return Placement(result, {r.record_id for r in neighbourhood} | set(gone) | changed, networks, (minus, plus))
