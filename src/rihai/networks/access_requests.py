"""Asking another agency to see its mentions of an entity: the investigator asks, the holding
agency's supervisor approves (for a number of days) or refuses; both are audited and notified. An
approval covers the records the entity had in that agency when asked, and ends by itself."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai import notify
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.policy import visible_clause
from rihai.access.service import notification_addresses, require
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound

from .models import NetworkAccessRecord, NetworkAccessRequest, NetworkMention, NetworkRecord
from .visibility import APPROVED

PENDING, REFUSED = "pending", "refused"
MAX_DAYS = 90


def request_access(session: Session, actor: Actor, *, entity_id: str, owner_agency_id: int,
                   reason: str | None = None) -> NetworkAccessRequest:
    """Ask ``owner_agency_id`` for its records of an entity. Callers: investigators and prosecutors
    (``networks:access:request``). Invariant: only records the asker does not already see."""
    require(actor, Permission.NETWORKS_ACCESS_REQUEST)
    records = list(session.scalars(
        select(NetworkRecord.id).join(NetworkMention, NetworkMention.record_id == NetworkRecord.id)
        .where(NetworkMention.entity_id == entity_id, NetworkRecord.owner_agency_id == owner_agency_id,
               ~visible_clause(NetworkRecord, actor)).distinct()))
    if not records:
        raise Invalid("that agency holds no record of this entity that you cannot already see", field="agency")
    req = NetworkAccessRequest(entity_id=entity_id, owner_agency_id=owner_agency_id, requester_id=actor.user_id,
                               requester_agency_id=actor.agency_id, reason=(reason or None))
    session.add(req)
    session.flush()
    session.add_all(NetworkAccessRecord(request_id=req.id, record_id=r) for r in records)
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_ACCESS_REQUEST, subject_type="networks_access_request",
                 subject_id=req.id, fields=["reason"] if reason else [], related_ids=sorted(records))
    notify.queue(session, notification_addresses(session, agency_id=owner_agency_id, roles=[Role.SUPERVISOR]),
                 "Rihai: an investigator asks to see your agency's network records",
                 f"Approve or refuse it in Rihai: /networks/access-requests\n")
    return req


def _pending_for(session: Session, actor: Actor, request_id: int) -> NetworkAccessRequest:
    req = session.get(NetworkAccessRequest, request_id)
    # Another agency's request is not there at all for this supervisor.
    if req is None or req.owner_agency_id != actor.agency_id:
        raise NotFound("no such access request")
    if req.status != PENDING:
        raise Conflict("this request was already decided", rule="decided")
    return req


def approve(session: Session, actor: Actor, request_id: int, *, days: int = 30) -> NetworkAccessRequest:
    """Let the requester see the covered records for ``days``. Callers: supervisors of the holding
    agency (``networks:access:decide``)."""
    require(actor, Permission.NETWORKS_ACCESS_DECIDE)
    if not 1 <= days <= MAX_DAYS:
        raise Invalid(f"access may be given for 1 to {MAX_DAYS} days", field="days")
    req = _pending_for(session, actor, request_id)
    now = utcnow()
    req.status, req.decided_by_id, req.decided_at, req.expires_at = APPROVED, actor.user_id, now, now + timedelta(days=days)
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_ACCESS_APPROVE, subject_type="networks_access_request",
                 subject_id=req.id, fields=["status", "expires_at"])
    _tell_requester(session, req, "approved")
    return req


def refuse(session: Session, actor: Actor, request_id: int) -> NetworkAccessRequest:
    """Callers: supervisors of the holding agency (``networks:access:decide``)."""
    require(actor, Permission.NETWORKS_ACCESS_DECIDE)
    req = _pending_for(session, actor, request_id)
    req.status, req.decided_by_id, req.decided_at = REFUSED, actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_ACCESS_REFUSE, subject_type="networks_access_request",
                 subject_id=req.id, fields=["status"])
    _tell_requester(session, req, "refused")
    return req


def _tell_requester(session: Session, req: NetworkAccessRequest, outcome: str) -> None:
    notify.queue(session, notification_addresses(session, user_ids=[req.requester_id]),
                 f"Rihai: your request to see network records was {outcome}",
                 f"Open the entity in Rihai: /networks/entities/{req.entity_id}\n")


def inbox(session: Session, actor: Actor) -> list[NetworkAccessRequest]:
    """Requests waiting for the supervisor's agency. Callers: ``networks:access:decide``."""
    require(actor, Permission.NETWORKS_ACCESS_DECIDE)
    return list(session.scalars(select(NetworkAccessRequest).where(
        NetworkAccessRequest.owner_agency_id == actor.agency_id, NetworkAccessRequest.status == PENDING)
        .order_by(NetworkAccessRequest.created_at)))


def my_requests(session: Session, actor: Actor) -> list[NetworkAccessRequest]:
    """The asker's own requests, newest first. Callers: ``networks:access:request``."""
    require(actor, Permission.NETWORKS_ACCESS_REQUEST)
    return list(session.scalars(select(NetworkAccessRequest).where(NetworkAccessRequest.requester_id == actor.user_id)
                                .order_by(NetworkAccessRequest.created_at.desc()).limit(100)))
