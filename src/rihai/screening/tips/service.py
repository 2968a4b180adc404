"""Offers reported by the public ("report this offer") and the investigators who read them.

Only investigators in a law-enforcement agency (HTCDS org type LawEnforcement: FIA circles, police)
see tips; the scope is SQL, registered with ``access.policy``. Creating a tip is anonymous and
audited without any identifying detail of the reporter.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import case, exists, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope, visible
from rihai.access.service import Agency, require
from rihai.crypto import current_keyring
from rihai.db import paged, utcnow
from rihai.errors import Conflict, Invalid, NotFound

from rihai.screening.offers.service import Assessment

from .models import ScreeningTip

_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class TipStatus(StrEnum):
    NEW = "new"
    REVIEWED = "reviewed"
    ACTIONED = "actioned"  # passed on to an inquiry
    DISMISSED = "dismissed"


# What a person reads for each status (msgids of the Urdu catalogue).
TIP_STATUS_LABELS: dict[str, str] = {TipStatus.NEW: "New", TipStatus.REVIEWED: "Reviewed",
                                     TipStatus.ACTIONED: "Passed to an inquiry", TipStatus.DISMISSED: "Dismissed"}


def _tip_scope(actor: Actor) -> object:
    return exists(select(Agency.id).where(Agency.id == actor.agency_id,
                                          Agency.org_type == "LawEnforcement"))


register_scope(ScreeningTip, Permission.SCREENING_TIP_READ, _tip_scope)


def create_tip(session: Session, actor: Actor, *, text: str, assessment: Assessment,
               contact: str | None = None) -> ScreeningTip:
    """Anyone may report an offer they screened. Only what they chose to send is kept."""
    require(actor, Permission.SCREENING_TIP_CREATE)
    if not text.strip():
        raise Invalid("there is nothing to report", field="text")
    while True:
        ref = "TIP-" + "".join(secrets.choice(_REF_ALPHABET) for _ in range(8))
        if session.scalar(select(ScreeningTip.id).where(ScreeningTip.reference == ref)) is None:
            break
    phones = sorted({p.e164 for p in assessment.entities.phones}) or None
    tip = ScreeningTip(reference=ref, text=text, reporter_contact=(contact or "").strip() or None,
                       phones=phones, risk=assessment.risk, band=assessment.band,
                       flag_codes=[f.code for f in assessment.red_flags],
                       indicators_version=assessment.indicators_version)
    session.add(tip)
    session.flush()
    audit.record(session, actor, AuditTag.TIP_CREATE, subject_type="tip", subject_id=tip.id,
                 fields=["text"] + (["reporter_contact"] if tip.reporter_contact else []))
    return tip


def list_tips(session: Session, actor: Actor, *, status: TipStatus | None = None, page: int = 1,
              page_size: int = 25) -> tuple[list[ScreeningTip], int]:
    """Investigators in law enforcement list tips, riskiest and newest first."""
    require(actor, Permission.SCREENING_TIP_READ)
    stmt = visible(select(ScreeningTip), actor, ScreeningTip)
    if status:
        stmt = stmt.where(ScreeningTip.status == status)
    new_first = case((ScreeningTip.status == TipStatus.NEW, 0), else_=1)
    rows, total = paged(session, stmt, new_first, ScreeningTip.created_at.desc(), ScreeningTip.id,
                        page=page, page_size=page_size)
    audit.record(session, actor, AuditTag.TIP_LIST, subject_type="tip", related_ids=[t.id for t in rows])
    return rows, total


def get_tip(session: Session, actor: Actor, tip_id: uuid.UUID) -> ScreeningTip:
    require(actor, Permission.SCREENING_TIP_READ)
    tip = session.scalar(visible(select(ScreeningTip).where(ScreeningTip.id == tip_id), actor, ScreeningTip))
    if tip is None:
        raise NotFound("no such tip, or you do not have access to it")
    audit.record(session, actor, AuditTag.TIP_READ, subject_type="tip", subject_id=tip.id)
    return tip


def set_status(session: Session, actor: Actor, tip_id: uuid.UUID, *, status: TipStatus,
               version: int) -> ScreeningTip:
    """Mark a tip reviewed, actioned or dismissed; two investigators cannot both win."""
    require(actor, Permission.SCREENING_TIP_UPDATE)
    tip = session.scalar(visible(select(ScreeningTip).where(ScreeningTip.id == tip_id), actor, ScreeningTip))
    if tip is None:
        raise NotFound("no such tip, or you do not have access to it")
    if tip.version != version:
        raise Conflict("someone else changed this tip; reload and try again", rule="optimistic-lock")
    tip.status = status
    tip.reviewed_by_id = actor.user_id
    tip.reviewed_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("someone else changed this tip; reload and try again") from exc
    audit.record(session, actor, AuditTag.TIP_STATUS, subject_type="tip", subject_id=tip.id,
                 fields=["status"])
    return tip


@dataclass(frozen=True)
class OfferPhones:
    """The recruiters' phones screening found in a reported offer, as keyed digests (the blind
    index's ``phone`` kind of the E.164 form), with when it was reported and the coded flags."""

    tip_id: uuid.UUID
    reported_at: datetime
    phone_digests: tuple[str, ...]
    flag_codes: tuple[str, ...]


def offer_phones(session: Session, actor: Actor, *, tip_ids: Collection[uuid.UUID] | None = None) -> list[OfferPhones]:
    """Published read for the recruiter networks: every reported offer with a phone in it (with
    ``tip_ids``, those offers only). The
    reporter agreed that investigators may read the offer; phones leave only as digests and the
    text not at all. Callers: whoever builds the network graph (``networks:graph:build``)."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    ring = current_keyring()
    only = () if tip_ids is None else (ScreeningTip.id.in_(list(tip_ids)),)
    # Only these columns: a whole tip would decrypt the offer's text and the reporter's details.
    stmt = (select(ScreeningTip.id, ScreeningTip.created_at, ScreeningTip.phones, ScreeningTip.flag_codes)
            .where(ScreeningTip.phones.is_not(None), *only).order_by(ScreeningTip.created_at))
    out = [OfferPhones(tip_id=t.id, reported_at=t.created_at,
                       phone_digests=tuple(ring.blind("phone", p).hex() for p in t.phones or ()),
                       flag_codes=tuple(t.flag_codes or ()))
           for t in session.execute(stmt) if t.phones]
    audit.record(session, actor, AuditTag.TIP_PHONES_READ, subject_type="screening_tip",
                 related_ids=sorted(str(o.tip_id) for o in out))
    return out
