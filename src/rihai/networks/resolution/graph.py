"""Graph primitives over integer arrays: connected components (scipy's sparse-graph routine, in
C) and the star edges that join every member of a group to its first member — n - 1 edges for n
members, where all pairs would be n²/2 (a recruiter's phone in 5,000 records)."""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component label (0..k-1) of each of n nodes, edges a[i]-b[i]."""
    if n == 0:
        return np.empty(0, np.int64)
    graph = coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(n, n)).tocsr()
    _, labels = connected_components(graph, directed=True, connection="weak")
    return labels.astype(np.int64)


def star_edges(key: np.ndarray, node: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For rows grouped by equal ``key``: (first node of the group, node, row index) for every row
    but each group's first. Rows are taken in a stable order, so the first is the lowest row."""
    if len(key) == 0:
        empty = np.empty(0, np.int64)
        return empty, empty, empty
    order = np.argsort(key, kind="stable")
    k = key[order]
    starts = np.r_[True, k[1:] != k[:-1]]
    first_pos = np.maximum.accumulate(np.where(starts, np.arange(len(k)), 0))
    rows = order[~starts]
    firsts = order[first_pos[~starts]]
    return node[firsts], node[rows], rows


def group_min(labels: np.ndarray, values: np.ndarray, n_groups: int) -> np.ndarray:
    """The smallest value per label."""
    out = np.full(n_groups, np.iinfo(np.int64).max, np.int64)
    np.minimum.at(out, labels, values)
    return out
