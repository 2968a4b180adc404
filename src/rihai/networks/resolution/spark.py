"""Connected components on Spark, for graphs of national size: the network step of ``resolve``
with ``engine="spark"``.

GraphFrames would be the obvious tool, but its ``graphframes-py`` package ships only the Python
side: the JVM jar is fetched from a Maven repository when the session starts, and Rihai runs with
no network. So this is the algorithm GraphFrames itself defaults to, on plain DataFrames: the
alternating large-star / small-star rounds of Kiveris et al., "Connected Components in MapReduce
and Beyond" (SoCC 2014), which converge in O(log² n) rounds whatever the graph's diameter. Every
round turns the edge set into one that joins each node to a smaller node of its component; at
the fixed point every edge joins a node to its component's smallest node.

Only integers (record indices) go to Spark: no name, phone or digest. Each round's edges are
materialised (a local checkpoint): a round reads its input four times, so an unbroken lineage
would grow fourfold a round and Spark would spend its time planning.
"""

from __future__ import annotations

from typing import Any

import numpy as np

MAX_ROUNDS = 200


def _large_star(edges: Any) -> Any:
    """Each node's larger neighbours are joined to the smallest of its neighbourhood (itself included)."""
    from pyspark.sql import functions as F

    both = edges.select("u", "v").union(edges.select(F.col("v").alias("u"), F.col("u").alias("v")))
    smallest = both.groupBy("u").agg(F.least(F.col("u"), F.min("v")).alias("m"))
    return (both.join(smallest, "u").where(F.col("v") > F.col("u"))
            .select(F.col("v").alias("u"), F.col("m").alias("v")).distinct())


def _small_star(edges: Any) -> Any:
    """Each node and its smaller neighbours are joined to the smallest of those neighbours."""
    from pyspark.sql import functions as F

    down = edges.select(F.greatest("u", "v").alias("u"), F.least("u", "v").alias("v")).where(F.col("u") != F.col("v"))
    smallest = down.groupBy("u").agg(F.min("v").alias("m"))
    spokes = down.join(smallest, "u").where(F.col("v") != F.col("m")).select(F.col("v").alias("u"), F.col("m").alias("v"))
    return spokes.union(smallest.select("u", F.col("m").alias("v"))).distinct()


def spark_components(spark: Any, n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component label (0..k-1) of each of n nodes, edges a[i]-b[i], computed on ``spark``. The
    labels number components by their smallest node, as ``graph.components`` does."""
    import pandas as pd

    if n == 0:
        return np.empty(0, np.int64)
    keep = a != b
    root = np.arange(n, dtype=np.int64)
    if keep.any():
        frame = pd.DataFrame({"u": a[keep].astype(np.int64), "v": b[keep].astype(np.int64)})
        edges = spark.createDataFrame(frame).distinct().localCheckpoint(eager=True)
        for _ in range(MAX_ROUNDS):
            before = edges
            edges = _small_star(_large_star(edges)).localCheckpoint(eager=True)
            # The fixed point: a round that leaves the edge set as it was.
            if edges.exceptAll(before).limit(1).count() == 0 and before.exceptAll(edges).limit(1).count() == 0:
                break
        else:  # pragma: no cover - the rounds are O(log² n); this is a guard, not a path
            raise RuntimeError("connected components did not converge")
        stars = edges.toPandas()
        root[stars.u.to_numpy(np.int64)] = stars.v.to_numpy(np.int64)
    # Components numbered by their smallest node, which is each star's root.
    _, labels = np.unique(root, return_inverse=True)
    return labels.astype(np.int64)
