"""What the graph is built from: the lower domains' published reads (case perpetrators, the agent a
family names on a tracing request, phones in reported offers) and the watchlists imported here,
each turned into the engine's ``SourceRecord`` plus its provenance (which record, which agency,
when, entered by whom).

Every identifier is handed to the engine already keyed (``Identifier(kind, digest, keyed=True)``),
the hex of ``Keyring.blind(kind, canonical)``: cases and tracing hand phones out only as such
digests of the E.164 form, and keying the rest here the same way means the digests the engine
links on are the ones the "known elsewhere" hint looks up. Names stay clear text in memory only:
the engine compares them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.cases import service as cases
from rihai.crypto import current_keyring
from rihai.screening.tips import service as tips
from rihai.tracing import service as tracing

from .engine import Identifier, PersonInput, SourceRecord, normalise_identifier
from .models import Watchlist, WatchlistEntry

SOURCES = ("case", "tracing", "tip", "watchlist")


@dataclass
class Draft:
    """One source record on its way into the graph."""

    id: str
    source: str
    source_id: str
    owner_agency_id: int | None
    recorded_on: date | None
    entered_by_id: int | None
    published: bool = False
    people: list[PersonInput] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, str | None] = field(default_factory=dict)
    # (ref or None for the record itself, kind, digest, value as written or None)
    identifiers: list[tuple[str | None, str, str, str | None]] = field(default_factory=list)

    def record(self) -> SourceRecord:
        """As the engine reads it; people in ``ref`` order, as ``placement`` rebuilds them from rows."""
        return SourceRecord(record_id=self.id, source=self.source,
                            agency=None if self.owner_agency_id is None else str(self.owner_agency_id),
                            date=self.recorded_on.isoformat() if self.recorded_on else None,
                            people=tuple(sorted(self.people, key=lambda p: p.ref)),
                            identifiers=tuple(Identifier(k, d, keyed=True)
                                              for ref, k, d, _ in self.identifiers if ref is None))

    def fingerprint(self) -> str:
        """A keyed digest of everything the record contributes, so a build sees what changed
        without keeping values."""
        body = json.dumps([self.owner_agency_id, str(self.recorded_on), self.published, self.roles, self.names,
                           sorted((r or "", k, d) for r, k, d, _ in self.identifiers)],
                          sort_keys=True, ensure_ascii=False)
        return current_keyring().blind("networks-record", body).hex()

    def add_places(self, places: Iterable[str]) -> None:
        """Places of the record (districts): evidence for a reviewer's possible match, never a link."""
        held = {d for r, k, d, _ in self.identifiers if r is None and k == "place"}
        for raw in places:
            if (x := keyed("place", raw)) is not None and x[1] not in held:
                held.add(x[1])
                self.identifiers.append((None, *x))

    def add_person(self, ref: str, *, name: str | None, roles: list[str],
                   identifiers: list[tuple[str, str, str | None]], aliases: tuple[str, ...] = (),
                   father_name: str | None = None) -> None:
        """``identifiers``: (kind, digest, value as written or None)."""
        self.people.append(PersonInput(ref=ref, name=name, aliases=aliases, role=roles[0] if roles else None,
                                       father_name=father_name,
                                       identifiers=tuple(Identifier(k, d, keyed=True) for k, d, _ in identifiers)))
        self.roles[ref] = roles
        self.names[ref] = name
        self.identifiers.extend((ref, k, d, v) for k, d, v in identifiers)


def keyed(kind: str, raw: str | None) -> tuple[str, str, str | None] | None:
    """(kind, digest, raw) of a value as written, or None when it does not normalise."""
    if not raw:
        return None
    canonical = normalise_identifier(kind, raw)
    if not canonical:
        return None
    return kind, current_keyring().blind(kind, canonical).hex(), raw


def _day(when: datetime | None) -> date | None:
    return when.date() if when else None


def from_cases(session: Session, actor: Actor, ids: Collection[uuid.UUID] | None = None) -> Iterator[Draft]:
    drafts: dict[str, Draft] = {}
    for m in cases.perpetrator_mentions(session, actor, case_ids=ids):
        rid = f"case:{m.case_id}"
        d = drafts.get(rid)
        if d is None:
            d = drafts[rid] = Draft(rid, "case", str(m.case_id), m.owner_agency_id, _day(m.recorded_at),
                                    m.entered_by_id)
            d.add_places(m.districts)  # the case's, the same on each of its perpetrators
        elif m.recorded_at and (d.recorded_on is None or _day(m.recorded_at) < d.recorded_on):  # type: ignore[operator]
            d.recorded_on = _day(m.recorded_at)
        ids = [("phone", digest, None) for digest in m.phone_digests]
        ids += [x for x in (keyed("licence", m.oep_licence), keyed("company", m.agency_name)) if x]
        d.add_person(f"p{m.perpetrator_id}", name=m.name, roles=list(m.roles), identifiers=ids)
    yield from drafts.values()


