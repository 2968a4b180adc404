"""A stand-in for ``rihai.networks.resolution`` (the engine, written in parallel) with its
contract's shapes, used only while the real engine is not on this branch: mentions sharing a
person-level identifier or a folded name are one entity; records sharing an entity or a
record-level identifier are one network."""

from __future__ import annotations

import hashlib
import sys
import types
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Identifier:
    kind: str
    value: str
    keyed: bool = False


@dataclass(frozen=True)
class PersonInput:
    ref: str
    name: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    father_name: str | None = None
    identifiers: tuple[Identifier, ...] = ()


@dataclass(frozen=True)
class SourceRecord:
    record_id: str
    source: str | None = None
    agency: str | None = None
    date: str | None = None
    people: tuple[PersonInput, ...] = ()
    identifiers: tuple[Identifier, ...] = ()


@dataclass(frozen=True)
class Reviews:
    same: frozenset = frozenset()
    different: frozenset = frozenset()


@dataclass(frozen=True)
class PersonResult:
    record_id: str
    ref: str
    entity_id: str
    network_id: str
    probability: float


@dataclass(frozen=True)
class Link:
    a: tuple[str, str]
    b: tuple[str, str]
    probability: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Network:
    network_id: str
    record_ids: tuple[str, ...]
    entity_ids: tuple[str, ...]


@dataclass
class Resolution:
    persons: list = field(default_factory=list)
    entities: dict = field(default_factory=dict)
    links: list = field(default_factory=list)
    record_links: list = field(default_factory=list)
    networks: dict = field(default_factory=dict)
    generic: dict = field(default_factory=dict)


def normalise_identifier(kind: str, raw: str) -> str | None:
    if kind == "phone":
        digits = "".join(c for c in raw if c.isdigit())
        if digits.startswith("0092"):
            digits = digits[2:]
        if digits.startswith("03") and len(digits) == 11:
            return "+92" + digits[1:]
        if digits.startswith("92") and len(digits) == 12:
            return "+" + digits
        return None
    text = " ".join(raw.upper().split())
    return text or None


def _find(parent: dict, x):  # type: ignore[no-untyped-def]
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def resolve(records, *, key=None, reviews=None, generic=(), progress=None):  # type: ignore[no-untyped-def]
    parent: dict = {}
    evidence: dict = {}
    by_value: dict = {}
    different = {frozenset(p) for p in (reviews.different if reviews else ())}
    for rec in records:
        for p in rec.people:
            m = (rec.record_id, p.ref)
            parent[m] = m
            values = [(i.kind, i.value) for i in p.identifiers]
            if p.name:
                values.append(("name", " ".join(p.name.casefold().split())))
            for v in values:
                by_value.setdefault(v, []).append(m)
    for (kind, _), ms in by_value.items():
        for other in ms[1:]:
            if frozenset((ms[0], other)) in different:
                continue
            parent[_find(parent, other)] = _find(parent, ms[0])
            pair = tuple(sorted((ms[0], other)))
            evidence.setdefault(pair, set()).add(kind)
    for a, b in (reviews.same if reviews else ()):
        parent[_find(parent, b)] = _find(parent, a)
    groups: dict = {}
    for m in parent:
        groups.setdefault(_find(parent, m), []).append(m)
    entity_of = {}
    for members in groups.values():
        eid = "E-" + hashlib.sha256(repr(min(members)).encode()).hexdigest()[:12]
        for m in members:
            entity_of[m] = eid
    rparent = {r.record_id: r.record_id for r in records}
    first_of: dict = {}
    for rec in records:
        keys = [("e", entity_of[(rec.record_id, p.ref)]) for p in rec.people]
        keys += [("i", i.kind, i.value) for i in rec.identifiers]
        for k in keys:
            if k in first_of:
                rparent[_find(rparent, rec.record_id)] = _find(rparent, first_of[k])
            else:
                first_of[k] = rec.record_id
    nets: dict = {}
    for rid in rparent:
        nets.setdefault(_find(rparent, rid), []).append(rid)
    out = Resolution()
    network_of = {}
    for rids in nets.values():
        nid = "N-" + hashlib.sha256(min(rids).encode()).hexdigest()[:12]
        ents = sorted({entity_of[(r.record_id, p.ref)] for r in records if r.record_id in rids for p in r.people})
        out.networks[nid] = Network(nid, tuple(sorted(rids)), tuple(ents))
        for r in rids:
            network_of[r] = nid
    for m, eid in entity_of.items():
        out.persons.append(PersonResult(m[0], m[1], eid, network_of[m[0]], 1.0))
    for (a, b), kinds in evidence.items():
        out.links.append(Link(a, b, 0.99, tuple(sorted(kinds))))
    return out


def install() -> None:
    """Put the stand-in where the engine will be, unless the engine is there."""
    try:
        import rihai.networks.resolution  # noqa: F401
    except ImportError:
        module = types.ModuleType("rihai.networks.resolution")
        for name, value in list(globals().items()):
            if not name.startswith("__"):
                setattr(module, name, value)
        sys.modules["rihai.networks.resolution"] = module
