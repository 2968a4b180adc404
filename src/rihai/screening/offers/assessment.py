"""Output types of the screening engine (Pydantic v2, frozen, JSON-ready), and ``highlight``, which
cuts the screened text into the pieces its flags mark."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Span(_Frozen):
    """[start, end) character offsets into the ORIGINAL input text."""

    start: int
    end: int
    text: str


class Source(_Frozen):
    title: str
    url: str | None = None


class Flag(_Frozen):
    code: str
    kind: Literal["red_flag", "reassuring"]
    weight: float = Field(description="log-odds contribution to the rule score")
    explanation_en: str
    explanation_ur: str
    spans: list[Span] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)


class Advice(_Frozen):
    code: str
    en: str
    ur: str


class Phone(_Frozen):
    raw: str
    e164: str
    region: str | None = None
    mobile: bool = False
    messaging: bool = Field(False, description="appears next to WhatsApp/Telegram or in a wa.me link")
    obfuscated: bool = False
    span: Span


class Email(_Frozen):
    address: str
    domain: str
    free_mail: bool
    span: Span


class Url(_Frozen):
    url: str
    domain: str
    span: Span


class Handle(_Frozen):
    platform: Literal["whatsapp", "telegram", "unknown"]
    handle: str
    span: Span


class Money(_Frozen):
    amount: float
    currency: str
    period: Literal["hour", "day", "week", "month", "year"] | None = None
    usd_per_month: float | None = None
    salary_context: bool = False
    span: Span


class Destination(_Frozen):
    name: str
    country: str
    kind: str
    region: str
    source: str | None = None
    span: Span


class JobTitle(_Frozen):
    title: str
    span: Span


class Organisation(_Frozen):
    name: str
    span: Span


class LicenceMention(_Frozen):
    raw: str
    normalised: str
    span: Span


class Entities(_Frozen):
    phones: list[Phone] = Field(default_factory=list)
    emails: list[Email] = Field(default_factory=list)
    urls: list[Url] = Field(default_factory=list)
    handles: list[Handle] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    destinations: list[Destination] = Field(default_factory=list)
    job_titles: list[JobTitle] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    licences: list[LicenceMention] = Field(default_factory=list)


class RegisterRecord(_Frozen):
    licence_no: str
    name: str
    city: str | None = None
    status: str = "valid"
    expiry: date | None = None


class LicenceCheck(_Frozen):
    query_licence: str | None = None
    query_name: str | None = None
    status: Literal["licensed", "suspended_or_expired", "not_found"]
    record: RegisterRecord | None = None
    name_score: float | None = Field(None, description="rapidfuzz similarity 0-100 of the agency name")
    name_matches_licence: bool | None = None


class Assessment(_Frozen):
    risk: float = Field(ge=0.0, le=1.0)
    band: Literal["high", "medium", "low"]
    rule_logit: float
    model_probability: float | None
    red_flags: list[Flag]
    reassuring: list[Flag]
    entities: Entities
    licence_checks: list[LicenceCheck] = Field(default_factory=list)
    advice: list[Advice]
    confidence: Literal["normal", "low"] = "normal"
    notes: list[str] = Field(default_factory=list)
    truncated: bool = False
    analysed_chars: int
    indicators_version: str
    model_version: str | None = None


def highlight(text: str, assessment: Assessment) -> list[tuple[str, list[str]]]:
    """Split ``text`` into (segment, flag codes) pieces so the template can mark flagged spans."""
    marks: list[tuple[int, int, str]] = []
    for flag in [*assessment.red_flags, *assessment.reassuring]:
        for span in flag.spans:
            if 0 <= span.start < span.end <= len(text):
                marks.append((span.start, span.end, flag.code))
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces: list[tuple[str, list[str]]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        codes = sorted({code for s, e, code in marks if s <= a and b <= e})
        pieces.append((text[a:b], codes))
    return pieces
