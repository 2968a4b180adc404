"""The combination rule, on the real indicator file: thresholds, elements, the child rule,
forced labour, reasons, insufficient information, bad input and the human decision."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rihai.screening.identification import (
    DimensionStatus, IdentificationInputError, Status, Strength, decide, evaluate, load_indicators, threshold_met,
)
from rihai.screening.identification.schemas import RANK

IND = load_indicators()


def codes(set_code: str, dimension: str, strength: str, n: int) -> list[str]:
    found = [i.code for i in IND.sets[set_code].dimensions[dimension] if i.strength.value == strength]
    assert len(found) >= n, f"{set_code}/{dimension} has fewer than {n} {strength} indicators"
    return found[:n]


def yes(*groups: list[str]) -> dict[str, bool]:
    return {c: True for g in groups for c in g}


def dim(assessment, code):
    return next(d for d in assessment.dimensions if d.code == code)


# --- dimension thresholds (ILO 2009) ----------------------------------------------------------

CD = "coercion_at_destination"  # adult_labour: 4 strong, 10 medium, 1 weak - every combination fits


@pytest.mark.parametrize("strong, medium, weak, indicated", [
    (2, 0, 0, True),   # 2 strong
    (1, 1, 0, True),   # 1 strong + 1 medium
    (1, 0, 1, True),   # 1 strong + 1 weak
    (0, 3, 0, True),   # 3 medium
    (0, 2, 1, True),   # 2 medium + 1 weak
    (1, 0, 0, False),  # 1 strong alone
    (0, 1, 0, False),  # 1 medium alone
    (0, 2, 0, False),  # 2 medium
    (0, 1, 1, False),  # 1 medium + 1 weak
    (0, 0, 1, False),  # weak alone is never enough
])
def test_dimension_threshold_edges(strong, medium, weak, indicated):
    answers = yes(codes("adult_labour", CD, "strong", strong), codes("adult_labour", CD, "medium", medium),
                  codes("adult_labour", CD, "weak", weak))
    # Answer every other question "no" so "not indicated" is a real no, not "undetermined".
    for i in IND.sets["adult_labour"].dimensions[CD]:
        answers.setdefault(i.code, False)
    d = dim(evaluate(answers, set_code="adult_labour", indicators=IND), CD)
    assert (d.status is DimensionStatus.indicated) is indicated
    assert d.status in (DimensionStatus.indicated, DimensionStatus.not_indicated)
    assert sorted(d.positive_indicators) == sorted(c for c, v in answers.items() if v)
    assert (d.threshold_met is not None) is indicated


def test_each_indicator_is_counted_once_in_a_threshold():
    t = IND.rules.dimension_positive_if_any
    assert threshold_met({Strength.strong: 0, Strength.medium: 2, Strength.weak: 0}, t) is None
    assert threshold_met({Strength.strong: 1, Strength.medium: 0, Strength.weak: 0}, t) is None
    assert threshold_met({Strength.strong: 0, Strength.medium: 2, Strength.weak: 1}, t) is not None


def test_unanswered_questions_make_a_dimension_undetermined_not_negative():
    a = evaluate(yes(codes("adult_labour", CD, "strong", 1)), set_code="adult_labour", indicators=IND)
    assert dim(a, CD).status is DimensionStatus.undetermined
    assert set(dim(a, CD).unanswered) == {i.code for i in IND.sets["adult_labour"].dimensions[CD]} - set(
        codes("adult_labour", CD, "strong", 1))


# --- adult combination ------------------------------------------------------------------------

DR, CR, VR, EX, VD = ("deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability",
                      "exploitative_conditions", "abuse_of_vulnerability_at_destination")


def positive(set_code, dimension):
    """A minimal "yes" set that makes one dimension positive, whatever strengths it has."""
    items = IND.sets[set_code].dimensions[dimension]
    strong = [i.code for i in items if i.strength is Strength.strong]
    medium = [i.code for i in items if i.strength is Strength.medium]
    return strong[:2] if len(strong) >= 2 else (strong[:1] + medium[:1] if strong else medium[:3])


@pytest.mark.parametrize("recruitment", [DR, CR, VR])
@pytest.mark.parametrize("means", [CD, VD])
def test_adult_presumed_needs_recruitment_exploitation_and_means(recruitment, means):
    answers = yes(positive("adult_labour", recruitment), positive("adult_labour", EX), positive("adult_labour", means))
    a = evaluate(answers, set_code="adult_labour", indicators=IND)
    assert a.status is Status.presumed
    assert not a.insufficient_information
    assert {e.code for e in a.elements if e.indicated} == {"recruitment", "exploitation", "means_at_destination"}


@pytest.mark.parametrize("present", [(DR, EX), (EX, CD), (CR, VD)])
def test_adult_with_two_of_three_elements_is_possible(present):
    a = evaluate(yes(*(positive("adult_sexual", d) for d in present)), set_code="adult_sexual", indicators=IND)
    assert a.status is Status.possible
    assert "Possible victim" in a.reasons[0].en and "ممکنہ" in a.reasons[0].ur


@pytest.mark.parametrize("only", [DR, EX, CD])
def test_adult_with_one_element_is_not_indicated(only):
    a = evaluate(yes(positive("adult_labour", only)), set_code="adult_labour", indicators=IND)
    assert a.status is Status.not_indicated


def test_everything_answered_no_is_not_indicated_with_sufficient_information():
    s = IND.sets["adult_labour"]
    a = evaluate({i.code: False for items in s.dimensions.values() for i in items},
                 set_code="adult_labour", indicators=IND)
    assert a.status is Status.not_indicated and a.status_if_unknowns_were_yes is Status.not_indicated
    assert not a.insufficient_information and a.unanswered == [] and a.answered_share == 1.0


# --- child rule: the means are not required ---------------------------------------------------

@pytest.mark.parametrize("set_code", ["child_labour", "child_sexual"])
def test_child_presumed_with_recruitment_and_exploitation_without_means(set_code):
    a = evaluate(yes(positive(set_code, DR), positive(set_code, EX)), set_code=set_code, indicators=IND)
    assert a.status is Status.presumed
    assert not any(e.indicated for e in a.elements if e.code == "means_at_destination")
    assert any("not required" in r.en for r in a.reasons)


def test_same_facts_for_an_adult_are_only_possible():
    adult = evaluate(yes(positive("adult_labour", DR), positive("adult_labour", EX)), set_code="adult_labour",
                     indicators=IND)
    assert adult.status is Status.possible


def test_child_with_exploitation_only_is_possible():
    a = evaluate(yes(positive("child_labour", EX)), set_code="child_labour", indicators=IND)
    assert a.status is Status.possible


# --- forced labour ----------------------------------------------------------------------------

def test_forced_labour_indicators_answered_directly_and_derived_from_ilo_2009_answers():
    debt = next(i.code for i in IND.sets["adult_labour"].dimensions[CD] if i.concept == "debt")
    a = evaluate({"FL-05": True, "FL-03": False, debt: True}, set_code="adult_labour", indicators=IND)
    found = {f.key: f.via for f in a.forced_labour}
    assert found == {"physical_and_sexual_violence": ["FL-05"], "debt_bondage": [debt]}
    assert evaluate({"FL-01": False}, set_code="child_sexual", indicators=IND).forced_labour == []


def test_forced_labour_codes_are_valid_in_every_set():
    for set_code in IND.sets:
        assert [f.code for f in evaluate({"FL-11": True}, set_code=set_code, indicators=IND).forced_labour] == ["FL-11"]


# --- reasons, versions, unanswered, insufficient information ----------------------------------

def test_reasons_name_dimensions_and_indicators_in_english_and_urdu():
    answers = yes(positive("adult_labour", DR), positive("adult_labour", EX), positive("adult_labour", CD))
    a = evaluate(answers, set_code="adult_labour", indicators=IND)
    text_en = " ".join(r.en for r in a.reasons)
    text_ur = " ".join(r.ur for r in a.reasons)
    for code in answers:
        ind = next(i for items in IND.sets["adult_labour"].dimensions.values() for i in items if i.code == code)
        assert ind.label.en in text_en and ind.label.ur in text_ur
    for d in (DR, EX, CD):
        info = IND.dimension(d)
        assert info.label.en in text_en and info.label.ur in text_ur
    assert a.rule_version == IND.rules.version and a.indicators_version == IND.version


def test_too_few_answers_says_insufficient_information():
    a = evaluate({positive("adult_labour", EX)[0]: True}, set_code="adult_labour", indicators=IND)
    assert a.status is Status.not_indicated and a.status_if_unknowns_were_yes is Status.presumed
    assert a.insufficient_information
    assert any(r.en.startswith("Insufficient information") and "معلومات ناکافی" in r.ur for r in a.reasons)
    assert len(a.unanswered) == len([i for items in IND.sets["adult_labour"].dimensions.values() for i in items]) - 1


def test_an_element_never_asked_about_is_insufficient_even_with_many_answers():
    s = IND.sets["adult_labour"]
    answers = {i.code: False for d, items in s.dimensions.items() if d not in (CD, VD) for i in items}
    answers.update(yes(positive("adult_labour", DR), positive("adult_labour", EX)))
    a = evaluate(answers, set_code="adult_labour", indicators=IND)
    assert a.answered_share > IND.rules.min_answered_share
    assert a.status is Status.possible and a.insufficient_information
    assert any("Nothing was answered about" in r.en for r in a.reasons)


def test_unknown_answers_are_listed_as_unanswered():
    code = positive("child_labour", EX)[0]
    a = evaluate({code: None}, set_code="child_labour", indicators=IND)
    assert code in a.unanswered


# --- bad input --------------------------------------------------------------------------------

def test_unknown_code_is_rejected_by_name():
    with pytest.raises(IdentificationInputError, match="unknown indicator code 'AL-DR-99'") as exc:
        evaluate({"AL-DR-01": True, "AL-DR-99": True}, set_code="adult_labour", indicators=IND)
    assert exc.value.field == "AL-DR-99"


def test_answers_for_another_set_are_rejected():
    with pytest.raises(IdentificationInputError, match="CL-EX-01 belongs to set child_labour, not adult_labour"):
        evaluate({"CL-EX-01": True}, set_code="adult_labour", indicators=IND)


@pytest.mark.parametrize("value", ["no", 1, 0, "yes"])
def test_answers_must_be_booleans_or_none(value):
    with pytest.raises(IdentificationInputError, match="true, false or null"):
        evaluate({"AL-DR-01": value}, set_code="adult_labour", indicators=IND)


def test_unknown_set_is_rejected():
    with pytest.raises(IdentificationInputError, match="unknown indicator set 'adult_organ'"):
        evaluate({}, set_code="adult_organ", indicators=IND)


# --- the human decision -----------------------------------------------------------------------

def test_decision_keeps_the_suggestion_and_versions():
    a = evaluate(yes(positive("adult_labour", DR), positive("adult_labour", EX)), set_code="adult_labour",
                 indicators=IND)
    at = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    d = decide(a, status="presumed", decided_by=42, reason="  Confirmed debt bondage at the kiln in interview.  ",
               decided_at=at)
    assert (d.status, d.suggested_status, d.decided_by, d.decided_at) == (Status.presumed, Status.possible, 42, at)
    assert d.rule_version == IND.rules.version and d.indicators_version == IND.version
    assert d.overrides_suggestion and d.reason.startswith("Confirmed")
    assert decide(a, status=Status.possible, decided_by=1, reason="agree").decided_at.tzinfo is not None


@pytest.mark.parametrize("kwargs", [
    {"reason": "   "}, {"decided_by": 0}, {"decided_at": datetime(2026, 1, 1)}, {"status": "victim"},
])
def test_decision_rejects_blank_reason_bad_user_naive_time_and_unknown_status(kwargs):
    a = evaluate({}, set_code="adult_labour", indicators=IND)
    args = {"status": "not_indicated", "decided_by": 7, "reason": "no indicators", **kwargs}
    with pytest.raises((ValidationError, ValueError)):
        decide(a, **args)


# --- property: a "yes" never lowers the status ------------------------------------------------

ALL = {name: [i.code for items in s.dimensions.values() for i in items] + [f.code for f in IND.forced_labour]
       for name, s in IND.sets.items()}


@st.composite
def answer_sets(draw):
    set_code = draw(st.sampled_from(sorted(ALL)))
    chosen = draw(st.lists(st.sampled_from(ALL[set_code]), unique=True, max_size=60))
    answers = {c: draw(st.sampled_from([True, True, False, None])) for c in chosen}
    flip = draw(st.sampled_from(ALL[set_code]))
    return set_code, answers, flip


@settings(max_examples=300, deadline=None)
@given(answer_sets())
def test_adding_a_yes_never_lowers_the_status(case):
    set_code, answers, flip = case
    before = evaluate(answers, set_code=set_code, indicators=IND)
    after = evaluate({**answers, flip: True}, set_code=set_code, indicators=IND)
    assert RANK[after.status] >= RANK[before.status]
    assert RANK[before.status] <= RANK[before.status_if_unknowns_were_yes]
    indicated = {d.code for d in before.dimensions if d.status is DimensionStatus.indicated}
    assert indicated <= {d.code for d in after.dimensions if d.status is DimensionStatus.indicated}
