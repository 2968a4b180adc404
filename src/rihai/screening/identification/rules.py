"""The combination rule: answers -> dimensions -> elements -> suggested status.

Implements the ILO/European Commission (2009) rule as documented in docs/identification.md:
a dimension is positive when its "yes" answers meet one of the strength thresholds in the data
file; an adult is a presumed victim when recruitment, exploitation and coercion/abuse of
vulnerability at destination are all indicated; a child when recruitment and exploitation are
(the Palermo Protocol does not require the means for children). "Possible" is Rihai's triage
tier for "all but one of the required elements" - see the docs for why.

Every function here is pure: no database, no clock, no I/O.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from .ilo_indicators import IdentificationInputError
from .schemas import (
    RANK, Assessment, DimensionResult, DimensionStatus, ElementResult, ForcedLabourFinding, Indicator,
    IndicatorSet, ScreeningDecision, Status, Strength, Text, Threshold,
)

_STRENGTH_UR = {Strength.strong: "مضبوط", Strength.medium: "درمیانہ", Strength.weak: "کمزور"}
STATUS_TEXT = {
    Status.presumed: Text(en="Presumed victim of trafficking", ur="انسانی تجارت (ٹریفکنگ) کا مفروضہ متاثرہ فرد"),
    Status.possible: Text(en="Possible victim of trafficking", ur="انسانی تجارت (ٹریفکنگ) کا ممکنہ متاثرہ فرد"),
    Status.not_indicated: Text(en="Trafficking not indicated", ur="انسانی تجارت (ٹریفکنگ) کی نشاندہی نہیں ہوئی"),
}


def threshold_met(counts: Mapping[Strength, int], thresholds: list[Threshold]) -> Threshold | None:
    """The first threshold the counts satisfy. Each indicator is counted once: ``medium_or_weak``
    only uses medium/weak indicators left over after ``medium`` and ``weak`` are taken, so
    "2 medium + 1 weak" cannot be met by two medium indicators alone."""
    s, m, w = counts[Strength.strong], counts[Strength.medium], counts[Strength.weak]
    for t in thresholds:
        if s >= t.strong and m >= t.medium and w >= t.weak and (m - t.medium) + (w - t.weak) >= t.medium_or_weak:
            return t
    return None


def _check_answers(answers: Mapping[str, bool | None], set_code: str, indicators: IndicatorSet) -> None:
    """Reject anything that would make the assessment silently wrong: a mistyped code would
    otherwise count as "unanswered", and an answer from another set as nothing at all."""
    if set_code not in indicators.sets:
        raise IdentificationInputError(f"unknown indicator set {set_code!r}; expected one of {sorted(indicators.sets)}",
                                       field="set_code")
    owner = {i.code: name for name, s in indicators.sets.items() for items in s.dimensions.values() for i in items}
    forced = {f.code for f in indicators.forced_labour}
    errors = []
    for code, value in answers.items():
        if not isinstance(code, str) or (code not in owner and code not in forced):
            errors.append({"field": str(code), "message": f"unknown indicator code {code!r}"})
        elif code in owner and owner[code] != set_code:
            errors.append({"field": code, "message": f"indicator {code} belongs to set {owner[code]}, not {set_code}"})
        elif value is not None and not isinstance(value, bool):
            # "no" as a string is truthy; only real booleans (or None for "unknown") are accepted.
            errors.append({"field": code, "message": f"answer for {code} must be true, false or null"})
    if errors:
        raise IdentificationInputError("; ".join(e["message"] for e in errors), field=errors[0]["field"],
                                       errors=errors)


def _element_status(indicated: set[str], group: str, indicators: IndicatorSet) -> Status:
    required = indicators.rules.required_elements[group]
    present = sum(1 for e in required if e in indicated)
    if present == len(required):
        return Status.presumed
    if present >= indicators.rules.possible_min_elements[group]:
        return Status.possible
    return Status.not_indicated


def _join(items: list[str], lang: str) -> str:
    return ("، " if lang == "ur" else "; ").join(items)


def _elements_text(es: list[ElementResult], dim_label: dict[str, Text], lang: str) -> str:
    """'Recruitment — Deceptive recruitment; Exploitation — ...': the element and the dimensions
    that indicated it, so the reader sees which part of the definition each answer supports."""
    sep = "، " if lang == "ur" else ", "
    parts = []
    for e in es:
        name = getattr(e.label, lang)
        dims = sep.join(getattr(dim_label[d], lang) for d in e.dimensions)
        parts.append(f"{name} — {dims}" if dims else name)
    return ("؛ " if lang == "ur" else "; ").join(parts)


def _status_reason(status: Status, group: str, present: list[ElementResult], missing: list[ElementResult],
                   dim_label: dict[str, Text]) -> Text:
    n, k = len(present) + len(missing), len(present)
    who_en, who_ur = ("a child", "بچے") if group == "child" else ("an adult", "بالغ")
    head_en, head_ur = STATUS_TEXT[status].en, STATUS_TEXT[status].ur
    got_en, got_ur = _elements_text(present, dim_label, "en"), _elements_text(present, dim_label, "ur")
    if status is Status.presumed:
        return Text(en=f"{head_en}: all {n} elements required for {who_en} are indicated: {got_en}.",
                    ur=f"{head_ur}: {who_ur} کے لیے درکار تمام {n} عناصر کی نشاندہی ہوئی ہے: {got_ur}۔")
    lack_en, lack_ur = _elements_text(missing, dim_label, "en"), _elements_text(missing, dim_label, "ur")
    if status is Status.possible:
        return Text(en=f"{head_en}: {k} of the {n} elements required for {who_en} are indicated ({got_en}); "
                       f"not indicated: {lack_en}.",
                    ur=f"{head_ur}: {who_ur} کے لیے درکار {n} میں سے {k} عناصر کی نشاندہی ہوئی ہے ({got_ur})؛ "
                       f"جن کی نشاندہی نہیں ہوئی: {lack_ur}۔")
    return Text(en=f"{head_en}: {k} of the {n} elements required for {who_en} are indicated"
                   f"{f' ({got_en})' if present else ''}; not indicated: {lack_en}.",
                ur=f"{head_ur}: {who_ur} کے لیے درکار {n} میں سے {k} عناصر کی نشاندہی ہوئی ہے"
                   f"{f' ({got_ur})' if present else ''}؛ جن کی نشاندہی نہیں ہوئی: {lack_ur}۔")


_CHILD_REASON = Text(
    en="For a child, coercion or abuse of vulnerability is not required: recruitment for exploitation is enough "
       "(Palermo Protocol, art. 3(c)).",
    ur="بچے کے معاملے میں جبر یا مجبوری کا فائدہ اٹھانا ثابت کرنا ضروری نہیں: استحصال کے لیے بھرتی ہی کافی ہے "
       "(پالرمو پروٹوکول، دفعہ 3(c))۔")


def _dimension_reason(d: DimensionResult, by_code: dict[str, Indicator]) -> Text:
    items = [by_code[c] for c in d.positive_indicators]
    en = _join([f"{i.label.en} ({i.strength.value})" for i in items], "en")
    ur = _join([f"{i.label.ur} ({_STRENGTH_UR[i.strength]})" for i in items], "ur")
    return Text(en=f"{d.label.en} is indicated by: {en}.", ur=f"«{d.label.ur}» کی نشاندہی ان اشاروں سے ہوتی ہے: {ur}۔")


def _insufficient_reason(share: float, upper: Status, unasked: list[Text]) -> Text:
    pct = round(share * 100)
    gap_en = gap_ur = ""
    if unasked:
        gap_en = f" Nothing was answered about: {_join([t.en for t in unasked], 'en')}."
        gap_ur = f" ان کے بارے میں کسی سوال کا جواب نہیں ملا: {_join([t.ur for t in unasked], 'ur')}۔"
    return Text(
        en=f"Insufficient information: {pct}% of the questions were answered, and the unanswered ones could still "
           f"change the suggestion to '{STATUS_TEXT[upper].en}'.{gap_en} Do not read this result as 'not a victim'.",
        ur=f"معلومات ناکافی ہیں: {pct}٪ سوالوں کے جواب ملے ہیں، اور باقی سوالوں کے جواب تجویز کو "
           f"'{STATUS_TEXT[upper].ur}' تک بدل سکتے ہیں۔{gap_ur} اس نتیجے کا مطلب 'متاثرہ نہیں' نہ سمجھیں۔")


def _reasons(status: Status, group: str, dims: list[DimensionResult], elements: list[ElementResult],
             by_code: dict[str, Indicator], indicators: IndicatorSet) -> list[Text]:
    required = indicators.rules.required_elements[group]
    dim_label = {d.code: d.label for d in dims}
    present = [e for e in elements if e.indicated and e.code in required]
    missing = [e for e in elements if not e.indicated and e.code in required]
    reasons = [_status_reason(status, group, present, missing, dim_label)]
    if group == "child":
        reasons.append(_CHILD_REASON)
    reasons += [_dimension_reason(d, by_code) for d in dims if d.status is DimensionStatus.indicated]
    return reasons


def _assess(yes: set[str], set_code: str, indicators: IndicatorSet, unknown: set[str]
            ) -> tuple[Status, list[DimensionResult], list[ElementResult]]:
    s = indicators.sets[set_code]
    thresholds = indicators.rules.dimension_positive_if_any
    dims = []
    for info in indicators.dimensions:
        items = s.dimensions[info.code]
        counts = {k: sum(1 for i in items if i.code in yes and i.strength is k) for k in Strength}
        best = {k: counts[k] + sum(1 for i in items if i.code in unknown and i.strength is k) for k in Strength}
        met = threshold_met(counts, thresholds)
        status = (DimensionStatus.indicated if met else
                  DimensionStatus.undetermined if threshold_met(best, thresholds) else DimensionStatus.not_indicated)
        dims.append(DimensionResult(
            code=info.code, label=info.label, element=info.element, status=status, counts=counts,
            positive_indicators=[i.code for i in items if i.code in yes], threshold_met=met,
            unanswered=[i.code for i in items if i.code in unknown]))
    elements = []
    for e in indicators.rules.elements:
        positive = [d.code for d in dims if d.code in e.dimensions and d.status is DimensionStatus.indicated]
        elements.append(ElementResult(code=e.code, label=e.label, indicated=bool(positive), dimensions=positive))
    status = _element_status({e.code for e in elements if e.indicated}, s.age_group, indicators)
    return status, dims, elements


def evaluate(answers: Mapping[str, bool | None], *, set_code: str, indicators: IndicatorSet) -> Assessment:
    """Turn interview answers into a suggested status with reasons in English and Urdu.

    ``answers`` maps indicator codes of ``set_code`` (and forced-labour codes ``FL-nn``) to
    True (yes), False (no) or None (unknown); a code that is absent counts as unknown. Raises
    ``IdentificationInputError`` for unknown codes, codes of another set or non-boolean answers.
    Adding a "yes" can never lower the suggested status (tested as a property).
    """
    _check_answers(answers, set_code, indicators)
    s = indicators.sets[set_code]
    all_items = [i for items in s.dimensions.values() for i in items]
    by_code = {i.code: i for i in all_items}
    yes = {c for c, v in answers.items() if v is True}
    unknown = {i.code for i in all_items if answers.get(i.code) is None}

    status, dims, elements = _assess(yes, set_code, indicators, unknown)
    upper, _, _ = _assess(yes | unknown, set_code, indicators, set())

    answered_share = round((len(all_items) - len(unknown)) / len(all_items), 4)
    required = indicators.rules.required_elements[s.age_group]
    element_dims = {e.code: e.dimensions for e in indicators.rules.elements}
    # An element about which nothing at all was asked is a gap even if the overall share is high.
    unasked = [e for e in required
               if all(i.code in unknown for d in element_dims[e] for i in s.dimensions[d])]
    insufficient = RANK[upper] > RANK[status] and (
        answered_share < indicators.rules.min_answered_share or bool(unasked))

    yes_concepts: dict[str, list[str]] = {}
    for i in all_items:
        if i.code in yes:
            yes_concepts.setdefault(i.concept, []).append(i.code)
    forced = []
    for fl in indicators.forced_labour:
        via = ([fl.code] if answers.get(fl.code) is True else []) + [
            code for concept in fl.related_concepts for code in yes_concepts.get(concept, [])]
        if via:
            forced.append(ForcedLabourFinding(code=fl.code, key=fl.key, label=fl.label, via=sorted(set(via))))

    reasons = _reasons(status, s.age_group, dims, elements, by_code, indicators)
    if insufficient:
        label = {e.code: e.label for e in indicators.rules.elements}
        reasons.append(_insufficient_reason(answered_share, upper, [label[e] for e in unasked]))

    return Assessment(
        set_code=set_code, indicators_version=indicators.version, rule_version=indicators.rules.version,
        status=status, status_if_unknowns_were_yes=upper, insufficient_information=insufficient,
        reasons=reasons,
        dimensions=dims, elements=elements, forced_labour=forced,
        unanswered=[i.code for i in all_items if i.code in unknown], answered_share=answered_share)


def decide(assessment: Assessment, *, status: Status | str, decided_by: int, reason: str,
           decided_at: datetime | None = None) -> ScreeningDecision:
    """Record the human decision next to the suggestion it was made on. The person decides:
    any status may be chosen, but the suggestion and rule version travel with it so that
    overrides can be reviewed."""
    extra = {"decided_at": decided_at} if decided_at is not None else {}
    return ScreeningDecision(status=Status(status), decided_by=decided_by, reason=reason,
                             suggested_status=assessment.status, rule_version=assessment.rule_version,
                             indicators_version=assessment.indicators_version, **extra)
