"""Which records of the graph a viewer sees, in SQL: their own agency's; the entries of published
watchlists; reported offers and unclaimed family requests where their role reads those sources
anyway; and another agency's records that agency's supervisor approved for them, until the
approval expires. Everything else reaches them only as counts."""

from __future__ import annotations

from sqlalchemy import and_, false, or_, select, true

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope
from rihai.db import utcnow

from .models import NetworkAccessRecord, NetworkAccessRequest, NetworkRecord

APPROVED = "approved"


def granted_records(actor: Actor) -> object:
    """Record ids an approved, unexpired access request of ``actor`` covers (a subquery)."""
    return (select(NetworkAccessRecord.record_id).join(NetworkAccessRequest)
            .where(NetworkAccessRequest.requester_id == actor.user_id, NetworkAccessRequest.status == APPROVED,
                   NetworkAccessRequest.expires_at > utcnow()))


def record_scope(actor: Actor) -> object:
    if actor.agency_id is None:
        # The system (the CLI) sees everything; an account without an agency nothing.
        return true() if actor.via not in ("web", "token", "api", "anonymous") else false()
    # Never NULL, so that the negation (the records counted as held elsewhere) is exact.
    clauses = [and_(NetworkRecord.owner_agency_id.is_not(None), NetworkRecord.owner_agency_id == actor.agency_id),
               and_(NetworkRecord.source == "watchlist", NetworkRecord.published.is_(True)),
               NetworkRecord.id.in_(granted_records(actor))]
    if actor.can(Permission.SCREENING_TIP_READ):
        clauses.append(and_(NetworkRecord.source == "tip", NetworkRecord.owner_agency_id.is_(None)))
    if actor.can(Permission.TRACING_REQUEST_READ):
        clauses.append(and_(NetworkRecord.source == "tracing", NetworkRecord.owner_agency_id.is_(None)))
    return or_(*clauses)


register_scope(NetworkRecord, Permission.NETWORKS_ENTITY_READ, record_scope)
