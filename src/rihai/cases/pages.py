"""Browser pages for case work: dashboard, guided create form, case page with its HTMX sections,
edit with optimistic locking, and search.

Forms keep whatever the user typed: a handler that meets a ``RihaiError`` (or a pydantic
``ValidationError`` while building a schema from form fields) re-renders the form with the input and
the errors next to the fields (``rihai.web.render.rerender_on_error``), instead of letting the
generic error page throw the input away.
Queries for people (search) travel in POST bodies only, never in URLs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date
from typing import Annotated, Any

from babel import Locale
from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from rihai.access import audit
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import codes, service
from rihai.cases.codes import CaseStatus
from rihai.cases.forms import (
    MULTI,
    case_values,
    leg_rows,
    legs,
    perp_rows,
    perps,
    person_payload,
    situation_payload,
    update_from,
)
from rihai.cases.labels import (
    COMMON_LANGUAGES,
    GUARDIAN_RELATIONS,
    label,
)
from rihai.cases.models import Case
from rihai.cases.schemas import (
    CaseCreate,
    ConsentCreate,
    EventIn,
    NoteCreate,
    PerpetratorIn,
    StatusChange,
)
from rihai.cases.visibility import note_kinds
from rihai.errors import Invalid
from rihai.validators import countries, display_cnic, districts_of, languages, pakistan_admin
from rihai.web.deps import SessionDep
from rihai.web.forms import drop_none, opt, read_form, split_values
from rihai.web.i18n import translations
from rihai.web.pagination import PageNumber, page_count
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)

def _view(request: Request, **extra: Any) -> dict[str, Any]:
    """Context shared by case pages: translated code labels, option lists and helpers."""
    locale = request_locale(request)
    gettext = translations(locale).gettext

    def lbl(code: str | None) -> str:
        return gettext(label(code)) if code else ""

    def options(enum: Iterable[str]) -> list[tuple[str, str]]:
        return [(str(c), lbl(str(c))) for c in enum]

    country_names = countries(locale) if locale in ("en", "ur") else countries("en")
    provinces = pakistan_admin()
    lang_names = Locale.parse(locale).languages
    ctx: dict[str, Any] = {
        "lbl": lbl, "options": options, "codes": codes, "label": label,
        "country_names": country_names,
        "country_options": sorted(country_names.items(), key=lambda kv: kv[1]),
        "province_options": [(k, v["ur"] if locale == "ur" else v["en"]) for k, v in provinces.items()],
        "province_name": lambda k: (provinces.get(k or "", {}).get("ur" if locale == "ur" else "en") or k or ""),
        "language_options": [(c, lang_names.get(c) or languages().get(c, c)) for c in COMMON_LANGUAGES],
        "guardian_options": [(r, lbl(r)) for r in GUARDIAN_RELATIONS],
        "display_name": service.display_name, "format_cnic": display_cnic,
        "tag_label": lambda tag: gettext(audit.tag_label(tag)),
        "errors": {}, "v": {}, "failed": None,
    }
    ctx.update(extra)
    return ctx


# -- dashboard --------------------------------------------------------------------------------

@router.get("/")
def dashboard(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_READ)],
              session: SessionDep, page: PageNumber = 1,
              status: CaseStatus | None = None) -> Response:
    """Everyone lands here; what they see depends on their role."""
    if actor.extra.get("mfa") == "pending":
        return RedirectResponse("/mfa", status_code=303)
    if not actor.can(P.CASES_CASE_READ):
        return render(request, "cases/home_nocases.html", {})
    # The status tiles already count the visible cases (on the owner/status index, each count
    # bounded): the list's total is their sum, so the page does not count the same rows twice. A
    # tile past the cap makes the sum pass it too, so the heading says "10,000+" just when it should.
    counts = service.count_visible(session, actor)
    known = counts.get(status, 0) if status else sum(counts.values())
    cases, total = service.list_cases(session, actor, status=status, page=page, page_size=25,
                                      known_total=min(known, service.LIST_COUNT_CAP + 1))
    cap = service.LIST_COUNT_CAP
    tiles = {s: f"{cap:,}+" if n > cap else n for s, n in counts.items()}
    return render(request, "cases/dashboard.html",
                  _view(request, cases=cases, total=total, page=page, status=status, counts=tiles,
                        statuses=list(CaseStatus), pages=page_count(total, 25)),
                  partial="cases/_case_table.html")


# -- create -----------------------------------------------------------------------------------

def _new_form(request: Request, v: dict[str, Any], errors: dict[str, str], status_code: int = 200
              ) -> Response:
    return render(request, "cases/new.html",
                  _view(request, v=v, errors=errors, leg_rows=leg_rows(v), perp_rows=perp_rows(v),
                        districts=districts_of(v.get("person.home_province"))),
                  status_code=status_code)


@router.get("/cases/new")
def new_case_form(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)], session: SessionDep,
                  origin: uuid.UUID | None = None) -> Response:
    """``origin``: a prefill a referral or match page left for this user (an id, never a value)."""
    v: dict[str, Any] = {"trafficking_status": codes.TraffickingStatus.POSSIBLE}
    if origin is not None:
        row = service.read_prefill(session, actor, origin)
        v |= service.prefill_values(row) | {"origin": str(origin), "origin_kind": row.source_kind,
                                             "origin_ref": row.source_ref}
    return _new_form(request, v, {})


@router.post("/cases/new")
async def new_case(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)],
                   session: SessionDep) -> Response:
    v = await read_form(request, MULTI)

    def work() -> Response:
        consent = {"yes": True, "no": False}.get(v.get("consent_case_management", ""))
        payload = {"person": drop_none(person_payload(v)), **drop_none(situation_payload(v)),
                   "events": [drop_none(x) for x in legs(v)],
                   "perpetrators": [drop_none(x) for x in perps(v)],
                   "consent_case_management": consent}
        case = service.open_case(session, actor, data=CaseCreate.model_validate(payload))
        if v.get("origin"):
            service.link_origin(session, actor, case, str(v["origin"]))
        return RedirectResponse(f"/cases/{case.id}", status_code=303)

    return await rerender_on_error(session, work,
                                   lambda no: _new_form(request, v, no.errors, no.status))


@router.get("/cases/districts")
def district_options(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)],
                     name: Annotated[str, Query(pattern=r"^[a-z_.]{1,40}$")] = "person.home_district"
                     ) -> Response:
    """The district <select> for a province (HTMX swaps it in when the province changes). Place
    names are public reference data; the permission just keeps the route behind sign-in."""
    params = request.query_params
    province = next((params[k] for k in params if k.endswith("province")), "")
    return render(request, "cases/_districts.html",
                  {"name": name, "districts": districts_of(province), "selected": ""})


@router.get("/cases/new/leg")
def new_leg_row(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)]) -> Response:
    return render(request, "cases/_leg_row.html", _view(request, lv={}))


@router.get("/cases/new/perpetrator")
def new_perp_row(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)]) -> Response:
    return render(request, "cases/_perp_row.html", _view(request, pv={}))


# -- search -----------------------------------------------------------------------------------

@router.get("/cases/search")
def search_form(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_SEARCH)]) -> Response:
    return render(request, "cases/search.html", _view(request, q="", hits=None))


@router.post("/cases/search")
async def search(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_SEARCH)],
                 session: SessionDep) -> Response:
    v = await read_form(request, MULTI)
    q = str(v.get("q", ""))[:200]

    def results(status_code: int = 200, **ctx: Any) -> Response:
        return render(request, "cases/search.html", _view(request, q=q, **ctx),
                      partial="cases/_search_results.html", status_code=status_code)

    return await rerender_on_error(session, lambda: results(hits=service.search_cases(session, actor, q)),
                                   lambda no: results(no.status, hits=None, errors=no.errors))


# -- the case page ----------------------------------------------------------------------------

def _names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    return access_service.display_names(session, ids)


def _case_ctx(request: Request, session: Session, actor: Actor, case: Case, *, with_trail: bool = True,
              **extra: Any) -> dict[str, Any]:
    notes = service.list_notes(session, actor, case.id)
    people = _names(session, [case.caseworker_id, *(a.user_id for a in case.assignments),
                              *(c.recorded_by_id for c in case.consents), *(n.author_id for n in notes),
                              case.status_decided_by_user_id])
    agencies = {a.id: a.name for a in access_service.list_agencies(session)}
    colleagues: list[Any] = []
    if actor.can(P.CASES_CASE_ASSIGN) and actor.agency_id == case.owner_agency_id:
        colleagues = access_service.list_colleagues(session, actor)
    trail = None
    if with_trail and actor.can(P.CASES_AUDIT_READ):  # reading the trail is itself audited
        trail = service.audit_trail(session, actor, case.id)
        people.update(_names(session, [e.actor_id for e in trail if e.actor_id not in people]))
    return _view(request, case=case, notes=notes, people=people, agencies=agencies,
                 colleagues=colleagues, trail=trail,
                 note_kind_options=[(k, label(k)) for k in codes.NoteKind if k in note_kinds(actor)],
                 today=date.today().isoformat(), origin=service.origin_of(session, case.id), **extra)


def _section(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, partial: str,
             status_code: int = 200, **extra: Any) -> Response:
    case = service.get_case(session, actor, case_id)
    # A section re-render shows no trail, so it does not read (and audit reading) one.
    partial_only = request.headers.get("hx-request") == "true"
    ctx = _case_ctx(request, session, actor, case, with_trail=not partial_only, oob=partial_only,
                    failed=None if partial_only else partial, **extra)
    return render(request, "cases/case.html", ctx, partial=partial, status_code=status_code)


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)],
              session: SessionDep) -> Response:
    case = service.get_case(session, actor, case_id)
    return render(request, "cases/case.html", _case_ctx(request, session, actor, case))


async def _section_post(request: Request, session: Session, actor: Actor, case_id: uuid.UUID,
                        partial: str, action: Callable[[dict[str, Any]], object]) -> Response:
    """Run one section's form through a service verb, then re-render that section; on a refusal
    re-render it with the error and what was typed."""
    v = await read_form(request, MULTI)

    def work() -> Response:
        action(v)
        if request.headers.get("hx-request") != "true":  # a plain form post: back to the page
            return RedirectResponse(f"/cases/{case_id}", status_code=303)
        return _section(request, session, actor, case_id, partial)

    def refused(no: Refusal) -> Response:
        return _section(request, session, actor, case_id, partial, no.status, v=v, errors=no.errors)

    return await rerender_on_error(session, work, refused)


@router.post("/cases/{case_id}/notes")
async def add_note(request: Request, case_id: uuid.UUID,
                   actor: Annotated[Actor, Requires(P.CASES_NOTE_CREATE)], session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = NoteCreate.model_validate(drop_none({"kind": opt(v.get("kind")), "body": opt(v.get("body"))}))
        return service.add_note(session, actor, case_id, data=data)

    return await _section_post(request, session, actor, case_id, "cases/_notes.html", act)


@router.post("/cases/{case_id}/consents")
async def add_consent(request: Request, case_id: uuid.UUID,
                      actor: Annotated[Actor, Requires(P.CASES_CONSENT_RECORD)],
                      session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        given = {"yes": True, "no": False}.get(v.get("given", ""))
        data = ConsentCreate.model_validate(drop_none({
            "purpose": opt(v.get("purpose")), "given": given, "given_by": opt(v.get("given_by")),
            "recipient_agency_id": opt(v.get("recipient_agency_id")),
            "consent_date": opt(v.get("consent_date")), "note": opt(v.get("note"))}))
        return service.record_consent(session, actor, case_id, data=data)

    return await _section_post(request, session, actor, case_id, "cases/_consents.html", act)


@router.post("/cases/{case_id}/consents/{consent_id}/withdraw")
async def withdraw_consent(request: Request, case_id: uuid.UUID, consent_id: int,
                           actor: Annotated[Actor, Requires(P.CASES_CONSENT_RECORD)],
                           session: SessionDep) -> Response:
    return await _section_post(request, session, actor, case_id, "cases/_consents.html",
                               lambda v: service.withdraw_consent(session, actor, case_id, consent_id))


@router.post("/cases/{case_id}/legs")
async def add_leg(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)],
                  session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = EventIn.model_validate(drop_none({
            "event_type": opt(v.get("event_type")), "country": opt(v.get("country")),
            "place": opt(v.get("place")), "event_date": opt(v.get("event_date"))}))
        return service.add_event(session, actor, case_id, data=data)

    return await _section_post(request, session, actor, case_id, "cases/_route.html", act)


@router.post("/cases/{case_id}/perpetrators")
async def add_perpetrator(request: Request, case_id: uuid.UUID,
                          actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)],
                          session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        role = opt(v.get("role"))
        data = PerpetratorIn.model_validate(drop_none({
            "roles": [role] if role else [], "name": opt(v.get("name")),
            "phones": split_values(v.get("phones")), "agency_name": opt(v.get("agency_name")),
            "oep_licence": opt(v.get("oep_licence"))}))
        return service.add_perpetrator(session, actor, case_id, data=data)

    return await _section_post(request, session, actor, case_id, "cases/_perpetrators.html", act)


@router.post("/cases/{case_id}/status")
async def change_status(request: Request, case_id: uuid.UUID,
                        actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)],
                        session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        data = StatusChange.model_validate(drop_none({
            "version": opt(v.get("version")), "status": opt(v.get("status")),
            "reason": opt(v.get("reason")), "open_items_reason": opt(v.get("open_items_reason")),
            "confirm_open_work": v.get("confirm_open_work") == "yes"}))
        return service.change_status(session, actor, case_id, data=data)

    return await _section_post(request, session, actor, case_id, "cases/_status.html", act)


@router.post("/cases/{case_id}/assign")
async def assign(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_ASSIGN)],
                 session: SessionDep) -> Response:
    def act(v: dict[str, Any]) -> object:
        raw = opt(v.get("user_id"))
        if not raw or not raw.isdigit():
            raise Invalid("choose a colleague", field="user_id")
        return service.assign(session, actor, case_id, user_id=int(raw),
                              make_caseworker=v.get("make_caseworker") == "yes")

    return await _section_post(request, session, actor, case_id, "cases/_assign.html", act)


# -- edit -------------------------------------------------------------------------------------

def _edit_form(request: Request, case: Case, v: dict[str, Any], errors: dict[str, str],
               status_code: int = 200, conflict: bool = False) -> Response:
    return render(request, "cases/edit.html",
                  _view(request, case=case, v=v, errors=errors, conflict=conflict,
                        districts=districts_of(v.get("person.home_province"))),
                  status_code=status_code)


@router.get("/cases/{case_id}/edit")
def edit_form(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)],
              session: SessionDep) -> Response:
    case = service.get_case(session, actor, case_id)
    return _edit_form(request, case, case_values(case), {})


@router.post("/cases/{case_id}/edit")
async def edit_case(request: Request, case_id: uuid.UUID,
                    actor: Annotated[Actor, Requires(P.CASES_CASE_UPDATE)], session: SessionDep) -> Response:
    v = await read_form(request, MULTI)

    def work() -> Response:
        case = service.get_case(session, actor, case_id)
        service.update_case(session, actor, case_id, data=update_from(case, v))
        return RedirectResponse(f"/cases/{case_id}", status_code=303)

    def refused(no: Refusal) -> Response:
        case = service.get_case(session, actor, case_id)
        return _edit_form(request, case, v, no.errors, no.status, conflict=no.status == 409)

    return await rerender_on_error(session, work, refused)
