"""Coded case facts, streamed in batches: what the cases domain publishes for statistics (through
``service.py``, which re-exports ``iter_case_facts``, ``iter_prosecution_facts``,
``iter_support_facts``, ``case_key``, ``newest_case_change``, ``count_eligible_cases``,
``eligible_case_keys`` and ``withheld_case_ids``; the statistics extract is its reader today).

Only plain, coded columns are read (status, codes, years, provinces, districts, countries). No
``Encrypted`` column is selected, so nothing personal is decrypted or leaves this module: no
names, identifiers, phones, addresses, exact dates of birth, free text, case references or city
names. Dates leave as text and are cut to the month by the consumer before anything is stored.
Each case is keyed by a keyed digest of its id (``case_key``), so the analytical store cannot be
joined back to the case database without the keyring.

Which cases count: every case, except one whose survivor (or guardian) was asked about
statistics and whose decision in force is not a yes (``ConsentPurpose.STATISTICS``: a refusal,
or a yes since withdrawn). ``eligible_case_keys`` lists the pseudonyms of the cases that count
now, so the extract can drop what was deleted or withdrawn since it last looked.

Reading is done with Core selects on the DBAPI rows, one pass per table, in large batches: the
extract of a million cases is dominated by moving rows, so nothing here builds an ORM object, a
dict per row or a Python date (dates and JSON lists stay text for the analytical engine).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import pseudonym, pseudonyms
from rihai.db import utc_text

from .codes import ConsentPurpose
from .models import Case, Consent, Perpetrator, Person, TraffickingEvent

def case_keys(case_ids: list[Any]) -> list[str]:
    """Each case's keyed pseudonym (``crypto.pseudonyms``): stable across extracts, meaningless
    without the keyring, so the analytical store cannot be joined back to the case database."""
    return pseudonyms("case", case_ids)


def case_key(case_id: uuid.UUID | str) -> str:
    return pseudonym("case", case_id)


def month(value: date | datetime | None) -> str | None:
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


def withheld_case_ids() -> Any:
    """The ids of cases left out of statistics, as a subquery: the survivor was asked about
    statistics and no un-withdrawn yes is the latest un-withdrawn decision (the rule of
    ``records.consent_covers``). Small in practice: it reads the consents for statistics only."""
    C, later = aliased(Consent), aliased(Consent)  # noqa: N806
    stats = ConsentPurpose.STATISTICS.value
    yes_in_force = (
        select(C.case_id)
        .where(C.purpose == stats, C.given.is_(True), C.withdrawn_at.is_(None),
               ~exists(select(later.id).where(
                   later.case_id == C.case_id, later.purpose == stats, later.withdrawn_at.is_(None),
                   or_(later.consent_date > C.consent_date,
                       and_(later.consent_date == C.consent_date, later.id > C.id))))))
    return select(Consent.case_id).where(Consent.purpose == stats,
                                         Consent.case_id.not_in(yes_in_force))


SEP, NULL = "\x1f", "\x1e"  # field separator and null marker inside a packed line


@dataclass
class FactBatch:
    """A batch of one part of the coded case facts.

    ``part`` is ``cases`` (with ``keys``: each case's ``case_key``), ``persons``, ``legs`` (route
    legs) or ``perpetrators`` (roles only); all of a part's batches come before the next part's.
    Each row is a pair: the database's own text form of the case id (``rid``: it only links the
    parts to each other and must never be stored) and the row's ``fields`` packed into one text by
    the database, separated by ``SEP``, ``NULL`` for a null. One text per row instead of a Python
    object per value halves the cost of moving a million cases; the consumer splits them in its
    analytical engine (and takes the pairs as they come: no per-row Python here either). JSON lists stay JSON text; dates are text whose first seven
    characters are ``YYYY-MM`` on every database."""

    part: str
    fields: list[str]
    rows: list[tuple[str, str]]
    keys: list[str] | None = None

    def __len__(self) -> int:
        return len(self.rows)


E, P = TraffickingEvent, Perpetrator
# Booleans travel as text (SQLite 0/1, PostgreSQL true/false), like everything in a packed line.
_PARTS: dict[str, tuple[Any, dict[str, Any]]] = {
    "cases": (Case, {
        "registered": Case.identified_on, "created": Case.created_at,
        "exploitation": Case.exploitation_types, "control": Case.means_of_control,
        "recruitment": Case.recruitment_methods, "apps": Case.recruitment_apps,
        "agency_id": Case.owner_agency_id, "status": Case.status, "trafficking_status": Case.trafficking_status,
        "decided_by": Case.status_decided_by_org, "age_trafficked": Case.age_when_trafficked,
        "relationship": Case.relationship_to_trafficker, "industry": Case.forced_labour_industry,
        "is_synthetic": Case.is_synthetic}),
    "persons": (Person, {
        "citizenship": Person.citizenship, "sex": Person.sex, "gender": Person.gender,
        "age_estimate": Person.age_estimate, "is_minor": Person.is_minor,
        "origin_province": Person.home_province, "origin_district": Person.home_district}),
    # ``place`` (a city or hub) and ``description`` (free text) are deliberately not read.
    "legs": (E, {"seq": E.seq, "event_type": E.event_type, "country": E.country, "province": E.province,
                 "district": E.district, "date": E.event_date}),
    "perpetrators": (P, {"roles": P.roles}),
}


FACT_FIELDS = {part: list(columns) for part, (_, columns) in _PARTS.items()}


def _packed(session: Session, columns: dict[str, Any]) -> Any:
    parts = [func.coalesce(utc_text(session, c) if c is Case.created_at else cast(c, String), NULL)
             for c in columns.values()]
    line = parts[0]
    for part in parts[1:]:
        line = line.op("||")(SEP).op("||")(part)
    return line


def newest_case_change(session: Session, actor: Actor) -> datetime | None:
    """The newest ``updated_at`` among cases: read before the facts, so a case changed while they
    stream is read again next time rather than missed."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    return session.execute(select(func.max(Case.updated_at))).scalar()


