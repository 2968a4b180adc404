"""``rihai stats refresh|release|tables|report`` end to end on a seeded database; the release is
checked with pycanon, an independent implementation of k-anonymity."""

from __future__ import annotations

import pandas as pd
from cli.clitools import rihai_for
from pycanon import anonymity

from rihai.stats.privacy import DEFAULT_QIS


def test_stats_commands(tmp_path):
    with rihai_for("sqlite", tmp_path) as rihai:
        assert rihai("keys", "init").exit_code == 0
        assert rihai("db", "upgrade").exit_code == 0
        assert rihai("seed", "--cases", "400", "--bulk", "--seed", "3", "--workers", "0").exit_code == 0
        refreshed = rihai("stats", "refresh")
        assert refreshed.exit_code == 0, refreshed.output
        assert "400 changed case(s)" in refreshed.output
        again = rihai("stats", "refresh")
        assert again.exit_code == 0 and "400 changed" not in again.output

        out = tmp_path / "release.csv"
        made = rihai("stats", "release", "--k", "11", "--out", str(out))
        assert made.exit_code == 0, made.output
        df = pd.read_csv(out, keep_default_na=False)
        assert len(df) > 300
        assert anonymity.k_anonymity(df.astype(str), list(DEFAULT_QIS)) >= 11
        assert list(df.columns[:7]) == ["yearOfRegistration", "Datasource", "gender", "ageBroad",
                                        "majorityStatus", "citizenship", "CountryOfExploitation"]
        assert "(SYNTHETIC)" not in out.read_text()

        tables = tmp_path / "tables.csv"
        assert rihai("stats", "tables", "--epsilon", "3", "--out", str(tables)).exit_code == 0
        assert tables.read_text().startswith("table,category,count,margin95")
        refused = rihai("stats", "tables", "--epsilon", "2", "--out", str(tables))
        assert refused.exit_code == 1 and "budget" in refused.output

        for name in ("report.pdf", "report.xlsx"):
            assert rihai("stats", "report", "--out", str(tmp_path / name)).exit_code == 0
        assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
        assert rihai("stats", "report", "--out", str(tmp_path / "r.doc")).exit_code == 1
