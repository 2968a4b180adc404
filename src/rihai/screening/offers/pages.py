"""The public page "Is this job offer safe?": paste an offer or upload a screenshot, see the risk,
the red flags highlighted in the text, and what to do. No sign-in; nothing is stored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires, attach_presession_cookie
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid, RihaiError
from rihai.screening.offers import service
from rihai.screening.offers.api import limit, ocr_text
from rihai.web.deps import SessionDep
from rihai.web.render import Refusal, render, rerender_on_error
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import read_upload

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
MAX_FORM_TEXT = 20_000


@router.get("/screen")
def screen_form(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_OFFER_SCREEN)]) -> Response:
    return attach_presession_cookie(request, render(request, "offers/screen.html", {}))


@router.post("/screen")
async def screen_submit(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_OFFER_SCREEN)],
                        session: SessionDep, text: Annotated[str, Form(max_length=MAX_FORM_TEXT)] = "",
                        image: Annotated[UploadFile | None, File()] = None) -> Response:
    ctx: dict[str, object] = {"text": text, "flag_label": service.flag_label}

    def result(status_code: int = 200) -> Response:
        return render(request, "offers/screen.html", ctx, partial="offers/_result.html", status_code=status_code)

    async def work() -> Response:
        offer = text
        limit(request)
        if image is not None and image.filename:
            data = await read_upload(request, image, what="images")
            offer = await run_in_threadpool(ocr_text, request, data)
            ctx.update(text=offer, from_image=True)
        if not offer.strip():
            raise Invalid("paste the offer's text or choose a screenshot", field="text")
        assessment = await run_in_threadpool(service.assess_text, offer, session)
        ctx.update(assessment=assessment, pieces=service.highlight(offer, assessment),
                   flags_by_code={f.code: f for f in [*assessment.red_flags, *assessment.reassuring]},
                   on_watchlist=await run_in_threadpool(_on_published_watchlist, request, session, assessment))
        return await run_in_threadpool(result)

    def refused(no: Refusal) -> Response:
        ctx["error"] = no.detail
        return result(no.status)

    response = await rerender_on_error(session, work, refused, catch=(RihaiError,))
    return attach_presession_cookie(request, response)


def _on_published_watchlist(request: Request, session, assessment) -> list[str]:  # type: ignore[no-untyped-def]
    """The offer's phones that are on a *published* watchlist, asked of the checker the app
    installs (``app.state.published_watchlist``: the recruiter networks' answer, a domain above
    this one). Only a published list may answer here: the page is public, and a trafficker could
    test their own number against what agencies know internally."""
    check = getattr(request.app.state, "published_watchlist", None)
    if check is None:
        return []
    return [p.e164 for p in assessment.entities.phones if p.e164 and check(session, "phone", p.e164)]


@router.get("/admin/oep-register")
def register_page(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_REGISTER_MANAGE)],
                  session: SessionDep) -> Response:
    return render(request, "offers/register.html", {"summary": service.register_summary(session)})


@router.post("/admin/oep-register")
async def register_upload(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_REGISTER_MANAGE)],
                          session: SessionDep, file: Annotated[UploadFile, File()]) -> Response:
    def page(status_code: int = 200, **ctx: object) -> Response:
        return render(request, "offers/register.html", {**ctx, "summary": service.register_summary(session)},
                      status_code=status_code)

    async def work() -> Response:
        data = await read_upload(request, file, what="images")

        def store() -> Response:
            records = service.parse_register_upload(data, file.filename or "")
            service.import_register(session, actor, records, source_name=file.filename or "upload")
            return page(imported=True)

        return await run_in_threadpool(store)

    return await rerender_on_error(session, work, lambda no: page(no.status, error=no.detail), catch=(RihaiError,))
