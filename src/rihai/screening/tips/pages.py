"""Pages for reported offers: the public "report this offer" form (on the result of a screening)
and the investigators' list and detail of tips."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires, attach_presession_cookie
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid, RihaiError
from rihai.screening.offers.api import limit
from rihai.screening.offers.service import assess_text, flag_label, highlight
from rihai.screening.tips import service as tips
from rihai.web.deps import SessionDep
from rihai.web.pagination import PageNumber, page_count
from rihai.web.render import render, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)


@router.post("/screen/report")
async def report(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_TIP_CREATE)],
                 session: SessionDep, text: Annotated[str, Form(max_length=20_000)],
                 contact: Annotated[str, Form(max_length=200)] = "",
                 agree: Annotated[str, Form(max_length=8)] = "") -> Response:
    def reported(status_code: int, **extra: object) -> Response:
        return render(request, "tips/reported.html", {"text": text, "contact": contact, **extra},
                      partial="offers/_report.html", status_code=status_code)

    def work() -> Response:
        limit(request)
        if agree != "yes":
            raise Invalid("tick the box to agree that investigators may read this offer", field="agree")
        tip = tips.create_tip(session, actor, text=text, assessment=assess_text(text, session), contact=contact)
        return reported(201, reference=tip.reference)

    response = await rerender_on_error(session, work, lambda no: reported(no.status, report_error=no.detail),
                                       catch=(RihaiError,))
    return attach_presession_cookie(request, response)


@router.get("/tips")
def tip_list(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_TIP_READ)], session: SessionDep,
             page: PageNumber = 1, status: tips.TipStatus | None = None) -> Response:
    rows, total = tips.list_tips(session, actor, status=status, page=page)
    return render(request, "tips/tips.html", {"tips": rows, "total": total, "page": page,
                                                   "status": status, "statuses": list(tips.TipStatus),
                                                   "pages": page_count(total, 25), "flag_label": flag_label,
                                                   "status_labels": tips.TIP_STATUS_LABELS})


@router.get("/tips/{tip_id}")
def tip_page(request: Request, tip_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_TIP_READ)],
             session: SessionDep) -> Response:
    tip = tips.get_tip(session, actor, tip_id)
    assessment = assess_text(tip.text, session)
    return render(request, "tips/tip.html", {"tip": tip, "assessment": assessment,
                                                  "pieces": highlight(tip.text, assessment),
                                                  "statuses": list(tips.TipStatus), "flag_label": flag_label,
                                                   "status_labels": tips.TIP_STATUS_LABELS})


@router.post("/tips/{tip_id}/status")
async def tip_status(request: Request, tip_id: uuid.UUID, actor: Annotated[Actor, Requires(P.SCREENING_TIP_UPDATE)],
                     session: SessionDep, status: Annotated[str, Form(max_length=16)],
                     version: Annotated[int, Form(ge=1, le=2_147_483_647)]) -> Response:
    def panel(tip: tips.ScreeningTip, status_code: int = 200, **extra: object) -> Response:
        return render(request, "tips/_tip_status.html", {"tip": tip, "statuses": list(tips.TipStatus),
                                                           "status_labels": tips.TIP_STATUS_LABELS, **extra},
                      status_code=status_code)

    def work() -> Response:
        if status not in set(tips.TipStatus):
            raise Invalid("unknown status", field="status")
        tip = tips.set_status(session, actor, tip_id, status=tips.TipStatus(status), version=version)
        return panel(tip, saved=True)

    return await rerender_on_error(session, work, lambda no: panel(
        tips.get_tip(session, actor, tip_id), no.status, status_error=no.detail))
