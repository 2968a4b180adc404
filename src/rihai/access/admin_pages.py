"""Administrator pages: agencies and user accounts (no case contents: separation of duties).

Forms re-render with what was typed and the errors beside the fields when a service refuses
(``RihaiError``) or a schema does (``ValidationError``), through ``rerender_on_error``; passwords
are never sent back to the page.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import RedirectResponse, Response

from rihai.access import grants, service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.access.permissions import Role
from rihai.access.schemas import AgencyCreate, AgencyUpdate, OrgType, UserCreate, UserUpdate
from rihai.errors import Conflict, Invalid, NotFound
from rihai.validators import districts_of, pakistan_admin
from rihai.web.deps import SessionDep, SettingsDep
from rihai.web.forms import opt, read_form
from rihai.web.i18n import translations
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/admin", route_class=TransactionalRoute, include_in_schema=False)

# English labels (msgids of the Urdu catalogue) for the codes these pages show.
ORG_TYPE_LABELS = {
    "NGO": "NGO", "LawEnforcement": "Law enforcement", "HealthServiceOrganisation": "Health service",
    "CentralGovernmentOrganisation": "Central government", "LocalGovernmentOrganisation": "Local government",
    "ImmigrationService": "Immigration service", "LegalService": "Legal service",
    "CorporateBusiness": "Business", "SchoolOrCollege": "School or college",
}
ROLE_LABELS = {
    "caseworker": "Caseworker", "supervisor": "Supervisor", "investigator": "Investigator",
    "prosecutor": "Prosecutor", "consular_officer": "Consular officer", "analyst": "Analyst",
    "administrator": "Administrator",
}


def _ctx(request: Request, **extra: Any) -> dict[str, Any]:
    locale = request_locale(request)
    gettext = translations(locale).gettext
    provinces = pakistan_admin()
    ctx: dict[str, Any] = {
        "org_type_options": [(str(t), gettext(ORG_TYPE_LABELS[t])) for t in OrgType],
        "role_options": [(str(r), gettext(ROLE_LABELS[r])) for r in Role],
        "org_label": lambda t: gettext(ORG_TYPE_LABELS.get(t, t)),
        "role_label": lambda r: gettext(ROLE_LABELS.get(r, r)),
        "province_options": [(k, v["ur"] if locale == "ur" else v["en"]) for k, v in provinces.items()],
        "province_name": lambda k: provinces.get(k or "", {}).get("ur" if locale == "ur" else "en", k or ""),
        "errors": {}, "v": {},
    }
    ctx.update(extra)
    return ctx


async def _form(request: Request) -> dict[str, Any]:
    return {"roles": [], **await read_form(request, {"roles"})}


# -- agencies ---------------------------------------------------------------------------------

@router.get("/agencies")
def agencies(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)],
             session: SessionDep) -> Response:
    return render(request, "access/admin_agencies.html", _ctx(request, agencies=service.list_agencies(session)))


@router.get("/districts")
def districts(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)],
              province: Annotated[str, Query(max_length=8)] = "") -> Response:
    """The district <select> for the chosen province (HTMX swaps it in)."""
    return render(request, "access/admin_districts.html", {"districts": districts_of(province), "selected": ""})


def _agency_form(request: Request, v: dict[str, Any], errors: dict[str, str], *, agency: Any = None,
                 status_code: int = 200) -> Response:
    return render(request, "access/admin_agency_form.html",
                  _ctx(request, v=v, errors=errors, agency=agency, districts=districts_of(v.get("province"))),
                  status_code=status_code)


@router.get("/agencies/new")
def new_agency_form(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)]) -> Response:
    return _agency_form(request, {"country": "PK"}, {})


@router.post("/agencies/new")
async def new_agency(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)],
                     session: SessionDep) -> Response:
    v = await _form(request)

    def work() -> Response:
        data = AgencyCreate.model_validate({
            "name": v.get("name", ""), "org_type": v.get("org_type", ""),
            "country": v.get("country") or "PK", "province": opt(v.get("province")),
            "district": opt(v.get("district"))})
        service.create_agency(session, actor, data=data)
        return RedirectResponse("/admin/agencies", status_code=303)

    return await rerender_on_error(session, work,
                                   lambda no: _agency_form(request, v, no.errors, status_code=no.status))


@router.get("/agencies/{agency_id}/edit")
def edit_agency_form(request: Request, agency_id: int,
                     actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)], session: SessionDep) -> Response:
    agency = service.get_agency(session, actor, agency_id)
    return _agency_form(request, {"name": agency.name, "is_active": "yes" if agency.is_active else ""},
                        {}, agency=agency)


@router.post("/agencies/{agency_id}/edit")
async def edit_agency(request: Request, agency_id: int,
                      actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)], session: SessionDep) -> Response:
    v = await _form(request)

    def work() -> Response:
        data = AgencyUpdate.model_validate({"name": v.get("name", ""), "is_active": v.get("is_active") == "yes"})
        service.update_agency(session, actor, agency_id, data=data)
        return RedirectResponse("/admin/agencies", status_code=303)

    return await rerender_on_error(session, work, lambda no: _agency_form(
        request, v, no.errors, agency=service.get_agency(session, actor, agency_id), status_code=no.status))


# -- users ------------------------------------------------------------------------------------

def _users_page(request: Request, actor: Actor, session: Any, agency: int | None, *,
                grant_error: str | None = None, status_code: int = 200) -> Response:
    rows = service.list_users(session, actor, agency_id=agency)
    pending = grants.list_grants(session, actor)
    names = service.display_names(session, [g.user_id for g in pending])
    return render(request, "access/admin_users.html",
                  _ctx(request, users=rows, agencies=service.list_agencies(session), agency=agency,
                       is_locked=service.is_locked, grants=pending, grant_names=names,
                       waiting=grants.pending_roles(session, [u.id for u in rows]),
                       grant_error=grant_error),
                  status_code=status_code)


@router.get("/users")
def users(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_USER_READ)], session: SessionDep,
          agency: Annotated[int | None, Query(ge=1)] = None) -> Response:
    return _users_page(request, actor, session, agency)


async def _decide_grant(request: Request, actor: Actor, session: Any, grant_id: int, verb: Any) -> Response:
    def work() -> Response:
        verb(session, actor, grant_id)
        return RedirectResponse("/admin/users", status_code=303)

    # A four-eyes refusal (Forbidden) goes to the error page, audited; these are shown on the list.
    # An expired request is closed as such, with its audit row (``persist``).
    return await rerender_on_error(session, work, lambda no: _users_page(
        request, actor, session, None, grant_error=no.detail, status_code=no.status),
        catch=(Conflict, Invalid, NotFound))


@router.post("/role-grants/{grant_id}/approve")
async def approve_grant(request: Request, grant_id: int, actor: Annotated[Actor, Requires(P.ACCESS_GRANT_APPROVE)],
                  session: SessionDep, settings: SettingsDep) -> Response:
    """A second administrator gives a role another asked for (four eyes)."""
    def approve(session: Any, actor: Actor, grant_id: int) -> Any:
        return grants.approve_grant(session, actor, grant_id, max_age_days=settings.role_grant_days)

    return await _decide_grant(request, actor, session, grant_id, approve)


@router.post("/role-grants/{grant_id}/refuse")
async def refuse_grant(request: Request, grant_id: int, actor: Annotated[Actor, Requires(P.ACCESS_GRANT_APPROVE)],
                 session: SessionDep) -> Response:
    return await _decide_grant(request, actor, session, grant_id, grants.refuse_grant)


def _user_form(request: Request, session: Any, v: dict[str, Any], errors: dict[str, str], *,
               user: Any = None, status_code: int = 200, notice: str | None = None) -> Response:
    waiting = grants.pending_roles(session, [user.id]).get(user.id, []) if user else []
    return render(request, "access/admin_user_form.html",
                  _ctx(request, v=v, errors=errors, user=user, notice=notice, waiting=waiting,
                       agencies=service.list_agencies(session, active_only=True),
                       locked=bool(user and service.is_locked(user))),
                  status_code=status_code)


@router.get("/users/new")
def new_user_form(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)],
                  session: SessionDep) -> Response:
    return _user_form(request, session, {"roles": []}, {})


@router.post("/users/new")
async def new_user(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)],
                   session: SessionDep) -> Response:
    v = await _form(request)

    def work() -> Response:
        data = UserCreate.model_validate({
            "agency_id": v.get("agency_id") or None, "username": (v.get("username") or "").lower(),
            "display_name": v.get("display_name", ""), "email": opt(v.get("email")),
            "password": v.get("password", ""), "roles": v["roles"]})
        service.create_user(session, actor, data=data)
        return RedirectResponse("/admin/users", status_code=303)

    def refused(no: Refusal) -> Response:
        kept = {k: x for k, x in v.items() if k != "password"}
        return _user_form(request, session, kept, no.errors, status_code=no.status)

    return await rerender_on_error(session, work, refused)


def _user_values(user: Any) -> dict[str, Any]:
    return {"display_name": user.display_name, "roles": sorted(user.roles),
            "is_active": "yes" if user.is_active else "", "version": str(user.version)}


@router.get("/users/{user_id}/edit")
def edit_user_form(request: Request, user_id: int, actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)],
                   session: SessionDep) -> Response:
    user = service.get_user(session, user_id)
    return _user_form(request, session, _user_values(user), {}, user=user)


@router.post("/users/{user_id}/edit")
async def edit_user(request: Request, user_id: int, actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)],
                    session: SessionDep) -> Response:
    v = await _form(request)

    def work() -> Response:
        data = UserUpdate.model_validate({
            "version": v.get("version") or 0, "display_name": v.get("display_name", ""),
            "roles": v["roles"], "is_active": v.get("is_active") == "yes",
            "unlock": v.get("unlock") == "yes"})
        service.update_user(session, actor, user_id, data=data)
        return RedirectResponse("/admin/users", status_code=303)

    return await rerender_on_error(session, work, lambda no: _user_form(
        request, session, v, no.errors, user=service.get_user(session, user_id), status_code=no.status))


@router.post("/users/{user_id}/password")
async def reset_password(request: Request, user_id: int,
                         actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)], session: SessionDep) -> Response:
    v = await _form(request)

    def work() -> Response:
        user = service.get_user(session, user_id)
        service.set_password(session, actor, user_id, v.get("password", ""))
        return _user_form(request, session, _user_values(user), {}, user=user,
                          notice="The password was reset. Tell the person through a safe channel. "
                                 "Roles that open case records wait for a second administrator.")

    def refused(no: Refusal) -> Response:
        user = service.get_user(session, user_id)
        return _user_form(request, session, _user_values(user), {"password": no.errors.get("password", no.detail)},
                          user=user, status_code=no.status)

    return await rerender_on_error(session, work, refused)
