"""JSON API under ``/api/v1/tracing``: public filing and status check (rate-limited per client
address), desk requests, list imports, match runs, candidates and decisions."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile, status
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid
from rihai.tracing import images, matchruns, service
from rihai.tracing.schemas import (
    CandidateRead,
    CandidateStatus,
    CandidateSummary,
    Contribution,
    Decision,
    ImportRead,
    ListKind,
    MatchRunRead,
    PhotoRead,
    RequestStatus,
    StatusAnswer,
    StatusCheck,
    TracingRequestCreate,
    TracingRequestCreated,
    TracingRequestRead,
    TracingRequestSummary,
)
from rihai.web.deps import IdPath, SessionDep
from rihai.web.pagination import Page, PageNumber, PageSize
from rihai.web.ratelimit import SlidingWindowLimiter
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import private_image, read_optional_upload, read_upload

router = APIRouter(prefix="/api/v1/tracing", route_class=TransactionalRoute, tags=["tracing"])
# Exact paths allowed bodies up to RIHAI_UPLOAD_MAX_BYTES (the others stay small): list uploads, and
# the forms and endpoint that carry a photo (capped again, at ``images.MAX_BYTES``, when read).
UPLOAD_PATHS = ("/api/v1/tracing/imports", "/tracing/imports", "/api/v1/tracing/photos", "/tracing/photos",
                "/api/v1/tracing/public-photos", "/trace", "/tracing/requests", "/tracing/encoded")
PUBLIC_PER_MINUTE = 10


def limit(request: Request) -> None:
    """Per client address, shared by the public form, the status page and their API twins."""
    state = request.app.state
    limiter = getattr(state, "tracing_limiter", None)
    if limiter is None:
        limiter = state.tracing_limiter = SlidingWindowLimiter(
            PUBLIC_PER_MINUTE, message="too many tracing requests or status checks from this address; "
            "wait a minute and try again", rule="tracing-rate-limit")
    limiter.check(request.client.host if request.client else "unknown")


def _json_strings(text: str, name: str) -> dict[str, str] | None:
    """A form field holding a JSON object of strings (None when blank); the error names the field only."""
    try:
        value = json.loads(text) if text.strip() else None
    except ValueError as exc:
        raise Invalid(f"{name} must be a JSON object", field=name, rule="json") from exc
    if value is not None and not (isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items())):
        raise Invalid(f"{name} must be a JSON object of text -> text", field=name, rule="json")
    return value


def import_read(session, imp) -> ImportRead:  # type: ignore[no-untyped-def]
    out = ImportRead.model_validate(imp)
    out.already_imported = service.already_imported(session, imp)
    return out


def candidate_summary(c, seen: service.Sight) -> CandidateSummary:  # type: ignore[no-untyped-def]
    """A candidate as listed: its scores only to a reviewer who sees both records, and a side's
    id and kind only to one who sees that side."""
    out = CandidateSummary.model_validate(c)
    if not seen.both:
        out.probability = out.match_weight = None
    if not seen.request:
        out.request_id = None
    if not seen.other:
        out.other_kind = out.other_id = None
    return out


def candidate_read(view: service.CandidateView) -> CandidateRead:
    c = view.candidate
    return CandidateRead(**candidate_summary(c, view.sight).model_dump(),
                         waterfall=[Contribution(**s) for s in view.waterfall],
                         request_fields=view.request_fields, other_fields=view.other_fields,
                         request_visible=view.sight.request, other_visible=view.other_visible,
                         held_by=view.held_by, awaiting_agency=view.awaiting, proposed_at=c.proposed_at,
                         actions=list(view.actions))


@router.post("/public-requests", response_model=TracingRequestCreated, status_code=status.HTTP_201_CREATED)
def submit(body: TracingRequestCreate, request: Request, session: SessionDep,
           actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)]) -> TracingRequestCreated:
    limit(request)
    req, secret = service.submit_request(session, actor, data=body)
    return TracingRequestCreated(id=req.id, reference=req.reference, secret=secret)


@router.post("/status", response_model=StatusAnswer)
def check_status(body: StatusCheck, request: Request, session: SessionDep,
                 actor: Annotated[Actor, Requires(P.TRACING_STATUS_CHECK)]) -> StatusAnswer:
    limit(request)
    return service.check_status(session, actor, reference=body.reference, secret=body.secret)


@router.post("/requests", response_model=TracingRequestCreated, status_code=status.HTTP_201_CREATED)
def create(body: TracingRequestCreate, session: SessionDep,
           actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)]) -> TracingRequestCreated:
    req, secret = service.create_request(session, actor, data=body)
    return TracingRequestCreated(id=req.id, reference=req.reference, secret=secret)


@router.get("/requests", response_model=Page[TracingRequestSummary])
def list_requests(session: SessionDep, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)],
                  status_: Annotated[RequestStatus | None, Query(alias="status")] = None,
                  page: PageNumber = 1, page_size: PageSize = 25) -> Page[TracingRequestSummary]:
    rows, total = service.list_requests(session, actor, status=status_, page=page, page_size=page_size)
    return Page(items=[TracingRequestSummary.model_validate(r) for r in rows], total=total,
                page=page, page_size=page_size)


@router.get("/requests/{request_id}", response_model=TracingRequestRead)
def read_request(request_id: uuid.UUID, session: SessionDep,
                 actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)]) -> TracingRequestRead:
    return TracingRequestRead.model_validate(service.get_request(session, actor, request_id))


@router.post("/imports", response_model=ImportRead, status_code=status.HTTP_201_CREATED)
async def import_list(request: Request, session: SessionDep,
                      actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)],
                      file: Annotated[UploadFile, File(description="CSV or XLSX, one person a row")],
                      source_agency: Annotated[str, Form(max_length=200)],
                      kind: Annotated[ListKind, Form()],
                      country: Annotated[str, Form(max_length=8)] = "",
                      mapping: Annotated[str, Form(max_length=20_000, description=(
                          "JSON {heading: field}; omitted: guessed from headings and values"))] = "",
                      readings: Annotated[str, Form(max_length=20_000, description=(
                          'JSON {heading: "dmy" | "mdy"} for date columns; omitted: decided from the '
                          "values, day first when they do not show the order"))] = "",
                      countries: Annotated[str, Form(max_length=100_000, description=(
                          'JSON {country text: ISO code, or "" to leave blank; "*": the answer for any '
                          "other}: for country texts the names table does not know (else 422 country-unknown)"))] = "",
                      ) -> ImportRead:
    data = await read_upload(request, file, what="lists")
    chosen = _json_strings(mapping, "mapping")
    chosen_readings = _json_strings(readings, "readings")
    chosen_countries = _json_strings(countries, "countries")

    def work() -> ImportRead:
        imp = service.stage_import(session, actor, data=data, filename=file.filename or "",
                                   source_agency=source_agency, kind=kind, country=country or None)
        return import_read(session, service.store_import(session, actor, imp.id, mapping=chosen,
                                                         readings=chosen_readings, countries=chosen_countries))

    return await run_in_threadpool(work)


@router.get("/imports", response_model=Page[ImportRead])
def list_imports(session: SessionDep, actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)],
                 page: PageNumber = 1) -> Page[ImportRead]:
    rows, total = service.list_imports(session, actor, page=page)
    return Page(items=[import_read(session, r) for r in rows], total=total, page=page, page_size=25)


@router.get("/imports/{import_id}", response_model=ImportRead)
def read_import(import_id: IdPath, session: SessionDep,
                actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)]) -> ImportRead:
    return import_read(session, service.get_import(session, actor, import_id))


@router.post("/match", response_model=MatchRunRead, status_code=status.HTTP_202_ACCEPTED)
def run_match(request: Request, session: SessionDep,
              actor: Annotated[Actor, Requires(P.TRACING_MATCH_RUN)]) -> MatchRunRead:
    """Queue a match run (or join the one already waiting); poll ``/match/runs/{id}``."""
    run = service.enqueue_match(session, actor)
    wake_worker(request, session)
    return run_read(run)


@router.get("/match/runs/{run_id}", response_model=MatchRunRead)
def read_run(run_id: IdPath, request: Request, session: SessionDep,
             actor: Annotated[Actor, Requires(P.TRACING_MATCH_RUN)]) -> MatchRunRead:
    run = service.get_run(session, actor, run_id)
    nudge_worker(request, run)
    return run_read(run)


def nudge_worker(request: Request, run) -> None:  # type: ignore[no-untyped-def]
    """A run still queued when someone looks (say, queued before a restart) gets a worker now.
    The run was committed long ago, so the worker can be woken at once."""
    if run.status == "queued":
        worker = matchruns.worker_for(request.app)
        if worker is not None:
            worker.wake()


def run_read(run) -> MatchRunRead:  # type: ignore[no-untyped-def]
    out = MatchRunRead.model_validate(run)
    out.stage, out.progress = service.progress_of(run)
    return out


def wake_worker(request: Request, session) -> None:  # type: ignore[no-untyped-def]
    """Start (or wake) the app's worker once the request has committed the queued run."""
    worker = matchruns.worker_for(request.app)
    if worker is not None:
        matchruns.wake_after_commit(session, worker)


