"""Coded case facts for the statistics extract, streamed in batches. Re-exported by ``service.py``.

Only plain, coded columns are read (status, codes, years, provinces, districts, countries). No
``Encrypted`` column is selected, so nothing personal is decrypted or leaves this module: no
names, identifiers, phones, addresses, exact dates of birth, free text, case references or city
names. Dates are coarsened to the month here, before anything else sees them. Each case is keyed
by a keyed digest of its id (``case_key``), so the analytical store cannot be joined back to the
case database without the keyring.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, and_, cast, or_, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import current_keyring

from .models import Case, Perpetrator, Person, TraffickingEvent

def case_key(case_id: uuid.UUID | str) -> str:
    """A keyed pseudonym for a case: stable across extracts, meaningless without the keyring."""
    digest = current_keyring().blind("stats-case", str(case_id))
    return hashlib.blake2s(digest, digest_size=12).hexdigest()


def month(value: date | datetime | None) -> str | None:
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


@dataclass
class CaseBatch:
    """One batch of coded case facts, column by column (fast to hand to an analytical engine).

    ``rid`` is the database's own text form of the case id; it only links the three parts of a
    batch to each other and must not be stored: ``case_key`` is what identifies a case outside.
    JSON lists (citizenship, exploitation …) stay JSON text; dates are text, cut to the month by
    the consumer (``YYYY-MM`` is their first seven characters on every database)."""

    cases: dict[str, list[Any]]
    legs: dict[str, list[Any]]
    perpetrators: dict[str, list[Any]]
    newest: datetime | None

    def __len__(self) -> int:
        return len(self.cases["case_key"])


_CASE_TEXT = {"rid": Case.id, "registered": Case.identified_on, "created": Case.created_at,
              "citizenship": Person.citizenship, "exploitation": Case.exploitation_types,
              "control": Case.means_of_control, "recruitment": Case.recruitment_methods,
              "apps": Case.recruitment_apps}
_CASE_PLAIN = {"agency_id": Case.owner_agency_id, "status": Case.status,
               "trafficking_status": Case.trafficking_status, "decided_by": Case.status_decided_by_org,
               "sex": Person.sex, "gender": Person.gender, "age_trafficked": Case.age_when_trafficked,
               "age_estimate": Person.age_estimate, "is_minor": Person.is_minor,
               "origin_province": Person.home_province, "origin_district": Person.home_district,
               "relationship": Case.relationship_to_trafficker, "industry": Case.forced_labour_industry,
               "is_synthetic": Case.is_synthetic}


def _dashed(rid: str) -> str:
    """The canonical text of a case id, whichever form the database returns (SQLite: 32 hex)."""
    return rid if len(rid) == 36 else f"{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-{rid[20:]}"


def iter_case_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                    batch_size: int = 20_000) -> Iterator[CaseBatch]:
    """Batches of coded facts for cases changed at or after ``since`` (all cases when None), in
    ``updated_at`` order. For the statistics extract only (``stats:aggregate:read``: analysts and
    the CLI's system actor); the caller never receives a personal value."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    names = ["updated_at", *_CASE_TEXT, *_CASE_PLAIN]
    cols = [Case.updated_at, *(cast(c, String) for c in _CASE_TEXT.values()), *_CASE_PLAIN.values()]
    conn = session.connection()  # Core rows: no ORM bookkeeping per row
    after: tuple[datetime, uuid.UUID] | None = None
    while True:
        window = [Case.updated_at >= since] if since is not None else []
        if after is not None:
            window.append(or_(Case.updated_at > after[0],
                              and_(Case.updated_at == after[0], Case.id > after[1])))
        stmt = (select(*cols).join(Person, Person.case_id == Case.id, isouter=True).where(*window)
                .order_by(Case.updated_at, Case.id).limit(batch_size))
        rows = conn.execute(stmt).all()
        if not rows:
            return
        columns = dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))
        columns["case_key"] = [case_key(_dashed(rid)) for rid in columns["rid"]]
        last = (rows[-1][0], uuid.UUID(rows[-1][1]))
        # The same window, closed at the batch's last case: legs and perpetrators by join, not
        # by a list of 20,000 ids.
        upto = [*window, or_(Case.updated_at < last[0], and_(Case.updated_at == last[0], Case.id <= last[1]))]
        yield CaseBatch(columns, _legs(conn, upto), _perpetrator_roles(conn, upto), last[0])
        after = last
        if len(rows) < batch_size:
            return


def _columns(rows: list[Any], names: list[str]) -> dict[str, list[Any]]:
    if not rows:
        return {n: [] for n in names}
    return dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))


def _legs(conn: Any, window: list[Any]) -> dict[str, list[Any]]:
    # ``place`` (a city or hub) and ``description`` (free text) are deliberately not read.
    E = TraffickingEvent  # noqa: N806
    stmt = (select(cast(E.case_id, String), E.seq, E.event_type, E.country, E.province, E.district,
                   cast(E.event_date, String)).join(Case, Case.id == E.case_id).where(*window))
    return _columns(conn.execute(stmt).all(),
                    ["rid", "seq", "event_type", "country", "province", "district", "date"])


def _perpetrator_roles(conn: Any, window: list[Any]) -> dict[str, list[Any]]:
    P = Perpetrator  # noqa: N806
    stmt = (select(cast(P.case_id, String), cast(P.roles, String)).join(Case, Case.id == P.case_id)
            .where(*window))
    return _columns(conn.execute(stmt).all(), ["rid", "roles"])


def iter_prosecution_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                           batch_size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    """Coded criminal-justice facts (stage, outcome, investigating agency, laws, months) per case,
    for the statistics extract; no FIR number, court, sentence or note."""
    from .justice_models import ProsecutionTrack as T

    require(actor, Permission.STATS_AGGREGATE_READ)
    stmt = select(T.case_id, T.investigating_agency, T.laws, T.stage, T.stage_changed_on, T.outcome,
                  T.outcome_on, T.created_at, T.updated_at).order_by(T.updated_at, T.case_id)
    if since is not None:
        stmt = stmt.where(T.updated_at >= since)
    batch: list[dict[str, Any]] = []
    for r in session.execute(stmt.execution_options(yield_per=batch_size)):
        batch.append({"case_key": case_key(r.case_id), "updated_at": r.updated_at,
                      "investigating_agency": r.investigating_agency, "laws": list(r.laws or []),
                      "stage": r.stage, "stage_month": month(r.stage_changed_on), "outcome": r.outcome,
                      "outcome_month": month(r.outcome_on), "opened_month": month(r.created_at)})
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_support_facts(session: Session, actor: Actor, *, batch_size: int = 5000
                       ) -> Iterator[list[dict[str, Any]]]:
    """Support-plan items as coded facts (type, status, months), all of them: items carry no
    change timestamp, so the extract replaces this table whole. No goal or visit note."""
    from .justice_models import SupportPlanItem as S

    require(actor, Permission.STATS_AGGREGATE_READ)
    stmt = select(S.case_id, S.support_type, S.status, S.created_at, S.completed_on).order_by(S.id)
    batch: list[dict[str, Any]] = []
    for r in session.execute(stmt.execution_options(yield_per=batch_size)):
        batch.append({"case_key": case_key(r.case_id), "support_type": r.support_type, "status": r.status,
                      "opened_month": month(r.created_at), "completed_month": month(r.completed_on)})
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch
