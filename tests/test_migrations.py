"""Migrations build the schema the models describe: after ``upgrade head`` (done by the test
fixtures), ``alembic check`` finds nothing to generate, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory

from rihai.migrations import alembic_config


def test_models_and_migrations_agree(engine):
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    command.check(cfg)  # raises if autogenerate would produce operations


def test_one_linear_history():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
