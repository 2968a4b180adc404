"""How a list import reads its values, forgivingly but never silently. Pure: no database.

* **Dates** written 03/04/1990 mean 3 April in Pakistan and 4 March in the United States. Each
  date column is read one way for all its rows, decided from all its values (a day over 12 shows
  the order); when no value shows it, day first, the Pakistani convention — and the mapping page
  and the report say so, and the importer may choose the other reading. A date impossible under
  the reading used is rejected (rule ``date-reading``), never quietly swapped.
* **A birth year alone** ("1998", "born 1998", or a year-of-birth column) keeps the row as
  birth-year-only: no day or month is invented.
* **Countries** are read through ``validators.read_country`` (English and Urdu names, variants,
  codes, a reviewed table of cities); a text it does not know is listed for the importer, who maps
  it or leaves it blank. Rows are never dropped for it.

The values themselves are shown only on the mapping page, to the importing user: nothing here
logs, audits or stores them (the report keeps counts, headings and codes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from rihai.validators import (
    ascii_digits,
    normalise_cnic,
    normalise_passport,
    normalise_phone,
    pakistan_admin,
    read_country,
)

from .linkage import clean_sex, parse_date

DAY_FIRST, MONTH_FIRST = "dmy", "mdy"
READINGS = (DAY_FIRST, MONTH_FIRST)
DATE_TARGETS = ("dob", "listed_on")
# What lists write for "nothing here". "NA" is Namibia's code too; in a list it means "not available".
BLANK_WORDS = frozenset({"na", "n/a", "n.a", "nil", "none", "null", "unknown", "not known", "-", "--", "?",
                         "نامعلوم", "معلوم نہیں"})
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_YEAR_ONLY = re.compile(r"(?:born|birth|b\.|b|c\.|ca\.|circa|yob|year|پیدائش|سن پیدائش)?\s*[:\-]?\s*(\d{4})"
                        r"|0{1,2}[/.\-]0{1,2}[/.\-](\d{4})|(\d{4})-00-00", re.I)


def is_blank(text: str | None) -> bool:
    return not text or " ".join(text.split()).casefold() in BLANK_WORDS


# --------------------------------------------------------------------------- dates
def _two_readings(text: str) -> tuple[int, int, int] | None:
    m = _NUMERIC_DATE.fullmatch(ascii_digits(text).strip())
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class DateColumn:
    """How one column's dates are read. ``either_way``: values that are two different real dates
    depending on the reading; ``day_first_only`` / ``month_first_only``: values only one reading
    makes a date of (31/01 is day first). ``shown_by_values``: the values decided the reading."""

    reading: str
    suggested: str
    either_way: int
    day_first_only: int
    month_first_only: int

    @property
    def shown_by_values(self) -> bool:
        return bool(self.day_first_only or self.month_first_only)

    @property
    def refused(self) -> int:
        """Values the reading used makes impossible: those rows are rejected (``date-reading``)."""
        return self.month_first_only if self.reading == DAY_FIRST else self.day_first_only

    def as_report(self, column: str, target: str) -> dict[str, object]:
        return {"column": column, "field": target, "reading": self.reading, "either_way": self.either_way,
                "refused": self.refused}


def survey_dates(values: list[str], chosen: str | None = None) -> DateColumn | None:
    """The reading of a column of dates, from every value; ``None`` when no value is written
    nn/nn/yyyy (ISO and month-name dates are never ambiguous). ``chosen`` (the importer's choice)
    overrides the suggestion; when the values disagree, the majority suggests, day first on a tie."""
    either = day_only = month_only = 0
    seen = False
    for text in values:
        parts = _two_readings(text) if text else None
        if parts is None:
            continue
        seen = True
        a, b, year = parts
        as_dmy, as_mdy = _date(year, b, a), _date(year, a, b)
        if as_dmy and as_mdy:
            either += a != b
        elif as_dmy:
            day_only += 1
        elif as_mdy:
            month_only += 1
    if not seen:
        return None
    suggested = MONTH_FIRST if month_only > day_only else DAY_FIRST
    reading = chosen if chosen in READINGS else suggested
    return DateColumn(reading, suggested, either, day_only, month_only)


def read_date(text: str, reading: str = DAY_FIRST) -> tuple[dt.date | None, str | None]:
    """(date, None), or (None, rule): ``date-reading`` when only the other reading makes a date of
    it, ``valid-date`` when neither does (or it is unreadable, before 1900, or in the future)."""
    parts = _two_readings(text)
    if parts is not None:
        a, b, year = parts
        as_dmy, as_mdy = _date(year, b, a), _date(year, a, b)
        d, other = (as_dmy, as_mdy) if reading == DAY_FIRST else (as_mdy, as_dmy)
        if d is None:
            return None, ("date-reading" if other is not None else "valid-date")
    else:
        d = parse_date(text)
    if d is None or d > dt.date.today() or d.year < 1900:
        return None, "valid-date"
    return d, None


def birth_year_only(text: str) -> int | None:
    """1998 from "1998", "born 1998", "b. 1998", "YOB: 1998", "پیدائش ۱۹۹۸", and from the
    "00/00/1998" registers write for an unknown day and month; ``None`` otherwise (a full date, or
    not a year at all). The range is checked by the caller."""
    m = _YEAR_ONLY.fullmatch(" ".join(ascii_digits(text).split()))
    return int(next(g for g in m.groups() if g)) if m else None


def _plausible_year(year: int) -> bool:
    return 1900 <= year <= dt.date.today().year


# --------------------------------------------------------------------------- countries
@dataclass
class CountryColumn:
    """How a country column reads: ``read`` values known (by name or code), ``by_city`` (text,
    code, count) read through a city, ``unknown`` (text, count) that the importer must decide."""

    read: int = 0
    by_city: list[tuple[str, str, int]] = field(default_factory=list)
    unknown: list[tuple[str, int]] = field(default_factory=list)


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def survey_countries(values: list[str]) -> CountryColumn:
    counts = Counter(_clean_text(v) for v in values if not is_blank(v))
    out = CountryColumn()
    for text, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        found = read_country(text)
        if found is None:
            out.unknown.append((text, n))
        elif found[1] == "city":
            out.by_city.append((text, found[0], n))
        else:
            out.read += n
    return out


def country_of(text: str, choices: dict[str, str]) -> tuple[str | None, str]:
    """(code or None, how): "read", "city", "chosen" (the importer mapped it), "blank" (the
    importer left it blank, or the cell says nothing), "unknown" (nobody decided yet)."""
    if is_blank(text):
        return None, "blank"
    found = read_country(text)
    if found is not None:
        return found[0], ("city" if found[1] == "city" else "read")
    choice = choices.get(_clean_text(text), choices.get("*"))
    if choice is None:
        return None, "unknown"
    return (choice or None), ("chosen" if choice else "blank")


# --------------------------------------------------------------------------- preview
def samples(rows: list[list[str]], index: int, k: int = 3, max_chars: int = 40) -> list[str]:
    """The first ``k`` distinct non-empty values of a column, cut to ``max_chars``: what the
    importer sees beside the column on the mapping page (and nowhere else)."""
    out: list[str] = []
    for row in rows:
        value = _clean_text(row[index])
        if value and value not in out:
            out.append(value if len(value) <= max_chars else value[:max_chars - 1] + "…")
            if len(out) == k:
                break
    return out


# --------------------------------------------------------------------------- one row
def validate_row(values: dict[str, str], readings: dict[str, str], countries: dict[str, str]
                 ) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """(clean person fields, [(field, rule)]) for one row. ``readings``: target -> date reading;
    ``countries``: the importer's choices for texts ``read_country`` does not know."""
    out: dict[str, object] = {}
    bad: list[tuple[str, str]] = []
    name = values.get("full_name") or " ".join(filter(None, [values.get("given_name"), values.get("family_name")]))
    if not name.strip():
        bad.append(("full_name", "name-required"))
    out["full_name"] = " ".join(name.split())[:200] or None
    out["father_name"] = (values.get("father_name") or "").strip()[:200] or None
    checks = {"cnic": normalise_cnic, "passport": normalise_passport, "phone": normalise_phone}
    for fld, fn in checks.items():
        if values.get(fld):
            try:
                out[fld] = fn(values[fld])
            except ValueError:
                bad.append((fld, f"valid-{fld}"))
    _dates(values, readings, out, bad)
    if values.get("age"):
        try:
            age = int(float(ascii_digits(values["age"])))
            if not 0 <= age <= 120:
                raise ValueError
            out["age"] = age
        except ValueError:
            bad.append(("age", "age-0-120"))
    if values.get("sex"):
        sex = clean_sex(values["sex"])
        if sex is None:
            bad.append(("sex", "sex-male-female"))
        out["sex"] = {"m": "Male", "f": "Female"}.get(sex or "")
    if values.get("district"):
        out["district"] = _district(values["district"])
    if values.get("country"):
        code, how = country_of(values["country"], countries)
        if how == "unknown":
            bad.append(("country", "country-unknown"))
        out["country"] = code
    out["place"] = (values.get("place") or "").strip()[:200] or None
    # What the list says about the person now ("released to IOM", "awaiting exit permit"): shown
    # on a confirmed match as where the person is; not part of the row's fingerprint.
    out["remarks"] = (values.get("remarks") or "").strip()[:500] or None
    return out, bad


def _dates(values: dict[str, str], readings: dict[str, str], out: dict[str, object],
           bad: list[tuple[str, str]]) -> None:
    year: int | None = None
    for fld in DATE_TARGETS:
        text = values.get(fld)
        if not text or is_blank(text):
            continue
        only = birth_year_only(text) if fld == "dob" else None
        if only is not None:
            if _plausible_year(only):
                year = only
            else:
                bad.append((fld, "valid-date"))
            continue
        d, rule = read_date(text, readings.get(fld, DAY_FIRST))
        if rule:
            bad.append((fld, rule))
        else:
            out[fld] = d
    text = values.get("birth_year")
    if text and not is_blank(text):
        given = birth_year_only(text)
        if given is None or not _plausible_year(given):
            bad.append(("birth_year", "valid-year"))
        elif (year or getattr(out.get("dob"), "year", given)) != given:
            bad.append(("birth_year", "birth-year-differs"))
        else:
            year = given
    if year is not None and "dob" not in out:
        out["birth_year"] = year


def _district(text: str) -> str | None:
    wanted = " ".join(text.split()).casefold()
    for prov in pakistan_admin().values():
        for name in prov["districts"]:
            if name.casefold() == wanted:
                return name
    return None  # a district we do not know stays out of the plain column (it may be an address)


# --------------------------------------------------------------------------- the mapping page
@dataclass
class Preview:
    """``samples``: heading -> up to 3 values; ``dates``: heading -> DateColumn for columns of
    nn/nn/yyyy dates; ``birth_year_only``: rows the mapping keeps with a birth year alone;
    ``countries``: the column mapped to a country and how it reads."""

    samples: dict[str, list[str]]
    dates: dict[str, DateColumn]
    birth_year_only: int = 0
    country_column: str | None = None
    countries: CountryColumn | None = None


def build_preview(headers: list[str], rows: list[list[str]], mapping: dict[str, str],
                  dates: dict[str, DateColumn]) -> Preview:
    out = Preview(samples={h: samples(rows, i) for i, h in enumerate(headers)}, dates=dates)
    cols = {t: headers.index(h) for h, t in mapping.items() if t != "ignore"}
    for row in rows:
        dob, year, age = (row[cols[t]] if t in cols else "" for t in ("dob", "birth_year", "age"))
        has_date = bool(dob) and not is_blank(dob) and birth_year_only(dob) is None
        has_year = (bool(dob) and birth_year_only(dob) is not None) or (bool(year) and not is_blank(year))
        out.birth_year_only += has_year and not has_date and (not age or is_blank(age))
    for h, t in mapping.items():
        if t == "country":
            out.country_column = h
            out.countries = survey_countries([r[headers.index(h)] for r in rows])
    return out
