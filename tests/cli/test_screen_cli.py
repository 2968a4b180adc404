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
