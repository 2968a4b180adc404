"""The parts of a case added one at a time: route legs, perpetrators, notes and consent."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import re
import uuid
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import Agency, require
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound

from . import search
from .models import Case, CaseNote, Consent, Perpetrator, TraffickingEvent
from .schemas import ConsentCreate, EventIn, NoteCreate, PerpetratorIn
from .visibility import case_scope_among, note_kinds


def _case(session: Session, actor: Actor, case_id: uuid.UUID) -> Case:
    found = session.scalars(select(Case).where(Case.id == case_id, case_scope_among(actor, [case_id]))).unique().one_or_none()
    if found is None:
        raise NotFound("no such case, or you do not have access to it")
    return found


def _touch(case: Case) -> None:
    # A change to any part of the case moves its version on, so an editor holding an older copy
    # of the case gets a conflict rather than silently overwriting.
    case.updated_at = utcnow()


def normalise_licence(text: str) -> str:
    """OEP licence numbers are free text in the wild ("0696 / rwp", "MPD-2671-LHR")."""
    parts = [p for p in re.split(r"[\s/\-]+", text.upper()) if p]
    return "/".join(parts)


def build_event(data: EventIn, seq: int) -> TraffickingEvent:
    return TraffickingEvent(seq=seq, **data.model_dump())


def build_perpetrator(data: PerpetratorIn) -> Perpetrator:
    values = data.model_dump()
    values["phones"] = values["phones"] or None
    if values["oep_licence"]:
        values["oep_licence"] = normalise_licence(values["oep_licence"])
    return Perpetrator(**values)


def add_event(session: Session, actor: Actor, case_id: uuid.UUID, *, data: EventIn) -> TraffickingEvent:
    """Append a leg to the route of a case the actor may edit."""
    require(actor, Permission.CASES_CASE_UPDATE)
    case = _case(session, actor, case_id)
    if len(case.events) >= 30:
        raise Invalid("a route has at most 30 legs", field="events")
    event = build_event(data, max((e.seq for e in case.events), default=0) + 1)
    case.events.append(event)
    _touch(case)
    session.flush()
    search.add_tokens(session, case, search.place_keys(event.place, event.district))
    audit.record(session, actor, AuditTag.EVENT_ADD, subject_type="case", subject_id=case.id,
                 fields=[f"events.{f}" for f in data.model_fields_set])
    return event


def add_perpetrator(session: Session, actor: Actor, case_id: uuid.UUID, *,
                    data: PerpetratorIn) -> Perpetrator:
    require(actor, Permission.CASES_CASE_UPDATE)
    case = _case(session, actor, case_id)
    perp = build_perpetrator(data)
    case.perpetrators.append(perp)
    _touch(case)
    session.flush()
    search.add_tokens(session, case, search.recruiter_keys(perp.name, perp.phones))
    audit.record(session, actor, AuditTag.PERPETRATOR_ADD, subject_type="case",
                 subject_id=case.id, fields=[f"perpetrators.{f}" for f in data.model_fields_set])
    return perp


def add_note(session: Session, actor: Actor, case_id: uuid.UUID, *, data: NoteCreate) -> CaseNote:
    """Notes are append-only. An actor may only write kinds of note they may also read."""
    require(actor, Permission.CASES_NOTE_CREATE)
    case = _case(session, actor, case_id)
    if data.kind not in note_kinds(actor):
        raise Invalid("your role does not keep this kind of note", field="kind", rule="need-to-know")
    note = CaseNote(case_id=case.id, author_id=actor.user_id, kind=data.kind, body=data.body)
    session.add(note)
    session.flush()
    audit.record(session, actor, AuditTag.NOTE_CREATE, subject_type="case", subject_id=case.id,
                 fields=[f"notes.{data.kind}"])
    return note


def list_notes(session: Session, actor: Actor, case_id: uuid.UUID) -> list[CaseNote]:
    """Only the kinds of note the actor's role needs (need-to-know), filtered in SQL."""
    require(actor, Permission.CASES_CASE_READ)
    case = _case(session, actor, case_id)
    kinds = sorted(note_kinds(actor))
    return list(session.scalars(select(CaseNote).where(CaseNote.case_id == case.id,
                                                      CaseNote.kind.in_(kinds))
                                .order_by(CaseNote.id.desc())))


def record_consent(session: Session, actor: Actor, case_id: uuid.UUID, *, data: ConsentCreate) -> Consent:
    """Consent is recorded, never edited: a change of mind is a new row or a withdrawal.
    A minor's consent must come from a guardian or a best-interest determination."""
    require(actor, Permission.CASES_CONSENT_RECORD)
    case = _case(session, actor, case_id)
    if case.person.is_minor and data.given_by == "Survivor" and data.given:
        raise Invalid("a child's consent is given by a guardian or a best-interest determination",
                      field="given_by", rule="child-consent")
    if data.recipient_agency_id is not None and session.get(Agency, data.recipient_agency_id) is None:
        raise Invalid("no such agency", field="recipient_agency_id")
    consent = Consent(case_id=case.id, recorded_by_id=actor.user_id, **data.model_dump())
    case.consents.append(consent)
    _touch(case)
    session.flush()
    audit.record(session, actor, AuditTag.CONSENT_RECORD, subject_type="case", subject_id=case.id,
                 fields=[f"consents.{data.purpose}"])
    return consent


