"""``rihai worker``: run background jobs in a process of their own, without serving HTTP.

A national instance serves requests from ``rihai serve --workers N`` with ``RIHAI_JOBS=none`` and
runs its background work (tracing match runs, the statistics refresh, the network build, the
nightly duplicate pass, audit checkpoints, the outbox) here, so a refresh that takes minutes of CPU
never competes with a caseworker's page. Every job is safe in several processes at once (each
claims its work: docs/operations.md), so two workers on two machines are allowed too.

It builds the same app as ``rihai serve`` (named by string, so the CLI does not import the app
layer) with ``RIHAI_JOBS`` set to the chosen jobs, runs its start-up and shut-down, and waits for
SIGTERM or Ctrl-C in between; shutting down lets the run in hand finish and writes the last audit
checkpoint, as a web process does.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import signal
from typing import Any

import typer

from .common import DataDir, console, fail, make_settings, require_ready
from .serve import APP_FACTORY


def _app_module() -> Any:
    return importlib.import_module(APP_FACTORY.split(":")[0])


async def _run(app: Any) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with app.router.lifespan_context(app):
        running = [name for name in _app_module().job_names() if app.state.runner.job(name)]
        console.print(f"rihai worker running: {', '.join(running) or 'no job (each was turned off by its setting)'}")
        await stop.wait()
        console.print("stopping: the run in hand finishes first")


def worker(data_dir: DataDir = None,
           jobs: str = typer.Option("all", help="Comma-separated job names, or 'all'."),
           list_jobs: bool = typer.Option(False, "--list", help="List the jobs and stop.")) -> None:
    """Run background jobs (match runs, statistics refresh, network build, ...) without serving."""
    module = _app_module()
    if list_jobs:
        for name in module.job_names():
            console.print(name)
        return
    if jobs.strip().lower() == "none":
        fail("a worker with no job would do nothing: name the jobs, or 'all'")
    try:
        module.chosen_jobs(jobs, module.job_names())
    except ValueError as exc:
        fail(str(exc))
    settings = make_settings(data_dir)
    require_ready(settings)
    os.environ["RIHAI_DATA_DIR"] = str(settings.data_dir.resolve())
    os.environ["RIHAI_JOBS"] = jobs
    app = getattr(module, APP_FACTORY.split(":")[1])()
    asyncio.run(_run(app))
