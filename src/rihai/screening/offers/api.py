"""JSON API: ``POST /api/v1/screen`` (text) and ``POST /api/v1/screen/image`` (a screenshot).

Public (no sign-in), rate-limited per client address. Nothing submitted is stored or logged: an
offer may name the person who received it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from pydantic import BaseModel, ConfigDict, Field

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid
from rihai.screening.offers import service
from rihai.screening.offers.assessment import Assessment
from rihai.screening.offers.ocr import OcrError
from rihai.web.deps import SessionDep
from rihai.web.ratelimit import SlidingWindowLimiter
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import read_upload

router = APIRouter(prefix="/api/v1/screen", route_class=TransactionalRoute, tags=["screening"])
UPLOAD_PATHS = ("/api/v1/screen/image", "/screen", "/api/v1/screen/register", "/admin/oep-register")


def make_limiter(per_minute: int) -> SlidingWindowLimiter:
    return SlidingWindowLimiter(per_minute, message="too many offers screened from this address; "
                                "wait a minute and try again", rule="screen-rate-limit")


class ScreenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=200_000,
                      description="The job offer or recruiter's message, in any mix of English, "
                                  "Urdu script and Roman Urdu")


class ImageAssessment(BaseModel):
    ocr_text: str
    assessment: Assessment


def limit(request: Request) -> None:
    client = request.client.host if request.client else "unknown"
    request.app.state.screen_limiter.check(client)


def ocr_text(request: Request, data: bytes) -> str:
    try:
        return request.app.state.ocr.image_to_text(data)
    except OcrError as exc:
        raise Invalid(str(exc), field="file", rule="readable-image") from exc


class RegisterSummary(BaseModel):
    rows: int
    imported_at: datetime | None
    source_name: str | None


@router.post("", response_model=Assessment)
def screen_text(body: ScreenRequest, request: Request,
                actor: Annotated[Actor, Requires(P.SCREENING_OFFER_SCREEN)], session: SessionDep) -> Assessment:
    limit(request)
    return service.assess_text(body.text, session)


@router.get("/register", response_model=RegisterSummary)
def register_summary(actor: Annotated[Actor, Requires(P.SCREENING_REGISTER_READ)],
                     session: SessionDep) -> RegisterSummary:
    return RegisterSummary(**service.register_summary(session))


@router.post("/register", response_model=RegisterSummary)
async def import_register(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_REGISTER_MANAGE)],
                          session: SessionDep,
                          file: Annotated[UploadFile, File(description="The BE&OE register, CSV or XLSX")]
                          ) -> RegisterSummary:
    from starlette.concurrency import run_in_threadpool

    data = await read_upload(request, file, what="images")

    def work() -> RegisterSummary:
        records = service.parse_register_upload(data, file.filename or "")
        service.import_register(session, actor, records, source_name=file.filename or "upload")
        return RegisterSummary(**service.register_summary(session))

    return await run_in_threadpool(work)


@router.post("/image", response_model=ImageAssessment)
async def screen_image(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_OFFER_SCREEN)],
                       session: SessionDep,
                       file: Annotated[UploadFile, File(description="PNG, JPEG, WebP or GIF")]) -> ImageAssessment:
    from starlette.concurrency import run_in_threadpool

    limit(request)
    data = await read_upload(request, file, what="images")
    text = await run_in_threadpool(ocr_text, request, data)
    if not text.strip():
        raise Invalid("no text could be read from this image", field="file", rule="readable-image")
    return ImageAssessment(ocr_text=text, assessment=await run_in_threadpool(service.assess_text, text, session))
