"""Every error becomes RFC 9457 problem+json for the API, or a page for the browser, here and only
here. Validation errors name the field and the rule; the submitted value is never echoed, because it
may be a survivor's name or CNIC."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response

from rihai.errors import Invalid, RihaiError
from rihai.web.i18n import LOCALES

log = logging.getLogger("rihai.web")


class ProblemResponse(JSONResponse):
    media_type = "application/problem+json"


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "json" in accept and "html" not in accept


def _field_path(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) or "body"


def validation_problem(exc: RequestValidationError) -> Invalid:
    errors = []
    for err in exc.errors():
        msg = str(err.get("msg", "invalid"))
        # Pydantic prefixes messages of custom validators with "Value error, ".
        msg = msg.removeprefix("Value error, ")
        errors.append({"field": _field_path(tuple(err.get("loc", ()))), "message": msg,
                       "type": err.get("type")})
    first = errors[0] if errors else {"field": "body", "message": "invalid"}
    return Invalid(f"{first['field']}: {first['message']}", field=first["field"], errors=errors)


def _respond(request: Request, problem: RihaiError) -> Response:
    if wants_json(request):
        headers = {"WWW-Authenticate": "Bearer"} if problem.status == 401 else None
        return ProblemResponse(problem.problem(instance=request.url.path), status_code=problem.status,
                               headers=headers)
    if problem.status == 401 and request.method == "GET":
        # A language chosen in the link survives the detour through sign-in.
        lang = request.query_params.get("lang")
        carried = f"&lang={quote(lang)}" if lang in LOCALES else ""
        return RedirectResponse(f"/login?next={quote(request.url.path)}{carried}", status_code=303)
    from rihai.web.render import render  # late: templates need the app state

    return render(request, "error.html", {"problem": problem}, partial="_error.html",
                  status_code=problem.status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RihaiError)
    async def _rihai(request: Request, exc: RihaiError) -> Response:
        return _respond(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, validation_problem(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        problem = RihaiError(str(exc.detail) if exc.status_code != 404 else "no such page")
        problem.status = exc.status_code
        problem.title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
        return _respond(request, problem)

    @app.exception_handler(DataError)
    async def _data(request: Request, exc: DataError) -> Response:
        # The database refused a value the validators let through (an encoding it cannot store, a
        # number out of its range): the caller's input, so a 422, and nothing was saved.
        log.warning("database refused a value on %s %s", request.method, request.url.path)
        return _respond(request, Invalid("a value could not be stored; check the input and try again",
                                         rule="storable-value"))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # Log the type and where, not the message: messages of driver errors can carry values.
        log.error("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
        problem = RihaiError("something went wrong on our side; nothing was saved")
        problem.status = 500
        problem.title = "Internal error"
        return _respond(request, problem)
