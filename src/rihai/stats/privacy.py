"""Disclosure control, as pure functions (no database): small-cell suppression with complementary
suppression, k-anonymity by generalisation and suppression, and differentially private counts with
a privacy-budget ledger.

Conventions follow UNODC's published tables: a count from 1 to 4 is shown as "<5"; a cell hidden
only so that totals cannot reveal a "<5" cell (complementary suppression) is shown as "x" (always
at least 5: zeros are never used as partners). A tiny table that cannot be protected cell by cell
is withheld whole ("..").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

SMALL_CELL = 5
DEFAULT_K = 11
PRIMARY, COMPLEMENTARY, WITHHELD = "<5", "x", ".."

# CTDC ``ageBroad`` bands (CTDC writes them with a double hyphen).
AGE_BANDS: tuple[tuple[int, int, str], ...] = (
    (0, 8, "0--8"), (9, 17, "9--17"), (18, 20, "18--20"), (21, 23, "21--23"), (24, 26, "24--26"),
    (27, 29, "27--29"), (30, 38, "30--38"), (39, 47, "39--47"), (48, 200, "48+"))
AGE_BAND_ORDER = [b[2] for b in AGE_BANDS]


def age_band(age: int | None) -> str | None:
    if age is None or age < 0:
        return None
    for lo, hi, label in AGE_BANDS:
        if lo <= age <= hi:
            return label
    return None


# -- small-cell and complementary suppression ---------------------------------------------------

@dataclass
class SuppressedTable:
    """A table of counts with its row and column totals and grand total, as an augmented
    (R+1) x (C+1) grid whose last row and column are the totals. ``hidden[i][j]`` is None for a
    published entry, ``PRIMARY`` for a small count, ``COMPLEMENTARY`` for one hidden to protect
    a small count."""

    grid: list[list[int]]
    hidden: list[list[str | None]]

    def shown(self, i: int, j: int) -> str:
        return self.hidden[i][j] or str(self.grid[i][j])

    def published(self) -> list[list[str]]:
        return [[self.shown(i, j) for j in range(len(self.grid[0]))] for i in range(len(self.grid))]

    @property
    def suppressed(self) -> int:
        return sum(1 for row in self.hidden for h in row if h)


def _augment(matrix: Sequence[Sequence[int]]) -> list[list[int]]:
    rows = [list(map(int, r)) + [int(sum(r))] for r in matrix]
    if len(rows) == 1:  # a one-way table: its only line is the row and its total
        return rows
    totals = [sum(r[j] for r in rows) for j in range(len(rows[0]))]
    return rows + [totals]


def _lines(n_rows: int, n_cols: int) -> list[list[tuple[int, int]]]:
    """Each line lists its entries with the total last: sum(entries[:-1]) == entries[-1]."""
    rows = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
    if n_rows == 1:
        return rows
    cols = [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
    return rows + cols


def suppress(matrix: Sequence[Sequence[int]], threshold: int = SMALL_CELL) -> SuppressedTable:
    """Hide every count from 1 to ``threshold``-1 (row totals, column totals and the grand total
    included), then hide further entries until no hidden count can be worked out exactly from
    what is published (the line sums, and that a "<5" is 1..4 and an "x" is at least 5)."""
    if not matrix or not matrix[0]:
        return SuppressedTable([[0]], [[None]])
    grid = _augment(matrix)
    n_rows, n_cols = len(grid), len(grid[0])
    hidden: list[list[str | None]] = [
        [PRIMARY if 0 < grid[i][j] < threshold else None for j in range(n_cols)] for i in range(n_rows)]
    lines = _lines(n_rows, n_cols)
    while True:
        changed = False
        for line in lines:
            if sum(1 for (i, j) in line if hidden[i][j]) == 1:
                changed |= _hide_partner(grid, hidden, line, threshold)
        if changed:
            continue
        exposed = _determined(grid, hidden, lines, threshold)
        if not exposed:
            break
        i, j = exposed[0]
        if not any(_hide_partner(grid, hidden, ln, threshold) for ln in lines if (i, j) in ln):
            # Only published zeros are left around it: the table cannot be protected cell by
            # cell, so none of it is published ("..": withheld, any value).
            hidden = [[WITHHELD] * n_cols for _ in range(n_rows)]
            break
    return SuppressedTable(grid, hidden)


def _hide_partner(grid: list[list[int]], hidden: list[list[str | None]],
                  line: list[tuple[int, int]], threshold: int) -> bool:
    """Hide the smallest published count of at least ``threshold`` in ``line`` (zeros are never
    hidden: "x" then always means at least ``threshold``, and a hidden zero would pin a "<5")."""
    candidates = [(grid[i][j], (i, j)) for (i, j) in line if not hidden[i][j] and grid[i][j] >= threshold]
    if not candidates:
        return False
    _, (i, j) = min(candidates)
    hidden[i][j] = COMPLEMENTARY
    return True


def _determined(grid: list[list[int]], hidden: list[list[str | None]],
                lines: list[list[tuple[int, int]]], threshold: int) -> list[tuple[int, int]]:
    """Hidden entries whose value an attacker can compute exactly (integer programming)."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    cells = [(i, j) for i, row in enumerate(hidden) for j, h in enumerate(row) if h]
    if not cells:
        return []
    index = {c: n for n, c in enumerate(cells)}
    big = max(1, grid[-1][-1]) * 4 + threshold
    lo = np.array([1 if hidden[i][j] == PRIMARY else threshold for i, j in cells], dtype=float)
    hi = np.array([threshold - 1 if hidden[i][j] == PRIMARY else big for i, j in cells], dtype=float)
    a_rows, b = [], []
    for line in lines:
        coeffs = np.zeros(len(cells))
        known = 0
        for pos, (i, j) in enumerate(line):
            sign = -1 if pos == len(line) - 1 else 1
            if (i, j) in index:
                coeffs[index[(i, j)]] += sign
            else:
                known -= sign * grid[i][j]
        if coeffs.any():
            a_rows.append(coeffs)
            b.append(known)
    if not a_rows:
        return []
    cons = LinearConstraint(np.array(a_rows), np.array(b), np.array(b))
    integrality = np.ones(len(cells))
    out = []
    for n, cell in enumerate(cells):
        c = np.zeros(len(cells))
        c[n] = 1
        low = milp(c, constraints=cons, integrality=integrality, bounds=Bounds(lo, hi))
        high = milp(-c, constraints=cons, integrality=integrality, bounds=Bounds(lo, hi))
        if low.success and high.success and round(low.fun) == round(-high.fun):
            out.append(cell)
    return out


