"""Browser pages of the referral mechanism: the inbox, a referral with its timeline and actions,
the receiving agency's need-to-know view, the referral form with its provider finder, the case
page's referrals panel, the service directory and its administration, and the indicators.

Every refusal (no consent, a transition out of order, someone else was faster) is shown on the
page that caused it, next to the form, in the user's language — not only in the API.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time, timezone
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service as cases_service
from rihai.errors import Invalid
from rihai.validators import pakistan_admin
from rihai.web.deps import SessionDep
from rihai.web.forms import read_form
from rihai.web.i18n import translations
from rihai.web.pagination import PageNumber, page_count
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

from . import performance
from . import service
from .codes import (ChildDecision, DeclineReason, EligibleGroup, EndReason, ReferralState, ServiceType,
                    HAPPENED, LABELS, Urgency, translated_label)
from .inbox import Box
from .provider_pages import router as provider_router
from .schemas import ReferralCreate, TransitionIn
from .states import Action, Side, allowed_actions

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
router.include_router(provider_router)


def view(request: Request, **extra: Any) -> dict[str, Any]:
    locale = request_locale(request)
    gettext = translations(locale).gettext
    provinces = pakistan_admin()

    ctx: dict[str, Any] = {
        "lbl": translated_label(gettext), "services": list(ServiceType), "urgencies": list(Urgency),
        "happened": lambda action: gettext(HAPPENED.get(action, LABELS.get(action, action))),
        "groups": list(EligibleGroup), "decline_reasons": list(DeclineReason),
        "end_reasons": list(EndReason), "child_decisions": list(ChildDecision),
        "province_name": lambda k: (provinces.get(k or "", {}).get("ur" if locale == "ur" else "en") or k or ""),
        "province_options": [(k, v["ur"] if locale == "ur" else v["en"]) for k, v in provinces.items()],
        "errors": {}, "v": {}, "now": datetime.now(timezone.utc),
    }
    ctx.update(extra)
    return ctx


# -- inbox ------------------------------------------------------------------------------------

@router.get("/referrals")
def inbox(request: Request, actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)], session: SessionDep,
          box: Box = Box.INCOMING, page: PageNumber = 1) -> Response:
    """The inbox, outbox, overdue list or what awaits my answer, narrowed by codes (state,
    urgency, service) in the query; an unknown code is dropped, so a stale bookmark still opens."""
    params = request.query_params
    filters = service.ReferralFilter(state=_code(ReferralState, params.get("state")),
                                     urgency=_code(Urgency, params.get("urgency")),
                                     service=_code(ServiceType, params.get("service")))
    rows, total = service.list_referrals(session, actor, box=box, page=page, page_size=25, filters=filters)
    overdue_n = performance.overdue_count(session, actor)
    names = {p.id: p.name for p in service.list_providers(session, actor, include_inactive=True)} \
        if actor.can(P.REFERRALS_PROVIDER_READ) else {}
    agencies = {a.id: a.name for a in access_service.list_agencies(session)}
    query = urlencode({k: v for k, v in (("box", box), ("state", filters.state or ""),
                                         ("urgency", filters.urgency or ""),
                                         ("service", filters.service or "")) if v})
    return render(request, "referrals/inbox.html",
                  view(request, rows=rows, total=total, box=box, page=page, overdue_n=overdue_n,
                       providers=names, agencies=agencies, pages=page_count(total, 25), filters=filters,
                       states=list(ReferralState), query=query),
                  partial="referrals/_table.html")


def _code(kind: Any, raw: str | None) -> Any:
    try:
        return kind(raw) if raw else None
    except ValueError:
        return None


@router.get("/referrals/summary")
def summary_tile(request: Request, actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)],
                 session: SessionDep) -> Response:
    """The dashboard's referral tiles (loaded by HTMX): awaiting my agency's answer, and overdue."""
    _, waiting = service.list_referrals(session, actor, box=Box.INCOMING, page_size=1)
    return render(request, "referrals/_summary.html",
                  view(request, waiting=waiting, overdue_n=performance.overdue_count(session, actor)))


@router.get("/referrals/indicators")
def indicators_page(request: Request, actor: Annotated[Actor, Requires(P.REFERRALS_INDICATOR_READ)],
                    session: SessionDep) -> Response:
    return render(request, "referrals/indicators.html",
                  view(request, ind=performance.indicators(session, actor)))


# -- one referral -----------------------------------------------------------------------------

def _referral_page(request: Request, session: Any, actor: Actor, referral_id: uuid.UUID, *,
                   errors: dict[str, str] | None = None, status_code: int = 200) -> Response:
    referral = service.get_referral(session, actor, referral_id)
    receiver = actor.agency_id == referral.to_agency_id and actor.can(P.REFERRALS_REFERRAL_RESPOND)
    sender = actor.agency_id == referral.from_agency_id and actor.can(P.REFERRALS_REFERRAL_CREATE)
    shared = service.shared_case(session, actor, referral_id) if receiver else None
    actions: list[Action] = []
    if sender:
        actions += allowed_actions(ReferralState(referral.state), Side.SENDER)
    if receiver:
        actions += allowed_actions(ReferralState(referral.state), Side.RECEIVER)
    people = access_service.display_names(session, [e.actor_id for e in referral.events]
                                          + [referral.assignee_id, referral.from_user_id])
    agencies = {a.id: a.name for a in access_service.list_agencies(session)}
    opened = service.case_opened_from(session, referral.id) if receiver else None
    return render(request, "referrals/referral.html",
                  view(request, r=referral, shared=shared, actions=actions, sender=sender, opened_case=opened,
                       receiver=receiver, people=people, agencies=agencies, errors=errors or {},
                       can_override=actor.can(P.REFERRALS_CONSENT_OVERRIDE),
                       follow_up=sender and actor.can(P.CASES_TASK_WRITE)),
                  status_code=status_code)


@router.get("/referrals/{referral_id}")
def referral_page(request: Request, referral_id: uuid.UUID,
                  actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)], session: SessionDep) -> Response:
    return _referral_page(request, session, actor, referral_id)


@router.get("/referrals/{referral_id}/files/{attachment_id}")
def shared_file(referral_id: uuid.UUID, attachment_id: uuid.UUID,
                actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)], session: SessionDep) -> Response:
    """A file attached to the referred case, of a kind the referral's service is granted: a
    download no cache keeps and no browser renders in this origin."""
    file = service.shared_file(session, actor, referral_id, attachment_id)
    return Response(file.data, media_type=file.media_type, headers={
        "Content-Disposition": f'attachment; filename="{file.filename}"', "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store, private", "Content-Security-Policy": "default-src 'none'; sandbox"})


async def _act(request: Request, referral_id: uuid.UUID, actor: Actor, session: Any, side: Side) -> Response:
    v = await read_form(request)

    def work() -> Response:
        action = next((a for a in Action if a == v.get("action") and service.TRANSITIONS[a].side is side), None)
        if action is None:
            raise Invalid("unknown action", field="action")
        data = TransitionIn.model_validate({k: v[k] for k in ("version", "reason", "message") if v.get(k)})
        service.transition(session, actor, referral_id, action, data=data,
                           consent_override_reason=str(v.get("consent_override_reason") or "") or None)
        return RedirectResponse(f"/referrals/{referral_id}", status_code=303)

    return await rerender_on_error(session, work, lambda no: _referral_page(
        request, session, actor, referral_id, errors=no.errors, status_code=no.status))


@router.post("/referrals/{referral_id}/follow-up")
async def add_follow_up(request: Request, referral_id: uuid.UUID,
                        actor: Annotated[Actor, Requires(P.CASES_TASK_WRITE)], session: SessionDep) -> Response:
    """A follow-up on the referred case, linked to this referral: the sending side's case team
    ("ring the shelter if they have not answered by Friday")."""
    v = await read_form(request)

    def work() -> Response:
        referral = service.get_referral(session, actor, referral_id, audit_read=False)
        # The case's own team keeps its follow-ups: whoever cannot see the case is told so.
        cases_service.require_visible(session, actor, referral.case_id)
        data = cases_service.TaskCreate.model_validate({
            "text": v.get("text") or "", "due_on": v.get("due_on") or None, "source_kind": "referral",
            "source_id": str(referral.id)})
        cases_service.add_task(session, actor, referral.case_id, data=data, referral_checked=True)
        return RedirectResponse(f"/cases/{referral.case_id}#sec-tasks", status_code=303)

    return await rerender_on_error(session, work, lambda no: _referral_page(
        request, session, actor, referral_id, errors=no.errors, status_code=no.status))


@router.post("/referrals/{referral_id}/sender-action")
async def sender_action(request: Request, referral_id: uuid.UUID,
                        actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_CREATE)],
                        session: SessionDep) -> Response:
    return await _act(request, referral_id, actor, session, Side.SENDER)


@router.post("/referrals/{referral_id}/receiver-action")
async def receiver_action(request: Request, referral_id: uuid.UUID,
                          actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_RESPOND)],
                          session: SessionDep) -> Response:
    return await _act(request, referral_id, actor, session, Side.RECEIVER)


@router.post("/referrals/{referral_id}/open-case")
async def open_case(request: Request, referral_id: uuid.UUID,
                    actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)], session: SessionDep) -> Response:
    """The receiving agency opens its own case for the person: the new-case form, filled in with
    what this agency may see (kept server-side; the address carries only the prefill's id)."""
    def work() -> Response:
        origin = service.prefill_case(session, actor, referral_id)
        return RedirectResponse(f"/cases/new?origin={origin}", status_code=303)

    return await rerender_on_error(session, work, lambda no: _referral_page(
        request, session, actor, referral_id, errors=no.errors, status_code=no.status))


# -- a case's referrals -----------------------------------------------------------------------

@router.get("/cases/{case_id}/referrals")
def case_panel(request: Request, case_id: uuid.UUID,
               actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)], session: SessionDep) -> Response:
    """The case page's referrals section (loaded by HTMX)."""
    rows = service.list_for_case(session, actor, case_id)
    names = {p.id: p.name for p in service.list_providers(session, actor, include_inactive=True)} \
        if actor.can(P.REFERRALS_PROVIDER_READ) else {}
    return render(request, "referrals/_case_panel.html",
                  view(request, rows=rows, case_id=case_id, providers=names))


