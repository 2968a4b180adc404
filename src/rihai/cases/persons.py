"""The people whose family-tracing consent is in force, published for reading in bulk (through
``service.persons_for_tracing``; the tracing match run is its reader).

Only people whose consent for family tracing is in force are returned (``consent_in_force`` with
purpose ``FamilyTracing``): a survivor who has not agreed to be traced is never matched against a
family's request. Values are decrypted in memory and handed over as plain objects; the read is
audited with the case ids, never values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require

from .codes import CaseStatus, ConsentPurpose
from .models import Case
from .records import cases_consenting


@dataclass(frozen=True)
class TracingPerson:
    case_id: uuid.UUID
    owner_agency_id: int
    caseworker_id: int | None
    full_name: str | None
    name_urdu: str | None
    father_name: str | None
    sex: str | None
    birth_date: str | None
    birth_year: int | None
    age: int | None
    cnic: str | None
    passport: str | None
    phone: str | None
    district: str | None


def persons_for_tracing(session: Session, actor: Actor, *, batch: int = 1000) -> list[TracingPerson]:
    """Everyone (across agencies) on an open case who consented to family tracing. Callers: the
    tracing match run only (``tracing:match:run``); results must stay in memory."""
    require(actor, Permission.TRACING_MATCH_RUN)
    cases = cases_consenting(session, ConsentPurpose.FAMILY_TRACING,
                             Case.status.not_in([CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED]), batch=batch,
                             options=(lazyload(Case.perpetrators), lazyload(Case.events), lazyload(Case.assignments)))
    out: list[TracingPerson] = []
    for case in cases:
        p = case.person
        father = p.guardian_name if p.guardian_relation in (None, "father") else None
        out.append(TracingPerson(
            case_id=case.id, owner_agency_id=case.owner_agency_id, caseworker_id=case.caseworker_id,
            full_name=" ".join(filter(None, [p.given_name, p.family_name])) or None,
            name_urdu=p.name_urdu, father_name=father, sex=p.sex, birth_date=p.birth_date,
            birth_year=p.birth_year, age=p.age_estimate, cnic=p.cnic, passport=p.passport,
            phone=(p.phones or [None])[0], district=p.home_district))
    audit.record(session, actor, AuditTag.CASE_TRACING_READ, subject_type="case",
                 related_ids=[p.case_id for p in out])
    return out


def case_caseworker(session: Session, case_id: uuid.UUID) -> tuple[int, int | None] | None:
    """(owning agency, caseworker) of a case, for routing a notification; no personal data."""
    row = session.execute(select(Case.owner_agency_id, Case.caseworker_id).where(Case.id == case_id)).first()
    return (row[0], row[1]) if row else None
