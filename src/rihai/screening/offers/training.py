"""Fitting and evaluating the screening classifier (``classifier``), and the model screening uses.

Training needs the rule engine (its red-flag hits are features) and the synthetic corpus; the
classifier needs neither, so the rule engine and the classifier never import each other: the
caller hands ``engine.assess`` the model ``get_model`` returns.

Rebuild the shipped artifact with ``python -m rihai.screening.offers.training build``.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse

from .classifier import (
    ARTIFACT, N_FEATURES, SEED, ScreeningModel, codes_matrix, ngram_counts, tfidf, cache_path, current_model, model_version,
)
from .corpus import generate
from .engine import active_interactions, analyse, blend, sigmoid, validate
from .red_flags import feature_codes, ruleset

CORPUS_PER_TEMPLATE = 60


def featurise(texts: Iterable[str]) -> tuple[list[str], list[set[str]], list[float]]:
    """Working-copy text, active codes (incl. interactions) and rule logit per text."""
    rs = ruleset()
    norm_texts, code_sets, logits = [], [], []
    for t in texts:
        rr = analyse(validate(t))
        codes = set(rr.hits) | {i.code for i in active_interactions(set(rr.hits), rs)}
        norm_texts.append(rr.norm.text)
        code_sets.append(codes)
        logits.append(rr.logit)
    return norm_texts, code_sets, logits


def train(records: Sequence[dict], C: float = 4.0, _features=None) -> ScreeningModel:
    """Fit on records with "text" and "label" (1 = lure). Deterministic."""
    from sklearn.linear_model import LogisticRegression

    texts, code_sets, _ = _features or featurise(r["text"] for r in records)
    y = np.array([int(r["label"]) for r in records])
    tf = ngram_counts(texts)
    df = np.bincount(tf.indices, minlength=N_FEATURES)
    idf = (np.log((1 + len(texts)) / (1 + df)) + 1.0).astype(np.float32)
    codes = feature_codes()
    x = sparse.hstack([tfidf(tf, idf), codes_matrix(code_sets, codes)]).tocsr()
    lr = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=SEED)
    lr.fit(x, y)
    return ScreeningModel(model_version(), codes, idf, lr.coef_.ravel().astype(np.float32), float(lr.intercept_[0]))


def train_baseline(records: Sequence[dict], C: float = 4.0):
    """Plain word TF-IDF + logistic regression on the raw text, for comparison only."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                         LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=SEED))
    return pipe.fit([r["text"] for r in records], [int(r["label"]) for r in records])


def group_split(records: Sequence[dict], test_size: float = 0.3, seed: int = SEED) -> tuple[list[int], list[int]]:
    """Hold out whole templates; retries seeds until both classes are in the test side."""
    from sklearn.model_selection import GroupShuffleSplit

    groups = [r["group"] for r in records]
    y = [int(r["label"]) for r in records]
    for k in range(50):
        gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed + k)
        tr, te = next(gss.split(np.zeros(len(records)), y, groups))
        if len({y[i] for i in te}) == 2 and len({y[i] for i in tr}) == 2:
            return list(tr), list(te)
    raise RuntimeError("could not find a group split with both classes on each side")


def _metrics(y: np.ndarray, p: np.ndarray, threshold: float = 0.5) -> dict[str, float]:
    from sklearn.metrics import brier_score_loss, f1_score, precision_score, recall_score, roc_auc_score

    bands = ruleset().scoring["bands"]
    pred = (p >= threshold).astype(int)
    return {"precision": round(float(precision_score(y, pred, zero_division=0)), 4),
            "recall": round(float(recall_score(y, pred, zero_division=0)), 4),
            "f1": round(float(f1_score(y, pred, zero_division=0)), 4),
            "recall_at_medium": round(float(recall_score(y, (p >= bands["medium"]).astype(int), zero_division=0)), 4),
            "false_high_rate": round(float(((p >= bands["high"]) & (y == 0)).sum() / max(1, (y == 0).sum())), 4),
            "roc_auc": round(float(roc_auc_score(y, p)), 4),
            "brier": round(float(brier_score_loss(y, p)), 4)}


def evaluate(records: Sequence[dict] | None = None, test_size: float = 0.3, seed: int = SEED) -> dict:
    """Train on held-in templates, report metrics on held-out templates.

    Returns metrics (threshold 0.5) for: the combined risk (rules + model, as
    screen() computes it), the model alone, the rules alone, and the plain
    TF-IDF + LR baseline, all on the same held-out split.
    """
    records = list(records) if records is not None else generate(CORPUS_PER_TEMPLATE, seed=SEED)
    tr, te = group_split(records, test_size, seed)
    texts, code_sets, logits = featurise(r["text"] for r in records)
    pick = lambda seq, idx: [seq[i] for i in idx]  # noqa: E731
    train_recs = pick(records, tr)
    model = train(train_recs, _features=(pick(texts, tr), pick(code_sets, tr), pick(logits, tr)))
    base = train_baseline(train_recs)
    y = np.array([int(records[i]["label"]) for i in te])
    p_model = model.predict_proba(pick(texts, te), pick(code_sets, te))
    p_rules = np.array([sigmoid(logits[i]) for i in te])
    p_comb = np.array([blend(logits[i], float(pm)) for i, pm in zip(te, p_model)])
    p_base = base.predict_proba([records[i]["text"] for i in te])[:, 1]
    g_tr = sorted({records[i]["group"] for i in tr})
    g_te = sorted({records[i]["group"] for i in te})
    return {"n_train": len(tr), "n_test": len(te), "train_groups": g_tr, "test_groups": g_te,
            "group_overlap": sorted(set(g_tr) & set(g_te)),
            "combined": _metrics(y, p_comb), "model_only": _metrics(y, p_model), "rules_only": _metrics(y, p_rules),
            "baseline_tfidf_lr": _metrics(y, p_base)}


def evaluate_repeated(records: Sequence[dict] | None = None, n_splits: int = 10, test_size: float = 0.3) -> dict:
    """evaluate() over several group splits: mean and worst value of each metric."""
    records = list(records) if records is not None else generate(CORPUS_PER_TEMPLATE, seed=SEED)
    runs = [evaluate(records, test_size, seed=SEED + 1000 * k) for k in range(n_splits)]
    out: dict = {"n_splits": n_splits}
    for key in ("combined", "model_only", "rules_only", "baseline_tfidf_lr"):
        out[key] = {m: {"mean": round(float(np.mean([r[key][m] for r in runs])), 4),
                        "worst": round(float((max if m in ("brier", "false_high_rate") else min)(r[key][m] for r in runs)), 4)}
                    for m in runs[0][key]}
    return out


def build(path: Path = ARTIFACT) -> ScreeningModel:
    model = train(generate(CORPUS_PER_TEMPLATE, seed=SEED))
    model.save(path)
    return model


def get_model() -> ScreeningModel:
    """The model screening uses: the operator's or the shipped one when current (``classifier.current_model``),
    else one trained now and cached (no network ever)."""
    return current_model() or _trained_now()


@lru_cache(maxsize=1)
def _trained_now() -> ScreeningModel:
    try:
        return build(cache_path())
    except OSError:  # read-only home: keep the in-memory model only
        return train(generate(CORPUS_PER_TEMPLATE, seed=SEED))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        m = build()
        print(json.dumps({"artifact": str(ARTIFACT), "bytes": ARTIFACT.stat().st_size, "version": m.version}))
    print(json.dumps(evaluate(), indent=1))