def withdraw_consent(session: Session, actor: Actor, case_id: uuid.UUID, consent_id: int) -> Consent:
    require(actor, Permission.CASES_CONSENT_RECORD)
    case = _case(session, actor, case_id)
    consent = next((c for c in case.consents if c.id == consent_id), None)
    if consent is None:
        raise NotFound("no such consent on this case")
    if consent.withdrawn_at is not None:
        raise Conflict("this consent was already withdrawn", rule="consent-withdrawn")
    consent.withdrawn_at = utcnow()
    _touch(case)
    session.flush()
    audit.record(session, actor, AuditTag.CONSENT_WITHDRAW, subject_type="case", subject_id=case.id,
                 fields=[f"consents.{consent.purpose}"])
    return consent


def consent_in_force(case: Case, purpose: str, recipient_agency_id: int | None = None) -> bool:
    """True when the latest un-withdrawn consent for the purpose (and recipient, if any) is a yes.
    The referral gate calls this (through ``consent_covers``)."""
    return consent_covers(case.consents, purpose, recipient_agency_id)


def consent_covers(consents: Iterable[Consent], purpose: str, recipient_agency_id: int | None = None) -> bool:
    """The rule itself: a consent naming no recipient covers any; the most recent decision (by
    consent date, then by when it was recorded) wins, so a later refusal overrides an earlier yes."""
    relevant = [c for c in consents if c.purpose == purpose and c.withdrawn_at is None
                and c.recipient_agency_id in (None, recipient_agency_id)]
    if not relevant:
        return False
    latest = max(relevant, key=lambda c: (c.consent_date, c.id))
    return latest.given


def cases_consenting(session: Session, purpose: str, *where: Any, options: Sequence[Any] = (),
                     batch: int = 1000) -> Iterator[Case]:
    """Cases (matching ``where``) whose latest decision for ``purpose`` is a yes, in id order, read
    ``batch`` at a time by keyset. The published reads that hand case data to other domains
    (tracing's persons, networks' perpetrator mentions) use this or ``consenting_rows``; both
    take their pages from ``_consenting_pages``, so their consent gate is one piece of code."""
    for page in _consenting_pages(session, purpose, (), where, batch):
        ids = [row[0] for row in page]
        yield from session.scalars(select(Case).where(Case.id.in_(ids))
                                   .options(selectinload(Case.consents), *options).order_by(Case.id)).unique()


def consenting_rows(session: Session, purpose: str, columns: Sequence[Any], *where: Any,
                    batch: int = 1000) -> Iterator[Any]:
    """``cases_consenting`` as rows of ``columns`` of the case table (the case's id first), for
    reads over every case of the country: no case object, JSON code lists or consents built as
    objects (at 100k cases, two thirds of the network build's reading)."""
    for page in _consenting_pages(session, purpose, columns, where, batch):
        yield from page


def _consenting_pages(session: Session, purpose: str, columns: Sequence[Any], where: Sequence[Any],
                      batch: int) -> Iterator[list[Any]]:
    """Rows (the case's id, then ``columns``) of consenting cases, a keyset page at a time. The SQL
    keeps only cases with some un-withdrawn yes; the rule (``consent_covers``, on the consents read
    as rows) then applies the latest decision, so a later "no" still wins."""
    agreed = exists(select(Consent.id).where(Consent.case_id == Case.id, Consent.purpose == purpose,
                                             Consent.given.is_(True), Consent.withdrawn_at.is_(None)))
    stmt = select(Case.id, *columns).where(agreed, *where).order_by(Case.id)
    decisions = select(Consent.case_id, Consent.id, Consent.purpose, Consent.given, Consent.withdrawn_at,
                       Consent.recipient_agency_id, Consent.consent_date)
    last = None
    while True:
        rows = session.execute(stmt.limit(batch) if last is None else stmt.where(Case.id > last).limit(batch)).all()
        if not rows:
            return
        consents: dict[uuid.UUID, list[Any]] = {}
        for c in session.execute(decisions.where(Consent.case_id.in_([r[0] for r in rows]),
                                                 Consent.purpose == purpose)):
            consents.setdefault(c.case_id, []).append(c)
        kept = [row for row in rows if consent_covers(consents.get(row[0], ()), purpose)]
        if kept:
            yield kept
        last = rows[-1][0]
