"""The disclosure-control functions, checked by independent attackers rather than by re-running
their own logic: an interval-propagation (subtraction) attack on suppressed tables, pycanon for
k-anonymity, and a linkage attack on a synthetic population."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycanon import anonymity

from rihai.stats.privacy import (
    AGE_BAND_ORDER,
    COMPLEMENTARY,
    DEFAULT_QIS,
    HIERARCHIES,
    PRIMARY,
    WITHHELD,
    BudgetExceeded,
    Ledger,
    age_band,
    dp_counts,
    k_anonymise,
    k_of,
    suppress,
    suppress_series,
)


def subtraction_attack(published: list[list[str]], threshold: int = 5) -> dict[tuple[int, int], tuple[int, int]]:
    """What an attacker learns from a published table with totals (last row and column): the
    tightest bounds on each hidden entry from the line sums, propagated to a fixpoint. "<5" is
    1..4; "x" is at least ``threshold`` (anything smaller would itself be "<5")."""
    n_rows, n_cols = len(published), len(published[0])
    lines = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
    if n_rows > 1:
        lines += [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
    big = 10**6
    bounds: dict[tuple[int, int], tuple[int, int]] = {}
    for i, row in enumerate(published):
        for j, v in enumerate(row):
            if v == PRIMARY:
                bounds[(i, j)] = (1, threshold - 1)
            elif v == COMPLEMENTARY:
                bounds[(i, j)] = (threshold, big)
            elif v == WITHHELD:
                bounds[(i, j)] = (0, big)
    changed = True
    while changed:
        changed = False
        for line in lines:
            # sum(line[:-1]) - line[-1] == 0, each entry signed
            signed = [(cell, 1) for cell in line[:-1]] + [(line[-1], -1)]
            known = sum(-s * int(published[i][j]) for (i, j), s in signed if (i, j) not in bounds)
            unknown = [(c, s) for c, s in signed if c in bounds]
            for c, s in unknown:
                # s * x_c = known - sum(others); bound the others
                lo_rest = sum(min(s2 * bounds[c2][0], s2 * bounds[c2][1]) for c2, s2 in unknown if c2 != c)
                hi_rest = sum(max(s2 * bounds[c2][0], s2 * bounds[c2][1]) for c2, s2 in unknown if c2 != c)
                lo, hi = known - hi_rest, known - lo_rest
                if s < 0:
                    lo, hi = -hi, -lo
                new = (max(bounds[c][0], lo), min(bounds[c][1], hi))
                if new != bounds[c]:
                    bounds[c] = new
                    changed = True
    return bounds


def test_single_small_cell_is_protected_by_a_partner():
    t = suppress([[3, 20, 40]])
    assert t.published()[0][0] == PRIMARY
    assert sum(1 for h in t.hidden[0] if h) >= 2


def test_two_ones_cannot_be_read_off_their_sum():
    # 1 + 1 with a published partner total would pin both ones: a third cell must go.
    t = suppress([[1, 1, 50, 60]])
    bounds = subtraction_attack(t.published())
    assert all(lo < hi for (lo, hi) in bounds.values())


def test_series_and_zeros():
    rows, total = suppress_series({"a": 0, "b": 3, "c": 100, "d": 7})
    assert dict(rows)["a"] == "0" and dict(rows)["b"] == PRIMARY and total == "110"
    assert sum(1 for _, v in rows if v in (PRIMARY, COMPLEMENTARY)) >= 2


cells = st.integers(min_value=0, max_value=30) | st.integers(min_value=1, max_value=4)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 4).flatmap(lambda c: st.lists(st.lists(cells, min_size=c, max_size=c),
                                                      min_size=1, max_size=4)))
def test_no_small_cell_can_be_recovered_by_subtraction(matrix):
    t = suppress(matrix)
    pub = t.published()
    grid = t.grid
    # every count from 1 to 4 is hidden, and so is every total from 1 to 4
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if 0 < v < 5:
                assert pub[i][j] in (PRIMARY, WITHHELD)
            if pub[i][j] not in (PRIMARY, COMPLEMENTARY, WITHHELD):
                assert int(pub[i][j]) == v
    for cell, (lo, hi) in subtraction_attack(pub).items():
        i, j = cell
        assert lo <= grid[i][j] <= hi  # the attack is sound
        if 0 < grid[i][j] < 5:
            assert lo < hi, f"{cell} recovered from {pub}"


def test_age_bands_are_ctdc():
    assert [age_band(a) for a in (0, 8, 9, 17, 18, 20, 21, 29, 30, 38, 39, 47, 48, 90)] == [
        "0--8", "0--8", "9--17", "9--17", "18--20", "18--20", "21--23", "27--29", "30--38", "30--38",
        "39--47", "39--47", "48+", "48+"]
    assert age_band(None) is None


def population(n: int, seed: int) -> pd.DataFrame:
    """A synthetic population with a long tail of rare combinations (rare citizenships,
    destinations, old ages): many people are unique on the raw quasi-identifiers."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        rows.append({
            "yearOfRegistration": rng.choice([2019, 2020, 2021, 2022, 2023, 2024]),
            "gender": rng.choices(["Female", "Male", "Transgender/NonConforming"], [60, 38, 2])[0],
            "ageBroad": rng.choices(AGE_BAND_ORDER + [""], [5, 15, 10, 12, 12, 10, 20, 10, 5, 1])[0],
            "citizenship": rng.choices(["PK", "AF", "IN", "BD", "NG", "UZ"], [85, 8, 3, 2, 1, 1])[0],
            "CountryOfExploitation": rng.choices(["PK", "AE", "SA", "MM", "TH", "GR", "LY", "KH", "OM"],
                                                 [30, 20, 15, 10, 5, 5, 5, 5, 5])[0],
            "isForcedLabour": rng.randint(0, 1),
        })
    return pd.DataFrame(rows)


