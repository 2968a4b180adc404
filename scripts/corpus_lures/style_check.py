"""Does anything other than content separate the two halves of the job-offer corpus?

Prints, per language, a markdown table of how often lures and genuine items carry surface features that must
not be a label cue (emoji, a phone number, an e-mail address, a web address, an exclamation mark, several lines,
length, the share of capital letters), a grouped 5-fold AUC of a classifier on those features alone, then a
grouped 5-fold TF-IDF +
logistic-regression AUC and the words that weigh most on each side. A high AUC driven by content words
(fee, visa, advance / apply, website, CV) is expected; one driven by spelling, emoji or layout means the
halves were written differently and should be evened out before a scorer is trusted on them.

With --screener it also scores both halves with the screener in src/ (rihai.screening.offers.service.screen,
which was not trained on this corpus) and prints ROC-AUC and lure recall at the 90th percentile of genuine
scores, per language: a reference point, not a grouped evaluation.

Run: PYTHONPATH=src python scripts/corpus_lures/style_check.py [--screener] [lures.jsonl] [genuine.jsonl]
"""
from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|pk|org|net|gov|ae|sa|qa|my|uk)\b", re.I)
# Share of items that carry each feature; none of them may be a label cue.
FEATURES = {
    "emoji": lambda t: any(ord(c) >= 0x2600 for c in t),
    "phone": lambda t: bool(re.search(r"0000\d{2,3}|555", t)),
    "email": lambda t: bool(EMAIL.search(t)),
    "url": lambda t: bool(URL.search(EMAIL.sub(" ", t))),  # a web address, not the domain of an e-mail
    "exclaim": lambda t: "!" in t,
    "multiline": lambda t: "\n" in t,
}


def capitals(text: str) -> float:
    """Share of Latin letters that are capitals (shouting, headings); 0 for text with no Latin letters."""
    latin = [c for c in text if c.isascii() and c.isalpha()]
    return sum(c.isupper() for c in latin) / len(latin) if latin else 0.0


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def surface(lures: list[dict], genuine: list[dict]) -> None:
    """One row per language and feature: the lure value next to the genuine value."""
    print("| language | n lure / genuine | feature | lure | genuine |")
    print("|---|---|---|---|---|")
    for lang in ("en", "ur", "ur-Latn"):
        lt = [r["text"] for r in lures if r["language"] == lang]
        gt = [r["text"] for r in genuine if r["language"] == lang]
        n = f"{len(lt)} / {len(gt)}"
        print(f"| {lang} | {n} | median length (chars) | {statistics.median(map(len, lt)):.0f} | {statistics.median(map(len, gt)):.0f} |")
        for name, has in FEATURES.items():
            print(f"| {lang} | {n} | {name} share | {sum(map(has, lt)) / len(lt):.2f} | {sum(map(has, gt)) / len(gt):.2f} |")
        print(f"| {lang} | {n} | capitals (mean share of Latin letters) | {statistics.mean(map(capitals, lt)):.3f} | "
              f"{statistics.mean(map(capitals, gt)):.3f} |")


def style_only(lures: list[dict], genuine: list[dict]) -> None:
    """Grouped 5-fold AUC of a classifier that sees ONLY the surface features above (no words): near 0.5
    means style does not give the label away; well above it means a scorer could learn the shortcut."""
    import math

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    rows = lures + genuine
    y = np.array([1] * len(lures) + [0] * len(genuine))
    langs = np.array([r["language"] for r in rows])
    x = np.array([[float(has(r["text"])) for has in FEATURES.values()]
                  + [math.log(len(r["text"])), capitals(r["text"])]
                  + [float(r["language"] == lang) for lang in ("ur", "ur-Latn")] for r in rows])
    scores = np.zeros(len(rows))
    for train, test in GroupKFold(5).split(x, y, [r["group"] for r in rows]):
        scores[test] = LogisticRegression(max_iter=2000).fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    by_lang = {lang: round(roc_auc_score(y[langs == lang], scores[langs == lang]), 3) for lang in ("en", "ur", "ur-Latn")}
    print(f"grouped style-only LR AUC {roc_auc_score(y, scores):.3f} {by_lang}")


def grouped_tfidf(lures: list[dict], genuine: list[dict]) -> None:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    rows = lures + genuine
    y = np.array([1] * len(lures) + [0] * len(genuine))
    groups = np.array([r["group"] for r in rows])
    texts = [r["text"] for r in rows]
    langs = np.array([r["language"] for r in rows])
    scores = np.zeros(len(rows))
    for train, test in GroupKFold(5).split(texts, y, groups):  # never one source on both sides
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        model = LogisticRegression(C=4, max_iter=2000).fit(vec.fit_transform([texts[i] for i in train]), y[train])
        scores[test] = model.predict_proba(vec.transform([texts[i] for i in test]))[:, 1]
    by_lang = {lang: round(roc_auc_score(y[langs == lang], scores[langs == lang]), 3) for lang in ("en", "ur", "ur-Latn")}
    print(f"grouped TF-IDF+LR AUC {roc_auc_score(y, scores):.3f} {by_lang}")
    vec = TfidfVectorizer(min_df=3, sublinear_tf=True)
    model = LogisticRegression(C=4, max_iter=2000).fit(vec.fit_transform(texts), y)
    names, coef = np.array(vec.get_feature_names_out()), model.coef_[0]
    print("lure side:   ", " ".join(names[np.argsort(-coef)[:30]]))
    print("genuine side:", " ".join(names[np.argsort(coef)[:30]]))


def screener(lures: list[dict], genuine: list[dict]) -> None:
    from sklearn.metrics import roc_auc_score

    from rihai.screening.offers.service import screen

    for lang in ("en", "ur", "ur-Latn"):
        pos = [screen(r["text"]).risk for r in lures if r["language"] == lang]
        neg = sorted(screen(r["text"]).risk for r in genuine if r["language"] == lang)
        threshold = neg[int(0.9 * len(neg))]  # at most 10% of genuine items score above it
        recall = sum(x > threshold for x in pos) / len(pos)
        auc = roc_auc_score([1] * len(pos) + [0] * len(neg), pos + neg)
        print(f"screener {lang:8s} AUC {auc:.3f}  lure recall at <=10% false alarms {recall:.2f}")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--screener"]
    folder = ROOT / "data" / "job_offers"
    lures = _rows(Path(args[0]) if args else folder / "lures.jsonl")
    genuine = _rows(Path(args[1]) if len(args) > 1 else folder / "genuine.jsonl")
    surface(lures, genuine)
    style_only(lures, genuine)
    grouped_tfidf(lures, genuine)
    if "--screener" in sys.argv:
        screener(lures, genuine)


if __name__ == "__main__":
    main()
