"""Ending what an account signed in with: every web session and API token of the account, and the
entries of this process's cache of resolved API tokens.

Below both ``auth`` (sign-in, tokens) and ``service`` (administrators' verbs), which each end
sessions or drop cached tokens: a password change (``auth``) goes through ``service.set_password``,
and a reset, a role change or a deactivation (``service``, ``grants``) must take effect on tokens
at once. Keeping these here lets both import it without importing each other.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import ApiToken, WebSession
from rihai.db import utcnow


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


def end_all_sessions(session: Session, actor: Actor, user_id: int, *, keep: int | None = None) -> None:
    """End every web session of ``user_id`` but ``keep`` (a session id), revoke every API token,
    and forget the tokens this process cached.

    Called when a password changes (by its owner, keeping the session they changed it from) or is
    reset by an administrator (keeping none): whoever held a stolen session or token loses it."""
    now = utcnow()
    sessions = list(session.scalars(select(WebSession).where(
        WebSession.user_id == user_id, WebSession.revoked_at.is_(None),
        WebSession.id != (keep if keep is not None else -1))))
    for ws in sessions:
        ws.revoked_at = now
    if sessions:
        audit.record(session, actor, AuditTag.SESSION_LOGOUT, subject_type="user", subject_id=user_id,
                     fields=["revoked_at"], related_ids=[ws.id for ws in sessions])
    tokens = list(session.scalars(select(ApiToken).where(ApiToken.user_id == user_id,
                                                         ApiToken.revoked_at.is_(None))))
    for token in tokens:
        token.revoked_at = now
        audit.record(session, actor, AuditTag.TOKEN_REVOKE, subject_type="token", subject_id=token.id,
                     fields=["revoked_at"])
    session.flush()
    token_cache.drop_user(user_id)
