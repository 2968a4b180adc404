"""k-anonymity over the whole released row (pure: no database).

Every released column is a quasi-identifier: the person who knows most about a survivor is the
trafficker, who knows how she was exploited and controlled, as well as her age and where. So k
holds over *every* column of the CTDC layout, not over a declared few.

The ~55 CTDC columns are rendered from a few facts, so the work is done on **facets** — groups of
columns that one fact renders (year; gender; age band with majority status; citizenship; country
of exploitation; the means-of-control flags; the exploitation flags; the labour-type flags; the
recruiter relation; the data source). Rows equal on every facet are equal on every column, so a
class over facets of size >= k is a class over columns of size >= k.

Three steps, deterministic, with pandas group-bys (a million rows in seconds per step):

1. **Generalise** (global recoding, Datafly): raise the level of the facet with the most distinct
   values until at most ``GLOBAL_SHARE`` of the rows sit in classes smaller than k. Levels: years
   -> 2- and 5-year spans -> ``*``; age bands -> wider -> minor/adult -> ``*``; countries ->
   regions -> ``*``; means of control -> the common means only -> whether any was recorded ->
   ``*``; exploitation -> without the detailed codes -> forced labour / sexual exploitation only
   -> ``*``; gender, labour type, relation -> ``*``.
2. **Suppress cells** (local): for the rows still in small classes only, set one facet's cells to
   ``*`` (least useful facet first), recount, and go on with the next facet for the rows still
   in small classes. ``*`` is a value like any other here (as pycanon counts it): a class is
   only ever the rows equal on every column, ``*`` included. Rows already in a class of k or more
   are never changed, so no class shrinks.
3. **Suppress rows**: rows still in a class smaller than k are left out.
4. **l-diversity**: the exploitation flags are also sensitive against the demographic columns
   (a neighbour knows those, not how she was exploited): a demographic class showing fewer than
   l values of one has its exploitation and labour-type cells suppressed.

The result is checked over every column by a group-by before anything is returned, and the
utility lost is reported per column: generalisation level and cells suppressed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from rihai.stats import ctdc
from rihai.stats.privacy import _AGE_L1, _AGE_L2, REGIONS, STAR, _year_levels

GLOBAL_SHARE = 0.05
Row = dict[str, str]
Level = Callable[[Row], Row]


def _star(row: Row) -> Row:
    return dict.fromkeys(row, STAR)


def _same(row: Row) -> Row:
    return row


def _on(column: str, fn: Callable[[Any], Any]) -> Level:
    return lambda row: {**row, column: "" if row[column] == "" else str(fn(row[column]))}


def _region(code: str) -> str:
    return code if code in ("", STAR) else REGIONS.get(code, "Other")


def _keep(columns: Sequence[str]) -> Level:
    """Keep ``columns``; every other column of the facet becomes ``*``."""
    kept = set(columns)
    return lambda row: {c: (v if c in kept else STAR) for c, v in row.items()}


def _age(table: dict[str, str]) -> Level:
    return lambda row: {**row, "ageBroad": table.get(row["ageBroad"], row["ageBroad"])}


_CONTROL = [f"meansOfControl{c}" for c in ctdc.CONTROL_COLUMNS] + ["meansOfControlConcatenated"]
# Means of control common in Pakistani cases (brick kilns, domestic work, the Gulf), kept at level 1.
_COMMON_CONTROL = [f"meansOfControl{c}" for c in ("DebtBondage", "Threats", "PhysicalAbuse", "FalsePromises",
                                                  "RestrictsMovement", "WithholdsDocuments", "NotSpecified")]
_EXPLOIT = [*ctdc._EXPLOIT_FLAGS, "isOtherExploit", "isSexAndLabour", "typeOfExploitConcatenated"]
_LABOUR = [f"typeOfLabour{c}" for c in ctdc.LABOUR_COLUMNS] + ["typeOfLabourConcatenated"]
_RELATION = [f"recruiterRelation{c}" for c in ctdc.RELATION_COLUMNS]
_YEAR = _year_levels()


@dataclass(frozen=True)
class Facet:
    name: str
    columns: tuple[str, ...]
    levels: tuple[Level, ...]  # level 0 is the data as it is; the last is every cell ``*``


FACETS: tuple[Facet, ...] = (
    Facet("year", ("yearOfRegistration",),
          (_same, _on("yearOfRegistration", _YEAR[1]), _on("yearOfRegistration", _YEAR[2]), _star)),
    # One value for a whole release (and "SYNTHETIC …" on a demo): hiding it never merges rows.
    Facet("source", ("Datasource",), (_same,)),
    Facet("gender", ("gender",), (_same, _star)),
    Facet("age", ("ageBroad", "majorityStatus"),
          (_same, _age(_AGE_L1), _age({k: _AGE_L2[v] for k, v in _AGE_L1.items()}), _star)),
    Facet("citizenship", ("citizenship",), (_same, _on("citizenship", _region), _star)),
    Facet("country", ("CountryOfExploitation",), (_same, _on("CountryOfExploitation", _region), _star)),
    Facet("control", tuple(_CONTROL),
          (_same, _keep(_COMMON_CONTROL), _keep(["meansOfControlNotSpecified"]), _star)),
    Facet("exploitation", tuple(_EXPLOIT),
          (_same, _keep(_EXPLOIT[:-1]), _keep(["isForcedLabour", "isSexualExploit", "isSexAndLabour"]), _star)),
    Facet("labour", tuple(_LABOUR), (_same, _star)),
    Facet("relation", tuple(_RELATION), (_same, _star)),
)
# Which facet's cells go first when a row must lose some (least useful to readers first).
SUPPRESSION_ORDER = ("relation", "labour", "control", "citizenship", "exploitation", "country",
                     "age", "gender", "year")


# l-diversity (step 4). Every column stays a quasi-identifier for the trafficker, who knows how
# he exploited her; but a neighbour or relative knows her demographics and not that, and must not
# learn it from a class where everyone shares one answer. So the exploitation flags are also kept
# as sensitive columns against the demographic columns.
DEFAULT_L = 2
DEMOGRAPHIC_COLUMNS = ["yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
                       "citizenship", "CountryOfExploitation"]
SENSITIVE = ("isSexualExploit", "isForcedLabour")


@dataclass
class RowK:
    data: pd.DataFrame
    k: int
    total: int
    levels: dict[str, int]  # per column: the generalisation level of its facet
    max_levels: dict[str, int]
    cells_suppressed: dict[str, int]  # per column: cells set to ``*`` in step 2
    rows_suppressed: int
    l: int = 2  # distinct values of each sensitive column per demographic class (step 4)
    l_achieved: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def lost(self) -> dict[str, Any]:
        return {"k": self.k, "k_over": "every column", "records_in": self.total,
                "records_out": len(self.data), "records_suppressed": self.rows_suppressed,
                "suppressed_share": round(self.rows_suppressed / self.total, 4) if self.total else 0.0,
                "generalisation_levels": dict(self.levels), "max_levels": dict(self.max_levels),
                "cells_suppressed": {c: n for c, n in self.cells_suppressed.items() if n},
                "cells_suppressed_total": int(sum(self.cells_suppressed.values())),
                "l": self.l, "l_achieved": self.l_achieved, "l_sensitive": list(SENSITIVE),
                "l_quasi_identifiers": list(DEMOGRAPHIC_COLUMNS)}


def as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column as text, blanks as "" (integers stay integers: 2024, not 2024.0). Each
    distinct value is converted once and spread to the rows by its code."""
    out = {}
    for col in frame.columns:
        codes, uniques = pd.factorize(frame[col], use_na_sentinel=True)
        texts = [str(int(u)) if isinstance(u, float) and u.is_integer() else str(u) for u in uniques]
        out[col] = np.array([*texts, ""], dtype=object)[codes]  # code -1 (missing) -> ""
    return pd.DataFrame(out, index=frame.index)


