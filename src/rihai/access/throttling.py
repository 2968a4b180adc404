"""Slowing down guessing without handing attackers a way to lock people out.

A hard lockout after N wrong passwords lets anyone who knows a username keep its owner out, and
ending the owner's sessions on lockout let them sign the owner out too. Instead (OWASP's "device
cookies" approach):

* Every failure is counted on the account, in the database, so restarting, switching address or
  starting a new sign-in does not reset it. After ``free`` failures in a row each further attempt
  waits: ``base_seconds``, doubling per failure, at most ``cap_minutes``. An attempt that arrives
  while the account waits is refused without looking at the password, and is not counted.
* A browser that has fully signed in to an account (password and, where required, two-factor)
  keeps a signed *device cookie*. Its attempts are counted on a separate counter, so failures from
  elsewhere never slow down the owner on their usual browser, and guesses made with a stolen
  device cookie are still limited. The cookie's signature covers the password hash: a password
  change or reset voids every device cookie issued before it.
* Sessions and API tokens that already exist are never touched by sign-in failures.

The same backoff guards two-factor codes (a counter on the account that a new sign-in does not
reset) and the current-password check of a password change.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from rihai import notify
from rihai.access.models import User
from rihai.crypto import current_keyring
from rihai.db import utcnow

DEVICE_COOKIE = "rihai_device"
# Only the sign-in form needs to read it; nowhere else in the site sends it.
DEVICE_COOKIE_PATH = "/login"


@dataclass(frozen=True)
class Backoff:
    """``free`` failures in a row cost nothing; then each waits ``base_seconds`` × 2ⁿ, capped."""

    free: int = 5
    base_seconds: int = 30
    cap_minutes: int = 15

    def until(self, failures: int, now: datetime | None = None) -> datetime | None:
        """When the next attempt may be made after ``failures`` failures in a row (None: now)."""
        if failures < self.free:
            return None
        cap = self.cap_minutes * 60
        # min() before the power would overflow: 2 ** 64 seconds is not a useful delay anyway.
        seconds = min(cap, self.base_seconds * 2 ** min(failures - self.free, 32))
        return (now or utcnow()) + timedelta(seconds=seconds)


def waiting(until: datetime | None) -> bool:
    return until is not None and until > utcnow()


# -- device cookies ---------------------------------------------------------------------------

def _key() -> bytes:
    # Derived from the keyring's session secret (never stored in the database), so a database dump
    # cannot mint device cookies.
    return hmac.new(current_keyring().session_secret, b"rihai-device-cookie-v1", hashlib.sha256).digest()


def _mac(user: User, body: str) -> str:
    # The password hash is part of what is signed: a new password voids older device cookies.
    digest = hmac.new(_key(), f"{body}|{user.password_hash}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def issue_device_cookie(user: User) -> str:
    """A value for ``DEVICE_COOKIE`` that marks this browser as one ``user`` signed in from."""
    body = f"v1.{user.id}.{int(time.time())}.{secrets.token_urlsafe(12)}"
    return f"{body}.{_mac(user, body)}"


def is_trusted_device(raw: str | None, user: User, *, max_age_days: int) -> bool:
    """True when ``raw`` is a device cookie this server issued to ``user`` since their password
    last changed, no older than ``max_age_days``."""
    if not raw or len(raw) > 200:
        return False
    body, _, mac = raw.rpartition(".")
    parts = body.split(".")
    if len(parts) != 4 or parts[0] != "v1" or parts[1] != str(user.id) or not parts[2].isdigit():
        return False
    if time.time() - int(parts[2]) > max_age_days * 86400:
        return False
    return hmac.compare_digest(mac, _mac(user, body))


# -- telling the owner ------------------------------------------------------------------------

SUBJECTS = {
    "password": "Rihai: repeated failed sign-ins to your account",
    "mfa": "Rihai: repeated wrong two-factor codes on your account",
    "reauth": "Rihai: repeated wrong current passwords in one of your sessions",
}
BODIES = {
    "password": ("Someone entered a wrong password for your Rihai account several times. New "
                 "browsers must now wait before each try; the browser you usually sign in from is "
                 "not affected. If this was not you, tell your administrator."),
    "mfa": ("Someone who knew your Rihai password entered wrong two-factor codes several times. "
            "Change your password now and tell your administrator if this was not you."),
    "reauth": ("A signed-in session of your Rihai account entered a wrong current password several "
               "times and was signed out. If this was not you, change your password and tell your "
               "administrator."),
}


def warn_owner(session: Session, user: User, kind: str) -> None:
    """Tell the account's owner (no personal data: no address, name or time in the message)."""
    if user.email:
        notify.queue(session, [user.email], SUBJECTS[kind], BODIES[kind])
