"""``rihai networks build`` and ``rihai networks import-watchlist``: the database's recruiter
graph from the server's shell.

    rihai networks build                       # read every source, resolve, write what changed
    rihai networks import-watchlist wanted.xlsx --name "Most wanted smugglers 2026" --published
    rihai networks export --network N-1a2b --format evidence --lang ur --as inspector.khan --out pack.pdf

The build reads the sources through their consent-gated published reads (as the system, or
``--as`` a supervisor or investigator) and shows a progress bar; nothing decrypted is written
anywhere but the encrypted columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.service import User, acting_as
from rihai.db import transaction
from rihai.errors import RihaiError
from rihai.networks import service

from .common import AsUser, DataDir, cli_actor, console, fail, make_settings, open_database, require_ready
from .networks import networks_app

# The commands that need the database join the one ``rihai networks`` group (``networks.py``).
app = networks_app
As = AsUser
_actor = cli_actor


def build(as_user: As = None, data_dir: DataDir = None) -> None:
    """Read every source, resolve people and networks, and write what changed."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
               TimeElapsedColumn())
    try:
        with Progress(*columns, console=console, transient=True) as bar, transaction(factory) as session:
            task = bar.add_task("reading sources", total=None)
            run = service.build(session, _actor(session, as_user), progress=lambda stage, done, total: bar.update(
                task, description=str(stage), completed=done, total=total or None))
            summary = (f"build {run.id}: {run.records} records, {run.mentions} mentions, {run.networks} networks; "
                       f"{run.added} added, {run.changed} changed, {run.removed} removed")
    except RihaiError as exc:
        fail(exc.detail)
    finally:
        engine.dispose()
    console.print(summary)


def import_watchlist(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX with a heading row: name, aliases, father_name, role, phones, cnic, licence, district, ...")],
    name: Annotated[str, typer.Option("--name", help="What the list is, e.g. 'FIA most wanted 2026'")],
    published: Annotated[bool, typer.Option("--published/--internal",
                                            help="A published list may be named on the public job-offer page")] = False,
    as_user: As = None, data_dir: DataDir = None,
) -> None:
    """Import a watchlist; the next build links it."""
    if not file.exists():
        fail(f"no such file: {file}")
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            people = service.parse_watchlist(file.read_bytes(), file.name)
            wl = service.import_watchlist(session, _actor(session, as_user), name=name, published=published,
                                          people=people)
            summary = f"watchlist {wl.id}: {wl.entries} rows ({'published' if published else 'internal'}); run 'rihai networks build'"
    except RihaiError as exc:
        fail(exc.detail)
    finally:
        engine.dispose()
    console.print(summary)


def export(
    network: Annotated[str, typer.Option("--network", help="The network's id (on its page and in the ranking)")],
    fmt: Annotated[str, typer.Option("--format", help="ftm | gexf | graphml | csv | evidence")],
    as_user: Annotated[str, typer.Option("--as", help="Export as this user (username): what they may see")],
    out: Annotated[Path, typer.Option("--out", help="The file to write (evidence: FILE and FILE.manifest.json)")],
    lang: Annotated[str, typer.Option("--lang", help="The evidence pack's language: en or ur")] = "en",
    prepared_for: Annotated[str, typer.Option("--for", help="Whom the evidence pack is for")] = "",
    data_dir: DataDir = None,
) -> None:
    """Export one network as a user may see it (their permission, their scope; audited)."""
    if fmt not in service.FORMATS or fmt == "manifest":
        fail("--format must be one of ftm, gexf, graphml, csv, evidence")
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            actor = _actor(session, as_user)
            at = service.pack_time(None)  # the PDF and its manifest describe the same pack
            files = [(out, service.export_network(session, actor, network, fmt, lang=lang,
                                                  generated_for=prepared_for, at=at))]
            if fmt == "evidence":
                files.append((out.with_name(out.name + ".manifest.json"), service.export_network(
                    session, actor, network, "manifest", lang=lang, generated_for=prepared_for, at=at)))
    except RihaiError as exc:
        fail(exc.detail)
    finally:
        engine.dispose()
    # Written only once the export and its audit rows are committed; where is the operator's choice.
    for path, download in files:
        path.write_bytes(download.body)
        console.print(f"{path}: {len(download.body)} bytes")


app.command("build")(build)
app.command("import-watchlist")(import_watchlist)
app.command("export")(export)
