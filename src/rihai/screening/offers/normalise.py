"""Text normalisation with an offset map back to the original input.

Every rule and entity extractor works on a *working copy* of the text, but a UI
must highlight the ORIGINAL text, so each working-copy character remembers the
[start, end) range of original characters it came from.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from html import unescape

# Beyond this many characters we stop analysing: regexes over megabytes would
# blow the latency budget, and real job posts are far shorter.
MAX_ANALYSED_CHARS = 20_000

# Invisible characters used (deliberately or by keyboards) to break up words
# and numbers so that naive keyword filters miss them.
_DROP = {
    "\u00ad", "\u061c", "\u0640", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e",
    "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060", "\u2061",
    "\u2062", "\u2063", "\u2064", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
}

_CHAR_MAP = {
    # Arabic-script letter variants: Arabic-keyboard yeh/kaf/heh vs Urdu forms,
    # so patterns only need the Urdu spelling.
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1",
    # Dashes and minus signs typed in phone numbers.
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u06d4": ".",
}
for _i in range(10):
    _CHAR_MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _CHAR_MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Urdu/Persian) digits

_WORD_RE = re.compile(r"\w+")
_HTML_RE = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<[a-zA-Z/!][^<>]{0,2000}>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});",
    re.S | re.I,
)


@dataclass(frozen=True)
class Normalised:
    """Working copy plus per-character origin ranges (None = identity map)."""

    original: str
    text: str
    starts: list[int] | None
    ends: list[int] | None
    truncated: bool
    html: bool
    # Lower-cased copy with identical offsets, or None when lower() changes the
    # length (e.g. U+0130); scanners then fall back to re.IGNORECASE.
    lower: str | None = None

    @cached_property
    def words(self) -> list[tuple[int, str]]:
        """(start, token) for each word of ``lower``; tokenised once, used by several matchers."""
        return [(m.start(), m.group(0)) for m in _WORD_RE.finditer(self.lower or "")]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the working copy to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _needs_work(text: str) -> bool:
    return not text.isascii() or "<" in text or "&" in text


def _map_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch in _DROP:
        return ""
    if ch.isascii():
        return ch
    cat = unicodedata.category(ch)
    if cat == "Cc" or cat == "Cs" or cat == "Co" or cat == "Cn":
        return " "  # control/surrogate/unassigned junk: keep tokens apart
    if cat == "Cf":
        return ""
    out = unicodedata.normalize("NFKC", ch)
    if len(out) > 8:  # e.g. U+FDFA expands to a whole phrase; not useful
        return ch
    return "".join(_CHAR_MAP.get(c, c) for c in out)


def normalise(text: str, limit: int = MAX_ANALYSED_CHARS) -> Normalised:
    """Build the working copy. Caller guarantees ``text`` is a str."""
    truncated = len(text) > limit
    src = text[:limit] if truncated else text
    if not _needs_work(src):
        return Normalised(text, src, None, None, truncated, False, _lower(src))

    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    html = False
    pos = 0
    for m in _HTML_RE.finditer(src) if ("<" in src or "&" in src) else ():
        _append_plain(src, pos, m.start(), out, starts, ends)
        token = m.group(0)
        if token.startswith("&"):
            rep = unescape(token)
            rep = "".join(_map_char(c) for c in rep)
        else:
            html = True
            rep = " "  # a tag separates words
        for c in rep:
            out.append(c)
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    _append_plain(src, pos, len(src), out, starts, ends)
    work = "".join(out)
    return Normalised(text, work, starts, ends, truncated, html, _lower(work))


def _lower(s: str) -> str | None:
    low = s.lower()
    return low if len(low) == len(s) else None


_MEMO: dict[str, str] = {}
# A stretch of non-ASCII characters (in Urdu, about a word) -> its mapping when every character maps to
# exactly one, else None. Words repeat across posts, so most stretches are one lookup, not one per letter.
_RUN_MEMO: dict[str, str | None] = {}
_RUN_MEMO_SIZE = 200_000
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _char(ch: str) -> str:
    """``_map_char``, remembered: a post reuses few distinct letters."""
    rep = _MEMO.get(ch)
    if rep is None:
        rep = _map_char(ch)
        if len(_MEMO) < 50_000:
            _MEMO[ch] = rep
    return rep


def _one_to_one(run: str) -> str | None:
    mapped = _RUN_MEMO.get(run, "")
    if mapped == "":  # never a real value: a non-empty run maps to a non-empty string or None
        reps = [_char(ch) for ch in run]
        mapped = "".join(reps) if all(len(r) == 1 for r in reps) else None
        if len(_RUN_MEMO) >= _RUN_MEMO_SIZE:
            _RUN_MEMO.clear()
        _RUN_MEMO[run] = mapped
    return mapped


def _append_plain(src: str, a: int, b: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    # ASCII stretches are copied wholesale; a non-ASCII stretch whose characters each map to one is
    # mapped whole (remembered); only the others are mapped character by character.
    pos = a
    for m in _NON_ASCII.finditer(src, a, b):
        if m.start() > pos:
            out.append(src[pos:m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        mapped = _one_to_one(m.group(0))
        if mapped is not None:
            out.append(mapped)
            starts.extend(range(m.start(), m.end()))
            ends.extend(range(m.start() + 1, m.end() + 1))
            pos = m.end()
            continue
        for i in range(m.start(), m.end()):
            rep = _char(src[i])
            if len(rep) == 1:
                out.append(rep)
                starts.append(i)
                ends.append(i + 1)
            else:
                for c in rep:
                    out.append(c)
                    starts.append(i)
                    ends.append(i + 1)
        pos = m.end()
    if b > pos:
        out.append(src[pos:b])
        starts.extend(range(pos, b))
        ends.extend(range(pos + 1, b + 1))


_WORDS = {
    "zero": "0", "oh": "0", "sifar": "0", "one": "1", "ek": "1", "two": "2", "do": "2",
    "three": "3", "teen": "3", "four": "4", "char": "4", "five": "5", "panch": "5",
    "six": "6", "chay": "6", "seven": "7", "saat": "7", "eight": "8", "aath": "8",
    "nine": "9", "nau": "9",
}
_HINTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "sifar", "hundred")
_NUMWORD_RE = re.compile(
    r"\b(?:(?:zero|oh|sifar|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred|thousand|\d+)\b[\s,\-]*){4,}",
    re.I,
)
_TOKEN_RE = re.compile(r"[a-z]+|\d+", re.I)


def spelled_digits(text: str) -> list[tuple[int, int, str]]:
    """Find phone numbers written as words ("zero three hundred one two ...").

    Returns (start, end, digits) in the coordinates of ``text``. Only English
    number words are used for the trigger so ordinary Roman Urdu ("do", "char")
    does not turn prose into numbers.
    """
    found: list[tuple[int, int, str]] = []
    low = text.lower()
    if not any(w in low for w in _HINTS):
        return found
    for m in _NUMWORD_RE.finditer(text):
        if not any(c.isalpha() for c in m.group(0)):
            continue  # plain digit runs are handled by the phone regex
        digits: list[str] = []
        repeat = 1
        for tok in _TOKEN_RE.findall(m.group(0)):
            low = tok.lower()
            if low == "double":
                repeat = 2
            elif low == "triple":
                repeat = 3
            elif low == "hundred":
                digits.append("00")
            elif low == "thousand":
                digits.append("000")
            elif low in _WORDS or tok.isdigit():
                digits.append((_WORDS.get(low) or tok) * repeat)
                repeat = 1
        joined = "".join(digits)
        if 9 <= len(joined) <= 15:
            found.append((m.start(), m.end(), joined))
    return found
