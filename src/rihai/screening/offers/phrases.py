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
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from . import assessment as S
from .normalise import Normalised

PHRASES_FILE = Path(__file__).parent / "data" / "phrase_weights.json"
# Not switched on (docs/screening.md, "Explainable text component"): on the locked groups it added recall
# at a 10% false-alarm threshold (all languages 0.59 -> 0.75) but at the "medium" operating point it
# flagged 11.9% of the genuine posts (> 10%), and three common words alone ("Visa and ticket free")
# reached "high", against the rule that no single keyword decides the band. True turns it on in the
# engine, the batch and the labels; the bench measures it either way.
IN_USE = False
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
    "mein", "main", "par", "pe", "ne", "tak", "نے", "پر", "تک", "not", "have", "has",
})
STOP_PHRASES = frozenset()  # multi-word phrases dropped after review (none needed so far)

_PLACEHOLDER_ONLY = re.compile(r"x(?:phone|email|url|amount|place|num)x(?: x(?:phone|email|url|amount|place|num)x)*")
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_RUN_RE = re.compile(r"([^\W\d_])\1{2,}")


def token_spans(norm: Normalised, entities=None) -> list[tuple[str, int, int]]:
    """(token, start, end) of the post as the model reads it, spans in the ORIGINAL text: a phone,
    e-mail, URL, amount or destination becomes one placeholder token, other words are folded."""
    marks: list[tuple[int, int, str]] = []
    if entities is not None:
        for kind, items in (("phone", entities.phones), ("email", entities.emails), ("url", entities.urls),
                            ("amount", entities.money), ("place", entities.destinations)):
            marks += [(e.span.start, e.span.end, PLACEHOLDERS[kind]) for e in items]
    marks.sort()
    # ``lower`` is None when lower-casing changes the length (e.g. U+0130): tokens then come from the
    # working copy and are lower-cased one by one, so their offsets stay right.
    work = norm.lower if norm.lower is not None else norm.text
    out: list[tuple[str, int, int]] = []
    last_mark = None
    for m in _TOKEN_RE.finditer(work):
        a, b = norm.to_original(m.start(), m.end())
        mark = next((mk for mk in marks if mk[0] < b and a < mk[1]), None)
        if mark is not None:
            if mark is not last_mark:
                out.append((mark[2], mark[0], mark[1]))
            last_mark = mark
            continue
        t = m.group(0).lower()
        out.append((PLACEHOLDERS["number"] if t.isdigit() else _RUN_RE.sub(r"\1\1", t), a, b))
    return out


def tokens(norm: Normalised, entities=None) -> list[str]:
    return [t for t, _, _ in token_spans(norm, entities)]


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
    # A phrase of placeholders only ("[number]", "[phone] [number]") says that a post has digits or a
    # contact, which the sourced indicators already weigh; it is no reason a person can act on.
    return {g for g in out if not _PLACEHOLDER_ONLY.fullmatch(g)} - STOP_PHRASES


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
    if not vocab or len(set(y)) < 2:  # too few groups for any phrase to qualify: the component adds nothing
        return PhraseModel(0.0, {})
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


@dataclass
class Shipped:
    model: PhraseModel
    stack: Stacked
    bands: dict[str, float]
    version: str


@lru_cache(maxsize=1)
def shipped(path: Path = PHRASES_FILE) -> Shipped | None:
    """The shipped phrase model and stacker, or None when absent or fitted beside other red-flag
    weights (a stale stacker would weigh a logit it was not fitted on)."""
    from .red_flags import read_learned, rules_digest

    if not IN_USE or not path.exists():
        return None
    doc = json.loads(path.read_text("utf-8"))
    learned = read_learned()
    if learned is None or doc.get("rules_sha256") != rules_digest() or doc.get("corpus") != learned.get("corpus"):
        return None
    st = doc["stack"]
    return Shipped(PhraseModel(doc["bias"], doc["weights"]), Stacked(st["a"], st["c"], st["b"]), doc["bands"],
                   f"phrases-{doc['corpus']['sha256']}")


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


_SHOWN_UR = {"phone": "فون نمبر", "email": "ای میل", "url": "ویب لنک", "amount": "رقم", "place": "مقام", "number": "عدد"}
# code: (kind, label en, label ur, explanation en, explanation ur); the phrases are appended in quotes.
CODES = {
    "phrases_deceptive": ("red_flag", "Wording often seen in deceptive offers", "دھوکے والی پیشکشوں جیسے الفاظ",
                          "Words often seen in deceptive offers (learned from real lures and genuine posts)",
                          "ایسے الفاظ جو اکثر دھوکے والی پیشکشوں میں ملتے ہیں (اصلی دھوکے والے اور اصلی اشتہارات سے سیکھا گیا)"),
    "phrases_reassuring": ("reassuring", "Wording often seen in genuine posts", "اصلی اشتہارات جیسے الفاظ",
                           "Words often seen in genuine job posts (learned from real lures and genuine posts)",
                           "ایسے الفاظ جو اکثر اصلی نوکری کے اشتہارات میں ملتے ہیں (اصلی دھوکے والے اور اصلی اشتہارات سے سیکھا گیا)"),
}
SOURCE = S.Source(title="Rihai's sourced corpus of real job offers (data/job_offers, see its datasheet)")


def label(code: str, locale: str) -> str | None:
    entry = CODES.get(code)
    return None if entry is None else (entry[2] if locale == "ur" else entry[1])


def flag_label(code: str, locale: str = "en") -> str:
    """``red_flags.flag_label`` that also knows the two phrase signs."""
    from .red_flags import flag_label as sign_label

    shown_label = label(code, locale)
    return shown_label if shown_label is not None else sign_label(code, locale)


def _shown_ur(phrase: str) -> str:
    for name, tok in PLACEHOLDERS.items():
        phrase = phrase.replace(tok, f"[{_SHOWN_UR[name]}]")
    return phrase


def explain(norm: Normalised, entities, model: PhraseModel, scale: float, k: int = 5) -> tuple[float, list[S.Flag]]:
    """The phrase logit of a post and up to two flags (deceptive / reassuring wording), each naming its
    top ``k`` phrases and marking where they are; a flag's weight is its share of the stacked logit."""
    spans = token_spans(norm, entities)
    toks = [t for t, _, _ in spans]
    logit, terms = model.logit_and_terms(ngrams(toks))
    flags = []
    for code, sign in (("phrases_deceptive", 1), ("phrases_reassuring", -1)):
        top = top_terms(terms, k, sign)
        if not top:
            continue
        kind, _, _, en, ur = CODES[code]
        marks: set[tuple[int, int]] = set()
        for phrase, _ in top:
            words = phrase.split(" ")
            for i in range(len(toks) - len(words) + 1):
                if toks[i:i + len(words)] == words:
                    marks.add((spans[i][1], spans[i + len(words) - 1][2]))
        total = sum(w for p, w in terms.items() if sign * w > 0)
        flags.append(S.Flag(code=code, kind=kind, weight=round(scale * total, 3),
                            explanation_en=f"{en}: " + ", ".join(f"'{shown(p)}'" for p, _ in top),
                            explanation_ur=f"{ur}: " + "، ".join(f"'{_shown_ur(p)}'" for p, _ in top),
                            spans=[S.Span(start=a, end=b, text=norm.original[a:b]) for a, b in sorted(marks)],
                            sources=[SOURCE]))
    return logit, flags
