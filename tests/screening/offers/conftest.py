"""The Spark leg for job-offer screening: one local Spark session (Java 17 and pyspark) for the tests
that screen posts in ``mapPartitions``, as tests/tracing/conftest.py starts its own. Where Java or
pyspark is missing the leg is skipped, and the run says so (tests/legs.py; under CI=true that fails)."""

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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):  # type: ignore[no-untyped-def]
    # Spark tests last: a JVM's bridge threads would be forked into the bulk tests' worker processes.
    items.sort(key=lambda item: "spark_session" in getattr(item, "fixturenames", ()))
    for item in items:
        if "spark_session" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.leg("spark", missing=_spark_missing()))


@pytest.fixture(scope="session")
def spark_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    reason = _spark_missing()
    if reason:
        legs.skip("spark", reason)
    from rihai.screening.offers.service import local_spark_session

    spark = local_spark_session(2)
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
