"""One helper renders every page: the full page normally, only the named partial when HTMX asks
(``HX-Request``), with the translations, locale, text direction and CSRF token in the context. One
more shows a form again when a domain verb refuses it (``rerender_on_error``)."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup, escape
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, Response

from rihai.errors import RihaiError
from rihai.validators import country_name, language_name
from rihai.web.forms import errors_from
from rihai.web.i18n import LOCALES, negotiate, text_direction, translations

LANG_COOKIE = "rihai_lang"


def _template_dirs() -> list[Path]:
    # Each domain keeps its templates beside its code: rihai/<domain>/templates/<domain>/*.html, and a
    # sub-domain beside its own: rihai/<domain>/<sub>/templates/<sub>/*.html.
    root = Path(str(resources.files("rihai")))
    dirs = [root / "web" / "templates"]
    dirs += sorted(p for p in root.glob("**/templates")
                   if p.is_dir() and p.parent.name != "web" and "static" not in p.parts)
    return dirs


def ltr(value: Any) -> Any:
    """A value read left to right whatever the page's direction - a phone, CNIC, licence,
    reference or signed number - isolated, so that in Urdu "+924235761234" does not show as
    "924235761234+" nor "3456/LHR" as "LHR/3456". Empty values pass through (``x|ltr or "—"``)."""
    if value is None or value == "":
        return value
    # Concatenated, not Markup's "%" (which wraps each value in an escaping helper): this filter
    # runs on every row of every list.
    return Markup('<bdi dir="ltr">' + str(escape(value)) + "</bdi>")


# Codes every domain shows, named in the page's language by one filter each (issue 19: people read
# "Myanmar" and "Punjabi, Urdu", not "MM" and "pa, ur"). A domain's own codes are named from its
# label table by the page that shows them.
@pass_context
def country(ctx: Any, code: str | None) -> str:
    """``{{ req.destination_country|country }}``; ``{{ codes|map("country")|join(", ") }}``."""
    return country_name(code, ctx.get("locale", "en")) if code else ""


@pass_context
def language(ctx: Any, code: str | None) -> str:
    """``{{ p.languages|map("language")|join(", ") }}``."""
    return language_name(code, ctx.get("locale", "en")) if code else ""


def make_templates(*, reload: bool = False) -> Jinja2Templates:
    """``reload``: look for edited templates on every page (development). Otherwise a template is
    compiled once: checking its file's time on every render (Jinja's default) cost a few percent
    of each page."""
    templates = Jinja2Templates(directory=str(_template_dirs()[0]))
    env = templates.env
    env.auto_reload = reload
    env.filters["ltr"] = ltr
    env.filters["country"] = country
    env.filters["language"] = language
    env.loader = ChoiceLoader([FileSystemLoader(str(d)) for d in _template_dirs()])
    env.autoescape = select_autoescape(default=True, default_for_string=True)
    return templates


def request_locale(request: Request) -> str:
    actor = getattr(request.state, "actor", None)
    preferred = getattr(actor, "locale", None) if actor is not None and actor.is_authenticated else None
    return negotiate(request.query_params.get("lang") or preferred, request.cookies.get(LANG_COOKIE),
                     request.headers.get("accept-language"))


def current_path(request: Request) -> str:
    """This page's path and query without ``lang``: where the language switch comes back to."""
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "lang"])
    return request.url.path + (f"?{query}" if query else "")


def _formatting(gettext: Any) -> Any:
    def _(message: str, **values: Any) -> str:
        text = gettext(message)
        if values and any(isinstance(v, Markup) for v in values.values()):
            # A value already marked up (``x|ltr``: a number isolated left to right inside an Urdu
            # sentence) stays markup; the sentence and the other values are escaped here, as
            # autoescape would have escaped them.
            return Markup(escape(text)) % values
        return text % values if values else text

    return _


def render(request: Request, template: str, context: dict[str, Any] | None = None, *,
           partial: str | None = None, status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    """Render ``template``; for HTMX requests render ``partial`` instead when one is given."""
    templates: Jinja2Templates = request.app.state.templates
    locale = request_locale(request)
    tr = translations(locale)
    env = templates.env
    name = partial if partial and request.headers.get("hx-request") == "true" else template
    ctx: dict[str, Any] = {
        "request": request,
        "locale": locale,
        "dir": text_direction(locale),
        "locales": LOCALES,
        "actor": getattr(request.state, "actor", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "settings": request.app.state.settings,
        "here": current_path(request),
        "_": _formatting(tr.gettext),
        "gettext": _formatting(tr.gettext),
        "ngettext": tr.ngettext,
    }
    ctx.update(context or {})
    # Bind this request's translations for {% trans %} blocks without touching other requests.
    tmpl = env.get_template(name)
    html = tmpl.render(ctx)
    response = HTMLResponse(html, status_code=status_code, headers=headers)
    if request.query_params.get("lang") == locale and request.cookies.get(LANG_COOKIE) != locale:
        # A language picked from the switcher sticks for the following pages.
        response.set_cookie(LANG_COOKIE, locale, samesite="lax", path="/", max_age=365 * 24 * 3600)
    return response


@dataclass(frozen=True)
class Refusal:
    """Why a domain verb (or the schema built from the form) refused: what the form's re-render
    needs to show it."""

    error: RihaiError | ValidationError

    @property
    def status(self) -> int:
        return self.error.status if isinstance(self.error, RihaiError) else 422

    @property
    def detail(self) -> str:
        """One line for a page that shows a single message rather than one per field."""
        if isinstance(self.error, RihaiError):
            return self.error.detail
        return next(iter(self.errors.values()), "invalid input")

    @property
    def errors(self) -> dict[str, str]:
        """field -> message, for the template to put beside each field."""
        return errors_from(self.error)


async def rerender_on_error(session: Session | None,
                            work: Callable[[], Response] | Callable[[], Awaitable[Response]],
                            refused: Callable[[Refusal], Response], *,
                            catch: tuple[type[RihaiError] | type[ValidationError], ...] = (RihaiError, ValidationError),
                            ) -> Response:
    """Run ``work`` (a domain verb, then the response that says it was done) and answer with what it
    returns; when it raises one of ``catch``, answer ``refused(Refusal)`` instead: the form again,
    with what was typed and the errors beside the fields, at the refusal's 4xx status, rather than
    the generic error page that would throw the input away.

    Before the re-render the transaction is rolled back, so the form is re-read as it is stored
    (the edge would roll a 4xx answer back anyway) - except a refusal the audit log must keep
    (``persist``: a failed check is counted), which is committed here, since the edge rolls back
    every 4xx response it is handed. ``work`` and ``refused`` run in a worker thread, as database
    work must; a coroutine ``work`` (one that reads an upload) is awaited here."""
    try:
        if inspect.iscoroutinefunction(work):
            return await work()
        return await run_in_threadpool(work)  # type: ignore[arg-type]
    except catch as exc:
        refusal = Refusal(exc)

    def answer() -> Response:
        if session is not None:
            if getattr(refusal.error, "persist", False):
                session.commit()
            else:
                session.rollback()
        return refused(refusal)

    return await run_in_threadpool(answer)
