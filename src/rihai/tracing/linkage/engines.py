"""Where the linkage runs: in-memory DuckDB by default, Spark for national-scale lists.

Privacy: DuckDB runs ``:memory:`` with spilling to disk switched off (``temp_directory = ''``), so
a run that does not fit in memory fails instead of leaving plaintext on disk. Spark must write
shuffles to its local directories; it is only used with local disk I/O encryption switched on
(``spark.io.encryption.enabled``, a key held in memory), which :func:`local_spark` sets and
:func:`make_db_api` requires of any session it is given.
"""

from __future__ import annotations

import duckdb
from splink import DuckDBAPI

from rihai.errors import ServiceUnavailable


def make_db_api(engine: str = "duckdb", *, spark_session=None, memory_limit: str | None = None,
                threads: int | None = None):
    """A Splink database API for ``engine`` ("duckdb" or "spark").

    DuckDB: in memory, no spill file, so nothing personal reaches the disk; ``threads`` caps the
    cores it uses (a benchmark pins them to the cores it reports). Spark: a local session
    (``local[2]``) unless one is given; a session that does not encrypt its local disk is refused
    (:class:`rihai.errors.ServiceUnavailable`).
    """
    if engine == "duckdb":
        con = duckdb.connect(":memory:")
        # Without this DuckDB offloads to ".tmp/" when memory is short: plaintext on disk.
        con.execute("SET temp_directory = ''")
        con.execute("SET preserve_insertion_order = false")
        if memory_limit:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        return DuckDBAPI(con)
    if engine == "spark":
        if spark_session is None:
            spark_session = local_spark()
        require_local_disk_encryption(spark_session)
        # "persist" keeps intermediate tables in executor memory (a block that must spill goes to
        # the encrypted local disk); the default ("parquet") would write every intermediate table,
        # names included, to a checkpoint directory that Spark's I/O encryption does not cover.
        return _spark_api_class()(spark_session=spark_session, break_lineage_method="persist",
                                  num_partitions_on_repartition=4)
    raise ValueError("engine must be 'duckdb' or 'spark'")


def _spark_api_class():
    import pandas as pd
    from pyspark import StorageLevel
    from pyspark.sql import DataFrame
    from splink import SparkAPI

    class InMemorySparkAPI(SparkAPI):
        """Splink's Spark API, with each input frame shipped to the executors once.

        Splink registers a pandas frame as a Spark local relation, which travels inside every
        task that reads it: 4 MB per task at 20k records, hundreds of MB at a million, for each of
        the ~1,000 stages of estimation and scoring. Persisting it (memory only: a block that does
        not fit is recomputed from the relation, never written to local disk) sends it once.
        """

        def __init__(self, *args, **kwargs):
            self._cached: dict = {}  # table name -> the persisted frame behind it
            super().__init__(*args, **kwargs)

        def _table_registration(self, input, table_name: str) -> None:  # noqa: A002 (Splink's name)
            if isinstance(input, pd.DataFrame):
                frame = self.spark.createDataFrame(nulls_as_none(input))
                parts = int(self.spark.conf.get("spark.sql.shuffle.partitions", "4"))
                input = frame.repartition(parts).persist(StorageLevel.MEMORY_ONLY)
            super()._table_registration(input, table_name)
            if isinstance(input, DataFrame) and input.is_cached:
                self._cached[table_name] = input

        def delete_table_from_database(self, name: str) -> None:
            # Dropping the view alone would leave the frame in executor memory until the session ends.
            frame = self._cached.pop(name, None)
            if frame is not None:
                frame.unpersist()
            super().delete_table_from_database(name)

    return InMemorySparkAPI


def nulls_as_none(frame):
    """``frame`` with every missing value (NaN, NaT, ``pd.NA``) as ``None``, which Spark reads as
    SQL NULL; a NaN in a string column would otherwise arrive as the text "NaN" or fail the
    schema inference. The same clean-up Splink's Spark API applies to pandas input, kept here so
    that it does not hang on one of Splink's private methods."""
    import numpy as np
    import pandas as pd

    return frame.fillna(np.nan).replace([np.nan, pd.NA], [None, None])


