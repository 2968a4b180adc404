"""Browser pages for case work: dashboard, case list, search, create, view and edit."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import RedirectResponse, Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service
from rihai.cases.codes import CaseStatus
from rihai.web.deps import SessionDep
from rihai.web.render import render
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


@router.get("/")
def dashboard(request: Request, actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_READ)],
              session: SessionDep, page: Annotated[int, Query(ge=1, le=100_000)] = 1,
              status: CaseStatus | None = None) -> Response:
    """Everyone lands here; what they see depends on their role."""
    if actor.extra.get("mfa") == "pending":
        return RedirectResponse("/mfa", status_code=303)
    if not actor.can(P.CASES_CASE_READ):
        return render(request, "cases/home_nocases.html", {})
    cases, total = service.list_cases(session, actor, status=status, page=page, page_size=25)
    counts = service.count_visible(session, actor)
    return render(request, "cases/dashboard.html",
                  {"cases": cases, "total": total, "page": page, "status": status, "counts": counts,
                   "statuses": list(CaseStatus), "display_name": service.display_name,
                   "pages": max(1, -(-total // 25))},
                  partial="cases/_case_table.html")
