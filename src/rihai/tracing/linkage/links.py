"""What a linkage run returns: scored pairs, the model that scored them, and how to read a pair.

Every pair comes with its *waterfall*: the prior and each field's match weight, which add up to
the final weight a caseworker sees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


@dataclass
class Links:
    """Scored pairs plus what is needed to explain them."""

    pairs: pd.DataFrame                  # unique_id_l, unique_id_r, match_weight, match_probability, …
    model: dict[str, Any]                # the Splink model (settings with m/u), JSON-serialisable
    clusters: pd.DataFrame | None = None
    timings: dict[str, float] = field(default_factory=dict)
    # {unique_id: {comparison: "row" | "name"}}: a field of that record taken from another list
    # row about the same person ("row", see pooling.py) or a sex read from the name ("name").
    borrowed: dict[str, dict[str, str]] = field(default_factory=dict)

    def waterfall(self, row: int | pd.Series) -> list[dict[str, Any]]:
        """Contributions of the prior and each field to one pair's match weight."""
        pair = self.pairs.loc[row] if isinstance(row, int) else row
        return waterfall(pair, self.model, borrowed=self.borrowed_for(pair))

    def borrowed_for(self, pair: pd.Series | dict) -> dict[str, str]:
        """Where the fields of this pair's records came from when not from the records themselves
        (either side; a field borrowed on both sides keeps the first reason)."""
        out: dict[str, str] = {}
        for side in ("unique_id_r", "unique_id_l"):
            for comparison, reason in self.borrowed.get(str(pair[side]), {}).items():
                out.setdefault(comparison, reason)
        return out

    def table(self) -> pd.DataFrame:
        """The plain output columns: ``unique_id_l, unique_id_r, match_probability, match_weight``
        (probability rounded to 6 places) and, when clustered, ``cluster_id`` of the left record."""
        out = self.pairs[["unique_id_l", "unique_id_r", "match_probability", "match_weight"]].copy()
        if self.clusters is not None:
            key = ["source_dataset", "unique_id"] if "source_dataset" in self.clusters else ["unique_id"]
            cmap = self.clusters.set_index(key)["cluster_id"]
            idx = (list(zip(self.pairs["source_dataset_l"], self.pairs["unique_id_l"]))
                   if len(key) == 2 else list(self.pairs["unique_id_l"]))
            out["cluster_id"] = cmap.reindex(idx).values
        out["match_probability"] = out["match_probability"].map(lambda p: round(float(p), 6)
                                                                if not math.isnan(p) else p)
        return out.reset_index(drop=True)


def waterfall(pair: pd.Series | dict, model: dict[str, Any], *,
              borrowed: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """[{field, comparison_level_label, match_weight, bayes_factor}] — sums to the pair's weight.

    The first entry is the prior (how likely two random records match); then one entry per
    field, its term-frequency adjustment included (a match on a common name counts for less).
    A field whose value one side did not hold itself carries ``borrowed``: "row" (from another
    list row about the same person) or "name" (a sex read from the given name).
    """
    borrowed = borrowed or {}
    p = model["probability_two_random_records_match"]
    prior = math.log2(p / (1 - p))
    # Comparisons are named by the engine's safe column names; people read the list's headings.
    headings = model.get("rihai_column_names") or {}
    out = [{"field": "prior", "comparison_level_label": "starting point",
            "match_weight": prior, "bayes_factor": 2 ** prior}]
    for comp in model["comparisons"]:
        name = comp["output_column_name"]
        gamma = int(pair[f"gamma_{name}"])
        levels = comp["comparison_levels"]
        non_null = [lv for lv in levels if not lv.get("is_null_level")]
        if gamma == -1:
            label = next((lv["label_for_charts"] for lv in levels if lv.get("is_null_level")),
                         "null")
        else:
            label = non_null[len(non_null) - 1 - gamma]["label_for_charts"]
        mw = float(pair.get(f"mw_{name}", 0.0) or 0.0)
        tf = pair.get(f"mw_tf_adj_{name}", 0.0)
        tf = 0.0 if tf is None or (isinstance(tf, float) and math.isnan(tf)) else float(tf)
        step = {"field": headings.get(name, name), "comparison_level_label": label, "match_weight": mw + tf,
                "bayes_factor": 2 ** (mw + tf), "term_frequency_adjustment": tf}
        if name in borrowed and gamma != -1:
            step["borrowed"] = borrowed[name]
        out.append(step)
    return out


def blocking_recall(blocked_pairs: pd.DataFrame, true_pairs: pd.DataFrame,
                    link: bool = True) -> float:
    """Share of true pairs that blocking produced at all (scored at any probability).

    ``blocked_pairs`` is the output of a run with ``threshold=None``; ``true_pairs`` has
    ``unique_id_l``/``unique_id_r``. For deduplication pair order is ignored.
    """
    if true_pairs.empty:
        return 1.0
    got = set(zip(blocked_pairs["unique_id_l"].astype(str), blocked_pairs["unique_id_r"].astype(str)))
    truth = list(zip(true_pairs["unique_id_l"].astype(str), true_pairs["unique_id_r"].astype(str)))
    if not link:
        got |= {(b, a) for a, b in got}
    return sum(1 for t in truth if t in got) / len(truth)
