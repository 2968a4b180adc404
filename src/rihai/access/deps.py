"""The permission dependency every route declares: it identifies the actor (session cookie or
bearer token), checks CSRF on unsafe requests carried by a cookie, then checks the one permission
the route needs. ``tests/test_routes.py`` reads ``PermissionDependency.permission`` off each route."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from rihai.access import audit, auth
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.models import User, WebSession
from rihai.access.permissions import PUBLIC_PERMISSIONS, Permission
from rihai.errors import Forbidden, Unauthenticated
from rihai.web.deps import get_session
from rihai.web.headers import FORM_TYPES, media_type

SESSION_COOKIE = "rihai_session"
PRESESSION_COOKIE = "rihai_csrf"  # double-submit token for forms sent before signing in
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def identify(request: Request, session: Session) -> Actor:
    cached = getattr(request.state, "actor", None)
    if cached is not None:
        return cached
    settings = request.app.state.settings
    actor = Actor.anonymous()
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        resolved = auth.resolve_token(session, header[7:].strip())
        if resolved is None:
            raise Unauthenticated("the API token is invalid, expired or revoked", rule="token")
        actor = resolved
    elif raw := request.cookies.get(SESSION_COOKIE):
        loaded = auth.load_session(session, raw, idle_minutes=settings.idle_minutes)
        if loaded is not None:
            user, ws = loaded
            actor = auth.actor_for(user, via="web", ws=ws)
            request.state.web_session = ws
            request.state.user = user
            request.state.csrf_token = ws.csrf_token
    if not actor.is_authenticated:
        pre = request.cookies.get(PRESESSION_COOKIE) or secrets.token_urlsafe(24)
        request.state.csrf_token = pre
        request.state.set_presession_cookie = pre
    request.state.actor = actor
    return actor


async def _submitted_csrf(request: Request) -> str:
    token = request.headers.get(CSRF_HEADER)
    if token:
        return token
    if media_type(request.headers.get("content-type")) in FORM_TYPES:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


async def check_csrf(request: Request, actor: Actor) -> None:
    if request.method in SAFE_METHODS or actor.via == "token":
        return
    if actor.via == "web":
        expected = request.state.csrf_token
    else:
        # Anonymous: only browser forms need protecting (they carry no credentials otherwise, but
        # a forged sign-in would log a victim into an attacker's account).
        # The JSON/multipart API carries no ambient credential for an anonymous caller, so there
        # is nothing to forge there; browser pages still use the double-submit token. Every
        # unsafe request to a page needs it, whatever its Content-Type says: judging by the type
        # let ``Application/x-www-form-urlencoded`` (still parsed as a form) skip the check.
        if request.url.path.startswith("/api/"):
            return
        expected = request.cookies.get(PRESESSION_COOKIE, "")
    submitted = await _submitted_csrf(request)
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise Forbidden("the form expired or came from another site; reload the page and try again",
                        rule="csrf")


class PermissionDependency:
    """``Depends(PermissionDependency(P))`` -> the current ``Actor``, holding permission ``P``.

    A browser session that has passed the password but not yet a required second factor may use
    only routes declared ``during_mfa=True`` (finishing two-factor, signing out) and public ones:
    checked here, once, so that no route can forget it (a pending session could change the
    account's password before this)."""

    def __init__(self, permission: Permission, *, during_mfa: bool = False) -> None:
        self.permission = permission
        self.during_mfa = during_mfa

    async def __call__(self, request: Request, session: Annotated[Session, Depends(get_session)]) -> Actor:
        from starlette.concurrency import run_in_threadpool

        actor = await run_in_threadpool(identify, request, session)
        await check_csrf(request, actor)
        if (actor.extra.get("mfa") == "pending" and not self.during_mfa
                and self.permission not in PUBLIC_PERMISSIONS):
            raise Forbidden("finish two-factor sign-in first", rule="mfa-required")
        if self.permission in PUBLIC_PERMISSIONS or actor.can(self.permission):
            return actor
        if not actor.is_authenticated:
            raise Unauthenticated("sign in to continue", rule="signed-in")
        if actor.extra.get("mfa") == "pending":
            raise Forbidden("finish two-factor sign-in first", rule="mfa-required")
        await run_in_threadpool(audit.record, session, actor, AuditTag.AUTHZ_DENIED,
                                subject_type="permission", subject_id=str(self.permission))
        raise Forbidden(f"your role does not allow this ({self.permission})",
                        rule=str(self.permission), persist=True)


def Requires(permission: Permission, *, during_mfa: bool = False) -> Any:  # noqa: N802 - reads as a type annotation
    return Depends(PermissionDependency(permission, during_mfa=during_mfa))


def current_user(request: Request) -> User:
    user = getattr(request.state, "user", None)
    if user is None:
        raise Unauthenticated("sign in to continue")
    return user


def current_web_session(request: Request) -> WebSession | None:
    return getattr(request.state, "web_session", None)


def attach_presession_cookie(request: Request, response: Any) -> Any:
    """Pages with forms for signed-out visitors carry the double-submit CSRF cookie."""
    token = getattr(request.state, "set_presession_cookie", None)
    if token and request.cookies.get(PRESESSION_COOKIE) != token:
        response.set_cookie(PRESESSION_COOKIE, token, httponly=True, samesite="strict",
                            secure=request.app.state.settings.cookie_secure, path="/")
    return response
