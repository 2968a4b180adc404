"""Helpers for CLI tests: run ``rihai`` in-process against a fresh data dir, on SQLite or on a
fresh PostgreSQL database, and put the test session's keyring back afterwards (the commands
install their own)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import PG_ADMIN_URL, _pg_available
from typer.testing import CliRunner

from rihai import crypto
from rihai.cli import app
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker
from rihai.settings import Settings


class Rihai:
    """``rihai ...`` bound to one data dir (and database URL)."""

    def __init__(self, data_dir: Path, database_url: str | None) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.runner = CliRunner()

    @property
    def env(self) -> dict[str, str | None]:
        # None unsets a variable the surrounding environment may have set.
        return {"RIHAI_DATA_DIR": str(self.data_dir), "RIHAI_DATABASE_URL": self.database_url,
                "RIHAI_KEYRING": None, "RIHAI_KEY_FILE": None, "COLUMNS": "200"}

    def __call__(self, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        return self.runner.invoke(app, list(args), input=input, env=self.env, catch_exceptions=False)

    @property
    def settings(self) -> Settings:
        kw: dict[str, object] = {"data_dir": self.data_dir}
        if self.database_url:
            kw["database_url"] = self.database_url
        return Settings(**kw)

    def keyring(self) -> Keyring:
        return Keyring.load(self.settings.resolved_key_file)

    @contextmanager
    def session(self, ring: Keyring | None = None) -> Iterator[sa.orm.Session]:
        install_keyring(ring or self.keyring())
        engine = make_engine(self.settings.resolved_database_url)
        try:
            with make_sessionmaker(engine)() as session:
                yield session
        finally:
            engine.dispose()


@contextmanager
def restore_keyring() -> Iterator[None]:
    previous = crypto._current
    try:
        yield
    finally:
        install_keyring(previous)


@contextmanager
def postgres_database() -> Iterator[str]:
    reason = _pg_available()
    if reason:
        pytest.skip(f"PostgreSQL not reachable ({reason})")
    name = f"rihai_cli_{secrets.token_hex(4)}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield re.sub(r"/[^/]+$", f"/{name}", PG_ADMIN_URL).replace("postgresql+psycopg://", "postgresql://")
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def rihai_for(kind: str, tmp_path: Path) -> Iterator[Rihai]:
    with restore_keyring():
        if kind == "sqlite":
            yield Rihai(tmp_path / "data", None)
        else:
            with postgres_database() as url:
                yield Rihai(tmp_path / "data", url)
