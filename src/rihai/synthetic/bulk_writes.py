"""How ``synthetic.bulk``'s batches reach the database driver: rows converted by each column's own
type (so ``Encrypted`` columns encrypt exactly as the ORM would), as SQLite ``executemany``
parameters or PostgreSQL ``COPY`` text, and written. Needs no connection until ``write``."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from operator import methodcaller
from typing import Any

from sqlalchemy import LargeBinary, Table, Uuid, create_engine

from rihai.cases.models import CaseSearchToken
from rihai.crypto import Encrypted


@dataclass
class CaseTokens:
    """One case's ``case_search_tokens`` rows: (kind, digest) pairs under the case's id and owner.
    At ~47 a case they are most of a seed's rows; a dict each, converted value by value, was a
    fifth of a worker's time, where the case's id needs converting once."""

    case_id: uuid.UUID
    owner_agency_id: int
    keys: list[tuple[str, bytes]]


@dataclass
class Prepared:
    sql: str
    payload: Any  # COPY text (PostgreSQL) or a list of parameter tuples (SQLite)


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_text(value: Any) -> str:
    """One value in PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\\\x" + bytes(value).hex()
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "obj"):  # psycopg wrappers from the types' bind processors
        obj = value.obj
        if type(value).__name__ == "Binary":
            return "\\\\x" + bytes(obj).hex()
        # SQLAlchemy hands psycopg's Json the document already serialised.
        text = obj.decode() if isinstance(obj, bytes) else obj if isinstance(obj, str) else json.dumps(obj)
        return text.translate(_COPY_ESCAPES)
    return str(value)


def copy_column(values: list[Any]) -> list[str]:
    """A column of values in COPY text format, the converter chosen once per column by type."""
    first = next((v for v in values if v is not None), None)
    fn: Callable[[Any], str]
    if isinstance(first, str):
        fn = methodcaller("translate", _COPY_ESCAPES)
    elif isinstance(first, bytes):
        fn = lambda v: "\\\\x" + v.hex()  # noqa: E731
    elif isinstance(first, date):  # datetime too
        fn = methodcaller("isoformat")
    elif isinstance(first, int) and not isinstance(first, bool):
        fn = str
    elif isinstance(first, uuid.UUID):
        memo: dict[uuid.UUID, str] = {}
        fn = lambda v: memo[v] if v in memo else memo.setdefault(v, str(v))  # noqa: E731
    else:
        fn = copy_text
    return ["\\N" if v is None else fn(v) for v in values]


def prepare_rows(dialect: Any, table: Table, rows: list[dict[str, Any]]) -> Prepared:
    """Rows -> DBAPI-ready values, each converted by its column's own type (so ``Encrypted``
    columns encrypt exactly as the ORM would). Needs no connection."""
    pg = dialect.name == "postgresql"
    cols = [table.c[name] for name in rows[0]]
    columns: list[list[Any]] = []
    for col in cols:
        values = [r[col.key] for r in rows]
        if isinstance(col.type, Encrypted):
            # The column type's own conversion (JSON or text, then AES-GCM), a column at a time.
            columns.append(copy_column(col.type.bind_many(values)) if pg else col.type.bind_many(values))
            continue
        # Plain binary columns take bytes as they are; everything else goes through its type.
        proc = None if type(col.type) is LargeBinary else \
            col.type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None and isinstance(col.type, Uuid):
            # A case id recurs in every child row (~20 per case): convert each once. (Only ids:
            # encrypting a value once and reusing the ciphertext would reveal equal values.)
            memo: dict[Any, Any] = {}
            values = [None if v is None else memo[v] if v in memo else memo.setdefault(v, proc(v))
                      for v in values]
        elif proc is not None:
            values = [None if v is None else proc(v) for v in values]
            if not pg and any(isinstance(v, memoryview) for v in values):
                values = [None if v is None else bytes(v) for v in values]  # picklable
        columns.append(copy_column(values) if pg else values)
    names_sql = ", ".join(dialect.identifier_preparer.quote(c.name) for c in cols)
    if pg:
        return Prepared(f"COPY {table.name} ({names_sql}) FROM STDIN",
                         "".join("\t".join(t) + "\n" for t in zip(*columns, strict=True)).encode())
    marks = ", ".join("?" for _ in cols)
    return Prepared(f"INSERT INTO {table.name} ({names_sql}) VALUES ({marks})",
                     list(zip(*columns, strict=True)))


def prepare_tokens(dialect: Any, groups: list[CaseTokens]) -> Prepared:
    """``prepare_rows`` for the token rows, each case's id converted once for all of its rows."""
    table: Table = CaseSearchToken.__table__  # type: ignore[assignment]
    cols = [table.c.case_id, table.c.owner_agency_id, table.c.kind, table.c.digest]
    names_sql = ", ".join(dialect.identifier_preparer.quote(c.name) for c in cols)
    if dialect.name == "postgresql":
        hexed: dict[bytes, str] = {}  # a name's digest recurs across the batch's cases
        lines: list[str] = []
        for g in groups:
            head = f"{g.case_id}\t{g.owner_agency_id}\t"
            for kind, digest in g.keys:
                text = hexed.get(digest)
                if text is None:
                    text = hexed[digest] = "\\\\x" + digest.hex()
                lines.append(f"{head}{kind}\t{text}\n")
        return Prepared(f"COPY {table.name} ({names_sql}) FROM STDIN", "".join(lines).encode())
    to_db = table.c.case_id.type.dialect_impl(dialect).bind_processor(dialect) or (lambda v: v)
    rows: list[tuple[Any, ...]] = []
    for g in groups:
        cid = to_db(g.case_id)
        rows.extend((cid, g.owner_agency_id, kind, digest) for kind, digest in g.keys)
    return Prepared(f"INSERT INTO {table.name} ({names_sql}) VALUES (?, ?, ?, ?)", rows)


def write_batches(dbapi_conn: Any, batches: list[Prepared]) -> None:
    cursor = dbapi_conn.cursor()
    try:
        for prepared in batches:
            if isinstance(prepared.payload, bytes):
                with cursor.copy(prepared.sql) as copy:
                    copy.write(prepared.payload)
            else:
                cursor.executemany(prepared.sql, prepared.payload)
    finally:
        cursor.close()


@lru_cache(maxsize=4)
def dialect_for(url: str) -> Any:
    return create_engine(url).dialect  # no connection is made
