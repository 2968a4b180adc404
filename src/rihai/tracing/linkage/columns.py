"""Recognise what a column of an ad-hoc list holds, from its name and from its values.

Lists arrive as spreadsheets with any headings ("Name of Passenger", "Father/Husband", "D.O.B",
"NIC #", "soc_sec_id"). The heading is tried first because it is cheap and usually right; the
values confirm it or decide when the heading says nothing. A config may override any column.
"""

from __future__ import annotations

import re

import pandas as pd

from .features import clean_sex, parse_date

KINDS = ("given_name", "family_name", "full_name", "father_name", "dob", "national_id", "phone",
         "email", "postcode", "place", "address", "sex", "age", "category", "text", "number",
         "ignore")

# Heading patterns, checked in order (more specific first: "father name" before "name", "birth
# place" before "birth", "first and surname" before "surname"). English first, with the headings
# Urdu, Spanish, French and Portuguese lists commonly use, so a partner's file needs no mapping.
_NAME_RULES: list[tuple[str, str]] = [
    ("national_id", r"cnic|nic\b|nicop|nid|national_?id|id_?card|ssn|soc_?sec|passport|"
                    r"identity|id_?number|id_?no|^dni$|^nie$|^nif$|documento|^cpf$"),
    ("father_name", r"father|husband|guardian|wald|(^|_)[sdw]/?o($|_)|parent|padre|p[eè]re"),
    ("place", r"birth_?place|place_of_birth|^pob$|born_in|(country|town|city)_of_birth|"
              r"lugar_de_nac|lieu_de_naiss|naturalidade"),
    ("dob", r"dob|d\.o\.b|birth|born|date_of_birth|birthdate|nacimiento|fecha_nac|naissance|"
            r"nascimento"),
    ("age", r"^age$|^age_|_age$|years|^edad$|^idade$"),
    ("phone", r"phone|mobile|cell|contact_?no|tel\b|whatsapp|msisdn|tel[eé]fono|m[oó]vil|celular"),
    ("email", r"e-?mail|correo|courriel"),
    ("postcode", r"post_?code|postal|zip|^cp$|^cep$"),
    ("sex", r"^sex$|gender|^sexo$|^sexe$|^genero$|^género$"),
    ("category", r"occupation|profession|job|trade|employment|ocupaci[oó]n|profesi[oó]n|"
                 r"m[eé]tier|profiss[aã]o|religion|marital|caste_?group"),
    ("full_name", r"full_?name|complete_?name|(first|given|fore)_?(name_?)?(and|&|_)_?"
                  r"(sur|last|family)|nombre_completo|nom_complet|nome_completo"),
    ("given_name", r"first_?name|given|forename|fname|^first$|^nombres?$|^pr[eé]nom|^nome$"),
    ("family_name", r"surname|last_?name|family_?name|lname|caste|tribe|^last$|apellido|^nom$|"
                    r"^nom_de_famille|sobrenome"),
    ("full_name", r"name|nombre|^nom_"),
    ("address", r"address|street|addr|house|mohalla|direcci[oó]n|domicilio|adresse|endere[cç]o"),
    ("place", r"city|town|district|village|tehsil|province|state|suburb|country|place|region|"
              r"municipio|localidad|ciudad|provincia|ville|commune|cidade|munic[ií]pio"),
]
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
_ALPHA = re.compile(r"^[^\W\d_]+(?:[\s.'-]+[^\W\d_]+)*\.?$")


def _norm_heading(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def kind_from_name(column: str) -> str | None:
    h = _norm_heading(column)
    for kind, pattern in _NAME_RULES:
        if re.search(pattern, h):
            return kind
    return None


def kind_from_values(values: pd.Series) -> str:
    """Best guess from a sample of non-empty values alone."""
    vals = [str(v).strip() for v in values.dropna().tolist() if str(v).strip()][:500]
    if not vals:
        return "ignore"

    def share(test) -> float:
        return sum(1 for v in vals if test(v)) / len(vals)

    digits = [re.sub(r"\D", "", v) for v in vals]
    if share(lambda v: bool(_EMAIL.match(v))) > 0.8:
        return "email"
    if share(lambda v: clean_sex(v) is not None) > 0.9 and len({v.lower() for v in vals}) <= 6:
        return "sex"
    if share(lambda v: re.fullmatch(r"\d{5}-?\d{7}-?\d", v) is not None) > 0.8:
        return "national_id"  # CNIC 5-7-1
    if share(lambda v: re.fullmatch(r"(\+|00)?92[\s-]?3\d{2}[\s-]?\d{7}|03\d{2}[\s-]?\d{7}", v)
             is not None) > 0.8:
        return "phone"
    if share(lambda v: bool(re.search(r"[-/.]", v)) and parse_date(v) is not None) > 0.8:
        return "dob"
    if all(d == re.sub(r"\s", "", v) for d, v in zip(digits, vals)):  # purely numeric
        lengths = {len(d) for d in digits}
        if share(lambda v: parse_date(re.sub(r"\.0$", "", v)) is not None) > 0.8 and lengths <= {8}:
            return "dob"
        return "number"
    if share(lambda v: bool(_ALPHA.match(v))) > 0.9:
        multi = share(lambda v: len(v.split()) > 1)
        distinct = len(set(vals)) / len(vals)
        if distinct < 0.05:
            return "place"   # few distinct words: a place or category column
        return "full_name" if multi > 0.6 else "text"
    return "text"


def _mostly_dates(values: pd.Series) -> bool:
    vals = [v for v in values.dropna().tolist()[:300] if str(v).strip()]
    return bool(vals) and sum(parse_date(v) is not None for v in vals) / len(vals) > 0.5


def detect_kinds(frame: pd.DataFrame, overrides: dict[str, str] | None = None) -> dict[str, str]:
    """column -> kind for every column but ``unique_id``; ``overrides`` win over detection.

    The heading decides when it is specific; values overrule a heading only where they clearly
    disagree (a "name" column full of dates is a date).
    """
    overrides = overrides or {}
    kinds: dict[str, str] = {}
    for col in frame.columns:
        if col in ("unique_id", "source_dataset"):
            continue
        if col in overrides:
            kinds[col] = overrides[col]
            continue
        by_name = kind_from_name(str(col))
        by_values = kind_from_values(frame[col])
        if by_values == "ignore":
            kinds[col] = "ignore"
        elif by_name is None:
            kinds[col] = by_values
        elif by_name in ("given_name", "family_name", "full_name", "father_name", "place",
                         "address") and by_values in ("dob", "email", "phone", "national_id", "number"):
            kinds[col] = by_values
        elif by_name == "dob" and by_values != "dob" and not _mostly_dates(frame[col]):
            # "birth", "born in": a heading about birth over words, not dates, names a place.
            kinds[col] = "place" if by_values in ("text", "full_name", "place") else by_values
        else:
            kinds[col] = by_name
    return kinds
