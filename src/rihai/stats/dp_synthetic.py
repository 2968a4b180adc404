"""Differentially private synthetic microdata in the CTDC layout (pure: a frame and ε in, a
synthetic frame out; no database). The Counter-Trafficking Data Collaborative moved to this after
k-anonymity: no released row is a person, and what the file can reveal about anyone is bounded by
ε, whatever an attacker knows.

The synthesiser is pac-synth (Microsoft's Synthetic Data Showcase, ``DpAggregateSeededSynthesizer``):
it counts every value and every pair of values (``REPORTING_LENGTH``) with Gaussian noise
(ε, δ)-DP, drops noisy counts below a threshold (so combinations absent from the data are rarely
made up), and samples records that reproduce those counts. Chosen over smartnoise-synth's MST
after measuring both (docs/stats.md, "Differentially private synthetic microdata").

**Facts, not columns.** The ~55 CTDC columns are rendered from a few facts: the age band gives
``majorityStatus``; the means-of-control flags give ``…NotSpecified`` and ``…Concatenated``; the
exploitation codes give every ``is…`` flag and ``typeOfExploitConcatenated``; the labour type
(only under forced labour) gives the ``typeOfLabour…`` flags. Synthesising the columns themselves
would spend ε on redundant copies and produce rows no case could have (``isSexAndLabour`` = 1 with
``isForcedLabour`` = 0), so the synthesiser sees the facts (``facts``) and the CTDC columns are
rendered from its records (``render``) by the rules ``ctdc.py`` applies to real cases.

**No seed.** The noise comes from the operating system's random source inside pac-synth, as the
noisy tables' does inside OpenDP: a noise draw that a seed reproduces is a noise draw an attacker
who learns the seed can subtract. Tests check the output against bounds, not against fixed draws.

**δ** is public and fixed (``DELTA``), not derived from the number of records (which would itself
depend on the data): far below 1 / n for any population this system will hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from rihai.stats import ctdc

DELTA = 1e-7
REPORTING_LENGTH = 2  # pairs of facts are counted (and so kept) with noise; 3 measured worse (docs)
EXPLOIT_CODES = sorted({c for codes in ctdc._EXPLOIT_FLAGS.values() for c in codes} | ctdc._OTHER_EXPLOIT)
_CONTROL = [c for c in ctdc.CONTROL_COLUMNS if c != "NotSpecified"]
CATEGORICAL = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
               "labour", "relation"]
# "control_recorded": whether any means of control was recorded. The sampler drops attributes a
# record ran out of counts for, so without it rows with no means at all (NotSpecified) came out at
# ~3 times their real share; with it, such rows get one of the means back (``_fill_gaps``).
FACTS = [*CATEGORICAL, "control_recorded", *(f"control_{c}" for c in _CONTROL),
         *(f"exploit_{c}" for c in EXPLOIT_CODES)]
# A blank category (no age recorded, no labour type) is a value of its own for the synthesiser,
# which leaves a cell empty only when it ran out of counts for it: those cells are filled afterwards.
BLANK = "(blank)"
RECORDS_SHARE = 0.05  # of ε, for the noisy number of records
_MINORS = set(ctdc.AGE_BAND_ORDER[:2])


@dataclass
class Synthetic:
    data: pd.DataFrame  # CTDC columns, as the real frame has them
    epsilon: float
    delta: float
    records_in: int
    notes: list[str] = field(default_factory=list)

    @property
    def details(self) -> dict[str, Any]:
        """For the ledger: parameters and sizes only."""
        return {"mode": "dp-synthetic", "synthesiser": "pac-synth DpAggregateSeededSynthesizer",
                "epsilon": self.epsilon, "delta": self.delta, "reporting_length": REPORTING_LENGTH,
                "records_out": len(self.data), "facts": len(FACTS)}


def _text(series: pd.Series) -> np.ndarray:
    """Text values, blanks (and NA) as "", integers without ".0"."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    texts = [str(int(u)) if isinstance(u, (int, float, np.integer, np.floating)) and float(u).is_integer()
             else str(u) for u in uniques]
    return np.array([*texts, ""], dtype=object)[codes]


