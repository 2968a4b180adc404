"""Signing in: passwords with lockout, per-address throttling, TOTP two-factor, browser sessions
and API tokens. Failures say "wrong username or password" whatever the cause, so an attacker cannot
learn which accounts exist."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from datetime import timedelta

import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit, passwords
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import ApiToken, User, WebSession
from rihai.access.permissions import ROLES_REQUIRING_MFA, Permission, Role
from rihai.access.service import is_locked
from rihai.db import utcnow
from rihai.errors import Forbidden, Invalid, NotFound, Unauthenticated
from rihai.web.ratelimit import SlidingWindowLimiter

TOKEN_PREFIX = "rihai_"
WRONG_CREDENTIALS = "wrong username or password"


def sha256(raw: str) -> bytes:
    return hashlib.sha256(raw.encode()).digest()


class LoginThrottle(SlidingWindowLimiter):
    """Account lockout (in the database) stops guessing one password; this stops one address from
    spraying many accounts."""

    def __init__(self, per_minute: int) -> None:
        super().__init__(per_minute, message="too many sign-in attempts from this address; wait a minute",
                         rule="login-throttle")


def requires_mfa(user: User) -> bool:
    return any(Role(r) in ROLES_REQUIRING_MFA for r in user.roles)


def authenticate(session: Session, *, username: str, password: str, max_failures: int,
                 lockout_minutes: int) -> User:
    """Check a password. Locks the account after ``max_failures`` consecutive failures."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if user is None:
        audit.record(session, Actor.anonymous(), AuditTag.SESSION_LOGIN_FAILED, subject_type="user")
        raise Unauthenticated(WRONG_CREDENTIALS, rule="credentials", persist=True)
    actor = Actor(user_id=None, agency_id=user.agency_id, via="anonymous")
    if is_locked(user):
        audit.record(session, actor, AuditTag.SESSION_LOGIN_FAILED, subject_type="user",
                     subject_id=user.id, fields=["locked_until"])
        raise Unauthenticated("this account is locked for a while after repeated failures; "
                              "try later or ask an administrator", rule="lockout", persist=True)
    if not ok or not user.is_active:
        user.failed_logins += 1
        fields = ["failed_logins"]
        if user.failed_logins >= max_failures:
            user.locked_until = utcnow() + timedelta(minutes=lockout_minutes)
            token_cache.drop_user(user.id)
            fields.append("locked_until")
            audit.record(session, actor, AuditTag.SESSION_LOCKED, subject_type="user",
                         subject_id=user.id, fields=fields)
        audit.record(session, actor, AuditTag.SESSION_LOGIN_FAILED, subject_type="user",
                     subject_id=user.id, fields=fields)
        raise Unauthenticated(WRONG_CREDENTIALS, rule="credentials", persist=True)
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = utcnow()
    return user


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
    if user is None or not user.is_active or is_locked(user):
        return None
    # Touch at most once a minute, so reads do not each write the sessions table.
    if now - ws.last_seen_at > timedelta(minutes=1):
        ws.last_seen_at = now
    return user, ws


def end_session(session: Session, actor: Actor, ws: WebSession) -> None:
    ws.revoked_at = utcnow()
    audit.record(session, actor, AuditTag.SESSION_LOGOUT, subject_type="user", subject_id=ws.user_id)


def actor_for(user: User, *, via: str, ws: WebSession | None = None,
              scopes: frozenset[Permission] | None = None) -> Actor:
    """The actor a user becomes. Until a required second factor is passed, only MFA set-up and
    signing out are allowed."""
    actor = Actor.for_user(user.id, user.agency_id, user.roles, via=via, scopes=scopes,
                           display_name=user.display_name, locale=user.preferred_locale)
    if via == "web" and requires_mfa(user) and not (ws and ws.mfa_passed):
        limited = frozenset({Permission.ACCESS_SESSION_DELETE, Permission.ACCESS_PROFILE_READ,
                             Permission.ACCESS_PROFILE_UPDATE, Permission.SYSTEM_HEALTH_READ,
                             Permission.ACCESS_SESSION_CREATE, Permission.SCREENING_OFFER_SCREEN})
        return Actor(user_id=actor.user_id, agency_id=actor.agency_id, roles=actor.roles,
                     permissions=limited, via=via, display_name=actor.display_name,
                     locale=actor.locale, extra={"mfa": "pending"})
    return actor


