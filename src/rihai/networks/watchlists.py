"""Imported watchlists (CSV or XLSX, e.g. a published most-wanted list of human smugglers). Each
row becomes a person the next build resolves like any other source. A published list is public
knowledge (the job-offer page may say a number is on one); an internal list is held by the
importing agency like its cases."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rihai import tabular
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import Invalid

from .models import Watchlist, WatchlistEntry
from .sources import WATCHLIST_KINDS, WATCHLIST_PLACES

LIMITS = tabular.Limits(max_rows=50_000, max_bytes=20 * 1024 * 1024)
TEXT_COLUMNS = ("name", "father_name", "role")
LIST_COLUMNS = ("aliases", *WATCHLIST_KINDS, *WATCHLIST_PLACES)


def _split(value: object) -> list[str]:
    text = "" if value is None else str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return [v.strip() for v in text.replace(";", ",").replace("|", ",").split(",") if v.strip()]


def parse(data: bytes, filename: str) -> list[dict]:
    """Rows as people dicts. Headings are matched by name, case-insensitively (``name``,
    ``aliases``, ``father_name``, ``role``, ``phones``, ``cnic``, ``licence``, ``accounts``,
    ``district``, ...);
    several values in one cell are separated by commas, semicolons or bars."""
    rows = tabular.read_rows(data, filename, LIMITS)
    heading = next(rows, None)
    if heading is None:
        raise Invalid("the file is empty", field="file")
    names = [str(h or "").strip().lower().replace(" ", "_") for h in heading]
    if "name" not in names and not set(names) & set(WATCHLIST_KINDS):
        raise Invalid("the first row must name the columns: name, phones, cnic, licence, ...", field="file")
    out = []
    for row in rows:
        person: dict = {}
        for col, value in zip(names, row, strict=False):
            if col in TEXT_COLUMNS and value not in (None, ""):
                person[col] = str(value).strip()
            elif col in LIST_COLUMNS and (values := _split(value)):
                person[col] = values
        if person:
            out.append(person)
    return out


def import_watchlist(session: Session, actor: Actor, *, name: str, published: bool, people: list[dict]) -> Watchlist:
    """Store a watchlist; the next build links it. Callers: ``networks:watchlist:import`` (and
    ``rihai networks import-watchlist``). Audited with the list's id and row count, never a value."""
    require(actor, Permission.NETWORKS_WATCHLIST_IMPORT)
    name = name.strip()
    if not name or len(name) > 200:
        raise Invalid("a watchlist needs a name of at most 200 characters", field="name")
    if not people:
        raise Invalid("the watchlist has no rows", field="file")
    wl = Watchlist(name=name, published=published, agency_id=actor.agency_id, imported_by_id=actor.user_id,
                   entries=len(people))
    session.add(wl)
    session.flush()
    session.add_all(WatchlistEntry(watchlist_id=wl.id, row=i, person=p) for i, p in enumerate(people, start=1))
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_WATCHLIST_IMPORT, subject_type="networks_watchlist",
                 subject_id=wl.id, fields=sorted({k for p in people for k in p}))
    return wl
