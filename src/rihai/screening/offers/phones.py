"""Phone numbers in job offers: obfuscation undone, normalised to E.164.

Lures hide numbers from keyword filters: letters for digits ("03OO-l234567"),
spaced digits, Urdu/Arabic digits (already ASCII in the working copy),
wa.me links and spelled-out numbers.
"""
from __future__ import annotations

import re

import phonenumbers

from . import assessment as S
from .normalise import Normalised, spelled_digits

# Caps keep pathological posts cheap: phonenumbers parsing is the slow part.
MAX_PHONES = 50
MAX_PHONE_PARSES = 100

# Letters that scammers swap in for digits so filters miss the number.
_DIGIT_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "i": "1", "S": "5", "B": "8"})
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+|00)?(?:[0-9Oo][0-9OoIl|]{0,3})(?:[ \t\-.()/]{0,3}[0-9OoIl|]){6,14}(?![\w])"
)
_MSG_NEAR_RE = re.compile(r"whats\W{0,3}app|telegram|wa\.me|واٹس|وٹس|ٹیلی", re.I)


def span_of(n: Normalised, a: int, b: int) -> S.Span:
    """Span of the ORIGINAL text for working-copy offsets [a, b)."""
    oa, ob = n.to_original(a, b)
    return S.Span(start=oa, end=ob, text=n.original[oa:ob])


def _parse_phone(digits: str) -> phonenumbers.PhoneNumber | None:
    try:
        num = phonenumbers.parse(digits, "PK")
    except phonenumbers.NumberParseException:
        if digits.startswith("92") or digits.startswith("971") or digits.startswith("966"):
            try:
                num = phonenumbers.parse("+" + digits, None)
            except phonenumbers.NumberParseException:
                return None
        else:
            return None
    if not phonenumbers.is_valid_number(num) and not digits.startswith("+") and len(digits) >= 11:
        # "923001234567" written without the plus sign, as in wa.me links.
        try:
            alt = phonenumbers.parse("+" + digits, None)
            if phonenumbers.is_valid_number(alt):
                return alt
        except phonenumbers.NumberParseException:
            pass
    return num if phonenumbers.is_valid_number(num) else None


def _phone(n: Normalised, a: int, b: int, digits: str, obfuscated: bool) -> S.Phone | None:
    num = _parse_phone(digits)
    if num is None:
        return None
    ctx = n.text[max(0, a - 40): b + 25]
    return S.Phone(
        raw=n.original[slice(*n.to_original(a, b))], e164=phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        region=phonenumbers.region_code_for_number(num),
        mobile=phonenumbers.number_type(num) in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
        messaging=bool(_MSG_NEAR_RE.search(ctx)), obfuscated=obfuscated, span=span_of(n, a, b),
    )


def phones(n: Normalised) -> list[S.Phone]:
    """Phone numbers, with look-alike letters, spacing and spelled digits undone.

    The run regex happily joins "0300-1234567 0321-7654321" (or eleven spaced
    digits) into one blob, so whitespace-separated pieces are regrouped: from
    each piece we extend to the right and keep the first grouping of 9-15
    digits that phonenumbers accepts; scanning resumes right after it."""
    t = n.text
    out: list[S.Phone] = []
    seen: set[str] = set()
    cache: dict[str, str | None] = {}  # digits -> E.164 or None (invalid)
    budget = [4000]  # piece-steps per post, so runs of junk digits stay cheap

    def attempt(a: int, b: int) -> bool:
        """True if t[a:b] is a valid number (emitted unless already seen)."""
        raw = t[a:b]
        cleaned = raw.translate(_DIGIT_LOOKALIKE)
        digits = ("+" if cleaned.startswith("+") else "") + re.sub(r"\D", "", cleaned)
        if digits in cache:
            e164 = cache[digits]
            if e164 is None:
                return False
            if e164 in seen:
                return True
        elif len(cache) >= MAX_PHONE_PARSES:
            return False  # phonenumbers is the slow part: bound the work per post
        obf = cleaned != raw and not re.sub(r"[\s\-.()/]", "", raw).isdigit()
        p = _phone(n, a, b, digits, obfuscated=obf)
        cache[digits] = p.e164 if p else None
        if p and p.e164 not in seen and len(out) < MAX_PHONES:
            seen.add(p.e164)
            out.append(p)
        return p is not None

    pos = 0
    while budget[0] > 0:
        m = _PHONE_RE.search(t, pos)
        if m is None:
            break
        pos = m.end()
        if sum(c.isdigit() for c in m.group(0)) < 6:
            continue
        pieces = [(x.start() + m.start(), x.end() + m.start()) for x in re.finditer(r"\S+", m.group(0))]
        i, last_end = 0, None
        while i < len(pieces) and budget[0] > 0:
            digits = 0
            for j in range(i, len(pieces)):
                budget[0] -= 1
                digits += sum(c.isdigit() or c in "OoIl|" for c in t[pieces[j][0]:pieces[j][1]])
                if digits > 15:
                    break
                if digits >= 9 and attempt(pieces[i][0], pieces[j][1]):
                    last_end, i = pieces[j][1], j
                    break
            i += 1
        if last_end is not None and last_end < m.end():
            pos = last_end  # the tail may begin the next number
    for a, b, digits in spelled_digits(t):
        p = _phone(n, a, b, digits, obfuscated=True)
        if p and p.e164 not in seen and len(out) < MAX_PHONES:
            seen.add(p.e164)
            out.append(p)
    return out