def _finder(session: Any, actor: Actor, case: Any, v: dict[str, Any]) -> list[Any]:
    try:
        svc = ServiceType(v.get("service") or ServiceType.SHELTER)
    except ValueError:
        svc = ServiceType.SHELTER
    p = case.person
    group = service.eligible_group(p.sex, p.gender, p.is_minor)
    province = v.get("province") or p.home_province
    district = v.get("district") if v.get("province") else p.home_district
    return service.find_providers(session, actor, service=svc, province=province or None,
                                  district=district or None, country=v.get("country") or None,
                                  group=group, language=(p.languages or [None])[0])


def _new_form(request: Request, session: Any, actor: Actor, case: Any, v: dict[str, Any],
              errors: dict[str, str], status_code: int = 200) -> Response:
    return render(request, "referrals/new.html",
                  view(request, case=case, v=v, errors=errors, matches=_finder(session, actor, case, v),
                       can_override=actor.can(P.REFERRALS_CONSENT_OVERRIDE)),
                  partial="referrals/_providers.html", status_code=status_code)


@router.get("/cases/{case_id}/referrals/new")
def new_referral_form(request: Request, case_id: uuid.UUID,
                      actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_CREATE)], session: SessionDep,
                      service_: Annotated[ServiceType | None, Query(alias="service")] = None,
                      province: Annotated[str | None, Query(max_length=8)] = None,
                      district: Annotated[str | None, Query(max_length=80)] = None) -> Response:
    """The form; with HTMX, changing the service or place refreshes only the provider choices.
    The query carries a service and a place, never anything about the person."""
    case = cases_service.get_case(session, actor, case_id)
    v = {"service": str(service_ or ServiceType.SHELTER), "province": province or "", "district": district or "",
         "urgency": "routine"}
    return _new_form(request, session, actor, case, v, {})


