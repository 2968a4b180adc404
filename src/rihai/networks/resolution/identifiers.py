"""One canonical form per identifier, so that the same phone, handle, account or licence written
differently by two agencies becomes one key.

``canonical(kind, raw)`` returns ``(kind, value)`` because some identifiers are another kind in
disguise: a WhatsApp link or a JazzCash/Easypaisa wallet is its phone number, and links on it as a
phone. ``normalise_identifier`` is the published form (the value only).

The OEP licence rule repeats ``rihai.screening.offers`` (``normalise_licence``: upper case, parts
split on separators, numbers padded to four digits) rather than importing it: that package's front
door is its database service, and this engine must stay free of the database. City names are
folded to the Protector of Emigrants' codes here as well, which the offers rule does not need.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from stdnum import bitcoin, iban

from rihai.validators import ascii_digits, normalise_cnic, pakistan_admin

from .phones import normalise_phone

# --- handles and links --------------------------------------------------------------------------
_PLATFORM_HOSTS = {"t.me": "telegram", "telegram.me": "telegram", "telegram.dog": "telegram",
                   "facebook.com": "facebook", "fb.com": "facebook", "fb.me": "facebook",
                   "tiktok.com": "tiktok", "instagram.com": "instagram", "instagr.am": "instagram",
                   "wa.me": "whatsapp", "whatsapp.com": "whatsapp", "api.whatsapp.com": "whatsapp",
                   "x.com": "x", "twitter.com": "x"}
_PLATFORM_WORDS = {"telegram": "telegram", "tg": "telegram", "tiktok": "tiktok", "tik tok": "tiktok",
                   "facebook": "facebook", "fb": "facebook", "instagram": "instagram", "insta": "instagram",
                   "ig": "instagram", "whatsapp": "whatsapp", "whats app": "whatsapp", "wa": "whatsapp",
                   "twitter": "x"}
_PLATFORM_PREFIX = re.compile(r"^\s*(?P<p>" + "|".join(sorted(map(re.escape, _PLATFORM_WORDS), key=len, reverse=True))
                              + r")\s*[:\-]?\s*", re.I)
_HANDLE_CHARS = re.compile(r"[^\w.]+")


def _host(netloc: str) -> str:
    host = netloc.lower().split("@")[-1].split(":")[0]
    for prefix in ("www.", "m.", "mobile.", "web.", "mbasic.", "vm.", "business."):
        host = host.removeprefix(prefix)
    return host


def normalise_handle(raw: str) -> tuple[str, str] | None:
    """``("handle", "telegram:name")``, or ``("phone", E.164)`` for a WhatsApp number or link."""
    text = raw.strip()
    if not text:
        return None
    platform = None
    m = _PLATFORM_PREFIX.match(text)
    if m and not re.match(r"^\s*\w+\.\w", text):
        platform = _PLATFORM_WORDS[m.group("p").lower()]
        text = text[m.end():].strip()
    looks_like_url = "/" in text and re.search(r"[a-z0-9-]+\.[a-z]{2,}(/|$)", text, re.I)
    if looks_like_url:
        url = urlsplit(text if "://" in text else "https://" + text)
        platform = _PLATFORM_HOSTS.get(_host(url.netloc), platform)
        if platform is None:
            return "handle", (_host(url.netloc) + url.path.rstrip("/")).casefold()
        return _from_url(platform, url)
    if platform == "whatsapp" or (platform is None and normalise_phone(text)):
        phone = normalise_phone(text)
        return ("phone", phone) if phone else None
    name = _HANDLE_CHARS.sub("", text.lstrip("@")).casefold().strip(".")
    if len(name) < 2:
        return None
    return "handle", f"{platform}:{name}" if platform else "@" + name


def _from_url(platform: str, url) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    parts = [p for p in url.path.split("/") if p]
    query = parse_qs(url.query)
    if platform == "whatsapp":
        number = (query.get("phone") or [parts[-1] if parts else ""])[0]
        phone = normalise_phone("+" + number.lstrip("+")) if number else None
        return ("phone", phone) if phone else None
    if platform == "facebook":
        if parts and parts[0] == "profile.php" and query.get("id"):
            return "handle", "facebook:" + query["id"][0]
        if len(parts) >= 2 and parts[0] in ("pages", "pg") and parts[-1].isdigit():
            return "handle", "facebook:" + parts[-1]
        if len(parts) >= 2 and parts[0] in ("groups", "people"):
            return "handle", "facebook:" + parts[0] + "/" + parts[1].casefold()
        if not parts:
            return None
        # Facebook usernames ignore case and dots.
        return "handle", "facebook:" + parts[0].casefold().replace(".", "")
    if not parts:
        return None
    name = parts[0]
    if platform == "telegram" and name in ("s", "joinchat") and len(parts) > 1:
        name = parts[1]
    return "handle", f"{platform}:" + name.lstrip("@").casefold()


# --- e-mail ----------------------------------------------------------------------------------------
_AT = re.compile(r"\s*(?:\[at\]|\(at\)|\{at\}| at )\s*", re.I)
_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\{dot\}| dot )\s*", re.I)
_EMAIL = re.compile(r"[^@\s]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def normalise_email(raw: str) -> str | None:
    text = _DOT.sub(".", _AT.sub("@", raw.strip().removeprefix("mailto:"))).casefold().replace(" ", "")
    if not _EMAIL.fullmatch(text):
        return None
    local, domain = text.rsplit("@", 1)
    if domain in ("gmail.com", "googlemail.com"):
        # Gmail ignores dots and anything after a plus in the local part.
        local, domain = local.split("+", 1)[0].replace(".", ""), "gmail.com"
    return f"{local}@{domain}" if local else None


# --- accounts ----------------------------------------------------------------------------------------
_WALLET = re.compile(r"\b(?:jazz\s?cash|easy\s?paisa|upaisa|sadapay|nayapay|mobile\s?wallet|wallet)\b", re.I)
_ETH = re.compile(r"0x[0-9a-fA-F]{40}")
_TRON = re.compile(r"T[1-9A-HJ-NP-Za-km-z]{33}")
_ACCOUNT_WORDS = re.compile(r"\b(?:a/?c|acc(?:oun)?t|iban|no|number|title|bank)\b\.?\s*[:#\-]?", re.I)


def normalise_account(raw: str) -> tuple[str, str] | None:
    """IBAN, crypto address, bank account number; a mobile wallet is its phone number."""
    text = ascii_digits(raw.strip())
    if not text:
        return None
    wallet = bool(_WALLET.search(text))
    bare = _WALLET.sub(" ", text)
    compact = re.sub(r"[\s\-.:]+", "", _ACCOUNT_WORDS.sub(" ", bare))
    if iban.is_valid(compact):
        return "account", "iban:" + iban.compact(compact)
    if _ETH.fullmatch(compact):
        return "account", "eth:" + compact.lower()
    if _TRON.fullmatch(compact):
        return "account", "tron:" + compact
    if compact[:3].lower() == "bc1" or compact[:1] in ("1", "3") and not compact.isdigit():
        if bitcoin.is_valid(compact):
            return "account", "btc:" + (compact.lower() if compact[:3].lower() == "bc1" else compact)
    phone = normalise_phone(bare)
    if phone and phone.startswith("+") and (wallet or re.fullmatch(r"\+?[\d\s\-]{10,16}", bare.strip())):
        # JazzCash and Easypaisa accounts are the holder's mobile number.
        return "phone", phone
    digits = re.sub(r"\D", "", compact)
    if len(digits) >= 8 and len(digits) >= len(compact) - 4:
        return "account", "acct:" + digits
    return None


# --- OEP licences --------------------------------------------------------------------------------------
# Protector of Emigrants offices and the codes licences carry.
_CITY_CODES = {"RAWALPINDI": "RWP", "PINDI": "RWP", "LAHORE": "LHR", "KARACHI": "KHI", "PESHAWAR": "PSH",
               "ISLAMABAD": "ISB", "MULTAN": "MUL", "MALAKAND": "MKD", "QUETTA": "QTA", "FAISALABAD": "FSD",
               "SIALKOT": "SKT", "GUJRANWALA": "GRW", "SARGODHA": "SGD", "DGKHAN": "DGK", "HYDERABAD": "HYD"}
_LICENCE_WORDS = re.compile(r"\b(?:OEP|O\.E\.P|LICEN[CS]E|LIC|NO|NUMBER|NUM|REG(?:ISTRATION)?|OVERSEAS|EMPLOYMENT|"
                            r"PROMOTERS?)\b\.?|[#:]", re.I)


def normalise_licence(raw: str) -> str | None:
    """'OEP 0696/RWP', '696-rwp', 'Licence No. 0696/Rawalpindi' -> '0696/RWP'."""
    text = _LICENCE_WORDS.sub(" ", ascii_digits(raw).upper())
    parts = [p for p in re.split(r"[\s/\\\-.,]+", text) if p]
    parts = [p.zfill(4) if p.isdigit() else _CITY_CODES.get(p, p) for p in parts]
    if not any(p.isdigit() for p in parts):
        return None
    return "/".join(parts)


# --- companies and places ---------------------------------------------------------------------------------
_COMPANY_NOISE = re.compile(r"\b(?:m/s|messrs|the|pvt|private|ltd|limited|llc|co|company|corp|corporation|inc|"
                            r"smc|overseas employment promoters?|oep|o\.e\.p|and|&)\b\.?", re.I)


def normalise_company(raw: str) -> str | None:
    """Case, punctuation and 'Pvt Ltd' / 'Overseas Employment Promoters' suffixes folded."""
    text = unicodedata.normalize("NFKC", raw).casefold().replace("(pvt)", " ").replace("(private)", " ")
    text = re.sub(r"[^\w\s&/]", " ", _COMPANY_NOISE.sub(" ", text))
    text = " ".join(_COMPANY_NOISE.sub(" ", text).split())
    return text or None


@lru_cache(maxsize=1)
def _districts() -> dict[str, str]:
    known: dict[str, str] = {}
    for code, province in pakistan_admin().items():
        for name in province.get("districts", []):
            known[" ".join(name.casefold().split())] = name
    return known


def normalise_place(raw: str) -> str | None:
    """A district's canonical name where the place is one (rihai.validators); else folded text."""
    text = " ".join(re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", raw)).casefold().split())
    if not text:
        return None
    return _districts().get(text, text)


_CNIC_FAST = re.compile(r"[1-7]\d{11}[1-9]")


def _cnic(raw: str) -> str | None:
    # The common case read without python-stdnum's per-character cleaning (about 30x faster):
    # 13 digits, a province digit 1-7 first, a non-zero gender digit last, as stdnum requires.
    compact = re.sub(r"[\s\-]", "", ascii_digits(raw))
    if _CNIC_FAST.fullmatch(compact):
        return compact
    try:
        return normalise_cnic(raw)
    except ValueError:
        return None


def canonical(kind: str, raw: str) -> tuple[str, str] | None:
    """(kind, canonical value), where the kind may change (WhatsApp link or wallet -> phone)."""
    if kind == "phone":
        phone = normalise_phone(raw)
        return ("phone", phone) if phone else None
    if kind == "handle":
        return normalise_handle(raw)
    if kind == "account":
        return normalise_account(raw)
    simple = {"email": normalise_email, "licence": normalise_licence, "company": normalise_company,
              "cnic": _cnic, "place": normalise_place}.get(kind)
    if simple is None:
        raise ValueError(f"unknown identifier kind (known: {', '.join(sorted(simple_kinds()))})")
    value = simple(raw)
    return (kind, value) if value else None


def simple_kinds() -> set[str]:
    return {"phone", "handle", "email", "account", "licence", "company", "cnic", "place"}


def normalise_identifier(kind: str, raw: str) -> str | None:
    """The canonical value of an identifier written as ``raw``; None when it cannot be used."""
    result = canonical(kind, raw)
    return result[1] if result else None
