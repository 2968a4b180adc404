"""Browser pages for signing in and out, two-factor, and the user's own account."""

from __future__ import annotations

import secrets
from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Form, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rihai.access import auth, throttling, two_factor
from rihai.access.actors import Actor
from rihai.access.admin_pages import ROLE_LABELS
from rihai.access.deps import (
    PRESESSION_COOKIE,
    SESSION_COOKIE,
    Requires,
    attach_presession_cookie,
    current_user,
    current_web_session,
)
from rihai.access.models import User
from rihai.access.permissions import PERMISSION_LABELS, PUBLIC_PERMISSIONS
from rihai.access.permissions import Permission as P
from rihai.access.schemas import TokenCreate
from rihai.errors import Forbidden, Invalid, RihaiError, Unauthenticated
from rihai.settings import Settings
from rihai.web.deps import SessionDep, SettingsDep
from rihai.web.i18n import LOCALES
from rihai.web.render import LANG_COOKIE, Refusal, render, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


def _trust_this_browser(request: Request, response: Response, user: object) -> None:
    """Mark the browser as one the user fully signed in from (password and any second factor):
    its later sign-ins are not slowed down by failures from elsewhere (``throttling``)."""
    settings = request.app.state.settings
    response.set_cookie(throttling.DEVICE_COOKIE, throttling.issue_device_cookie(user),  # type: ignore[arg-type]
                        httponly=True, samesite="strict", secure=settings.cookie_secure,
                        max_age=settings.device_cookie_days * 86400, path=throttling.DEVICE_COOKIE_PATH)


def _safe_next(target: str | None) -> str:
    # Only same-site paths: an open redirect after sign-in is a phishing tool.
    if not target or not target.startswith("/") or target.startswith("//") or urlparse(target).netloc:
        return "/"
    return target


def _chosen_language(lang: str | None) -> str | None:
    return lang if lang in LOCALES else None


@router.get("/login")
def login_form(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_SESSION_CREATE)],
               next: str | None = None, lang: str | None = None) -> Response:
    if actor.is_authenticated:
        return RedirectResponse(_safe_next(next), status_code=303)
    # A language chosen in the link (?lang=ur) is carried through the form to the account.
    return attach_presession_cookie(request, render(request, "access/login.html", {
        "next": _safe_next(next), "lang": _chosen_language(lang)}))


@router.post("/login")
async def login(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_SESSION_CREATE)],
                session: SessionDep, settings: SettingsDep,
                username: Annotated[str, Form(max_length=64)],
                password: Annotated[str, Form(max_length=256)],
                next: Annotated[str, Form(max_length=500)] = "/",
                lang: Annotated[str, Form(max_length=8)] = "") -> Response:
    client = request.client.host if request.client else "unknown"

    async def sign_in() -> Response:
        user, _trusted = await run_in_threadpool(
            auth.authenticate, session, username=username, password=password,
            rules=auth.Rules.from_settings(settings),
            device_cookie=request.cookies.get(throttling.DEVICE_COOKIE),
            check_address=lambda: request.app.state.login_throttle.check(client))
        return await _signed_in(request, session, settings, user, next, _chosen_language(lang))

    # A failed sign-in is kept (``persist``): its audit row and the failure count.
    return await rerender_on_error(session, sign_in, lambda no: attach_presession_cookie(request, render(
        request, "access/login.html", {"next": _safe_next(next), "error": no.detail, "username": username,
                                       "lang": _chosen_language(lang)},
        status_code=no.status)), catch=(RihaiError,))


