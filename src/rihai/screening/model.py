"""Learned component: char n-gram TF-IDF + indicator hits -> logistic regression.

The model complements the hand-weighted rules (it sees spelling variants and
phrasing the regexes miss); it never replaces them: engine.blend() clips its
logit and mixes it with the rule logit.

The shipped artifact (data/model.npz, plain numpy arrays, no pickle) is
rebuilt with ``python -m rihai.screening.model build``; if it is missing or was
built for another indicators version, the model is retrained from the
synthetic corpus (fixed seed, a few seconds) and cached in the user cache dir.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse

SEED = 20261123
CORPUS_PER_TEMPLATE = 60
N_FEATURES = 2**16
NGRAMS = (3, 4)
# Only the head of very long posts feeds the n-gram model: cost is linear in length.
MODEL_CHARS = 2000
CODE_SCALE = 0.5  # indicator features are binary; keep them on the TF-IDF scale
ARTIFACT = Path(__file__).parent / "data" / "model.npz"


_WS = re.compile(r"\s+")
_MIX = np.uint64(1_000_003)


def _tf(texts: Sequence[str]) -> sparse.csr_matrix:
    """Hashed character 3- and 4-gram counts (sublinear), vectorised with numpy.

    Equivalent in spirit to sklearn's HashingVectorizer(analyzer="char") but
    ~10x faster, because n-grams are hashed as rolling polynomials over the
    whole batch instead of being built as Python strings. Texts are joined
    with NUL separators and any n-gram touching a NUL is discarded.
    """
    padded = [" " + _WS.sub(" ", t[:MODEL_CHARS].lower().replace("\x00", " ")) + " " for t in texts]
    joined = "\x00".join(padded)
    a = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    lens = np.fromiter((len(t) + 1 for t in padded), dtype=np.int64, count=len(padded))
    row_of = np.repeat(np.arange(len(padded), dtype=np.int64), lens)[: len(a)]
    zeros = np.concatenate([[0], np.cumsum(a == 0)])
    rows, cols = [], []
    for n in range(NGRAMS[0], NGRAMS[1] + 1):
        m = len(a) - n + 1
        if m <= 0:
            continue
        h = np.full(m, np.uint64(n), dtype=np.uint64)
        for k in range(n):
            h = h * _MIX + a[k:k + m]
        h ^= h >> np.uint64(29)
        keep = (zeros[n:n + m] - zeros[:m]) == 0
        rows.append(row_of[:m][keep])
        cols.append((h[keep] % np.uint64(N_FEATURES)).astype(np.int64))
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    keys, counts = np.unique(r * N_FEATURES + c, return_counts=True)  # sorted by (row, col)
    r, c = keys // N_FEATURES, keys % N_FEATURES
    data = 1.0 + np.log(counts.astype(np.float32))  # sublinear tf: 20 repeats are not 20x the evidence
    indptr = np.searchsorted(r, np.arange(len(padded) + 1))
    return sparse.csr_matrix((data, c, indptr), shape=(len(padded), N_FEATURES))


def _tfidf(tf: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    # Scaled in place on the non-zeros: no diagonal matrices, no scikit-learn at scoring time.
    rows = np.repeat(np.arange(tf.shape[0]), np.diff(tf.indptr))
    data = tf.data * idf[tf.indices]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=tf.shape[0]))
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(((data / norms[rows]).astype(np.float32), tf.indices, tf.indptr), shape=tf.shape)


def _codes_matrix(code_sets: Sequence[Iterable[str]], codes: Sequence[str]) -> sparse.csr_matrix:
    index = {c: i for i, c in enumerate(codes)}
    rows, cols = [], []
    for r, cs in enumerate(code_sets):
        for c in cs:
            j = index.get(c)
            if j is not None:
                rows.append(r)
                cols.append(j)
    data = np.full(len(rows), CODE_SCALE, dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(code_sets), len(codes)))


@lru_cache(maxsize=1)
def model_version() -> str:
    """Changes whenever the rules file or the corpus generator changes, so a
    stale artifact is never used with features it was not trained on."""
    from .indicators import ruleset

    here = Path(__file__).parent
    digest = hashlib.sha256()
    for f in ("data/indicators.json", "data/gazetteer.json", "corpus.py", "normalise.py", "entities.py", "phones.py", "engine.py",
              "indicators.py", "model.py"):
        f = here / f
        digest.update(f.read_bytes())
    return f"lr-npchar{NGRAMS[0]}{NGRAMS[1]}-h{N_FEATURES}-rules{ruleset().version}-{digest.hexdigest()[:10]}-seed{SEED}"


@dataclass
class ScreeningModel:
    version: str
    codes: list[str]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float

    def decision(self, texts: Sequence[str], code_sets: Sequence[Iterable[str]]) -> np.ndarray:
        x = _tfidf(_tf(texts), self.idf)
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        z = np.bincount(rows, weights=x.data * self.coef[x.indices], minlength=x.shape[0]).astype(np.float64)
        index = self._code_index()
        code_coef = self.coef[N_FEATURES:]
        z += np.array([CODE_SCALE * sum(float(code_coef[index[c]]) for c in cs if c in index) for cs in code_sets])
        return z + self.intercept

    def _code_index(self) -> dict[str, int]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = self.__dict__["_idx"] = {c: i for i, c in enumerate(self.codes)}
        return idx

    def predict_proba(self, texts: Sequence[str], code_sets: Sequence[Iterable[str]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.decision(texts, code_sets)))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez_compressed(tmp, idf=self.idf.astype(np.float16), coef=self.coef.astype(np.float32),
                            intercept=np.array([self.intercept]), meta=np.array(json.dumps({"version": self.version, "codes": self.codes})))
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> "ScreeningModel":
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            return cls(meta["version"], meta["codes"], z["idf"].astype(np.float32), z["coef"].astype(np.float32),
                       float(z["intercept"][0]))


def featurise(texts: Iterable[str]) -> tuple[list[str], list[set[str]], list[float]]:
    """Working-copy text, active codes (incl. interactions) and rule logit per text."""
    from .engine import active_interactions, analyse, validate
    from .indicators import ruleset

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

    from .indicators import feature_codes

    texts, code_sets, _ = _features or featurise(r["text"] for r in records)
    y = np.array([int(r["label"]) for r in records])
    tf = _tf(texts)
    df = np.bincount(tf.indices, minlength=N_FEATURES)
    idf = (np.log((1 + len(texts)) / (1 + df)) + 1.0).astype(np.float32)
    codes = feature_codes()
    x = sparse.hstack([_tfidf(tf, idf), _codes_matrix(code_sets, codes)]).tocsr()
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

    from .indicators import ruleset

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
    from .corpus import generate
    from .engine import blend, sigmoid

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
    from .corpus import generate

    records = list(records) if records is not None else generate(CORPUS_PER_TEMPLATE, seed=SEED)
    runs = [evaluate(records, test_size, seed=SEED + 1000 * k) for k in range(n_splits)]
    out: dict = {"n_splits": n_splits}
    for key in ("combined", "model_only", "rules_only", "baseline_tfidf_lr"):
        out[key] = {m: {"mean": round(float(np.mean([r[key][m] for r in runs])), 4),
                        "worst": round(float((max if m in ("brier", "false_high_rate") else min)(r[key][m] for r in runs)), 4)}
                    for m in runs[0][key]}
    return out


def _cache_path() -> Path:
    root = os.environ.get("RIHAI_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    base = Path(root) if os.environ.get("RIHAI_CACHE_DIR") else Path(root) / "rihai"
    return base / f"screening-{model_version()}.npz"


def build(path: Path = ARTIFACT) -> ScreeningModel:
    from .corpus import generate

    model = train(generate(CORPUS_PER_TEMPLATE, seed=SEED))
    model.save(path)
    return model


# A model retrained by the operator on their own labelled data (``rihai screen train``), chosen
# with the RIHAI_SCREENING_MODEL_FILE setting; used instead of the shipped artifact when current.
_operator_model: Path | None = None


def use_model_file(path: Path | None) -> None:
    global _operator_model
    _operator_model = path
    get_model.cache_clear()


@lru_cache(maxsize=1)
def get_model() -> ScreeningModel:
    """Operator's model if set and current, else the shipped artifact if current, else cached
    retrain, else train now (no network ever)."""
    want = model_version()
    for path in (*([_operator_model] if _operator_model else []), ARTIFACT, _cache_path()):
        if path.exists():
            try:
                m = ScreeningModel.load(path)
            except (OSError, ValueError, KeyError):
                continue
            if m.version == want:
                return m
    path = _cache_path()
    try:
        return build(path)
    except OSError:  # read-only home: keep the in-memory model only
        from .corpus import generate

        return train(generate(CORPUS_PER_TEMPLATE, seed=SEED))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        m = build()
        print(json.dumps({"artifact": str(ARTIFACT), "bytes": ARTIFACT.stat().st_size, "version": m.version}))
    print(json.dumps(evaluate(), indent=1))