def suppress_series(counts: Mapping[str, int], threshold: int = SMALL_CELL) -> tuple[list[tuple[str, str]], str]:
    """A one-way table (label -> count) with its total: published labels and values, and total."""
    labels = list(counts)
    table = suppress([[counts[k] for k in labels]], threshold)
    return [(k, table.shown(0, n)) for n, k in enumerate(labels)], table.shown(0, len(labels))


# -- k-anonymity ----------------------------------------------------------------------------------

Level = Callable[[Any], Any]
STAR = "*"


def _year_levels() -> list[Level]:
    def span(width: int) -> Level:
        def f(y: Any) -> Any:
            if y in (None, "", STAR) or pd.isna(y):
                return y
            y = int(str(y).split("--")[0])
            start = y - y % width
            return f"{start}--{start + width - 1}"
        return f
    return [lambda y: y, span(2), span(5), lambda y: STAR]


_AGE_L1 = {"0--8": "0--17", "9--17": "0--17", "18--20": "18--29", "21--23": "18--29", "24--26": "18--29",
           "27--29": "18--29", "30--38": "30--47", "39--47": "30--47", "48+": "48+"}
_AGE_L2 = {"0--17": "0--17", "18--29": "18+", "30--47": "18+", "48+": "18+"}

# Coarse regions for countries seen in Pakistani cases; anything else is "Other".
REGIONS = {
    **dict.fromkeys(["PK", "AF", "IN", "BD", "NP", "LK", "IR", "MV", "BT"], "Southern Asia"),
    **dict.fromkeys(["AE", "SA", "QA", "OM", "KW", "BH", "IQ", "JO", "LB", "YE", "TR", "SY"], "Western Asia"),
    **dict.fromkeys(["MM", "TH", "KH", "LA", "MY", "ID", "PH", "VN", "SG", "CN", "HK", "JP", "KR"], "Eastern Asia"),
    **dict.fromkeys(["GR", "IT", "ES", "DE", "GB", "FR", "RU", "BY", "PL", "RO", "NL", "BE", "AT"], "Europe"),
    **dict.fromkeys(["LY", "EG", "TN", "DZ", "MA", "KE", "ZA", "SD"], "Africa"),
    **dict.fromkeys(["UZ", "KZ", "KG", "TJ", "TM", "AZ", "GE", "AM"], "Central Asia"),
}


def _mapped(table: Mapping[str, str], default: Any = None) -> Level:
    return lambda v: v if v in (None, "", STAR) or (isinstance(v, float) and pd.isna(v)) \
        else table.get(v, v if default is None else default)


HIERARCHIES: dict[str, list[Level]] = {
    "yearOfRegistration": _year_levels(),
    "gender": [lambda v: v, lambda v: STAR],
    "ageBroad": [lambda v: v, _mapped(_AGE_L1), lambda v: _mapped(_AGE_L2)(_mapped(_AGE_L1)(v)),
                 lambda v: STAR],
    "citizenship": [lambda v: v, _mapped(REGIONS, "Other"), lambda v: STAR],
    "CountryOfExploitation": [lambda v: v, _mapped(REGIONS, "Other"), lambda v: STAR],
}
DEFAULT_QIS = ("yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation")