async def _signed_in(request: Request, session: Session, settings: Settings, user: User, next: str,
                     lang: str | None = None) -> Response:
    """The session (and the second factor's set-up, when it is due) of a user who just signed in.
    A language chosen on the sign-in page (``lang``) becomes the account's, as the switch does."""
    if lang is not None:
        user.preferred_locale = lang
    raw, ws = await run_in_threadpool(auth.start_session, session, user,
                                      minutes=settings.session_minutes)
    target = _safe_next(next)
    if auth.requires_mfa(user):
        target = "/mfa" if user.totp_enabled else "/mfa/setup"
        if not user.totp_enabled and not user.totp_secret:
            # Created here, in a POST, so that showing the set-up page (a GET) changes nothing.
            await run_in_threadpool(two_factor.begin_mfa_enrolment, session, user)
    response = RedirectResponse(target, status_code=303)
    if not auth.requires_mfa(user):
        _trust_this_browser(request, response, user)
    response.set_cookie(SESSION_COOKIE, raw, httponly=True, samesite="lax",
                        secure=settings.cookie_secure, max_age=settings.session_minutes * 60, path="/")
    response.delete_cookie(PRESESSION_COOKIE, path="/")
    if user.preferred_locale in LOCALES:
        response.set_cookie(LANG_COOKIE, user.preferred_locale, samesite="lax", path="/")
    return response


@router.post("/logout")
def logout(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_SESSION_DELETE, during_mfa=True)],
           session: SessionDep) -> Response:
    ws = current_web_session(request)
    if ws is not None:
        auth.end_session(session, actor, ws)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/mfa")
def mfa_form(request: Request,
             actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_READ, during_mfa=True)]) -> Response:
    user = current_user(request)
    if not user.totp_enabled:
        return RedirectResponse("/mfa/setup", status_code=303)
    return render(request, "access/mfa.html", {})


@router.post("/mfa")
def mfa_submit(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_UPDATE, during_mfa=True)],
               session: SessionDep, settings: SettingsDep,
               code: Annotated[str, Form(max_length=12)]) -> Response:
    user = current_user(request)
    ws = current_web_session(request)
    if ws is None:
        raise Forbidden("two-factor applies to browser sessions")
    try:
        two_factor.pass_mfa(session, user, ws, code, rules=auth.Rules.from_settings(settings))
    except Invalid as exc:
        session.commit()  # keep the failure count and its audit row
        return render(request, "access/mfa.html", {"error": exc.detail}, status_code=422)
    except Unauthenticated as exc:
        session.commit()
        return _signed_out(request, exc)
    response = RedirectResponse("/", status_code=303)
    _trust_this_browser(request, response, user)
    return response


def _signed_out(request: Request, exc: Unauthenticated) -> Response:
    """Too many wrong codes ended the session: back to the password, with a signed-out form."""
    request.state.csrf_token = request.state.set_presession_cookie = secrets.token_urlsafe(24)
    response = render(request, "access/login.html", {"next": "/", "error": exc.detail},
                      status_code=exc.status)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return attach_presession_cookie(request, response)


@router.get("/mfa/setup")
def mfa_setup_form(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_UPDATE, during_mfa=True)],
                   session: SessionDep) -> Response:
    user = current_user(request)
    if user.totp_enabled:
        return RedirectResponse("/mfa" if actor.extra.get("mfa") else "/account", status_code=303)
    if not user.totp_secret:
        return render(request, "access/mfa_setup.html", {"secret": None})
    return render(request, "access/mfa_setup.html",
                  {"secret": user.totp_secret, "uri": two_factor.provisioning_uri(user)})


@router.post("/mfa/setup/start")
def mfa_setup_start(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_UPDATE, during_mfa=True)],
                    session: SessionDep) -> Response:
    user = current_user(request)
    if not user.totp_enabled and not user.totp_secret:
        two_factor.begin_mfa_enrolment(session, user)
    return RedirectResponse("/mfa/setup", status_code=303)


