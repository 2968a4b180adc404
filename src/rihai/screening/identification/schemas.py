"""Pydantic models: the indicator data file, the Assessment returned by ``evaluate``, and the
human ``ScreeningDecision`` that the later database layer stores.

The file models are strict (``extra="forbid"``) because a typo in a field name in a file the
coalition edits by hand must fail loudly at load time, not silently drop an indicator.
"""
from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

SetCode = Literal["adult_labour", "adult_sexual", "child_labour", "child_sexual"]
SET_CODES: tuple[str, ...] = ("adult_labour", "adult_sexual", "child_labour", "child_sexual")
# The six ILO dimensions, in the order the ILO tables list them; every set must have all six.
DIMENSION_CODES: tuple[str, ...] = (
    "deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability",
    "exploitative_conditions", "coercion_at_destination", "abuse_of_vulnerability_at_destination",
)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


class Strength(StrEnum):
    strong = "strong"
    medium = "medium"
    weak = "weak"


class Status(StrEnum):
    """Ordered from weakest to strongest; ``RANK`` gives the order for comparisons."""
    not_indicated = "not_indicated"
    possible = "possible"
    presumed = "presumed"


RANK = {Status.not_indicated: 0, Status.possible: 1, Status.presumed: 2}


class DimensionStatus(StrEnum):
    indicated = "indicated"
    not_indicated = "not_indicated"
    # Not indicated on the answers given, but unanswered questions could still make it so:
    # a caseworker must not read this as "ruled out".
    undetermined = "undetermined"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A string in English and Urdu. Both are required: a caseworker may work in either."""
    en: str = Field(min_length=1)
    ur: str = Field(min_length=1)

    @field_validator("ur")
    @classmethod
    def _urdu_script(cls, v: str) -> str:
        # Catches the easy mistake of pasting the English text into the Urdu slot.
        if not _ARABIC_SCRIPT.search(v):
            raise ValueError("Urdu text must be written in Urdu script")
        return v


# --- the data file -----------------------------------------------------------------------------

class Indicator(_Strict):
    code: str = Field(pattern=r"^[A-Z]{2}-[A-Z]{2}-\d{2}$")
    concept: str = Field(min_length=1)  # shared across sets; links to the forced-labour indicators
    strength: Strength
    origin: Literal["ilo_2009", "rihai"]
    label: Text
    question: Text
    help: Text | None = None


class IndicatorSetData(_Strict):
    age_group: Literal["adult", "child"]
    exploitation: Literal["labour", "sexual"]
    label: Text
    dimensions: dict[str, list[Indicator]]

    @field_validator("dimensions")
    @classmethod
    def _all_six(cls, v: dict[str, list[Indicator]]) -> dict[str, list[Indicator]]:
        if set(v) != set(DIMENSION_CODES):
            missing, extra = set(DIMENSION_CODES) - set(v), set(v) - set(DIMENSION_CODES)
            raise ValueError(f"dimensions must be exactly the six ILO dimensions; missing {sorted(missing)}, "
                             f"unknown {sorted(extra)}")
        for code, items in v.items():
            if not items:
                raise ValueError(f"dimension {code} has no indicators")
        return v


class ForcedLabourIndicator(_Strict):
    code: str = Field(pattern=r"^FL-\d{2}$")
    key: str
    label: Text
    question: Text
    help: Text | None = None
    related_concepts: list[str] = []


class DimensionInfo(_Strict):
    code: str
    abbreviation: str
    element: str
    label: Text


class Element(_Strict):
    code: str
    label: Text
    dimensions: list[str] = Field(min_length=1)


class Threshold(_Strict):
    """One way for a dimension to be positive: at least these many indicators of each kind.
    ``medium_or_weak`` counts medium and weak indicators not already used by ``medium``/``weak``."""
    strong: int = Field(0, ge=0)
    medium: int = Field(0, ge=0)
    weak: int = Field(0, ge=0)
    medium_or_weak: int = Field(0, ge=0)


class Rules(_Strict):
    version: str = Field(min_length=1)
    dimension_positive_if_any: list[Threshold] = Field(min_length=1)
    elements: list[Element] = Field(min_length=1)
    required_elements: dict[Literal["adult", "child"], list[str]]
    possible_min_elements: dict[Literal["adult", "child"], int]
    min_answered_share: float = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _consistent(self) -> Rules:
        for t in self.dimension_positive_if_any:
            if t.strong + t.medium + t.weak + t.medium_or_weak == 0:
                raise ValueError("a threshold that needs no indicator would make every dimension positive")
        codes = {e.code for e in self.elements}
        for group in ("adult", "child"):
            req = self.required_elements.get(group)
            if not req or not set(req) <= codes:
                raise ValueError(f"required_elements[{group}] must name known elements {sorted(codes)}")
            n = self.possible_min_elements.get(group)
            if n is None or not 1 <= n <= len(req):
                raise ValueError(f"possible_min_elements[{group}] must be between 1 and {len(req)}")
        dims = [d for e in self.elements for d in e.dimensions]
        if sorted(dims) != sorted(DIMENSION_CODES):
            raise ValueError("elements must group each of the six dimensions exactly once")
        return self


class Source(_Strict):
    trafficking: str
    trafficking_url: str
    forced_labour: str
    forced_labour_url: str
    note: str


class IndicatorSet(_Strict):
    """The whole data file, validated. Named after the brief's ``IndicatorSet``; it holds all four
    ILO sets plus the forced-labour list and the rule parameters, because a rule version only
    makes sense together with the indicators it was written for."""
    schema_: int = Field(alias="schema")
    version: str = Field(min_length=1)
    source: Source
    rules: Rules
    dimensions: list[DimensionInfo]
    sets: dict[SetCode, IndicatorSetData]
    forced_labour: list[ForcedLabourIndicator] = Field(min_length=1)

    @model_validator(mode="after")
    def _codes_unique_and_linked(self) -> IndicatorSet:
        if set(self.sets) != set(SET_CODES):
            raise ValueError(f"the file must define all four sets {list(SET_CODES)}")
        if sorted(d.code for d in self.dimensions) != sorted(DIMENSION_CODES):
            raise ValueError("dimensions must list the six ILO dimensions")
        seen: set[str] = set()
        concepts: set[str] = set()
        for set_code, s in self.sets.items():
            for ind in (i for items in s.dimensions.values() for i in items):
                if ind.code in seen:
                    raise ValueError(f"indicator code {ind.code} is used twice")
                seen.add(ind.code)
                concepts.add(ind.concept)
        for fl in self.forced_labour:
            if fl.code in seen:
                raise ValueError(f"indicator code {fl.code} is used twice")
            seen.add(fl.code)
            unknown = set(fl.related_concepts) - concepts
            if unknown:
                raise ValueError(f"{fl.code} relates to unknown concepts {sorted(unknown)}")
        return self

    def dimension(self, code: str) -> DimensionInfo:
        return next(d for d in self.dimensions if d.code == code)


# --- results -----------------------------------------------------------------------------------

class DimensionResult(BaseModel):
    code: str
    label: Text
    element: str
    status: DimensionStatus
    counts: dict[Strength, int]
    positive_indicators: list[str]  # codes answered "yes"; they are what made the dimension positive
    threshold_met: Threshold | None  # the first ILO combination that the "yes" answers satisfy
    unanswered: list[str]


class ElementResult(BaseModel):
    code: str
    label: Text
    indicated: bool
    dimensions: list[str]  # the indicated dimensions inside this element


class ForcedLabourFinding(BaseModel):
    code: str
    key: str
    label: Text
    via: list[str]  # the indicator codes (FL or ILO-2009) whose "yes" shows it


class Assessment(BaseModel):
    """A suggestion for the person deciding, never a decision. ``reasons`` are meant to be shown
    verbatim next to the suggested status."""
    set_code: SetCode
    indicators_version: str
    rule_version: str
    status: Status
    status_if_unknowns_were_yes: Status  # how far unanswered questions could still move it
    insufficient_information: bool
    reasons: list[Text]
    dimensions: list[DimensionResult]
    elements: list[ElementResult]
    forced_labour: list[ForcedLabourFinding]
    unanswered: list[str]
    answered_share: float


class ScreeningDecision(BaseModel):
    """The human decision on a screening, stored by the later database layer. The rule and file
    versions are kept so a decision can be re-read against the exact questions that were asked."""
    model_config = ConfigDict(extra="forbid")

    status: Status
    decided_by: int = Field(gt=0)  # user id of the caseworker/officer
    reason: str = Field(min_length=1, max_length=4000)
    suggested_status: Status
    rule_version: str = Field(min_length=1)
    indicators_version: str = Field(min_length=1)
    decided_at: AwareDatetime = Field(default_factory=lambda: datetime.now(UTC))

    @field_validator("reason")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        # The reason is what a reviewer reads months later; whitespace is no reason.
        if not v.strip():
            raise ValueError("a reason is required")
        return v.strip()

    @property
    def overrides_suggestion(self) -> bool:
        return self.status != self.suggested_status
