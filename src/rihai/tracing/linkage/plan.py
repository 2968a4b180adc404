"""What a model makes of the records before anything is estimated: the ``Plan`` the pipeline runs.

A model (``PersonModel`` for tracing's person records, ``ListModel`` for lists with any columns)
turns the input records into comparable columns and says how to compare, block and train on them.
The pipeline then runs every plan the same way, so the steps of a run live in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import pandas as pd
from splink import SettingsCreator

Say = Callable[[str], None]


@dataclass
class Plan:
    """The comparable frames of one run and how to estimate and score them."""

    # One frame to deduplicate, or two to link (``source_dataset`` set: left "a_…", right "b_…").
    frames: list[pd.DataFrame]
    # Splink settings: link type, comparisons and the blocking rules that generate the pairs.
    splink: SettingsCreator
    # The prior: pairs these near-certain rules find are assumed to be ``prior_recall`` of matches.
    prior_rules: list[Any]
    prior_recall: float
    # EM sessions, in order; each a rule or a list of alternatives tried until one succeeds.
    em_rules: list[Any]
    # Random pairs sampled to estimate u (most random pairs are different people).
    max_u_pairs: float
    # Pool the right-hand list's rows about one person before scoring (pooling.py).
    pool_rows: bool = False
    # Which rows are one person's and what they pool (pooling.py; None: the tracing model's).
    same_person_rules: list[str] | None = None
    pooled: list[tuple[str, str, tuple[str, ...]]] | None = None
    # Fields filled while preparing the frames: {unique_id: {comparison: reason}}.
    borrowed: dict[str, dict[str, str]] = field(default_factory=dict)
    # Saved with the model, for whoever reads it later (e.g. the column kinds a list was read as).
    notes: dict[str, Any] = field(default_factory=dict)


class Model(Protocol):
    """A linkage model: what it compares, given the records to compare."""

    def plan(self, left: pd.DataFrame, right: pd.DataFrame | None, say: Say) -> Plan: ...