@router.post("/mfa/setup")
def mfa_setup_submit(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_UPDATE, during_mfa=True)],
                     session: SessionDep, settings: SettingsDep,
                     code: Annotated[str, Form(max_length=12)]) -> Response:
    user = current_user(request)
    ws = current_web_session(request)
    if ws is None:
        raise Forbidden("two-factor applies to browser sessions")
    if user.totp_enabled:
        # Replacing an enrolled secret is not offered (no re-enrolment without the current code).
        return RedirectResponse("/mfa" if actor.extra.get("mfa") else "/account", status_code=303)
    try:
        two_factor.confirm_mfa_enrolment(session, user, ws, code, rules=auth.Rules.from_settings(settings))
    except Invalid as exc:
        session.commit()  # keep the failure count and its audit row
        return render(request, "access/mfa_setup.html",
                      {"secret": user.totp_secret,
                       "uri": two_factor.provisioning_uri(user) if user.totp_secret else None,
                       "error": exc.detail}, status_code=422)
    except Unauthenticated as exc:
        session.commit()
        return _signed_out(request, exc)
    response = RedirectResponse("/", status_code=303)
    _trust_this_browser(request, response, user)
    return response


def _account(request: Request, session: Session, actor: Actor, status_code: int = 200,
             **extra: object) -> Response:
    user = current_user(request)
    tokens = auth.list_tokens(session, actor) if actor.can(P.ACCESS_TOKEN_MANAGE) else []
    # A token may carry only what its owner holds; public permissions need no token.
    scopes = sorted(p for p in actor.permissions if p not in PUBLIC_PERMISSIONS)
    return render(request, "access/account.html",
                  {"user": user, "tokens": tokens, "all_permissions": scopes, "v": {}, "errors": {},
                   "role_labels": ROLE_LABELS, "permission_labels": PERMISSION_LABELS,
                   **extra}, status_code=status_code)


@router.get("/account")
def account(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_READ)],
            session: SessionDep) -> Response:
    return _account(request, session, actor)


@router.post("/account/tokens")
async def create_token(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_TOKEN_MANAGE)],
                       session: SessionDep) -> Response:
    """The raw token is shown once, in this response, and never again (only its hash is kept)."""
    form = await request.form()
    values = {"name": str(form.get("name") or ""),
              "scopes": [s for s in form.getlist("scopes") if isinstance(s, str)],
              "expires_in_days": str(form.get("expires_in_days") or "")}

    def work() -> Response:
        data = TokenCreate.model_validate({**values, "expires_in_days": values["expires_in_days"] or None})
        raw, _token = auth.create_token(session, actor, name=data.name, scopes=data.scopes,
                                        expires_in_days=data.expires_in_days)
        return _account(request, session, actor, new_token=raw)

    def refused(no: Refusal) -> Response:
        # One line above the form: every rule the schema broke, with the field it is about.
        detail = no.error.detail if isinstance(no.error, RihaiError) else "; ".join(
            f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in no.error.errors())
        return _account(request, session, actor, no.status, v=values, token_error=detail)

    return await rerender_on_error(session, work, refused)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: int, actor: Annotated[Actor, Requires(P.ACCESS_TOKEN_MANAGE)],
                 session: SessionDep) -> Response:
    auth.revoke_token(session, actor, token_id)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/language")
def set_language(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_UPDATE)],
                 session: SessionDep, locale: Annotated[str, Form(max_length=8)],
                 next: Annotated[str, Form(max_length=500)] = "/account") -> Response:
    """The account's language: from the account page, or the header's switch on any page, which
    comes back to the page it was on (``next``, same-site paths only)."""
    if locale not in LOCALES:
        raise Invalid("unknown language", field="locale")
    user = current_user(request)
    user.preferred_locale = locale
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(LANG_COOKIE, locale, samesite="lax", path="/")
    return response


@router.post("/account/password")
def change_password(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_UPDATE)],
                    session: SessionDep, settings: SettingsDep,
                    current: Annotated[str, Form(max_length=256)],
                    new: Annotated[str, Form(max_length=256)]) -> Response:
    """Ends every other session and every API token of the account (``auth.change_own_password``)."""
    user = current_user(request)
    auth.change_own_password(session, actor, user, current_web_session(request), current=current,
                             new=new, rules=auth.Rules.from_settings(settings))
    response = RedirectResponse("/account", status_code=303)
    # The old device cookie was signed over the old password; this browser stays trusted.
    _trust_this_browser(request, response, user)
    return response
