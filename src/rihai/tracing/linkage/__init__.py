"""The linkage engine: records in, scored pairs out. Pure: no database, no ORM, no web.

One entry point::

    links = link(left, right=None, LinkSettings(model=PersonModel(), threshold=0.5))
    links.pairs          # unique_id_l, unique_id_r, match_probability, match_weight, gamma_*/mw_*
    links.waterfall(i)   # the prior and each field's weight: they add up to the pair's weight
    links.table()        # the plain columns (+ cluster_id with LinkSettings(clusters_at=...))

``left`` and ``right`` are frames (or iterables of dicts) keyed by ``unique_id``; without
``right``, ``left`` is deduplicated. The model says what the records hold:

  PersonModel  tracing's person records (requests, list rows, case persons): names folded by
               ``rihai.names``, dates with day/month swaps and age-only birth years, CNIC, phone,
               passport; list rows about one person pool their fields before scoring
  ListModel    lists with any columns (``rihai link``, lists shared between agencies): each
               column's kind recognised from its heading and values, compared by kind; the
               right-hand list's rows about one person pool their fields too

A run reads top to bottom in ``pipeline.link``: features (the model's plan) -> estimate (prior,
u, m; no labels) -> pool -> score the blocked pairs -> cluster. It runs on in-memory DuckDB (no
spill file) or on Spark with encrypted local disk; nothing personal is written to disk.

Modules: pipeline (the run), plan (what a model hands it), persons and lists (the two models),
features (person records -> comparable columns), columns (what a list's column holds),
comparisons (how a list's column of each kind is compared), pooling,
engines (DuckDB, Spark), links (the result and its waterfall), roles (which list columns are
evidence and which repeat others), clusters (groups that do not chain strangers), population (a
synthetic Pakistani population for tests, benchmarks and the match run's background), layouts
(synthetic lists in other layouts, for measuring ``rihai link``), pprl (privacy-preserving
linkage of encoded lists: ``encode_list``, ``link_encoded``). Code outside this package uses
only the names below (an import-linter contract keeps the package free of the database and web).
"""

from .columns import detect_kinds, kind_from_name
from .roles import explain as explain_columns
from .engines import SMALL_LIST_CONF, local_spark
from .features import clean_sex, parse_date
from .links import Links
from .lists import ListModel
from .persons import PersonModel
from .pipeline import LinkSettings, link
from .population import PopulationGenerator
from .pprl import DEFAULT_THRESHOLD as PPRL_THRESHOLD
from .pprl import EncodedList, FingerprintMismatch, MalformedEncoding, link_encoded
from .pprl import encode as encode_list
from .pprl import field_columns as encoded_fields
from .pprl import fingerprint as encoded_fingerprint
from .pprl import read_secret_file, write_secret_file

__all__ = [
    # the entry point and its data types
    "link", "LinkSettings", "PersonModel", "ListModel", "Links",
    # where it runs: a local Spark session (LinkSettings(engine="spark", spark_session=...))
    "local_spark", "SMALL_LIST_CONF",
    # synthetic records (visibly fake) to train beside a small deployment's data and to test with
    "PopulationGenerator",
    # how the engine reads a list's columns and values, shared with the tracing list import so
    # that a stored row means what the engine will read it as
    "detect_kinds", "kind_from_name", "parse_date", "clean_sex",
    # which columns a list run compared, blocked on or set aside (``rihai link --explain``)
    "explain_columns",
    # lists that cannot be shared in clear: encode on the holder's side, link the encodings
    "encode_list", "link_encoded", "EncodedList", "encoded_fields", "read_secret_file",
    "write_secret_file", "MalformedEncoding", "FingerprintMismatch", "PPRL_THRESHOLD",
    "encoded_fingerprint",
]
