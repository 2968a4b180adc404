"""A linker for ad-hoc lists: ``link(left, right=None, config=None)``.

It compares the columns both lists share, after recognising what each holds
(:mod:`rihai.tracing.columns`), builds one Splink comparison per column, chooses blocking rules
by what they cost on *these* lists, estimates the model from the lists themselves (no labels) and
returns scored pairs. Without ``right`` it deduplicates ``left``.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on

from rihai import names
from rihai.tracing import features as F
from rihai.tracing.columns import detect_kinds
from rihai.tracing.linkage import LinkResult, estimate_and_predict, make_db_api

DEFAULT_THRESHOLD = 0.5
# Kinds whose equality alone is near-proof of identity (used for the prior and as single rules).
_STRONG = ("national_id", "phone", "email")
# Kinds that may be combined in blocking rules, in order of preference.
_BLOCKABLE = ("full_name", "given_name", "family_name", "father_name", "dob", "postcode",
              "place", "address", "age")


def _canon_name(value) -> str | None:
    if F._blank(value):  # noqa: SLF001
        return None
    return " ".join(names.canonical_tokens(str(value))) or None


def _digits_or_none(value, keep: int | None = None) -> str | None:
    if F._blank(value):  # noqa: SLF001
        return None
    d = F._digits(value)  # noqa: SLF001
    d = d[-keep:] if keep else d
    return d or None


def _normalise(frame: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    """Columns rewritten to comparable forms; extra derived columns for names and dates."""
    out = pd.DataFrame({"unique_id": frame["unique_id"].values})
    for col, kind in kinds.items():
        s = frame[col].reset_index(drop=True)
        if kind in ("given_name", "family_name"):
            out[col] = s.map(_canon_name)
            # Consonant skeleton: a blocking key that survives vowel typos and variants.
            out[f"{col}_sk"] = out[col].map(lambda v: names.skeleton(v.replace(" ", ""))
                                            if v else None)
        elif kind in ("full_name", "father_name"):
            parts = s.map(F.name_parts)
            out[f"{col}_key"] = parts.map(lambda p: " ".join(sorted(p[0])) or None)
            out[f"{col}_sk_key"] = parts.map(lambda p: " ".join(sorted(p[1])) or None)
            out[f"{col}_sk"] = parts.map(lambda p: sorted(set(p[1])) or None)
        elif kind == "dob":
            d = s.map(F.parse_date)
            out[col] = d.map(lambda x: x.isoformat() if x else None)
            out[f"{col}_swap"] = d.map(F.swapped_dob)
            out[f"{col}_year"] = d.map(lambda x: x.year if x else None).astype("Int64")
        elif kind == "national_id":
            out[col] = s.map(lambda v: None if F._blank(v) else  # noqa: SLF001
                             "".join(ch for ch in str(v).upper() if ch.isalnum()) or None)
        elif kind == "phone":
            out[col] = s.map(lambda v: _digits_or_none(v, keep=10))
        elif kind == "email":
            out[col] = s.map(lambda v: None if F._blank(v) else str(v).strip().lower())  # noqa: SLF001
        elif kind == "postcode":
            out[col] = s.map(lambda v: None if F._blank(v) else  # noqa: SLF001
                             re.sub(r"\W", "", str(v).upper().removesuffix(".0")) or None)
        elif kind in ("place", "address", "text"):
            out[col] = s.map(F.clean_place)
        elif kind == "sex":
            out[col] = s.map(F.clean_sex)
        elif kind in ("age", "number"):
            out[col] = s.map(lambda v: None if F._blank(v) else str(v).removesuffix(".0"))  # noqa: SLF001
    return out


def _comparison(col: str, kind: str, kinds: dict[str, str]):
    """One Splink comparison for a column of a given kind (None to skip the column)."""
    if kind in ("given_name", "family_name"):
        other = next((c for c, k in kinds.items()
                      if k == ("family_name" if kind == "given_name" else "given_name")), None)
        levels = [cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True)]
        if other:  # given and family name swapped between the lists
            levels.append(cll.ColumnsReversedLevel(col, other))
        levels += [cll.JaroWinklerLevel(col, 0.92), cll.JaroWinklerLevel(col, 0.88),
                   cll.JaroWinklerLevel(col, 0.7), cll.ElseLevel()]
        return cl.CustomComparison(output_column_name=col, comparison_levels=levels)
    if kind in ("full_name", "father_name"):
        k, sk_key, sk = f"{col}_key", f"{col}_sk_key", f"{col}_sk"
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(k), cll.ExactMatchLevel(k, term_frequency_adjustments=True),
            cll.ExactMatchLevel(sk_key), cll.JaroWinklerLevel(k, 0.92), cll.ArraySubsetLevel(sk),
            cll.ArrayIntersectLevel(sk, 2), cll.JaroWinklerLevel(k, 0.8), cll.ElseLevel()])
    if kind == "dob":
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col),
            cll.CustomLevel(f"{col}_l = {col}_swap_r", "day and month swapped"),
            cll.LevenshteinLevel(col, 1), cll.LevenshteinLevel(col, 2),
            cll.CustomLevel(f"abs({col}_year_l - {col}_year_r) <= 1", "year +-1"),
            cll.ElseLevel()])
    if kind in ("national_id", "phone"):
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col), cll.LevenshteinLevel(col, 1),
            cll.LevenshteinLevel(col, 2), cll.ElseLevel()])
    if kind == "email":
        return cl.EmailComparison(col)
    if kind in ("postcode", "number", "age"):
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True),
            cll.LevenshteinLevel(col, 1), cll.ElseLevel()])
    if kind in ("place", "address", "text"):
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True),
            cll.JaroWinklerLevel(col, 0.9), cll.JaroWinklerLevel(col, 0.7), cll.ElseLevel()])
    if kind == "sex":
        return cl.ExactMatch(col)
    return None


def _block_cols(col: str, kind: str) -> list[str]:
    # Names also block on their skeleton so spelling variants still meet; dates on their year.
    if kind in ("full_name", "father_name"):
        return [f"{col}_sk_key"]
    if kind in ("given_name", "family_name"):
        return [col, f"{col}_sk"]
    if kind == "dob":
        return [col, f"{col}_year"]
    return [col]


def _pair_count(frames: list[pd.DataFrame], cols: list[str]) -> float:
    """Exact number of pairs an equi-join on ``cols`` creates (nulls never join)."""
    counts = [f[cols].dropna().value_counts() for f in frames]
    if len(frames) == 1:
        c = counts[0]
        return float((c * (c - 1) / 2).sum())
    left, right = counts
    joined = left.to_frame("l").join(right.to_frame("r"), how="inner")
    return float((joined["l"] * joined["r"]).sum())


def choose_blocking(frames: list[pd.DataFrame], kinds: dict[str, str],
                    budget: float) -> list[list[str]]:
    """Blocking rules (lists of columns): every affordable single key, else affordable pairs.

    Recall lost in blocking cannot be won back, so the rule set is wide; the budget (pairs per
    rule) is what keeps a common value ("Muhammad", "Lahore") from exploding a block.
    """
    rules: list[list[str]] = [[c] for c, k in kinds.items() if k in _STRONG]
    keys = [b for k in _BLOCKABLE for c, kk in kinds.items() if kk == k for b in _block_cols(c, k)]
    singles = [k for k in keys if _pair_count(frames, [k]) <= budget]
    rules += [[k] for k in singles]
    for a, b in itertools.combinations(keys, 2):
        if a in singles or b in singles or a.split("_")[0] == b.split("_")[0]:
            continue
        if _pair_count(frames, [a, b]) <= budget:
            rules.append([a, b])
    return rules


def link_detailed(left: pd.DataFrame, right: pd.DataFrame | None = None,
                  config: dict[str, Any] | None = None, *,
                  progress: Callable[[str], None] | None = None) -> LinkResult:
    """As :func:`link`, returning the full :class:`LinkResult` (model, waterfall columns, clusters)."""
    cfg = dict(config or {})
    say = progress or (lambda msg: None)
    shared = [c for c in left.columns if right is None or c in right.columns]
    if "unique_id" not in shared:
        raise ValueError("both lists need a unique_id column")
    kinds = detect_kinds(left[shared], cfg.get("columns"))
    kinds = {c: k for c, k in kinds.items() if k not in ("ignore",)}
    say("column kinds: " + json.dumps(kinds))
    frames = [_normalise(left, kinds)]
    if right is not None:
        frames.append(_normalise(right, kinds))
        frames[0]["source_dataset"], frames[1]["source_dataset"] = "a_left", "b_right"
    comps = {c: _comparison(c, k, kinds) for c, k in kinds.items()}
    comps = {c: v for c, v in comps.items() if v is not None}
    n = sum(len(f) for f in frames)
    budget = float(cfg.get("max_pairs_per_rule", max(2e6, 30.0 * n)))
    rule_cols = cfg.get("blocking_rules") or choose_blocking(frames, kinds, budget)
    say(f"blocking rules: {rule_cols}")
    rules = [block_on(*r) if isinstance(r, list) else r for r in rule_cols]
    # EM needs blocks that leave fields free: one on names, one on everything else.
    name_cols = [_block_cols(c, k)[0] for c, k in kinds.items()
                 if k in ("full_name", "given_name", "family_name")]
    other_rules = [r for r in rule_cols if isinstance(r, list)
                   and not set(r) & set(name_cols)]
    em_rules = []
    if name_cols:
        em_rules.append(block_on(*name_cols[:2]))
    if other_rules:
        em_rules.append(block_on(*other_rules[0]))
    dob_cols = [c for c, k in kinds.items() if k == "dob"]
    det = [block_on(c) for c, k in kinds.items() if k in _STRONG]
    if name_cols and dob_cols:
        det.append(block_on(*name_cols[:2], dob_cols[0]))
    settings = SettingsCreator(
        link_type=cfg.get("link_type", "link_only" if right is not None else "dedupe_only"),
        comparisons=list(comps.values()), blocking_rules_to_generate_predictions=rules,
        retain_intermediate_calculation_columns=True, retain_matching_columns=True,
        probability_two_random_records_match=1e-4)
    threshold = cfg.get("threshold", DEFAULT_THRESHOLD)
    result = estimate_and_predict(
        make_db_api(cfg.get("engine", "duckdb")), frames, settings,
        deterministic_rules=det or em_rules[:1], deterministic_recall=cfg.get("prior_recall", 0.7),
        em_rules=em_rules, threshold=threshold,
        max_u_pairs=float(cfg.get("max_u_pairs", min(1e7, max(1e6, n * 50)))),
        clusters_at=cfg.get("cluster_threshold", threshold) if cfg.get("clusters") else None,
        seed=int(cfg.get("seed", 42)), progress=say)
    result.model["rihai_column_kinds"] = kinds
    return result


def link(left: pd.DataFrame, right: pd.DataFrame | None = None,
         config: dict[str, Any] | None = None) -> pd.DataFrame:
    """Scored pairs ``unique_id_l, unique_id_r, match_probability, match_weight`` (+ ``cluster_id``).

    ``config`` keys (all optional): ``columns`` {column: kind} overrides detection; ``threshold``
    (default 0.5); ``blocking_rules`` [[col, …], …]; ``clusters`` (bool) and
    ``cluster_threshold``; ``link_type``; ``max_pairs_per_rule``; ``engine`` ("duckdb"/"spark").
    """
    return link_frame(link_detailed(left, right, config))


def run_link_cli(left_path: str, right_path: str | None, out_path: str, clusters: bool = False,
                 config_path: str | None = None, threshold: float | None = None,
                 progress: Callable[[str], None] | None = None) -> int:
    """Body of ``rihai link``: read CSVs, link, write the pairs CSV; returns the pair count.

    Inputs are read into memory only; the one file written is ``out_path`` (which the caller
    chose), so operators decide where pairs - which reveal who matched whom - are kept.
    """
    say = progress or (lambda msg: None)
    config: dict[str, Any] = json.loads(Path(config_path).read_text("utf-8")) if config_path else {}
    if threshold is not None:
        config["threshold"] = threshold
    if clusters:
        config["clusters"] = True
    say(f"reading {left_path}")
    left = pd.read_csv(left_path, dtype=str, keep_default_na=False, na_values=[""])
    right = None
    if right_path:
        say(f"reading {right_path}")
        right = pd.read_csv(right_path, dtype=str, keep_default_na=False, na_values=[""])
    res = link_detailed(left, right, config, progress=say)
    out = link_frame(res)
    # The file carries exactly the documented columns, so other tools can rely on them.
    columns = ["unique_id_l", "unique_id_r", "match_probability"] + (["cluster_id"] if "cluster_id" in out else [])
    out[columns].to_csv(out_path, index=False)
    say(f"wrote {len(out)} pairs to {out_path}")
    return len(out)


def link_frame(res: LinkResult) -> pd.DataFrame:
    """The plain output columns of a :class:`LinkResult` (``cluster_id`` of the left record)."""
    out = res.pairs[["unique_id_l", "unique_id_r", "match_probability", "match_weight"]].copy()
    if res.clusters is not None:
        key = ["source_dataset", "unique_id"] if "source_dataset" in res.clusters else ["unique_id"]
        cmap = res.clusters.set_index(key)["cluster_id"]
        idx = (list(zip(res.pairs["source_dataset_l"], res.pairs["unique_id_l"]))
               if len(key) == 2 else list(res.pairs["unique_id_l"]))
        out["cluster_id"] = cmap.reindex(idx).values
    out["match_probability"] = out["match_probability"].map(lambda p: round(float(p), 6)
                                                            if not math.isnan(p) else p)
    return out.reset_index(drop=True)
