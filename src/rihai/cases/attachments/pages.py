"""The attachments panel of the case page (loaded with ``hx-get``; a page of its own without
HTMX), its upload form and the download. A refused file re-renders the panel with the reason."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import SessionDep
from rihai.web.i18n import translations
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import read_optional_upload

from . import service
from .api import download
from .files import MAX_BYTES

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


def _panel(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, *, status_code: int = 200,
           **extra: Any) -> Response:
    gettext = translations(request_locale(request)).gettext
    rows = service.list_attachments(session, actor, case_id)
    writable = sorted(service.kinds_for(actor.roles)) if actor.can(P.CASES_ATTACHMENT_WRITE) else []
    ctx = {"case_id": case_id, "rows": rows, "me": actor.user_id, "supervisor": actor.sees_whole_agency, "kinds": writable, "errors": {}, "v": {},
           "al": lambda code: gettext(service.LABELS.get(code, code)),
           "people": access_service.display_names(session, [r.uploaded_by_id for r in rows]),
           "max_mb": MAX_BYTES // (1024 * 1024), **extra}
    return render(request, "attachments/page.html", ctx, partial="attachments/_panel.html",
                  status_code=status_code)


@router.get("/cases/{case_id}/attachments")
def attachments_panel(request: Request, case_id: uuid.UUID,
                      actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_READ)], session: SessionDep) -> Response:
    return _panel(request, session, actor, case_id)


@router.post("/cases/attachments")
async def attach(request: Request, session: SessionDep, actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_WRITE)],
                 case_id: Annotated[uuid.UUID, Form()], kind: Annotated[str, Form(max_length=24)] = "",
                 title: Annotated[str, Form(max_length=200)] = "") -> Response:
    """The upload form (the path holds no id: the body-size cap allows files on exact paths only)."""
    form = await request.form()
    # Read one byte past the cap at most: the verb refuses what is over it, with the form shown again.
    data = await read_optional_upload(form.get("file"), MAX_BYTES) or b""

    def work() -> Response:
        service.add_attachment(session, actor, case_id, kind=kind, data=data, title=title)
        if request.headers.get("hx-request") != "true":
            return RedirectResponse(f"/cases/{case_id}#sec-attachments", status_code=303)
        return _panel(request, session, actor, case_id, saved=True)

    def refused(no: Refusal) -> Response:
        return _panel(request, session, actor, case_id, status_code=no.status, errors=no.errors,
                      v={"kind": kind, "title": title})

    return await rerender_on_error(session, work, refused)


@router.post("/cases/attachments/remove")
async def remove(request: Request, session: SessionDep, actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_WRITE)],
                 attachment_id: Annotated[uuid.UUID, Form()]) -> Response:
    case_id = await run_in_threadpool(service.remove_attachment, session, actor, attachment_id)
    return RedirectResponse(f"/cases/{case_id}#sec-attachments", status_code=303)


@router.get("/attachments/{attachment_id}")
def attachment_file(attachment_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_READ)],
                    session: SessionDep) -> Response:
    return download(service.read_attachment(session, actor, attachment_id))
