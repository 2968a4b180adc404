"""One page of a list, for the JSON API and the HTML lists alike: the page model every list answers
with, the query parameters that ask for a page, and how many pages a total fills.

Queries page themselves in SQL (``rihai.db.paged``, or a domain's own plan where a plain
``OFFSET``/``COUNT`` is too slow); this module only describes the page."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, Field

T = TypeVar("T")

PageNumber = Annotated[int, Query(ge=1, le=100_000)]
PageSize = Annotated[int, Query(ge=1, le=100)]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Matching rows; counted up to a cap where total_capped is given")
    # Only a list that stops counting at a cap says whether it reached it (cases, and referrals,
    # which always answered false); the other lists never carried the key, so it is left out.
    total_capped: bool | None = Field(default=None, exclude_if=lambda value: value is None)
    page: int
    page_size: int


def page_count(total: int, page_size: int) -> int:
    """How many pages ``total`` rows fill: at least one, so an empty list still has its page 1."""
    return max(1, -(-total // page_size))
