"""``rihai demo`` (a ready-to-click instance full of synthetic cases) and ``rihai seed`` (synthetic
cases into an existing database, e.g. for benchmarks)."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.service import Agency
from rihai.access.permissions import ROLES_REQUIRING_MFA
from rihai.crypto import Keyring, install_keyring
from rihai.db import transaction
from rihai.migrations import upgrade
from rihai.settings import Settings
from rihai.synthetic.referrals import ensure_providers, seed_referrals
from rihai.synthetic.seed import EXTRA_DEMO_USERS
from rihai.synthetic import (
    DEMO_USERS,
    bulk_seed,
    database_is_empty,
    demo_username,
    ensure_directory,
    new_demo_password,
    seed_via_services,
)

from .common import DataDir, console, fail, load_keyring, make_settings, open_database, require_ready
from .serve import run_server


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=False)


def demo(data_dir: DataDir = None,
         port: int = typer.Option(8000, help="Port to serve on (http://127.0.0.1:PORT)."),
         host: str = typer.Option("127.0.0.1", help="Address to listen on; keep it loopback."),
         cases: int = typer.Option(3000, min=0, help="Synthetic cases to create on first run."),
         seed: int | None = typer.Option(None, help="Random seed, for the same data every time."),
         bulk: bool = typer.Option(False, help="Use the fast bulk path (no per-case audit rows)."),
         no_serve: bool = typer.Option(False, "--no-serve", help="Prepare everything, do not serve.")) -> None:
    """A demo instance: keyring, schema, SYNTHETIC data and one account per role, then serve on
    loopback over plain HTTP. Re-running keeps the data and issues a new demo password."""
    settings = make_settings(data_dir if data_dir is not None else Path("rihai-data"),
                             demo=True, cookie_secure=False)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.keyring is None and not settings.resolved_key_file.exists():
        Keyring.generate().save(settings.resolved_key_file)
        console.print(f"created keyring {settings.resolved_key_file} (mode 0600)")
    ring = load_keyring(settings)
    install_keyring(ring)
    upgrade(settings.resolved_database_url)
    engine, factory = open_database(settings)
    password = new_demo_password()
    try:
        with transaction(factory) as session:
            empty = database_is_empty(session)
            if not empty and not session.scalar(select(func.count()).select_from(Agency)
                                                .where(Agency.is_synthetic.is_(True))):
                fail("this database holds agencies that are not synthetic: 'rihai demo' only runs on "
                     "an empty database or one it created. Use another --data-dir.")
            directory = ensure_directory(session, demo_password=password)
            if empty and cases:
                started = time.perf_counter()
                with _progress() as bar:
                    task = bar.add_task("seeding synthetic cases", total=cases)
                    fn = bulk_seed if bulk else seed_via_services
                    fn(session, directory, cases, seed=seed,
                       progress=lambda k: bar.advance(task, k))
                console.print(f"seeded {cases} synthetic cases in {time.perf_counter() - started:.1f} s")
                with _progress() as bar:
                    task = bar.add_task("referring some of them to services", total=None)
                    made = seed_referrals(session, directory, share=0.3, seed=seed,
                                          progress=lambda k: bar.advance(task, k))
                console.print(f"made {made} synthetic referrals")
            elif not empty:
                console.print("the demo data already exists; not adding more (use 'rihai seed')")
            ensure_providers(session, directory)
            agency_names = {k: a.name for k, a in directory.agencies.items()}
            refresh_demo_statistics(session, settings)
    finally:
        engine.dispose()

    table = Table(title="Demo accounts (SYNTHETIC data: never enter real information)")
    table.add_column("role", no_wrap=True)
    table.add_column("username", style="bold", no_wrap=True)
    table.add_column("agency")
    table.add_column("first sign-in")
    for role, key in DEMO_USERS.items():
        table.add_row(str(role), demo_username(role), agency_names[key],
                      "set up TOTP (authenticator app)" if role in ROLES_REQUIRING_MFA else "")
    for username, (role, key) in EXTRA_DEMO_USERS.items():
        table.add_row(f"{role} (walk-through)", username, agency_names[key], "")
    console.print(table)
    console.print(Panel.fit(
        f"Password for every demo account (this run only; shown once): [bold]{password}[/]\n"
        f"Investigator and administrator accounts must enrol TOTP two-factor at first sign-in.\n"
        f"This is a DEMO: all people, agencies and cases are SYNTHETIC. Data: {settings.data_dir.resolve()}",
        title="DEMO", border_style="yellow"))
    if no_serve:
        return
    console.print(f"serving on [bold]http://{host}:{port}[/] (plain HTTP, loopback only; Ctrl+C stops)")
    run_server(data_dir=settings.data_dir, host=host, port=port,
               extra_env={"RIHAI_DEMO": "true", "RIHAI_COOKIE_SECURE": "false"})


def refresh_demo_statistics(session: Session, settings: Settings) -> None:
    """Fill the statistics store from the demo's cases, so the dashboard is ready at first click.
    A demo instance counts synthetic records (``settings.demo``); a real one never does."""
    from rihai.stats import service as stats

    path = stats.store_path(settings.data_dir)
    with console.status("building the statistics"):
        result = stats.refresh(session, Actor.system("demo"), path, synthetic=settings.demo)
    console.print(f"statistics built: {result.cases} changed case(s) in {result.seconds:.1f} s")


def seed(data_dir: DataDir = None,
         cases: int = typer.Option(1000, min=1, help="How many synthetic cases to add."),
         bulk: bool = typer.Option(False, help="Fast bulk path: batched inserts, one audit event."),
         seed_: int | None = typer.Option(None, "--seed", help="Random seed (deterministic data)."),
         batch: int = typer.Option(2000, min=1, help="Bulk batch size."),
         workers: int | None = typer.Option(None, min=0, help="Processes drawing bulk batches "
                                            "(default: CPUs - 1; 0 = none).")) -> None:
    """Add SYNTHETIC agencies, staff accounts and cases to a migrated database."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    started = time.perf_counter()
    try:
        with transaction(factory) as session, _progress() as bar:
            directory = ensure_directory(session)
            task = bar.add_task("seeding synthetic cases", total=cases)
            if bulk:
                bulk_seed(session, directory, cases, seed=seed_, batch=batch, workers=workers,
                          progress=lambda k: bar.advance(task, k))
            else:
                seed_via_services(session, directory, cases, seed=seed_,
                                  progress=lambda k: bar.advance(task, k))
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - rolled back by transaction(); say so
        fail(f"seeding failed and was rolled back ({type(exc).__name__}: {exc})")
    finally:
        engine.dispose()
    took = time.perf_counter() - started
    console.print(f"seeded {cases} synthetic cases in {took:.1f} s ({cases / took:.0f}/s)")

