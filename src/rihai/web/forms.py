"""Reading HTML forms and naming their errors, for every page router.

A submitted form becomes a dict of plain strings (lists for the repeated fields), kept as typed so a
refused form can be shown again with it; a refusal becomes ``field -> message`` for the template to
put beside each field. Messages are the rules' wording, never the value typed (it may be personal).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import Request
from pydantic import ValidationError

from rihai.errors import RihaiError

# The CSRF check reads the token from the body; it is not one of the form's values.
_NOT_VALUES = frozenset({"csrf_token"})


def form_values(form: Any, multi: Iterable[str] = (), *, strip: bool = False) -> dict[str, Any]:
    """The submitted ``form`` as plain strings (lists for the repeated fields named in ``multi``), to
    re-render it as typed. With ``strip``, values lose surrounding spaces and repeated fields their
    blank entries; without it, repeated fields keep their blanks, so lists filled side by side (a
    route's legs: type, country, place, date) stay aligned row by row."""
    multi = frozenset(multi)
    out: dict[str, Any] = {}
    for key in {k for k, _ in form.multi_items()} - _NOT_VALUES:
        items = [x for x in form.getlist(key) if isinstance(x, str)]
        if strip:
            items = [x.strip() for x in items]
        if key in multi:
            out[key] = [x for x in items if x] if strip else items
        else:
            out[key] = items[0] if items else ""
    return out


async def read_form(request: Request, multi: Iterable[str] = (), *, strip: bool = False) -> dict[str, Any]:
    return form_values(await request.form(), multi, strip=strip)


def opt(value: Any) -> str | None:
    """Blank text is "not given"."""
    text = (value or "").strip() if isinstance(value, str) else value
    return text or None


def given(values: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """The named fields that were filled in, as schema input (a blank box is "not given")."""
    return {k: values[k] for k in keys if k in values and values[k] not in ("", None)}


def drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: x for k, x in data.items() if x is not None}


def split_values(text: str | None) -> list[str]:
    # Commas (Latin or Urdu), semicolons or new lines separate several values typed in one box.
    return [p.strip() for p in re.split(r"[,;\n،؛]", text or "") if p.strip()]


def error_key(loc: Iterable[Any]) -> str:
    # ("person", "phones", 2) -> "person.phones"; ("events", 0, "country") stays "events.0.country".
    parts = [str(p) for p in loc]
    while parts and parts[-1].isdigit():
        parts.pop()
    return ".".join(parts) or "form"


def errors_from(exc: ValidationError | RihaiError, *, renamed: Mapping[str, str] | None = None,
                fields: Iterable[str] = ()) -> dict[str, str]:
    """field -> message, the first message of each field.

    ``renamed`` maps a schema's field to the form's box that fills it (``transit_countries`` is
    typed in ``transit_country``). A rule across fields (a model validator) has no field of its
    own; when its message starts with one of ``fields``, the error goes beside that box instead of
    the top of the form."""
    renamed = renamed or {}
    errors: dict[str, str] = {}
    if isinstance(exc, ValidationError):
        for err in exc.errors():
            key = error_key(err.get("loc", ()))
            msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            if key == "form":
                key = next((name for name in fields if msg.startswith(name)), key)
            errors.setdefault(renamed.get(key, key), msg)
        return errors
    for err in exc.errors or []:
        key = err.get("field") or "form"
        errors.setdefault(renamed.get(key, key), str(err.get("message") or exc.detail))
    if not errors:
        errors["form"] = exc.detail
    return errors
