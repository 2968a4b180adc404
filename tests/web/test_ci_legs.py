"""CI cannot pass with a leg of the suite skipped (tests/legs.py). A nested pytest runs one
database test with PostgreSQL made unreachable (a closed port on loopback): with CI=true it fails
and names the leg; without, it passes and says so loudly; narrowing to SQLite counts as a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_DB_TEST = "tests/test_migrations.py::test_models_and_migrations_agree"
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/test"


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("CI", "RIHAI_TEST_DATABASES", "RIHAI_TEST_PG_URL")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "pytest", ONE_DB_TEST], cwd=ROOT,
                          env=full, capture_output=True, text=True, timeout=600)


def test_an_unreachable_postgresql_fails_a_ci_run_and_is_named():
    r = _run(CI="true", RIHAI_TEST_PG_URL=UNREACHABLE, RIHAI_TEST_DATABASES="sqlite,postgresql")
    assert r.returncode == 1, r.stdout[-2000:]
    assert "FAILING the run: the postgresql leg did not run" in r.stdout
    assert "legs: sqlite=ran postgresql=skipped(not reachable" in r.stdout


def test_outside_ci_the_skip_passes_but_is_loud():
    r = _run(RIHAI_TEST_PG_URL=UNREACHABLE, RIHAI_TEST_DATABASES="sqlite,postgresql")
    assert r.returncode == 0, r.stdout[-2000:]
    assert "postgresql leg SKIPPED" in r.stdout and "legs: sqlite=ran postgresql=skipped(" in r.stdout


def test_narrowing_to_sqlite_is_a_skipped_leg_in_ci():
    r = _run(CI="true", RIHAI_TEST_DATABASES="sqlite")
    assert r.returncode == 1, r.stdout[-2000:]
    assert "postgresql=skipped(RIHAI_TEST_DATABASES=sqlite left it out)" in r.stdout
