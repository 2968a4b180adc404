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
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from . import assessment as S
from .normalise import Normalised
from .words import _DROPPED, _PLACEHOLDER_TOKENS, PLACEHOLDERS, STOP_PHRASES, STOP_WORDS, WHERE_WORDS, dropped  # noqa: F401

if TYPE_CHECKING:
    from .wordparts import WordPartModel

PHRASES_FILE = Path(__file__).parent / "data" / "phrase_weights.json"
# Switched on in session 19 (issue 15), bounded: session 9 left it off because at the "medium" operating
# point it flagged 11.9% of the locked genuine posts and three common words alone ("Visa and ticket
# free") reached "high". Now the wording's term is capped at the strongest sourced red flag, "high" needs
# two sourced red flags (``Stacked``, ``bounded_risk``), and where-words are not learned (``WHERE_WORDS``).
# False turns it off in the engine, the batch and the labels; the bench measures it either way.
IN_USE = True
MIN_GROUPS = 3
MAX_N = 3
# Inverse L2 strength (sklearn's C) of the phrase LR: strong, so no phrase outweighs a sourced red flag.
C = 0.1

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
    lowered = norm.lower is not None
    work = norm.lower if lowered else norm.text
    out: list[tuple[str, int, int]] = []
    last_mark = None
    # norm.to_original, inlined: this loop runs for every word of every screened post
    starts, ends = (norm.starts, norm.ends) if norm.starts is not None and norm.ends is not None else (None, None)
    number = PLACEHOLDERS["number"]
    # Tokens come in order, marks are sorted by start: one pointer walks both (this runs on every
    # screened post, so no scan of all marks per token). A mark ending before a token can never
    # overlap a later one; the first mark left is the first that may overlap this token.
    k, n_marks = 0, len(marks)
    # Most posts stretch no letter ("bhaaai"): then the per-token fold is skipped.
    runs = _RUN_RE.search(work if lowered else work.lower()) is not None
    for m in _TOKEN_RE.finditer(work):
        a, b = m.span()
        if starts is not None:
            a, b = starts[a], ends[b - 1]  # a token is never empty
        while k < n_marks and marks[k][1] <= a:
            k += 1
        if k < n_marks and marks[k][0] < b:
            mark = marks[k]
            if mark is not last_mark:
                out.append((mark[2], mark[0], mark[1]))
            last_mark = mark
            continue
        t = m.group(0) if lowered else m.group(0).lower()
        out.append((number if t.isdigit() else _RUN_RE.sub(r"\1\1", t) if runs and len(t) > 2 else t, a, b))
    return out


def tokens(norm: Normalised, entities=None) -> list[str]:
    return [t for t, _, _ in token_spans(norm, entities)]


def ngrams(toks: Sequence[str], skip: Sequence[bool] | None = None) -> set[str]:
    """Distinct 1-3-grams, none containing a stop word or a where-word. A phrase of placeholders only
    ("[number]", "[phone] [number]") is left out too: it says that a post has digits or a contact,
    which the sourced indicators already weigh; it is no reason a person can act on."""
    out = set()
    n_tok = len(toks)
    skip = dropped(toks) if skip is None else skip  # ``words.dropped(toks)``, when the caller has it
    placeholder = [t in _PLACEHOLDER_TOKENS for t in toks]
    for i in range(n_tok):
        only_placeholders = True
        for j in range(i, min(i + MAX_N, n_tok)):
            if skip[j]:
                break
            only_placeholders = only_placeholders and placeholder[j]
            if not only_placeholders:
                out.add(" ".join(toks[i:j + 1]))
    return out - STOP_PHRASES if STOP_PHRASES else out


@dataclass
class PhraseModel:
    bias: float
    weights: dict[str, float] = field(default_factory=dict)

    def logit_and_terms(self, grams: set[str]) -> tuple[float, dict[str, float]]:
        terms = {g: self.weights[g] for g in grams if g in self.weights}
        return self.bias + math.fsum(terms.values()), terms  # fsum: the same in any set order

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
    """risk = sigmoid(a · indicator_logit + clip(c · phrase_logit, ±cap) + b), a, c >= 0, fitted on
    out-of-fold logits of inner grouped folds: one calibrated LR over the two scores.

    Two bounds keep the wording a helper, never the judge (issue 15: "a bounded phrase score"):
    * ``cap``: the wording's term never counts for more, either way, than the strongest single
      sourced red flag (``learn.fit_with_phrases`` sets it from the learned weights), so honest-sounding
      words cannot explain away an upfront fee and lure-sounding words cannot outweigh one;
    * ``bounded_risk``: "high" needs at least ``RED_FLAGS_FOR_HIGH`` distinct sourced red flags; with
      fewer the risk stops just below the "high" band, so wording (or one keyword) reaches "medium" at
      most."""
    a: float
    c: float
    b: float
    cap: float = float("inf")

    def text_term(self, txt: np.ndarray | float) -> np.ndarray | float:
        if isinstance(txt, float):  # one post: plain floats, not numpy's per-call overhead
            return min(max(self.c * txt, -self.cap), self.cap)
        return np.clip(self.c * np.asarray(txt, dtype=float), -self.cap, self.cap)

    def proba(self, ind: np.ndarray, txt: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(self.a * ind + self.text_term(txt) + self.b)))


