"""Indexes built after a bulk load instead of during it (``synthetic.bulk``).

Inserting millions of rows one by one into indexes larger than the database's cache costs a random
page read and write per row; building each index once from the loaded rows is a sort. Only for
tables that start empty, and only the plain (non-unique) indexes: primary keys and unique
constraints keep checking the rows as they arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Table, literal, select, text


def plain_indexes(conn: Connection, tables: list[Table]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the loaded tables' non-unique indexes, as the database itself
    defines them, so that rebuilding one gives back exactly what the migrations made. Indexes
    behind primary keys and unique constraints stay: they check the data as it arrives."""
    names = [t.name for t in tables]
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in names)
        rows = conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({marks}) ORDER BY name", tuple(names))
    else:
        rows = conn.execute(text(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname = ANY(:tables) AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT x.indisunique ORDER BY i.relname"), {"tables": names})
    return [(name, sql) for name, sql in rows]


@contextmanager
def indexes_built_after(conn: Connection, tables: list[Table]) -> Iterator[None]:
    """Drop the plain indexes for the load and build them after it, when the tables start empty.
    Safe because both databases' DDL is transactional: a failed load rolls the drop back too, and
    no other transaction sees the tables without them (PostgreSQL holds the tables locked;
    SQLite holds its write lock) until the indexes are back."""
    empty = all(conn.execute(select(literal(1)).select_from(t).limit(1)).first() is None for t in tables)
    indexes = plain_indexes(conn, tables) if empty else []
    for name, _ in indexes:
        conn.exec_driver_sql(f"DROP INDEX {conn.dialect.identifier_preparer.quote(name)}")
    yield
    if conn.dialect.name == "postgresql" and indexes:
        conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
        conn.exec_driver_sql("SET LOCAL max_parallel_maintenance_workers = 2")
    elif indexes:
        # Helper threads for the sorts (SQLite runs one sort per index, single-threaded otherwise):
        # the load has ended, so the cores its workers used are free.
        threads = conn.exec_driver_sql("PRAGMA threads").scalar()
        conn.exec_driver_sql("PRAGMA threads = 4")
    for _, create in indexes:
        conn.exec_driver_sql(create)
    if conn.dialect.name == "sqlite" and indexes:
        conn.exec_driver_sql(f"PRAGMA threads = {int(threads)}")
