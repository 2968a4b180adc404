"""The explainable phrase component: what it may learn, and that every point it adds names a phrase."""
from __future__ import annotations

from pathlib import Path

import pytest

from rihai.screening.offers import learn, phrases
from rihai.screening.offers.engine import analyse


def _grams(text: str) -> set[str]:
    rr = analyse(text)
    return phrases.ngrams(phrases.tokens(rr.norm, rr.entities))


def test_contacts_amounts_places_and_style_words_are_not_phrases():
    g = _grams("Dear bhai, inbox me for Cambodia job, pay Rs 50,000 processing fee on 0300-1234567 (SYNTHETIC)")
    assert "processing fee" in g
    assert not {"inbox", "bhai", "dear", "cambodia", "0300", "xphonex", "xamountx", "xplacex"} & g
    assert any("xamountx" in p for p in g)  # a placeholder stays inside a phrase: "[amount] processing fee"


def test_a_phrase_must_occur_in_three_groups():
    sets = [{"alpha"}, {"alpha"}, {"alpha", "beta"}, {"beta"}, {"gamma"}, {"gamma"}]
    model = phrases.fit(sets, [1, 1, 1, 0, 0, 0], ["g1", "g2", "g3", "g3", "g4", "g5"])
    assert set(model.weights) == {"alpha"}  # beta: 2 groups (g3 twice counts once); gamma: 2 groups


def test_every_point_is_a_shown_phrase_with_its_place_in_the_text():
    text = "SYNTHETIC: processing fee first, visa later. Send passport copy."
    model = phrases.PhraseModel(-0.5, {"processing fee": 1.0, "passport copy": 0.6, "later": -0.3})
    rr = analyse(text)
    logit, flags = phrases.explain(rr.norm, rr.entities, model, scale=2.0)
    assert logit == pytest.approx(-0.5 + 1.0 + 0.6 - 0.3)
    bad = next(f for f in flags if f.code == "phrases_deceptive")
    good = next(f for f in flags if f.code == "phrases_reassuring")
    assert "'processing fee'" in bad.explanation_en and "'passport copy'" in bad.explanation_ur
    assert [s.text for s in bad.spans] == ["processing fee", "passport copy"]
    assert bad.weight == pytest.approx(3.2) and good.weight == pytest.approx(-0.6) and [s.text for s in good.spans] == ["later"]


def test_length_changing_lowercase_does_not_break_spans():
    rr = analyse("İ0 İstanbul job fee")
    toks = phrases.token_spans(rr.norm, rr.entities)
    assert all(0 <= a < b <= len("İ0 İstanbul job fee") for _, a, b in toks)


def test_the_component_is_off_unless_switched_on(monkeypatch):
    phrases.shipped.cache_clear()
    assert phrases.shipped() is None  # IN_USE is False: the engine's risk is the indicator scorer's
    monkeypatch.setattr(phrases, "IN_USE", True)
    phrases.shipped.cache_clear()
    try:
        ship = phrases.shipped()
        assert ship is not None and ship.stack.a >= 0 and ship.stack.c >= 0
        assert phrases.PHRASES_FILE.stat().st_size < 2_000_000
    finally:
        phrases.shipped.cache_clear()


def test_stacking_fits_inside_the_given_rows_only():
    items = learn.load_corpus(Path(__file__).parent / "fake_job_offers")
    texts = [i["text"] for i in items]
    fitted, pm, stack = learn.fit_with_phrases(learn.code_sets(texts), learn.gram_sets(texts), [i["y"] for i in items],
                                               [i["group"] for i in items])
    assert stack.a >= 0 and stack.c >= 0 and set(fitted.bands) == {"medium", "high"}
