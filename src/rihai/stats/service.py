"""The statistics domain's front door: what the command line (and any other caller outside
``rihai.stats``) may use. Counts over the analytical store live in ``queries.py``; the store is
filled by ``extract.py`` and kept fresh by ``refresher.py``; releases are ``release.py`` (k-anonymous or
differentially private synthetic microdata: ``microdata.py``, ``dp_synthetic.py``, ``utility.py``)
and ``tables.py``, microdata made outside the web request by ``releasejobs.py`` (asked, fetched)
and ``releaseworker.py`` (made); the national report is ``report.py``. Each function's docstring says who may call
it; every number leaving them has been through suppression or noise.
"""

from __future__ import annotations

from .extract import refresh, store_path  # noqa: F401
from .queries import (  # noqa: F401
    DASHBOARD, DIMENSIONS, MIN_POPULATION, UNKNOWN, Dashboard, Dimension, Filters, Panel, chart_panel,
    check_filters, counts_synthetic, crosstab, dashboard, make_filters, open_store, panel, population,
    raw_counts, refreshed_at, scope, where_clause, without)
from .refresher import store_lock  # noqa: F401
from .release import (  # noqa: F401
    DP_SYNTHETIC, K_ANONYMOUS, create_release, create_synthetic_release)
from .release import MODES as RELEASE_MODES  # noqa: F401
from .releasejobs import STAGES as RELEASE_STAGES  # noqa: F401
from .releaseworker import begin as begin_release  # noqa: F401
from .releaseworker import drain as drain_releases  # noqa: F401
from .releaseworker import execute as execute_release  # noqa: F401
from .report import export  # noqa: F401
from .tables import create_tables, tables_csv  # noqa: F401