@dataclass
class KResult:
    data: pd.DataFrame
    k: int
    levels: dict[str, int]
    suppressed: int
    total: int
    iterations: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def lost(self) -> dict[str, Any]:
        return {"k": self.k, "records_in": self.total, "records_out": len(self.data),
                "records_suppressed": self.suppressed,
                "suppressed_share": round(self.suppressed / self.total, 4) if self.total else 0.0,
                "generalisation_levels": dict(self.levels),
                "max_levels": {q: len(HIERARCHIES.get(q, [None])) - 1 for q in self.levels}}


def _class_sizes(df: pd.DataFrame, qis: Sequence[str]) -> pd.Series:
    return df.groupby(list(qis), dropna=False, sort=False)[qis[0]].transform("size")


def k_anonymise(df: pd.DataFrame, qis: Sequence[str] = DEFAULT_QIS, k: int = DEFAULT_K, *,
                hierarchies: Mapping[str, list[Level]] | None = None,
                max_suppression: float = 0.05) -> KResult:
    """Generalise quasi-identifiers one level at a time (the one with most distinct values first,
    as Datafly does) until at most ``max_suppression`` of the records sit in classes smaller than
    ``k``; then drop those records. Every class left has at least ``k`` records."""
    hierarchies = hierarchies or HIERARCHIES
    qis = list(qis)
    levels = {q: 0 for q in qis}
    original = {q: df[q].astype(object).where(df[q].notna(), "") for q in qis}
    work = df.copy()
    for q in qis:
        work[q] = original[q]
    total, iterations = len(df), 0
    while total:
        sizes = _class_sizes(work, qis)
        small = int((sizes < k).sum())
        if small <= max_suppression * total:
            break
        movable = [q for q in qis if levels[q] < len(hierarchies[q]) - 1]
        if not movable:
            break
        q = max(movable, key=lambda c: (work[c].nunique(), -levels[c]))
        levels[q] += 1
        fn = hierarchies[q][levels[q]]
        mapping = {v: fn(v) for v in original[q].unique()}
        work[q] = original[q].map(mapping)
        iterations += 1
    if total:
        keep = _class_sizes(work, qis) >= k
        out = work[keep].reset_index(drop=True)
    else:
        out = work
    return KResult(out, k, levels, total - len(out), total, iterations)


def k_of(df: pd.DataFrame, qis: Sequence[str]) -> int:
    """The smallest equivalence class over ``qis`` (0 for an empty table)."""
    if df.empty:
        return 0
    return int(df.groupby(list(qis), dropna=False).size().min())


# -- differential privacy -------------------------------------------------------------------------

class BudgetExceeded(ValueError):
    pass


@dataclass
class Ledger:
    """A privacy budget for one release: each noisy table spends part of ``epsilon_total``."""

    epsilon_total: float
    spends: list[tuple[str, float]] = field(default_factory=list)

    @property
    def spent(self) -> float:
        return sum(e for _, e in self.spends)

    @property
    def remaining(self) -> float:
        return self.epsilon_total - self.spent

    def spend(self, label: str, epsilon: float) -> None:
        if epsilon <= 0:
            raise BudgetExceeded("epsilon must be positive")
        if self.spent + epsilon > self.epsilon_total + 1e-9:
            raise BudgetExceeded(f"'{label}' needs ε={epsilon:g} but only ε={self.remaining:g} "
                                 f"of ε={self.epsilon_total:g} is left")
        self.spends.append((label, epsilon))


@dataclass(frozen=True)
class NoisyCount:
    value: int
    margin: int  # half-width of the 95% interval

    def __str__(self) -> str:
        return f"{max(self.value, 0)} ± {self.margin}"


def dp_counts(counts: Sequence[int], epsilon: float, *, sensitivity: int = 1,
              ledger: Ledger | None = None, label: str = "table", alpha: float = 0.05) -> list[NoisyCount]:
    """Counts with discrete Laplace noise (OpenDP), ``epsilon``-DP for a person who changes at
    most ``sensitivity`` of the cells; ``margin`` is the half-width of the (1-alpha) interval."""
    import opendp.prelude as dp

    dp.enable_features("contrib")
    if ledger is not None:
        ledger.spend(label, epsilon)
    scale = sensitivity / epsilon
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    meas = space >> dp.m.then_laplace(scale=scale)
    assert meas.map(d_in=sensitivity) <= epsilon + 1e-9
    margin = int(np.ceil(dp.discrete_laplacian_scale_to_accuracy(scale, alpha=alpha)))
    noisy = meas([int(c) for c in counts]) if counts else []
    return [NoisyCount(int(v), margin) for v in noisy]
