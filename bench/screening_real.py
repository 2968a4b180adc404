"""How well the job-offer screener separates REAL lures from REAL genuine posts, printed as JSON.

Run:  .venv/bin/python bench/screening_real.py [--corpus-dir data/job_offers] [--out real.json] [--plot real.svg]

Evaluation that cannot flatter (issue 15):
* Splits are grouped by ``group`` (one source story): never the same story on both sides.
* A LOCKED test set (the groups named by ``learn.LOCKED_PREFIX``, written by writers who never saw the
  scorer, from sources not used before) was not read while anything was chosen; it is scored once, by
  scorers fitted on the dev groups only.
* On the dev groups: repeated grouped k-fold (default 5 × 5, different seeds). Everything learned
  (the red-flag weights, their Platt calibration, the TF-IDF baseline) is fitted inside the training
  folds only.
* Per language: ROC-AUC and recall at ≤ 10% false alarms on genuine posts, with bootstrap 95% CIs
  over groups; calibration as a reliability table and the Brier score (and an SVG plot, ``--plot``).
* Compared in the same run: (a) the previous screener exactly as it was (``--previous-ref``, run from a
  ``git archive`` of that commit), (b) TF-IDF (char 2-5 + word 1-2 n-grams) + logistic regression,
  (c) the new scorer (learned red-flag weights), (d) the new scorer blended with the synthetic
  text model, to decide whether that model earns its place, and (e) the new scorer blended with the
  TF-IDF model of (b) (not shipped; what a real-corpus text model would add), and (f) the new scorer
  stacked with the explainable phrase model (``phrases.py``: word 1-3-grams seen in >= 3 groups, strong
  L2; one LR over [indicator logit, phrase logit] fitted on inner out-of-fold logits), beside the phrase
  model alone and (f-add) the phrase logit added at a fixed weight 0.5 to the calibrated indicator logit.
  Since session 19 the text side of (f) is the wording: the phrase logit plus the word-part logit
  (``wordparts.py``), and (f) is bounded as the engine ships it (``new_plus_phrases_unbounded`` is not).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rihai.screening.offers import learn, phrases  # noqa: E402
from rihai.screening.offers.red_flags import build_ruleset, read_rules  # noqa: E402

PREVIOUS_REF = "aae6e1f"  # main before issue 15's new scorer
LANGS = ("en", "ur", "ur-Latn")
FPR_MAX = 0.10
MEDIUM = 0.35


def previous_scores(texts: list[str], ref: str) -> np.ndarray:
    """The previous screener's risk, run from that commit's source in a separate interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        code = ("import json,sys\nfrom rihai.screening.offers.batch import screen_records\n"
                "texts=json.load(sys.stdin)\n"
                "print(json.dumps([r['risk'] for r in screen_records({'id':i,'text':t} for i,t in enumerate(texts))]))")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src"), "RIHAI_CACHE_DIR": str(Path(tmp) / "cache")}
        out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), env=env, check=True,
                             capture_output=True, text=True).stdout
    return np.array(json.loads(out.strip().splitlines()[-1]), dtype=float)


def tfidf_lr_fit(texts: list[str], y: list[int]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    feats = make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1),
                       TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1))
    return make_pipeline(feats, LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")).fit(texts, y)


def blend_with_model(p_new: np.ndarray, p_model: np.ndarray, weight: float = 0.35, clip: float = 3.0) -> np.ndarray:
    lg = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6)))  # noqa: E731
    return 1 / (1 + np.exp(-(lg(p_new) + weight * np.clip(lg(p_model), -clip, clip))))


# --- metrics -----------------------------------------------------------------------------------

def auc(y: np.ndarray, s: np.ndarray) -> float:
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    gt = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(gt / (len(pos) * len(neg)))


def recall_at_fpr(y: np.ndarray, s: np.ndarray, fpr_max: float = FPR_MAX) -> float:
    """Share of lures at or above the lowest threshold that flags at most ``fpr_max`` of genuine
    posts (ties count against the scorer: a tied genuine post is a false alarm)."""
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    for t in np.unique(np.concatenate([pos, neg])):
        if (neg >= t).mean() <= fpr_max:
            return float((pos >= t).mean())
    return 0.0


