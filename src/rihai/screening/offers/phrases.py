"""An explainable text component: logistic regression over word n-grams (1-3) of a post.

Why words and not character n-grams: a character model's points cannot be shown to a person as a
reason. Here every point the text adds is the weight of a phrase that is in the post, so the engine
can say "words often seen in deceptive offers: 'processing fee', 'visa lag rahe'" and highlight them.

What the model is allowed to see (so it learns what an offer says, not who wrote the corpus):
* the engine's normalisation (Arabic/Urdu letter variants, invisible characters), lower case;
* phones, e-mails, URLs and amounts replaced by placeholder tokens (the number itself is no reason);
* digits folded to one token, letter runs folded ("bhaaai" = "bhai", Roman Urdu spells by ear);
* no emoji or punctuation (a writer's style, not the offer's content);
* destinations replaced by a placeholder too: where a job is carries its risk through the sourced
  indicators (South-East-Asian scam hubs), never through a learned word;
* a phrase is a feature only if it occurs in >= ``MIN_GROUPS`` source groups of the training data,
  so one story's names and places cannot be learned;
* ``STOP_PHRASES`` below: words that mark the channel or the writer, dropped whatever they weigh.

Reproduce the shipped file: ``python -m rihai.screening.offers.learn build --corpus-dir data/job_offers``.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from .normalise import normalise

PHRASES_FILE = Path(__file__).parent / "data" / "phrase_weights.json"
MIN_GROUPS = 3
MAX_N = 3
# Inverse L2 strength (sklearn's C) of the phrase LR: strong, so no phrase outweighs a sourced red flag.
C = 0.1
PLACEHOLDERS = {"phone": "xphonex", "email": "xemailx", "url": "xurlx", "amount": "xamountx", "place": "xplacex",
                "number": "xnumx"}
# Words that say how a post reached the reader or who wrote it, not what it offers. A lure in the
# corpus is more often a chat message (addressed "aap", "inbox me", "DM"), a genuine post more often a
# board advert; a model that learns that flags every honest WhatsApp message. Dropped as unigrams and
# wherever they appear inside a longer phrase.
STOP_WORDS = frozenset({
    "inbox", "dm", "hum", "ham", "hm", "aap", "ap", "apko", "aapko", "ap ko", "you", "your", "we", "our", "us",
    "i", "me", "my", "bhai", "bro", "sir", "madam", "dear", "plz", "pls", "please", "brother", "yaar",
    "آپ", "ہم", "میں", "بھائی", "جناب", "hello", "hi", "salam", "assalam", "aoa", "السلام", "علیکم",
    "hamare", "hamara", "hamari", "ہمارے", "ہمارا", "ہماری", "آپکو", "آپ کو",
    # Function words: they mark a register (chat vs advert) and a language, not a deceptive offer.
    "the", "a", "an", "to", "in", "of", "and", "or", "for", "on", "is", "are", "be", "do", "now", "at", "with",
    "ہے", "ہیں", "کر", "اور", "کے", "کی", "کا", "کو", "سے", "ہو", "گے", "دو", "یہ", "وہ", "بھی", "تو",
    "aur", "ke", "ki", "ka", "ko", "se", "hai", "hain", "he", "ho", "ge", "to", "bhi", "ye", "wo", "lo", "do",
})
STOP_PHRASES = frozenset()  # multi-word phrases dropped after review (none needed so far)

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_RUN_RE = re.compile(r"([^\W\d_])\1{2,}")


def token_spans(text: str, entities=None) -> list[tuple[str, int, int]]:
    """(token, start, end) of the post as the model reads it, spans in the ORIGINAL text: a phone,
    e-mail, URL, amount or destination becomes one placeholder token, other words are folded."""
    marks: list[tuple[int, int, str]] = []
    if entities is not None:
        for kind, items in (("phone", entities.phones), ("email", entities.emails), ("url", entities.urls),
                            ("amount", entities.money), ("place", entities.destinations)):
            marks += [(e.span.start, e.span.end, PLACEHOLDERS[kind]) for e in items]
    marks.sort()
    norm = normalise(text)
    low = norm.lower or norm.text.lower()
    out: list[tuple[str, int, int]] = []
    last_mark = None
    for m in _TOKEN_RE.finditer(low):
        a, b = norm.to_original(m.start(), m.end())
        mark = next((mk for mk in marks if mk[0] < b and a < mk[1]), None)
        if mark is not None:
            if mark is not last_mark:
                out.append((mark[2], mark[0], mark[1]))
            last_mark = mark
            continue
        t = m.group(0)
        out.append((PLACEHOLDERS["number"] if t.isdigit() else _RUN_RE.sub(r"\1\1", t), a, b))
    return out


def tokens(text: str, entities=None) -> list[str]:
    return [t for t, _, _ in token_spans(text, entities)]


def ngrams(toks: Sequence[str]) -> set[str]:
    """Distinct 1-3-grams, none containing a stop word."""
    out = set()
    n_tok = len(toks)
    for i in range(n_tok):
        for n in range(1, MAX_N + 1):
            if i + n > n_tok:
                break
            gram = toks[i:i + n]
            if gram[-1] in STOP_WORDS:
                break
            out.add(" ".join(gram))
    return out - STOP_PHRASES


@dataclass
class PhraseModel:
    bias: float
    weights: dict[str, float] = field(default_factory=dict)

    def logit_and_terms(self, grams: set[str]) -> tuple[float, dict[str, float]]:
        terms = {g: self.weights[g] for g in grams if g in self.weights}
        return self.bias + sum(terms.values()), terms

    def logits(self, gram_sets: Sequence[set[str]]) -> np.ndarray:
        return np.array([self.logit_and_terms(g)[0] for g in gram_sets])


def fit(gram_sets: Sequence[set[str]], y: Sequence[int], groups: Sequence[str], c: float = C,
        min_groups: int = MIN_GROUPS) -> PhraseModel:
    """Class-balanced L2 logistic regression over phrase presence; vocabulary = phrases seen in at
    least ``min_groups`` groups of these rows."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, set[str]] = {}
    for grams, g in zip(gram_sets, groups):
        for p in grams:
            seen.setdefault(p, set()).add(g)
    vocab = sorted(p for p, gs in seen.items() if len(gs) >= min_groups)
    index = {p: j for j, p in enumerate(vocab)}
    rows, cols = [], []
    for i, grams in enumerate(gram_sets):
        js = [index[p] for p in grams if p in index]
        rows += [i] * len(js)
        cols += js
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(gram_sets), len(vocab)))
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(x, list(y))
    weights = {p: round(float(w), 4) for p, w in zip(vocab, lr.coef_[0]) if abs(w) >= 1e-3}
    return PhraseModel(float(lr.intercept_[0]), weights)


