"""What ``resolve`` returns, and the stable ids of entities and networks.

Ids derive from the smallest member: an entity's from its smallest (record_id, ref), a network's
from its smallest record_id. A re-run on more data keeps an id wherever that smallest member is
unchanged, so stored reviews, watches and links keep pointing at the same thing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

MentionKey = tuple[str, str]  # (record_id, ref)


def entity_id(smallest: MentionKey) -> str:
    return "E-" + hashlib.sha256(f"{smallest[0]}\x1f{smallest[1]}".encode()).hexdigest()[:12]


def network_id(smallest_record_id: str) -> str:
    return "N-" + hashlib.sha256(smallest_record_id.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Reviews:
    """Reviewers' decisions on pairs of person mentions, remembered between runs: ``same`` pairs
    always end in one entity, ``different`` pairs never do (a pair in both counts as different)."""

    same: frozenset[frozenset[MentionKey]] = frozenset()
    different: frozenset[frozenset[MentionKey]] = frozenset()


@dataclass(frozen=True, slots=True)
class PersonResult:
    """One output line of ``rihai networks resolve``."""

    record_id: str
    ref: str
    entity_id: str
    network_id: str
    probability: float

    def as_json(self) -> dict:
        return {"record_id": self.record_id, "ref": self.ref, "entity_id": self.entity_id,
                "network_id": self.network_id, "probability": self.probability}


@dataclass(frozen=True, slots=True)
class Link:
    """Two mentions merged into one entity: how likely, and on what evidence ("phone", "cnic",
    "name~0.93", "alias", "father", "review:same", ...)."""

    a: MentionKey
    b: MentionKey
    probability: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecordLink:
    """Two records joined into one network, by an identifier (kind, key) or a person ("person",
    entity_id)."""

    a: str
    b: str
    kind: str
    key: str


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    network_id: str
    members: tuple[MentionKey, ...]
    names: tuple[str, ...]
    roles: tuple[str, ...]
    identifiers: tuple[tuple[str, str], ...]  # (kind, key) the members carry, generic ones included


@dataclass(frozen=True, slots=True)
class Network:
    network_id: str
    record_ids: tuple[str, ...]
    entity_ids: tuple[str, ...]


@dataclass
class Resolution:
    persons: list[PersonResult] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    record_links: list[RecordLink] = field(default_factory=list)
    networks: dict[str, Network] = field(default_factory=dict)
    generic: dict[tuple[str, str], str] = field(default_factory=dict)
    # A full resolve's counts for weighing fathers' names and aliases (``weights.Weights``), which
    # a later placement starts from; None after a placement.
    weights: Any = None
    # Pairs of entities that may be one person, for a reviewer (``possible.PossibleMatch``); never
    # merged by the engine. Empty after a placement: full builds refresh them.
    possible: list[Any] = field(default_factory=list)

    def person(self, record_id: str, ref: str) -> PersonResult:
        """The result for one mention (a linear scan: for tests and small runs)."""
        return next(p for p in self.persons if p.record_id == record_id and p.ref == ref)
