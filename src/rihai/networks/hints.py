"""Known elsewhere, without disclosure: when someone records a perpetrator's phone, licence or
account, "known in N records held by agencies X and Y since DATE" — from the keyed digests alone,
never a record's content.

What counts as elsewhere: records held by another agency, and records held by none (a public
report, a family's request no desk has taken up yet, named as such). The asker's own agency's
records are never counted: they can search those already, and counting them would make "known
elsewhere" say "known here". Values the engine flagged generic (a helpline, a bus company's
number) give no hint. The question is audited with the kinds asked, never the values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import Agency, require
from rihai.crypto import current_keyring

from .engine import normalise_identifier
from .models import NetworkIdentifier, NetworkRecord

HINT_KINDS = ("phone", "licence", "cnic", "account", "handle", "email")
# Holders that are no agency, named by source.
UNHELD = {"tip": "public reports", "tracing": "families' requests", "watchlist": "watchlists",
          "case": "cases"}


@dataclass(frozen=True)
class Hint:
    records: int = 0
    agencies: tuple[str, ...] = ()  # agency names, then holders that are no agency
    unheld: tuple[str, ...] = ()  # sources held by no agency ("tip", "tracing")
    since: date | None = None
    on_published_watchlist: bool = False
    kinds: tuple[str, ...] = field(default=())

    @property
    def known(self) -> bool:
        return self.records > 0


def digests(values: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ring = current_keyring()
    out = []
    for kind, raw in values:
        if kind not in HINT_KINDS or not raw or not raw.strip():
            continue
        canonical = normalise_identifier(kind, raw)
        if canonical:
            out.append((kind, ring.blind(kind, canonical).hex()))
    return out


def known_elsewhere(session: Session, actor: Actor, values: list[tuple[str, str]]) -> Hint:
    """The hint for (kind, value as written) pairs. Callers: anyone doing case work
    (``networks:hint:read``). Invariant: counts, agency names and a date only; the asker's own
    agency's records never counted."""
    require(actor, Permission.NETWORKS_HINT_READ)
    keys = digests(values)
    kinds = tuple(sorted({k for k, _ in keys}))
    audit.record(session, actor, AuditTag.NETWORK_HINT, subject_type="networks_hint", fields=kinds)
    if not keys:
        return Hint(kinds=kinds)
    elsewhere = or_(NetworkRecord.owner_agency_id.is_(None), NetworkRecord.owner_agency_id != actor.agency_id) \
        if actor.agency_id is not None else NetworkRecord.id.is_not(None)
    matching = (select(NetworkIdentifier.record_id)
                .where(tuple_(NetworkIdentifier.kind, NetworkIdentifier.digest).in_(keys),
                       NetworkIdentifier.generic.is_(False)))
    rows = session.execute(
        select(NetworkRecord.owner_agency_id, Agency.name, NetworkRecord.source,
               func.count(NetworkRecord.id.distinct()), func.min(NetworkRecord.recorded_on))
        .outerjoin(Agency, Agency.id == NetworkRecord.owner_agency_id)
        .where(NetworkRecord.id.in_(matching), elsewhere)
        .group_by(NetworkRecord.owner_agency_id, Agency.name, NetworkRecord.source)).all()
    published = session.scalar(select(func.count()).select_from(NetworkRecord).where(
        and_(NetworkRecord.id.in_(matching), NetworkRecord.published.is_(True)))) or 0
    records = sum(r[3] for r in rows)
    agencies = sorted({r[1] for r in rows if r[1]})
    unheld = sorted({r[2] for r in rows if r[0] is None})
    dates = [r[4] for r in rows if r[4] is not None]
    return Hint(records=records, agencies=tuple(agencies), unheld=tuple(unheld),
                since=min(dates) if dates else None, on_published_watchlist=published > 0, kinds=kinds)


def on_published_watchlist(session: Session, kind: str, raw: str) -> bool:
    """Whether a value is on a *published* watchlist: the one thing the public job-offer page may
    say. Internal knowledge (cases, requests, internal lists) never answers here."""
    keys = digests([(kind, raw)])
    if not keys:
        return False
    stmt = (select(func.count()).select_from(NetworkIdentifier).join(NetworkRecord)
            .where(tuple_(NetworkIdentifier.kind, NetworkIdentifier.digest).in_(keys),
                   NetworkRecord.source == "watchlist", NetworkRecord.published.is_(True)))
    return (session.scalar(stmt) or 0) > 0
