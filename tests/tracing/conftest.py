"""The Spark leg: one local Spark session (Java 17, the ``spark`` extra) for every test that runs
the tracing model on Spark, started once because a JVM takes seconds to start. Where Java or
pyspark is missing the leg is skipped, and the run says so at the end (tests/legs.py; under
CI=true that fails the run)."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator

import legs
import pytest


def _spark_missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark not installed (pip install -e '.[spark]')"
    if shutil.which("java") is None:
        return "no Java runtime (apt-get install openjdk-17-jre-headless)"
    return None


@pytest.hookimpl(trylast=True)  # after pytest groups the tests by database
def pytest_collection_modifyitems(session, config, items):  # type: ignore[no-untyped-def]
    # The Spark leg runs last: once a JVM and its bridge threads live in this process, a test that
    # forks worker processes (screening's bulk run) would fork them too.
    items.sort(key=lambda item: "spark_session" in getattr(item, "fixturenames", ()))
    spark = [item for item in items if "spark_session" in getattr(item, "fixturenames", ())]
    if spark:
        missing = _spark_missing()
        for item in spark:
            item.add_marker(pytest.mark.leg("spark", missing=missing))


@pytest.fixture(scope="session")
def spark_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    reason = _spark_missing()
    if reason:
        legs.skip("spark", reason)
    from rihai.tracing.linkage import SMALL_LIST_CONF, local_spark

    # Its own local directory, so that a test can read everything Spark wrote to disk.
    local_dir = tmp_path_factory.mktemp("spark-local")
    spark = local_spark(cores=2, driver_memory="2g", conf={**SMALL_LIST_CONF, "spark.local.dir": str(local_dir)})
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
