"""The data file: complete, bilingual, versioned, and refused loudly when broken."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from pydantic import ValidationError

from rihai.errors import Invalid
from rihai.screening.identification import (
    IdentificationInputError, IndicatorFileError, IndicatorSet, evaluate, load_indicators, set_for,
)
from rihai.screening.identification import ilo_indicators as indicators_module

URDU = re.compile(r"[\u0600-\u06FF]")
ILO_FORCED_LABOUR_11 = [
    "abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation", "physical_and_sexual_violence",
    "intimidation_and_threats", "retention_of_identity_documents", "withholding_of_wages", "debt_bondage",
    "abusive_working_and_living_conditions", "excessive_overtime",
]
SIX = ["deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability",
       "exploitative_conditions", "coercion_at_destination", "abuse_of_vulnerability_at_destination"]


@pytest.fixture(scope="module")
def ind() -> IndicatorSet:
    return load_indicators()


def _raw() -> dict:
    text = resources.files("rihai.screening.identification.data").joinpath("ilo_indicators.json").read_text("utf-8")
    return json.loads(text)


def test_file_records_version_source_and_rule_version(ind):
    assert ind.version == _raw()["version"]
    assert ind.rules.version
    assert "Operational indicators of trafficking in human beings" in ind.source.trafficking
    assert "2009" in ind.source.trafficking and "Delphi" in ind.source.trafficking
    assert "indicators of forced labour" in ind.source.forced_labour and "2012" in ind.source.forced_labour


def test_four_sets_each_with_the_six_ilo_dimensions_and_all_strengths(ind):
    assert sorted(ind.sets) == ["adult_labour", "adult_sexual", "child_labour", "child_sexual"]
    for s in ind.sets.values():
        assert list(s.dimensions) == SIX
        strengths = {i.strength.value for items in s.dimensions.values() for i in items}
        assert strengths == {"strong", "medium", "weak"}
    # The ILO adult labour list has 67 indicators (10/10/16/9/15/7).
    assert [len(v) for v in ind.sets["adult_labour"].dimensions.values()] == [10, 10, 16, 9, 15, 7]


def test_every_question_and_label_is_in_english_and_urdu(ind):
    texts = []
    for s in ind.sets.values():
        texts.append(s.label)
        for items in s.dimensions.values():
            for i in items:
                texts += [i.label, i.question] + ([i.help] if i.help else [])
    for f in ind.forced_labour:
        texts += [f.label, f.question]
    texts += [d.label for d in ind.dimensions] + [e.label for e in ind.rules.elements]
    assert len(texts) > 500
    for t in texts:
        assert t.en.strip() and not URDU.search(t.en)
        assert URDU.search(t.ur), t.en


def test_the_eleven_forced_labour_indicators(ind):
    assert [f.key for f in ind.forced_labour] == ILO_FORCED_LABOUR_11
    assert [f.code for f in ind.forced_labour] == [f"FL-{n:02d}" for n in range(1, 12)]


def test_codes_are_unique_and_carry_their_set_and_dimension(ind):
    prefix = {"adult_labour": "AL", "adult_sexual": "AS", "child_labour": "CL", "child_sexual": "CS"}
    abbr = {d.code: d.abbreviation for d in ind.dimensions}
    codes = []
    for name, s in ind.sets.items():
        for dim, items in s.dimensions.items():
            for i in items:
                assert i.code.startswith(f"{prefix[name]}-{abbr[dim]}-")
                codes.append(i.code)
    assert len(codes) == len(set(codes))


def test_additions_beyond_the_ilo_list_are_marked(ind):
    origins = {i.origin for s in ind.sets.values() for items in s.dimensions.values() for i in items}
    assert origins == {"ilo_2009", "rihai"}
    adult = [i for name in ("adult_labour", "adult_sexual") for items in ind.sets[name].dimensions.values()
             for i in items]
    assert all(i.origin == "ilo_2009" for i in adult)


def test_urdu_slot_with_english_text_is_refused():
    raw = _raw()
    raw["sets"]["adult_labour"]["dimensions"]["deceptive_recruitment"][0]["question"]["ur"] = "Were you lied to?"
    with pytest.raises(ValidationError, match="Urdu script"):
        IndicatorSet.model_validate(raw)


@pytest.mark.parametrize("breakage, message", [
    (lambda r: r["sets"]["adult_labour"]["dimensions"].pop("coercion_at_destination"), "six ILO dimensions"),
    (lambda r: r["sets"]["child_labour"]["dimensions"]["deceptive_recruitment"][0].update(strength="very"), "strength"),
    (lambda r: r["sets"]["adult_sexual"]["dimensions"]["deceptive_recruitment"][1].update(
        code=r["sets"]["adult_sexual"]["dimensions"]["deceptive_recruitment"][0]["code"]), "used twice"),
    (lambda r: r["forced_labour"][0]["related_concepts"].append("no_such_concept"), "unknown concepts"),
    (lambda r: r["rules"]["dimension_positive_if_any"].append({}), "needs no indicator"),
    (lambda r: r.pop("version"), "version"),
    (lambda r: r["sets"]["adult_labour"]["dimensions"]["deceptive_recruitment"][0].update(questoin={}), "questoin"),
])
def test_malformed_file_is_a_clear_error(tmp_path, monkeypatch, breakage, message):
    raw = _raw()
    breakage(raw)
    (tmp_path / "ilo_indicators.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(indicators_module.resources, "files", lambda _pkg: tmp_path)
    load_indicators.cache_clear()
    try:
        with pytest.raises(IndicatorFileError, match=message) as exc:
            load_indicators()
        assert "ilo_indicators.json is malformed" in str(exc.value)
    finally:
        load_indicators.cache_clear()


def test_invalid_json_and_unknown_version_are_clear_errors(tmp_path, monkeypatch):
    assert load_indicators(load_indicators().version) == load_indicators()
    with pytest.raises(IndicatorFileError, match="no indicator file for version '1999.1'"):
        load_indicators("1999.1")
    (tmp_path / "ilo_indicators.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(indicators_module.resources, "files", lambda _pkg: tmp_path)
    load_indicators.cache_clear()
    try:
        with pytest.raises(IndicatorFileError, match="not valid JSON"):
            load_indicators()
    finally:
        load_indicators.cache_clear()


def test_an_earlier_version_is_loaded_by_name(tmp_path, monkeypatch):
    raw = _raw()
    (tmp_path / "ilo_indicators.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    raw["version"] = "2025.1.0"
    (tmp_path / "ilo_indicators-2025.1.0.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(indicators_module.resources, "files", lambda _pkg: tmp_path)
    load_indicators.cache_clear()
    try:
        old = load_indicators("2025.1.0")
        assert old.version == "2025.1.0"
        a = evaluate({}, set_code="adult_labour", indicators=old)
        assert a.indicators_version == "2025.1.0"
        assert indicators_module.available_versions() == ["2025.1.0", _raw()["version"]]
    finally:
        load_indicators.cache_clear()


@pytest.mark.parametrize("age, exploitation, expected", [
    (17, "labour", "child_labour"), (18, "labour", "adult_labour"), (0, "sexual", "child_sexual"),
    (45, "sexual", "adult_sexual"), (None, "labour", "child_labour"), (None, "sexual", "child_sexual"),
])
def test_set_for(age, exploitation, expected):
    assert set_for(age, exploitation) == expected


@pytest.mark.parametrize("age, exploitation, field", [
    (-1, "labour", "age"), (200, "labour", "age"), (True, "labour", "age"), (17.5, "labour", "age"),
    (30, "organ", "exploitation"),
])
def test_set_for_rejects_bad_arguments(age, exploitation, field):
    with pytest.raises(IdentificationInputError) as exc:
        set_for(age, exploitation)
    assert exc.value.field == field
    assert isinstance(exc.value, Invalid)  # so the web layer answers 422 without special-casing
