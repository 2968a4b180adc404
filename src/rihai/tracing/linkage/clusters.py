"""Pairs into groups of records about one person, without chaining strangers.

Connected components join A and C as soon as A-B and B-C pass the threshold, so in a register
with dozens of rows per person one doubtful pair merges two people, and a few more merge a town.
A group of people is recognisable: its rows are not pairwise alike. So a component whose rows
match each other too rarely (edges above the threshold / pairs it could hold below
``MIN_DENSITY``) is split again on its own stronger pairs, the threshold raised a step (2 match
weight, ×4 in odds) at a time, until each part is dense or only certain pairs remain. A true
person's rows match each other nearly all (recall within a person is high), so they stay whole.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

MIN_DENSITY = 0.6
MIN_SPLIT = 4          # groups of 2-3 rows are left as they are: one missing pair is no evidence
_STEP = 2.0            # match weight added each time a loose group is split again
_MAX_WEIGHT = 40.0


def _weight(p: float) -> float:
    p = min(max(p, 1e-15), 1 - 1e-15)
    return math.log2(p / (1 - p))


def cluster(records: pd.DataFrame, pairs: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """``records`` (unique_id[, source_dataset]) -> the same with ``cluster_id``.

    ``pairs`` are scored pairs (unique_id_l/_r[, source_dataset_l/_r], match_probability); the
    groups are formed from those at or above ``threshold``. Every record gets a cluster (a
    record without a pair its own). Link mode (source_dataset present) counts only left-right
    pairs as possible.
    """
    link = "source_dataset" in records.columns
    keys = (list(zip(records["source_dataset"], records["unique_id"].astype(str))) if link
            else list(records["unique_id"].astype(str)))
    index = {k: i for i, k in enumerate(keys)}
    side = (records["source_dataset"].to_numpy() if link else np.zeros(len(records), dtype=int))
    above = pairs[pairs["match_probability"] >= threshold]

    def key(frame: pd.DataFrame, s: str):
        ids = frame[f"unique_id_{s}"].astype(str)
        return list(zip(frame[f"source_dataset_{s}"], ids)) if link else list(ids)

    a = np.array([index[k] for k in key(above, "l")], dtype=np.int64)
    b = np.array([index[k] for k in key(above, "r")], dtype=np.int64)
    w = np.array([_weight(p) for p in above["match_probability"]], dtype=float)
    labels = np.arange(len(records))
    _split(np.arange(len(records)), a, b, w, _weight(threshold), labels, side, link)
    out = records.copy()
    # The cluster is named after one of its records, as Splink does.
    first = pd.Series(np.arange(len(records))).groupby(labels).transform("min").to_numpy()
    out["cluster_id"] = [str(keys[i][1] if link else keys[i]) for i in first]
    return out


def _split(nodes: np.ndarray, a, b, w, at: float, labels, side, link: bool) -> None:
    """Components of ``nodes`` on edges at or above ``at``; loose ones split again higher up."""
    keep = w >= at
    a, b, w = a[keep], b[keep], w[keep]
    local = {n: i for i, n in enumerate(nodes)}
    la = np.array([local[x] for x in a], dtype=np.int64)
    lb = np.array([local[x] for x in b], dtype=np.int64)
    graph = coo_matrix((np.ones(len(la)), (la, lb)), shape=(len(nodes), len(nodes)))
    _n, comp = connected_components(graph, directed=False)
    edge_comp = comp[la] if len(la) else np.array([], dtype=int)
    for c in np.unique(comp):
        members = nodes[comp == c]
        labels[members] = members.min()
        if len(members) < MIN_SPLIT or at + _STEP > _MAX_WEIGHT:
            continue
        mask = edge_comp == c
        if link:
            n_left = int((side[members] == side[members].min()).sum())
            possible = n_left * (len(members) - n_left)
        else:
            possible = len(members) * (len(members) - 1) / 2
        if possible and mask.sum() / possible < MIN_DENSITY:
            _split(members, a[mask], b[mask], w[mask], at + _STEP, labels, side, link)
