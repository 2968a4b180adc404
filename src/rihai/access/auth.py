"""Signing in: passwords with backoff, per-address throttling, browser sessions and API tokens
(the second factor is in ``two_factor``). Failures say "wrong username or password" whatever the cause (unknown account,
wrong password, an account made to wait), with one password hash checked on every path, so an
attacker learns neither which accounts exist nor which are being slowed down. How guessing is
slowed without locking the owner out is explained in ``throttling``."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit, passwords, service, throttling
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import ApiToken, User, WebSession
from rihai.access.permissions import ROLES_REQUIRING_MFA, Permission, Role
from rihai.access.revocation import token_cache
from rihai.db import utcnow
from rihai.errors import Forbidden, Invalid, NotFound, Unauthenticated
from rihai.web.ratelimit import SlidingWindowLimiter

if TYPE_CHECKING:
    from rihai.settings import Settings

TOKEN_PREFIX = "rihai_"
WRONG_CREDENTIALS = "wrong username or password"


def sha256(raw: str) -> bytes:
    return hashlib.sha256(raw.encode()).digest()


class LoginThrottle(SlidingWindowLimiter):
    """The per-account backoff (in the database) slows guessing one password; this stops one
    address from spraying many accounts. A browser holding the account's device cookie skips it."""

    def __init__(self, per_minute: int) -> None:
        super().__init__(per_minute, message="too many sign-in attempts from this address; wait a minute",
                         rule="login-throttle")


def requires_mfa(user: User) -> bool:
    return any(Role(r) in ROLES_REQUIRING_MFA for r in user.roles)


@dataclass(frozen=True)
class Rules:
    """The throttling settings sign-in, two-factor and password change apply."""

    backoff: throttling.Backoff = field(default_factory=throttling.Backoff)
    device_cookie_days: int = 90
    mfa_failures_per_session: int = 3

    @classmethod
    def from_settings(cls, s: Settings) -> Rules:
        return cls(backoff=throttling.Backoff(free=s.login_max_failures,
                                              base_seconds=s.login_backoff_seconds,
                                              cap_minutes=s.lockout_minutes),
                   device_cookie_days=s.device_cookie_days,
                   mfa_failures_per_session=s.mfa_failures_per_session)


def _wrong_credentials() -> Unauthenticated:
    # One answer for every failure: same status, same words, kept (persist) with its audit row.
    return Unauthenticated(WRONG_CREDENTIALS, rule="credentials", persist=True)