def _codes(sub: pd.DataFrame) -> np.ndarray:
    """One number per distinct combination of the columns, numbered in order of first appearance
    (as ``drop_duplicates`` lists them)."""
    return _key([pd.factorize(sub[c].to_numpy())[0] for c in sub.columns], len(sub))


def _generalise(original: pd.DataFrame, level: Level, codes: np.ndarray) -> pd.DataFrame:
    """Apply a facet level to each distinct combination once (``codes``: ``_codes(original)``),
    then spread it to the rows."""
    uniques = original.drop_duplicates()  # first appearances, in the order ngroup numbers them
    mapped = pd.DataFrame([level(r) for r in uniques.to_dict("records")], columns=original.columns)
    out = mapped.iloc[codes]
    out.index = original.index
    return out


def _key(columns: list[np.ndarray], n: int) -> np.ndarray:
    """One class number per row from several code columns (mixed radix, renumbered before it
    could overflow)."""
    key = np.zeros(n, dtype=np.int64)
    for col in columns:
        width = int(col.max()) + 1 if n else 1
        if int(key.max() if n else 0) >= (2**62) // max(width, 1):
            key = pd.factorize(key)[0].astype(np.int64)
        key = key * width + col
    return pd.factorize(key)[0] if n else key


def _small(columns: list[np.ndarray], n: int, k: int) -> np.ndarray:
    """For each row: is its class smaller than k?"""
    key = _key(columns, n)
    return (np.bincount(key)[key] < k) if n else np.zeros(0, dtype=bool)