def from_tracing(session: Session, actor: Actor, ids: Collection[uuid.UUID] | None = None) -> Iterator[Draft]:
    for m in tracing.recruiter_mentions(session, actor, request_ids=ids):
        d = Draft(f"tracing:{m.request_id}", "tracing", str(m.request_id), m.owner_agency_id,
                  _day(m.recorded_at), m.entered_by_id)
        ids = [("phone", m.phone_digest, None)] if m.phone_digest else []
        ids += [x for x in (keyed("licence", m.oep_licence), keyed("company", m.agency_name)) if x]
        d.add_person("recruiter", name=m.name, roles=["RecruiterOrIntermediary"], identifiers=ids)
        yield d


def from_tips(session: Session, actor: Actor, ids: Collection[uuid.UUID] | None = None) -> Iterator[Draft]:
    # A reported offer names no person: its phones are the record's own identifiers, and the
    # engine links records through them.
    for t in tips.offer_phones(session, actor, tip_ids=ids):
        d = Draft(f"tip:{t.tip_id}", "tip", str(t.tip_id), None, _day(t.reported_at), None)
        d.identifiers.extend((None, "phone", digest, None) for digest in t.phone_digests)
        yield d


# Watchlist columns (lower-cased heading) -> identifier kind.
WATCHLIST_KINDS = {"phones": "phone", "phone": "phone", "cnic": "cnic", "licence": "licence",
                   "license": "licence", "accounts": "account", "account": "account", "handles": "handle",
                   "handle": "handle", "emails": "email", "email": "email", "company": "company",
                   "companies": "company"}


# Watchlist columns that name a place (a district, a city): evidence only, never a link.
WATCHLIST_PLACES = ("district", "districts", "place", "places", "city")


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def from_watchlists(session: Session, ids: Collection[int] | None = None) -> Iterator[Draft]:
    stmt = select(WatchlistEntry, Watchlist).join(Watchlist).order_by(WatchlistEntry.id)
    if ids is not None:
        stmt = stmt.where(WatchlistEntry.id.in_(list(ids)))
    rows = session.execute(stmt)
    for entry, wl in rows:
        p = entry.person or {}
        d = Draft(f"watchlist:{entry.id}", "watchlist", f"{wl.id}:{entry.row}", wl.agency_id,
                  _day(wl.imported_at), wl.imported_by_id, published=wl.published)
        ids = []
        for column, kind in WATCHLIST_KINDS.items():
            values = p.get(column) or []
            for raw in values if isinstance(values, list) else [values]:
                if (x := keyed(kind, str(raw))) is not None:
                    ids.append(x)
        d.add_person("listed", name=p.get("name"), roles=[p["role"]] if p.get("role") else [],
                     identifiers=ids, aliases=tuple(p.get("aliases") or ()), father_name=p.get("father_name"))
        d.add_places(str(v) for column in WATCHLIST_PLACES for v in _as_list(p.get(column)))
        yield d


def gather(session: Session, actor: Actor, sources: tuple[str, ...] = SOURCES) -> list[Draft]:
    """Every record the graph holds, read through the sources' published (consent-gated) reads."""
    out: list[Draft] = []
    if "case" in sources:
        out.extend(from_cases(session, actor))
    if "tracing" in sources:
        out.extend(from_tracing(session, actor))
    if "tip" in sources:
        out.extend(from_tips(session, actor))
    if "watchlist" in sources:
        out.extend(from_watchlists(session))
    return out


def gather_ids(session: Session, actor: Actor, record_ids: Collection[str]) -> list[Draft]:
    """The records of these ids ("case:<uuid>", "tracing:<uuid>", "tip:<uuid>", "watchlist:<id>")
    that the sources publish now, through the same reads as ``gather``; an id not published (a
    consent withdrawn, a record deleted) is simply absent."""
    wanted: dict[str, set[str]] = {}
    for rid in record_ids:
        source, _, key = rid.partition(":")
        wanted.setdefault(source, set()).add(key)
    out: list[Draft] = []
    if wanted.get("case"):
        out.extend(from_cases(session, actor, _uuids(wanted["case"])))
    if wanted.get("tracing"):
        out.extend(from_tracing(session, actor, _uuids(wanted["tracing"])))
    if wanted.get("tip"):
        out.extend(from_tips(session, actor, _uuids(wanted["tip"])))
    if wanted.get("watchlist"):
        out.extend(from_watchlists(session, [int(k) for k in wanted["watchlist"] if k.isdigit()]))
    return out


def _uuids(keys: set[str]) -> list[uuid.UUID]:
    out = []
    for k in keys:
        try:
            out.append(uuid.UUID(k))
        except ValueError:
            continue
    return out