def authenticate(session: Session, *, username: str, password: str, rules: Rules,
                 device_cookie: str | None = None,
                 check_address: Callable[[], None] | None = None) -> tuple[User, bool]:
    """Check a password; returns the user and whether this browser holds their device cookie.

    Anyone may call it (it is the sign-in). Invariants: every failure looks the same from outside;
    failures never end the user's existing sessions or tokens; a browser the owner signed in from
    is counted apart from everyone else (``throttling``). ``check_address`` (the per-address
    limit) is skipped for that browser, so an attacker sharing the owner's address cannot lock the
    owner out either."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    trusted = user is not None and throttling.is_trusted_device(
        device_cookie, user, max_age_days=rules.device_cookie_days)
    if not trusted and check_address is not None:
        check_address()
    # Exactly one hash check on every path below (the dummy hash for an unknown account), so the
    # time an answer takes does not tell the paths apart.
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if user is None:
        audit.record(session, Actor.anonymous(), AuditTag.SESSION_LOGIN_FAILED, subject_type="user")
        raise _wrong_credentials()
    actor = Actor(user_id=None, agency_id=user.agency_id, via="anonymous")
    count, until = (("device_failed_logins", "device_locked_until") if trusted
                    else ("failed_logins", "locked_until"))
    if throttling.waiting(getattr(user, until)):
        # Refused unseen, even with the right password, and not counted: waiting is the point.
        audit.record(session, actor, AuditTag.SESSION_LOGIN_FAILED, subject_type="user",
                     subject_id=user.id, fields=[until])
        raise _wrong_credentials()
    if not ok or not user.is_active:
        failures = getattr(user, count) + 1
        setattr(user, count, failures)
        fields = [count]
        wait = rules.backoff.until(failures)
        if wait is not None:
            setattr(user, until, wait)
            fields.append(until)
            audit.record(session, actor, AuditTag.SESSION_LOCKED, subject_type="user",
                         subject_id=user.id, fields=fields)
            if failures == rules.backoff.free:
                throttling.warn_owner(session, user, "password")
        audit.record(session, actor, AuditTag.SESSION_LOGIN_FAILED, subject_type="user",
                     subject_id=user.id, fields=fields)
        raise _wrong_credentials()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    # Only the counter this browser was counted on: the owner signing in on their own browser
    # must not hand an attacker elsewhere a fresh set of free guesses.
    setattr(user, count, 0)
    setattr(user, until, None)
    # Knowing the password proves what the current-password check asks for.
    user.password_change_failures = 0
    user.last_login_at = utcnow()
    return user, trusted


def start_session(session: Session, user: User, *, minutes: int) -> tuple[str, WebSession]:
    raw = secrets.token_urlsafe(32)
    ws = WebSession(token_hash=sha256(raw), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                    mfa_passed=False, expires_at=utcnow() + timedelta(minutes=minutes))
    session.add(ws)
    session.flush()
    audit.record(session, actor_for(user, via="web", ws=ws), AuditTag.SESSION_LOGIN,
                 subject_type="user", subject_id=user.id)
    return raw, ws


def load_session(session: Session, raw: str, *, idle_minutes: int) -> tuple[User, WebSession] | None:
    ws = session.scalar(select(WebSession).where(WebSession.token_hash == sha256(raw)))
    now = utcnow()
    if ws is None or ws.revoked_at is not None or ws.expires_at <= now:
        return None
    if now - ws.last_seen_at > timedelta(minutes=idle_minutes):
        ws.revoked_at = now
        return None
    user = session.get(User, ws.user_id)
    # Sign-in failures (anyone's) do not end a session that already exists; deactivation does.
    if user is None or not user.is_active:
        return None
    # Touch at most once a minute, so reads do not each write the sessions table.
    if now - ws.last_seen_at > timedelta(minutes=1):
        ws.last_seen_at = now
    return user, ws


def end_session(session: Session, actor: Actor, ws: WebSession) -> None:
    ws.revoked_at = utcnow()
    audit.record(session, actor, AuditTag.SESSION_LOGOUT, subject_type="user", subject_id=ws.user_id)


def change_own_password(session: Session, actor: Actor, user: User, ws: WebSession | None, *,
                        current: str, new: str, rules: Rules) -> None:
    """A signed-in user changes their own password, proving they know the current one.

    Invariants: wrong current passwords are counted on the account (across sessions) and audited;
    once ``rules.backoff.free`` have been given, each further wrong one ends the session it came
    from, so a stolen session cannot be used to guess the password. A change ends every other
    session and every API token of the account."""
    if not passwords.verify_password(user.password_hash, current):
        user.password_change_failures += 1
        fields = ["password_change_failures"]
        ended = ws is not None and user.password_change_failures >= rules.backoff.free
        if ended:
            ws.revoked_at = utcnow()  # type: ignore[union-attr]
            fields.append("revoked_at")
            if user.password_change_failures == rules.backoff.free:
                throttling.warn_owner(session, user, "reauth")
        audit.record(session, actor, AuditTag.USER_PASSWORD_CHANGE_FAILED, subject_type="user",
                     subject_id=user.id, fields=fields)
        if ended:
            raise Unauthenticated("too many wrong current passwords: you have been signed out; "
                                  "sign in again", rule="reauth-throttle", persist=True)
        raise Invalid("the current password is not right", field="current", rule="current-password",
                      persist=True)
    service.set_password(session, actor, user.id, new, keep_session_id=ws.id if ws else None)
    user.password_change_failures = 0


def actor_for(user: User, *, via: str, ws: WebSession | None = None,
              scopes: frozenset[Permission] | None = None) -> Actor:
    """The actor a user becomes. Until a required second factor is passed the actor is marked
    ``mfa: pending``, and ``deps.PermissionDependency`` lets it use only the routes that finish
    two-factor and sign out (and public ones), whatever permission a route names."""
    actor = service.acting_as(user, via=via, scopes=scopes)
    if via == "web" and requires_mfa(user) and not (ws and ws.mfa_passed):
        limited = frozenset({Permission.ACCESS_SESSION_DELETE, Permission.ACCESS_PROFILE_READ,
                             Permission.ACCESS_PROFILE_UPDATE, Permission.SYSTEM_HEALTH_READ,
                             Permission.ACCESS_SESSION_CREATE, Permission.SCREENING_OFFER_SCREEN})
        return Actor(user_id=actor.user_id, agency_id=actor.agency_id, roles=actor.roles,
                     permissions=limited, via=via, display_name=actor.display_name,
                     locale=actor.locale, extra={"mfa": "pending"})
    return actor


# -- API tokens -------------------------------------------------------------------------------

def create_token(session: Session, actor: Actor, *, name: str, scopes: list[Permission],
                 expires_in_days: int | None) -> tuple[str, ApiToken]:
    """A user issues a token for a machine client, scoped to permissions they hold themselves."""
    if actor.user_id is None:
        raise Unauthenticated("sign in first")
    extra = set(scopes) - set(actor.permissions)
    if extra:
        raise Forbidden("a token cannot hold permissions its owner lacks", field="scopes",
                        rule="token-scope-subset")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=actor.user_id, name=name, prefix=raw[:12], token_hash=sha256(raw),
                     scopes=sorted(str(s) for s in set(scopes)),
                     expires_at=utcnow() + timedelta(days=expires_in_days) if expires_in_days else None)
    session.add(token)
    session.flush()
    audit.record(session, actor, AuditTag.TOKEN_CREATE, subject_type="token", subject_id=token.id,
                 fields=["scopes"])
    return raw, token


def revoke_token(session: Session, actor: Actor, token_id: int) -> ApiToken:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != actor.user_id:
        raise NotFound("no such token")
    token.revoked_at = utcnow()
    token_cache.clear()
    audit.record(session, actor, AuditTag.TOKEN_REVOKE, subject_type="token", subject_id=token.id)
    return token


def list_tokens(session: Session, actor: Actor) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == actor.user_id)
                                .order_by(ApiToken.created_at.desc())))


def resolve_token(session: Session, raw: str) -> Actor | None:
    if not raw.startswith(TOKEN_PREFIX):
        return None
    digest = sha256(raw)
    cached = token_cache.get(digest)
    if cached is not None:
        return cached
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
    now = utcnow()
    if token is None or token.revoked_at or (token.expires_at and token.expires_at <= now):
        return None
    user = session.get(User, token.user_id)
    # Sign-in failures do not stop a token (a password change or reset revokes it instead).
    if user is None or not user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        token.last_used_at = now
    scopes = frozenset(Permission(s) for s in token.scopes if s in Permission._value2member_map_)
    actor = actor_for(user, via="token", scopes=scopes)
    # Only until the token itself expires.
    if token.expires_at is None or (token.expires_at - now).total_seconds() > token_cache.TTL:
        token_cache.put(digest, actor, user.id)
    return actor
