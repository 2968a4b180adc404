"""Loading the versioned indicator file and choosing a set.

The indicators are data, not code, so the coalition can revise a question or its Urdu wording
without a release. Each revision gets a new ``version``; older files are kept as
``ilo_indicators-<version>.json`` so a past screening can be re-read with the rules it used.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import ValidationError

from rihai.errors import Invalid

from .schemas import SET_CODES, IndicatorSet

_PACKAGE = "rihai.screening.identification.data"
_CURRENT = "ilo_indicators.json"
ADULT_AGE = 18  # Palermo Protocol art. 3(d) and Pakistan's PTPA 2018: a child is under 18


class IndicatorFileError(RuntimeError):
    """The data file is missing or malformed. A deployment fault, not the user's: it must stop
    the screening rather than produce an assessment from half a rule set."""


class IdentificationInputError(Invalid):
    """Answers or arguments that cannot be evaluated; maps to 422 through ``rihai.errors``."""


def _read(name: str) -> IndicatorSet:
    try:
        raw = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise IndicatorFileError(f"indicator file {name} not found") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IndicatorFileError(f"indicator file {name} is not valid JSON: {exc}") from exc
    try:
        return IndicatorSet.model_validate(data)
    except ValidationError as exc:
        # Keep pydantic's location paths (e.g. sets.adult_labour.dimensions...): they point the
        # editor straight at the broken entry.
        raise IndicatorFileError(f"indicator file {name} is malformed:\n{exc}") from exc


def available_versions() -> list[str]:
    names = [p.name for p in resources.files(_PACKAGE).iterdir()]
    older = sorted(n[len("ilo_indicators-"):-len(".json")] for n in names
                   if n.startswith("ilo_indicators-") and n.endswith(".json"))
    return [*older, _read(_CURRENT).version]


@lru_cache(maxsize=8)
def load_indicators(version: str | None = None) -> IndicatorSet:
    """Load and validate the indicator file: the current one, or a named earlier ``version``.

    Pure apart from reading a packaged file; cached because the result is immutable (frozen
    models) and the web form loads it on every request.
    """
    current = _read(_CURRENT)
    if version is None or version == current.version:
        return current
    try:
        older = _read(f"ilo_indicators-{version}.json")
    except IndicatorFileError as exc:
        if "not found" in str(exc):
            raise IndicatorFileError(
                f"no indicator file for version {version!r}; available: {available_versions()}") from exc
        raise
    if older.version != version:
        raise IndicatorFileError(f"ilo_indicators-{version}.json declares version {older.version!r}")
    return older


def set_for(age: int | None, exploitation: Literal["labour", "sexual"]) -> str:
    """The ILO set to use for a person (child = under 18).

    An unknown age gets the CHILD set, following the presumption of minority (EU Directive
    2011/36 art. 13(2), UNICEF guidance): the child rule needs fewer elements, so nobody is
    screened out for lack of a birth certificate. A caseworker who knows the person is an adult
    enters an age."""
    if exploitation not in ("labour", "sexual"):
        raise IdentificationInputError("exploitation must be 'labour' or 'sexual'", field="exploitation")
    if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 130):
        raise IdentificationInputError("age must be a whole number of years between 0 and 130", field="age")
    group = "adult" if age is not None and age >= ADULT_AGE else "child"
    code = f"{group}_{exploitation}"
    assert code in SET_CODES
    return code