@dataclass
class Stacked:
    """risk = sigmoid(a · indicator_logit + c · phrase_logit + b), a, c >= 0, fitted on out-of-fold
    logits of inner grouped folds: one calibrated LR over the two scores."""
    a: float
    c: float
    b: float

    def proba(self, ind: np.ndarray, txt: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(self.a * ind + self.c * txt + self.b)))


def fit_stack(ind: np.ndarray, txt: np.ndarray, y: Sequence[int]) -> Stacked:
    from scipy.optimize import minimize

    yv = np.asarray(y, dtype=float)

    def loss(t: np.ndarray) -> float:
        z = t[0] * ind + t[1] * txt + t[2]
        return float(np.sum(np.logaddexp(0.0, z) - yv * z) + 0.5 * (t[0] - 1.0) ** 2 + 0.5 * t[1] ** 2 + 0.5 * t[2] ** 2)

    res = minimize(loss, np.array([1.0, 0.5, 0.0]), method="L-BFGS-B", bounds=[(0.0, None), (0.0, None), (None, None)])
    return Stacked(*(float(v) for v in res.x))


def load(path: Path = PHRASES_FILE) -> tuple[PhraseModel, Stacked, dict] | None:
    """The shipped phrase model and stacker, or None when the file is absent."""
    if not path.exists():
        return None
    doc = json.loads(path.read_text("utf-8"))
    st = doc["stack"]
    return PhraseModel(doc["bias"], doc["weights"]), Stacked(st["a"], st["c"], st["b"]), doc


def top_terms(terms: dict[str, float], k: int = 5, sign: int = 1) -> list[tuple[str, float]]:
    """The ``k`` phrases pushing most in direction ``sign``, a phrase inside a longer one shown once."""
    picked: list[tuple[str, float]] = []
    for p, w in sorted(terms.items(), key=lambda kv: -sign * kv[1]):
        if sign * w <= 0 or len(picked) >= k:
            break
        if any(p in q or q in p for q, _ in picked):
            continue
        picked.append((p, w))
    return picked


def shown(phrase: str) -> str:
    """A phrase as a person reads it: placeholders in brackets."""
    for name, tok in PLACEHOLDERS.items():
        phrase = phrase.replace(tok, f"[{name}]")
    return phrase


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
