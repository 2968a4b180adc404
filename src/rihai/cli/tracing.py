"""``rihai tracing import|match|review``: family tracing from the server's shell.

    rihai tracing import embassy.xlsx --source "Embassy of Pakistan, Riyadh" --kind deported --as desk.user
    rihai tracing match [--engine spark] [--threshold 0.5]
    rihai tracing review [--confirm ID | --reject ID | --propose ID] [--as reviewer]

``--as USERNAME`` acts as that account (its agency, roles and scope); without it ``match`` and
``review`` act as the system. Every change is audited. Decrypted values stay in memory.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.service import User, acting_as
from rihai.db import transaction
from rihai.errors import RihaiError
from rihai.tracing import service
from rihai.tracing.service import ListKind

from .common import AsUser, DataDir, cli_actor, console, fail, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="Family tracing: import lists, match, review candidates.")
As = AsUser
_actor = cli_actor


@app.command("import")
def import_list(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX, one person a row, a heading row first")],
    source: Annotated[str, typer.Option("--source", help="Who holds the list, e.g. an embassy")],
    kind: Annotated[ListKind, typer.Option("--kind", help="What happened to the people on it")],
    as_user: Annotated[str, typer.Option("--as", help="Import for this user's agency (username)")],
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166 code of the list's country")] = None,
    mapping: Annotated[str | None, typer.Option("--mapping", help='JSON {"heading": "field"}; default: guessed')] = None,
    readings: Annotated[str | None, typer.Option(
        "--readings", help='JSON {"heading": "dmy"|"mdy"}; default: from the values, else day first')] = None,
    countries: Annotated[str | None, typer.Option(
        "--countries", help='JSON {"country text": "ISO code" or ""}; "*" answers for the rest')] = None,
    data_dir: DataDir = None,
) -> None:
    """Import a list; re-importing the same rows adds nothing. Rejected rows are listed by row,
    field and rule (never the value)."""
    if not file.exists():
        fail(f"no such file: {file}")
    try:
        chosen = json.loads(mapping) if mapping else None
        chosen_readings = json.loads(readings) if readings else None
        chosen_countries = json.loads(countries) if countries else None
    except ValueError:
        fail("--mapping, --readings and --countries must be JSON objects")
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            actor = _actor(session, as_user)
            imp = service.stage_import(session, actor, data=file.read_bytes(), filename=file.name,
                                       source_agency=source, kind=kind, country=country)
            imp = service.store_import(session, actor, imp.id, mapping=chosen, readings=chosen_readings,
                                       countries=chosen_countries)
            report = (imp.id, dict(imp.mapping), imp.rows_total, imp.rows_stored, imp.rows_duplicate,
                      imp.rows_rejected, list(imp.rejections), dict(imp.report or {}))
    except RihaiError as exc:
        fail(exc.detail + (f" ({exc.field})" if exc.field else ""))
    finally:
        engine.dispose()
    iid, used, total, stored, dup, rejected, rejections, notes = report
    console.print("columns: " + ", ".join(f"{h} -> {t}" for h, t in used.items() if t != "ignore"))
    console.print(f"import {iid}: {total} rows, {stored} stored, {dup} already held, {rejected} rejected")
    if notes.get("birth_year_only"):
        console.print(f"{notes['birth_year_only']} rows had a birth year only (kept as age)")
    for d in notes.get("dates", []):
        console.print(f"{d['column']}: read as {d['reading']}; {d['either_way']} values could be read either way")
    for r in rejections[:50]:
        console.print(f"  row {r['row']}: {r['field']} ({r['rule']})")


@app.command("match")
def match(engine_name: Annotated[str, typer.Option("--engine", help="duckdb (default) or spark")] = "duckdb",
          threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="Probability to propose a pair")] = 0.5,
          queued: Annotated[bool, typer.Option("--queued", help="Execute the runs desks queued in the web app, "
                                                                "then exit (for a worker outside the web servers)")] = False,
          as_user: As = None, data_dir: DataDir = None) -> None:
    """Match open tracing requests against lists, consenting cases and each other. Takes the same
    lock as the web app's runs: it refuses to start while another run is executing."""
    if engine_name not in ("duckdb", "spark"):
        fail("--engine must be duckdb or spark")
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    options = {"engine": engine_name, "threshold": threshold}
    try:
        if queued:
            done = service.drain_match_runs(factory, **options)
            console.print(f"executed {len(done)} queued match run(s)" + (f": {', '.join(map(str, done))}" if done else ""))
            return
        try:
            with transaction(factory) as session:
                run_id = service.enqueue_match(session, _actor(session, as_user), reuse=False).id
        except RihaiError as exc:
            fail(exc.detail)
        if service.claim_match_run(factory, run_id) is None:
            service.abandon_match_run(factory, run_id)
            fail("another match run is executing; try again when it has finished")
        columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("matching", total=1.0)
            result = service.execute_match_run(
                factory, run_id, progress=lambda msg, frac: bar.update(task, description=msg, completed=frac),
                **options)
        if result is None:
            fail(f"match run {run_id} failed ({service.match_run_error(factory, run_id)}); see the server log")
    finally:
        engine.dispose()
    console.print(f"run {run_id}: {result.requests} open requests, {result.records} list rows, {result.cases} "
                  f"consenting cases: {result.proposed} new candidates, {result.updated} updated, "
                  f"{result.skipped_rejected} rejected before (not proposed again), {result.seconds} s")


