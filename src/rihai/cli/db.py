"""``rihai db upgrade`` and ``rihai db current``: schema migrations (Alembic)."""

from __future__ import annotations

import typer

from rihai.migrations import upgrade as run_upgrade

from .common import DataDir, console, fail, make_settings, revisions

app = typer.Typer(no_args_is_help=True, help="Database schema migrations.")


@app.command("upgrade")
def upgrade(data_dir: DataDir = None,
            revision: str = typer.Option("head", help="Target revision.")) -> None:
    """Migrate the database to the current schema (creates the SQLite file if needed)."""
    settings = make_settings(data_dir)
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        run_upgrade(settings.resolved_database_url, revision)
    except Exception as exc:  # noqa: BLE001 - reported, not swallowed: exit 1
        fail(f"migration failed ({type(exc).__name__}: {exc})")
    current, _ = revisions(settings)
    console.print(f"database at [bold]{', '.join(sorted(current)) or 'base'}[/]")


@app.command("current")
def current(data_dir: DataDir = None) -> None:
    """Show the schema revision of the database and of the code. Exit 1 if they differ."""
    settings = make_settings(data_dir)
    try:
        at, heads = revisions(settings)
    except Exception as exc:  # noqa: BLE001
        fail(f"cannot read the database ({type(exc).__name__}: {exc})")
    console.print(f"database: [bold]{', '.join(sorted(at)) or 'not migrated'}[/]")
    console.print(f"code head: [bold]{', '.join(sorted(heads))}[/]")
    if at != heads:
        console.print("[yellow]not at head: run 'rihai db upgrade'[/]")
        raise typer.Exit(1)
    console.print("[green]up to date[/]")
