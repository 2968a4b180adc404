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
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import current_keyring

from .models import Case, Perpetrator, Person, TraffickingEvent

_CASE_COLUMNS = (Case.id, Case.owner_agency_id, Case.status, Case.identified_on, Case.created_at,
                 Case.updated_at, Case.trafficking_status, Case.status_decided_by_org,
                 Case.exploitation_types, Case.means_of_control, Case.recruitment_methods,
                 Case.recruitment_apps, Case.relationship_to_trafficker, Case.age_when_trafficked,
                 Case.forced_labour_industry, Case.is_synthetic)
_PERSON_COLUMNS = (Person.sex, Person.gender, Person.age_estimate, Person.is_minor,
                   Person.home_province, Person.home_district, Person.citizenship)


def case_key(case_id: uuid.UUID | str) -> str:
    """A keyed pseudonym for a case: stable across extracts, meaningless without the keyring."""
    digest = current_keyring().blind("stats-case", str(case_id))
    return hashlib.blake2s(digest, digest_size=12).hexdigest()


def month(value: date | datetime | None) -> str | None:
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


def iter_case_facts(session: Session, actor: Actor, *, since: datetime | None = None,
                    batch_size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    """Batches of coded facts for cases changed at or after ``since`` (all cases when None), in
    ``updated_at`` order. For the statistics extract only (``stats:aggregate:read``: analysts and
    the CLI's system actor); the caller never receives a personal value. Each fact carries
    ``updated_at`` so the caller can keep a watermark."""
    require(actor, Permission.STATS_AGGREGATE_READ)
    after: tuple[datetime, uuid.UUID] | None = None
    while True:
        stmt = (select(*_CASE_COLUMNS, *_PERSON_COLUMNS).join(Person, Person.case_id == Case.id,
                                                              isouter=True)
                .order_by(Case.updated_at, Case.id).limit(batch_size))
        if since is not None:
            stmt = stmt.where(Case.updated_at >= since)
        if after is not None:
            stmt = stmt.where(or_(Case.updated_at > after[0],
                                  and_(Case.updated_at == after[0], Case.id > after[1])))
        rows = session.execute(stmt).all()
        if not rows:
            return
        ids = [r.id for r in rows]
        legs = _legs(session, ids)
        roles = _perpetrator_roles(session, ids)
        yield [_fact(r, legs.get(r.id, []), roles.get(r.id, [])) for r in rows]
        after = (rows[-1].updated_at, rows[-1].id)
        if len(rows) < batch_size:
            return


def _legs(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
    out: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    # ``place`` (a city or hub) and ``description`` (free text) are deliberately not read.
    stmt = (select(TraffickingEvent.case_id, TraffickingEvent.seq, TraffickingEvent.event_type,
                   TraffickingEvent.country, TraffickingEvent.province, TraffickingEvent.district,
                   TraffickingEvent.event_date)
            .where(TraffickingEvent.case_id.in_(ids)).order_by(TraffickingEvent.case_id,
                                                               TraffickingEvent.seq))
    for r in session.execute(stmt):
        out[r.case_id].append({"seq": r.seq, "event_type": r.event_type, "country": r.country,
                               "province": r.province, "district": r.district,
                               "month": month(r.event_date)})
    return out


def _perpetrator_roles(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, set[str]] = defaultdict(set)
    for case_id, roles in session.execute(select(Perpetrator.case_id, Perpetrator.roles)
                                          .where(Perpetrator.case_id.in_(ids))):
        out[case_id].update(roles or [])
    return {k: sorted(v) for k, v in out.items()}


def _fact(r: Any, legs: list[dict[str, Any]], roles: list[str]) -> dict[str, Any]:
    registered = r.identified_on or r.created_at
    age = r.age_when_trafficked if r.age_when_trafficked is not None else r.age_estimate
    return {
        "case_key": case_key(r.id), "agency_id": r.owner_agency_id, "updated_at": r.updated_at,
        "reg_year": registered.year if registered else None, "reg_month": month(registered),
        "status": r.status, "trafficking_status": r.trafficking_status,
        "decided_by": r.status_decided_by_org, "sex": r.sex, "gender": r.gender, "age": age,
        "is_minor": bool(r.is_minor), "origin_province": r.home_province,
        "origin_district": r.home_district, "citizenship": list(r.citizenship or []),
        "exploitation": list(r.exploitation_types or []), "control": list(r.means_of_control or []),
        "recruitment": list(r.recruitment_methods or []), "apps": list(r.recruitment_apps or []),
        "relationship": r.relationship_to_trafficker, "industry": r.forced_labour_industry,
        "perpetrator_roles": roles, "legs": legs, "is_synthetic": bool(r.is_synthetic),
    }


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
