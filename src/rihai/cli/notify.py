"""``rihai notify status|deliver|retry``: the notification outbox (rihai.notify).

``status`` counts pending, due, sent and failed notifications (exit 1 with ``--check`` when any
failed: for monitoring). ``deliver`` sends what is due now, once (for deployments without a
running server, or from cron after ``rihai referrals overdue --notify``); the server's own worker
does the same continuously. ``retry`` puts failed notifications back in the queue once the mail
relay is fixed. Nothing printed carries an address or a message body.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from rihai import notify
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.db import transaction, utcnow
from rihai.settings import Settings

from .common import DataDir, console, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="The notification outbox.")


def channel_from(settings: Settings) -> notify.Channel:
    return notify.make_channel(settings.notify_backend, host=settings.smtp_host, port=settings.smtp_port,
                               sender=settings.smtp_from)


@app.command("status")
def status(data_dir: DataDir = None,
           as_json: Annotated[bool, typer.Option("--json", help="One JSON object")] = False,
           check: Annotated[bool, typer.Option("--check", help="Exit 1 if any notification failed")] = False
           ) -> None:
    """How many notifications wait, are due, were sent, or failed (and which failed, by id)."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            st = notify.status(session)
    finally:
        engine.dispose()
    if as_json:
        print(json.dumps({"pending": st.pending, "due": st.due, "sent": st.sent, "failed": st.failed,
                          "oldest_pending": st.oldest_pending.isoformat() if st.oldest_pending else None,
                          "failed_ids": [r[0] for r in st.failed_rows]}))
    else:
        age = f" (oldest queued {st.oldest_pending:%Y-%m-%d %H:%M} UTC)" if st.oldest_pending else ""
        console.print(f"pending {st.pending} ({st.due} due now){age}; sent {st.sent}; "
                      f"{'[bold red]' if st.failed else ''}failed {st.failed}{'[/]' if st.failed else ''}")
        if st.failed_rows:
            table = Table(title="failed notifications (rihai notify retry sends them again)")
            for col in ("id", "queued", "attempts", "last error"):
                table.add_column(col)
            for row_id, created, attempts, kind in st.failed_rows:
                table.add_row(str(row_id), f"{created:%Y-%m-%d %H:%M}", str(attempts), kind or "")
            console.print(table)
    if check and st.failed:
        raise typer.Exit(1)


@app.command("deliver")
def deliver(data_dir: DataDir = None,
            limit: Annotated[int, typer.Option(min=1, help="Send at most this many")] = 1000) -> None:
    """Send the notifications that are due now, through RIHAI_NOTIFY_BACKEND, once."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        done = notify.deliver_due(factory, channel=channel_from(settings),
                                  policy=notify.Policy.from_settings(settings), limit=limit)
    finally:
        engine.dispose()
    console.print(f"sent {len(done.sent)}; to retry later {len(done.retrying)}; failed {len(done.failed)}")
    if done.failed:
        raise typer.Exit(1)


@app.command("retry")
def retry(data_dir: DataDir = None,
          ids: Annotated[list[int] | None,
                         typer.Option("--id", help="Only these (repeatable); default all failed")] = None) -> None:
    """Queue failed notifications again, due now, with a fresh count of attempts."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            chosen = notify.retry_failed(session, ids or None, now=utcnow())
            if chosen:
                audit.record(session, Actor.system("cli"), AuditTag.NOTIFY_RETRY,
                             subject_type="notification_outbox", related_ids=chosen,
                             fields=["status", "attempts", "next_attempt_at"])
    finally:
        engine.dispose()
    console.print(f"queued again: {len(chosen)} notification(s)"
                  + (" — the server's worker or 'rihai notify deliver' sends them" if chosen else ""))
