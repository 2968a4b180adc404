"""One linkage run, top to bottom: ``link(left, right, settings) -> Links``.

    features   the model turns the records into comparable columns (its ``Plan``)
    estimate   the prior from near-certain rules, u from random pairs, m by EM: no labels
    pool       (person model) list rows about the same person pool their fields
    score      every pair the blocking rules generate, with its per-field weights
    cluster    (optional) pairs joined into groups at a threshold

The model is estimated from the data it is about to match (Fellegi–Sunter with Splink), with
term-frequency adjustment on names so that two "Muhammad Ali"s count for less than two "Zarghuna
Achakzai"s. The engine is a setting: in-memory DuckDB by default, local or cluster Spark for very
large runs.

Privacy: decrypted values live only in process memory. DuckDB runs ``:memory:`` with spilling to
disk switched off (``temp_directory = ''``) and no CSV or Parquet is written; a run that does not
fit in memory fails instead of leaving plaintext on disk.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from splink import Linker
from splink.internals.exceptions import SplinkException

from .clusters import cluster
from .engines import make_db_api, u_sampling_options
from .links import Links
from .lists import ListModel
from .persons import PersonModel
from .plan import Model, Plan, Say
from .pooling import pool_same_person_rows

log = logging.getLogger(__name__)
Records = pd.DataFrame | Iterable[Mapping[str, Any]]


@dataclass(frozen=True)
class LinkSettings:
    """How to run: which model, where, and which pairs to keep."""

    model: Model = field(default_factory=PersonModel)
    threshold: float | None = 0.5        # keep pairs at or above; None keeps every blocked pair
    clusters_at: float | None = None     # also cluster the pairs at this probability
    engine: str = "duckdb"               # or "spark"
    spark_session: Any = None            # Spark: the session to run in (else a local one)
    threads: int | None = None           # DuckDB: cores to use (default: all)
    seed: int = 42                       # u's random sample
    progress: Callable[[str], None] | None = None

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | None = None, *,
                    progress: Callable[[str], None] | None = None) -> LinkSettings:
        """Settings for lists with any columns from a ``rihai link --config`` mapping.

        Keys (all optional): ``columns`` {column: kind} overrides detection; ``threshold`` (0.5);
        ``blocking_rules`` [[col, …], …]; ``clusters`` (bool) and ``cluster_threshold``;
        ``link_type``; ``max_pairs_per_rule``; ``max_u_pairs``; ``prior_recall``; ``pool_rows``;
        ``engine`` ("duckdb"/"spark"); ``seed``.
        """
        cfg = dict(config or {})
        threshold = cfg.get("threshold", 0.5)
        return cls(model=ListModel.from_config(cfg), threshold=threshold,
                   clusters_at=cfg.get("cluster_threshold", threshold) if cfg.get("clusters") else None,
                   engine=cfg.get("engine", "duckdb"), seed=int(cfg.get("seed", 42)),
                   progress=progress)


def link(left: Records, right: Records | None = None,
         settings: LinkSettings | None = None) -> Links:
    """Link ``left`` to ``right`` (or, without ``right``, find the duplicates within ``left``).

    Records are keyed by ``unique_id``; what else they hold depends on ``settings.model``.
    Returns pairs at or above ``settings.threshold`` with ``match_probability``, ``match_weight``
    and per-field ``gamma_``/``mw_`` columns that :meth:`Links.waterfall` turns into a readable
    explanation. Nothing is written to disk.
    """
    settings = settings or LinkSettings()
    say: Say = settings.progress or (lambda msg: None)
    plan = settings.model.plan(_frame(left), None if right is None else _frame(right), say)
    db_api = make_db_api(settings.engine, spark_session=settings.spark_session,
                         threads=settings.threads)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    tables = [db_api.register(f) for f in plan.frames]
    model = estimate(db_api, tables, plan, seed=settings.seed, say=say)
    timings["train_s"] = time.perf_counter() - t0
    borrowed: dict[str, dict[str, str]] = {}
    if plan.pool_rows:
        say("pooling rows about the same person")
        t_pool = time.perf_counter()
        pooled, borrowed = pool_same_person_rows(db_api, plan.frames[1], model,
                                                  rules=plan.same_person_rules, pooled=plan.pooled)
        # The pooled rows replace the ones trained on (Spark holds each frame in memory).
        for table in tables:
            table.drop_table_from_database_and_remove_from_cache(force_non_splink_table=True)
        tables = [db_api.register(f) for f in (plan.frames[0], pooled)]
        timings["pool_s"] = time.perf_counter() - t_pool
    # Re-open the linker on the floored model (same in-memory tables unless pooled).
    linker = Linker(_one_or_many(tables), model, log_level=logging.WARNING)
    say("scoring blocked pairs")
    t_score = time.perf_counter()
    # Clustering at a lower probability than the pairs kept needs those pairs too.
    floor = settings.threshold
    if settings.clusters_at is not None and floor is not None:
        floor = min(floor, settings.clusters_at)
    predictions = linker.inference.predict(threshold_match_probability=floor,
                                           warning_mode="never")
    pairs = predictions.as_pandas_dataframe()
    timings["predict_s"] = time.perf_counter() - t_score
    clusters = None
    if settings.clusters_at is not None:
        say("clustering")
        scored = plan.frames if not plan.pool_rows else [plan.frames[0], pooled]
        records = pd.concat([f[[c for c in ("unique_id", "source_dataset") if c in f]]
                             for f in scored], ignore_index=True)
        clusters = cluster(records, pairs, settings.clusters_at)
    if settings.threshold is not None and floor != settings.threshold:
        pairs = pairs[pairs["match_probability"] >= settings.threshold].reset_index(drop=True)
    model = linker.misc.save_model_to_json()
    model.update(plan.notes)
    model["rihai_threshold"] = settings.threshold
    _orient(pairs)
    # What pooling borrowed speaks first: a sex read from the name only where pooling had none.
    for uid, reasons in plan.borrowed.items():
        for comparison, reason in reasons.items():
            borrowed.setdefault(uid, {}).setdefault(comparison, reason)
    return Links(pairs=pairs, model=model, clusters=clusters, timings=timings, borrowed=borrowed)


def estimate(db_api, tables: list, plan: Plan, *, seed: int, say: Say) -> dict[str, Any]:
    """The model estimated on ``tables`` (no labels), m floored; Splink's training tables freed.

    The prior from near-certain rules, u from random pairs (almost all non-matches), m by EM on
    blocks that leave each field free once.
    """
    linker = Linker(_one_or_many(tables), plan.splink, log_level=logging.WARNING)
    say("estimating the prior")
    try:
        linker.training.estimate_probability_two_random_records_match(
            plan.prior_rules, recall=plan.prior_recall)
    except (SplinkException, ZeroDivisionError, ValueError) as exc:
        # No deterministic pairs at all: keep Splink's default prior rather than fail.
        # The type only: database error messages can quote the values (names) that failed.
        log.info("prior not estimated: %s", type(exc).__name__)
    say("estimating u by random sampling")
    linker.training.estimate_u_using_random_sampling(max_pairs=plan.max_u_pairs, seed=seed,
                                                    **u_sampling_options(db_api))
    for alternatives in plan.em_rules:
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
                linker = Linker(_one_or_many(tables), snapshot, log_level=logging.WARNING)
    model = floor_m_probabilities(linker.misc.save_model_to_json())
    # Training's tables (the inputs concatenated with their term frequencies, EM's comparison
    # vectors) are not needed to score; pooling and scoring build their own, term frequencies
    # included, from the frames they score (10k x 1M on DuckDB: 110 MB less at the peak; on Spark
    # they would hold executor memory). Splink's cache is shared by every linker on this database
    # API, so the cache is invalidated with the tables.
    linker.table_management.invalidate_cache()
    return model


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


def _frame(records: Records) -> pd.DataFrame:
    return records if isinstance(records, pd.DataFrame) else pd.DataFrame(list(records), dtype=object)


def _one_or_many(tables: list):
    return tables if len(tables) > 1 else tables[0]


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
