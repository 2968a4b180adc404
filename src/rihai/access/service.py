"""Agencies and user accounts: the verbs administrators use.

Only holders of ``access:agency:manage`` / ``access:user:manage`` may call the mutating verbs; each
change is audited. Services flush; the request or CLI command commits.

With ``actors``, ``permissions``, ``deps``, ``policy`` and ``audit`` this is the domain's front door
(an import-linter ``protected`` contract keeps the other modules inside): the account and agency
types, role grants, password hashing and ``acting_as`` are published here.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rihai.access import audit, grants, passwords
from rihai.access.actors import Actor
# Published here, the front door other domains read it through; kept below so grants can use it.
from rihai.access.addresses import notification_addresses as notification_addresses
from rihai.access.audit import AuditTag
from rihai.access.grants import approve_grant, list_grants, refuse_grant  # noqa: F401  (published)
from rihai.access.models import Agency, User, UserRole
from rihai.access.passwords import hash_password, verify_password  # noqa: F401  (published)
from rihai.access.permissions import Permission, Role
from rihai.access.revocation import end_all_sessions, token_cache
from rihai.access.schemas import AgencyCreate, AgencyUpdate, OrgType, UserCreate, UserUpdate  # noqa: F401
from rihai.db import utcnow
from rihai.errors import Conflict, Forbidden, Invalid, NotFound


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise Forbidden(f"this needs the permission {permission}", rule=str(permission))


def acting_as(user: User, *, via: str, scopes: frozenset[Permission] | None = None) -> Actor:
    """The actor a user becomes: their roles' permissions (within ``scopes``, for a token). Work
    done for a user outside a browser (a command, a queued match run) acts as this; a web session
    goes through ``auth.actor_for``, which adds the second-factor gate on top."""
    return Actor.for_user(user.id, user.agency_id, user.roles, via=via, scopes=scopes,
                          display_name=user.display_name, locale=user.preferred_locale)


# -- agencies ---------------------------------------------------------------------------------

def create_agency(session: Session, actor: Actor, *, data: AgencyCreate,
                  is_synthetic: bool = False) -> Agency:
    """Administrators register an agency. Names are unique."""
    require(actor, Permission.ACCESS_AGENCY_MANAGE)
    if session.scalar(select(Agency.id).where(func.lower(Agency.name) == data.name.lower())):
        raise Conflict("an agency with this name exists", field="name", rule="agency-name-unique")
    agency = Agency(**data.model_dump(), is_synthetic=is_synthetic)
    session.add(agency)
    session.flush()
    audit.record(session, actor, AuditTag.AGENCY_CREATE, subject_type="agency", subject_id=agency.id,
                 fields=data.model_fields_set)
    return agency


def update_agency(session: Session, actor: Actor, agency_id: int, *, data: AgencyUpdate) -> Agency:
    require(actor, Permission.ACCESS_AGENCY_MANAGE)
    agency = get_agency(session, actor, agency_id)
    changed = data.model_dump(exclude_unset=True)
    for key, value in changed.items():
        setattr(agency, key, value)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("an agency with this name exists", field="name") from exc
    audit.record(session, actor, AuditTag.AGENCY_UPDATE, subject_type="agency", subject_id=agency.id,
                 fields=changed.keys())
    return agency


def get_agency(session: Session, actor: Actor, agency_id: int) -> Agency:
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFound("no such agency")
    return agency


def list_agencies(session: Session, *, active_only: bool = False) -> list[Agency]:
    """Agency names are not personal data; any signed-in user may see the directory."""
    stmt = select(Agency).order_by(Agency.name)
    if active_only:
        stmt = stmt.where(Agency.is_active.is_(True))
    return list(session.scalars(stmt))


# -- users ------------------------------------------------------------------------------------

def create_user(session: Session, actor: Actor, *, data: UserCreate) -> User:
    """Administrators create accounts. Passwords are hashed with argon2id before they are kept."""
    require(actor, Permission.ACCESS_USER_MANAGE)
    if session.get(Agency, data.agency_id) is None:
        raise Invalid("no such agency", field="agency_id")
    try:
        passwords.check_strength(data.password)
    except ValueError as exc:
        raise Invalid(str(exc), field="password", rule="password-strength") from exc
    if session.scalar(select(User.id).where(User.username == data.username)):
        raise Conflict("this username is taken", field="username", rule="username-unique")
    grants.check_roles(data.roles)
    # An administrator's account for a case role starts without it: the role waits for a second
    # administrator (``grants``), so nobody makes an account they can read cases with alone.
    now, later = grants.split_roles(actor, data.roles)
    user = User(agency_id=data.agency_id, username=data.username, display_name=data.display_name,
                email=data.email, password_hash=passwords.hash_password(data.password))
    user.role_rows = [UserRole(role=str(r)) for r in sorted(now)]
    session.add(user)
    session.flush()
    audit.record(session, actor, AuditTag.USER_CREATE, subject_type="user", subject_id=user.id,
                 fields=["username", "display_name", "roles", "agency_id"])
    grants.request_roles(session, actor, user, later)
    return user


def update_user(session: Session, actor: Actor, user_id: int, *, data: UserUpdate) -> User:
    require(actor, Permission.ACCESS_USER_MANAGE)
    user = get_user(session, user_id)
    if user.version != data.version:
        raise Conflict("this account was changed by someone else; reload and try again",
                       rule="optimistic-lock")
    changed: list[str] = []
    if data.display_name is not None:
        user.display_name = data.display_name
        changed.append("display_name")
    later: set[Role] = set()
    if data.roles is not None:
        if actor.user_id == user.id and Role.ADMINISTRATOR not in data.roles:
            raise Invalid("you cannot remove your own administrator role", field="roles",
                          rule="no-self-demotion")
        grants.check_roles(data.roles)
        grants.withdraw_unwanted(session, actor, user, data.roles)
        held = {Role(r) for r in user.roles}
        # Removing a role applies at once (less access is always safe); adding one that reads
        # records, or approves grants, waits for a second administrator.
        now, later = grants.split_roles(actor, set(data.roles) - held)
        keep = (held & set(data.roles)) | now
        if keep != held:
            user.role_rows = [r for r in user.role_rows if Role(r.role) in keep]
            user.role_rows.extend(UserRole(role=str(r)) for r in sorted(keep - held))
            changed.append("roles")
    if data.is_active is not None:
        if actor.user_id == user.id and not data.is_active:
            raise Invalid("you cannot deactivate your own account", field="is_active")
        user.is_active = data.is_active
        changed.append("is_active")
    if data.unlock:
        user.failed_logins = 0
        user.locked_until = None
        changed.append("locked_until")
    session.flush()
    token_cache.drop_user(user.id)  # new roles or a deactivation apply to API tokens at once
    audit.record(session, actor, AuditTag.USER_UPDATE, subject_type="user", subject_id=user.id,
                 fields=changed)
    grants.request_roles(session, actor, user, later)
    return user


def set_password(session: Session, actor: Actor, user_id: int, new_password: str, *,
                 keep_session_id: int | None = None) -> None:
    """Administrators reset a password; users change their own (``actor.user_id == user_id``).
    Either way every web session but ``keep_session_id`` and every API token of the account end."""
    if actor.user_id != user_id:
        require(actor, Permission.ACCESS_USER_MANAGE)
    try:
        passwords.check_strength(new_password)
    except ValueError as exc:
        raise Invalid(str(exc), field="password", rule="password-strength") from exc
    user = get_user(session, user_id)
    user.password_hash = passwords.hash_password(new_password)
    session.flush()
    audit.record(session, actor, AuditTag.USER_PASSWORD_CHANGE, subject_type="user",
                 subject_id=user.id, fields=["password_hash"])
    # An administrator who knows the new password must not read the account's cases with it.
    grants.suspend_for_reset(session, actor, user)
    end_all_sessions(session, actor, user.id, keep=keep_session_id)


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("no such user")
    return user


def list_users(session: Session, actor: Actor, *, agency_id: int | None = None) -> list[User]:
    require(actor, Permission.ACCESS_USER_READ)
    stmt = select(User).order_by(User.username)
    if agency_id is not None:
        stmt = stmt.where(User.agency_id == agency_id)
    return list(session.scalars(stmt))


def is_locked(user: User) -> bool:
    return user.locked_until is not None and user.locked_until > utcnow()


def list_colleagues(session: Session, actor: Actor) -> list[User]:
    """Active accounts of the actor's own agency (for assigning work). Staff names are not
    survivors' data; any signed-in member of the agency may see their colleagues."""
    if actor.agency_id is None:
        return []
    return list(session.scalars(select(User).where(User.agency_id == actor.agency_id,
                                                   User.is_active.is_(True))
                                .order_by(User.display_name)))


def display_names(session: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    """Staff display names for ids shown on a page (authors, assignees), in one query."""
    wanted = {i for i in user_ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {uid: name for uid, name in rows}
