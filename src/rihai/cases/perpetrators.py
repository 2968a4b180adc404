"""Perpetrator mentions: who the survivors named as recruiter, transporter, exploiter..., published
for reading across cases (through ``service.perpetrator_mentions``; the perpetrator-network work
of issue 17 is its first reader).

The consent rule lives here, beside the tables: a case's perpetrators are handed out only while the
survivor's (or guardian's) latest decision on sharing with law enforcement
(``ConsentPurpose.LAW_ENFORCEMENT``) is a yes. A name a survivor gave is also a clue to who the
survivor is, so no yes means no mention. Values are decrypted in memory; phones leave only as
keyed digests (the blind index's ``phone`` kind), enough to see one number in many cases without
holding it. The read is audited with the case ids, never values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, lazyload, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import current_keyring

from .codes import ConsentPurpose
from .models import Case
from .records import cases_consenting


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


def perpetrator_mentions(session: Session, actor: Actor, *, batch: int = 1000) -> list[PerpetratorMention]:
    """Every perpetrator named on a case (across agencies) whose survivor agreed to share with law
    enforcement. Callers: whoever builds the recruiter-network graph (``networks:graph:build``:
    supervisors, investigators, the CLI); results must stay in memory."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    # The survivor's own record is not loaded: nothing of it is needed, so none is decrypted.
    cases = cases_consenting(session, ConsentPurpose.LAW_ENFORCEMENT, Case.perpetrators.any(), batch=batch,
                             options=(lazyload(Case.person), selectinload(Case.perpetrators),
                                      lazyload(Case.events), lazyload(Case.assignments)))
    ring = current_keyring()
    out = [PerpetratorMention(
        case_id=case.id, owner_agency_id=case.owner_agency_id, roles=tuple(p.roles or ()),
        name=p.name, agency_name=p.agency_name, oep_licence=p.oep_licence,
        phone_digests=tuple(ring.blind("phone", n).hex() for n in p.phones or ()),
        perpetrator_id=p.id, recorded_at=p.created_at, entered_by_id=case.created_by_id)
        for case in cases for p in case.perpetrators]
    audit.record(session, actor, AuditTag.CASE_PERPETRATORS_READ, subject_type="case",
                 related_ids=sorted({m.case_id for m in out}))
    return out
