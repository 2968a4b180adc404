"""``rihai referrals overdue``: referrals sent and not answered by their deadline, across agencies.

For a coordinator's morning check or a cron job. Prints references, services and agencies — never
anything about the person. ``--notify`` sends each receiving agency a reminder through the
configured channel (``RIHAI_NOTIFY_BACKEND``); ``--json`` is for scripts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Annotated

import typer
from rich.table import Table

from rihai import notify
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.db import transaction, utcnow
from rihai.referrals import service

from .common import DataDir, console, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="The national referral mechanism.")


@app.command("overdue")
def overdue(data_dir: DataDir = None,
            as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
            send_reminders: Annotated[bool, typer.Option("--notify", help="Remind each receiving agency")] = False,
            agency: Annotated[int | None, typer.Option(help="Only referrals to this agency id")] = None) -> None:
    """List referrals past their deadline without an answer, most overdue first."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    if send_reminders:
        notify.install_channel(notify.make_channel(settings.notify_backend, host=settings.smtp_host,
                                                   port=settings.smtp_port, sender=settings.smtp_from))
    now = utcnow()
    try:
        with transaction(factory) as session:
            rows = service.overdue(session, Actor.system("cli"), now=now, limit=100_000)
            if agency is not None:
                rows = [r for r in rows if r.to_agency_id == agency]
            agencies = {a.id: a.name for a in access_service.list_agencies(session)}
            if send_reminders:
                by_agency: dict[int, list[str]] = defaultdict(list)
                for r in rows:
                    by_agency[r.to_agency_id].append(r.reference)
                for agency_id, refs in by_agency.items():
                    to = access_service.notification_addresses(
                        session, agency_id=agency_id, roles=(Role.SUPERVISOR, Role.CASEWORKER))
                    notify.queue(session, to, f"Rihai: {len(refs)} referral(s) to your agency are overdue",
                                 "These referrals are past their deadline without an answer:\n"
                                 + "\n".join(sorted(refs)) + "\nSign in to Rihai and open /referrals?box=overdue.\n")
        if send_reminders:
            # The reminders are in the outbox now; send them at once (what the relay refuses stays
            # queued for the server's worker or 'rihai notify deliver').
            notify.deliver_due(factory)
    finally:
        engine.dispose()
    if as_json:
        for r in rows:
            print(json.dumps({"reference": r.reference, "id": str(r.id), "service": r.service,
                              "urgency": r.urgency, "to_agency_id": r.to_agency_id,
                              "from_agency_id": r.from_agency_id, "due_at": r.due_at.isoformat(),
                              "hours_overdue": round((now - r.due_at).total_seconds() / 3600, 1)}))
        return
    if not rows:
        console.print("[green]no overdue referrals[/]")
        return
    table = Table(title=f"{len(rows)} overdue referral(s)")
    for col in ("reference", "service", "urgency", "to", "from", "due", "hours overdue"):
        table.add_column(col)
    for r in rows:
        table.add_row(r.reference, r.service, r.urgency, agencies.get(r.to_agency_id, "?"),
                      agencies.get(r.from_agency_id, "?"), r.due_at.strftime("%Y-%m-%d %H:%M"),
                      f"{(now - r.due_at).total_seconds() / 3600:.1f}")
    console.print(table)