@settings(max_examples=12, deadline=None)
@given(st.integers(50, 1500), st.integers(0, 10**6), st.sampled_from([2, 5, 11]))
def test_k_anonymity_holds_by_pycanon(n, seed, k):
    df = population(n, seed)
    result = k_anonymise(df, DEFAULT_QIS, k)
    out = result.data
    assert result.suppressed + len(out) == n
    if len(out):
        assert anonymity.k_anonymity(out.astype(str), list(DEFAULT_QIS)) >= k
        assert k_of(out, DEFAULT_QIS) >= k
    lost = result.lost
    assert lost["records_suppressed"] == result.suppressed
    assert set(lost["generalisation_levels"]) == set(DEFAULT_QIS)


def _generalise(value, qi, level):  # type: ignore[no-untyped-def]
    return HIERARCHIES[qi][level](value)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_linkage_attack_singles_out_nobody(seed):
    """The attacker knows each target's exact quasi-identifiers (as a neighbour might) and the
    published generalisation levels, and looks the target up in the release."""
    df = population(3000, seed)
    naive = df.groupby(list(DEFAULT_QIS)).size()
    assert (naive == 1).sum() > 50  # the raw data would single out many people
    result = k_anonymise(df, DEFAULT_QIS, 11)
    release = result.data.astype(str)
    index = release.groupby(list(DEFAULT_QIS)).size().to_dict()
    singled_out = 0
    for _, target in df.iterrows():
        key = tuple(str(_generalise("" if target[q] == "" else target[q], q, result.levels[q]))
                    for q in DEFAULT_QIS)
        matches = index.get(key, 0)
        if 0 < matches < 11:
            singled_out += 1
    assert singled_out == 0


def test_ledger_refuses_over_budget():
    ledger = Ledger(1.0)
    dp_counts([10, 20], 0.6, ledger=ledger, label="sex")
    with pytest.raises(BudgetExceeded):
        dp_counts([10, 20], 0.5, ledger=ledger, label="age")
    assert ledger.spent == pytest.approx(0.6)
    assert [label for label, _ in ledger.spends] == ["sex"]


def test_dp_counts_have_margins_that_shrink_with_epsilon():
    loose = dp_counts([100] * 50, 0.1)
    tight = dp_counts([100] * 50, 2.0)
    assert loose[0].margin > tight[0].margin > 0
    # about 95% of the noisy values fall within their margin
    within = sum(abs(n.value - 100) <= n.margin for n in loose)
    assert within >= 40
    assert str(tight[0]).count("±") == 1
