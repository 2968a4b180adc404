"""Statistics that never expose a survivor: a de-identified DuckDB extract, dashboards, national
reports, small-cell suppression, k-anonymous microdata and differentially private counts."""
