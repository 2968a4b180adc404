"""Alembic environment: the URL comes from the caller (``rihai db upgrade`` or the tests), never
from a file, so no credentials sit in the repository."""

from __future__ import annotations

from alembic import context
from sqlalchemy.types import TypeDecorator

from rihai.db import Base, make_engine
from rihai.models import import_all_models

import_all_models()
config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.attributes["database_url"])
    # Migrations manage their own transaction; the app's BEGIN IMMEDIATE hook is harmless here.
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Migrations name plain SQL types, never the app's column classes (Encrypted, UTCDateTime),
    # so an old migration keeps working however those classes change.
    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl_instance if hasattr(obj, "impl_instance") else obj.impl
        return "sa." + repr(impl)
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True,
                      render_item=_render_item)
    with context.begin_transaction():
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()


run_migrations_online()
