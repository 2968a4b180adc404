"""Two-factor sign-in (TOTP, any authenticator app): enrolment, and passing the second step of a
sign-in without letting anyone guess their way through it (wrong codes counted on the account
across sign-ins, exponential backoff, a pending session ended after a few; see ``throttling``)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

import pyotp
from sqlalchemy.orm import Session

from rihai.access import audit, throttling
from rihai.access.audit import AuditTag
from rihai.access.auth import Rules, actor_for
from rihai.access.models import User, WebSession
from rihai.db import utcnow
from rihai.errors import Invalid, NotFound, Unauthenticated


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


def confirm_mfa_enrolment(session: Session, user: User, ws: WebSession, code: str, *,
                          rules: Rules | None = None) -> None:
    """Turn two-factor on with a first valid code for the secret ``begin_mfa_enrolment`` made.

    Guessed under the same limits as ``pass_mfa`` (the account's counter and backoff, this
    session's few tries). Refused once two-factor is on: otherwise a pending session could pass
    the second step here by guessing the enrolled secret's code without those limits, and there is
    no way to replace an enrolled secret from a session (no re-enrolment without the current code)."""
    if user.totp_enabled:
        raise Invalid("two-factor is already set up for this account", rule="mfa-enrolled")
    if not user.totp_secret:
        raise Invalid("two-factor enrolment has not been started", rule="mfa-not-started")

    def enrol() -> None:
        user.totp_enabled = True
        audit.record(session, actor_for(user, via="web", ws=ws), AuditTag.USER_MFA_ENROL,
                     subject_type="user", subject_id=user.id, fields=["totp_enabled"])

    _guarded_check(session, user, ws, code, rules or Rules(), on_success=enrol,
                   wrong="that code is not right; check the time on your phone")


def pass_mfa(session: Session, user: User, ws: WebSession, code: str, *, rules: Rules | None = None) -> None:
    """Finish a sign-in with a TOTP code.

    Invariants: wrong codes are counted on the account, across sign-ins (signing in again does
    not reset them), and past ``rules.backoff.free`` every code, right or wrong, waits out an
    exponential backoff, which tells the owner; a pending session that has
    ``rules.mfa_failures_per_session`` codes refused ends (``Unauthenticated``), so each few tries
    cost a fresh password sign-in."""
    if not user.totp_enabled:
        raise Invalid("two-factor is not set up yet", rule="mfa-not-enrolled")

    def passed() -> None:
        audit.record(session, actor_for(user, via="web", ws=ws), AuditTag.SESSION_MFA_PASSED,
                     subject_type="user", subject_id=user.id)

    _guarded_check(session, user, ws, code, rules or Rules(), on_success=passed,
                   wrong="that code is not right")


def _guarded_check(session: Session, user: User, ws: WebSession, code: str, rules: Rules, *,
                   on_success: Callable[[], None], wrong: str) -> None:
    """The one place a TOTP code is checked (sign-in and enrolment alike), under the limits
    ``pass_mfa`` describes. On a right code: counters cleared, ``ws`` marked passed, ``on_success``."""
    actor = actor_for(user, via="web", ws=ws)
    fields: list[str] = []
    if throttling.waiting(user.mfa_locked_until):
        # Not even looked at, so a lucky guess during the wait is worthless; not counted on the
        # account either (waiting is the point), but it is one of this session's few tries.
        error = Invalid("too many wrong codes: wait a few minutes, then try again", field="code",
                        rule="mfa-backoff", persist=True)
        fields.append("mfa_locked_until")
    elif _check_code(user, code):
        user.mfa_failures = 0
        user.mfa_locked_until = None
        ws.mfa_passed = True
        on_success()
        return
    else:
        error = Invalid(wrong, field="code", rule="totp", persist=True)
        user.mfa_failures += 1
        fields.append("mfa_failures")
        wait = rules.backoff.until(user.mfa_failures)
        if wait is not None:
            user.mfa_locked_until = wait
            audit.record(session, actor, AuditTag.SESSION_LOCKED, subject_type="user",
                         subject_id=user.id, fields=["mfa_failures", "mfa_locked_until"])
            if user.mfa_failures == rules.backoff.free:
                throttling.warn_owner(session, user, "mfa")
    ws.mfa_failures += 1
    if ws.mfa_failures >= rules.mfa_failures_per_session:
        ws.revoked_at = utcnow()
        fields.append("revoked_at")
        error = Unauthenticated("too many wrong codes: sign in again", rule="mfa-session-ended",
                                persist=True)
    audit.record(session, actor, AuditTag.SESSION_MFA_FAILED, subject_type="user",
                 subject_id=user.id, fields=fields)
    raise error
