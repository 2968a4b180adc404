"""Where the linkage runs: in-memory DuckDB by default, Spark for national-scale lists.

Privacy: DuckDB runs ``:memory:`` with spilling to disk switched off (``temp_directory = ''``), so
a run that does not fit in memory fails instead of leaving plaintext on disk. Spark keeps
intermediate tables in executor memory (``persist``), but may still spill shuffles to its local
directories: on a cluster those must be on encrypted volumes (docs/tracing.md).
"""

from __future__ import annotations

import duckdb
from splink import DuckDBAPI


def make_db_api(engine: str = "duckdb", *, spark_session=None, memory_limit: str | None = None):
    """A Splink database API for ``engine`` ("duckdb" or "spark").

    DuckDB: in memory, no spill file, so nothing personal reaches the disk. Spark: a local session
    (``local[2]``) unless one is given; Spark itself may spill shuffles to its local dirs, so on a
    real cluster those must be on encrypted volumes (see docs/tracing.md).
    """
    if engine == "duckdb":
        con = duckdb.connect(":memory:")
        # Without this DuckDB offloads to ".tmp/" when memory is short: plaintext on disk.
        con.execute("SET temp_directory = ''")
        con.execute("SET preserve_insertion_order = false")
        if memory_limit:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        return DuckDBAPI(con)
    if engine == "spark":
        if spark_session is None:
            spark_session = local_spark()
        # "persist" keeps intermediate tables in executor memory; the default ("parquet") would
        # write every intermediate table, names included, to a checkpoint directory.
        return _spark_api_class()(spark_session=spark_session, break_lineage_method="persist",
                                  num_partitions_on_repartition=4)
    raise ValueError("engine must be 'duckdb' or 'spark'")


def _spark_api_class():
    import pandas as pd
    from pyspark import StorageLevel
    from splink import SparkAPI

    class InMemorySparkAPI(SparkAPI):
        """Splink's Spark API, with each input frame shipped to the executors once.

        Splink registers a pandas frame as a Spark local relation, which travels inside every
        task that reads it: 4 MB per task at 20k records, hundreds of MB at a million, for each of
        the ~1,000 stages of estimation and scoring. Persisting it (memory only: a block that does
        not fit is recomputed from the relation, never written to local disk) sends it once.
        """

        def _table_registration(self, input, table_name: str) -> None:  # noqa: A002 (Splink's name)
            if isinstance(input, pd.DataFrame):
                # Splink's own clean-up of pandas frames (nullable dtypes to objects), then cache.
                frame = self.spark.createDataFrame(self._clean_pandas_df(input))
                parts = int(self.spark.conf.get("spark.sql.shuffle.partitions", "4"))
                input = frame.repartition(parts).persist(StorageLevel.MEMORY_ONLY)
            super()._table_registration(input, table_name)

    return InMemorySparkAPI


def local_spark(cores: int = 2, driver_memory: str = "4g"):
    """A small local Spark session (Java 17) tuned for tests and single machines.

    In local mode the driver is the executor too, so ``driver_memory`` bounds the whole run
    (a million records need about 8g)."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    return (SparkSession.builder
            # Splink's jar brings jaro_winkler and friends as Spark SQL functions.
            .config("spark.jars", similarity_jar_location()).master(f"local[{cores}]").appName("rihai-tracing")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", str(cores * 2))
            .config("spark.driver.memory", driver_memory)
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate())
