"""``rihai link``: link two lists (or deduplicate one) that nobody prepared for us.

    rihai link --left embassy_list.csv --right shelter_list.csv --out pairs.csv
    rihai link --left tracing_requests.csv --out duplicates.csv --clusters

Rows are keyed by a ``unique_id`` column; the columns both files share are compared, their kind
(names, dates of birth, CNIC, phones, e-mails, places, sex) recognised from names and values, or
set with ``--config``. The model is estimated from the data itself (no labels needed).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

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


def run_link_cli(left_path: str, right_path: str | None, out_path: str, clusters: bool = False,
                 config_path: str | None = None, threshold: float | None = None,
                 progress: Callable[[str], None] | None = None) -> int:
    """Body of ``rihai link``: read CSVs, link, write the pairs CSV; returns the pair count.

    Inputs are read into memory only; the one file written is ``out_path`` (which the caller
    chose), so operators decide where pairs - which reveal who matched whom - are kept.
    """
    # Imported here: the engine brings Splink and DuckDB, which the rest of the CLI does not need.
    import pandas as pd

    from rihai.tracing.service import LinkSettings, link

    say = progress or (lambda msg: None)
    config: dict[str, Any] = json.loads(Path(config_path).read_text("utf-8")) if config_path else {}
    if threshold is not None:
        config["threshold"] = threshold
    if clusters:
        config["clusters"] = True
    say(f"reading {left_path}")
    left = pd.read_csv(left_path, dtype=str, keep_default_na=False, na_values=[""])
    right = None
    if right_path:
        say(f"reading {right_path}")
        right = pd.read_csv(right_path, dtype=str, keep_default_na=False, na_values=[""])
    out = link(left, right, LinkSettings.from_config(config, progress=say)).table()
    # The file carries exactly the documented columns, so other tools can rely on them.
    columns = ["unique_id_l", "unique_id_r", "match_probability"] + (["cluster_id"] if "cluster_id" in out else [])
    out[columns].to_csv(out_path, index=False)
    say(f"wrote {len(out)} pairs to {out_path}")
    return len(out)
