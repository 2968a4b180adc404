"""``rihai stats refresh|release|tables|report`` end to end on a seeded database; the release is
checked with pycanon, an independent implementation of k-anonymity, over every column."""

from __future__ import annotations

import pandas as pd
from cli.clitools import rihai_for
from pycanon import anonymity


def test_stats_commands(tmp_path, monkeypatch):
    with rihai_for("sqlite", tmp_path) as rihai:
        assert rihai("keys", "init").exit_code == 0
        assert rihai("db", "upgrade").exit_code == 0
        assert rihai("seed", "--cases", "400", "--bulk", "--seed", "3", "--workers", "0").exit_code == 0
        refreshed = rihai("stats", "refresh")
        assert refreshed.exit_code == 0, refreshed.output
        assert "400 changed case(s)" in refreshed.output
        again = rihai("stats", "refresh")
        assert again.exit_code == 0 and "400 changed" not in again.output

        # A real instance: the seeded (synthetic) cases never count.
        out = tmp_path / "release.csv"
        made = rihai("stats", "release", "--k", "11", "--out", str(out))
        assert made.exit_code == 0, made.output
        assert len(pd.read_csv(out, keep_default_na=False)) == 0

        # A demo instance counts them, and says so.
        monkeypatch.setenv("RIHAI_DEMO", "true")
        made = rihai("stats", "release", "--k", "11", "--out", str(out))
        assert made.exit_code == 0, made.output
        df = pd.read_csv(out, keep_default_na=False, dtype=str)
        assert len(df) > 300
        assert anonymity.k_anonymity(df, list(df.columns)) >= 11
        assert list(df.columns[:7]) == ["yearOfRegistration", "Datasource", "gender", "ageBroad",
                                        "majorityStatus", "citizenship", "CountryOfExploitation"]
        assert "(SYNTHETIC)" not in out.read_text() and "SYNTHETIC (demo data" in out.read_text()

        # A release an analyst queued on the web, made by a worker kept off the web servers.
        from rihai.access.actors import Actor
        from rihai.crypto import Keyring, install_keyring
        from rihai.db import make_engine, make_sessionmaker
        from rihai.stats import releasejobs
        from rihai.stats.models import StatsReleaseJob

        data = tmp_path / "data"
        install_keyring(Keyring.load(data / "keyring.json"))
        engine = make_engine(f"sqlite:///{data / 'rihai.db'}")
        with make_sessionmaker(engine)() as s:
            job_id = releasejobs.enqueue(s, Actor.system("web"), data / "stats.duckdb", mode="k-anonymous", k=11).id
            s.commit()
        assert rihai("stats", "release", "--queued", "--out", str(out)).exit_code == 1  # the file waits in the app
        drained = rihai("stats", "release", "--queued")
        assert drained.exit_code == 0 and "made 1 queued release(s)" in drained.output, drained.output
        with make_sessionmaker(engine)() as s:
            job = s.get(StatsReleaseJob, job_id)
            assert job.status == "done" and job.release.rows_out > 300
        engine.dispose()
        assert "made 0 queued" in rihai("stats", "release", "--queued").output

        tables = tmp_path / "tables.csv"
        made = rihai("stats", "tables", "--epsilon", "3", "--from", "1990", "--to", "2100", "--out", str(tables))
        assert made.exit_code == 0, made.output
        assert tables.read_text().startswith("# SYNTHETIC") and "table,category,count,margin95" in tables.read_text()
        # the attack: the same release with the period moved by a year
        refused = rihai("stats", "tables", "--epsilon", "2", "--from", "1990", "--to", "2099", "--out", str(tables))
        assert refused.exit_code == 1 and "budget" in refused.output and "ε=1 left" in refused.output

        for name in ("report.pdf", "report.xlsx"):
            assert rihai("stats", "report", "--out", str(tmp_path / name)).exit_code == 0
        assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
        assert rihai("stats", "report", "--out", str(tmp_path / "r.doc")).exit_code == 1
