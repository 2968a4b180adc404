"""Need-to-know views of a case for agencies that receive it by referral.

Another agency never loads the whole ``Case``: ``shared_view`` selects only the columns of the
field groups it was granted, and only the note kinds it was granted, in SQL — a column that is not
selected cannot leak through a template, a serializer or a log line. Whether the caller may have
the view at all (an active referral, consent in force) is decided by the referrals domain, which
calls this; the read is audited here as a case read naming the groups.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.errors import NotFound

from .models import Case, CaseNote, Consent, Perpetrator, Person, TraffickingEvent


class FieldGroup(StrEnum):
    IDENTITY = "identity"  # names, sex, gender, age, languages, minor
    IDENTIFIERS = "identifiers"  # CNIC, passport
    CONTACT = "contact"  # phones, address
    ORIGIN = "origin"  # home province and district, citizenship
    SITUATION = "situation"  # trafficking status, exploitation, means of control, recruitment
    ROUTE = "route"  # the trafficking events
    PERPETRATORS = "perpetrators"


# Always shared: what any receiving agency needs to act (and what a pre-acceptance summary shows).
_BASE_CASE = (Case.id, Case.reference, Case.owner_agency_id, Case.status, Case.is_synthetic)
_BASE_PERSON = (Person.sex, Person.age_estimate, Person.is_minor, Person.languages)
GROUP_COLUMNS: dict[FieldGroup, tuple[Any, ...]] = {
    FieldGroup.IDENTITY: (Person.given_name, Person.family_name, Person.name_urdu, Person.aliases,
                          Person.gender, Person.guardian_name, Person.guardian_relation),
    FieldGroup.IDENTIFIERS: (Person.cnic, Person.passport, Person.birth_date),
    FieldGroup.CONTACT: (Person.phones, Person.address),
    FieldGroup.ORIGIN: (Person.home_province, Person.home_district, Person.citizenship),
    FieldGroup.SITUATION: (Case.trafficking_status, Case.exploitation_types, Case.means_of_control,
                           Case.recruitment_methods, Case.relationship_to_trafficker),
    FieldGroup.ROUTE: (),
    FieldGroup.PERPETRATORS: (),
}


@dataclass
class SharedCase:
    """What a receiving agency may read. Absent groups are simply not here."""

    groups: frozenset[FieldGroup]
    note_kinds: frozenset[str]
    values: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    perpetrators: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)

    def __getitem__(self, name: str) -> Any:
        return self.values.get(name)


def summary_view(session: Session, case_id: uuid.UUID) -> dict[str, Any]:
    """The few coded facts a receiving agency sees *before* it accepts: sex, age, minor, languages,
    home district. No names, identifiers or contact details. Not audited as a case read: it holds
    nothing that identifies the person."""
    row = session.execute(
        select(*_BASE_CASE, *_BASE_PERSON, Person.home_province, Person.home_district)
        .join(Person, Person.case_id == Case.id).where(Case.id == case_id)).mappings().one_or_none()
    if row is None:
        raise NotFound("no such case")
    return dict(row)


def shared_view(session: Session, actor: Actor, case_id: uuid.UUID, *, groups: frozenset[FieldGroup],
                note_kinds: frozenset[str], via: str) -> SharedCase:
    """Callers: the referrals service, after checking the referral is active and consented.
    ``via`` (e.g. ``referral:<id>``) is recorded with the audited read."""
    cols = [*_BASE_CASE, *_BASE_PERSON]
    for group in sorted(groups):
        cols.extend(GROUP_COLUMNS[group])
    row = session.execute(select(*cols).join(Person, Person.case_id == Case.id)
                          .where(Case.id == case_id)).mappings().one_or_none()
    if row is None:
        raise NotFound("no such case")
    view = SharedCase(groups=groups, note_kinds=note_kinds, values=dict(row))
    if FieldGroup.ROUTE in groups:
        view.events = [dict(r) for r in session.execute(
            select(TraffickingEvent.seq, TraffickingEvent.event_type, TraffickingEvent.country,
                   TraffickingEvent.place, TraffickingEvent.province, TraffickingEvent.district,
                   TraffickingEvent.event_date)
            .where(TraffickingEvent.case_id == case_id).order_by(TraffickingEvent.seq)).mappings()]
    if FieldGroup.PERPETRATORS in groups:
        view.perpetrators = [dict(r) for r in session.execute(
            select(Perpetrator.roles, Perpetrator.name, Perpetrator.phones, Perpetrator.agency_name,
                   Perpetrator.oep_licence)
            .where(Perpetrator.case_id == case_id).order_by(Perpetrator.id)).mappings()]
    if note_kinds:
        view.notes = [dict(r) for r in session.execute(
            select(CaseNote.id, CaseNote.kind, CaseNote.body, CaseNote.created_at)
            .where(CaseNote.case_id == case_id, CaseNote.kind.in_(sorted(note_kinds)))
            .order_by(CaseNote.id)).mappings()]
    audit.record(session, actor, AuditTag.CASE_READ, subject_type="case", subject_id=case_id,
                 fields=[f"group:{g}" for g in sorted(groups)] + [f"notes:{k}" for k in sorted(note_kinds)],
                 related_ids=[via])
    return view


def consents_of(session: Session, case_id: uuid.UUID) -> list[Consent]:
    """The consent rows of a case (coded; the note column is not read by callers)."""
    return list(session.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.id)))
