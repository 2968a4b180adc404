"""``rihai networks resolve``: the documented output lines, bad input reported by line number and
skipped (never quoting a value), unknown fields named once, a non-zero exit only when nothing
could be read, and no file written but the one asked for."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rihai.cli import app

SECRET_NAME = "Test Secret Recruiter"
LINES = [
    json.dumps({"record_id": "c1", "source": "case", "agency": "Test NGO", "date": "2025-01-02", "colour": "red",
                "people": [{"ref": "r", "name": SECRET_NAME, "phones": ["0300-1234567"], "shoe_size": 9},
                           {"ref": "v", "name": "Test Victim", "role": "victim"}], "licences": ["OEP 0696/RWP"]}),
    "{not json at all",
    json.dumps({"people": [{"ref": "x", "name": SECRET_NAME}]}),
    json.dumps({"record_id": "c2", "people": "03001234567"}),
    "",
    json.dumps({"record_id": "t1", "colour": "blue", "people": [{"ref": "a", "name": "محمد", "phones": ["+92 300 1234567"]}]}),
    json.dumps({"record_id": "c1", "people": []}),
]


def run(*args, input=None):
    return CliRunner().invoke(app, ["networks", "resolve", *args], input=input, catch_exceptions=False)


def test_resolves_good_lines_reports_bad_ones_by_number_and_names_unknown_fields_once(tmp_path):
    src, out = tmp_path / "records.jsonl", tmp_path / "mentions.jsonl"
    src.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    result = run("--in", str(src), "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [list(r) for r in rows] == [["record_id", "ref", "entity_id", "network_id", "probability"]] * 3
    assert {(r["record_id"], r["ref"]) for r in rows} == {("c1", "r"), ("c1", "v"), ("t1", "a")}
    by = {(r["record_id"], r["ref"]): r for r in rows}
    assert by[("c1", "r")]["network_id"] == by[("t1", "a")]["network_id"]
    err = result.output
    assert "line 2: not valid JSON" in err and "line 3: record_id is missing" in err
    assert "line 4: people is missing or is not a list" in err and "line 7: the record_id of line 1 again" in err
    assert err.count("'colour'") == 1 and err.count("'people.shoe_size'") == 1
    assert SECRET_NAME not in err and "0300" not in err and "1234567" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions.jsonl", "records.jsonl"]


def test_nothing_readable_is_an_error_and_writes_nothing(tmp_path):
    src, out = tmp_path / "records.jsonl", tmp_path / "mentions.jsonl"
    src.write_text("{broken\n[1, 2]\n", encoding="utf-8")
    result = run("--in", str(src), "--out", str(out))
    assert result.exit_code != 0
    assert "no record could be read from 2 line(s)" in result.output
    assert not out.exists()
    missing = run("--in", str(tmp_path / "nope.jsonl"), "--out", str(out))
    assert missing.exit_code != 0 and "does not exist" in missing.output


def test_standard_streams_and_a_callers_generic_number(tmp_path):
    lines = "\n".join(json.dumps({"record_id": f"r{i}", "people": [{"ref": "p", "name": f"Test Person {i}", "phones": ["0300 7654321"]}]})
                      for i in range(2))
    result = run("--in", "-", "--out", "-", "--generic", "phone:0300-7654321", input=lines)
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert len(rows) == 2 and rows[0]["network_id"] != rows[1]["network_id"]
    bad = run("--in", "-", "--out", "-", "--generic", "nonsense", input=lines)
    assert bad.exit_code != 0 and "KIND:VALUE" in bad.output


def test_possible_matches_are_written_only_when_asked_and_name_nobody(tmp_path):
    cons = "bdfgjklmnprstz"
    records = [{"record_id": "n1", "places": ["Gujrat"], "people": [{"ref": "a", "name": "Qasim Zulfiqar Testwala"}]},
               {"record_id": "n2", "places": ["Gujrat"], "people": [{"ref": "a", "name": "Kasim Zulfikar Testwala"}]}]
    towns = ["Multan", "Quetta", "Peshawar", "Karachi", "Sukkur", "Lahore"]  # a place shared by all says nothing
    records += [{"record_id": f"z{i}", "places": [towns[i % 6]],
                 "people": [{"ref": "a", "name": f"Ta{cons[i % 14]}a{cons[i // 14]}ar Fi{cons[i // 14]}o{cons[i % 14]}ul"}]}
                for i in range(30)]
    src, out, possible = tmp_path / "records.jsonl", tmp_path / "mentions.jsonl", tmp_path / "possible.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run("--in", str(src), "--out", str(out), "--possible", str(possible))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in possible.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"a": {"record_id": "n1", "ref": "a"}, "b": {"record_id": "n2", "ref": "a"},
                     "probability": rows[0]["probability"], "evidence": ["name", "place"]}]
    assert 0.5 <= rows[0]["probability"] <= 0.95
    assert "Testwala" not in possible.read_text(encoding="utf-8") and "1 possible match(es) for review" in result.output
    mentions = {(r["record_id"], r["ref"]): r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert mentions[("n1", "a")]["entity_id"] != mentions[("n2", "a")]["entity_id"]  # offered, not merged
    (tmp_path / "possible.jsonl").unlink()
    assert run("--in", str(src), "--out", str(out)).exit_code == 0
    assert not possible.exists()
