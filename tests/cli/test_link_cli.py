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


# ---- lists that cannot be shared in clear: rihai link secret | encode, and encoded linking ----

def _people(path, rows):
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["unique_id", "first_name", "surname", "dob", "phone", "city"])
        w.writerows(rows)


def test_encode_and_link_encoded_lists(tmp_path):
    runner = CliRunner()
    key = tmp_path / "partner.key"
    r = runner.invoke(app, ["link", "secret", "--out", str(key)], catch_exceptions=False)
    assert r.exit_code == 0 and key.read_bytes().strip().decode() not in r.output
    _people(tmp_path / "a.csv", ROWS[:3] + ROWS[10:])
    _people(tmp_path / "b.csv", [ROWS[1], ROWS[3]])
    for name in ("a", "b"):
        r = runner.invoke(app, ["link", "encode", "--secret-file", str(key), "--in",
                                str(tmp_path / f"{name}.csv"), "--out", str(tmp_path / f"{name}.clk.json")],
                          catch_exceptions=False)
        assert r.exit_code == 0, r.output
        assert "Yousaf" not in (tmp_path / f"{name}.clk.json").read_text()
    out = tmp_path / "pairs.csv"
    r = runner.invoke(app, ["link", "--left", str(tmp_path / "a.clk.json"), "--right",
                            str(tmp_path / "b.clk.json"), "--out", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open()))
    assert list(rows[0]) == ["unique_id_l", "unique_id_r", "match_probability"]
    found = {(x["unique_id_l"], x["unique_id_r"]) for x in rows}
    assert ("1", "2") in found or ("2", "2") in found
    assert ("3", "4") in found


def test_encoded_lists_with_other_secrets_are_refused(tmp_path):
    runner = CliRunner()
    _people(tmp_path / "a.csv", ROWS[:3])
    for name in ("a", "b"):
        runner.invoke(app, ["link", "secret", "--out", str(tmp_path / f"{name}.key")])
        r = runner.invoke(app, ["link", "encode", "--secret-file", str(tmp_path / f"{name}.key"),
                                "--in", str(tmp_path / "a.csv"), "--out", str(tmp_path / f"{name}.clk.json")])
        assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["link", "--left", str(tmp_path / "a.clk.json"), "--right",
                            str(tmp_path / "b.clk.json"), "--out", str(tmp_path / "p.csv")])
    assert r.exit_code == 1 and "different secrets or schemas" in r.output
    assert not (tmp_path / "p.csv").exists()


def test_a_world_readable_secret_is_refused_and_never_printed(tmp_path):
    key = tmp_path / "partner.key"
    key.write_text("a-test-secret-that-is-long-enough\n")
    key.chmod(0o644)
    _people(tmp_path / "a.csv", ROWS[:3])
    r = CliRunner().invoke(app, ["link", "encode", "--secret-file", str(key), "--in",
                                 str(tmp_path / "a.csv"), "--out", str(tmp_path / "a.clk.json")])
    assert r.exit_code == 1 and "chmod 600" in r.output
    assert "a-test-secret" not in r.output and not (tmp_path / "a.clk.json").exists()


def test_an_encoded_list_does_not_link_with_a_clear_one(tmp_path):
    runner = CliRunner()
    runner.invoke(app, ["link", "secret", "--out", str(tmp_path / "k")])
    _people(tmp_path / "a.csv", ROWS[:3])
    runner.invoke(app, ["link", "encode", "--secret-file", str(tmp_path / "k"), "--in",
                        str(tmp_path / "a.csv"), "--out", str(tmp_path / "a.clk.json")])
    r = runner.invoke(app, ["link", "--left", str(tmp_path / "a.clk.json"), "--right",
                            str(tmp_path / "a.csv"), "--out", str(tmp_path / "p.csv")])
    assert r.exit_code == 1 and "another encoded list" in r.output


def test_explain_prints_each_columns_use_and_the_threshold_never_a_value(tmp_path):
    left = tmp_path / "people.csv"
    with left.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["unique_id", "first_name", "surname", "dob", "phone", "city", "full_name", "batch"])
        w.writerows(r + (f"{r[1]} {r[2]}", "SYNTHETIC") for r in ROWS)
    out = tmp_path / "pairs.csv"
    r = CliRunner().invoke(app, ["link", "--left", str(left), "--out", str(out), "--explain"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    lines = {line.split()[0]: line for line in r.output.splitlines() if line.strip()}
    assert "ignored (redundant with first_name + surname)" in lines["full_name"]
    assert "ignored (constant)" in lines["batch"]
    assert "compared" in lines["surname"] and "compared" in lines["dob"]
    assert "threshold: match probability >= 0.5" in r.output
    assert not any(v in r.output for v in ("Muhammad", "Yousaf", "Rawalpindi", "03001234567"))