# -- TOTP -------------------------------------------------------------------------------------

def begin_mfa_enrolment(session: Session, user: User) -> str:
    """A fresh secret, kept (encrypted) until confirmed by a first valid code."""
    if user.totp_enabled:
        raise Invalid("two-factor is already set up for this account", rule="mfa-enrolled")
    user.totp_secret = pyotp.random_base32()
    session.flush()
    return user.totp_secret


def provisioning_uri(user: User, issuer: str = "Rihai") -> str:
    if not user.totp_secret:
        raise NotFound("two-factor enrolment has not been started")
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.username, issuer_name=issuer)


def _check_code(user: User, code: str) -> bool:
    if not user.totp_secret:
        return False
    code = "".join(ch for ch in code if ch.isdigit())
    totp = pyotp.TOTP(user.totp_secret)
    now = int(time.time())
    for drift in (0, -1, 1):
        step = now // 30 + drift
        if step <= (user.totp_last_step or -1):
            continue  # a code used once cannot be replayed
        if secrets.compare_digest(totp.at(step * 30), code):
            user.totp_last_step = step
            return True
    return False


def confirm_mfa_enrolment(session: Session, user: User, ws: WebSession | None, code: str) -> None:
    actor = actor_for(user, via="web", ws=ws)
    if not _check_code(user, code):
        audit.record(session, actor, AuditTag.SESSION_MFA_FAILED, subject_type="user", subject_id=user.id)
        raise Invalid("that code is not right; check the time on your phone", field="code",
                      rule="totp", persist=True)
    user.totp_enabled = True
    if ws is not None:
        ws.mfa_passed = True
    audit.record(session, actor, AuditTag.USER_MFA_ENROL, subject_type="user", subject_id=user.id,
                 fields=["totp_enabled"])


def pass_mfa(session: Session, user: User, ws: WebSession, code: str) -> None:
    if not user.totp_enabled:
        raise Invalid("two-factor is not set up yet", rule="mfa-not-enrolled")
    if not _check_code(user, code):
        user.failed_logins += 1
        audit.record(session, actor_for(user, via="web", ws=ws), AuditTag.SESSION_MFA_FAILED,
                     subject_type="user", subject_id=user.id, fields=["failed_logins"])
        raise Invalid("that code is not right", field="code", rule="totp", persist=True)
    ws.mfa_passed = True
    audit.record(session, actor_for(user, via="web", ws=ws), AuditTag.SESSION_MFA_PASSED,
                 subject_type="user", subject_id=user.id)


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


class _TokenCache:
    """Recently resolved API tokens, so a machine client's every request does not reload its
    token, user, agency and roles (about a third of a simple request's time).

    Entries live ``TTL`` seconds. Revoking a token, or changing or locking its user, drops the
    entries at once in this process; another worker process notices within ``TTL``.
    """

    TTL = 30.0
    MAX = 10_000

    def __init__(self) -> None:
        self._entries: dict[bytes, tuple[Actor, float, int]] = {}
        self._lock = threading.Lock()

    def get(self, digest: bytes) -> Actor | None:
        with self._lock:
            hit = self._entries.get(digest)
            if hit is None or hit[1] < time.monotonic():
                return None
            return hit[0]

    def put(self, digest: bytes, actor: Actor, user_id: int) -> None:
        with self._lock:
            if len(self._entries) >= self.MAX:
                self._entries.clear()
            self._entries[digest] = (actor, time.monotonic() + self.TTL, user_id)

    def drop_user(self, user_id: int) -> None:
        with self._lock:
            self._entries = {k: v for k, v in self._entries.items() if v[2] != user_id}

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


token_cache = _TokenCache()


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
    if user is None or not user.is_active or is_locked(user):
        return None
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        token.last_used_at = now
    scopes = frozenset(Permission(s) for s in token.scopes if s in Permission._value2member_map_)
    actor = actor_for(user, via="token", scopes=scopes)
    # Only until the token itself expires.
    if token.expires_at is None or (token.expires_at - now).total_seconds() > _TokenCache.TTL:
        token_cache.put(digest, actor, user.id)
    return actor
