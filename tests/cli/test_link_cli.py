"""``rihai link``: the documented output columns, dedupe without --right, clear errors, and the
command's body writing only the file it was asked for."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from rihai.cli import app
from rihai.cli.link import run_link_cli
from rihai.tracing.linkage import PopulationGenerator

ROWS = [
    ("1", "Muhammad", "Yousaf", "1990-03-04", "03001234567", "Rawalpindi"),
    ("2", "Mohammad", "Yousuf", "1990-04-03", "0300-1234567", "Rawalpindi"),
    ("3", "Ayesha", "Bibi", "1995-01-01", "03111111111", "Lahore"),
    ("4", "Aisha", "Bibi", "1995-01-01", "", "Lahore"),
] + [(str(10 + i), f"Person{i}", f"Family{i}", f"19{60 + i % 40}-0{1 + i % 9}-1{i % 10}", f"0333{1000000 + i:07d}",
      ["Quetta", "Multan", "Sukkur", "Gilgit"][i % 4]) for i in range(60)]


def test_dedupe_writes_documented_columns(tmp_path):
    left = tmp_path / "people.csv"
    with left.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["unique_id", "first_name", "surname", "dob", "phone", "city"])
        w.writerows(ROWS)
    out = tmp_path / "pairs.csv"
    r = CliRunner().invoke(app, ["link", "--left", str(left), "--out", str(out), "--clusters"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open()))
    assert rows and list(rows[0]) == ["unique_id_l", "unique_id_r", "match_probability", "cluster_id"]
    pairs = {frozenset((x["unique_id_l"], x["unique_id_r"])) for x in rows if float(x["match_probability"]) > 0.5}
    assert frozenset(("1", "2")) in pairs


def test_missing_file_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(app, ["link", "--left", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "o.csv")])
    assert r.exit_code == 1 and "no such file" in r.output


@pytest.fixture(scope="module")
def lists():
    requests, records, truth = PopulationGenerator(seed=11).scenario(1500, 200)
    cols = ["unique_id", "full_name", "father_name", "dob", "cnic", "phone", "district"]
    return requests[cols], records[cols], truth


def test_run_link_cli_writes_only_the_output(lists, tmp_path):
    left, right, _ = lists
    left.to_csv(tmp_path / "a.csv", index=False)
    right.to_csv(tmp_path / "b.csv", index=False)
    (tmp_path / "c.json").write_text(json.dumps({"columns": {"district": "place"}}))
    said: list[str] = []
    n = run_link_cli(str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), str(tmp_path / "p.csv"),
                     clusters=True, config_path=str(tmp_path / "c.json"), threshold=0.5,
                     progress=said.append)
    out = pd.read_csv(tmp_path / "p.csv")
    assert n == len(out) > 0 and "cluster_id" in out.columns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv", "c.json", "p.csv"]
    assert any("blocking rules" in s for s in said)
