"""The edge commits: every route's transaction is committed here, after the endpoint returns and
before the response leaves. A failure at commit time becomes an error response, so a client is
never told "saved" about something that was not.

Uploads never touch the disk: Starlette parses multipart bodies into ``SpooledTemporaryFile``
objects that roll over to a file in the temp directory past 1 MB, and an upload here is a photo of
a missing person, an embassy's list of names or a screenshot of someone's chat with a recruiter;
a plaintext copy in /tmp (recoverable after the request) would break the rule that nothing
personal reaches the disk unencrypted. Every route parses such a body itself, before FastAPI or
the CSRF check asks for it, with a parser whose spool never rolls over; ``BodySizeLimit`` bounds
what it can hold."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import sys
from contextlib import aclosing

from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.formparsers import MultiPartException, MultiPartParser
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.concurrency import run_in_threadpool

from rihai.errors import Conflict, Invalid, RihaiError, ServiceUnavailable
from rihai.web.headers import MULTIPART_FORM, media_type


class _InMemoryMultiPart(MultiPartParser):
    spool_max_size = sys.maxsize  # never roll over to a temp file


async def parse_in_memory(request: Request) -> None:
    # Request caches the parsed form in ``_form``; FastAPI's body reading and the CSRF check then
    # use this parse instead of starting their own (which would spool to disk).
    if getattr(request, "_form", None) is not None:
        return
    try:
        async with aclosing(request.stream()) as stream:
            request._form = await _InMemoryMultiPart(request.headers, stream, max_files=10,  # noqa: SLF001
                                                     max_fields=200).parse()
    except MultiPartException as exc:
        raise Invalid("the upload could not be read as a form", rule="multipart") from exc


def _finish(request: Request, *, commit: bool) -> None:
    session = getattr(request.state, "db", None)
    if session is None:
        return
    if not commit:
        session.rollback()
        return
    try:
        session.commit()
    except (IntegrityError, StaleDataError) as exc:
        session.rollback()
        raise Conflict("the change collided with another one; reload and try again",
                       rule="commit-conflict") from exc
    except DBAPIError as exc:
        session.rollback()
        raise ServiceUnavailable("the database could not save this; nothing was changed. "
                                 "Try again in a moment.", rule="commit-failed") from exc


class TransactionalRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def transactional(request: Request) -> Response:
            # Admission first: a request waiting here holds no thread, session or lock, so the
            # ones admitted always finish (a cap on threads instead could leave the holder of
            # SQLite's write lock without a thread to commit in).
            gate = getattr(request.app.state, "request_gate", None)
            if gate is None:
                return await run(request)
            async with gate:
                return await run(request)

        async def run(request: Request) -> Response:
            # Read as Starlette's form parser reads it: ``MULTIPART/Form-Data`` is multipart too,
            # and would otherwise reach Starlette's own (spooling) parser.
            if media_type(request.headers.get("content-type")) == MULTIPART_FORM:
                await parse_in_memory(request)
            try:
                response = await handler(request)
            except RihaiError as exc:
                await run_in_threadpool(_finish, request, commit=exc.persist)
                raise
            except Exception:
                await run_in_threadpool(_finish, request, commit=False)
                raise
            await run_in_threadpool(_finish, request, commit=response.status_code < 400)
            return response

        return transactional
