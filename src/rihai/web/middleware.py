"""ASGI middleware: the client's address, a cap on request bodies, a NUL-byte filter and the
security headers every response carries."""

from __future__ import annotations

import json
from collections.abc import Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rihai.web.headers import FORM_URLENCODED, MULTIPART_FORM, Network, client_address, scope_media_type

_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    # No inline script anywhere: HTMX is a same-origin file and behaviour lives in attributes.
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
     b"script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in _SECURITY_HEADERS:
                    if key not in present:
                        headers.append((key, value))
                if b"cache-control" not in present and not scope["path"].startswith("/static/"):
                    # Pages and API answers may hold personal data: keep them out of caches.
                    headers.append((b"cache-control", b"no-store"))
                if self.hsts:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ClientAddress:
    """Puts the one answer to "who is asking" (``rihai.web.headers.client_address``) into
    ``scope["client"]``, before anything reads it: the rate limits key on ``request.client.host``,
    and uvicorn's access log reads the same scope. The socket's peer stays in
    ``scope["rihai.peer"]``. Resolving an already resolved scope (uvicorn's own proxy handling,
    given the same trusted list by ``rihai serve``) answers the same address."""

    def __init__(self, app: ASGIApp, *, trusted: Sequence[Network] = ()) -> None:
        self.app = app
        self.trusted = tuple(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        peer = scope.get("client")
        scope["rihai.peer"] = peer
        forwarded = [v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-forwarded-for"]
        host = client_address(peer[0] if peer else None, forwarded, self.trusted)
        if peer is None or host != peer[0]:
            # Mutated in place, not copied: the server's access log holds this same dict.
            scope["client"] = (host, 0)
        await self.app(scope, receive, send)


class RejectNulBytes:
    """A NUL character in text is never meaningful here, and PostgreSQL refuses to store it: answer
    422 at the door rather than fail deep inside a write. Query strings and every body but a
    multipart upload (binary files, which pass untouched) are checked: FastAPI reads a body with
    no Content-Type, or ``application/anything+json``, as JSON, so a list of "text" types to check
    would let those past. The media type is read as the body parsers read it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query:
            await _refuse_nul(send)
            return
        ctype = scope_media_type(scope.get("headers", []))
        if ctype == MULTIPART_FORM or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        urlencoded = ctype == FORM_URLENCODED
        if b"\\u0000" in body or b"\x00" in body or (urlencoded and b"%00" in body):
            await _refuse_nul(send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse_nul(send: Send) -> None:
    body = json.dumps({"type": "about:blank", "title": "Invalid input", "status": 422,
                       "detail": "text may not contain NUL characters"}).encode()
    await send({"type": "http.response.start", "status": 422,
                "headers": [(b"content-type", b"application/problem+json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """Refuse bodies over ``max_bytes`` with 413, counting what arrives (Content-Length can lie)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, uploads: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # Exact paths that accept larger bodies (image uploads), each with its own cap.
        self.uploads = uploads or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.uploads.get(scope["path"], self.max_bytes)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _BodyTooLarge:
            await _too_large(send, limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps({"type": "about:blank", "title": "Payload too large", "status": 413,
                       "detail": f"request bodies are limited to {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/problem+json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
