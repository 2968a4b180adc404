"""Batch path shape, corpus hygiene, group-aware split and model quality floor."""
import json
import re

from rihai.screening.offers.service import screen, screen_bulk, screen_records
from rihai.screening.offers.corpus import generate
from rihai.screening.offers.classifier import ARTIFACT, ScreeningModel, model_version
from rihai.screening.offers.training import evaluate, get_model, group_split


def test_screen_records_shape_and_json():
    recs = [{"id": "a", "text": "Customer service job in Thailand, no interview, WhatsApp only 0300-0000123"},
            {"id": "b", "text": ""}, {"id": "c", "text": "Electrician needed in Lahore, interview at head office"}]
    out = list(screen_records(recs))
    assert [o["id"] for o in out] == ["a", "b", "c"]
    json.dumps(out)
    a = out[0]
    # Three sourced red flags: flagged whatever the learned bands are this round ("high" needs the
    # risk above the point where 2% of genuine posts are, which moves as the corpus grows).
    assert a["band"] in ("medium", "high") and 0 <= a["risk"] <= 1
    flag = next(f for f in a["flags"] if f["code"] == "sea_destination")
    s, e = flag["spans"][0]
    assert recs[0]["text"][s:e] == "Thailand"
    inter = next(f for f in a["flags"] if f["code"] == "scam_role_in_sea")
    assert [recs[0]["text"][s:e] for s, e in inter["spans"]] == ["Customer service", "Thailand"]
    assert a["entities"]["phones"][0]["e164"] == "+923000000123"
    assert out[1]["risk"] is None and "empty" in out[1]["error"]
    assert out[2]["band"] == "low"


def test_bulk_matches_sequential():
    recs = [{"id": r["id"], "text": r["text"]} for r in generate(2, seed=7)]
    seq = list(screen_records(recs))
    par = list(screen_bulk(recs, workers=2, chunk_size=16))
    assert [(o["id"], o["risk"]) for o in seq] == [(o["id"], o["risk"]) for o in par]


def test_corpus_is_visibly_synthetic():
    recs = generate(10, seed=3)
    phones = 0
    for r in recs:
        assert r["synthetic"] is True
        for p in screen(r["text"], use_model=False).entities.phones:
            phones += 1
            assert p.e164.startswith("+923000000"), (p.e164, r["text"])  # 0300-0000xxx fiction block
        for e in re.findall(r"[\w.]+@([\w.]+)", r["text"]):
            assert e.rstrip(".").lower() in {"example.com", "example.org", "gmail.com", "yahoo.com"}
    assert phones > 50
    assert {r["lang"] for r in recs} >= {"en", "ur", "roman", "mixed"}


def test_group_split_has_no_template_overlap():
    recs = generate(5, seed=1)
    tr, te = group_split(recs)
    assert not ({recs[i]["group"] for i in tr} & {recs[i]["group"] for i in te})
    assert {recs[i]["label"] for i in te} == {0, 1}


def test_model_quality_on_held_out_templates():
    res = evaluate(generate(15, seed=11))
    assert res["group_overlap"] == []
    for key in ("combined", "model_only", "baseline_tfidf_lr"):
        assert res[key]["roc_auc"] >= 0.85, (key, res[key])
    assert res["combined"]["f1"] >= 0.85


def test_shipped_artifact_is_current_and_small():
    # Fails when red_flags.json / corpus.py changed without `python -m rihai.screening.offers.training build`.
    assert ARTIFACT.stat().st_size < 2_000_000
    assert ScreeningModel.load(ARTIFACT).version == model_version()


def test_shipped_model_loads_and_scores():
    m = get_model()
    p = m.predict_proba(["customer service job in thailand whatsapp only", "electrician interview at lahore office"],
                        [{"scam_role", "sea_destination"}, {"interview_process"}])
    assert p[0] > p[1]
