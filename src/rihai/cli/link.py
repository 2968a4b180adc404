"""``rihai link``: link two lists (or deduplicate one) that nobody prepared for us.

    rihai link --left embassy_list.csv --right shelter_list.csv --out pairs.csv
    rihai link --left tracing_requests.csv --out duplicates.csv --clusters

Rows are keyed by a ``unique_id`` column; the columns both files share are compared, their kind
(names, dates of birth, CNIC, phones, e-mails, places, sex) recognised from names and values, or
set with ``--config``. The model is estimated from the data itself (no labels needed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import console, fail


def link(
    left: Annotated[Path, typer.Option("--left", help="CSV with a unique_id column")],
    out: Annotated[Path, typer.Option("--out", help="Where the pairs CSV is written")],
    right: Annotated[Path | None, typer.Option("--right", help="Second CSV; without it --left is deduplicated")] = None,
    clusters: Annotated[bool, typer.Option("--clusters", help="Add a cluster_id column")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="JSON overriding column kinds and settings")] = None,
    threshold: Annotated[float | None, typer.Option(min=0.0, max=1.0, help="Match probability to keep a pair")] = None,
) -> None:
    """Probabilistic record linkage (Splink on DuckDB, in memory)."""
    from rihai.tracing.generic import run_link_cli

    for path in (left, right, config):
        if path is not None and not path.exists():
            fail(f"no such file: {path}")
    with console.status("linking…") as status:
        try:
            n = run_link_cli(str(left), str(right) if right else None, str(out), clusters=clusters,
                             config_path=str(config) if config else None, threshold=threshold,
                             progress=lambda msg: status.update(msg))
        except (ValueError, KeyError) as exc:
            fail(str(exc))
    console.print(f"{n} pairs written to {out}")
