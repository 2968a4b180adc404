"""Perpetrator mentions: who the survivors named as recruiter, transporter, exploiter..., published
for reading across cases (through ``service.perpetrator_mentions``; the perpetrator-network work
of issue 17 is its first reader).

The consent rule lives here, beside the tables: a case's perpetrators are handed out only while the
survivor's (or guardian's) latest decision on sharing with law enforcement
(``ConsentPurpose.LAW_ENFORCEMENT``) is a yes. A name a survivor gave is also a clue to who the
survivor is, so no yes means no mention. Values are decrypted in memory; phones leave only as
keyed digests (the blind index's ``phone`` kind), enough to see one number in many cases without
holding it. The read is audited with the case ids, never values.

``offence_codes`` publishes, under the same consent rule, the coded offence facts of given cases
(exploitation, means of control, minor, sex, perpetrators' roles): what an evidence pack maps to
sections of law. Only coded columns are read for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import current_keyring

from .codes import ConsentPurpose
from .models import Case, Perpetrator, Person, TraffickingEvent
from .records import cases_consenting, consenting_rows


@dataclass(frozen=True)
class PerpetratorMention:
    case_id: uuid.UUID
    owner_agency_id: int
    roles: tuple[str, ...]
    name: str | None
    agency_name: str | None
    oep_licence: str | None  # a public business licence, normalised ("0696/RWP")
    phone_digests: tuple[str, ...]  # hex of the phone's blind-index digest, never the number
    # Provenance: the perpetrator row (stable across reads), when it was recorded and by whom.
    perpetrator_id: int = 0
    recorded_at: datetime | None = None
    entered_by_id: int | None = None
    # The districts of the case's route legs (coded, as statistics hold them): where the person
    # was recruited, moved or exploited. Evidence that two same-named people may be one, never a link.
    districts: tuple[str, ...] = ()


def perpetrator_mentions(session: Session, actor: Actor, *, batch: int = 1000,
                         case_ids: Collection[uuid.UUID] | None = None) -> list[PerpetratorMention]:
    """Every perpetrator named on a case (across agencies) whose survivor agreed to share with law
    enforcement; with ``case_ids``, on those cases only (the graph placing a few saved records).
    Callers: whoever builds the recruiter-network graph (``networks:graph:build``: supervisors,
    investigators, the CLI); results must stay in memory."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    # The survivor's own record is not loaded: nothing of it is needed, so none is decrypted. Rows,
    # not case objects: this reads every consenting case of the country on each network build.
    only = () if case_ids is None else (Case.id.in_(list(case_ids)),)
    ring = current_keyring()
    out: list[PerpetratorMention] = []
    batch_of: list[Any] = []

    def named(cases: list[Any]) -> None:
        owner = {r[0]: (r[1], r[2]) for r in cases}
        districts: dict[uuid.UUID, set[str]] = {}
        for case_id, district in session.execute(select(TraffickingEvent.case_id, TraffickingEvent.district).where(
                TraffickingEvent.case_id.in_(list(owner)), TraffickingEvent.district.is_not(None))):
            districts.setdefault(case_id, set()).add(district)
        for p in session.execute(_NAMED.where(Perpetrator.case_id.in_(list(owner)))):
            agency, entered_by = owner[p.case_id]
            out.append(PerpetratorMention(
                case_id=p.case_id, owner_agency_id=agency, roles=tuple(p.roles or ()), name=p.name,
                agency_name=p.agency_name, oep_licence=p.oep_licence,
                phone_digests=tuple(ring.blind("phone", n).hex() for n in p.phones or ()),
                perpetrator_id=p.id, recorded_at=p.created_at, entered_by_id=entered_by,
                districts=tuple(sorted(districts.get(p.case_id, ())))))

    for row in consenting_rows(session, ConsentPurpose.LAW_ENFORCEMENT, (Case.owner_agency_id, Case.created_by_id),
                               Case.perpetrators.any(), *only, batch=batch):
        batch_of.append(row)
        if len(batch_of) >= batch:
            named(batch_of)
            batch_of = []
    if batch_of:
        named(batch_of)
    audit.record(session, actor, AuditTag.CASE_PERPETRATORS_READ, subject_type="case",
                 related_ids=sorted({m.case_id for m in out}))
    return out


# A perpetrator row as a mention needs it, in the order the case's ``perpetrators`` relationship
# lists them (by id).
_NAMED = select(Perpetrator.case_id, Perpetrator.id, Perpetrator.roles, Perpetrator.name, Perpetrator.agency_name,
                Perpetrator.oep_licence, Perpetrator.phones, Perpetrator.created_at).order_by(Perpetrator.case_id,
                                                                                              Perpetrator.id)


@dataclass(frozen=True)
class OffenceCodes:
    """What a case records about the offence, as codes only (no name, date, place or free text):
    what a prosecutor's evidence pack maps to sections of law."""

    case_id: uuid.UUID
    exploitation: tuple[str, ...]  # codes.Exploitation
    control: tuple[str, ...]  # codes.MeansOfControl
    recruitment: tuple[str, ...]  # codes.RecruitmentMethod
    perpetrator_roles: tuple[str, ...]  # codes.PerpetratorRole, of everyone the survivor named
    minor: bool  # under 18 now or when trafficked
    sex: str | None  # codes.Sex
    is_synthetic: bool


def offence_codes(session: Session, actor: Actor, case_ids: list[uuid.UUID]) -> list[OffenceCodes]:
    """The coded offence facts of the given cases, under the rule of ``perpetrator_mentions``: only
    cases whose survivor agreed to share with law enforcement. Callers: the networks evidence pack
    (``networks:entity:read``), for cases it already decided the reader may see."""
    require(actor, Permission.NETWORKS_ENTITY_READ)
    if not case_ids:
        return []
    # Only coded columns of the person and the perpetrators: nothing encrypted is read for this.
    cases = list(cases_consenting(session, ConsentPurpose.LAW_ENFORCEMENT, Case.id.in_(case_ids),
                                  options=(lazyload(Case.person), lazyload(Case.perpetrators),
                                           lazyload(Case.events), lazyload(Case.assignments))))
    ids = [c.id for c in cases]
    person = {cid: (minor, sex) for cid, minor, sex in session.execute(
        select(Person.case_id, Person.is_minor, Person.sex).where(Person.case_id.in_(ids)))} if ids else {}
    roles: dict[uuid.UUID, set[str]] = {}
    for cid, codes in (session.execute(select(Perpetrator.case_id, Perpetrator.roles)
                                       .where(Perpetrator.case_id.in_(ids))) if ids else ()):
        roles.setdefault(cid, set()).update(codes or ())
    out = [OffenceCodes(
        case_id=c.id, exploitation=tuple(c.exploitation_types or ()), control=tuple(c.means_of_control or ()),
        recruitment=tuple(c.recruitment_methods or ()), perpetrator_roles=tuple(sorted(roles.get(c.id, ()))),
        minor=bool(person.get(c.id, (False, None))[0])
        or (c.age_when_trafficked is not None and c.age_when_trafficked < 18),
        sex=person.get(c.id, (False, None))[1], is_synthetic=c.is_synthetic) for c in cases]
    audit.record(session, actor, AuditTag.CASE_PERPETRATORS_READ, subject_type="case",
                 fields=["exploitation_types", "means_of_control", "recruitment_methods", "is_minor", "sex"],
                 related_ids=sorted(str(o.case_id) for o in out))
    return out
