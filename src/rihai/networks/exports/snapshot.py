"""What every writer reads: one network as the reader may see it, in plain frozen values.

The networks service builds it, already scoped and redacted; the writers only draw and count.
A redacted record carries the marker and nothing else (the constructor refuses anything else), so
no writer can print what the reader may not see, however it is called.

Each item (entity, record, link, timeline event, audit entry) has a canonical JSON form
(``canonical``: keys sorted, no spaces, UTF-8, dates in ISO 8601) and a SHA-256 of it
(``item_digest``): the chain of custody of the evidence pack is built from these.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from typing import Any

ENTITY_KINDS = ("person", "phone", "handle", "email", "account", "licence", "company", "place")
SOURCE_KINDS = ("case", "tip", "tracing_request", "watchlist")
RELIABILITY = "ABCDE"  # A completely reliable … E unreliable (Admiralty / NATO system)
INFORMATION = (1, 2, 3, 4, 5)  # 1 confirmed by other sources … 5 improbable
REDACTED_ENTITY = "[redacted]"


def redaction_marker(agency: str) -> str:
    """What a reader sees instead of a record held by an agency they may not read."""
    return f"[redacted — held by {agency}]"


@dataclass(frozen=True)
class Grading:
    """A source grading: how reliable the source is (A–E) and how credible the information (1–5)."""

    reliability: str
    information: int

    def __post_init__(self) -> None:
        if self.reliability not in RELIABILITY or len(self.reliability) != 1:
            raise ValueError(f"reliability must be one of {RELIABILITY}")
        if self.information not in INFORMATION:
            raise ValueError("information must be 1 to 5")

    def __str__(self) -> str:
        return f"{self.reliability}{self.information}"


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # ENTITY_KINDS
    label: str  # a display value, or REDACTED_ENTITY
    roles: tuple[str, ...] = ()  # recruiter, sub_agent, transporter, forger, exploiter, money_handler
    aliases: tuple[str, ...] = ()
    redacted: bool = False

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"entity kind must be one of {ENTITY_KINDS}")
        if self.redacted and (self.label != REDACTED_ENTITY or self.aliases):
            raise ValueError("a redacted entity carries the marker and no aliases")


@dataclass(frozen=True)
class Record:
    id: str
    source: str  # SOURCE_KINDS
    agency: str
    date: date
    summary: str  # a short summary, or redaction_marker(agency)
    redacted: bool = False

    def __post_init__(self) -> None:
        if self.source not in SOURCE_KINDS:
            raise ValueError(f"record source must be one of {SOURCE_KINDS}")
        if self.redacted and self.summary != redaction_marker(self.agency):
            raise ValueError("a redacted record carries the redaction marker and nothing else")


@dataclass(frozen=True)
class Link:
    """An edge: entity to entity (``target`` an entity id) or entity to record (a mention)."""

    id: str
    source: str
    target: str
    relation: str  # uses, associate, agent_of, holds, mentioned_in, same_as …
    probability: float
    grading: Grading
    evidence: tuple[str, ...] = ()  # why: "same phone after normalisation", "name 0.93 + father"
    records: tuple[str, ...] = ()  # the records the link rests on

    def __post_init__(self) -> None:
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")


@dataclass(frozen=True)
class TimelineEvent:
    date: date
    record_id: str
    what: str  # for a redacted record: what may be said ("record opened"), never its content


@dataclass(frozen=True)
class AuditEntry:
    """Who saw or changed what: ids and action names only, never values."""

    at: datetime
    actor_id: str
    actor_role: str
    action: str
    subject_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkSnapshot:
    network_id: str
    generated_at: datetime
    generated_by: str  # who made the pack (a user id and role, as the audit names them)
    generated_for: str  # whom it is for (a prosecutor's office, a court)
    entities: tuple[Entity, ...] = ()
    records: tuple[Record, ...] = ()
    links: tuple[Link, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    facts: frozenset[str] = field(default_factory=frozenset)  # legal.FACTS that the records show
    audit: tuple[AuditEntry, ...] = ()
    synthetic: bool = False  # demo data: every export says so

    def __post_init__(self) -> None:
        ids = [e.id for e in self.entities] + [r.id for r in self.records]
        if len(ids) != len(set(ids)):
            raise ValueError("entity and record ids must be unique across both")
        known = set(ids)
        for link in self.links:
            if link.source not in known or link.target not in known:
                raise ValueError(f"link {link.id} names an entity or record not in the snapshot")

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def record(self, record_id: str) -> Record | None:
        return next((r for r in self.records if r.id == record_id), None)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def canonical(item: Any) -> bytes:
    """The canonical JSON of an item (a snapshot dataclass or the plain dict it becomes)."""
    return json.dumps(_plain(item), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def item_digest(item: Any) -> str:
    return hashlib.sha256(canonical(item)).hexdigest()


def items(snapshot: NetworkSnapshot) -> dict[str, Any]:
    """Every item of the pack by a stable key (``kind:id``), in the order the pack lists them."""
    out: dict[str, Any] = {}
    out.update((f"entity:{e.id}", e) for e in snapshot.entities)
    out.update((f"record:{r.id}", r) for r in snapshot.records)
    out.update((f"link:{k.id}", k) for k in snapshot.links)
    out.update((f"timeline:{n}", t) for n, t in enumerate(snapshot.timeline, start=1))
    return out


def audit_digest(audit: tuple[AuditEntry, ...] | list[Any]) -> str:
    """One SHA-256 over the audit extract, in its order (reordering it changes the digest)."""
    return item_digest(list(audit))


def plain(item: Any) -> Any:
    """The JSON-ready form of an item, as ``canonical`` hashes it."""
    return _plain(item)
