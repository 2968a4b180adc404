"""The word-part component: spelling variants share weight, and every point is some word's share."""
from __future__ import annotations

import pytest

from rihai.screening.offers import phrases, wordparts
from rihai.screening.offers.engine import analyse


def _toks(text: str) -> list[str]:
    rr = analyse(text)
    return phrases.tokens(rr.norm, rr.entities)


def test_grams_stay_inside_one_word():
    assert wordparts.word_grams("fee") == [" f", "fe", "ee", "e ", " fe", "fee", "ee ", " fee", "fee ", " fee "]


def test_placeholders_stop_words_and_where_words_are_not_read():
    words = wordparts.words_of(_toks("Dear bhai, processing fee in Lahore, call 0300-0000111 (SYNTHETIC)"))
    assert "processing" in words and "fee" in words
    assert not {"dear", "bhai", "lahore", "xphonex", "in"} & set(words)


def test_the_logit_splits_exactly_over_the_words():
    model = wordparts.WordPartModel(-0.2, {" fe": (1.5, 0.8), "fee": (1.2, 0.5), "ees": (2.0, 0.4), "sa ": (1.1, -0.7),
                                           " vi": (1.3, 0.1)})
    logit, shares = model.logit_and_words(["fees", "fee", "visa", "kaam"])
    assert logit == pytest.approx(-0.2 + sum(shares.values()))
    assert set(shares) == {"fees", "fee", "visa"}  # "kaam" has no n-gram in the vocabulary: no share
    assert shares["fees"] > shares["fee"] > 0 and shares["visa"] < 0


def test_spelling_variants_share_weight_when_fitted():
    lures = [["kamai", "ghar", "baithe"], ["kamaai", "fees"], ["kmai", "advance"], ["kamaii", "jama"]] * 2
    genuine = [["apply", "online"], ["walk", "interview"], ["merit", "list"], ["test", "schedule"]] * 2
    groups = [f"g{i}" for i in range(16)]
    model = wordparts.fit(lures + genuine, [1] * 8 + [0] * 8, groups, min_groups=2)
    unseen, _ = model.logit_and_words(["kamayi"])  # never in the training rows
    neutral, _ = model.logit_and_words(["zebra"])
    assert unseen > neutral
