"""Checks for what is checkable: CNIC, phone numbers, countries, Pakistan's provinces and districts,
ISO 639 languages. Pure functions; each returns the normalised value or raises ``ValueError`` with a
message that names the rule, never echoing the value back (it may be personal)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import phonenumbers
from babel import Locale
from babel.core import get_global
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.pk import cnic as stdnum_cnic

# Urdu (Extended Arabic-Indic) and Arabic-Indic digits -> ASCII, so "۳۵۲۰۲" validates as "35202".
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def normalise_cnic(value: str) -> str:
    """13 digits, returned compact; shown 5-7-1 by ``format_cnic``."""
    try:
        return stdnum_cnic.validate(ascii_digits(value).strip())
    except StdnumError as exc:
        raise ValueError("CNIC must be 13 digits (5-7-1), starting with a province digit 1-7 and ending in a non-zero digit") from exc


def format_cnic(compact: str) -> str:
    return stdnum_cnic.format(compact)


def display_cnic(value: str | None) -> str:
    """A stored CNIC as people write it (5-7-1); a value an older rule let through is shown as it
    is stored rather than failing the page."""
    if not value:
        return ""
    try:
        return format_cnic(value)
    except Exception:  # noqa: BLE001 - show what is stored rather than fail the page
        return value


def normalise_phone(value: str, region: str = "PK") -> str:
    """E.164; local Pakistani numbers (0300 1234567) and Urdu digits are accepted."""
    text = ascii_digits(value).strip()
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError("phone number could not be read; use +92 3XX XXXXXXX or 03XX XXXXXXX") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError("phone number is not a valid number for its country")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalise_passport(value: str) -> str:
    compact = "".join(ch for ch in ascii_digits(value).upper() if ch.isalnum())
    if not 6 <= len(compact) <= 12:
        raise ValueError("passport number must be 6 to 12 letters and digits")
    return compact


@lru_cache(maxsize=4)
def countries(locale: str = "en") -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> name, from CLDR via Babel (English or Urdu names)."""
    territories = Locale.parse(locale).territories
    # CLDR also lists regions ("001"), groupings (EU, UN) and the unknown region (ZZ).
    skip = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}
    return {code: name for code, name in territories.items()
            if len(code) == 2 and code.isalpha() and code.isupper() and code not in skip}


def normalise_country(value: str) -> str:
    code = value.strip().upper()
    if code not in countries():
        raise ValueError("country must be an ISO 3166-1 alpha-2 code")
    return code


# Arabic-script letters typed in several code points, folded to the Urdu ones (as rihai.names does).
_URDU_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ة": "ہ", "ۀ": "ہ", "أ": "ا",
                            "إ": "ا", "ٱ": "ا", "ؤ": "و"})


