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

import sys
from typing import Any

# The whole command imports every topic's stack (tracing's linkage, networks, the web app: about 3 s);
# a command listed here starts with only its own module, so "is this offer safe?" asked of
# ``rihai screen "…"`` answers in about a second. Same function, same options as under the full app.
LIGHT_COMMANDS = {"screen": ("rihai.cli.screening", "screen")}

_app: Any = None


def _build() -> Any:
    import typer

    from . import tracing as tracing_cli
    from . import cases as cases_cli
    from . import audit, backup, db, demo, keys, link, networks, networks_db, notify, referrals, screening, serve, stats, users, worker  # noqa: F401

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
    return app


def __getattr__(name: str) -> Any:
    """``rihai.cli.app``, the full Typer app, built on first use (PEP 562)."""
    global _app
    if name == "app":
        if _app is None:
            _app = _build()
        return _app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def light_command(argv: list[str]) -> Any | None:
    """The click command for ``argv`` when its first word is a light command, else None."""
    if not argv or argv[0] not in LIGHT_COMMANDS:
        return None
    import importlib

    import typer

    module, attr = LIGHT_COMMANDS[argv[0]]
    one = typer.Typer(add_completion=False, rich_markup_mode="rich")
    one.command(argv[0])(getattr(importlib.import_module(module), attr))
    return typer.main.get_command(one)


def main() -> None:
    command = light_command(sys.argv[1:])
    if command is not None:
        command.main(args=sys.argv[2:], prog_name=f"rihai {sys.argv[1]}")
        return
    __getattr__("app")(prog_name="rihai")


__all__ = ["app", "main", "light_command"]
