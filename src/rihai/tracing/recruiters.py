"""Recruiter mentions: the agent a family names on a tracing request, published for the recruiter
networks (``rihai.networks``) through ``service.recruiter_mentions``.

The consent rule lives here, beside the table: a request's recruiter is handed out only when the
family agreed to share the request (``consent_share``): what a family says about who took their
son abroad is also a clue to who the family is, so no yes means no mention. The name and agency
are decrypted in memory only; the phone leaves as its keyed digest (the blind index's ``phone``
kind, of the same E.164 form cases use). Audited with the request ids, never values.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import current_keyring

from .models import TracingRequest


@dataclass(frozen=True)
class RecruiterMention:
    request_id: uuid.UUID
    owner_agency_id: int | None  # None: a family's request no desk has taken up yet
    name: str | None
    agency_name: str | None
    oep_licence: str | None  # a public business licence
    phone_digest: str | None  # hex of the phone's blind-index digest, never the number
    recorded_at: datetime
    entered_by_id: int | None


def recruiter_mentions(session: Session, actor: Actor, *, batch: int = 1000,
                       request_ids: Collection[uuid.UUID] | None = None) -> list[RecruiterMention]:
    """Every recruiter named on a tracing request whose family agreed to share it (with
    ``request_ids``, on those requests only). Callers: whoever builds the recruiter-network graph
    (``networks:graph:build``); results stay in memory."""
    require(actor, Permission.NETWORKS_GRAPH_BUILD)
    named = or_(TracingRequest.recruiter_name.is_not(None), TracingRequest.recruiter_phone.is_not(None),
                TracingRequest.recruiter_licence.is_not(None))
    only = () if request_ids is None else (TracingRequest.id.in_(list(request_ids)),)
    # Only the recruiter's columns: a whole request would decrypt the missing person's name and
    # the family's contact for every request in the country, to throw them away.
    stmt = (select(TracingRequest.id, TracingRequest.owner_agency_id, TracingRequest.recruiter_name,
                   TracingRequest.recruiter_agency, TracingRequest.recruiter_licence, TracingRequest.recruiter_phone,
                   TracingRequest.created_at, TracingRequest.created_by_id)
            .where(TracingRequest.consent_share.is_(True), named, *only)
            .order_by(TracingRequest.id).execution_options(yield_per=batch))
    ring = current_keyring()
    out = [RecruiterMention(
        request_id=r.id, owner_agency_id=r.owner_agency_id, name=r.recruiter_name,
        agency_name=r.recruiter_agency, oep_licence=r.recruiter_licence,
        phone_digest=ring.blind("phone", r.recruiter_phone).hex() if r.recruiter_phone else None,
        recorded_at=r.created_at, entered_by_id=r.created_by_id)
        for r in session.execute(stmt)]
    audit.record(session, actor, AuditTag.TRACING_RECRUITERS_READ, subject_type="tracing_request",
                 related_ids=sorted(str(m.request_id) for m in out))
    return out
