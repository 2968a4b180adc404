"""The same tracing model on Spark (local, Java 17): it runs and agrees with DuckDB."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from rihai.errors import ServiceUnavailable
from rihai.tracing.linkage import LinkSettings, PopulationGenerator, link
from rihai.tracing.linkage.engines import make_db_api, nulls_as_none, require_local_disk_encryption
from rihai.tracing.linkage.persons import person_frames


def test_spark_engine_matches_like_duckdb(spark_session):
    requests, records, truth = PopulationGenerator(seed=5).scenario(400, 60)
    sp = link(requests, records, LinkSettings(engine="spark", spark_session=spark_session, threshold=0.5))
    dd = link(requests, records, LinkSettings(engine="duckdb", threshold=0.5))
    got_sp = set(zip(sp.pairs.unique_id_l, sp.pairs.unique_id_r))
    got_dd = set(zip(dd.pairs.unique_id_l, dd.pairs.unique_id_r))
    true = set(zip(truth.unique_id_l, truth.unique_id_r))
    assert len(got_dd & true) >= 0.8 * len(true)
    assert len(got_sp & true) >= 0.8 * len(got_dd & true)
    assert len(got_sp ^ got_dd) <= 0.2 * max(1, len(got_dd))
    # The explanation is built from the model the engine estimated: it adds up on Spark too.
    for _, pair in sp.pairs.head(5).iterrows():
        steps = sp.waterfall(pair)
        assert abs(sum(s["match_weight"] for s in steps) - float(pair["match_weight"])) < 1e-6

    # Nothing personal reached the disk in plaintext. Spark did write: shuffle files, the frames
    # handed over from Python. Without spark.io.encryption.enabled the same run leaves 317 of these
    # values readable in its files (names, CNICs, passports, phones; docs/tracing.md).
    local_dir = Path(spark_session.sparkContext.getConf().get("spark.local.dir"))
    written = [p.read_bytes() for p in local_dir.rglob("*") if p.is_file()]
    assert sum(len(b) for b in written) > 10_000
    # The values as Spark received them (canonical names, identifiers).
    values = {str(v).encode() for frame in person_frames(requests, records)
              for col in ("name_key", "father_key", "cnic", "passport", "phone")
              for v in frame[col].dropna() if len(str(v)) >= 8}
    assert len(values) > 500
    assert not [v for v in values if any(v in b for b in written)]


class _Session:
    """What make_db_api reads of a Spark session: its configuration."""

    def __init__(self, **conf: str) -> None:
        self.sparkContext = self
        self._conf = {key.replace("_", "."): value for key, value in conf.items()}

    def getConf(self) -> dict:  # noqa: N802 (PySpark's name)
        return self._conf


def test_a_session_that_writes_plaintext_to_disk_is_refused():
    with pytest.raises(ServiceUnavailable) as err:
        make_db_api("spark", spark_session=_Session(spark_master="spark://cluster:7077"))
    assert err.value.rule == "spark-io-encryption"


@pytest.mark.parametrize("network", [{}, {"spark_network_crypto_enabled": "true"}])
def test_a_cluster_that_sends_plaintext_between_machines_is_refused(network):
    session = _Session(spark_master="spark://cluster:7077", spark_io_encryption_enabled="true", **network)
    with pytest.raises(ServiceUnavailable) as err:  # AES without spark.authenticate is not switched on
        make_db_api("spark", spark_session=session)
    assert err.value.rule == "spark-network-encryption"


@pytest.mark.parametrize("network", [{"spark_authenticate": "true", "spark_network_crypto_enabled": "true"},
                                     {"spark_ssl_enabled": "true"}])
def test_an_encrypted_cluster_is_accepted(network):
    require_local_disk_encryption(_Session(spark_master="spark://cluster:7077",
                                           spark_io_encryption_enabled="true", **network))


def test_missing_values_reach_spark_as_null():
    frame = pd.DataFrame({"name": ["A (TEST)", None, float("nan")], "year": [1990.0, float("nan"), 1985.0],
                          "cnic": pd.array(["1", pd.NA, "3"], dtype="string")})
    clean = nulls_as_none(frame)
    assert clean["name"].tolist() == ["A (TEST)", None, None]
    assert clean["year"].tolist()[1] is None
    assert clean["cnic"].tolist() == ["1", None, "3"]
