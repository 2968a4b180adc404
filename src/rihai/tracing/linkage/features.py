"""Turn person records into the columns the linkage model compares. Pure pandas, no database.

A tracing record (a family's request, an embassy list row, an FIA or NGO case) is a mapping with any
of: ``unique_id``, ``full_name``, ``father_name``, ``dob``, ``age`` (+ ``age_on``, the date or year
the age was given), ``sex``, ``cnic``, ``passport``, ``phone``, ``district``. Everything is optional
except ``unique_id``: embassy lists often have a name and a passport number only.

Names go through :mod:`rihai.names`, so Muhammad / Mohd / Md., Hussain / Husain, Urdu script and
swapped given/family order all land on the same keys *before* any string distance is computed;
string distances only have to absorb genuine typos.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from rihai import names, validators

PERSON_FIELDS = ("full_name", "father_name", "dob", "age", "age_on", "sex", "cnic", "passport",
                 "phone", "district")

# Tokens so common that, alone, they say nearly nothing about who someone is; the "rarest token"
# blocking key skips them so that "Muhammad" + Lahore does not create millions of pairs.
_WEAK_TOKENS = frozenset("muhammad abd ghulam allah din syed bibi begum khan malik sheikh".split())

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y%m%d",
                 "%d %b %Y", "%d %B %Y", "%b %d %Y", "%m/%d/%Y")


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or (
        isinstance(value, str) and not value.strip()) or value is pd.NA or value is pd.NaT


def parse_date(value) -> dt.date | None:
    """A date from the formats lists really use (ISO, day-first, compact); ``None`` if unreadable.

    Day-first wins over month-first for ambiguous dd/mm because Pakistani documents are day-first;
    the model's day/month-swap level recovers the other reading.
    """
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = validators.ascii_digits(str(value)).strip()
    if re.fullmatch(r"\d{8}\.0", text):  # a YYYYMMDD column read as floats
        text = text[:-2]
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def birth_year(dob: dt.date | None, age, age_on) -> int | None:
    """Birth year from a date of birth, else from an age (families often know only the age)."""
    if dob is not None:
        return dob.year
    if _blank(age):
        return None
    try:
        years = int(float(validators.ascii_digits(str(age))))
    except ValueError:
        return None
    ref = parse_date(age_on)
    if ref is None and not _blank(age_on):
        try:
            ref_year = int(float(str(age_on)))
        except ValueError:
            ref_year = dt.date.today().year
    else:
        ref_year = ref.year if ref else dt.date.today().year
    return ref_year - years if 0 <= years < 120 else None


def swapped_dob(dob: dt.date | None) -> str | None:
    """The date with day and month exchanged, when that is still a date (12/03 <-> 03/12)."""
    if dob is None or dob.day > 12 or dob.day == dob.month:
        return None
    return dt.date(dob.year, dob.day, dob.month).isoformat()


def _digits(value) -> str:
    return re.sub(r"\D", "", validators.ascii_digits(str(value)))


def clean_cnic(value) -> str | None:
    if _blank(value):
        return None
    digits = _digits(value)
    # Keep a 13-digit number even when its check rules fail: a typo in a real CNIC should still
    # reach the "one digit different" level instead of vanishing.
    return digits if len(digits) == 13 else None


def clean_phone(value) -> str | None:
    if _blank(value):
        return None
    digits = _digits(value)
    # Pakistani mobiles in their usual spellings (03XX…, 923XX…, 00923XX…) without a full parse:
    # phonenumbers costs ~50 µs a number, minutes on a million records.
    m = re.fullmatch(r"(?:0092|92|0)?(3\d{9})", digits)
    if m:
        return "+92" + m.group(1)
    try:
        return validators.normalise_phone(str(value))
    except ValueError:
        digits = _digits(value)
        # Last 10 digits: "+92 300 …", "0300 …" and "300 …" agree there.
        return digits[-10:] if len(digits) >= 9 else None


def clean_passport(value) -> str | None:
    if _blank(value):
        return None
    try:
        return validators.normalise_passport(str(value))
    except ValueError:
        return None


def clean_sex(value) -> str | None:
    if _blank(value):
        return None
    v = str(value).strip().lower()
    if v in {"m", "male", "man", "boy", "mard", "مرد", "1"}:
        return "m"
    if v in {"f", "female", "woman", "girl", "aurat", "عورت", "2"}:
        return "f"
    return None


def clean_place(value) -> str | None:
    if _blank(value):
        return None
    return " ".join(re.sub(r"[^\w\s]", " ", str(value).casefold()).split()) or None


def name_parts(value) -> tuple[list[str], list[str]]:
    """(canonical tokens, their consonant skeletons) of one name; empty lists when blank."""
    if _blank(value):
        return [], []
    toks, sks = _name_parts(str(value))
    return list(toks), list(sks)


# A few thousand distinct words make up millions of names: one skeleton per word, not per use.
_skeleton = lru_cache(maxsize=200_000)(names.skeleton)


@lru_cache(maxsize=500_000)
def _name_parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # Names repeat a lot (a million records hold perhaps 100k distinct spellings): cache them.
    # The cache lives in process memory only, like the decrypted values it is computed from.
    toks = names.canonical_tokens(text)
    sks = [_skeleton(t) for t in toks]
    return tuple(toks), tuple(s for s in sks if s)


def _key(parts: Iterable[str]) -> str | None:
    # Sorted, so "Khan Imran" and "Imran Khan" give one key (given/family order varies by list).
    joined = " ".join(sorted(parts))
    return joined or None


def _by_unique(series: pd.Series, fn) -> pd.Series:
    """``series.map(fn)`` computed once per distinct value (lists repeat names, dates, places)."""
    values = pd.Series([None if _blank(v) else v for v in series], dtype=object)
    uniq = {v: fn(v) for v in pd.unique(values)}
    return values.map(uniq.__getitem__)


def person_features(frame: pd.DataFrame) -> pd.DataFrame:
    """Derived columns for every record of ``frame`` (which must have ``unique_id``).

    Output columns: unique_id, name_key, name_sk_key, name_sk (list), father_key, father_sk_key,
    father_sk, name_rare, father_rare, dob (ISO), dob_swap, birth_year, sex, cnic, passport, phone,
    district. Missing input columns simply give nulls.
    """
    n = len(frame)
    get = {f: (frame[f].reset_index(drop=True) if f in frame.columns
               else pd.Series([None] * n, dtype=object)) for f in PERSON_FIELDS}
    out = pd.DataFrame({"unique_id": frame["unique_id"].to_numpy()})
    for prefix, col in (("name", "full_name"), ("father", "father_name")):
        parts = _by_unique(get[col], name_parts)
        out[f"{prefix}_key"] = parts.map(lambda p: _key(p[0]))
        out[f"{prefix}_sk_key"] = parts.map(lambda p: _key(p[1]))
        out[f"{prefix}_sk"] = parts.map(lambda p: sorted(set(p[1])) or None)
        out[f"{prefix}_toks"] = parts.map(lambda p: p[0])
    dob = _by_unique(get["dob"], parse_date)
    out["dob"] = dob.map(lambda d: d.isoformat() if d else None)
    out["dob_swap"] = dob.map(swapped_dob)
    # NaN != NaN would defeat the per-value cache: blanks become None first.
    age_pairs = pd.Series([(None if _blank(a) else a, None if _blank(o) else o)
                           for a, o in zip(get["age"], get["age_on"])], dtype=object)
    ages = _by_unique(age_pairs, lambda ao: birth_year(None, *ao) if ao is not None else None)
    out["birth_year"] = [d.year if d else a for d, a in zip(dob, ages)]
    out["birth_year"] = out["birth_year"].astype("Int64")
    for col, fn in (("sex", clean_sex), ("cnic", clean_cnic), ("passport", clean_passport),
                    ("phone", clean_phone), ("district", clean_place)):
        out[col] = _by_unique(get[col], fn)
    return out


def add_rare_tokens(*frames: pd.DataFrame) -> None:
    """Add ``name_rare``/``father_rare``: the skeleton of each name's least common token.

    Frequencies are counted over all frames together, so a request and a record pick the same
    token. Blocking on the rarest token (rather than the first) keeps blocks small when most men
    are "Muhammad something", and survives swapped name order.
    """
    for prefix in ("name", "father"):
        counts: Counter[str] = Counter()
        for f in frames:
            for toks in f[f"{prefix}_toks"]:
                counts.update(set(toks))
        for f in frames:
            f[f"{prefix}_rare"] = [_rarest(toks, counts) for toks in f[f"{prefix}_toks"]]
    for f in frames:
        # Skeletons of the informative words, exploded by blocking rules ("shares any real word").
        f["name_strong"] = [sorted({_skeleton(t) for t in toks if t not in _WEAK_TOKENS}
                                   - {""}) or None for toks in f["name_toks"]]
    for f in frames:
        f.drop(columns=["name_toks", "father_toks"], inplace=True)


def _rarest(toks: list[str], counts: Counter[str]) -> str | None:
    strong = [t for t in toks if t not in _WEAK_TOKENS] or toks
    if not strong:
        return None
    best = min(strong, key=lambda t: (counts[t], t))
    return _skeleton(best) or None


# A given name says the sex when almost everyone who bears it in these very lists is of one sex.
SEX_FROM_NAME_MIN_ROWS = 30
SEX_FROM_NAME_PURITY = 0.97


def infer_sex_from_names(*frames: pd.DataFrame) -> dict[str, str]:
    """Fill a missing ``sex`` from the name's words, learned from the rows that state it.

    Embassy and shelter lists often leave sex blank, while most Pakistani given names are borne
    by one sex only; without this, "Iqra Kakar" and "Nawaz Kakar" with the same father's name
    score as one person. A word decides only when at least ``SEX_FROM_NAME_MIN_ROWS`` rows of
    these frames bear it and ``SEX_FROM_NAME_PURITY`` of them share a sex; family and caste names
    are borne by both and so never decide; words pointing both ways leave the row blank. Nothing
    is learned from outside the data being matched, and the guess is used for comparing only.
    Returns ``{unique_id: "name"}`` for the rows filled (the waterfall says where sex came from).
    """
    counts: dict[str, list[int]] = {}
    for f in frames:
        for key, sex in zip(f["name_key"], f["sex"]):
            if key is None or sex is None:
                continue
            for tok in set(key.split()):
                counts.setdefault(tok, [0, 0])[sex == "f"] += 1

    def guess(key: str | None) -> str | None:
        votes = set()
        for tok in (key or "").split():
            male, female = counts.get(tok, (0, 0))
            n = male + female
            if n >= SEX_FROM_NAME_MIN_ROWS:
                if female >= SEX_FROM_NAME_PURITY * n:
                    votes.add("f")
                elif male >= SEX_FROM_NAME_PURITY * n:
                    votes.add("m")
        return votes.pop() if len(votes) == 1 else None

    filled: dict[str, str] = {}
    for f in frames:
        sexes = []
        for uid, key, sex in zip(f["unique_id"], f["name_key"], f["sex"]):
            if sex is None:
                sex = guess(key)
                if sex is not None:
                    filled[str(uid)] = "name"
            sexes.append(sex)
        f["sex"] = sexes
    return filled
