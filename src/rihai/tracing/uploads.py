"""The tracing routers' route class. Uploads (a missing person's photo, an embassy's list) are
parsed in memory, never spooled to a temp file: every ``TransactionalRoute`` now does that (see
``rihai.web.routing``), so this is that class under the name the tracing routers import."""

from __future__ import annotations

from rihai.web.routing import TransactionalRoute, parse_in_memory

InMemoryUploadRoute = TransactionalRoute

__all__ = ["InMemoryUploadRoute", "parse_in_memory"]