@router.post("/photos", response_model=PhotoRead, status_code=status.HTTP_201_CREATED)
async def add_photo(request: Request, session: SessionDep,
                    actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)],
                    request_id: Annotated[uuid.UUID, Form()],
                    file: Annotated[UploadFile, File(description="JPEG, PNG or WebP, at most 5 MB")]) -> PhotoRead:
    """Add or replace the photo of a request your agency owns; it is re-encoded without metadata."""
    data = await read_optional_upload(file, images.MAX_BYTES) or b""
    row = await run_in_threadpool(service.attach_photo, session, actor, request_id, data=data)
    return PhotoRead(request_id=row.request_id, media_type=row.media_type, width=row.width, height=row.height)


@router.post("/public-photos", response_model=PhotoRead, status_code=status.HTTP_201_CREATED)
async def add_family_photo(request: Request, session: SessionDep,
                           actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)],
                           reference: Annotated[str, Form(max_length=40)],
                           secret: Annotated[str, Form(max_length=80)],
                           file: Annotated[UploadFile, File(description="JPEG, PNG or WebP, at most 5 MB")]) -> PhotoRead:
    """The family adds the photo to its open request with the reference and secret (never in the
    URL); rate-limited with the status check. Re-encoded without metadata before it is stored."""
    limit(request)
    data = await read_optional_upload(file, images.MAX_BYTES) or b""
    row = await run_in_threadpool(service.attach_family_photo, session, actor, reference=reference,
                                  secret=secret, data=data)
    return PhotoRead(request_id=row.request_id, media_type=row.media_type, width=row.width, height=row.height)


