"""The learned scorer (issue 15): weights fitted on labelled offers with their signs fixed by the
sources, calibrated inside the training data, bands set at a false-alarm rate on genuine posts; and
what it must and must not flag. Texts are synthetic; the corpus here is a tiny, visibly fake fixture
(tests/screening/offers/fake_job_offers), never the real one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rihai.screening.offers import learn
from rihai.screening.offers.red_flags import LEARNED_FILE, read_learned, ruleset
from rihai.screening.offers.service import screen

FAKE = Path(__file__).parent / "fake_job_offers"
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("text", [
    "Need 2 helpers for a shop in Faisalabad, 25,000 a month, contact on WhatsApp 0300-0000123",
    "فیصل آباد کی دکان کے لیے دو ہیلپر چاہئیں، تنخواہ پچیس ہزار، واٹس ایپ 0300-0000123",
    "Faisalabad dukaan ke liye 2 helper chahiye, tankhwah 25,000, WhatsApp 0300-0000123",
    "Data entry operator required in Dubai",
    "Example Contact Centre Co., Ltd. (Bangkok): customer service agents, salary 25,000 THB per month, "
    "office at 99 Example Road, Sukhumvit. Apply at careers@example.co.th",
])
def test_a_phone_a_destination_or_a_job_title_alone_is_not_risk(text):
    a = screen(text)
    assert a.band == "low", (a.risk, [f.code for f in a.red_flags])
    shown = {f.code for f in a.red_flags}
    assert not shown & {"messaging_contact", "personal_number_only"}  # context only: never a reason on its own


@pytest.mark.parametrize("text, code", [
    ("Congratulations, you have been shortlisted. Pay the interview slip fee of Rs 3,000 to confirm.", "interview_or_test_fee"),
    ("Saudi driver visa. First do your medical at our clinic, Rs 18,000 in cash.", "medical_fee_cash"),
    ("Deposit Rs 20,000 to process your file for the Malaysia factory job.", "file_deposit"),
    ("Document verification fee Rs 7,000 and security clearance fee Rs 10,000 before the visa.", "verification_clearance_fee"),
    ("Mubarak ho! Aap ka intikhab ho gaya hai, Qatar ki job, processing fee pehle jama karwain", "unsolicited_selection"),
    ("کمبوڈیا میں کمپیوٹر کا کام، سب کچھ کمپنی کرے گی، بس پاسپورٹ بنوا لیں", "vague_work_in_sea"),
    ("Typing job abroad, high salary, they arrange everything", "plain_computer_work"),
])
def test_fee_fraud_selection_and_plain_word_lures_are_flagged_with_reasons(text, code):
    a = screen(text)
    assert a.band in ("medium", "high"), (a.risk, [f.code for f in a.red_flags])
    flag = next(f for f in a.red_flags if f.code == code)
    assert flag.weight > 0 and flag.explanation_en and flag.explanation_ur and flag.sources and flag.spans


def test_shipped_weights_are_current_signed_and_say_where_they_came_from():
    doc = read_learned()
    assert doc is not None, "red_flags.json changed: run python -m rihai.screening.offers.learn build"
    assert doc["corpus"]["items"] >= 100 and doc["corpus"]["sha256"] and "learn build" in doc["command"]
    rs = ruleset()
    for code, w in doc["weights"].items():
        ind = rs.indicators.get(code)
        assert (w <= 0) if ind is not None and ind.kind == "reassuring" else (w >= 0), code
        assert ind is None or not ind.context, code
    assert rs.scoring["bands"]["medium"] < rs.scoring["bands"]["high"]
    assert LEARNED_FILE.stat().st_size < 50_000


def test_fit_keeps_signs_calibrates_and_sets_bands_on_genuine_posts():
    items = learn.load_corpus(FAKE)
    sets = learn.code_sets(i["text"] for i in items)
    y = [i["y"] for i in items]
    fitted = learn.fit(sets, y, [i["group"] for i in items])
    rs = ruleset()
    for code, w in fitted.weights.items():
        ind = rs.indicators.get(code)
        assert (w <= 0) if ind is not None and ind.kind == "reassuring" else (w >= 0)
    p = fitted.proba(sets)
    assert ((p > 0) & (p < 1)).all()
    assert np.mean(p[np.array(y) == 1]) > np.mean(p[np.array(y) == 0])
    genuine = p[np.array(y) == 0]
    assert (genuine >= fitted.bands["medium"]).mean() <= 0.5  # in-sample; out-of-fold it is set at 10%


def test_weights_move_towards_the_data_but_start_from_the_sourced_prior():
    rs = ruleset()
    prior = rs.indicators["upfront_fee"].prior
    b, w = learn.fit_weights([{"upfront_fee"}] * 10 + [set()] * 10, [1] * 10 + [0] * 10)
    assert w["upfront_fee"] > prior  # always a lure in the data: heavier
    b, w = learn.fit_weights([{"upfront_fee"}] * 10 + [set()] * 10, [0] * 10 + [1] * 10)
    assert 0 <= w["upfront_fee"] < prior  # contradicted: lighter, but never reassuring


def test_grouped_folds_never_split_a_group_and_the_locked_set_is_named_by_prefix():
    groups = [f"g{i // 3}" for i in range(90)]
    folds = learn.grouped_folds(groups, 5, seed=3)
    seen = [{groups[i] for i in f} for f in folds]
    assert sum(len(f) for f in folds) == 90
    assert all(not (a & b) for n, a in enumerate(seen) for b in seen[n + 1:])
    # the locked test set is the groups written for it (by writers who never saw the scorer), by prefix
    assert learn.is_locked("lk5-fia-story") and not learn.is_locked("story-1") and not learn.is_locked("x-lk5-story")
    assert not learn.is_locked("lk2-fia-story")  # the set scored in session 19's first round is development data now


def test_bench_runs_on_a_corpus_and_compares_the_three_scorers(tmp_path):
    out, plot = tmp_path / "real.json", tmp_path / "real.svg"
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "screening_real.py"), "--corpus-dir", str(FAKE), "--reps", "1",
                        "--folds", "2", "--boot", "20", "--out", str(out), "--plot", str(plot)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    rep = json.loads(out.read_text())
    assert set(rep["cv_dev"]) >= {"previous", "tfidf_lr", "new"}
    assert rep["locked_items"] + rep["dev_items"] == rep["corpus"]["items"] == 24
    assert rep["locked_items"] == 6  # the fixture's "lk2-" groups, scored once by scorers fitted on the rest
    assert {"new", "new_plus_phrases", "tfidf_lr"} <= set(rep["locked"])
    assert "roc_auc_ci95" in rep["cv_dev"]["new"]["all"] and rep["calibration_dev"]["new"]["reliability"]
    assert plot.read_text().startswith("<svg")


def test_bands_flag_at_most_their_share_of_every_language():
    """Pooled, a language whose genuine posts score higher takes more than its share of "medium";
    per language, none does (issue 15's target is per language)."""
    import numpy as np

    rng = np.random.default_rng(3)
    scores = np.concatenate([rng.uniform(0.0, 0.4, 200), rng.uniform(0.2, 0.6, 200)])
    langs = np.array(["en"] * 200 + ["ur"] * 200)
    pooled = learn.band_thresholds(scores)
    assert (scores[langs == "ur"] >= pooled["medium"]).mean() > 0.10
    per_language = learn.band_thresholds(scores, langs)
    for lang in ("en", "ur"):
        mine = scores[langs == lang]
        assert (mine >= per_language["medium"]).mean() <= 0.10
        assert (mine >= per_language["high"]).mean() <= 0.02
    # a language with too few genuine posts out of fold counts only in the pool: alone it would have
    # pushed both bands above its five posts
    few = learn.band_thresholds(np.append(scores, [0.99] * 5), np.append(langs, ["ps"] * 5))
    assert few["medium"] < 0.99 and few["high"] < 0.99
