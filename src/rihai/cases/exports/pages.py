"""Downloads: a case's summary (PDF) and the case list (CSV). Both answer as attachments that no
cache keeps."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import SessionDep
from rihai.web.render import request_locale
from rihai.web.routing import TransactionalRoute

from ..codes import CaseStatus
from . import service

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


def _download(file: service.ExportFile) -> Response:
    return Response(file.data, media_type=file.media_type, headers={
        "Content-Disposition": f'attachment; filename="{file.filename}"',
        "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store, private"})


@router.get("/cases/{case_id}/summary.pdf")
def case_summary(request: Request, case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)],
                 session: SessionDep) -> Response:
    """In the page's language (``?lang=ur`` for Urdu)."""
    return _download(service.case_summary_pdf(session, actor, case_id, locale=request_locale(request)))


@router.get("/exports/cases.csv")
def case_list(actor: Annotated[Actor, Requires(P.CASES_CASE_EXPORT)], session: SessionDep,
              status: Annotated[CaseStatus | None, Query()] = None) -> Response:
    return _download(service.case_list_csv(session, actor, status=status))
