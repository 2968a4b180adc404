"""``rihai worker``: background jobs in a process of their own, chosen by name (RIHAI_JOBS), and
web processes that run none of them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from cli.clitools import rihai_for

from rihai.app import chosen_jobs, job_names


@pytest.fixture
def rihai(tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for("sqlite", tmp_path) as cli:
        yield cli


def test_jobs_are_chosen_by_name_and_a_typo_stops_the_start() -> None:
    known = job_names()
    assert {"tracing-match", "notify-outbox", "stats-refresh", "stats-release", "audit-checkpoints",
            "networks-build", "networks-place", "cases-duplicates", "follow-up-reminders"} == set(known)
    assert chosen_jobs("all", known) == known and chosen_jobs("", known) == known
    assert chosen_jobs("none", known) == []
    assert chosen_jobs(" stats-refresh , tracing-match", known) == ["tracing-match", "stats-refresh"]
    with pytest.raises(ValueError, match="unknown jobs"):
        chosen_jobs("tracing-match,stats-refersh", known)


def test_list_and_refusals(rihai) -> None:
    listed = rihai("worker", "--list")
    assert listed.exit_code == 0 and all(name in listed.output for name in job_names())
    assert rihai("worker", "--jobs", "none").exit_code == 1
    typo = rihai("worker", "--jobs", "notify-outbx")
    assert typo.exit_code == 1 and "unknown jobs" in typo.output
    assert rihai("worker", "--jobs", "notify-outbox").exit_code == 1  # no keyring, no migrated database


def test_a_worker_runs_its_jobs_and_stops_on_sigterm(rihai) -> None:
    assert rihai("keys", "init").exit_code == 0 and rihai("db", "upgrade").exit_code == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("RIHAI_")}
    env |= {"RIHAI_DATA_DIR": str(rihai.data_dir), "RIHAI_ENVIRONMENT": "production",
            "RIHAI_STATS_REFRESH_MINUTES": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "rihai.cli", "worker", "--jobs", "notify-outbox,audit-checkpoints"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, seen = time.monotonic() + 60, ""
        while "rihai worker running" not in seen and time.monotonic() < deadline and proc.poll() is None:
            seen += proc.stdout.readline()  # type: ignore[union-attr]
        assert "rihai worker running: notify-outbox, audit-checkpoints" in seen, seen
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0 and "stopping" in out, out
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
