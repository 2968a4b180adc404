"""``rihai audit verify|checkpoint``: check the hash-chained audit log against the signed head
checkpoints kept outside the database, and write such a checkpoint (rihai.access.audit_anchor)."""

from __future__ import annotations

import typer

from rihai.access import audit_anchor
from rihai.db import transaction
from rihai.settings import Settings

from .common import DataDir, console, err_console, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="The audit log.")


def run_verify(settings: Settings, *, checkpoint: bool = True) -> bool:
    """Verify and print the outcome; on success append a checkpoint of the head. (Also run by
    ``rihai restore``.)"""
    ring = require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            result = audit_anchor.verify(session, settings, ring)
            # Only an intact log is anchored: a checkpoint of a broken one would bless it.
            written = (audit_anchor.write_checkpoint(session, settings, ring, by="verify")
                       if result.ok and checkpoint else None)
    finally:
        engine.dispose()
    console.print(f"checked {result.checked} audit rows; head {result.head}")
    path = audit_anchor.checkpoint_path(settings)
    if result.latest is None:
        console.print(f"[yellow]no earlier checkpoint in {path}[/]: a deleted tail before now "
                      "cannot be detected")
    else:
        console.print(f"checked against {result.checkpoints} checkpoint(s) in {path}; latest: row "
                      f"{result.latest.seq} at {result.latest.at}")
    if result.ok:
        console.print("[green]the audit chain is intact[/]")
        if written is not None:
            console.print(f"checkpoint written: row {written.seq}, {written.count} rows")
        return True
    err_console.print(f"[bold red]the audit chain is BROKEN[/] ({len(result.problems)} problem(s)):")
    for problem in result.problems[:200]:
        err_console.print(f"  - {problem}")
    if len(result.problems) > 200:
        err_console.print(f"  ... and {len(result.problems) - 200} more")
    return False


@app.command("verify")
def verify(data_dir: DataDir = None) -> None:
    """Check every audit row (no gaps, every link and MAC right) and the head against the signed
    checkpoints (no missing tail, no forged checkpoint); then write a checkpoint. Exit 1 if broken."""
    if not run_verify(make_settings(data_dir)):
        raise typer.Exit(1)


@app.command("checkpoint")
def checkpoint(data_dir: DataDir = None) -> None:
    """Append a signed checkpoint of the audit log's head (row, digest, count) to the checkpoint
    file (and syslog, with RIHAI_AUDIT_SYSLOG). For cron, beside the server's own."""
    settings = make_settings(data_dir)
    ring = require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            cp = audit_anchor.write_checkpoint(session, settings, ring, by="checkpoint")
    finally:
        engine.dispose()
    console.print(f"checkpoint written to {audit_anchor.checkpoint_path(settings)}: row {cp.seq}, "
                  f"{cp.count} rows")