def _fetch(conn: Any, stmt: Any, batch_size: int) -> Iterator[list[Any]]:
    """DBAPI rows in batches, past SQLAlchemy's Row objects: only text is selected, so there is
    nothing to convert (a server-side cursor on PostgreSQL)."""
    result = conn.execute(stmt.execution_options(stream_results=True, yield_per=batch_size))
    try:
        # The first batch through SQLAlchemy also takes the row it read ahead; plain tuples after.
        rows = [tuple(r) for r in result.fetchmany(batch_size)]
        while rows:
            yield rows
            if len(rows) < batch_size:
                return
            rows = result.cursor.fetchmany(batch_size)
    finally:
        result.close()


def iter_case_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                    ids: list[str] | None = None, batch_size: int = 100_000) -> Iterator[FactBatch]:
    """Coded facts for the cases changed at or after ``since`` (all cases when None; only the
    cases ``ids``, as this module hands them out, when given) that count for statistics: the
    cases (with their ``case_key``), their persons' coded fields, their route legs and their
    perpetrators' roles. For the statistics extract only (``stats:aggregate:read``: analysts and
    the CLI's system actor); the caller never receives a personal value."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    conn = session.connection()
    for part, (model, columns) in _PARTS.items():
        link = Case.id if model is Case else model.case_id
        stmt = select(cast(link, String), _packed(session, columns)).where(link.not_in(withheld_case_ids()))
        if ids is not None:
            stmt = stmt.where(link.in_([uuid.UUID(i) for i in ids]))
        elif since is not None:  # a full read walks each table in storage order; a refresh joins
            stmt = stmt.where(Case.updated_at >= since)
            if model is not Case:
                stmt = stmt.join(Case, Case.id == link)
        for rows in _fetch(conn, stmt, batch_size):
            keys = case_keys([r[0] for r in rows]) if part == "cases" else None
            yield FactBatch(part, list(columns), rows, keys)


def count_eligible_cases(session: Session, actor: Actor) -> int:
    """How many cases count for statistics now (an index-only count)."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    return int(session.execute(select(func.count()).select_from(Case)
                               .where(Case.id.not_in(withheld_case_ids()))).scalar() or 0)


def eligible_case_keys(session: Session, actor: Actor, *, batch_size: int = 200_000
                       ) -> Iterator[tuple[list[str], list[str]]]:
    """Every case that counts for statistics now, in batches of (text ids, pseudonyms): the
    extract removes from its store whatever is not among them (deleted cases, withdrawn
    consent) and reads again any that its store lacks. Reads the primary-key index only (plus
    the statistics consents)."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    stmt = select(cast(Case.id, String)).where(Case.id.not_in(withheld_case_ids()))
    for rows in _fetch(session.connection(), stmt, batch_size):
        rids = [r[0] for r in rows]
        yield rids, case_keys(rids)
