"""Name labels: what a person mention's name and aliases fold to, so that the same person spelled
differently in Latin and Urdu script gets the same label.

A label is the sorted set of consonant skeletons of the name's canonical tokens (``rihai.names``:
Muhammad/Mohd folded, honorifics dropped, Urdu transliterated or skeletonised), so "Muhammad Imran
Butt", "Mohd. Imran Butt" and "محمد عمران بٹ" share one label. A second label drops "Muhammad",
which is as often left out as written. A nickname ("Thai wala", "Dubai bhai") is a label of the
alias kind even when it was typed in the name field.

Labels alone never merge two people (namesakes); ``resolve`` joins a label with a shared context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from rihai.names import canonical_tokens, is_urdu, skeleton

# Words that make a name a nickname: "Thai wala" (the one who sends people to Thailand), "Ustad".
_NICKNAME_WORDS = frozenset("wala wale waley wali bhai bhaiya bhayya ustad ustaad agent seth chacha mama lala "
                            "pehlwan don".split()) | frozenset("والا والے بھائی استاد ایجنٹ سیٹھ چاچا ماما".split())
_MUHAMMAD = skeleton("muhammad")
_VICTIM_ROLES = frozenset({"victim", "survivor", "missing", "missing person", "missing_person", "child"})


@dataclass(frozen=True, slots=True)
class NameLabels:
    labels: tuple[str, ...]  # full label first, then the one without "Muhammad"
    nickname: bool
    display: str  # canonical tokens, sorted: what similarity is scored on
    # The skeletons in written order, run together ("Sher Baz Khan" and "Sherbaz Khan": XRBZKN),
    # for names of two words or more: a possible match's spelling variant, never a merge.
    joined: str | None = None


def _skeletons(tokens: list[str]) -> list[str]:
    return sorted({s for s in (skeleton(t) for t in tokens) if s})


@lru_cache(maxsize=1 << 18)
def name_labels(name: str) -> NameLabels | None:
    """Labels of a name or alias, or None when nothing identifying is left (honorifics only)."""
    words = [w.casefold() for w in re.split(r"[\s\-_.]+", name) if w]
    nickname = any(w in _NICKNAME_WORDS for w in words)
    tokens = canonical_tokens(name)
    sks = _skeletons(tokens)
    if not sks:
        return None
    labels = ["|".join(sks)]
    short = [s for s in sks if s != _MUHAMMAD]
    if short and len(short) < len(sks):
        labels.append("|".join(short))
    ordered = [sk for sk in (skeleton(t) for t in tokens) if sk]
    joined = "~" + "".join(ordered) if len(ordered) >= 2 else None
    return NameLabels(tuple(labels), nickname, " ".join(sorted(tokens)), joined)


def is_victim(role: str | None) -> bool:
    """Victims' names do not take the record's identifiers (the recruiter's phone, the licence)
    as their own context: two namesake victims of one network are two people."""
    return bool(role) and role.strip().casefold() in _VICTIM_ROLES  # type: ignore[union-attr]


@lru_cache(maxsize=1 << 18)
def name_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names' display keys (sorted canonical tokens); across scripts,
    of their skeletons."""
    if is_urdu(a) != is_urdu(b):
        a = " ".join(skeleton(t) for t in a.split())
        b = " ".join(skeleton(t) for t in b.split())
    return fuzz.token_set_ratio(a, b) / 100.0
