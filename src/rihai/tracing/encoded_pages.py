"""Desk pages for a partner's encoded list: upload (beside the list import), the report with its
candidates ("held by the embassy in Bangkok, row 143"), and the desk's confirm / reject."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.tracing import service
from rihai.web.deps import IdPath, SessionDep
from rihai.web.render import render, rerender_on_error
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import read_upload

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


def _lists_page(request: Request, session, actor: Actor, *, error: str | None = None,  # type: ignore[no-untyped-def]
                code: int = 200) -> Response:
    rows, total = service.list_encoded(session, actor)
    return render(request, "tracing/encoded_lists.html", {
        "rows": rows, "total": total, "error": error,
        "partners": service.partners(request.app.state.settings.data_dir)}, status_code=code)


@router.get("/tracing/encoded")
def encoded_lists(request: Request, actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)],
                  session: SessionDep) -> Response:
    return _lists_page(request, session, actor)


@router.post("/tracing/encoded")
async def encoded_upload(request: Request, actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)],
                         session: SessionDep, file: Annotated[UploadFile, File()],
                         partner: Annotated[str, Form(max_length=64)] = "",
                         source_agency: Annotated[str, Form(max_length=200)] = "") -> Response:
    """Import and match at once (the encoding of our side runs in a worker thread)."""
    async def work() -> Response:
        data = await read_upload(request, file, what="lists")
        lst = await run_in_threadpool(service.import_encoded, session, actor, data=data,
                                      filename=file.filename or "", partner=partner,
                                      source_agency=source_agency,
                                      data_dir=request.app.state.settings.data_dir)
        return RedirectResponse(f"/tracing/encoded/{lst.id}", status_code=303)

    return await rerender_on_error(session, work, lambda no: _lists_page(request, session, actor,
                                                                         error=no.detail, code=no.status))


def _list_page(request: Request, session, actor: Actor, list_id: int, *,  # type: ignore[no-untyped-def]
               error: str | None = None, code: int = 200) -> Response:
    lst, matches = service.get_encoded(session, actor, list_id)
    return render(request, "tracing/encoded_list.html", {"lst": lst, "matches": matches, "error": error},
                  status_code=code)


@router.get("/tracing/encoded/{list_id}")
def encoded_list(request: Request, list_id: IdPath, session: SessionDep,
                 actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)]) -> Response:
    return _list_page(request, session, actor, list_id)


@router.post("/tracing/encoded/candidates/{candidate_id}/decision")
async def encoded_decide(request: Request, candidate_id: uuid.UUID, session: SessionDep,
                         actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)],
                         decision: Annotated[str, Form(pattern="^(confirm|reject)$")],
                         version: Annotated[int, Form(ge=1, le=2_147_483_647)],
                         list_id: Annotated[int, Form(ge=1, le=2_147_483_647)]) -> Response:
    def work() -> Response:
        service.decide_encoded(session, actor, candidate_id, confirm=decision == "confirm", version=version)
        return RedirectResponse(f"/tracing/encoded/{list_id}", status_code=303)

    return await rerender_on_error(session, work, lambda no: _list_page(request, session, actor, list_id,
                                                                        error=no.detail, code=no.status))
