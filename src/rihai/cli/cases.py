"""``rihai cases find-duplicates``: the nightly pass for the same survivor at two agencies.

Finds probable duplicates among cases held by different agencies (``cases.service.find_duplicates``:
blind-index digests and coded columns only) and stores them for the case pages' hints. Prints
counts only; the web server runs the same pass every ``RIHAI_DUPLICATES_HOURS``.
"""

from __future__ import annotations

import json
import time
from typing import Annotated

import typer

from rihai.access.actors import Actor
from rihai.cases import service
from rihai.db import transaction

from .common import DataDir, console, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="Survivors' case records.")


@app.command("find-duplicates")
def find_duplicates(data_dir: DataDir = None,
                    as_json: Annotated[bool, typer.Option("--json", help="One JSON object")] = False) -> None:
    """Find records of one person held by two agencies (probable duplicates; counts only)."""
    settings = make_settings(data_dir)
    require_ready(settings)
    _engine, factory = open_database(settings)
    started = time.perf_counter()
    with transaction(factory) as session:
        found = service.find_duplicates(session, Actor.system("cli"))
    out = {"pairs_checked": found.checked, "candidates": len(found.pairs),
           "seconds": round(time.perf_counter() - started, 2)}
    if as_json:
        console.print_json(json.dumps(out))
    else:
        console.print(f"{out['candidates']} probable duplicate(s) across agencies "
                      f"({out['pairs_checked']} pair(s) checked, {out['seconds']} s)")
