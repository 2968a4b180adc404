"""Pages for the same survivor at two agencies: the case page's "held by agency X" panel with its
request to link, the supervisors' inbox of link requests (accept, refuse) and unlinking.

No page names anything of the other agency's case: the panel shows the agency, the state and a
date; the inbox shows the holding supervisor their own case, who asks and why (reason codes as
words). Forms post plainly and come back to the page they were sent from.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service
from rihai.errors import RihaiError
from rihai.web.deps import SessionDep
from rihai.web.i18n import translations
from rihai.web.render import render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


def _words(request: Request) -> Any:
    gettext = translations(request_locale(request)).gettext
    return lambda code: gettext(service.LINK_LABELS.get(code, code)) if code else ""


def _panel(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, *,
           error: str | None = None, status_code: int = 200) -> Response:
    ctx = {"case_id": case_id, "hints": service.link_hints(session, actor, case_id), "error": error,
           "reasons": list(service.LinkReason), "words": _words(request)}
    return render(request, "cases/links_page.html", ctx, partial="cases/_links.html",
                  status_code=status_code)


@router.get("/cases/{case_id}/links")
def links_panel(request: Request, case_id: uuid.UUID,
                actor: Annotated[Actor, Requires(P.CASES_LINK_REQUEST)], session: SessionDep) -> Response:
    return _panel(request, session, actor, case_id)


@router.post("/cases/{case_id}/links")
async def request_link(request: Request, case_id: uuid.UUID,
                       actor: Annotated[Actor, Requires(P.CASES_LINK_REQUEST)], session: SessionDep,
                       candidate_id: Annotated[int, Form()], reason: Annotated[str, Form(max_length=32)],
                       note: Annotated[str, Form(max_length=1000)] = "") -> Response:
    def work() -> Response:
        service.request_link(session, actor, case_id, candidate_id=candidate_id, reason=reason, note=note)
        return RedirectResponse(f"/cases/{case_id}#sec-links", status_code=303)

    return await rerender_on_error(session, work, lambda no: _panel(
        request, session, actor, case_id, error=no.detail, status_code=no.status), catch=(RihaiError,))


def _inbox(request: Request, session: Session, actor: Actor, *, error: str | None = None,
           status_code: int = 200) -> Response:
    return render(request, "cases/link_inbox.html",
                  {"requests": service.link_inbox(session, actor), "error": error, "words": _words(request)},
                  status_code=status_code)


@router.get("/case-links")
def link_inbox(request: Request, actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)],
               session: SessionDep) -> Response:
    return _inbox(request, session, actor)


@router.post("/case-links/{link_id}/decide")
async def decide(request: Request, link_id: int, actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)],
                 session: SessionDep, decision: Annotated[str, Form(max_length=8)]) -> Response:
    def work() -> Response:
        service.decide_link(session, actor, link_id, accept=decision == "accept")
        return RedirectResponse("/case-links", status_code=303)

    return await rerender_on_error(session, work, lambda no: _inbox(
        request, session, actor, error=no.detail, status_code=no.status), catch=(RihaiError,))


@router.post("/case-links/{link_id}/unlink")
async def unlink(request: Request, link_id: int, actor: Annotated[Actor, Requires(P.CASES_LINK_DECIDE)],
                 session: SessionDep, back: Annotated[str, Form(max_length=80)] = "") -> Response:
    def work() -> Response:
        service.unlink(session, actor, link_id)
        # Back to the case page it was sent from (a local path only), else the inbox.
        target = back if back.startswith("/cases/") and "//" not in back else "/case-links"
        return RedirectResponse(target, status_code=303)

    return await rerender_on_error(session, work, lambda no: _inbox(
        request, session, actor, error=no.detail, status_code=no.status), catch=(RihaiError,))
