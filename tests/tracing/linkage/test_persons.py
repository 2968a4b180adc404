"""The tracing model on a small synthetic Pakistani population: variants match, namesakes do not,
blocking recall is measured, every pair explains itself, and nothing reaches the disk."""

from __future__ import annotations

import os
import tempfile

import pandas as pd
import pytest

from rihai.tracing.linkage import LinkSettings, PopulationGenerator, link
from rihai.tracing.linkage.features import person_features
from rihai.tracing.linkage.links import blocking_recall, waterfall


@pytest.fixture(scope="module")
def scenario():
    return PopulationGenerator(seed=3).scenario(3000, 300)


def _snapshot(paths: list[str]) -> set[tuple[str, float]]:
    out = set()
    for root in paths:
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                p = os.path.join(dirpath, f)
                try:
                    out.add((p, os.path.getmtime(p)))
                except OSError:
                    pass
    return out


@pytest.fixture(scope="module")
def run(scenario, tmp_path_factory):
    requests, records, _truth = scenario
    cwd = tmp_path_factory.mktemp("cwd")
    tmp = tmp_path_factory.mktemp("tmp")
    watched = [str(tmp), str(cwd)]
    before = _snapshot(watched)
    old, old_tmp = os.getcwd(), tempfile.tempdir
    # DuckDB would spill to ./.tmp and Python libraries write to the temp dir: point both at
    # empty private folders so that any file written while matching shows up.
    os.chdir(cwd)
    tempfile.tempdir = str(tmp)
    try:
        result = link(requests, records, LinkSettings(threshold=None))
    finally:
        os.chdir(old)
        tempfile.tempdir = old_tmp
    after = _snapshot(watched)
    return result, before, after


def _prf(pairs: pd.DataFrame, truth: pd.DataFrame, threshold: float):
    got = set(zip(pairs.loc[pairs.match_probability >= threshold, "unique_id_l"],
                  pairs.loc[pairs.match_probability >= threshold, "unique_id_r"]))
    true = set(zip(truth.unique_id_l, truth.unique_id_r))
    tp = len(got & true)
    return tp / max(1, len(got)), tp / len(true)


def test_blocking_recall_is_measured_and_high(scenario, run):
    result, *_ = run
    recall = blocking_recall(result.pairs, scenario[2])
    assert recall >= 0.95


def test_precision_and_recall_on_synthetic_population(scenario, run):
    precision, recall = _prf(run[0].pairs, scenario[2], 0.5)
    assert precision >= 0.95 and recall >= 0.85


def test_waterfall_sums_to_final_weight(run):
    result = run[0]
    for i in result.pairs.index[:50]:
        steps = result.waterfall(i)
        assert steps[0]["field"] == "prior"
        assert {s["field"] for s in steps} >= {"prior", "name", "dob"}
        assert all({"comparison_level_label", "match_weight", "bayes_factor"} <= s.keys()
                   for s in steps)
        assert sum(s["match_weight"] for s in steps) == pytest.approx(
            result.pairs.loc[i, "match_weight"], abs=1e-6)


def test_no_file_written_while_matching(run):
    _result, before, after = run
    new = {p for p, _ in after - before}
    assert not new, f"files written during matching: {sorted(new)[:5]}"


def _person(uid, name, father, dob=None, **kw):
    return {"unique_id": uid, "full_name": name, "father_name": father, "dob": dob, **kw}


def test_spelling_variants_match_and_namesakes_do_not(scenario):
    # The small hand-made cases ride on the generated population, which trains the model.
    requests, records, _ = scenario
    req = pd.concat([requests, pd.DataFrame([
        _person("REQ-A", "Mohd. Hussain Qureshi", "Ghulam Rasool", "1990-03-12",
                district="Okara", cnic="35302-1234567-1"),
        _person("REQ-B", "Muhammad Ali Khan", "Bashir Ahmad", "1985-07-01", district="Lahore"),
    ])], ignore_index=True)
    rec = pd.concat([records, pd.DataFrame([
        # Same man: Urdu-script name, order swapped, date day/month swapped, father "s/o".
        _person("REC-A", "قریشی محمد حسین", "s/o Gulam Rasool", "1990-12-03", district="Okara"),
        # Namesake: same common name, different father, date and district.
        _person("REC-B", "Mohammad Ali Khan", "Sher Zaman", "1962-11-20", district="Swat"),
    ])], ignore_index=True)
    pairs = link(req, rec, LinkSettings(threshold=None)).pairs.set_index(["unique_id_l", "unique_id_r"])
    assert pairs.loc[("REQ-A", "REC-A"), "match_probability"] > 0.9
    p_b = pairs["match_probability"].get(("REQ-B", "REC-B"), 0.0)
    assert p_b < 0.1


def test_dedupe_mode_finds_duplicate_requests(scenario):
    requests = scenario[0].head(200).copy()
    dup = requests.iloc[[0, 1]].copy()
    dup["unique_id"] = ["DUP0", "DUP1"]
    res = link(pd.concat([requests, dup], ignore_index=True), None, LinkSettings(threshold=0.5))
    got = {frozenset(p) for p in zip(res.pairs.unique_id_l, res.pairs.unique_id_r)}
    assert frozenset({requests.iloc[0].unique_id, "DUP0"}) in got
    assert "source_dataset_l" not in res.pairs.columns


def test_features_fold_variants_and_age_only():
    f = person_features(pd.DataFrame([
        {"unique_id": 1, "full_name": "Md. Husain", "dob": "12/03/1990"},
        {"unique_id": 2, "full_name": "Hussain Muhammad", "age": 30, "age_on": 2020},
    ]))
    assert f.loc[0, "name_key"] == f.loc[1, "name_key"] == "husain muhammad"
    assert f.loc[0, "dob"] == "1990-03-12" and f.loc[0, "dob_swap"] == "1990-12-03"
    assert f.loc[1, "birth_year"] == 1990 and f.loc[1, "dob"] is None


def test_waterfall_is_plain_data(run):
    result = run[0]
    row = result.pairs.iloc[0]
    steps = waterfall(row, result.model)
    assert all(isinstance(s["match_weight"], float) for s in steps)
