"""Four-eyes role grants: a role that opens survivors' records (or approves grants) is given only when
a second administrator agrees.

An administrator who gives an account such a role (``access.permissions.ROLES_NEEDING_APPROVAL``)
records a pending ``RoleGrantRequest``; the role applies when an administrator who is neither the
requester nor the account's holder approves it. So no single administrator can read a case by
giving themselves, or an account they control, a case role. The system (``rihai seed``, the CLI
run from the server's shell) grants directly: it is not an administrator acting through the app.

A request not decided within ``RIHAI_ROLE_GRANT_DAYS`` (14 by default) can no longer be approved:
whoever asked, and why, may have changed since. Unticking a pending role withdraws its request.
From the server's shell, ``rihai users grants|approve-grant|refuse-grant`` decide as the system, for
deployments with a single administrator.

Verbs flush and audit (ids and field names only); the request or CLI commits. The agency's
supervisors are told of each request and decision (no personal data in the message).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rihai import notify
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.addresses import notification_addresses
from rihai.access.audit import AuditTag
from rihai.access.models import RoleGrantRequest, User, UserRole
from rihai.access.permissions import (
    CASE_ROLES,
    ROLES_NEEDING_APPROVAL,
    Permission,
    Role,
    mixes_admin_and_case_roles,
)
from rihai.access.revocation import token_cache
from rihai.db import utcnow
from rihai.errors import Conflict, Forbidden, Invalid, NotFound

APPROVED = "approved"
REFUSED = "refused"
WITHDRAWN = "withdrawn"  # the role was unticked (or removed) before anyone decided
EXPIRED = "expired"  # someone tried to approve it after ``max_age_days``
DEFAULT_MAX_AGE_DAYS = 14
GRANT_EXPIRED = ("this request waited too long for a decision and has expired; ask for the role "
                 "again if it is still needed")


def check_roles(roles: Iterable[Role | str]) -> None:
    """Separation of duties: administrators hold no case permission, so no account holds the
    administrator role together with a role that carries one."""
    if mixes_admin_and_case_roles({Role(r) for r in roles}):
        raise Invalid("an administrator account cannot also hold a role that reads case records; "
                      "use a separate account", field="roles", rule="admin-no-case-role")


def split_roles(actor: Actor, roles: Iterable[Role]) -> tuple[set[Role], set[Role]]:
    """(given now, needing a second administrator). Only a signed-in administrator's grants wait:
    the system actor (seeding, the server's CLI) has no second pair of eyes to wait for."""
    wanted = {Role(r) for r in roles}
    if actor.user_id is None:
        return wanted, set()
    return wanted - ROLES_NEEDING_APPROVAL, wanted & ROLES_NEEDING_APPROVAL


def request_roles(session: Session, actor: Actor, user: User, roles: Iterable[Role]) -> list[RoleGrantRequest]:
    """Record pending grants of ``roles`` to ``user``. Called by ``service.create_user`` and
    ``service.update_user`` (holders of ``access:user:manage``); a role already held or already
    pending is not asked for twice."""
    wanted = {Role(r) for r in roles} - {Role(r) for r in user.roles}
    if not wanted:
        return []
    if actor.user_id is None:
        raise Invalid("a role grant request needs a requesting administrator", rule="grant-requester")
    already = set(session.scalars(select(RoleGrantRequest.role).where(
        RoleGrantRequest.user_id == user.id, RoleGrantRequest.decision.is_(None))))
    made = []
    for role in sorted(wanted):
        if str(role) in already:
            continue
        grant = RoleGrantRequest(user_id=user.id, role=str(role), requested_by=actor.user_id,
                                 requested_at=utcnow())
        session.add(grant)
        made.append(grant)
    session.flush()
    for grant in made:
        audit.record(session, actor, AuditTag.ROLE_GRANT_REQUEST, subject_type="role_grant",
                     subject_id=grant.id, fields=["user_id", "role"], related_ids=[user.id])
        _tell_supervisors(session, user, grant, "Rihai: a role grant awaits a second administrator",
                          "An administrator asked to give an account of your agency the role "
                          f"'{grant.role}' (request {grant.id}). It applies only when a second "
                          "administrator approves it. If you did not expect this, tell your "
                          "administrators.")
    return made


def suspend_for_reset(session: Session, actor: Actor, user: User) -> list[RoleGrantRequest]:
    """An administrator who sets someone else's password could sign in as them and read their
    cases. So the account's case roles are taken off and asked for again in the same step: they
    come back when a second administrator approves (having checked the holder has the new password).
    Called by ``service.set_password``; the system and a user changing their own password keep all."""
    if actor.user_id is None or actor.user_id == user.id:
        return []
    held = {Role(r) for r in user.roles} & CASE_ROLES
    if not held:
        return []
    user.role_rows = [r for r in user.role_rows if Role(r.role) not in held]
    session.flush()
    token_cache.drop_user(user.id)
    audit.record(session, actor, AuditTag.USER_UPDATE, subject_type="user", subject_id=user.id,
                 fields=["roles"])
    return request_roles(session, actor, user, held)


def pending_roles(session: Session, user_ids: Iterable[int]) -> dict[int, list[str]]:
    """Roles waiting for approval, per account (for the users list and form), in one query."""
    ids = set(user_ids)
    out: dict[int, list[str]] = {}
    if not ids:
        return out
    rows = session.execute(select(RoleGrantRequest.user_id, RoleGrantRequest.role)
                           .where(RoleGrantRequest.user_id.in_(ids), RoleGrantRequest.decision.is_(None))
                           .order_by(RoleGrantRequest.role))
    for uid, role in rows:
        out.setdefault(uid, []).append(role)
    return out


def list_grants(session: Session, actor: Actor, *, pending_only: bool = True) -> list[RoleGrantRequest]:
    """Holders of ``access:user:read`` (administrators) see grant requests, newest first."""
    _require(actor, Permission.ACCESS_USER_READ)
    stmt = select(RoleGrantRequest).order_by(RoleGrantRequest.requested_at.desc(), RoleGrantRequest.id.desc())
    if pending_only:
        stmt = stmt.where(RoleGrantRequest.decision.is_(None))
    return list(session.scalars(stmt.limit(500)))


def approve_grant(session: Session, actor: Actor, grant_id: int, *,
                  max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> RoleGrantRequest:
    """A second administrator (``access:grant:approve``, neither the requester nor the account's
    holder) gives the role. Refused if it would put a case role beside the administrator role, or
    if the request is older than ``max_age_days`` (it is then closed as expired, so the role can be
    asked for again)."""
    grant, user = _decidable(session, actor, grant_id)
    if grant.requested_at < utcnow() - timedelta(days=max_age_days):
        _decide(session, actor, grant, EXPIRED)
        audit.record(session, actor, AuditTag.ROLE_GRANT_EXPIRE, subject_type="role_grant",
                     subject_id=grant.id, fields=["decision"], related_ids=[user.id])
        # One fixed sentence (no day count in it), so the pages can show it translated.
        raise Conflict(GRANT_EXPIRED, rule="grant-expired", persist=True)
    roles = {Role(r) for r in user.roles}
    check_roles(roles | {Role(grant.role)})
    _decide(session, actor, grant, APPROVED)
    if grant.role not in user.roles:
        user.role_rows.append(UserRole(role=grant.role))
    session.flush()
    token_cache.drop_user(user.id)
    audit.record(session, actor, AuditTag.ROLE_GRANT_APPROVE, subject_type="role_grant",
                 subject_id=grant.id, fields=["decision", "decided_by"], related_ids=[user.id])
    _tell_supervisors(session, user, grant, "Rihai: a role grant was approved",
                      f"A second administrator approved request {grant.id}: an account of your "
                      f"agency now holds the role '{grant.role}'.")
    return grant


def refuse_grant(session: Session, actor: Actor, grant_id: int) -> RoleGrantRequest:
    """A second administrator (``access:grant:approve``, neither the requester nor the account's
    holder) refuses the grant; the role is not given."""
    grant, user = _decidable(session, actor, grant_id)
    _decide(session, actor, grant, REFUSED)
    audit.record(session, actor, AuditTag.ROLE_GRANT_REFUSE, subject_type="role_grant",
                 subject_id=grant.id, fields=["decision", "decided_by"], related_ids=[user.id])
    _tell_supervisors(session, user, grant, "Rihai: a role grant was refused",
                      f"A second administrator refused request {grant.id} (role '{grant.role}').")
    return grant


def withdraw_unwanted(session: Session, actor: Actor, user: User, wanted: Iterable[Role | str]) -> list[RoleGrantRequest]:
    """Withdraw ``user``'s pending requests for roles not in ``wanted`` (an administrator unticked
    them, or left them out of a PATCH), so that no second administrator can approve them later.
    Called by ``service.update_user`` (``access:user:manage``): less access needs no second pair."""
    keep = {str(Role(r)) for r in wanted}
    stale = [g for g in session.scalars(select(RoleGrantRequest).where(
        RoleGrantRequest.user_id == user.id, RoleGrantRequest.decision.is_(None)))
        if g.role not in keep]
    for grant in stale:
        _decide(session, actor, grant, WITHDRAWN)
        audit.record(session, actor, AuditTag.ROLE_GRANT_WITHDRAW, subject_type="role_grant",
                     subject_id=grant.id, fields=["decision", "decided_by"], related_ids=[user.id])
    return stale


# -- internals --------------------------------------------------------------------------------

def _require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise Forbidden(f"this needs the permission {permission}", rule=str(permission))


def _decidable(session: Session, actor: Actor, grant_id: int) -> tuple[RoleGrantRequest, User]:
    _require(actor, Permission.ACCESS_GRANT_APPROVE)
    grant = session.get(RoleGrantRequest, grant_id)
    if grant is None:
        raise NotFound("no such role grant request")
    if actor.user_id is not None and actor.user_id in (grant.requested_by, grant.user_id):
        # Four eyes: the second pair must belong to someone else. The attempt is kept (persist).
        audit.record(session, actor, AuditTag.AUTHZ_DENIED, subject_type="role_grant",
                     subject_id=grant.id, related_ids=[grant.user_id])
        raise Forbidden("a second administrator must decide this: not the one who asked for it, "
                        "nor the account's holder", rule="four-eyes", persist=True)
    if grant.decision is not None:
        raise Conflict("this request has already been decided", rule="grant-decided")
    user = session.get(User, grant.user_id)
    if user is None:
        raise NotFound("no such user")
    return grant, user


def _decide(session: Session, actor: Actor, grant: RoleGrantRequest, decision: str) -> None:
    # Conditional on still being pending, so two administrators deciding at once cannot both win.
    done = session.execute(
        update(RoleGrantRequest)
        .where(RoleGrantRequest.id == grant.id, RoleGrantRequest.decision.is_(None))
        .values(decision=decision, decided_by=actor.user_id, decided_at=utcnow())
        .execution_options(synchronize_session=False))
    if done.rowcount != 1:
        raise Conflict("this request has already been decided", rule="grant-decided")
    session.refresh(grant)


def _tell_supervisors(session: Session, user: User, grant: RoleGrantRequest, subject: str,
                      body: str) -> None:
    to = notification_addresses(session, agency_id=user.agency_id, roles=[Role.SUPERVISOR])
    notify.queue(session, to, subject, body + "\n\nSee the Users page in Rihai.")
