"""Domain errors. Services raise these; ``install_error_handlers`` maps them to RFC 9457
problem+json in one place. Messages name rules and fields, never personal values."""

from __future__ import annotations

from typing import Any


class RihaiError(Exception):
    status = 400
    title = "Bad request"
    type_ = "about:blank"

    def __init__(self, detail: str, *, field: str | None = None, rule: str | None = None,
                 errors: list[dict[str, Any]] | None = None, persist: bool = False) -> None:
        super().__init__(detail)
        # Most errors roll the transaction back. A failed sign-in must still keep its audit row
        # and failure count, so those errors ask the edge to commit before answering.
        self.persist = persist
        self.detail = detail
        self.field = field
        self.rule = rule
        self.errors = errors or ([{"field": field, "message": detail}] if field else [])

    def problem(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"type": self.type_, "title": self.title, "status": self.status,
                                "detail": self.detail}
        if instance:
            body["instance"] = instance
        if self.rule:
            body["rule"] = self.rule
        if self.errors:
            body["errors"] = self.errors
        return body


class Invalid(RihaiError):
    status = 422
    title = "Invalid input"


class NotFound(RihaiError):
    status = 404
    title = "Not found"


class Unauthenticated(RihaiError):
    status = 401
    title = "Sign-in required"


class Forbidden(RihaiError):
    status = 403
    title = "Forbidden"


class Conflict(RihaiError):
    status = 409
    title = "Conflict"


class TooManyRequests(RihaiError):
    status = 429
    title = "Too many requests"


class PayloadTooLarge(RihaiError):
    status = 413
    title = "Payload too large"


class ServiceUnavailable(RihaiError):
    status = 503
    title = "Service unavailable"
