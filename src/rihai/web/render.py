"""One helper renders every page: the full page normally, only the named partial when HTMX asks
(``HX-Request``), with the translations, locale, text direction and CSRF token in the context."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, FileSystemLoader, select_autoescape
from starlette.responses import HTMLResponse

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


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(_template_dirs()[0]))
    env = templates.env
    env.loader = ChoiceLoader([FileSystemLoader(str(d)) for d in _template_dirs()])
    env.autoescape = select_autoescape(default=True, default_for_string=True)
    return templates


def request_locale(request: Request) -> str:
    actor = getattr(request.state, "actor", None)
    preferred = getattr(actor, "locale", None) if actor is not None and actor.is_authenticated else None
    return negotiate(request.query_params.get("lang") or preferred, request.cookies.get(LANG_COOKIE),
                     request.headers.get("accept-language"))


def _formatting(gettext: Any) -> Any:
    def _(message: str, **values: Any) -> str:
        text = gettext(message)
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