@router.post("/public-photos/removal", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
             responses={404: {"description": "wrong reference or secret, or no photo stored"}})
def remove_family_photo(body: StatusCheck, request: Request, session: SessionDep,
                        actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)]) -> Response:
    """The family removes the photo of its request with the reference and secret (in the body, never
    the URL); rate-limited with the status check. The photo is deleted, not hidden."""
    limit(request)
    service.remove_family_photo(session, actor, reference=body.reference, secret=body.secret)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/requests/{request_id}/photo", response_class=Response,
            responses={200: {"content": {"image/jpeg": {}}}})
def read_photo(request_id: uuid.UUID, session: SessionDep,
               actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)]) -> Response:
    photo = service.request_photo(session, actor, request_id)
    return private_image(photo.data, photo.media_type)


@router.delete("/requests/{request_id}/photo", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def remove_photo(request_id: uuid.UUID, session: SessionDep,
                 actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)]) -> Response:
    """Remove the photo of a request your agency owns (404 when there is none)."""
    service.remove_photo(session, actor, request_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/candidates", response_model=Page[CandidateSummary])
def list_candidates(session: SessionDep, actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)],
                    status_: Annotated[CandidateStatus, Query(alias="status")] = CandidateStatus.PENDING,
                    page: PageNumber = 1) -> Page[CandidateSummary]:
    rows, total = service.list_candidates(session, actor, status=status_, page=page)
    seen = service.sights(session, actor, rows)
    return Page(items=[candidate_summary(c, seen[c.id]) for c in rows], total=total, page=page, page_size=25)


@router.get("/candidates/{candidate_id}", response_model=CandidateRead)
def read_candidate(candidate_id: uuid.UUID, session: SessionDep,
                   actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)]) -> CandidateRead:
    return candidate_read(service.get_candidate(session, actor, candidate_id))


@router.post("/candidates/{candidate_id}/decision", response_model=CandidateSummary)
def decide(candidate_id: uuid.UUID, body: Decision, session: SessionDep,
           actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)]) -> CandidateSummary:
    """Confirm or reject with sight of both records (or, as the desk a proposal waits for, accept
    or refuse it); propose a match you see only your side of. Refused: 403 ``needs-both-sides``,
    ``owning-desk-answers``, ``sees-neither-side``; 409 on a stale version or a decided candidate."""
    if body.decision == "propose":
        cand = service.propose(session, actor, candidate_id, version=body.version)
    else:
        cand = service.decide(session, actor, candidate_id, confirm=body.decision == "confirm", version=body.version)
    return candidate_summary(cand, service.sights(session, actor, [cand])[cand.id])


class VersionIn(BaseModel):
    version: int


@router.post("/requests/{request_id}/close", response_model=TracingRequestSummary)
def close_request(request_id: uuid.UUID, body: VersionIn, session: SessionDep,
                  actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)]) -> TracingRequestSummary:
    """The owning agency closes a request; the family's status page then says "closed"."""
    return TracingRequestSummary.model_validate(service.close_request(session, actor, request_id,
                                                                     version=body.version))


class ContactRead(BaseModel):
    id: int
    request_id: uuid.UUID
    contacted_on: date
    means: str
    outcome: str
    note: str | None
    created_by_id: int | None
    created_at: datetime


@router.get("/requests/{request_id}/contacts", response_model=list[ContactRead])
def list_contacts(request_id: uuid.UUID, session: SessionDep,
                  actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)]) -> list[ContactRead]:
    """The contact log of a request the caller may read, newest first."""
    return [ContactRead.model_validate(c, from_attributes=True)
            for c in service.list_contacts(session, actor, request_id)]


@router.post("/requests/{request_id}/contacts", response_model=ContactRead, status_code=status.HTTP_201_CREATED)
def log_contact(request_id: uuid.UUID, body: service.ContactIn, session: SessionDep,
                actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)]) -> ContactRead:
    """The desk holding the request records an attempt to reach the family (409 ``owner-contacts``
    for a request it has not taken up; 422 for a date in the future)."""
    return ContactRead.model_validate(service.log_contact(session, actor, request_id, data=body),
                                      from_attributes=True)
