"""Uploads that never touch the disk: the route class of the tracing routers.

Starlette parses multipart bodies into ``SpooledTemporaryFile`` objects that roll over to a file
in the temp directory past 1 MB. A tracing upload is a photo of a missing person or an embassy's
list of names, and a plaintext copy in /tmp (kept until the request ends, recoverable after)
would break the rule that nothing personal reaches the disk unencrypted. These routes parse the
body themselves, before FastAPI or the CSRF check asks for it, with a parser whose spool never
rolls over; ``BodySizeLimit`` (RIHAI_UPLOAD_MAX_BYTES on upload paths) bounds what it can hold.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Coroutine
from contextlib import aclosing
from typing import Any

from fastapi import Request, Response
from starlette.formparsers import MultiPartException, MultiPartParser

from rihai.errors import Invalid
from rihai.web.routing import TransactionalRoute


class _InMemoryMultiPart(MultiPartParser):
    spool_max_size = sys.maxsize  # never roll over to a temp file


class InMemoryUploadRoute(TransactionalRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            if request.headers.get("content-type", "").startswith("multipart/form-data"):
                await parse_in_memory(request)
            return await handler(request)

        return route


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
