"""``rihai audit verify``: walk the hash-chained audit log and report tampering."""

from __future__ import annotations

import typer

from rihai.access import audit as audit_log
from rihai.db import transaction

from .common import DataDir, console, err_console, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="The audit log.")


@app.command("verify")
def verify(data_dir: DataDir = None) -> None:
    """Check every audit row: no gaps, every link intact, every MAC right. Exit 1 if broken."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            result = audit_log.verify(session)
    finally:
        engine.dispose()
    console.print(f"checked {result.checked} audit rows; head {result.head}")
    if result.ok:
        console.print("[green]the audit chain is intact[/]")
        return
    err_console.print(f"[bold red]the audit chain is BROKEN[/] ({len(result.problems)} problem(s)):")
    for problem in result.problems[:200]:
        err_console.print(f"  - {problem}")
    if len(result.problems) > 200:
        err_console.print(f"  ... and {len(result.problems) - 200} more")
    raise typer.Exit(1)