def point_metrics(y: np.ndarray, s: np.ndarray) -> dict:
    return {"n": int(len(y)), "lures": int(y.sum()), "roc_auc": auc(y, s), "recall_at_fpr10": recall_at_fpr(y, s),
            "recall_at_medium": float((s[y == 1] >= MEDIUM).mean()) if y.sum() else float("nan"),
            "false_alarm_at_medium": float((s[y == 0] >= MEDIUM).mean()) if (y == 0).sum() else float("nan"),
            "brier": float(np.mean((s - y) ** 2))}


def bootstrap(y: np.ndarray, runs: list[np.ndarray], groups: np.ndarray, n_boot: int, seed: int) -> dict:
    """95% CIs: each replicate takes one repetition's scores and resamples whole groups."""
    rng = np.random.default_rng(seed)
    uniq = np.unique(groups)
    rows_of = {g: np.flatnonzero(groups == g) for g in uniq}
    aucs, recs = [], []
    for b in range(n_boot):
        s = runs[b % len(runs)]
        idx = np.concatenate([rows_of[g] for g in rng.choice(uniq, len(uniq), replace=True)])
        aucs.append(auc(y[idx], s[idx]))
        recs.append(recall_at_fpr(y[idx], s[idx]))
    ci = lambda v: [round(float(np.nanpercentile(v, 2.5)), 3), round(float(np.nanpercentile(v, 97.5)), 3)]  # noqa: E731
    return {"roc_auc_ci95": ci(aucs), "recall_at_fpr10_ci95": ci(recs)}


def summarise(y, langs, groups, runs: list[np.ndarray], n_boot: int) -> dict:
    out = {}
    for lang in ("all", *LANGS):
        m = np.ones(len(y), bool) if lang == "all" else langs == lang
        if not m.any():
            continue
        per_run = [point_metrics(y[m], r[m]) for r in runs]
        agg = {k: round(float(np.nanmean([p[k] for p in per_run])), 3) for k in per_run[0] if k not in ("n", "lures")}
        agg.update(n=per_run[0]["n"], lures=per_run[0]["lures"], groups=int(len(np.unique(groups[m]))))
        agg.update(bootstrap(y[m], [r[m] for r in runs], groups[m], n_boot, seed=17))
        out[lang] = agg
    return out


def reliability(y: np.ndarray, s: np.ndarray, bins: int = 10) -> list[dict]:
    edges = np.linspace(0, 1, bins + 1)
    rows = []
    for k in range(bins):
        m = (s >= edges[k]) & ((s < edges[k + 1]) if k < bins - 1 else (s <= 1))
        if m.any():
            rows.append({"bin": [round(edges[k], 2), round(edges[k + 1], 2)], "n": int(m.sum()),
                         "mean_predicted": round(float(s[m].mean()), 3), "observed_lure_share": round(float(y[m].mean()), 3)})
    return rows


