"""Pages for reported offers: the public "report this offer" form (on the result of a screening)
and the investigators' list and detail of tips."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires, attach_presession_cookie
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid, RihaiError
from rihai.screening.offers.api import limit
from rihai.screening.offers.service import assess_text, highlight
from rihai.screening.tips import service as tips
from rihai.web.deps import SessionDep
from rihai.web.render import render
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


@router.post("/screen/report")
async def report(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_TIP_CREATE)],
                 session: SessionDep, text: Annotated[str, Form(max_length=20_000)],
                 contact: Annotated[str, Form(max_length=200)] = "",
                 agree: Annotated[str, Form(max_length=8)] = "") -> Response:
    ctx: dict[str, object] = {"text": text, "contact": contact}
    try:
        limit(request)
        if agree != "yes":
            raise Invalid("tick the box to agree that investigators may read this offer", field="agree")

        def work() -> tips.ScreeningTip:
            return tips.create_tip(session, actor, text=text, assessment=assess_text(text, session),
                                   contact=contact)

        tip = await run_in_threadpool(work)
        ctx["reference"] = tip.reference
        status = 201
    except RihaiError as exc:
        ctx["report_error"], status = exc.detail, exc.status
    return attach_presession_cookie(request, render(request, "tips/reported.html", ctx,
                                                    partial="offers/_report.html", status_code=status))


@router.get("/tips")
def tip_list(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_TIP_READ)], session: SessionDep,
             page: Annotated[int, Query(ge=1, le=100_000)] = 1,
             status: tips.TipStatus | None = None) -> Response:
    rows, total = tips.list_tips(session, actor, status=status, page=page)
    return render(request, "tips/tips.html", {"tips": rows, "total": total, "page": page,
                                                   "status": status, "statuses": list(tips.TipStatus),
                                                   "pages": max(1, -(-total // 25))})


@router.get("/tips/{tip_id}")
def tip_page(request: Request, tip_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_TIP_READ)],
             session: SessionDep) -> Response:
    tip = tips.get_tip(session, actor, tip_id)
    assessment = assess_text(tip.text, session)
    return render(request, "tips/tip.html", {"tip": tip, "assessment": assessment,
                                                  "pieces": highlight(tip.text, assessment),
                                                  "statuses": list(tips.TipStatus)})


@router.post("/tips/{tip_id}/status")
def tip_status(request: Request, tip_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_TIP_UPDATE)],
               session: SessionDep, status: Annotated[str, Form(max_length=16)],
               version: Annotated[int, Form(ge=1, le=2_147_483_647)]) -> Response:
    try:
        tip = tips.set_status(session, actor, tip_id, status=tips.TipStatus(status), version=version)
        ctx: dict[str, object] = {"tip": tip, "statuses": list(tips.TipStatus), "saved": True}
        code = 200
    except (RihaiError, ValueError, ValidationError) as exc:
        session.rollback()
        tip = tips.get_tip(session, actor, tip_id)
        ctx = {"tip": tip, "statuses": list(tips.TipStatus),
               "status_error": exc.detail if isinstance(exc, RihaiError) else "unknown status"}
        code = exc.status if isinstance(exc, RihaiError) else 422
    return render(request, "tips/_tip_status.html", ctx, status_code=code)
