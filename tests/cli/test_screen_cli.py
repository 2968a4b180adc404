"""``rihai screen``: one offer, bulk JSONL (bad lines reported, not fatal), and retraining."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from rihai.cli import app

LURE = ("Customer service job in Thailand, salary 1500$, visa+ticket free, no experience no interview, "
        "contact WhatsApp only 03OO-l234567, limited seats")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"}, catch_exceptions=False)


def test_one_offer_as_json():
    r = run("screen", LURE, "--json")
    assert r.exit_code == 0, r.output
    body = json.loads(r.output)
    assert body["band"] == "high" and body["entities"]["phones"][0]["e164"] == "+923001234567"


def test_empty_offer_is_a_clear_error():
    r = run("screen", "   ")
    assert r.exit_code == 1


def test_bulk_jsonl_with_a_bad_line(tmp_path):
    src = tmp_path / "posts.jsonl"
    lines = [json.dumps({"id": "a", "text": LURE}), "this is not json",
             json.dumps({"id": "b", "text": "Electrician for Riyadh, OEP licence 0696/RWP, interview in Rawalpindi"}),
             json.dumps({"id": "c", "text": ""})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    r = run("screen", "--in", str(src), "--out", str(out), "--workers", "2")
    assert r.exit_code == 0, r.output
    results = {rec["id"]: rec for rec in map(json.loads, out.read_text().splitlines())}
    assert set(results) == {"a", "b", "c", "line-2"}
    assert results["a"]["band"] == "high" and {f["code"] for f in results["a"]["flags"]} >= {"no_interview"}
    assert "error" in results["line-2"] and "error" in results["c"]
    assert results["a"]["flags"][0]["spans"]


def test_train_on_labelled_data(tmp_path):
    from rihai.screening.offers.corpus import generate

    data = tmp_path / "labelled.jsonl"
    data.write_text("\n".join(json.dumps({"text": r["text"], "label": r["label"]})
                              for r in generate(per_template=6, seed=3)), encoding="utf-8")
    model = tmp_path / "model.npz"
    r = run("screen", "train", "--data", str(data), "--model-out", str(model), "--no-with-builtin")
    assert r.exit_code == 0, r.output
    assert model.exists() and "ROC-AUC" in r.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "x"}) + "\n")
    assert run("screen", "train", "--data", str(bad)).exit_code == 1


def test_screen_starts_without_the_rest_of_the_command():
    """``rihai screen "…"`` imports only its own stack: a person waiting on one offer does not pay for
    tracing's linkage, the networks domain or the web app."""
    import subprocess
    import sys

    code = ("import sys\nsys.argv = ['rihai', 'screen', sys.argv[1], '--json']\nfrom rihai.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('rihai.tracing', 'rihai.networks', 'rihai.app', 'splink') if m in sys.modules))")
    import os

    done = subprocess.run([sys.executable, "-c", code, LURE], capture_output=True, text=True, timeout=60, check=True,
                          env={**os.environ, "COLUMNS": "200"})
    *answer, loaded = done.stdout.strip().splitlines()
    assert json.loads("\n".join(answer))["band"] == "high"
    assert loaded == "[]"


def test_the_light_screen_command_is_the_full_apps():
    from click.testing import CliRunner as ClickRunner

    from rihai.cli import light_command

    light = ClickRunner().invoke(light_command(["screen"]), [LURE, "--json"], env={"COLUMNS": "200"})
    full = run("screen", LURE, "--json")
    assert light.exit_code == full.exit_code == 0 and json.loads(light.output) == json.loads(full.output)
    assert light_command(["serve"]) is None and light_command([]) is None
