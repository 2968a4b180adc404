"""The ``rihai`` command: Typer root with one sub-app per topic.

``rihai demo`` (synthetic data, one account per role, serve on loopback), ``rihai serve``, ``rihai worker``
(background jobs in a process of their own),
``rihai seed``, ``rihai db upgrade|current``, ``rihai keys init|rotate``,
``rihai users create|list``, ``rihai agencies create|list``, ``rihai audit verify|checkpoint``,
``rihai backup``, ``rihai restore``,
``rihai referrals overdue``, ``rihai cases find-duplicates``, ``rihai notify status|deliver|retry``, ``rihai screen`` (one offer, bulk JSONL, or ``train``), ``rihai link`` (record linkage of CSVs;
``rihai link encode|secret`` for lists that cannot be shared in clear),
``rihai networks resolve`` (recruiter networks from a JSONL file, no database).

Every command that touches data takes ``--data-dir`` (RIHAI_DATA_DIR) and honours
RIHAI_DATABASE_URL; each owns its transaction (``db.transaction``) and commits only on success.
Nothing reads the environment at import time.
"""

from __future__ import annotations

import typer

from . import tracing as tracing_cli
from . import cases as cases_cli
from . import audit, backup, db, demo, keys, link, networks, networks_db, notify, referrals, screening, serve, stats, users, worker

app = typer.Typer(name="rihai", no_args_is_help=True, add_completion=False,
                  rich_markup_mode="rich",
                  help="Rihai: case management for counter-trafficking work. See docs/operations.md.")

app.command("demo")(demo.demo)
app.command("seed")(demo.seed)
app.command("serve")(serve.serve)
app.command("worker")(worker.worker)
app.command("screen")(screening.screen)
app.command("backup")(backup.backup)
app.command("restore")(backup.restore)
app.add_typer(link.app, name="link")
app.add_typer(db.app, name="db")
app.add_typer(keys.app, name="keys")
app.add_typer(users.users_app, name="users")
app.add_typer(users.agencies_app, name="agencies")
app.add_typer(audit.app, name="audit")
app.add_typer(tracing_cli.app, name="tracing")
app.add_typer(referrals.app, name="referrals")
app.add_typer(cases_cli.app, name="cases")
app.add_typer(stats.app, name="stats")
app.add_typer(notify.app, name="notify")
app.add_typer(networks.networks_app, name="networks")


def main() -> None:
    app()


__all__ = ["app", "main"]