def anonymise(frame: pd.DataFrame, k: int, *, l: int = DEFAULT_L, global_share: float = GLOBAL_SHARE) -> RowK:
    """k-anonymity over every column of a CTDC frame (see the module's note)."""
    work = as_text(frame.reset_index(drop=True))
    missing = set(work.columns) - {c for f in FACETS for c in f.columns}
    if missing:  # a new column must be given a facet before it can be released
        raise ValueError(f"columns without a facet: {sorted(missing)}")
    facets = [f for f in FACETS if set(f.columns) <= set(work.columns)]
    total = len(work)
    level = {f.name: 0 for f in facets}

    # 1. global generalisation. Each level of each facet is worked out once on its distinct
    # combinations (``maps[name][level]``: original combination -> generalised one), so trying a
    # level costs one renumbering of the rows. Greedy: the step that leaves fewest rows in small
    # classes; ties go to the facet least useful to readers.
    base: dict[str, np.ndarray] = {}
    maps: dict[str, list[np.ndarray]] = {}
    for f in facets:
        sub = work[list(f.columns)]
        base[f.name] = _codes(sub)
        uniques = sub.drop_duplicates().to_dict("records")
        maps[f.name] = []
        for fn in f.levels:
            mapped = pd.DataFrame([fn(r) for r in uniques], columns=list(f.columns))
            maps[f.name].append(_codes(mapped))
    rank = {name: i for i, name in enumerate(SUPPRESSION_ORDER)}

    def current(name: str, lvl: int) -> np.ndarray:
        return maps[name][lvl][base[name]]

    columns = {f.name: current(f.name, 0) for f in facets}
    while total:
        small = int(_small(list(columns.values()), total, k).sum())
        if small <= global_share * total:
            break
        trials = []
        for f in facets:
            if level[f.name] >= len(f.levels) - 1:
                continue
            trial = {**columns, f.name: current(f.name, level[f.name] + 1)}
            trials.append((int(_small(list(trial.values()), total, k).sum()), rank.get(f.name, -1), f.name))
        if not trials:
            break
        _, _, name = min(trials)
        level[name] += 1
        columns[name] = current(name, level[name])
    for f in facets:
        if level[f.name]:
            work[list(f.columns)] = _generalise(work[list(f.columns)], f.levels[level[f.name]], base[f.name])
    index = {f.name: i for i, f in enumerate(facets)}
    # the classes of the generalised rows are those the search worked on
    codes = np.column_stack([columns[f.name] for f in facets]) if total else \
        np.zeros((0, len(facets)), dtype=np.int64)

    # 2. local cell suppression, facet by facet, for the rows still in small classes only
    cells = dict.fromkeys(work.columns, 0)
    by_name = {f.name: f for f in facets}
    for name in SUPPRESSION_ORDER:
        if not total or name not in by_name:
            continue
        small = _small(list(codes.T), total, k)
        if not small.any():
            break
        f = by_name[name]
        cols = list(f.columns)
        for c in cols:
            cells[c] += int((work.loc[small, c] != STAR).sum())
        work.loc[small, cols] = STAR
        codes[:, index[name]] = _codes(work[cols])

    # 3. row suppression as the last resort
    keep = ~_small(list(codes.T), total, k)
    out = work[keep].reset_index(drop=True)
    # 4. l-diversity of the exploitation flags among people who share their demographics
    out = _l_diverse(out, [f for f in facets if f.name in ("exploitation", "labour")], l, cells)
    if len(out) and k_over_all(out) < k:  # never expected: refuse rather than publish
        raise RuntimeError("k-anonymity over every column failed after suppression")
    levels = {c: level[f.name] for f in facets for c in f.columns}
    max_levels = {c: len(f.levels) - 1 for f in facets for c in f.columns}
    result = RowK(out, k, total, levels, max_levels, cells, total - len(out), l=l)
    result.l_achieved = l_of(out)
    return result


