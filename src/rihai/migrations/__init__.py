"""Alembic migrations. ``rihai db upgrade`` runs them; so does the test suite, to build its schema."""

from __future__ import annotations

from importlib import resources

from alembic.config import Config


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("script_location", str(resources.files("rihai.migrations")))
    cfg.set_main_option("version_locations", str(resources.files("rihai.migrations").joinpath("versions")))
    cfg.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(slug)s")
    cfg.attributes["database_url"] = database_url
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)