def reliability_svg(tables: dict[str, list[dict]], path: Path) -> None:
    """A plain SVG reliability plot: predicted risk against the observed share of lures."""
    w, h, pad = 420, 420, 50
    colours = ["#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d68910"]
    xy = lambda px, py: (pad + px * (w - 2 * pad), h - pad - py * (h - 2 * pad))  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="11">',
             f'<rect width="{w}" height="{h}" fill="white"/>',
             f'<line x1="{xy(0, 0)[0]}" y1="{xy(0, 0)[1]}" x2="{xy(1, 1)[0]}" y2="{xy(1, 1)[1]}" stroke="#999" stroke-dasharray="4"/>',
             f'<rect x="{pad}" y="{pad}" width="{w - 2 * pad}" height="{h - 2 * pad}" fill="none" stroke="#333"/>',
             f'<text x="{w / 2}" y="{h - 12}" text-anchor="middle">predicted risk</text>',
             f'<text x="14" y="{h / 2}" transform="rotate(-90 14 {h / 2})" text-anchor="middle">observed share of lures</text>']
    for k in range(0, 11, 2):
        x0, y0 = xy(k / 10, 0)
        parts.append(f'<text x="{x0}" y="{y0 + 14}" text-anchor="middle">{k / 10:.1f}</text>')
        x1, y1 = xy(0, k / 10)
        parts.append(f'<text x="{x1 - 6}" y="{y1 + 4}" text-anchor="end">{k / 10:.1f}</text>')
    for n, (name, rows) in enumerate(tables.items()):
        c = colours[n % len(colours)]
        pts = [xy(r["mean_predicted"], r["observed_lure_share"]) for r in rows]
        parts.append(f'<polyline fill="none" stroke="{c}" stroke-width="2" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}"/>')
        parts += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="{2 + min(6, r["n"] ** 0.5 / 2):.1f}" fill="{c}"/>' for (a, b), r in zip(pts, rows)]
        parts.append(f'<text x="{pad + 8}" y="{pad + 16 + 14 * n}" fill="{c}">{name}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts), "utf-8")


def _no_nan(obj):
    if isinstance(obj, float) and obj != obj:
        return None
    if isinstance(obj, dict):
        return {k: _no_nan(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_no_nan(v) for v in obj]
    return obj


# --- the experiment ----------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus-dir", type=Path, default=Path(os.environ.get("RIHAI_JOB_OFFERS_DIR", ROOT / "data" / "job_offers")))
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--boot", type=int, default=1000)
    ap.add_argument("--previous-ref", default=PREVIOUS_REF)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--plot", type=Path)
    ap.add_argument("--dev-only", action="store_true", help="do not score the locked groups (while choosing on dev)")
    args = ap.parse_args()
    t0 = time.time()
    warnings.filterwarnings("ignore", category=RuntimeWarning)  # a language with one class gives NaN, reported as null

    items = learn.load_corpus(args.corpus_dir)
    y = np.array([i["y"] for i in items])
    langs = np.array([i["language"] for i in items])
    groups = np.array([i["group"] for i in items])
    writers = np.array([i.get("batch", i["group"]) for i in items])  # a corpus without batch files: sources
    texts = [i["text"] for i in items]
    locked = np.array([learn.is_locked(g) for g in groups])
    rs = build_ruleset(read_rules(), learned=None)
    sets = learn.code_sets(texts, rs)
    grams, words = learn.text_features(texts)
    try:
        prev = previous_scores(texts, args.previous_ref)
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:  # not a git checkout of the project
        print(f"previous screener not run ({exc}); its rows are all 0.5", file=sys.stderr)
        prev = np.full(len(texts), 0.5)
    from rihai.screening.offers.training import get_model  # the synthetic text model, for (d)

    model = get_model()
    p_model = model.predict_proba([learn.analyse(t).norm.text for t in texts], sets)

    def fit_predict(tr: np.ndarray, te: np.ndarray, seed: int) -> dict[str, np.ndarray]:
        fitted = learn.fit([sets[i] for i in tr], y[tr].tolist(), groups[tr].tolist(), rs, seed=seed)
        p_new = fitted.proba([sets[i] for i in te])
        base = tfidf_lr_fit([texts[i] for i in tr], y[tr].tolist())
        p_base = base.predict_proba([texts[i] for i in te])[:, 1]
        fl, pm, stack = learn.fit_with_phrases([sets[i] for i in tr], [grams[i] for i in tr], y[tr].tolist(),
                                               groups[tr].tolist(), rs, seed=seed, words=[words[i] for i in tr],
                                               writers=writers[tr].tolist(), languages=langs[tr].tolist())
        ind_lg = fl.logits([sets[i] for i in te])
        txt_lg = pm.logits([grams[i] for i in te], [words[i] for i in te])
        a, b = fl.platt
        red = np.array([learn.red_flag_count(sets[i], fl) for i in te])
        unbounded = phrases.Stacked(stack.a, stack.c, stack.b)
        return {"previous": prev[te], "tfidf_lr": p_base, "new": p_new,
                # what the engine ships since issue 15's session 19: the wording's term capped at the
                # strongest sourced red flag, and no "high" without two sourced red flags
                "new_plus_phrases": phrases.bounded_risk(stack.proba(ind_lg, txt_lg), red, fl.bands["high"], fl.bands["medium"]),
                "new_plus_phrases_unbounded": unbounded.proba(ind_lg, txt_lg),
                "phrases_only": 1 / (1 + np.exp(-txt_lg)),
                "new_plus_phrases_additive": 1 / (1 + np.exp(-(a * ind_lg + b + 0.5 * txt_lg))),
                # Not shipped: how much a text model trained on the real corpus would add (weight fixed
                # at 0.5, not tuned); it cannot explain its points and may learn the writers' style.
                "new_plus_real_tfidf": blend_with_model(p_new, p_base, weight=0.5),
                "new_plus_text_model": blend_with_model(p_new, p_model[te]),
                # 1 where the new scorer's own fitted "medium" band flags the post: read its
                # recall_at_medium / false_alarm_at_medium as the band's operating point.
                "new_medium_band": (p_new >= fitted.bands["medium"]).astype(float),
                # the same for the shipped (bounded, stacked) scorer's own "medium" band
                "shipped_medium_band": (phrases.bounded_risk(stack.proba(ind_lg, txt_lg), red, fl.bands["high"], fl.bands["medium"])
                                        >= fl.bands["medium"]).astype(float)}

    dev = np.flatnonzero(~locked)
    names = ("previous", "tfidf_lr", "new", "new_plus_text_model", "new_plus_real_tfidf", "new_plus_phrases",
             "new_plus_phrases_unbounded", "phrases_only", "new_plus_phrases_additive", "new_medium_band",
             "shipped_medium_band")
    runs: dict[str, list[np.ndarray]] = {k: [] for k in names}
    for rep in range(args.reps):
        oof = {k: np.zeros(len(dev)) for k in names}
        for f, te_local in enumerate(learn.grouped_folds(groups[dev].tolist(), args.folds, seed=1000 + rep)):
            tr_local = np.setdiff1d(np.arange(len(dev)), te_local)
            for k, v in fit_predict(dev[tr_local], dev[te_local], seed=rep * 100 + f).items():
                oof[k][te_local] = v
        for k in names:
            runs[k].append(oof[k])
    report: dict = {"corpus": learn.corpus_version(args.corpus_dir), "dev_items": int(len(dev)),
                    "locked_items": int(locked.sum()), "locked_groups": int(len(np.unique(groups[locked]))),
                    "protocol": f"{args.reps}x grouped {args.folds}-fold on dev groups; locked groups scored once "
                                "by scorers fitted on all dev groups",
                    "previous_ref": args.previous_ref, "cv_dev": {}, "locked": {}, "calibration_dev": {}}
    for k in names:
        report["cv_dev"][k] = summarise(y[dev], langs[dev], groups[dev], runs[k], args.boot)
        report["calibration_dev"][k] = {"brier": round(float(np.mean([np.mean((r - y[dev]) ** 2) for r in runs[k]])), 4),
                                        "reliability": reliability(y[dev], runs[k][0])}
    lock = np.flatnonzero(locked)
    if len(lock) and len(set(y[lock])) == 2 and not args.dev_only:
        one = fit_predict(dev, lock, seed=7)
        for k in names:
            report["locked"][k] = summarise(y[lock], langs[lock], groups[lock], [one[k]], args.boot)
        report["calibration_locked"] = {k: {"brier": round(float(np.mean((one[k] - y[lock]) ** 2)), 4),
                                            "reliability": reliability(y[lock], one[k])} for k in names[:6]}
    # Which lure categories the new scorer still misses (dev, repetition 0, at the all-language threshold).
    s0 = runs["new"][0]
    neg = np.sort(s0[y[dev] == 0])
    thr = next((t for t in np.unique(s0) if (neg >= t).mean() <= FPR_MAX), 1.0)
    by_cat: dict[str, list[int]] = {}
    for j, i in enumerate(dev):
        if y[i] == 1:
            for c in items[i].get("categories") or ["(none)"]:
                by_cat.setdefault(c, []).append(int(s0[j] >= thr))
    report["new_recall_by_category_dev"] = {c: [round(float(np.mean(v)), 2), len(v)] for c, v in sorted(by_cat.items())}
    report["headline"] = {part: {k: {lang: f"AUC {v['roc_auc']:.2f} {v['roc_auc_ci95']}, recall@10%FA {v['recall_at_fpr10']:.2f} "
                                            f"{v['recall_at_fpr10_ci95']} (n={v['n']}, lures={v['lures']})"
                                      for lang, v in report[part][k].items()}
                                  for k in report[part]} for part in ("cv_dev", "locked") if report[part]}
    report["seconds"] = round(time.time() - t0, 1)
    if args.plot:
        reliability_svg({k: report["calibration_dev"][k]["reliability"] for k in names[:6]}, args.plot)
    text = json.dumps(_no_nan(report), indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", "utf-8")
    print(text)


if __name__ == "__main__":
    main()