def _not_diverse(frame: pd.DataFrame, l: int) -> np.ndarray:
    """Rows whose demographic class shows fewer than ``l`` values of a sensitive column. A class
    whose sensitive cells are all ``*`` discloses nothing and passes."""
    n = len(frame)
    cls = _codes(frame[DEMOGRAPHIC_COLUMNS])
    sizes = np.bincount(cls)
    bad = np.zeros(sizes.shape[0], dtype=bool)
    for sa in SENSITIVE:
        values = pd.factorize(frame[sa].to_numpy())[0]
        pairs = _key([cls, values], n)
        first = np.unique(pairs, return_index=True)[1]
        distinct = np.bincount(cls[first], minlength=sizes.shape[0])
        stars = np.bincount(cls, weights=(frame[sa].to_numpy() == STAR), minlength=sizes.shape[0])
        bad |= (distinct < l) & (stars < sizes)
    return bad[cls]


def _l_diverse(out: pd.DataFrame, hide: list[Facet], l: int, cells: dict[str, int]) -> pd.DataFrame:
    """Suppress the exploitation (and labour-type, which implies forced labour) cells of every
    demographic class that is not l-diverse: a neighbour then learns nothing about how anyone in
    it was exploited. A class over every column lies inside one demographic class, so whole
    classes change together and none falls below k."""
    if l < 2 or out.empty or not {*SENSITIVE, *DEMOGRAPHIC_COLUMNS} <= set(out.columns):
        return out
    bad = _not_diverse(out, l)
    if bad.any():
        cols = [c for f in hide for c in f.columns]
        for c in cols:
            cells[c] += int((out.loc[bad, c] != STAR).sum())
        out.loc[bad, cols] = STAR
    return out[~_not_diverse(out, l)].reset_index(drop=True)  # none left: all-``*`` classes pass


def l_of(frame: pd.DataFrame) -> int | None:
    """The smallest number of distinct values of a sensitive column in a demographic class, over
    the classes whose sensitive cells are not all ``*`` (None when there is no such class)."""
    if frame.empty or not {*SENSITIVE, *DEMOGRAPHIC_COLUMNS} <= set(frame.columns):
        return None
    cls = _codes(frame[DEMOGRAPHIC_COLUMNS])
    out: int | None = None
    for sa in SENSITIVE:
        shown = frame[sa].to_numpy() != STAR
        if not shown.any():
            continue
        sub = pd.DataFrame({"c": cls, "v": frame[sa].to_numpy()})
        informative = sub.groupby("c")["v"].transform(lambda v: (v != STAR).any()).to_numpy(dtype=bool)
        counts = sub[informative].groupby("c")["v"].nunique()
        out = int(counts.min()) if out is None else min(out, int(counts.min()))
    return out


def k_over_all(frame: pd.DataFrame) -> int:
    """The smallest class over every column (0 for an empty frame)."""
    if frame.empty:
        return 0
    return int(np.bincount(_codes(frame)).min())