def facts(frame: pd.DataFrame) -> pd.DataFrame:
    """The facts behind each CTDC row, as text ("" or "0": not recorded / not present)."""
    out: dict[str, Any] = {c: _text(frame[c]) for c in CATEGORICAL[:5]}
    out["labour"] = _text(frame["typeOfLabourConcatenated"])
    relation = frame[[f"recruiterRelation{c}" for c in ctdc.RELATION_COLUMNS]].to_numpy()
    picked = np.array(ctdc.RELATION_COLUMNS, dtype=object)[relation.argmax(axis=1)] if len(frame) else []
    out["relation"] = np.where(relation.max(axis=1) > 0, picked, "") if len(frame) else picked
    for c in CATEGORICAL:
        out[c] = np.where(out[c] == "", BLANK, out[c])
    for c in _CONTROL:
        out[f"control_{c}"] = np.where(frame[f"meansOfControl{c}"].to_numpy() == 1, "1", "0")
    out["control_recorded"] = np.where(frame["meansOfControlNotSpecified"].to_numpy() == 1, "0", "1")
    # Codes outside the CTDC code lists have no column of their own and are not synthesised.
    padded = ";" + pd.Series(_text(frame["typeOfExploitConcatenated"]), dtype=object) + ";"
    for code in EXPLOIT_CODES:
        out[f"exploit_{code}"] = np.where(padded.str.contains(f";{code};", regex=False), "1", "0")
    return pd.DataFrame(out, columns=FACTS)


def _joined(flags: dict[str, np.ndarray], n: int) -> np.ndarray:
    """``a;b;c`` of the names whose flag is set, in sorted order (as the store's list_sort)."""
    out = np.full(n, "", dtype=object)
    for name in sorted(flags):
        on = flags[name]
        out = np.where(on, np.where(out == "", name, out + ";" + name), out)
    return out


def render(facts_frame: pd.DataFrame, datasource: str) -> pd.DataFrame:
    """CTDC rows from facts, by the rules ``ctdc.row`` applies to a real case."""
    f = facts_frame.reindex(columns=FACTS, fill_value="").fillna("").astype(str).replace(BLANK, "")
    n = len(f)
    col: dict[str, Any] = {}
    col["yearOfRegistration"] = pd.to_numeric(f["yearOfRegistration"].replace("", None),
                                              errors="coerce").astype("Int64")
    col["Datasource"] = np.full(n, datasource, dtype=object)
    col["gender"] = f["gender"].to_numpy(dtype=object)
    age = f["ageBroad"].to_numpy(dtype=object)
    col["ageBroad"] = age
    col["majorityStatus"] = np.where(age == "", "", np.where(np.isin(age, list(_MINORS)), "Minor", "Adult"))
    col["citizenship"] = f["citizenship"].to_numpy(dtype=object)
    col["CountryOfExploitation"] = f["CountryOfExploitation"].to_numpy(dtype=object)
    control = {c: (f[f"control_{c}"].to_numpy() == "1") for c in _CONTROL}
    for c in _CONTROL:
        col[f"meansOfControl{c}"] = control[c].astype(np.int8)
    col["meansOfControlNotSpecified"] = (~np.any(list(control.values()), axis=0)).astype(np.int8) if n \
        else np.zeros(0, np.int8)
    col["meansOfControlConcatenated"] = _joined(control, n)
    codes = {c: (f[f"exploit_{c}"].to_numpy() == "1") for c in EXPLOIT_CODES}
    none = np.zeros(n, dtype=bool)
    for flag, members in ctdc._EXPLOIT_FLAGS.items():
        col[flag] = np.any([codes[c] for c in members], axis=0).astype(np.int8) if n else none.astype(np.int8)
    col["isOtherExploit"] = np.any([codes[c] for c in ctdc._OTHER_EXPLOIT], axis=0).astype(np.int8) if n \
        else none.astype(np.int8)
    forced = col["isForcedLabour"] == 1
    col["isSexAndLabour"] = (forced & (col["isSexualExploit"] == 1)).astype(np.int8)
    col["typeOfExploitConcatenated"] = _joined(codes, n)
    labour = f["labour"].to_numpy(dtype=object)
    labour = np.where(np.isin(labour, ctdc.LABOUR_COLUMNS), labour, "NotSpecified")
    labour = np.where(forced, labour, "")  # a labour type only under forced labour, as ctdc.row
    for c in ctdc.LABOUR_COLUMNS:
        col[f"typeOfLabour{c}"] = (labour == c).astype(np.int8)
    col["typeOfLabourConcatenated"] = labour
    relation = f["relation"].to_numpy(dtype=object)
    relation = np.where(np.isin(relation, ctdc.RELATION_COLUMNS), relation, "Unknown")
    for c in ctdc.RELATION_COLUMNS:
        col[f"recruiterRelation{c}"] = (relation == c).astype(np.int8)
    return pd.DataFrame({c: col[c] for c in ctdc.COLUMNS})


