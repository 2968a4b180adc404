"""``rihai networks import-watchlist``, ``rihai networks build`` and ``rihai networks export`` on a
demo database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for

import json

from pypdf import PdfReader

from rihai.access.models import AuditEvent
from rihai.networks.exports import verify_manifest
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


def test_export_as_a_user_checks_their_permission_and_is_audited(rihai, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert rihai("demo", "--cases", "30", "--no-serve", "--seed", "5").exit_code == 0
    sheet = tmp_path / "wanted.csv"
    sheet.write_text("name,phones\nTest Smuggler (TEST),0300-1110000\n", "utf-8")
    assert rihai("networks", "import-watchlist", str(sheet), "--name", "Wanted (TEST)", "--published").exit_code == 0
    assert rihai("networks", "build").exit_code == 0
    with rihai.session() as s:
        network = s.scalar(sa.select(NetworkRecord.network_id).where(NetworkRecord.source == "watchlist"))
    pdf = tmp_path / "pack.pdf"
    out = rihai("networks", "export", "--network", network, "--format", "evidence", "--lang", "ur",
                "--as", "demo.investigator", "--out", str(pdf), "--for", "Test Court (TEST)")
    assert out.exit_code == 0, out.output
    manifest = json.loads((tmp_path / "pack.pdf.manifest.json").read_text("utf-8"))
    assert PdfReader(str(pdf)).pages and manifest["lang"] == "ur"
    assert verify_manifest(manifest, pdf.read_bytes(), manifest["contents"]) == []
    assert "Test Smuggler" not in out.output
    ftm = tmp_path / "net.ftm.json"
    assert rihai("networks", "export", "--network", network, "--format", "ftm", "--as", "demo.investigator",
                 "--out", str(ftm)).exit_code == 0
    assert any(json.loads(line)["schema"] == "Person" for line in ftm.read_text("utf-8").splitlines())
    # A caseworker may not export; nothing is written.
    denied = rihai("networks", "export", "--network", network, "--format", "gexf", "--as", "demo.caseworker",
                   "--out", str(tmp_path / "no.gexf"))
    assert denied.exit_code == 1 and not (tmp_path / "no.gexf").exists()
    assert rihai("networks", "export", "--network", network, "--format", "pdf", "--as", "demo.investigator",
                 "--out", str(tmp_path / "x")).exit_code != 0
    with rihai.session() as s:
        tags = [t for t in s.scalars(sa.select(AuditEvent.tag).where(AuditEvent.tag.like("networks:%:export")))]
    assert tags.count("networks:evidence:export") == 2 and tags.count("networks:graph:export") == 1
