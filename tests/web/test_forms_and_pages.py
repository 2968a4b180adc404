"""The shared form, page and refusal helpers of ``rihai.web`` (no database: a fake session records
whether the refusal was rolled back or kept)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from pydantic import BaseModel, Field, ValidationError, model_validator
from starlette.datastructures import FormData
from starlette.responses import Response

from rihai.errors import Conflict, Invalid, NotFound
from rihai.web.forms import error_key, errors_from, form_values, given, split_values
from rihai.web.pagination import Page, page_count
from rihai.web.render import Refusal, rerender_on_error


class _Trip(BaseModel):
    phones: list[str] = Field(default_factory=list, max_length=1)
    transit_countries: list[str] = Field(default_factory=list, max_length=1)
    home_district: str | None = None

    @model_validator(mode="after")
    def _district_needs_province(self) -> _Trip:
        if self.home_district:
            raise ValueError("home_district needs home_province")
        return self


def test_form_values_keep_repeated_rows_aligned_or_strip_them():
    form = FormData([("leg", "a"), ("leg", ""), ("leg", " b "), ("name", " N "), ("csrf_token", "t")])
    assert form_values(form, {"leg"}) == {"leg": ["a", "", " b "], "name": " N "}
    assert form_values(form, {"leg"}, strip=True) == {"leg": ["a", "b"], "name": "N"}


def test_small_helpers():
    assert split_values("a, b،c;\nd") == ["a", "b", "c", "d"]
    assert error_key(("person", "phones", 2)) == "person.phones"
    assert error_key(("events", 0, "country")) == "events.0.country"
    assert given({"a": "", "b": "x", "c": None}, ["a", "b", "c", "d"]) == {"b": "x"}


def test_errors_name_the_box_never_the_value():
    with pytest.raises(ValidationError) as caught:
        _Trip.model_validate({"phones": ["0300 1234567", "secret"], "transit_countries": ["AE", "QA"]})
    errors = errors_from(caught.value, renamed={"transit_countries": "transit_country"})
    assert set(errors) == {"phones", "transit_country"}
    assert "0300" not in str(errors)
    with pytest.raises(ValidationError) as caught:
        _Trip.model_validate({"home_district": "Quetta"})
    assert errors_from(caught.value) == {"form": "home_district needs home_province"}
    assert errors_from(caught.value, fields=["home_district"]) == {"home_district": "home_district needs home_province"}
    assert errors_from(Invalid("choose one", field="kind")) == {"kind": "choose one"}
    assert errors_from(Conflict("stale")) == {"form": "stale"}


def test_a_page_carries_total_capped_only_when_the_list_caps_its_count():
    assert Page[int](items=[1], total=1, page=1, page_size=25).model_dump(mode="json") == {
        "items": [1], "total": 1, "page": 1, "page_size": 25}
    assert Page[int](items=[], total=0, total_capped=False, page=1, page_size=25).model_dump()["total_capped"] is False
    assert page_count(0, 25) == 1 and page_count(26, 25) == 2


class _Session:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def rollback(self) -> None:
        self.calls.append("rollback")

    def commit(self) -> None:
        self.calls.append("commit")


def _run(work, catch=None):  # type: ignore[no-untyped-def]
    session = _Session()
    seen: list[Refusal] = []

    def refused(no: Refusal) -> Response:
        seen.append(no)
        return Response(str(no.errors), status_code=no.status)

    kwargs = {"catch": catch} if catch else {}
    # In a thread of its own: a browser test earlier in the run may leave an event loop running in
    # this one (Playwright's sync API), and asyncio.run refuses to start inside it.
    with ThreadPoolExecutor(max_workers=1) as pool:
        response = pool.submit(asyncio.run, rerender_on_error(session, work, refused, **kwargs)).result()
    return response, session.calls, seen


def test_a_refusal_rolls_back_and_re_renders_at_its_status():
    def work() -> Response:
        raise Invalid("choose a colleague", field="user_id")

    response, calls, seen = _run(work)
    assert response.status_code == 422 and calls == ["rollback"]
    assert seen[0].errors == {"user_id": "choose a colleague"} and seen[0].detail == "choose a colleague"


def test_a_schema_refusal_is_a_422_and_a_kept_refusal_is_committed():
    response, calls, _ = _run(lambda: _Trip.model_validate({"phones": ["1", "2"]}))
    assert response.status_code == 422 and calls == ["rollback"]

    async def audited() -> Response:
        raise NotFound("wrong reference or secret", persist=True)

    response, calls, _ = _run(audited)
    assert response.status_code == 404 and calls == ["commit"]


def test_success_and_uncaught_errors_pass_through():
    response, calls, _ = _run(lambda: Response("done", status_code=303))
    assert response.status_code == 303 and calls == []

    def forbidden() -> Response:
        raise Invalid("not this one")

    with pytest.raises(Invalid):
        _run(forbidden, catch=(Conflict,))
