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

import duckdb
import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.internals.exceptions import SplinkException

from rihai.tracing.features import add_rare_tokens, person_features

log = logging.getLogger(__name__)
Progress = Callable[[str], None] | None


# --------------------------------------------------------------------------- engines
def make_db_api(engine: str = "duckdb", *, spark_session=None, memory_limit: str | None = None):
    """A Splink database API for ``engine`` ("duckdb" or "spark").

    DuckDB: in memory, no spill file, so nothing personal reaches the disk. Spark: a local session
    (``local[2]``) unless one is given; Spark itself may spill shuffles to its local dirs, so on a
    real cluster those must be on encrypted volumes (see docs/tracing.md).
    """
    if engine == "duckdb":
        con = duckdb.connect(":memory:")
        # Without this DuckDB offloads to ".tmp/" when memory is short: plaintext on disk.
        con.execute("SET temp_directory = ''")
        con.execute("SET preserve_insertion_order = false")
        if memory_limit:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        return DuckDBAPI(con)
    if engine == "spark":
        from splink import SparkAPI

        if spark_session is None:
            spark_session = local_spark()
        # "persist" keeps intermediate tables in executor memory; the default ("parquet") would
        # write every intermediate table, names included, to a checkpoint directory.
        return SparkAPI(spark_session=spark_session, break_lineage_method="persist",
                        num_partitions_on_repartition=4)
    raise ValueError("engine must be 'duckdb' or 'spark'")


def local_spark(cores: int = 2):
    """A small local Spark session (Java 17) tuned for tests and single machines."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    return (SparkSession.builder
            # Splink's jar brings jaro_winkler and friends as Spark SQL functions.
            .config("spark.jars", similarity_jar_location()).master(f"local[{cores}]").appName("rihai-tracing")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", str(cores * 2))
            .config("spark.driver.memory", "2g")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate())


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

    def waterfall(self, row: int | pd.Series) -> list[dict[str, Any]]:
        """Contributions of the prior and each field to one pair's match weight."""
        return waterfall(self.pairs.loc[row] if isinstance(row, int) else row, self.model)


def waterfall(pair: pd.Series | dict, model: dict[str, Any]) -> list[dict[str, Any]]:
    """[{field, comparison_level_label, match_weight, bayes_factor}] — sums to the pair's weight.

    The first entry is the prior (how likely two random records match); then one entry per
    field, its term-frequency adjustment included (a match on a common name counts for less).
    """
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
        out.append({"field": name, "comparison_level_label": label, "match_weight": mw + tf,
                    "bayes_factor": 2 ** (mw + tf), "term_frequency_adjustment": tf})
    return out


# --------------------------------------------------------------------------- shared pipeline
def estimate_and_predict(db_api, frames: Sequence[pd.DataFrame], settings: SettingsCreator, *,
                         deterministic_rules: list, deterministic_recall: float,
                         em_rules: list[Any], threshold: float | None, max_u_pairs: float,
                         clusters_at: float | None = None, seed: int = 42,
                         progress: Progress = None) -> LinkResult:
    """Estimate the model on ``frames`` (no labels) and score the blocked pairs.

    Shared by the tracing model and the generic linker: the prior from near-certain rules, u from
    random pairs (almost all non-matches), m by EM on blocks that leave each field free once.
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
    linker.training.estimate_u_using_random_sampling(max_pairs=max_u_pairs, seed=seed)
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
    # Re-open the linker on the floored model (same in-memory tables, nothing re-read).
    linker = Linker(sdfs if len(sdfs) > 1 else sdfs[0], model, log_level=logging.WARNING)
    timings["train_s"] = time.perf_counter() - t0
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
    return LinkResult(pairs=pairs, model=model, clusters=clusters, timings=timings)


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
                  progress: Progress = None) -> LinkResult:
    """Match tracing requests to records (or, without ``records``, requests to each other).

    Both frames hold person records (see :mod:`rihai.tracing.features`) keyed by ``unique_id``.
    Returns pairs at or above ``threshold`` (all blocked pairs when ``None``) with
    ``match_probability``, ``match_weight`` and per-field ``gamma_``/``mw_`` columns that
    :func:`waterfall` turns into a readable explanation. Nothing is written to disk.
    """
    frames = prepare_tracing(requests, records)
    link_type = "link_only" if records is not None else "dedupe_only"
    settings = tracing_settings(frames, link_type)
    n = sum(len(f) for f in frames)
    return estimate_and_predict(
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
        clusters_at=clusters_at, progress=progress)


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
