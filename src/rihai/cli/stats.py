"""``rihai stats``: the statistics store and its releases.

    rihai stats refresh [--full]                     bring the DuckDB extract up to date
    rihai stats release --k 11 --out release.csv     k-anonymous microdata (CTDC columns, k over all)
    rihai stats release --mode dp-synthetic --epsilon 1 --out synthetic.csv
                                                     differentially private synthetic microdata, and
                                                     its utility report (synthetic.utility.json)
    rihai stats release --queued                     make the releases analysts asked for on the web
    rihai stats tables --epsilon 1.0 --out t.csv     differentially private counts, with ±95%
    rihai stats report --from 2024 --to 2025 --out report.pdf|.xlsx

Each command refreshes the extract first (cheap when nothing changed), runs as the system actor
(audited) and owns its transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.orm import Session, sessionmaker

from rihai.access.actors import Actor
from rihai.db import transaction
from rihai.errors import RihaiError

from .common import DataDir, console, fail, make_settings, open_database, require_ready

app = typer.Typer(no_args_is_help=True, help="Statistics: extract, releases, national report.")

YearFrom = Annotated[int | None, typer.Option("--from", help="First year of registration")]
YearTo = Annotated[int | None, typer.Option("--to", help="Last year of registration")]


def _run(data_dir: Path | None, work, *, full: bool = False, quiet: bool = False):  # type: ignore[no-untyped-def]
    from rihai.cases import service as cases
    from rihai.stats import service

    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    actor = Actor.system("cli")
    path = service.store_path(settings.data_dir)
    try:
        # The web server refreshes on its own too (RIHAI_STATS_REFRESH_MINUTES): wait for its turn
        # rather than meet DuckDB's lock, and keep it off the store while this command reads it.
        with service.store_lock(path, wait=True), transaction(factory) as session:
            total = cases.count_eligible_cases(session, actor)  # what the extract reads at most
            with Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=console, transient=quiet) as bar:
                task = bar.add_task("extract", total=total)
                # A demo instance (RIHAI_DEMO) counts its synthetic records; a real one never does.
                result = service.refresh(session, actor, path, full=full,
                                         progress=lambda n: bar.advance(task, n), synthetic=settings.demo)
                bar.update(task, completed=total)  # unchanged cases were not read again
            if not quiet:
                gone = f"; {result.removed} case(s) no longer counted left it" if result.removed else ""
                console.print(f"{result.cases} changed case(s) extracted in {result.seconds:.1f} s to {path}{gone}")
            return work(session, actor, path) if work else None
    except RihaiError as exc:
        fail(exc.detail)
    finally:
        engine.dispose()


@app.command("refresh")
def refresh(data_dir: DataDir = None,
            full: Annotated[bool, typer.Option("--full", help="Rebuild from scratch")] = False) -> None:
    """Bring the analytical store (DuckDB, coded fields only) up to date."""
    _run(data_dir, None, full=full)


@app.command("release")
def release(out: Annotated[Path | None, typer.Option("--out", help="CSV to write")] = None,
            k: Annotated[int, typer.Option("--k", min=2, max=1000, help="Smallest group size")] = 11,
            mode: Annotated[str, typer.Option("--mode", help="k-anonymous (default) or dp-synthetic")] = "k-anonymous",
            epsilon: Annotated[float | None, typer.Option(
                "--epsilon", help="dp-synthetic only: the privacy budget this release spends")] = None,
            year_from: YearFrom = None, year_to: YearTo = None, data_dir: DataDir = None,
            queued: Annotated[bool, typer.Option(
                "--queued", help="Make the releases analysts queued on the publishing page, then stop "
                "(for a worker kept off the web servers)")] = False) -> None:
    """Microdata, one row per victim, CTDC column names: k-anonymous over every column, or
    differentially private synthetic records (spends the lifetime budget) with a utility report
    written beside the file. Made as the web's queued releases are (``stats/releasejobs.py``): no
    transaction is held while the rows are worked on, so the instance stays writable."""
    from rihai.stats import service

    if queued:
        if out is not None:
            fail("--queued makes the releases analysts asked for; their files wait for them in the app, "
                 "so --out does not apply")
        _run(data_dir, None, quiet=True)  # the store brought up to date first
        with _database(data_dir) as (factory, path):
            made = service.drain_releases(factory, path)
        console.print(f"made {len(made)} queued release(s)")
        return
    if out is None:
        fail("--out is needed (or --queued)")
    if mode not in service.RELEASE_MODES:
        fail(f"--mode must be one of {', '.join(service.RELEASE_MODES)}")
    if mode == service.DP_SYNTHETIC and epsilon is None:
        fail("--mode dp-synthetic needs --epsilon (the privacy budget it spends)")
    if mode == service.K_ANONYMOUS and epsilon is not None:
        fail("--epsilon is for --mode dp-synthetic (k-anonymous releases spend no ε)")
    _run(data_dir, None, quiet=True)
    with _database(data_dir) as (factory, path):
        try:
            job_id = service.begin_release(factory, Actor.system("cli"), path, mode=mode, k=k, epsilon=epsilon,
                                       filters=service.make_filters(year_from, year_to))
        except RihaiError as exc:
            fail(exc.detail)
        if job_id is None:
            fail("another release is being made (by the web app's worker or another command); try again "
                 "when it is done")
        with console.status("release") as status:
            made = service.execute_release(factory, job_id, path, stage=lambda stage: status.update(
                service.RELEASE_STAGES.get(stage, stage)))
    if made.error is not None or made.text is None or made.release is None:
        fail(made.error or "the release failed")
    out.write_text(made.text, encoding="utf-8")
    row, result = made.release, made.result
    if mode == service.DP_SYNTHETIC:
        beside = out.with_suffix(".utility.json")
        beside.write_text(json.dumps(made.report.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        u = made.report.summary()
        console.print(f"release {row.id}: {len(result.data)} synthetic rows written to {out} (ε={epsilon:g}, "
                      f"δ={result.delta:g}; ε={row.details['epsilon_left']:g} of the lifetime budget left); "
                      f"marginal error (TVD) one-way mean {u['one_way_tvd_mean']:.3f} max "
                      f"{u['one_way_tvd_max']:.3f}, two-way mean {u['two_way_tvd_mean']:.3f} max "
                      f"{u['two_way_tvd_max']:.3f}; {u['vanished_total']} of {u['vanished_checked']} real "
                      f"combinations (count ≥ {k}) vanished; utility report in {beside}")
        return
    lost = result.lost
    raised = {c: n for c, n in lost["generalisation_levels"].items() if n}
    console.print(f"release {row.id}: {lost['records_out']} rows written to {out} (k={k} over every "
                  f"column); {lost['records_suppressed']} rows and {lost['cells_suppressed_total']} "
                  f"cells suppressed; generalised {raised or 'nothing'}")


@contextmanager
def _database(data_dir: Path | None) -> Iterator[tuple[sessionmaker[Session], Path]]:
    from rihai.stats import service

    settings = make_settings(data_dir)
    engine, factory = open_database(settings)
    try:
        yield factory, service.store_path(settings.data_dir)
    finally:
        engine.dispose()


@app.command("tables")
def tables(out: Annotated[Path, typer.Option("--out", help="CSV to write")],
           epsilon: Annotated[float, typer.Option("--epsilon", help="Privacy budget of this release")] = 1.0,
           year_from: YearFrom = None, year_to: YearTo = None, data_dir: DataDir = None) -> None:
    """Differentially private counts (OpenDP) with 95% margins; spends the lifetime budget."""
    from rihai.stats import service

    def work(session, actor, path):  # type: ignore[no-untyped-def]
        result, row = service.create_tables(session, actor, path, epsilon=epsilon,
                                        filters=service.make_filters(year_from, year_to))
        out.write_text(service.tables_csv(result, synthetic=row.details.get("synthetic", False)), encoding="utf-8")
        console.print(f"release {row.id}: ε={epsilon:g} spent over {len(result)} tables "
                      f"(ε={row.details['epsilon_left']:g} of the lifetime budget left); written to {out}")

    _run(data_dir, work, quiet=True)


@app.command("report")
def report(out: Annotated[Path, typer.Option("--out", help="report.pdf or report.xlsx")],
           year_from: YearFrom = None, year_to: YearTo = None, data_dir: DataDir = None,
           lang: Annotated[str, typer.Option("--lang", help="en or ur")] = "en") -> None:
    """The national report (suppressed counts, UNODC context) as PDF or XLSX."""
    from rihai.stats import service

    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx"):
        fail("--out must end in .pdf or .xlsx")
    if lang not in ("en", "ur"):
        fail("--lang must be en or ur")

    def work(session, actor, path):  # type: ignore[no-untyped-def]
        data = service.export(session, actor, path, service.make_filters(year_from, year_to), fmt, lang)
        out.write_bytes(data)
        console.print(f"national report written to {out}")

    _run(data_dir, work, quiet=True)
