"""``rihai audit verify|checkpoint``: check the hash-chained audit log against the signed head
checkpoints kept outside the database, and write such a checkpoint (rihai.access.audit_anchor)."""

from __future__ import annotations

import typer

from rihai.access import audit, audit_anchor
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.db import transaction
from rihai.settings import Settings

from .common import DataDir, console, err_console, fail, make_settings, open_database, require_ready

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
    except OSError as exc:
        fail(f"cannot read or write the checkpoint file {audit_anchor.checkpoint_path(settings)} ({exc})")
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
def checkpoint(data_dir: DataDir = None,
               after_restore: bool = typer.Option(
                   False, "--after-restore",
                   help="The database was restored from a backup on purpose: write a restore "
                        "marker, so checkpoints beyond the restored head stop applying.")) -> None:
    """Append a signed checkpoint of the audit log's head (row, digest, count) to the checkpoint
    file (and syslog, with RIHAI_AUDIT_SYSLOG). For cron, beside the server's own."""
    settings = make_settings(data_dir)
    ring = require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            head = audit_anchor.read_head(session)
        if after_restore:
            # The marker names the restored head; the restore itself is then audited after it.
            marker = audit_anchor.append(settings, ring, head, by="restore", kind="restore")
            with transaction(factory) as session:
                audit.record(session, Actor.system("cli"), AuditTag.BACKUP_RESTORE,
                             subject_type="database")
            with transaction(factory) as session:
                head = audit_anchor.read_head(session)
        cp = audit_anchor.append(settings, ring, head, by="checkpoint")
    except OSError as exc:
        fail(f"cannot read or write the checkpoint file {audit_anchor.checkpoint_path(settings)} ({exc})")
    finally:
        engine.dispose()
    if after_restore:
        console.print(f"restore marker written at row {marker.seq}: checkpoints beyond it no longer "
                      "apply")
    console.print(f"checkpoint written to {audit_anchor.checkpoint_path(settings)}: row {cp.seq}, "
                  f"{cp.count} rows")
