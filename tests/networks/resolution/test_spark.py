"""The network step on Spark (``resolve(..., engine="spark")``, large-star/small-star connected
components on DataFrames) gives the same networks as the local numpy/scipy path: on graphs made
to be hard for it (a long chain, a wide star, isolated nodes) and on planted networks."""

from __future__ import annotations

import numpy as np
import pytest

from rihai.networks.resolution import parse_record, resolve, spark_components
from rihai.synthetic.networks import planted_networks


def local_components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def same_partition(x: np.ndarray, y: np.ndarray) -> bool:
    pairs = set(zip(x.tolist(), y.tolist()))
    return len(pairs) == len(set(x.tolist())) == len(set(y.tolist()))


def test_components_of_awkward_graphs(spark_session):
    rng = np.random.default_rng(5)
    # A chain of 64 shuffled nodes (diameter 63), a star of 30, a random sparse part, loners.
    chain = rng.permutation(64)
    a = list(chain[:-1]) + [64] * 30 + list(rng.integers(100, 200, 60))
    b = list(chain[1:]) + list(range(65, 95)) + list(rng.integers(100, 200, 60))
    a, b = np.array(a, np.int64), np.array(b, np.int64)
    labels = spark_components(spark_session, 220, a, b)
    assert same_partition(labels, local_components(220, a, b))
    assert labels[chain[0]] == labels[chain[-1]] and labels[210] != labels[211]
    assert spark_components(spark_session, 3, np.empty(0, np.int64), np.empty(0, np.int64)).tolist() == [0, 1, 2]


def test_spark_engine_gives_the_same_networks_on_planted_data(spark_session):
    records = [parse_record(o)[0] for o in planted_networks(800, seed=21).records]
    local = resolve(records)
    spark = resolve(records, engine="spark", spark_session=spark_session)
    assert len(local.networks) > 50
    assert {k: v.record_ids for k, v in spark.networks.items()} == {k: v.record_ids for k, v in local.networks.items()}
    assert [(p.entity_id, p.network_id) for p in spark.persons] == [(p.entity_id, p.network_id) for p in local.persons]


def test_spark_engine_needs_a_session():
    with pytest.raises(ValueError):
        resolve([], engine="spark")
    with pytest.raises(ValueError):
        resolve([], engine="duckdb")
