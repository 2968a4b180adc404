"""``rihai networks import-watchlist`` and ``rihai networks build`` on a demo database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for

from rihai.networks.models import NetworkRecord, Watchlist


@pytest.fixture
def rihai(tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for("sqlite", tmp_path) as cli:
        yield cli


def test_import_a_watchlist_then_build(rihai, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert rihai("demo", "--cases", "30", "--no-serve", "--seed", "5").exit_code == 0
    sheet = tmp_path / "wanted.csv"
    sheet.write_text("name,aliases,phones,licence\nTest Smuggler (TEST),Thai wala,0300-1110000,\n", "utf-8")
    out = rihai("networks", "import-watchlist", str(sheet), "--name", "Most wanted (TEST)", "--published")
    assert out.exit_code == 0, out.output
    assert "1 rows (published)" in out.output
    built = rihai("networks", "build")
    assert built.exit_code == 0, built.output
    assert "added" in built.output and "Test Smuggler" not in built.output
    with rihai.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Watchlist)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(NetworkRecord).where(
            NetworkRecord.source == "watchlist")) == 1
    assert rihai("networks", "import-watchlist", str(tmp_path / "missing.csv"), "--name", "x").exit_code == 1