@app.command("review")
def review(confirm: Annotated[str | None, typer.Option("--confirm", help="Confirm (or, as the desk a proposal waits for, accept) this candidate id")] = None,
           reject: Annotated[str | None, typer.Option("--reject", help="Reject (or refuse a proposal for) this candidate id")] = None,
           propose: Annotated[str | None, typer.Option("--propose", help="Propose this candidate to the desk holding the record you cannot see")] = None,
           as_user: As = None, data_dir: DataDir = None) -> None:
    """List open candidates with their strongest evidence, or decide one. A candidate whose other
    record you cannot see shows only the agency holding it; you propose it, they answer."""
    if sum(1 for x in (confirm, reject, propose) if x) > 1:
        fail("give one of --confirm, --reject or --propose")
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            actor = _actor(session, as_user)
            chosen = confirm or reject or propose
            if chosen:
                try:
                    cid = uuid.UUID(chosen)
                except ValueError:
                    fail("the candidate id is not a UUID")
                current = service.get_candidate(session, actor, cid).candidate
                if propose:
                    done = service.propose(session, actor, cid, version=current.version)
                else:
                    done = service.decide(session, actor, cid, confirm=bool(confirm), version=current.version)
                console.print(f"candidate {done.id}: {done.status}")
                return
            rows, total = service.list_candidates(session, actor, page_size=100)
            seen = service.sights(session, actor, rows)
            table = Table("candidate", "probability", "request", "with", "strongest evidence")
            for c in rows:
                s = seen[c.id]
                if not s.both:
                    # A score or per-field agreement beside your own record would spell out the
                    # hidden one: say only who holds it.
                    held = service.held_by(session, c, s)
                    state = "proposed" if c.status == "proposed" else "you may propose it"
                    table.add_row(str(c.id), "-", str(c.request_id)[:8] if s.request else "-",
                                  c.other_kind if s.other else "-", f"a possible match held by {held} ({state})")
                    continue
                top = sorted((step for step in c.waterfall if step["field"] != "prior"),
                             key=lambda step: -abs(step["match_weight"]))[:3]
                table.add_row(str(c.id), f"{c.probability:.3f}", str(c.request_id)[:8], c.other_kind,
                              "; ".join(f"{t['field']}: {t['level']} ({t['match_weight']:+.1f})" for t in top))
            console.print(table)
            console.print(f"{total} pending")
    except RihaiError as exc:
        fail(exc.detail)
    finally:
        engine.dispose()