def _country_key(text: str) -> str:
    """"U.A.E." -> "uae", "Saudi-Arabia" -> "saudiarabia", "Türkiye" -> "turkiye", Urdu letters
    folded and its spaces dropped: letters only, so punctuation and spacing never decide."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_URDU_FOLD))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isalpha())
    key = kept.casefold().translate(_URDU_FOLD)
    return key[3:] if key.startswith("the") and len(key) > 6 else key


@lru_cache(maxsize=1)
def _country_table() -> dict[str, tuple[str, str]]:
    """Folded text -> (ISO code, how it was read). CLDR's English and Urdu names and the ISO
    alpha-2 and alpha-3 codes come from Babel; variants and cities from data/country_names.json.
    A key two readings disagree on is dropped: better refused than guessed."""
    table: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()

    def add(text: str, code: str, how: str) -> None:
        key = _country_key(text)
        if not key or key in clash:
            return
        if key in table and table[key][0] != code:
            clash.add(key)
            del table[key]
            return
        table.setdefault(key, (code, how))

    known = countries()
    for code in known:
        add(code, code, "code")
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in known:
            add(alias, targets[0], "code")
    for locale in ("en", "ur"):
        for code, name in countries(locale).items():
            # "Myanmar (Burma)": the name, and the name in brackets, each on its own.
            for part in (name, *re.split(r"[()]", name)):
                add(part, code, "name")
    data = json.loads(resources.files("rihai").joinpath("data/country_names.json").read_text("utf-8"))
    for how in ("variants", "cities"):
        for code, texts in data[how].items():
            for text in texts:
                add(text, code, "name" if how == "variants" else "city")
    return table


def read_country(text: str) -> tuple[str, str] | None:
    """A country written any common way -> (ISO 3166-1 alpha-2 code, how it was read: "code",
    "name" or "city"); ``None`` when it is not known. English and Urdu names, variants and
    misspellings lists use ("U.A.E", "KSA", "Burma", "سعودیہ"), ISO-2 and ISO-3 codes, and the few
    unambiguous cities of a reviewed table ("Dubai" -> AE, read as "city" so a page can say so).
    Nothing fuzzy: "Irak" is Iraq because the table says so, never because it is close to Iran."""
    key = _country_key(text)
    return _country_table().get(key) if key else None


@lru_cache(maxsize=1)
def pakistan_admin() -> dict[str, dict]:
    text = resources.files("rihai").joinpath("data/pakistan_admin.json").read_text("utf-8")
    return json.loads(text)["provinces"]


def districts_of(province: str | None) -> list[str]:
    """The districts of a province code, or none for a blank or unknown one (a form's first view)."""
    return list(pakistan_admin().get(province or "", {}).get("districts", []))


def normalise_province(value: str) -> str:
    code = value.strip().upper()
    if not code.startswith("PK-"):
        code = "PK-" + code
    if code not in pakistan_admin():
        raise ValueError("province must be an ISO 3166-2:PK code (PK-PB, PK-SD, PK-KP, PK-BA, PK-IS, PK-GB, PK-JK)")
    return code


def normalise_district(province: str, district: str) -> str:
    """A district of the given province, matched case-insensitively; returns the canonical name."""
    known = pakistan_admin()[normalise_province(province)]["districts"]
    wanted = " ".join(district.split()).casefold()
    for name in known:
        if name.casefold() == wanted:
            return name
    raise ValueError("district is not a district of the given province")


# Languages of Pakistan that CLDR (and so Babel) does not list, with their ISO 639-3 codes.
_PAKISTAN_LANGUAGES = {"skr": "Saraiki", "hno": "Hindko", "bsk": "Burushaski", "scl": "Shina",
                       "bft": "Balti", "kls": "Kalasha", "wbl": "Wakhi", "gwc": "Kalami",
                       "mvy": "Indus Kohistani", "phr": "Pahari-Potwari", "gju": "Gujari"}


@lru_cache(maxsize=1)
def languages() -> dict[str, str]:
    """ISO 639 codes Babel knows (two-letter and three-letter) plus Pakistan's regional
    languages -> English name."""
    known = {code: name for code, name in Locale.parse("en").languages.items()
             if code.isalpha() and code.islower() and len(code) in (2, 3)}
    return {**known, **{c: n for c, n in _PAKISTAN_LANGUAGES.items() if c not in known}}


# Their names in Urdu, where CLDR has none.
_PAKISTAN_LANGUAGES_UR = {"skr": "سرائیکی", "hno": "ہندکو", "bsk": "بروشسکی", "scl": "شینا", "bft": "بلتی",
                          "kls": "کلاشہ", "wbl": "واخی", "gwc": "کالامی", "mvy": "انڈس کوہستانی",
                          "phr": "پہاڑی پوٹھواری", "gju": "گوجری", "bal": "بلوچی", "brh": "براہوی", "khw": "کھوار"}


@lru_cache(maxsize=512)
def language_name(code: str, locale: str = "en") -> str:
    """The name of ISO 639 language ``code`` in English or Urdu ("pa" -> "Punjabi", "پنجابی"); an
    unknown code is returned as it is."""
    if locale == "ur":
        name = Locale.parse("ur").languages.get(code) or _PAKISTAN_LANGUAGES_UR.get(code)
        if name:
            return name
    return languages().get(code) or code


def country_name(code: str, locale: str = "en") -> str:
    """The name of ISO 3166 country ``code`` in English or Urdu ("MM" -> "Myanmar (Burma)")."""
    return countries(locale).get(code) or countries("en").get(code) or code


def normalise_language(value: str) -> str:
    code = value.strip().lower()
    if code not in languages():
        raise ValueError("language must be an ISO 639 code such as ur, pa, ps, sd, bal, en")
    return code