IO_ENCRYPTION = "spark.io.encryption.enabled"

# For lists of a few thousand rows (a desk's own match run, the tests), where each of Splink's
# ~1,000 small Spark jobs costs more in planning than in work: one partition per shuffle, no
# adaptive re-planning, no code generation. Measured on the 400 x 60 synthetic set (2 cores): the
# tracing model 166 s -> 51 s (docs/tracing.md). Not the default: at a million rows generated code
# and adaptive joins are what make Spark worth running.
SMALL_LIST_CONF = {
    "spark.sql.shuffle.partitions": "1",
    "spark.default.parallelism": "1",
    "spark.sql.adaptive.enabled": "false",
    "spark.sql.codegen.wholeStage": "false",
    "spark.sql.codegen.factoryMode": "NO_CODEGEN",
}


def local_spark(cores: int = 2, driver_memory: str = "4g", conf: dict[str, str] | None = None):
    """A small local Spark session (Java 17) tuned for single machines.

    In local mode the driver is the executor too, so ``driver_memory`` bounds the whole run
    (a million records need about 8g). ``conf`` adds or overrides settings, e.g.
    :data:`SMALL_LIST_CONF` for small lists."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    builder = (SparkSession.builder
               # Splink's jar brings jaro_winkler and friends as Spark SQL functions.
               .config("spark.jars", similarity_jar_location()).master(f"local[{cores}]")
               .appName("rihai-tracing")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(cores * 2))
               .config("spark.driver.memory", driver_memory)
               .config("spark.sql.execution.arrow.pyspark.enabled", "true"))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    # Shuffle files, spills and cached blocks on local disk, and PySpark's hand-over of each pandas
    # frame to the JVM, are encrypted with a key that lives only in memory. Without it Spark
    # writes names and CNICs to its local directory in plaintext (tests/tracing/linkage/test_spark.py).
    builder = builder.config(IO_ENCRYPTION, "true")
    return builder.getOrCreate()


def require_local_disk_encryption(spark_session) -> None:
    """Refuse a Spark session that would put what it matches on disk, or on a network, in plaintext.

    Decrypted values may exist only in memory while matching. Spark's shuffle files and spills are
    on disk, so every session must encrypt them (``spark.io.encryption.enabled``). A cluster also
    ships shuffles between machines, so a session whose master is not ``local`` must encrypt its
    network traffic too: Spark's own AES (``spark.network.crypto.enabled``, which needs
    ``spark.authenticate``) or TLS (``spark.ssl.enabled``)."""
    conf = spark_session.sparkContext.getConf()

    def on(key: str) -> bool:
        return str(conf.get(key, "false")).lower() == "true"

    if not on(IO_ENCRYPTION):
        raise ServiceUnavailable(
            f"the Spark session does not encrypt its local disk: start it with {IO_ENCRYPTION}=true",
            rule="spark-io-encryption")
    if str(conf.get("spark.master", "local")).startswith("local"):
        return  # one process: nothing crosses a network
    if not ((on("spark.network.crypto.enabled") and on("spark.authenticate")) or on("spark.ssl.enabled")):
        raise ServiceUnavailable(
            "the Spark cluster does not encrypt traffic between its machines: set spark.authenticate and "
            "spark.network.crypto.enabled (or spark.ssl.enabled) to true", rule="spark-network-encryption")


def u_sampling_options(db_api) -> dict:
    """How Splink's u estimation should split its work on this engine.

    Splink estimates u one comparison at a time, in up to ten chunks each, and stops a comparison
    early once every level has been seen 100 times. On DuckDB a chunk is milliseconds, so stopping
    early saves work. On Spark every chunk is a job with a fixed planning cost: 8 comparisons x 10
    chunks took 35 of the 50 s of a small run. There one chunk per comparison over the whole sample
    costs 9 s, and the estimate uses every sampled pair."""
    if db_api.sql_dialect.sql_dialect_str == "spark":
        return {"num_chunks": 1, "min_count_per_level": None}
    return {}
