"""Probabilistic linkage of tracing requests to records (Fellegi–Sunter with Splink).

The model is estimated from the data it is about to match (u by random sampling, m by EM, no
labels), with term-frequency adjustment on names so that two "Muhammad Ali"s count for less than
two "Zarghuna Achakzai"s. The engine is a parameter: in-memory DuckDB by default, local or
cluster Spark for very large runs. Every pair comes with its *waterfall*: the prior and each
field's match weight, which add up to the final weight a caseworker sees.

Privacy: decrypted values live only in process memory. DuckDB runs ``:memory:`` with spilling to
disk switched off (``temp_directory = ''``) and no CSV or Parquet is written; a run that does not
fit in memory fails instead of leaving plaintext on disk.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import Linker, SettingsCreator, block_on
from splink.internals.exceptions import SplinkException

from rihai.tracing.engines import local_spark, make_db_api, u_sampling_options
from rihai.tracing.features import add_rare_tokens, infer_sex_from_names, person_features
from rihai.tracing.pooling import pool_same_person_rows

__all__ = ["LinkResult", "blocking_recall", "estimate_and_predict", "local_spark", "make_db_api",
           "match_tracing", "waterfall"]

log = logging.getLogger(__name__)
Progress = Callable[[str], None] | None
# (db_api, estimated model) -> (frames to score, {unique_id: {comparison: reason}})
Refine = Callable[[Any, dict[str, Any]], tuple[list[pd.DataFrame], dict[str, dict[str, str]]]] | None


# --------------------------------------------------------------------------- the tracing model
def _name_comparison(prefix: str, label: str) -> cl.CustomComparison:
    key, sk_key, sk = f"{prefix}_key", f"{prefix}_sk_key", f"{prefix}_sk"
    return cl.CustomComparison(
        output_column_name=label,
        comparison_levels=[
            cll.NullLevel(key),
            # Same canonical words in any order: variants and swapped order already folded.
            cll.ExactMatchLevel(key, term_frequency_adjustments=True),
            # Same consonant skeletons: Urdu script vs Latin, spellings the dictionary lacks.
            cll.ExactMatchLevel(sk_key),
            cll.JaroWinklerLevel(key, 0.92),
            # One list wrote fewer words ("Parveen" vs "Parveen Baloch"): all of them agree.
            cll.ArraySubsetLevel(sk),
            # Two words in common (e.g. a dropped "Muhammad", an added caste name).
            cll.ArrayIntersectLevel(sk, 2),
            cll.JaroWinklerLevel(key, 0.80),
            cll.ArrayIntersectLevel(sk, 1),
            cll.ElseLevel(),
        ],
    )


def _dob_comparison() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="dob",
        comparison_levels=[
            cll.CustomLevel("(dob_l IS NULL OR dob_r IS NULL) AND "
                            "(birth_year_l IS NULL OR birth_year_r IS NULL)",
                            "dob and age missing").configure(is_null_level=True),
            cll.ExactMatchLevel("dob"),
            cll.CustomLevel("dob_l = dob_swap_r", "day and month swapped"),
            cll.LevenshteinLevel("dob", 1),
            # One side knows only an age: its birth year is +-1 of the truth.
            cll.CustomLevel("(dob_l IS NULL OR dob_r IS NULL) AND "
                            "abs(birth_year_l - birth_year_r) <= 1", "age only, year +-1"),
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 1", "birth year +-1"),
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 4", "birth year +-4"),
            cll.ElseLevel(),
        ],
    )


def _id_comparison(col: str, typo: bool) -> cl.CustomComparison:
    levels = [cll.NullLevel(col), cll.ExactMatchLevel(col)]
    if typo:
        levels.append(cll.LevenshteinLevel(col, 1))
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(output_column_name=col, comparison_levels=levels)


def tracing_comparisons(features: pd.DataFrame | None = None) -> list:
    """The comparisons of the tracing model, dropping fields that are empty in ``features``."""
    comps = {
        "name_key": _name_comparison("name", "name"),
        "father_key": _name_comparison("father", "father_name"),
        "birth_year": _dob_comparison(),
        "sex": cl.ExactMatch("sex"),
        "cnic": _id_comparison("cnic", typo=True),
        "passport": _id_comparison("passport", typo=True),
        "phone": _id_comparison("phone", typo=False),
        "district": cl.ExactMatch("district").configure(term_frequency_adjustments=True),
    }
    if features is None:
        return list(comps.values())
    return [c for col, c in comps.items() if features[col].notna().any()]


# Recall lost here is never recovered, so the rules are many and overlap; each is selective
# enough that no block explodes on a common name.
TRACING_BLOCKING_RULES = [
    block_on("cnic"),
    # Halves of the CNIC: a one-digit typo still meets its record.
    block_on("substr(cnic, 1, 6)"),
    block_on("substr(cnic, 7, 7)"),
    block_on("phone"),
    block_on("passport"),
    # Same name skeleton, whatever else differs: blocks are as big as a full name is common.
    block_on("name_sk_key"),
    block_on("father_sk_key", "district"),
    block_on("name_rare", "father_rare"),
    # Any informative word in common (a typo elsewhere in the name) plus one more field.
    block_on("name_strong", "birth_year", arrays_to_explode=["name_strong"]),
    block_on("name_strong", "district", arrays_to_explode=["name_strong"]),
    block_on("name_strong", "father_rare", arrays_to_explode=["name_strong"]),
    block_on("dob"),
    block_on("father_sk_key", "birth_year"),
]


@dataclass
class LinkResult:
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
        step = {"field": name, "comparison_level_label": label, "match_weight": mw + tf,
                "bayes_factor": 2 ** (mw + tf), "term_frequency_adjustment": tf}
        if name in borrowed and gamma != -1:
            step["borrowed"] = borrowed[name]
        out.append(step)
    return out


# --------------------------------------------------------------------------- shared pipeline
def estimate_and_predict(db_api, frames: Sequence[pd.DataFrame], settings: SettingsCreator, *,
                         deterministic_rules: list, deterministic_recall: float,
                         em_rules: list[Any], threshold: float | None, max_u_pairs: float,
                         clusters_at: float | None = None, seed: int = 42,
                         progress: Progress = None, refine: Refine = None) -> LinkResult:
    """Estimate the model on ``frames`` (no labels) and score the blocked pairs.

    Shared by the tracing model and the generic linker: the prior from near-certain rules, u from
    random pairs (almost all non-matches), m by EM on blocks that leave each field free once.
    ``refine(db_api, model)``, when given, returns the frames to score instead (with the same
    model) and what was borrowed in them; the tracing model pools list rows that way.
    """
    import time

    say = progress or (lambda msg: None)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    sdfs = [db_api.register(f) for f in frames]
    linker = Linker(sdfs if len(sdfs) > 1 else sdfs[0], settings, log_level=logging.WARNING)
    say("estimating the prior")
    try:
        linker.training.estimate_probability_two_random_records_match(
            deterministic_rules, recall=deterministic_recall)
    except (SplinkException, ZeroDivisionError, ValueError) as exc:
        # No deterministic pairs at all: keep Splink's default prior rather than fail.
        # The type only: database error messages can quote the values (names) that failed.
        log.info("prior not estimated: %s", type(exc).__name__)
    say("estimating u by random sampling")
    linker.training.estimate_u_using_random_sampling(max_pairs=max_u_pairs, seed=seed,
                                                    **u_sampling_options(db_api))
    for alternatives in em_rules:
        # Each session is a list of alternative blocks: on small or sparse lists a block may
        # have no pairs, or drive an m to exactly 0 (which Splink rejects); then try the next.
        for rule in alternatives if isinstance(alternatives, list) else [alternatives]:
            say("estimating m by EM")
            snapshot = linker.misc.save_model_to_json()
            try:
                linker.training.estimate_parameters_using_expectation_maximisation(rule)
                break
            except (SplinkException, ValueError, ZeroDivisionError) as exc:
                log.info("EM session skipped: %s", type(exc).__name__)
                # A failed session can leave the linker's settings half-changed: reload.
                linker = Linker(sdfs if len(sdfs) > 1 else sdfs[0], snapshot,
                                log_level=logging.WARNING)
    model = floor_m_probabilities(linker.misc.save_model_to_json())
    timings["train_s"] = time.perf_counter() - t0
    # Training's tables (the inputs concatenated with their term frequencies, EM's comparison
    # vectors) are not needed to score; pooling and scoring build their own, term frequencies
    # included, from the frames they score (10k x 1M on DuckDB: 110 MB less at the peak; on Spark
    # they would hold executor memory). Splink's cache is shared by every linker on this database
    # API, so the cache is invalidated with the tables.
    linker.table_management.invalidate_cache()
    borrowed: dict[str, dict[str, str]] = {}
    if refine is not None:
        say("pooling rows about the same person")
        t_refine = time.perf_counter()
        frames, borrowed = refine(db_api, model)
        # The frames scored from here on replace the ones trained on (Spark holds each in memory).
        for sdf in sdfs:
            sdf.drop_table_from_database_and_remove_from_cache(force_non_splink_table=True)
        sdfs = [db_api.register(f) for f in frames]
        timings["pool_s"] = time.perf_counter() - t_refine
    # Re-open the linker on the floored model (same in-memory tables unless refined).
    linker = Linker(sdfs if len(sdfs) > 1 else sdfs[0], model, log_level=logging.WARNING)
    say("scoring blocked pairs")
    t1 = time.perf_counter()
    pred = linker.inference.predict(threshold_match_probability=threshold, warning_mode="never")
    pairs = pred.as_pandas_dataframe()
    timings["predict_s"] = time.perf_counter() - t1
    clusters = None
    if clusters_at is not None:
        say("clustering")
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
            pred, clusters_at).as_pandas_dataframe()
    model = linker.misc.save_model_to_json()
    _orient(pairs)
    return LinkResult(pairs=pairs, model=model, clusters=clusters, timings=timings,
                      borrowed=borrowed)


M_FLOOR = 0.002


def floor_m_probabilities(model: dict[str, Any], floor: float = M_FLOOR) -> dict[str, Any]:
    """Give every non-null level at least ``floor`` probability among true matches.

    EM on data in which some disagreement never happens among matches (no date typo, no sex
    mismatch) estimates m = 0, i.e. an infinite veto: one clerk's slip would then hide a person
    for good. A small floor keeps such evidence strong but finite.
    """
    for comp in model["comparisons"]:
        levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
        if not any("m_probability" in lv for lv in levels):
            continue  # EM never saw this comparison: Splink's defaults stand
        for level in levels:
            # A level EM never observed among its matches is saved without m, and Splink would
            # then score it as all but impossible (m = 1e-6): the same infinite veto, so floored.
            level["m_probability"] = max(float(level.get("m_probability", 0.0)), floor)
        trained = levels
        total = sum(lv["m_probability"] for lv in trained)
        for lv in trained:
            lv["m_probability"] /= total
    return model


def _orient(pairs: pd.DataFrame) -> None:
    """Put the left input on the ``_l`` side (Splink may order a link pair either way)."""
    if "source_dataset_l" not in pairs.columns or pairs.empty:
        return
    flip = pairs["source_dataset_l"] > pairs["source_dataset_r"]
    if not flip.any():
        return
    for col in list(pairs.columns):
        if col.endswith("_l"):
            other = col[:-2] + "_r"
            if other in pairs.columns:
                left, right = pairs.loc[flip, col].copy(), pairs.loc[flip, other].copy()
                pairs.loc[flip, col], pairs.loc[flip, other] = right, left


# --------------------------------------------------------------------------- tracing entry point
def prepare_tracing(requests: pd.DataFrame, records: pd.DataFrame | None = None):
    """Feature frames for the requests (and records), ``source_dataset`` set for link mode."""
    left = person_features(requests)
    frames = [left]
    if records is not None:
        right = person_features(records)
        left["source_dataset"], right["source_dataset"] = "a_requests", "b_records"
        frames.append(right)
    add_rare_tokens(*frames)
    return frames


def tracing_settings(frames: Sequence[pd.DataFrame], link_type: str) -> SettingsCreator:
    both = pd.concat(frames, ignore_index=True)
    return SettingsCreator(
        link_type=link_type,
        comparisons=tracing_comparisons(both),
        blocking_rules_to_generate_predictions=TRACING_BLOCKING_RULES,
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=True,
        probability_two_random_records_match=1e-4,
    )


def match_tracing(requests: pd.DataFrame, records: pd.DataFrame | None = None, *,
                  engine: str = "duckdb", threshold: float | None = 0.5,
                  spark_session=None, clusters_at: float | None = None,
                  progress: Progress = None, pool_rows: bool = True) -> LinkResult:
    """Match tracing requests to records (or, without ``records``, requests to each other).

    Both frames hold person records (see :mod:`rihai.tracing.features`) keyed by ``unique_id``.
    Returns pairs at or above ``threshold`` (all blocked pairs when ``None``) with
    ``match_probability``, ``match_weight`` and per-field ``gamma_``/``mw_`` columns that
    :func:`waterfall` turns into a readable explanation. Nothing is written to disk.
    With ``pool_rows`` (and ``records``), list rows about the same person pool their fields
    before they are scored (:mod:`rihai.tracing.pooling`).
    """
    frames = prepare_tracing(requests, records)
    sex_from_name = infer_sex_from_names(*frames)
    link_type = "link_only" if records is not None else "dedupe_only"
    settings = tracing_settings(frames, link_type)
    n = sum(len(f) for f in frames)

    def pool(db_api, model):
        pooled, borrowed = pool_same_person_rows(db_api, frames[1], model)
        return [frames[0], pooled], borrowed

    result = estimate_and_predict(
        make_db_api(engine, spark_session=spark_session), frames, settings,
        deterministic_rules=[block_on("cnic"), block_on("passport"),
                             block_on("name_sk_key", "dob")],
        deterministic_recall=0.7,
        # EM learns m from the pairs its block admits, so each block must hold mostly matches
        # at any list size. A name alone does not: in a million records most pairs sharing a name
        # are namesakes, and EM then learned namesakes as "the match" (m(district agrees) 0.07,
        # m(CNIC agrees) 0.48 at 10k x 1M; F1 0.71). Name + date of birth, and a shared CNIC /
        # passport / phone, stay nearly pure as lists grow. Session 1 leaves every field but the
        # name and date free, session 2 frees those; later entries are fallbacks for sparse data.
        em_rules=[[block_on("name_sk_key", "dob"), block_on("name_sk_key", "birth_year"),
                   block_on("name_sk_key")],
                  [block_on("cnic"), block_on("passport"), block_on("phone"),
                   block_on("birth_year", "district")]],
        threshold=threshold, max_u_pairs=min(5e6, max(1e5, n * 20)),
        clusters_at=clusters_at, progress=progress,
        refine=pool if pool_rows and records is not None else None)
    for uid, reason in sex_from_name.items():
        result.borrowed.setdefault(uid, {}).setdefault("sex", reason)
    return result


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
