"""The learned component at screening time: char n-gram TF-IDF + indicator hits -> logistic regression.

The model complements the hand-weighted rules (it sees spelling variants and
phrasing the regexes miss); it never replaces them: engine.blend() clips its
logit and mixes it with the rule logit.

This module only loads and scores a model; fitting and evaluating one is
``training`` (which imports this module, never the reverse). The shipped
artifact (data/model.npz, plain numpy arrays, no pickle) is rebuilt with
``python -m rihai.screening.offers.training build``; if it is missing or was
built for another red-flag table, ``training.get_model`` retrains it from the
synthetic corpus (fixed seed, a few seconds) and caches it in the user cache dir.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse

from .red_flags import ruleset

SEED = 20261123  # the training seed; part of the model version
N_FEATURES = 2**16
NGRAMS = (3, 4)
# Only the head of very long posts feeds the n-gram model: cost is linear in length.
MODEL_CHARS = 2000
CODE_SCALE = 0.5  # indicator features are binary; keep them on the TF-IDF scale
ARTIFACT = Path(__file__).parent / "data" / "model.npz"


_WS = re.compile(r"\s+")
_MIX = np.uint64(1_000_003)


def ngram_counts(texts: Sequence[str]) -> sparse.csr_matrix:
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


def tfidf(tf: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    # Scaled in place on the non-zeros: no diagonal matrices, no scikit-learn at scoring time.
    rows = np.repeat(np.arange(tf.shape[0]), np.diff(tf.indptr))
    data = tf.data * idf[tf.indices]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=tf.shape[0]))
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(((data / norms[rows]).astype(np.float32), tf.indices, tf.indptr), shape=tf.shape)


def codes_matrix(code_sets: Sequence[Iterable[str]], codes: Sequence[str]) -> sparse.csr_matrix:
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
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for f in ("data/red_flags.json", "data/gazetteer.json", "corpus.py", "normalise.py", "entities.py", "phones.py", "engine.py",
              "red_flags.py", "classifier.py", "training.py"):
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
        x = tfidf(ngram_counts(texts), self.idf)
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


def cache_path() -> Path:
    root = os.environ.get("RIHAI_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    base = Path(root) if os.environ.get("RIHAI_CACHE_DIR") else Path(root) / "rihai"
    return base / f"screening-{model_version()}.npz"


# A model retrained by the operator on their own labelled data (``rihai screen train``), chosen
# with the RIHAI_SCREENING_MODEL_FILE setting; used instead of the shipped artifact when current.
_operator_model: Path | None = None


def use_model_file(path: Path | None) -> None:
    global _operator_model
    _operator_model = path
    current_model.cache_clear()


@lru_cache(maxsize=1)
def current_model() -> ScreeningModel | None:
    """The operator's model if set and current, else the shipped artifact if current, else the one an
    earlier retrain cached; None when none was built for these rules (``training.get_model`` then
    trains one)."""
    want = model_version()
    for path in (*([_operator_model] if _operator_model else []), ARTIFACT, cache_path()):
        if path.exists():
            try:
                m = ScreeningModel.load(path)
            except (OSError, ValueError, KeyError):
                continue
            if m.version == want:
                return m
    return None
