"""``rihai keys init`` and ``rihai keys rotate``.

Rotation, and why it is safe to re-run after a crash:

1. The new keyring (old keys + a new active key) is written to ``keyring.json.pending`` (0600)
   *before* the database is touched, so the new key exists on disk before any value uses it.
   A re-run finds the pending file and carries on with the same new key.
2. In one database transaction: every ``Encrypted`` column of every table is re-encrypted under
   the new key (raw bytes are read through ``type_coerce(..., LargeBinary)``, decrypted with the
   column's context, encrypted again), every case's blind index is recomputed with the new index
   key, and one ``access:keys:rotate`` audit event is recorded.
3. Only after the commit is the pending file moved over ``keyring.json`` (atomic rename).
4. ``--retire-old`` then drops the old keys, after checking no value still uses them.

While old keys are kept, a value under any of them still decrypts, so an interrupted rotation
never makes data unreadable. Stop the server before rotating: a running server keeps the old
keyring in memory and would not read values under the new key until restarted.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import LargeBinary, Table, bindparam, func, inspect, select, tuple_, type_coerce, update
from sqlalchemy.orm import Session, lazyload, selectinload

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.cases.models import Case
from rihai.cases.search import reindex
from rihai.crypto import Encrypted, Keyring, KeyringError, install_keyring
from rihai.db import Base, transaction
from rihai.models import import_all_models

from .common import DataDir, console, fail, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="The keyring: field-encryption and blind-index keys.")


@app.command("init")
def init(data_dir: DataDir = None) -> None:
    """Create the keyring (mode 0600). Refuses to overwrite an existing one."""
    settings = make_settings(data_dir)
    if settings.keyring is not None:
        fail("RIHAI_KEYRING is set: the keyring comes from the environment; nothing to create")
    path = settings.resolved_key_file
    if path.exists():
        fail(f"a keyring already exists at {path}; refusing to overwrite it (losing it loses the data)")
    Keyring.generate().save(path)
    console.print(f"created keyring [bold]{path}[/] (mode 0600). Back it up somewhere other than "
                  "the database backups: without it the encrypted fields cannot be read.")


def encrypted_tables(session: Session | None = None) -> list[tuple[Table, list[Any]]]:
    """Every table with ``Encrypted`` columns, and those columns; with a session, only the tables
    that exist in its database (a model whose migration has not run yet holds no data)."""
    import_all_models()
    existing = set(inspect(session.connection()).get_table_names()) if session is not None else None
    found = []
    for table in Base.metadata.sorted_tables:
        cols = [c for c in table.columns if isinstance(c.type, Encrypted)]
        if cols and (existing is None or table.name in existing):
            found.append((table, cols))
    return found


def _pages(session: Session, table: Table, cols: list[Any], batch: int):  # type: ignore[no-untyped-def]
    """Rows of (primary key..., onupdate columns..., raw ciphertexts...) in primary-key order."""
    pk = list(table.primary_key.columns)
    keep = [c for c in table.columns if c.onupdate is not None and c not in cols]
    stmt = select(*pk, *keep, *[type_coerce(c, LargeBinary).label(f"raw_{c.name}") for c in cols]
                  ).order_by(*pk).limit(batch)
    last: tuple[Any, ...] | None = None
    while True:
        page = stmt
        if last is not None:
            page = stmt.where(pk[0] > last[0] if len(pk) == 1 else tuple_(*pk) > tuple_(*last))
        rows = session.execute(page).all()
        if not rows:
            return
        yield pk, keep, rows
        last = tuple(rows[-1][: len(pk)])


def reencrypt(session: Session, ring: Keyring, *, batch: int = 1000,
              advance: Callable[[int], None] | None = None) -> Counter[str]:
    """Re-encrypt every value not already under ``ring.active``. Returns counts per column."""
    counts: Counter[str] = Counter()
    for table, cols in encrypted_tables(session):
        stmt = None
        # A table of large values (tracing photos) asks for smaller batches to bound memory.
        for pk, keep, rows in _pages(session, table, cols, min(batch, table.info.get("rotation_batch", batch))):
            if stmt is None:
                stmt = update(table).where(*[c == bindparam(f"k_{c.name}", type_=c.type) for c in pk]) \
                    .values({**{c.name: bindparam(f"u_{c.name}", type_=c.type) for c in keep},
                             **{c.name: bindparam(f"v_{c.name}", type_=LargeBinary) for c in cols}})
            params = []
            for row in rows:
                values: dict[str, Any] = {f"k_{c.name}": row[i] for i, c in enumerate(pk)}
                values.update({f"u_{c.name}": row[len(pk) + i] for i, c in enumerate(keep)})
                changed = False
                for i, col in enumerate(cols):
                    blob = row[len(pk) + len(keep) + i]
                    if blob is not None:
                        blob = bytes(blob)
                        if Keyring.key_id_of(blob) != ring.active:
                            blob = ring.encrypt(ring.decrypt(blob, col.type.context), col.type.context)
                            counts[f"{table.name}.{col.name}"] += 1
                            changed = True
                    values[f"v_{col.name}"] = blob
                if changed:
                    params.append(values)
            if params:
                session.execute(stmt, params)
            if advance:
                advance(len(rows))
    return counts


def values_under_other_keys(session: Session, active: str, *, batch: int = 5000) -> int:
    """How many stored values use a key other than ``active`` (0 before retiring old keys)."""
    stale = 0
    for table, cols in encrypted_tables(session):
        for pk, keep, rows in _pages(session, table, cols, min(batch, table.info.get("rotation_batch", batch))):
            offset = len(pk) + len(keep)
            stale += sum(1 for row in rows for blob in row[offset:]
                         if blob is not None and Keyring.key_id_of(bytes(blob)) != active)
    return stale


def reindex_all(session: Session, *, batch: int = 500,
                advance: Callable[[int], None] | None = None) -> int:
    """Recompute every case's blind-index digests under the installed (new) index key."""
    done = 0
    last = None
    # The person, the recruiters and the route legs make a case's tokens (one query each per
    # batch); leave the other collections unloaded.
    stmt = select(Case).options(selectinload(Case.perpetrators), selectinload(Case.events),
                                lazyload(Case.consents), lazyload(Case.assignments)
                                ).order_by(Case.id).limit(batch)
    while True:
        page = stmt if last is None else stmt.where(Case.id > last)
        cases = list(session.scalars(page).unique())
        if not cases:
            return done
        with session.no_autoflush:
            for case in cases:
                reindex(session, case)
        session.flush()
        last = cases[-1].id
        done += len(cases)
        session.expunge_all()
        if advance:
            advance(len(cases))


