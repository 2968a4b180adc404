"""The service directory in the browser: everyone who refers searches it; administrators keep it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.validators import languages, pakistan_admin
from rihai.web.deps import IdPath, SessionDep
from rihai.web.forms import read_form
from rihai.web.i18n import translations
from rihai.web.render import render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

from . import directory
from .codes import EligibleGroup, ServiceType, translated_label
from .schemas import ProviderIn, ProviderUpdate

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
MULTI = frozenset({"services", "eligible", "languages"})


LANGS = ["ur", "en", "pa", "ps", "sd", "bal", "skr", "hno", "brh", "ar", "fa", "th", "my"]


def _ctx(request: Request, **extra: Any) -> dict[str, Any]:
    locale = request_locale(request)
    gettext = translations(locale).gettext
    provinces = pakistan_admin()
    ctx: dict[str, Any] = {
        "lbl": translated_label(gettext),
        "services": list(ServiceType), "groups": list(EligibleGroup),
        "province_options": [(k, v["ur"] if locale == "ur" else v["en"]) for k, v in provinces.items()],
        "lang_options": [(c, languages().get(c, c)) for c in LANGS],
        "errors": {}, "v": {},
    }
    ctx.update(extra)
    return ctx


@router.get("/providers")
def directory_page(request: Request, actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_READ)],
                   session: SessionDep,
                   service_: Annotated[ServiceType | None, Query(alias="service")] = None) -> Response:
    providers = directory.list_providers(session, actor, include_inactive=actor.can(P.REFERRALS_PROVIDER_MANAGE))
    if service_:
        providers = [p for p in providers if service_ in p.services]
    used = directory.places_in_use(session, [p.id for p in providers])
    agencies = {a.id: a.name for a in access_service.list_agencies(session)}
    return render(request, "referrals/providers.html",
                  _ctx(request, providers=providers, used=used, agencies=agencies, service=service_),
                  partial="referrals/_provider_rows.html")


def _values(p: Any) -> dict[str, Any]:
    return {"agency_id": str(p.agency_id), "name": p.name, "services": list(p.services),
            "districts": "\n".join(p.districts), "nationwide": "yes" if p.nationwide else "",
            "countries": ", ".join(p.countries), "eligible": list(p.eligible),
            "languages": list(p.languages), "capacity": "" if p.capacity is None else str(p.capacity),
            "contact_email": p.contact_email or "", "is_active": "yes" if p.is_active else "",
            "version": str(p.version)}


def _payload(v: dict[str, Any]) -> dict[str, Any]:
    def many(key: str) -> list[str]:
        value = v.get(key, [])
        return [x for x in (value if isinstance(value, list) else [value]) if x]

    def lines(key: str, sep: str) -> list[str]:
        return [x.strip() for x in str(v.get(key, "")).replace(sep, "\n").splitlines() if x.strip()]

    out: dict[str, Any] = {
        "agency_id": v.get("agency_id") or None, "name": v.get("name", ""), "services": many("services"),
        "districts": lines("districts", ";"), "nationwide": v.get("nationwide") == "yes",
        "countries": lines("countries", ","), "eligible": many("eligible"), "languages": many("languages"),
        "capacity": v.get("capacity") or None, "contact_email": v.get("contact_email") or None,
        "is_active": v.get("is_active") == "yes"}
    if v.get("version"):
        out["version"] = v["version"]
    return out


def _form(request: Request, session: Any, v: dict[str, Any], errors: dict[str, str], *,
          provider_id: int | None = None, status_code: int = 200) -> Response:
    agencies = sorted(((a.id, a.name) for a in access_service.list_agencies(session, active_only=True)),
                      key=lambda a: a[1])
    return render(request, "referrals/provider_form.html",
                  _ctx(request, v=v, errors=errors, agencies=agencies, provider_id=provider_id),
                  status_code=status_code)


@router.get("/admin/providers/new")
def new_provider_form(request: Request, actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_MANAGE)],
                      session: SessionDep) -> Response:
    return _form(request, session, {"eligible": list(EligibleGroup), "is_active": "yes"}, {})


@router.post("/admin/providers/new")
async def create_provider(request: Request, actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_MANAGE)],
                          session: SessionDep) -> Response:
    v = await read_form(request, MULTI)

    def work() -> Response:
        directory.create_provider(session, actor, data=ProviderIn.model_validate(_payload(v)))
        return RedirectResponse("/providers", status_code=303)

    return await rerender_on_error(session, work,
                                   lambda no: _form(request, session, v, no.errors, status_code=no.status))


@router.get("/admin/providers/{provider_id}/edit")
def edit_provider_form(request: Request, provider_id: IdPath,
                       actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_MANAGE)],
                       session: SessionDep) -> Response:
    provider = directory.get_provider(session, actor, provider_id)
    return _form(request, session, _values(provider), {}, provider_id=provider_id)


@router.post("/admin/providers/{provider_id}/edit")
async def update_provider(request: Request, provider_id: IdPath,
                          actor: Annotated[Actor, Requires(P.REFERRALS_PROVIDER_MANAGE)],
                          session: SessionDep) -> Response:
    v = await read_form(request, MULTI)

    def work() -> Response:
        directory.update_provider(session, actor, provider_id, data=ProviderUpdate.model_validate(_payload(v)))
        return RedirectResponse("/providers", status_code=303)

    return await rerender_on_error(session, work, lambda no: _form(request, session, v, no.errors,
                                                                   provider_id=provider_id, status_code=no.status))
