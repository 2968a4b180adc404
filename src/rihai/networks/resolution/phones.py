"""Phone numbers however written or obfuscated -> E.164.

Recruiters write one number many ways: "0300-1234567", "+92 (300) 123 4567", "0092 300 1234567",
"03OO l234567" (letters for digits, to slip past keyword filters), Urdu or Arabic-Indic digits,
"wa.me/923001234567". The common shape of a Pakistani mobile is read by a regular expression; the
rest goes to ``phonenumbers`` (the slow part, so results are cached by the caller). Short codes
(15, 1122) stay as they are dialled, so the public-number list can recognise them.
"""

from __future__ import annotations

import re

import phonenumbers

# Urdu (Extended Arabic-Indic) and Arabic-Indic digits, and the letters written for digits.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩OoIl|i", "01234567890123456789001111")
_LINK = re.compile(r"(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|whatsapp\.com/send/?\?phone=)"
                   r"\+?(?P<n>[\d\s\-]+)", re.I)
_SEPARATORS = re.compile(r"[\s\-.:;()/\\\u200e\u200f\u202a-\u202e_,*#~]+")
_PK_MOBILE = re.compile(r"(?:\+92|0092|92|0)?(3\d{9})")
# Universal Access Numbers (111-xxx-xxx) reach one organisation from any area code.
_PK_UAN = re.compile(r"(?:(?:\+92|0092|92|0)\d{2,3})?(111\d{6})")
_WORDS = re.compile(r"\b(?:whats\s?app|wa|tel|phone|cell|mob(?:ile)?|call|contact|jazz\s?cash|easy\s?paisa|"
                    r"number|no|ph|sms|viber|imo|signal)\b\.?\s*[:#\-]?", re.I)


def normalise_phone(raw: str) -> str | None:
    """E.164 (``+923001234567``), a short code as dialled (``1122``), or None when unusable."""
    text = raw.strip()
    if not text:
        return None
    link = _LINK.search(text)
    if link:
        text = "+" + link.group("n")
    text = _WORDS.sub(" ", text)
    # Letters other than the look-alikes (O for 0, l for 1) mean a name or a handle, not a number.
    letters = [c for c in text if c.isalpha() and c not in "OoIli"]
    if letters:
        return None
    text = _SEPARATORS.sub("", text.translate(_DIGITS))
    if text.startswith("+"):
        plus, digits = True, text[1:]
    else:
        plus, digits = False, text
    if not digits.isdigit():
        return None
    m = _PK_MOBILE.fullmatch(("+" if plus else "") + digits)
    if m:
        return "+92" + m.group(1)
    m = _PK_UAN.fullmatch(("+" if plus else "") + digits)
    if m:
        return m.group(1)
    if not plus and digits.startswith("00"):
        plus, digits = True, digits[2:]
    if not plus and len(digits) <= 6:
        # Short codes: Police 15, Rescue 1122, helplines; dialled as they are, nationally.
        return digits if len(digits) >= 2 else None
    return _parse(digits, plus)


def _parse(digits: str, plus: bool) -> str | None:
    candidates = ["+" + digits] if plus else [digits, "+" + digits]
    for text in candidates:
        try:
            num = phonenumbers.parse(text, None if text.startswith("+") else "PK")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return None