def _fill_gaps(out: pd.DataFrame) -> None:
    """Cells the sampler left empty in a categorical fact (it ran out of noisy counts for the
    record) get a value drawn from that column's own synthetic distribution: post-processing of
    the noisy output, so it costs no ε (and no real record is looked at)."""
    rng = np.random.default_rng()
    for c in CATEGORICAL:
        if c not in out.columns:
            continue
        values = out[c].to_numpy(dtype=object)
        gap = values == ""
        pool = values[~gap]
        if gap.any() and len(pool):
            values[gap] = rng.choice(pool, int(gap.sum()))
            out[c] = values
    flags = [f"control_{c}" for c in _CONTROL]
    if len(out) and set(flags) <= set(out.columns) and "control_recorded" in out.columns:
        on = out[flags].to_numpy() == "1"
        lost = (out["control_recorded"].to_numpy() == "1") & ~on.any(axis=1)
        weights = on.sum(axis=0).astype(float)
        if lost.any() and weights.sum():
            picked = rng.choice(len(flags), int(lost.sum()), p=weights / weights.sum())
            for row, flag in zip(np.flatnonzero(lost), picked, strict=True):
                out.iat[row, out.columns.get_loc(flags[flag])] = "1"


class TooFew(ValueError):
    pass


def check_epsilon(epsilon: float) -> None:
    if not isinstance(epsilon, (int, float)) or not math.isfinite(epsilon) or epsilon <= 0:
        raise ValueError("ε must be a finite positive number")


def synthesise(frame: pd.DataFrame, epsilon: float, *, datasource: str | None = None) -> Synthetic:
    """A synthetic CTDC frame under (``epsilon``, ``DELTA``)-differential privacy. Every ε is
    spent here; the caller charges the lifetime ledger *before* calling (``release.py``). The
    number of records is itself a noisy count (a small share of ε), never the true one."""
    check_epsilon(epsilon)
    source = datasource or "SYNTHETIC"
    if frame.empty:  # nothing to learn from; an empty file says nothing about anyone
        return Synthetic(render(pd.DataFrame(columns=FACTS), source), epsilon, DELTA, 0)
    import pacsynth

    table = facts(frame)
    raw = [FACTS, *table.to_numpy().tolist()]
    params = (pacsynth.DpAggregateSeededParametersBuilder()
              .reporting_length(REPORTING_LENGTH).epsilon(float(epsilon)).delta(DELTA)
              # Noisy counts of combinations the data lacks are cut at a threshold fitted to the
              # noise: fewer made-up combinations, at no extra ε.
              .fabrication_mode(pacsynth.FabricationMode.balanced())
              .accuracy_mode(pacsynth.AccuracyMode.prioritize_short_combinations())
              # pac-synth's default (0.5% of ε) leaves the noisy number of records at ±1,100
              # for ε = 1, more than a district's whole population
              .number_of_records_epsilon_proportion(RECORDS_SHARE)
              .build())
    synth = pacsynth.DpAggregateSeededSynthesizer(params)
    try:
        synth.fit(pacsynth.Dataset(raw))
    except BaseException as exc:  # pyo3 raises Rust panics as PanicException (a BaseException)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        # e.g. the noisy number of records came out negative: too few records for this ε
        raise TooFew("too few records for a synthetic release at this ε") from exc
    sampled = synth.sample(synth.get_dp_number_of_records())
    out = pd.DataFrame(sampled[1:], columns=sampled[0]) if len(sampled) > 1 else pd.DataFrame(columns=FACTS)
    _fill_gaps(out)
    return Synthetic(render(out, source), epsilon, DELTA, len(frame))