@router.post("/cases/{case_id}/referrals/new")
async def create_referral(request: Request, case_id: uuid.UUID,
                          actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_CREATE)],
                          session: SessionDep) -> Response:
    v = await read_form(request)

    def work() -> Response:
        payload: dict[str, Any] = {k: v[k] for k in ("provider_id", "service", "urgency", "note",
                                                     "child_decision", "child_decision_note",
                                                     "consent_override_reason") if v.get(k)}
        if v.get("due_date"):
            try:
                day = datetime.strptime(str(v["due_date"]), "%Y-%m-%d").date()
                payload["due_at"] = datetime.combine(day, time(17, 0), tzinfo=timezone.utc).isoformat()
            except ValueError:
                payload["due_at"] = "invalid"
        payload["send"] = v.get("send", "yes") == "yes"
        referral = service.refer(session, actor, case_id, data=ReferralCreate.model_validate(payload))
        return RedirectResponse(f"/referrals/{referral.id}", status_code=303)

    def refused(no: Refusal) -> Response:
        case = cases_service.get_case(session, actor, case_id)
        return _new_form(request, session, actor, case, v, no.errors, no.status)

    return await rerender_on_error(session, work, refused)


@router.get("/referrals/{referral_id}/timeline")
def timeline(request: Request, referral_id: uuid.UUID,
             actor: Annotated[Actor, Requires(P.REFERRALS_REFERRAL_READ)], session: SessionDep,
             ) -> Response:
    referral = service.get_referral(session, actor, referral_id, audit_read=False)
    people = access_service.display_names(session, [e.actor_id for e in referral.events])
    return render(request, "referrals/_timeline.html", view(request, r=referral, people=people))