# "High" is a claim that several independent, sourced warning signs are present: one sign plus wording
# that sounds like a lure is "medium" ("Visa and ticket free" is the classic lure line and also what a
# lawful Gulf employer offers).
RED_FLAGS_FOR_HIGH = 2
# How far below the "high" threshold a post without enough sourced red flags stays, at most.
HIGH_MARGIN = 1e-4
# The held posts' risks between ``high - HOLD_WIDTH`` and 1 are squeezed into the space just below
# "high", in order, rather than cut to one value: a plateau of ties would make every post on it a
# false alarm together (the first scoring of the locked set showed it in the bootstrap intervals).
HOLD_WIDTH = 0.1


def bounded_risk(risk: np.ndarray | float, red_flags: np.ndarray | int, high: float,
                 medium: float = 0.0) -> np.ndarray | float:
    """The risk, kept below ``high`` where fewer than ``RED_FLAGS_FOR_HIGH`` distinct sourced red flags
    (indicators or interactions of positive weight) are present. Order is kept among held posts, and
    nothing at or below ``max(medium, high - HOLD_WIDTH)`` changes, so a "medium" post stays "medium"."""
    knee = max(medium, high - HOLD_WIDTH)
    top = high - HIGH_MARGIN
    if isinstance(risk, float) and isinstance(red_flags, int):  # one post: the same in plain floats
        if red_flags >= RED_FLAGS_FOR_HIGH or risk <= knee:
            return risk
        return min(risk, knee + (risk - knee) * max(0.0, top - knee) / max(1e-12, 1.0 - knee))
    r = np.asarray(risk, dtype=float)
    squeezed = np.where(r > knee, knee + (r - knee) * max(0.0, top - knee) / max(1e-12, 1.0 - knee), r)
    out = np.where(np.asarray(red_flags) >= RED_FLAGS_FOR_HIGH, r, np.minimum(r, squeezed))
    return out if out.ndim else float(out)


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
    parts: "WordPartModel | None" = None  # the word-part component (wordparts.py), when shipped


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
    parts = None
    if "parts" in doc:
        from .wordparts import WordPartModel

        parts = WordPartModel(doc["parts"]["bias"], {g: (v[0], v[1]) for g, v in doc["parts"]["grams"].items()})
    return Shipped(PhraseModel(doc["bias"], doc["weights"]), Stacked(st["a"], st["c"], st["b"], st["cap"]), doc["bands"],
                   f"phrases-{doc['corpus']['sha256']}", parts)


def top_terms(terms: dict[str, float], k: int = 5, sign: int = 1) -> list[tuple[str, float]]:
    """The ``k`` phrases pushing most in direction ``sign``, a phrase inside a longer one shown once."""
    picked: list[tuple[str, float]] = []
    # ties broken by the phrase itself: a set of phrases iterates in a per-process order
    for p, w in sorted(terms.items(), key=lambda kv: (-sign * kv[1], kv[0])):
        if sign * w <= 0 or len(picked) >= k:
            break
        if any(p in q or q in p for q, _ in picked):
            continue
        picked.append((p, w))
    return picked


def shown(phrase: str) -> str:
    """A phrase as a person reads it: placeholders in brackets."""
    if "x" not in phrase:  # every placeholder is x…x; most phrases hold none
        return phrase
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
    if "x" not in phrase:
        return phrase
    for name, tok in PLACEHOLDERS.items():
        phrase = phrase.replace(tok, f"[{_SHOWN_UR[name]}]")
    return phrase


def explain(norm: Normalised, entities, model: PhraseModel, scale: float, k: int = 5,
            cap: float = float("inf"), parts: "WordPartModel | None" = None) -> tuple[float, list[S.Flag]]:
    """The wording's logit of a post (phrases, plus word parts when ``parts`` is given) and up to two
    flags (deceptive / reassuring wording), each naming its top ``k`` phrases or words and marking where
    they are; a flag's weight is its share of the stacked logit."""
    spans = token_spans(norm, entities)
    toks = [t for t, _, _ in spans]
    skip = dropped(toks)  # read by both the phrases and the word parts
    logit, terms = model.logit_and_terms(ngrams(toks, skip))
    if parts is not None:
        # each word's exact share of the word-part logit joins the phrases as one more term
        part_logit, shares = parts.read(toks, skip)
        logit += part_logit
        for word, share in shares.items():
            terms[word] = terms.get(word, 0.0) + share
    starts_of: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        starts_of.setdefault(t, []).append(i)
    flags = []
    for code, sign in (("phrases_deceptive", 1), ("phrases_reassuring", -1)):
        top = top_terms(terms, k, sign)
        if not top:
            continue
        kind, _, _, en, ur = CODES[code]
        marks: set[tuple[int, int]] = set()
        for phrase, _ in top:
            words = phrase.split(" ")
            n = len(words)
            for i in starts_of.get(words[0], ()):
                if toks[i:i + n] == words:
                    marks.add((spans[i][1], spans[i + n - 1][2]))
        total = sum(w for p, w in terms.items() if sign * w > 0)
        flags.append(S.Flag(code=code, kind=kind, weight=round(sign * min(sign * scale * total, cap), 3),
                            explanation_en=f"{en}: " + ", ".join(f"'{shown(p)}'" for p, _ in top),
                            explanation_ur=f"{ur}: " + "، ".join(f"'{_shown_ur(p)}'" for p, _ in top),
                            spans=[S.Span(start=a, end=b, text=norm.original[a:b]) for a, b in sorted(marks)],
                            sources=[SOURCE]))
    return logit, flags
