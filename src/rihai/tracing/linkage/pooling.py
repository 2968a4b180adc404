"""List rows about the same person pool what they know before they meet the requests.

An embassy's list of deportees may hold "Anwar, passport AB1234567" while a shelter's list holds
"Anwar Shinwari, passport AB1234567, born 15/10/1992". The family's request (name, date of birth,
district, no passport) can only meet the first row through the second. So, with the model just
estimated, the rows are first matched to each other on what identifies a person almost alone
(a CNIC, passport or phone, or name and full date of birth), rows scoring at least
``SAME_PERSON_THRESHOLD`` are grouped, and each row's blank fields are filled from a row of its
group before the rows are scored against the requests. A field is only ever filled, never
overwritten, and a group larger than ``MAX_GROUP`` rows (a shared office phone, a data-entry
slip) pools nothing. Measured on the synthetic population: recall +0.011, precision unchanged
(docs/tracing.md).

Everything stays in memory in the same engine as the match; the waterfall marks each field whose
value came from another row, so a caseworker knows to check that row too.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from splink import Linker


SAME_PERSON_THRESHOLD = 0.9
MAX_GROUP = 8
# The blocks of the row-to-row match: each nearly always the same person when the model agrees.
SAME_PERSON_RULES = ["l.cnic = r.cnic", "l.passport = r.passport", "l.phone = r.phone",
                     "l.name_sk_key = r.name_sk_key AND l.dob = r.dob"]
# (comparison named in the waterfall, column that says the field is known, columns copied with it)
POOLED = [
    ("father_name", "father_key", ("father_key", "father_sk_key", "father_sk", "father_rare")),
    ("dob", "dob", ("dob", "dob_swap", "birth_year")),
    ("dob", "birth_year", ("birth_year",)),  # an age only, when no row of the group has the date
    ("sex", "sex", ("sex",)),
    ("cnic", "cnic", ("cnic",)),
    ("passport", "passport", ("passport",)),
    ("phone", "phone", ("phone",)),
    ("district", "district", ("district",)),
]
ANOTHER_ROW = "row"


def same_person_groups(db_api, records: pd.DataFrame, model: dict[str, Any], *,
                       threshold: float = SAME_PERSON_THRESHOLD,
                       rules: list[str] | None = None) -> pd.Series:
    """A group number for every row of ``records`` (indexed like it); a row alone is its own group.

    ``rules`` are the blocks of the row-to-row match (default: the tracing model's)."""
    settings = copy.deepcopy(model)
    settings["link_type"] = "dedupe_only"
    settings["blocking_rules_to_generate_predictions"] = rules or SAME_PERSON_RULES
    frame = records.drop(columns=["source_dataset"], errors="ignore")
    rows = db_api.register(frame)
    linker = Linker(rows, settings, log_level=logging.WARNING)
    pred = linker.inference.predict(threshold_match_probability=threshold, warning_mode="never")
    pairs = pred.as_pandas_dataframe()[["unique_id_l", "unique_id_r"]]
    # Only the few pairs are needed from here: free this run's copy of the rows (Spark holds it in
    # memory) and its intermediate tables.
    rows.drop_table_from_database_and_remove_from_cache(force_non_splink_table=True)
    linker.table_management.invalidate_cache()
    # Connected components with scipy on the (few) pairs, in this process: Splink's own clustering
    # iterates SQL to a fixed point, which takes minutes of Spark jobs for seconds of work.
    ids = records["unique_id"].astype(str)
    position = pd.Series(range(len(ids)), index=ids.to_numpy())
    left = position.loc[pairs["unique_id_l"].astype(str)].to_numpy()
    right = position.loc[pairs["unique_id_r"].astype(str)].to_numpy()
    graph = coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(len(ids), len(ids)))
    _n, labels = connected_components(graph, directed=False)
    return pd.Series(labels, index=records.index)


def pool_fields(records: pd.DataFrame, groups: pd.Series, *, max_group: int = MAX_GROUP,
                pooled: list | None = None) -> tuple[pd.DataFrame, dict[str, dict[str, str]]]:
    """``records`` with blank fields filled from another row of the same group.

    ``pooled`` lists what may be filled (default ``POOLED``, the tracing model's fields). Returns
    the filled copy and ``{unique_id: {comparison: "row"}}`` for what was filled. The donor is the
    first row of the group (in frame order) that knows the field, so a run is reproducible.
    """
    out = records.copy()
    size = groups.map(groups.value_counts())
    pooled_rows = (size >= 2) & (size <= max_group)
    borrowed: dict[str, dict[str, str]] = {}
    if not pooled_rows.any():
        return out, borrowed
    ids = out["unique_id"].astype(str)
    for comparison, known, columns in pooled or POOLED:
        if known not in out.columns:
            continue
        has = out[known].notna() & pooled_rows
        donors = out.index[has].to_series().groupby(groups[has].to_numpy()).first()
        need = out[known].isna() & pooled_rows & groups.isin(donors.index)
        if not need.any():
            continue
        source = donors.loc[groups[need].to_numpy()].to_numpy()
        for col in columns:
            if col in out.columns:
                # Through a Series: the skeleton columns hold lists, which .loc would broadcast.
                out.loc[need, col] = pd.Series(list(out.loc[source, col]), index=out.index[need],
                                               dtype=out[col].dtype)
        for uid in ids[need]:
            borrowed.setdefault(uid, {})[comparison] = ANOTHER_ROW
    return out, borrowed


def pool_same_person_rows(db_api, records: pd.DataFrame, model: dict[str, Any], *,
                          rules: list[str] | None = None, pooled: list | None = None
                          ) -> tuple[pd.DataFrame, dict[str, dict[str, str]]]:
    """Group the rows about one person and pool their fields (see the module docstring).

    ``rules`` and ``pooled`` default to the tracing model's columns; a list model names its own."""
    groups = same_person_groups(db_api, records, model, rules=rules)
    return pool_fields(records, groups, pooled=pooled)
