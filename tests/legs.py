"""The suite's legs and what became of each: a pytest plugin (loaded by tests/conftest.py).

A leg is a part of the suite that needs something the machine may lack: SQLite (always there),
PostgreSQL, the browser (Chromium), OCR (tesseract) and Spark (Java + pyspark). A leg that
cannot run is skipped, loudly, so a developer's laptop still runs the rest; but a CI run that
passes with a leg skipped has not tested it. So:

- each leg's tests say which leg they belong to: ``@pytest.mark.leg("ocr", missing=reason)``
  (``missing`` is why it cannot run here, None when it can), the browser conftest marks its
  tests, every test using a ``spark_session`` fixture is marked here (and run last), and the database legs are read off the ``engine`` fixture's parameter;
- ``skip(leg, reason)`` skips a test and records why its leg did not run; a skip whose reason
  says "<leg> leg skipped" is recorded the same way;
- narrowing the databases with ``RIHAI_TEST_DATABASES`` is a skipped leg too;
- the run ends with one line, e.g. ``legs: sqlite=ran postgresql=skipped(...) ...``, and under
  ``CI=true`` any leg skipped fails the run (exit status 1) with a red line naming it. A full
  run (no paths given) under CI must also have run every leg; a run of chosen paths answers
  only for the legs its tests belong to.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from typing import NoReturn

import pytest

LEGS = ("sqlite", "postgresql", "browser", "ocr", "spark")
_ran: set[str] = set()
_skipped: dict[str, str] = {}
_selected: set[str] = set()
_REASONS = (re.compile(r"\b(sqlite|postgresql|browser|ocr|spark) leg skipped\b:?\s*(.*)", re.IGNORECASE),
            re.compile(r"\b(postgresql) (not reachable.*)", re.IGNORECASE))  # tests/cli/clitools.py


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def note_skipped(leg: str, reason: str) -> None:
    _skipped.setdefault(leg, reason)


def skip(leg: str, reason: str) -> NoReturn:
    note_skipped(leg, reason)
    pytest.skip(f"{leg} leg skipped: {reason}")


def legs_of(item: pytest.Item) -> set[str]:
    legs = {m.args[0] for m in item.iter_markers("leg") if m.args}
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("engine") in LEGS:
        legs.add(callspec.params["engine"])
    return legs


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "leg(name, missing=None): the test belongs to a leg of the "
                                       "suite; missing says why that leg cannot run here")


def pytest_collection_finish(session: pytest.Session) -> None:
    # After every conftest has marked its tests and deselection has happened.
    items = session.items
    for item in items:
        _selected.update(legs_of(item))
    # Tests that use a database but were given only some of them: the rest were narrowed away.
    wanted = [p for p in os.environ.get("RIHAI_TEST_DATABASES", "sqlite,postgresql").split(",") if p]
    if any("engine" in getattr(item, "fixturenames", ()) for item in items):
        for db in ("sqlite", "postgresql"):
            _selected.add(db)
            if db not in wanted:
                note_skipped(db, f"RIHAI_TEST_DATABASES={','.join(wanted) or '(empty)'} left it out")


def spark_missing() -> str | None:
    """Why the Spark leg cannot run here (None when it can)."""
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark not installed (pip install -e '.[spark]')"
    if shutil.which("java") is None:
        return "no Java runtime (apt-get install openjdk-17-jre-headless)"
    return None


@pytest.hookimpl(trylast=True)  # after pytest groups the tests by database
def pytest_collection_modifyitems(session, config, items):  # type: ignore[no-untyped-def]
    # The Spark leg (every test using a ``spark_session`` fixture) runs last: once a JVM and its
    # bridge threads live in this process, a test that forks worker processes (screening's bulk
    # run, the engine's pools) would fork them too.
    items.sort(key=lambda item: "spark_session" in getattr(item, "fixturenames", ()))
    spark = [item for item in items if "spark_session" in getattr(item, "fixturenames", ())]
    if spark:
        missing = spark_missing()
        for item in spark:
            item.add_marker(pytest.mark.leg("spark", missing=missing))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("leg"):
        if mark.args and mark.kwargs.get("missing"):
            skip(mark.args[0], mark.kwargs["missing"])


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    _ran.update(legs_of(item))  # the test's body runs: its legs are available


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and isinstance(report.longrepr, tuple):
        for pattern in _REASONS:
            if m := pattern.search(str(report.longrepr[2])):
                note_skipped(m.group(1).lower(), m.group(2).strip() or "skipped")
                break


def _full_run(config: pytest.Config) -> bool:
    return config.args_source == pytest.Config.ArgsSource.TESTPATHS


def outcome(config: pytest.Config) -> dict[str, str]:
    """leg -> "ran" | "skipped(<why>)" | "not-selected" (no test of it in this run)."""
    out = {}
    for leg in LEGS:
        if leg in _skipped:
            out[leg] = f"skipped({_skipped[leg]})"
        elif leg in _ran:
            out[leg] = "ran"
        elif leg in _selected:
            out[leg] = "skipped(its tests did not run)"
        else:
            out[leg] = "not-selected"
    return out


def failing_legs(config: pytest.Config) -> dict[str, str]:
    """The legs that fail a CI run: any skipped, and in a full run any not run at all."""
    failing = {}
    for leg, state in outcome(config).items():
        if state.startswith("skipped") or (state == "not-selected" and _full_run(config)):
            failing[leg] = state
    return failing


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if session.config.option.collectonly:
        return
    if in_ci() and failing_legs(session.config) and session.exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if config.option.collectonly:
        return
    states = outcome(config)
    for leg, state in states.items():
        if state.startswith("skipped"):
            terminalreporter.write_sep("!", f"{leg} leg SKIPPED: {_skipped.get(leg, 'its tests did not run')}",
                                       red=True, bold=True)
    if in_ci():
        for leg, state in failing_legs(config).items():
            why = "no test of it was selected in a full run" if state == "not-selected" else state
            terminalreporter.write_line(f"CI=true: FAILING the run: the {leg} leg did not run ({why})",
                                        red=True, bold=True)
    terminalreporter.write_line("legs: " + " ".join(f"{leg}={state}" for leg, state in states.items()))
