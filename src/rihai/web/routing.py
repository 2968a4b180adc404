"""The edge commits: every route's transaction is committed here, after the endpoint returns and
before the response leaves. A failure at commit time becomes an error response, so a client is
never told "saved" about something that was not."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.concurrency import run_in_threadpool

from rihai.errors import Conflict, RihaiError, ServiceUnavailable


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
