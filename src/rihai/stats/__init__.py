"""Statistics that never expose a survivor: a de-identified DuckDB extract, dashboards, national
reports, small-cell suppression, k-anonymous or differentially private synthetic microdata, and
differentially private counts.

Tables owned: ``stats_releases`` and ``stats_budget_spends`` (the release ledger, migration 0008),
``stats_privacy_budgets`` (the lifetime privacy budget, migration 0017);
the analytical store is a DuckDB file (``<data dir>/stats.duckdb``) fed by ``extract.refresh``
from ``cases.service.iter_case_facts`` (coded fields only) and the other domains' fact sources;
cases whose survivor declined statistics, and deleted cases, leave it on any refresh
(``cases.service.eligible_case_keys``).

Public functions, all through ``service.py`` (the front door): ``refresh`` (``extract.py``);
``dashboard`` / ``panel`` (suppressed counts, scoped: analysts all agencies, supervisors their
own; ``queries.py``); ``create_release`` (CTDC microdata, k-anonymous over every column:
``microdata.py``); ``create_synthetic_release`` (CTDC microdata made up under ε from the same
ledger: ``dp_synthetic.py``, with its utility report: ``utility.py``); ``create_tables`` (OpenDP counts; one lifetime budget: ``budget.py``);
synthetic records count only in a demo instance; ``export`` (the report, PDF/XLSX). Pure disclosure control lives in ``privacy.py``; what people read
instead of codes (English, Urdu) in ``labels.py``; charts in ``charts.py``.
"""