@app.command("reindex")
def reindex_command(data_dir: DataDir = None,
                    batch: int = typer.Option(500, min=1, help="Cases per batch.")) -> None:
    """Recompute every case's blind-index digests under the current key, without rotating it.
    Run once after an upgrade that adds kinds of search token (0.1: name pairs), server stopped."""
    settings = make_settings(data_dir)
    ring = require_ready(settings)
    install_keyring(ring)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            n_cases = session.scalar(select(func.count()).select_from(Case)) or 0
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=console) as bar:
                task = bar.add_task("recomputing blind indexes", total=n_cases)
                reindex_all(session, batch=batch, advance=lambda k: bar.advance(task, k))
            audit.record(session, Actor.system("cli"), AuditTag.KEYS_REINDEX, subject_type="keyring",
                         subject_id=ring.active)
    finally:
        engine.dispose()
    console.print(f"recomputed the blind index of {n_cases} cases")


@app.command("rotate")
def rotate(data_dir: DataDir = None,
           retire_old: bool = typer.Option(False, "--retire-old",
                                           help="After success, remove the old keys from the keyring."),
           batch: int = typer.Option(1000, min=1, help="Rows per batch.")) -> None:
    """Add a new active key, re-encrypt every encrypted field and recompute every blind index.
    Stop the server first. Safe to re-run if interrupted."""
    settings = make_settings(data_dir)
    if settings.keyring is not None:
        fail("RIHAI_KEYRING is set: rotate against a key file (RIHAI_KEY_FILE), then update the "
             "secret with the rotated file's contents")
    old = require_ready(settings)
    path = settings.resolved_key_file
    pending = path.with_name(path.name + ".pending")
    if pending.exists():
        try:
            new = Keyring.load(pending)
        except KeyringError as exc:
            fail(f"{pending} exists but cannot be read ({exc}); inspect it before retrying")
        if not set(old.keys) <= set(new.keys):
            fail(f"{pending} does not hold the current keys; it is not from an interrupted "
                 "rotation of this keyring. Move it away and retry.")
        console.print(f"resuming an interrupted rotation to key [bold]{new.active}[/]")
    else:
        new = old.with_new_key()
        new.save(pending)  # on disk before any value is encrypted with it
    install_keyring(new)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            tables = encrypted_tables(session)
            total = sum(session.scalar(select(func.count()).select_from(t)) or 0 for t, _ in tables)
            n_cases = session.scalar(select(func.count()).select_from(Case)) or 0
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=console) as bar:
                t1 = bar.add_task("re-encrypting fields", total=total)
                counts = reencrypt(session, new, batch=batch, advance=lambda k: bar.advance(t1, k))
                t2 = bar.add_task("recomputing blind indexes", total=n_cases)
                reindex_all(session, batch=max(1, batch // 2), advance=lambda k: bar.advance(t2, k))
                from rihai.tracing.service import reindex_blind_indexes  # tracing's digests too

                reindex_blind_indexes(session)
            audit.record(session, Actor.system("cli"), AuditTag.KEYS_ROTATE, subject_type="keyring",
                         subject_id=new.active, fields=sorted(counts),
                         related_ids=sorted(k for k in new.keys if k != new.active))
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - the transaction rolled back; the old keyring stands
        engine.dispose()
        fail(f"rotation failed and was rolled back; the keyring is unchanged ({type(exc).__name__}: "
             f"{exc}). Re-run 'rihai keys rotate' to try again.")
    os.replace(pending, path)
    console.print(f"re-encrypted {sum(counts.values())} values in {len(counts)} columns; "
                  f"recomputed the blind index of {n_cases} cases; active key now [bold]{new.active}[/]")
    if retire_old:
        with factory() as session:
            stale = values_under_other_keys(session, new.active)
        if stale:
            engine.dispose()
            fail(f"{stale} values still use an old key (was the server running?); old keys kept. "
                 "Run 'rihai keys rotate' again with the server stopped.")
        new.retire_all_but_active().save(path)
        console.print(f"retired {len(new.keys) - 1} old key(s)")
    engine.dispose()
