"""The family's pages, without an account: file a tracing request (``/trace``), check its status
with the reference and secret (``/trace/status``) and take its photo back (``/trace/photo``). The
reference and secret travel by POST only, so neither lands in a URL, a browser history or a server
log. All are rate-limited per client address."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires, attach_presession_cookie
from rihai.access.permissions import Permission as P
from rihai.errors import RihaiError
from rihai.tracing import images, service
from rihai.tracing.api import limit
from rihai.tracing.schemas import TracingRequestCreate
from rihai.validators import countries, pakistan_admin
from rihai.web.deps import SessionDep
from rihai.web.forms import errors_from
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import read_optional_upload

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)

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
    return await read_optional_upload(form.get("photo"), images.MAX_BYTES)


def to_schema(values: dict[str, Any]) -> TracingRequestCreate:
    data: dict[str, Any] = {k: values[k] for k in TEXT_FIELDS if values.get(k)}
    data["phones"] = [p.strip() for p in values.get("phones", "").replace("،", ",").split(",") if p.strip()]
    data["transit_countries"] = [values["transit_country"]] if values.get("transit_country") else []
    data["consent_contact"], data["consent_share"] = values["consent_contact"], values["consent_share"]
    return TracingRequestCreate.model_validate(data)


def form_errors(exc: ValidationError | RihaiError) -> dict[str, str]:
    """field -> message for the request form: one box (``transit_country``) fills a list, and the
    schema's rules across fields name the box they are about."""
    return errors_from(exc, renamed={"transit_countries": "transit_country"},
                       fields=("home_district", "birth_date", "departure_date", "last_contact_date"))


def refused_form(request: Request, template: str, values: dict[str, Any],
                 photo: bytes | None = None) -> Callable[[Refusal], Response]:
    """The request form again, with what was typed and the errors beside the boxes. A photo that
    was sent is not kept for the retry (it would have to wait somewhere, and a family's photo is
    the most identifying thing on the form): the summary says to choose it again."""
    return lambda no: render(request, template, {**form_context(request, values, form_errors(no.error)),
                                                 "photo_sent": photo is not None}, status_code=no.status)


@router.get("/trace")
def trace_form(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)]) -> Response:
    return attach_presession_cookie(request, render(request, "tracing/trace.html", form_context(request, {}, {})))


@router.post("/trace")
async def trace_submit(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)],
                       session: SessionDep) -> Response:
    values = await read_form(request)
    photo = await read_photo(request)

    def work() -> Response:
        limit(request)
        req, secret = service.submit_request(session, actor, data=to_schema(values), photo=photo)
        return render(request, "tracing/filed.html", {"reference": req.reference, "secret": secret},
                      status_code=201)

    response = await rerender_on_error(session, work, refused_form(request, "tracing/trace.html", values, photo))
    return attach_presession_cookie(request, response)


@router.get("/trace/status")
def status_form(request: Request, actor: Annotated[Actor, Requires(P.TRACING_STATUS_CHECK)]) -> Response:
    return attach_presession_cookie(request, render(request, "tracing/status.html", {}))


async def _answer(request: Request, session: Session, template: str, work: Callable[[], dict[str, Any]]
                  ) -> Response:
    """Render ``template`` with what ``work`` returns, or with its refusal (a wrong reference or
    secret, the rate limit) at the refusal's status. Shared by the pages that take the reference and
    secret; ``work`` runs after the rate limit. A failed check's audit row is kept (``persist``):
    see check_status."""
    def answer() -> Response:
        limit(request)
        return render(request, template, work())

    response = await rerender_on_error(session, answer, lambda no: render(
        request, template, {"error": no.detail}, status_code=no.status), catch=(RihaiError,))
    return attach_presession_cookie(request, response)


@router.post("/trace/status")
async def status_check(request: Request, actor: Annotated[Actor, Requires(P.TRACING_STATUS_CHECK)],
                 session: SessionDep, reference: Annotated[str, Form(max_length=40)],
                 secret: Annotated[str, Form(max_length=80)]) -> Response:
    return await _answer(request, session, "tracing/status.html", lambda: {
        "answer": service.check_status(session, actor, reference=reference, secret=secret)})


@router.get("/trace/photo")
def photo_removal_form(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)]) -> Response:
    return attach_presession_cookie(request, render(request, "tracing/photo_remove.html", {}))


@router.post("/trace/photo")
async def photo_removal(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_SUBMIT)],
                  session: SessionDep, reference: Annotated[str, Form(max_length=40)],
                  secret: Annotated[str, Form(max_length=80)]) -> Response:
    def remove() -> dict[str, Any]:
        service.remove_family_photo(session, actor, reference=reference, secret=secret)
        return {"removed": True}

    return await _answer(request, session, "tracing/photo_remove.html", remove)
