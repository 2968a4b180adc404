"""What every command shares: the ``--data-dir`` option, settings, the keyring, the database and
how failures are reported (a red line on stderr and a non-zero exit, never a traceback for an
expected problem)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from rihai.crypto import Keyring, KeyringError, install_keyring
from rihai.db import make_engine, make_sessionmaker
from rihai.settings import Settings

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", envvar="RIHAI_DATA_DIR", show_default="./rihai-data",
    help="Where the SQLite database and the keyring live (RIHAI_DATA_DIR). "
         "RIHAI_DATABASE_URL, when set, names the database instead.")]


def fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def make_settings(data_dir: Path | None, **overrides: Any) -> Settings:
    """Settings from the environment (RIHAI_*), with the command line taking precedence."""
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    return Settings(**overrides)


def keyring_available(settings: Settings) -> bool:
    return settings.keyring is not None or settings.resolved_key_file.exists()


def load_keyring(settings: Settings, *, install: bool = True) -> Keyring:
    try:
        if settings.keyring is not None:
            ring = Keyring.from_json(settings.keyring.get_secret_value())
        else:
            ring = Keyring.load(settings.resolved_key_file)
    except KeyringError as exc:
        fail(str(exc))
    if install:
        install_keyring(ring)
    return ring


def open_database(settings: Settings) -> tuple[Engine, sessionmaker[Session]]:
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    return engine, make_sessionmaker(engine)


def revisions(settings: Settings) -> tuple[set[str], set[str]]:
    """(revisions the database is at, head revisions of the code)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from rihai.migrations import alembic_config

    url = settings.resolved_database_url
    heads = set(ScriptDirectory.from_config(alembic_config(url)).get_heads())
    if settings.is_sqlite and not (settings.data_dir / "rihai.db").exists() and not settings.database_url:
        return set(), heads
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()
    return current, heads


def require_ready(settings: Settings) -> Keyring:
    """Refuse to go on unless the keyring exists and the database is migrated to head."""
    if not keyring_available(settings):
        fail(f"no keyring at {settings.resolved_key_file}. Create one with 'rihai keys init' "
             "(and back it up), or set RIHAI_KEYRING.")
    ring = load_keyring(settings)
    try:
        current, heads = revisions(settings)
    except Exception as exc:  # noqa: BLE001 - any failure to reach the database is reported
        fail(f"cannot read the database ({type(exc).__name__}: {exc})")
    if current != heads:
        fail(f"the database is not migrated to the current schema (at {sorted(current) or 'nothing'}, "
             f"code expects {sorted(heads)}). Run 'rihai db upgrade' first.")
    return ring


# ``--as USER``: the commands that act on records act as a named, active account (its permissions
# checked and audited like a web request), or as the system actor "cli" when none is given.
AsUser = Annotated[str | None, typer.Option("--as", help="Act as this user (username).")]


def cli_actor(session: Any, username: str | None) -> Any:
    from sqlalchemy import select

    from rihai.access.actors import Actor
    from rihai.access.service import User, acting_as

    if username is None:
        return Actor.system("cli")
    user = session.scalar(select(User).where(User.username == username, User.is_active.is_(True)))
    if user is None:
        fail("no such active user")
    return acting_as(user, via="cli")
