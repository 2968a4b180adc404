"""Which columns of a list count as evidence, and which only repeat another column.

Fellegi–Sunter multiplies the evidence of every compared column as if each were independent. A
file that writes the name four times (full name, first name + surname, first name, surname)
then counts one agreement four times: two strangers called "john smith" look certain, precision
collapses, and clusters chain everybody with a common name. So before comparing, each column
that is derived from others is set aside, and the name is compared once:

  * a full name that holds nothing but a given-name and a family-name column's words is
    redundant with those two (they are compared, given and family apart, swaps included);
  * a name column whose words lie inside another name column's (a first name beside the full
    name) is redundant with the larger one;
  * two columns that say the same (one copied into another heading) keep the first;
  * a column with one value, or a different value on every row and none shared between the
    lists (a row number, a record id), carries no evidence about who is who.

Decided on the values of these lists (a share of rows), never on headings alone: a "full_name"
that also holds middle names that no other column has is still redundant once its given and
family words are compared, because the extra words are far rarer than the ones compared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
from rapidfuzz.distance import JaroWinkler

from . import features as F

NAME_KINDS = ("given_name", "family_name", "full_name")
# Kinds a record id or a row number may be read as (identifiers with a kind are kept).
_ID_LIKE = ("number", "text", "category")
_SAMPLE = 3000
_SHARE = 0.8       # rows on which a column must repeat another to be called redundant
_MIN_ROWS = 20
_SHORT_LIST = 50   # distinct values a list may hold for a column to be read as a list of options


@dataclass(frozen=True)
class Role:
    kind: str
    role: str                    # "compared" or "ignored"
    why: str = ""                # for ignored columns: "redundant with X", "constant", "unique id"
    blocked_on: bool = False

    def describe(self) -> str:
        if self.role == "compared":
            return ("compared" + (f" {self.why}" if self.why else "")
                    + (", blocked on" if self.blocked_on else ""))
        return f"ignored ({self.why})"


def _tokens(series: pd.Series) -> list[frozenset[str] | None]:
    out = []
    for value in series.tolist():
        toks = F.name_parts(value)[0]
        out.append(frozenset(toks) if toks else None)
    return out


def _share(rows: list[tuple], test) -> float | None:
    usable = [r for r in rows if all(x is not None for x in r)]
    if len(usable) < _MIN_ROWS:
        return None
    return sum(1 for r in usable if test(*r)) / len(usable)


def find_redundant(frame: pd.DataFrame, kinds: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """{column: the columns it repeats} (module docstring); ``redundant_with`` says it."""
    sample = frame.head(_SAMPLE)
    names = [c for c, k in kinds.items() if k in NAME_KINDS]
    toks = {c: _tokens(sample[c]) for c in names}
    out: dict[str, str] = {}

    def rows(*cols: str) -> list[tuple]:
        return list(zip(*(toks[c] for c in cols)))

    givens = [c for c in names if kinds[c] == "given_name"]
    families = [c for c in names if kinds[c] == "family_name"]
    for full in (c for c in names if kinds[c] == "full_name"):
        for g in givens:
            for f in families:
                s = _share(rows(full, g, f), lambda a, b, c: (b | c) <= a)
                if s is not None and s >= _SHARE:
                    out.setdefault(full, (g, f))
    # Containment among what is left: the smaller column repeats the larger one's words.
    left = [c for c in names if c not in out]
    for x in left:
        for y in left:
            if x == y or y in out or x in out:
                continue
            inside = _share(rows(x, y), lambda a, b: a <= b)
            if inside is None or inside < _SHARE:
                continue
            back = _share(rows(y, x), lambda a, b: a <= b) or 0.0
            if back >= _SHARE:   # the same words both ways: keep the first heading
                later = max(x, y, key=names.index)
                out[later] = (min(x, y, key=names.index),)
            elif kinds[x] == "full_name" or kinds[y] == "full_name":
                out[x] = (y,)
    # Any other column copied under a second heading.
    others = [c for c, k in kinds.items() if k not in NAME_KINDS and k != "ignore"]
    for i, x in enumerate(others):
        for y in others[:i]:
            if y in out or kinds[x] != kinds[y]:
                continue
            a = sample[x].astype("string").str.strip().str.casefold()
            b = sample[y].astype("string").str.strip().str.casefold()
            both = a.notna() & b.notna()
            if both.sum() >= _MIN_ROWS and (a[both] == b[both]).mean() >= 0.95:
                out[x] = (y,)
                break
    return out


def redundant_with(columns: tuple[str, ...]) -> str:
    return "redundant with " + " + ".join(columns)


def fill_parts(frame: pd.DataFrame, full: str, given: str, family: str) -> pd.DataFrame:
    """Blank given / family names taken from the full name they were set aside for (its first
    and last word), so a row that wrote only the full name still has its name compared."""
    words = frame[full].map(lambda v: None if F._blank(v) else str(v).split())  # noqa: SLF001
    out = frame.copy()
    for col, pick in ((given, 0), (family, -1)):
        blank = out[col].map(F._blank) & words.map(lambda w: bool(w) and len(w) > 1)  # noqa: SLF001
        out.loc[blank, col] = words[blank].map(lambda w: w[pick])
    return out


def _apart(frames: list[pd.DataFrame], col: str) -> bool:
    """Two lists whose short lists of values for ``col`` share none, not even nearly (JW 0.9).

    Such a column says which list a row came from ("family" on one, "FIA" / "embassy" on the
    other), not who the row is; compared, its fuzzy levels learned that "family" and "fia" are
    alike (JW 0.75) and added false matches.
    """
    sides = [{v for v in f[col].map(F.clean_place) if v} for f in frames]
    if len(sides) != 2 or not all(1 <= len(s) <= _SHORT_LIST for s in sides):
        return False
    return not any(JaroWinkler.similarity(a, b) >= 0.9 for a in sides[0] for b in sides[1])


def uninformative(frames: list[pd.DataFrame], kinds: dict[str, str]) -> dict[str, str]:
    """{column: "constant" | "unique id" | "no value in common between the lists"} for columns
    that cannot tell people apart."""
    out: dict[str, str] = {}
    for col, kind in kinds.items():
        values = [f[col].dropna().astype(str).str.strip() for f in frames]
        values = [v[v != ""] for v in values]
        allv = pd.concat(values)
        if len(allv) < _MIN_ROWS:
            continue
        if allv.nunique() <= 1:
            out[col] = "constant"
            continue
        if kind in ("place", "category") and _apart(frames, col):
            out[col] = "no value in common between the lists"
            continue
        if kind not in _ID_LIKE:
            continue
        unique_each = all(v.nunique() == len(v) for v in values if len(v))
        if not unique_each:
            continue
        if len(frames) == 1:
            out[col] = "unique id"
        else:
            shared = len(set(values[0]) & set(values[1]))
            if shared < 0.01 * min(len(values[0]), len(values[1])):
                out[col] = "unique id"
    return out


def explain(model: dict) -> list[str]:
    """What a run made of each column, for people: one line per column, then the threshold.

    Read from the model a list run saved (``Links.model``): the column's kind, and whether it
    was compared (and blocked on) or set aside, and why.
    """
    lines = []
    column_roles = model.get("rihai_column_roles") or {}
    width = max((len(c) for c in column_roles), default=0)
    for col, r in column_roles.items():
        role = Role(r["kind"], r["role"], r.get("why", ""), r.get("blocked_on", False))
        lines.append(f"{col:<{width}}  {r['kind']:<12} {role.describe()}")
    threshold = model.get("rihai_threshold")
    p = model.get("probability_two_random_records_match")
    lines.append("threshold: " + ("every blocked pair kept" if threshold is None
                                  else f"match probability >= {threshold:g}")
                 + (f" (prior: 1 in {1 / p:,.0f} random pairs is a match)" if p else ""))
    return lines


def birth_year_bridge(left: pd.DataFrame, right: pd.DataFrame | None, column_roles: dict[str, Role],
                      year: int | None = None):
    """One list gives a date of birth, the other an age: both compared as a birth year.

    Returns (column, left, right) with ``column`` added to both frames (``year`` - age on the
    age side: an age is taken as of this year, ±1 is a level of its own), or None. Pakistani
    lists often hold an age where the family knows a date; without this neither is compared.
    """
    if right is None:
        return None
    only = {side: {r.kind: c for c, r in column_roles.items() if r.why == f"only in the {side} list"}
            for side in ("left", "right")}
    for dob_side, age_side in (("left", "right"), ("right", "left")):
        dob, age = only[dob_side].get("dob"), only[age_side].get("age")
        if dob and age:
            break
    else:
        return None
    year = year or dt.date.today().year
    col = f"{dob} / {age}"
    frames = {"left": left.copy(), "right": right.copy()}
    frames[dob_side][col] = frames[dob_side][dob].map(
        lambda v: getattr(F.parse_date(v), "year", None)).astype("Int64")
    frames[age_side][col] = years_from_ages(frames[age_side][age], year)
    column_roles[dob] = Role("dob", "compared", f"as a birth year with {age}")
    column_roles[age] = Role("age", "compared", f"as a birth year with {dob}")
    return col, frames["left"], frames["right"]


def age_beside_dob(frames: list[pd.DataFrame], kinds: dict[str, str]) -> tuple[str, str] | None:
    """(date column, age column) when the same lists hold both, each blank on some rows.

    A family that knows no date often knows an age: the age then stands in for the date's year on
    the rows without one (and is not compared a second time on the rows that have both). An "age"
    heading over years (an "age as of" column) is not an age.
    """
    dobs = [c for c, k in kinds.items() if k == "dob"]
    if not dobs:
        return None
    for col in (c for c, k in kinds.items() if k == "age"):
        raw = pd.concat([f[col] for f in frames]).dropna().astype(str).str.strip()
        ages = pd.to_numeric(raw[raw != ""], errors="coerce")
        if len(ages) >= _MIN_ROWS and ages.between(0, 120).mean() >= 0.9:
            return dobs[0], col
    return None


def years_from_ages(ages: pd.Series, year: int | None = None) -> pd.Series:
    """Birth years from ages, taken as of ``year`` (default this year; an age may be a year old,
    so the comparisons that use it allow a year or two); an impossible age gives none."""
    ages = pd.to_numeric(ages, errors="coerce")
    year = year or dt.date.today().year
    return (year - ages.where((ages >= 0) & (ages <= 120))).round().astype("Int64")
