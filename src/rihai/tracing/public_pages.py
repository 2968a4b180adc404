"""The family's pages, without an account: file a tracing request (``/trace``), check its status
with the reference and secret (``/trace/status``) and take its photo back (``/trace/photo``). The
reference and secret travel by POST only, so neither lands in a URL, a browser history or a server
log. All are rate-limited per client address."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires, attach_presession_cookie
from rihai.access.permissions import Permission as P
from rihai.errors import RihaiError
from rihai.tracing import service
from rihai.tracing.api import limit, read_photo_upload
from rihai.tracing.schemas import TracingRequestCreate
from rihai.tracing.uploads import InMemoryUploadRoute
from rihai.validators import countries, pakistan_admin
from rihai.web.deps import SessionDep
from rihai.web.render import render, request_locale

router = APIRouter(route_class=InMemoryUploadRoute, include_in_schema=False)

TEXT_FIELDS = ("given_name", "family_name", "name_urdu", "father_name", "sex", "birth_date", "age",
               "cnic", "passport", "home_province", "home_district", "departure_date",
               "destination_country", "last_contact_date", "last_contact_place", "last_contact_means",
               "recruiter_name", "recruiter_phone", "recruiter_agency", "recruiter_licence",
               "contact_name", "contact_relation", "contact_phone")


def form_context(request: Request, values: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    locale = request_locale(request)
    names = countries("ur" if locale == "ur" else "en")
    return {"values": values, "errors": errors,
            "countries": sorted(names.items(), key=lambda kv: kv[1]),
            "provinces": [(code, p["ur" if locale == "ur" else "en"]) for code, p in pakistan_admin().items()]}


async def read_form(request: Request) -> dict[str, Any]:
    form = await request.form()
    values: dict[str, Any] = {k: str(form.get(k) or "").strip()[:400] for k in (*TEXT_FIELDS, "phones", "transit_country")}
    values["consent_contact"] = form.get("consent_contact") == "yes"
    values["consent_share"] = form.get("consent_share") == "yes"
    return values


async def read_photo(request: Request) -> bytes | None:
    """The optional photo field of the request form (the parsed form is cached by Starlette)."""
    form = await request.form()
    return await read_photo_upload(form.get("photo"))


def to_schema(values: dict[str, Any]) -> TracingRequestCreate:
    data: dict[str, Any] = {k: values[k] for k in TEXT_FIELDS if values.get(k)}
    data["phones"] = [p.strip() for p in values.get("phones", "").replace("،", ",").split(",") if p.strip()]
    data["transit_countries"] = [values["transit_country"]] if values.get("transit_country") else []
    data["consent_contact"], data["consent_share"] = values["consent_contact"], values["consent_share"]
    return TracingRequestCreate.model_validate(data)


def errors_from(exc: ValidationError | RihaiError) -> dict[str, str]:
    """field -> message (rule wording only, never the value)."""
    errors: dict[str, str] = {}
    if isinstance(exc, ValidationError):
        for err in exc.errors():
            loc = [str(p) for p in err.get("loc", ()) if not str(p).isdigit()]
            msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            key = loc[0] if loc else "form"
            if key == "transit_countries":
                key = "transit_country"
            if key == "form" or not loc:
                for name in ("home_district", "birth_date", "departure_date", "last_contact_date"):
                    if msg.startswith(name):
                        key = name
            errors.setdefault(key, msg)
        return errors
    errors[exc.field or "form"] = exc.detail
    return errors


@router.get("/trace")
def trace_form(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)]) -> Response:
    return attach_presession_cookie(request, render(request, "tracing/trace.html", form_context(request, {}, {})))


@router.post("/trace")
async def trace_submit(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)],
                       session: SessionDep) -> Response:
    values = await read_form(request)
    try:
        limit(request)
        data = to_schema(values)
        photo = await read_photo(request)
        req, secret = await run_in_threadpool(service.submit_request, session, actor, data=data, photo=photo)
    except (ValidationError, RihaiError) as exc:
        code = exc.status if isinstance(exc, RihaiError) else 422
        ctx = form_context(request, values, errors_from(exc))
        return attach_presession_cookie(request, render(request, "tracing/trace.html", ctx, status_code=code))
    return attach_presession_cookie(request, render(request, "tracing/filed.html",
                                                    {"reference": req.reference, "secret": secret},
                                                    status_code=201))


@router.get("/trace/status")
def status_form(request: Request, actor: Annotated[Actor, Requires(P.TRACING_STATUS_CHECK)]) -> Response:
    return attach_presession_cookie(request, render(request, "tracing/status.html", {}))


def _answer(request: Request, template: str, work: Callable[[], dict[str, Any]]) -> Response:
    """Render ``template`` with what ``work`` returns, or with its refusal (a wrong reference or
    secret, the rate limit) at the refusal's status. Shared by the pages that take the reference and
    secret; ``work`` runs after the rate limit."""
    try:
        limit(request)
        context = work()
    except RihaiError as exc:
        # A failed check's audit row is kept (``persist``): see check_status.
        return attach_presession_cookie(request, render(request, template, {"error": exc.detail},
                                                        status_code=exc.status))
    return attach_presession_cookie(request, render(request, template, context))


@router.post("/trace/status")
def status_check(request: Request, actor: Annotated[Actor, Requires(P.TRACING_STATUS_CHECK)],
                 session: SessionDep, reference: Annotated[str, Form(max_length=40)],
                 secret: Annotated[str, Form(max_length=80)]) -> Response:
    return _answer(request, "tracing/status.html", lambda: {
        "answer": service.check_status(session, actor, reference=reference, secret=secret)})


@router.get("/trace/photo")
def photo_removal_form(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)]) -> Response:
    return attach_presession_cookie(request, render(request, "tracing/photo_remove.html", {}))


@router.post("/trace/photo")
def photo_removal(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)],
                  session: SessionDep, reference: Annotated[str, Form(max_length=40)],
                  secret: Annotated[str, Form(max_length=80)]) -> Response:
    def remove() -> dict[str, Any]:
        service.remove_family_photo(session, actor, reference=reference, secret=secret)
        return {"removed": True}

    return _answer(request, "tracing/photo_remove.html", remove)
