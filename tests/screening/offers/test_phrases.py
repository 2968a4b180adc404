"""The explainable phrase component: what it may learn, and that every point it adds names a phrase."""
from __future__ import annotations

from pathlib import Path

import numpy as np
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


def test_the_component_is_shipped_and_can_be_switched_off(monkeypatch):
    phrases.shipped.cache_clear()
    try:
        ship = phrases.shipped()
        assert ship is not None and ship.stack.a >= 0 and ship.stack.c >= 0
        assert 0 < ship.stack.cap < float("inf")
        assert phrases.PHRASES_FILE.stat().st_size < 2_000_000
        monkeypatch.setattr(phrases, "IN_USE", False)
        phrases.shipped.cache_clear()
        assert phrases.shipped() is None  # off: the engine's risk is the indicator scorer's
    finally:
        phrases.shipped.cache_clear()


def test_the_wording_term_is_capped_both_ways():
    stack = phrases.Stacked(a=1.0, c=2.0, b=0.0, cap=3.0)
    assert list(stack.text_term(np.array([-10.0, -1.0, 0.5, 10.0]))) == [-3.0, -2.0, 1.0, 3.0]
    # a post with no indicator logit but lure-sounding wording is held to the cap
    assert stack.proba(np.array([0.0]), np.array([100.0]))[0] == pytest.approx(1 / (1 + np.exp(-3.0)))


def test_high_needs_two_sourced_red_flags():
    risks = np.array([0.99, 0.95, 0.99, 0.5, 0.80, 0.9999])
    held = phrases.bounded_risk(risks, np.array([0, 1, 2, 0, 1, 0]), high=0.85, medium=0.4)
    assert held[0] < 0.85 and held[1] < 0.85 and held[5] < 0.85  # fewer than two sourced red flags: below "high"
    assert held[2] == 0.99  # two: the risk as scored
    assert held[3] == 0.5 and held[4] < 0.80 and held[4] >= 0.75  # "medium" stays "medium"; below the knee unchanged
    assert held[4] < held[1] < held[0] < held[5]  # the order is kept: no plateau of ties
    assert phrases.bounded_risk(0.5, 0, high=0.85) == 0.5


def test_wording_alone_never_makes_a_short_post_high():
    from rihai.screening.offers.engine import assess

    for text in ["Visa and ticket free", "Processing fee visa ticket passport", "فیس ویزا ٹکٹ پاسپورٹ",
                 "visa fee ticket kaam denge"]:
        a = assess(text)
        if sum(1 for f in a.red_flags if f.weight > 0 and not f.code.startswith("phrases_")) < 2:
            assert a.band != "high", text


def test_stacking_fits_inside_the_given_rows_only():
    items = learn.load_corpus(Path(__file__).parent / "fake_job_offers")
    texts = [i["text"] for i in items]
    fitted, pm, stack = learn.fit_with_phrases(learn.code_sets(texts), learn.gram_sets(texts), [i["y"] for i in items],
                                               [i["group"] for i in items])
    assert stack.a >= 0 and stack.c >= 0 and set(fitted.bands) == {"medium", "high"}


def test_no_is_read_unless_it_abbreviates_number():
    """"no interview" is something a reader can act on; "contact no 0300-…" is a contact word."""
    from rihai.screening.offers.words import PLACEHOLDERS, dropped

    phone = PLACEHOLDERS["phone"]
    toks = ["no", "interview", "contact", "no", phone, "mobile", "no", PLACEHOLDERS["number"], "no"]
    assert dropped(toks) == [False, False, True, True, False, False, True, False, False]


def test_one_post_is_bounded_as_an_array_of_posts_is():
    import numpy as np

    from rihai.screening.offers.phrases import Stacked, bounded_risk

    risks = np.linspace(0.0, 1.0, 101)
    for flags in (0, 1, 2, 3):
        many = bounded_risk(risks, np.full(risks.shape, flags), 0.87, 0.35)
        assert [bounded_risk(float(r), flags, 0.87, 0.35) for r in risks] == list(many)
    stack = Stacked(0.9, 1.0, -0.1, cap=2.5)
    txt = np.linspace(-5, 5, 41)
    assert [stack.text_term(float(t)) for t in txt] == list(stack.text_term(txt))
