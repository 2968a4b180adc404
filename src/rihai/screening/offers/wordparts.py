"""The word-part component: character 2-5-grams inside each word, every point attributed to its word.

Why beside the phrase model (``phrases.py``): a phrase is learned only as written, but people spell
by ear and Urdu inflects ("ملازمت", "ملازمتیں", "ملازمتوں"; "kamai", "kamaai", "kmai"). Parts of words
carry weight across those forms. On the development groups (issue 15, session 19: 1,551 items, 5 ×
grouped 5-fold) adding it to the phrases raised recall at 10 % false alarms from 0.949 to 0.964, most in
Urdu script (0.945 -> 0.962), the language the fresh locked set showed weakest.

How it stays explainable: a post's word-part logit is ``bias + Σ_g w_g · v_g`` over its n-grams g,
with ``v_g = SCALE · tf_g · idf_g / N`` and N the number of n-grams in the post's words (TF-IDF
normalised by length, L1). That sum is exactly the mean over the post's n-grams, so it splits over the
words: a word's contribution is ``SCALE · Σ_{g in word} w_g · idf_g / N``. The engine shows those words
next to the phrases ("words often seen in deceptive offers: ..."). It is also cheap: a word's sum is
computed once and remembered. (On the development groups the L1 form scored as well as the usual
sublinear, L2-normalised TF-IDF: 0.965 against 0.961 recall at 10 % false alarms, all languages.)

What it may read is what the phrase model may read (``phrases.token_spans``), minus placeholders,
stop words and where-words (``words.py``); an n-gram is a feature only if it occurs in >= ``MIN_GROUPS`` source groups.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from .words import _PLACEHOLDER_TOKENS, dropped

NGRAMS = (2, 5)
MIN_GROUPS = 3
# Inverse L2 strength of the word-part LR (sklearn's C).
C = 1.0
# Length-normalised TF-IDF values are small (a post has hundreds of n-grams); SCALE brings them near 1,
# so C means what it says.
SCALE = 20.0
# The length a post is normalised by is at least this many n-grams (about 35 words): a short post is
# little evidence, and without a floor one word of a ten-word WhatsApp post ("Driver needed for a
# family in Lahore, salary 35,000") took a tenth of the whole logit and made it "medium".
MIN_LENGTH = 800
# Words repeat across posts, so each word's sum is remembered (up to this many words; then the memory
# starts again).
WORD_CACHE_SIZE = 100_000


def word_grams(word: str) -> list[str]:
    """The character n-grams of one word, the word padded with a space on each side."""
    padded = f" {word} "
    lo, hi = NGRAMS
    return [padded[i:i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]


def words_of(toks: Sequence[str], skip: Sequence[bool] | None = None) -> list[str]:
    """The tokens this component reads: not placeholders, stop words or where-words (``skip``:
    ``words.dropped(toks)``, when the caller has it)."""
    skip = dropped(toks) if skip is None else skip
    return [t for t, s in zip(toks, skip) if not s and t not in _PLACEHOLDER_TOKENS]


@dataclass
class WordPartModel:
    bias: float
    # n-gram -> (idf, weight), the n-grams of weight 0 left out
    grams: dict[str, tuple[float, float]] = field(default_factory=dict)
    _known: dict[str, tuple[float, int]] = field(default_factory=dict, repr=False, compare=False)

    def _word(self, word: str) -> tuple[float, int]:
        """(SCALE · Σ w·idf over the word's n-grams, the word's number of n-grams), remembered."""
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= WORD_CACHE_SIZE:
                self._known.clear()
            grams = word_grams(word)
            total = 0.0
            for g in grams:
                entry = self.grams.get(g)
                if entry is not None:
                    total += entry[0] * entry[1]
            known = self._known[word] = (SCALE * total, len(grams))
        return known

    def logit_and_words(self, words: Sequence[str]) -> tuple[float, dict[str, float]]:
        """The logit and each word's exact share of it (the bias aside)."""
        sums = [(w, *self._word(w)) for w in words]
        n = max(MIN_LENGTH, sum(k for _, _, k in sums))
        shares: dict[str, float] = {}
        for w, total, _ in sums:
            if total:
                shares[w] = shares.get(w, 0.0) + total / n
        return self.bias + sum(shares.values()), shares

    def read(self, toks: Sequence[str], skip: Sequence[bool] | None = None) -> tuple[float, dict[str, float]]:
        """``logit_and_words`` of a post's tokens (as ``phrases.token_spans`` gives them)."""
        return self.logit_and_words(words_of(toks, skip))

    def logits(self, word_lists: Sequence[Sequence[str]]) -> np.ndarray:
        return np.array([self.logit_and_words(w)[0] for w in word_lists])


def _counts(words: Sequence[str]) -> dict[str, int]:
    tf: dict[str, int] = {}
    for w in words:
        for g in word_grams(w):
            tf[g] = tf.get(g, 0) + 1
    return tf


def fit(word_lists: Sequence[Sequence[str]], y: Sequence[int], groups: Sequence[str], c: float = C,
        min_groups: int = MIN_GROUPS) -> WordPartModel:
    """Class-balanced L2 logistic regression over the length-normalised TF-IDF of the n-grams seen in at
    least ``min_groups`` groups of these rows (idf smoothed as scikit-learn does)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counted = [_counts(ws) for ws in word_lists]
    seen: dict[str, set[str]] = {}
    df: dict[str, int] = {}
    for tf, g in zip(counted, groups):
        for gram in tf:
            seen.setdefault(gram, set()).add(g)
            df[gram] = df.get(gram, 0) + 1
    vocab = sorted(gram for gram, gs in seen.items() if len(gs) >= min_groups)
    if not vocab or len(set(y)) < 2:
        return WordPartModel(0.0, {})
    n_docs = len(word_lists)
    idf = {gram: math.log((1 + n_docs) / (1 + df[gram])) + 1.0 for gram in vocab}
    index = {gram: j for j, gram in enumerate(vocab)}
    rows, cols, data = [], [], []
    for i, tf in enumerate(counted):
        n = max(MIN_LENGTH, sum(tf.values()))  # every n-gram of the post's words, in the vocabulary or not
        for g, k in tf.items():
            j = index.get(g)
            if j is not None:
                rows.append(i)
                cols.append(j)
                data.append(SCALE * k * idf[g] / n)
    x = csr_matrix((data, (rows, cols)), shape=(n_docs, len(vocab)))
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, list(y))
    return WordPartModel(float(lr.intercept_[0]),
                         {g: (round(idf[g], 4), round(float(w), 5)) for g, w in zip(vocab, lr.coef_[0]) if abs(w) >= 1e-5})
