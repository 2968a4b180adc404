"""What a synthetic release costs in accuracy (pure: two frames in, numbers out; no database).

For every column (one-way) and every pair of columns (two-way) the *total variation distance*
between the real and the synthetic distribution: half the sum of the absolute differences of the
shares, from 0 (the same) to 1 (nothing in common). Read it as "the share of records that would
have to change category for the two tables to agree". Reported as mean and max, with the worst
marginals named. And the real two-way combinations held by at least ``k`` people that the
synthetic file does not contain at all: what an analyst would look for and not find.

The report is computed from the real data, so it is **not** covered by ε: it is for the analyst
who decides whether to publish, not for publication. It names only combinations of two values
held by at least ``k`` people (the microdata's own k) and gives errors as proportions.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

WORST = 10  # marginals named in the report
VANISHED_LISTED = 50  # vanished combinations listed (all are counted)


@dataclass
class Utility:
    one_way_mean: float
    one_way_max: float
    two_way_mean: float
    two_way_max: float
    worst_one_way: list[tuple[str, float]]
    worst_two_way: list[tuple[str, str, float]]
    vanished: list[dict[str, Any]]  # real 2-way combinations (count >= k) absent from the synthetic data
    vanished_total: int
    combinations_checked: int  # real 2-way combinations with count >= k
    k: int
    records_real: int
    records_synthetic: int
    columns: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "not_differentially_private": "computed from the real data: for the analyst who publishes, "
                                          "not for publication",
            "measure": "total variation distance between real and synthetic shares (0 = same, 1 = disjoint)",
            "records_real": self.records_real, "records_synthetic": self.records_synthetic,
            "columns": self.columns,
            "one_way": {"mean": self.one_way_mean, "max": self.one_way_max,
                        "worst": [{"column": c, "tvd": e} for c, e in self.worst_one_way]},
            "two_way": {"mean": self.two_way_mean, "max": self.two_way_max,
                        "worst": [{"columns": [a, b], "tvd": e} for a, b, e in self.worst_two_way]},
            "vanished": {"k": self.k, "checked": self.combinations_checked, "total": self.vanished_total,
                         "listed": self.vanished},
        }

    def summary(self) -> dict[str, Any]:
        """The few numbers the ledger and the report keep."""
        return {"one_way_tvd_mean": self.one_way_mean, "one_way_tvd_max": self.one_way_max,
                "two_way_tvd_mean": self.two_way_mean, "two_way_tvd_max": self.two_way_max,
                "vanished_total": self.vanished_total, "vanished_checked": self.combinations_checked}


def _codes(real: pd.Series, synth: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Codes of both columns on one shared list of values (compared as text)."""
    both = pd.concat([real.astype(str), synth.astype(str)], ignore_index=True)
    codes, uniques = pd.factorize(both)
    return codes[: len(real)], codes[len(real):], np.asarray(uniques, dtype=object)


def _tvd(a: np.ndarray, b: np.ndarray) -> float:
    pa = a / a.sum() if a.sum() else a.astype(float)
    pb = b / b.sum() if b.sum() else b.astype(float)
    return float(np.abs(pa - pb).sum() / 2)


def compare(real: pd.DataFrame, synthetic: pd.DataFrame, *, k: int = 11,
            skip: tuple[str, ...] = ("Datasource",)) -> Utility:
    """One- and two-way marginal errors of ``synthetic`` against ``real`` over their common
    columns (``skip``: columns that differ by design, such as the data source's label)."""
    columns = [c for c in real.columns if c in synthetic.columns and c not in skip]
    coded = {c: _codes(real[c], synthetic[c]) for c in columns}
    one: list[tuple[str, float]] = []
    for c in columns:
        r, s, values = coded[c]
        one.append((c, _tvd(np.bincount(r, minlength=len(values)), np.bincount(s, minlength=len(values)))))
    two: list[tuple[str, str, float]] = []
    vanished: list[dict[str, Any]] = []
    checked = 0
    for a, b in combinations(columns, 2):
        ra, sa, va = coded[a]
        rb, sb, vb = coded[b]
        width = len(vb)
        # only the combinations that occur are counted (a dense grid of two many-valued columns,
        # such as the concatenated lists, would hold millions of empty cells)
        pairs, seen = pd.factorize(np.concatenate([ra.astype(np.int64) * width + rb,
                                                   sa.astype(np.int64) * width + sb]))
        real_counts = np.bincount(pairs[: len(ra)], minlength=len(seen))
        synth_counts = np.bincount(pairs[len(ra):], minlength=len(seen))
        two.append((a, b, _tvd(real_counts, synth_counts)))
        held = np.flatnonzero(real_counts >= k)
        checked += len(held)
        for cell in held[synth_counts[held] == 0]:
            code = int(seen[cell])
            vanished.append({"columns": [a, b], "values": [str(va[code // width]), str(vb[code % width])],
                             "real_count_at_least": k})
    # the combinations an analyst is likeliest to look for first: by column order, as listed
    return Utility(
        one_way_mean=_r(np.mean([e for _, e in one])) if one else 0.0,
        one_way_max=_r(max((e for _, e in one), default=0.0)),
        two_way_mean=_r(np.mean([e for _, _, e in two])) if two else 0.0,
        two_way_max=_r(max((e for _, _, e in two), default=0.0)),
        worst_one_way=[(c, _r(e)) for c, e in sorted(one, key=lambda x: -x[1])[:WORST]],
        worst_two_way=[(a, b, _r(e)) for a, b, e in sorted(two, key=lambda x: -x[2])[:WORST]],
        vanished=vanished[:VANISHED_LISTED], vanished_total=len(vanished), combinations_checked=checked,
        k=k, records_real=len(real), records_synthetic=len(synthetic), columns=len(columns))


def _r(x: float) -> float:
    return round(float(x), 4)
