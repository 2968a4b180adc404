"""Job-offer screening on Spark uses the session ``rihai screen --engine spark`` starts
(``local_spark_session``), not the engine's (tests/conftest.py): what is tested is what runs. The
Spark leg's marking and ordering are in tests/legs.py."""

from __future__ import annotations

from collections.abc import Iterator

import legs
import pytest


@pytest.fixture(scope="session")
def spark_session() -> Iterator[object]:
    reason = legs.spark_missing()
    if reason:
        legs.skip("spark", reason)
    from rihai.screening.offers.service import local_spark_session

    spark = local_spark_session(2)
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
