"""Pages of transfers: a case's transfer page (propose, withdraw, its history) for the owning
agency's supervisors; the receiving agency's list of proposals to accept or refuse; and the
team's "remove" button on the case page. A refusal shows the form again with the reason."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import SessionDep
from rihai.web.forms import read_form
from rihai.web.i18n import translations
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

from ..labels import label
from ..models import Case
from . import service

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


def _labels(request: Request) -> dict[str, Any]:
    gettext = translations(request_locale(request)).gettext
    return {"tl": lambda code: gettext(service.LABELS.get(code, code)),
            "lbl": lambda code: gettext(label(code)) if code else ""}


def _case_page(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, *, status_code: int = 200,
               **extra: Any) -> Response:
    transfers = service.transfers_of_case(session, actor, case_id)
    case = session.get(Case, case_id)
    agencies = {a.id: a.name for a in access_service.list_agencies(session)}
    team = access_service.display_names(session, [a.user_id for a in case.assignments]) if case else {}
    people = access_service.display_names(session, [u for t in transfers for u in (t.proposed_by_id, t.decided_by_id)])
    ctx = {"case": case, "transfers": transfers, "agencies": agencies, "team": team, "people": people,
           "pending": next((t for t in transfers if t.state == service.TransferState.PROPOSED), None),
           "targets": [(a.id, a.name) for a in access_service.list_agencies(session, active_only=True)
                       if case is None or a.id != case.owner_agency_id],
           "errors": {}, "v": {}, **_labels(request), **extra}
    return render(request, "transfers/case.html", ctx, status_code=status_code)


@router.get("/cases/{case_id}/transfer")
def transfer_page(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_TRANSFER)],
                  session: SessionDep) -> Response:
    return _case_page(request, session, actor, case_id)


@router.post("/cases/{case_id}/transfer")
async def propose(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_TRANSFER)],
                  session: SessionDep) -> Response:
    v = await read_form(request, {"keep_user_ids"}, strip=True)

    def work() -> Response:
        raw = str(v.get("to_agency_id") or "")
        keep = [int(u) for u in v.get("keep_user_ids") or [] if str(u).isdigit()]
        service.propose_transfer(session, actor, case_id, to_agency_id=int(raw) if raw.isdigit() else 0,
                                 reason=str(v.get("reason") or ""), keep_user_ids=keep)
        return RedirectResponse(f"/cases/{case_id}/transfer", status_code=303)

    return await rerender_on_error(session, work, lambda no: _case_page(
        request, session, actor, case_id, status_code=no.status, errors=no.errors, v=v))


@router.post("/cases/{case_id}/transfer/withdraw")
async def withdraw(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_TRANSFER)],
                   session: SessionDep) -> Response:
    def work() -> Response:
        service.withdraw_transfer(session, actor, case_id)
        return RedirectResponse(f"/cases/{case_id}/transfer", status_code=303)

    return await rerender_on_error(session, work, lambda no: _case_page(
        request, session, actor, case_id, status_code=no.status, errors=no.errors))


def _inbox(request: Request, session: Session, actor: Actor, *, status_code: int = 200, **extra: Any) -> Response:
    rows = service.incoming_transfers(session, actor)
    agencies = {a.id: a.name for a in access_service.list_agencies(session)}
    return render(request, "transfers/incoming.html",
                  {"rows": rows, "agencies": agencies, "errors": {}, "failed_id": None, **_labels(request), **extra},
                  status_code=status_code)


@router.get("/transfers")
def incoming(request: Request, actor: Annotated[Actor, Requires(P.CASES_TRANSFER_DECIDE)],
             session: SessionDep) -> Response:
    return _inbox(request, session, actor)


@router.post("/transfers/{transfer_id}/accept")
async def accept(request: Request, transfer_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_TRANSFER_DECIDE)],
                 session: SessionDep) -> Response:
    def work() -> Response:
        transfer = service.accept_transfer(session, actor, transfer_id)
        return RedirectResponse(f"/cases/{transfer.case_id}", status_code=303)

    return await rerender_on_error(session, work, lambda no: _inbox(
        request, session, actor, status_code=no.status, errors=no.errors, failed_id=transfer_id))


@router.post("/transfers/{transfer_id}/refuse")
async def refuse(request: Request, transfer_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_TRANSFER_DECIDE)],
                 session: SessionDep) -> Response:
    v = await read_form(request, strip=True)

    def work() -> Response:
        service.refuse_transfer(session, actor, transfer_id, note=str(v.get("note") or ""))
        return RedirectResponse("/transfers", status_code=303)

    return await rerender_on_error(session, work, lambda no: _inbox(
        request, session, actor, status_code=no.status, errors=no.errors, failed_id=transfer_id))


@router.post("/cases/{case_id}/team/remove")
async def remove_from_team(request: Request, case_id: uuid.UUID,
                           actor: Annotated[Actor, Requires(P.CASES_CASE_ASSIGN)], session: SessionDep) -> Response:
    v = await read_form(request, strip=True)
    raw = str(v.get("user_id") or "")
    await run_in_threadpool(service.remove_from_team, session, actor, case_id,
                            user_id=int(raw) if raw.isdigit() else 0)
    return RedirectResponse(f"/cases/{case_id}#sec-assign", status_code=303)
