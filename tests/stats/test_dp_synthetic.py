"""Differentially private synthetic microdata (issue 14): on the CTDC frame exactly as the release
builds it from the case database (every column), the synthetic file keeps the CTDC layout, spends
the one lifetime ledger (refused past the cap, saying what is left), stays within a stated error
of the real marginals, and comes with its utility report; through the service, the CLI's files,
the publishing page and the national report.

The error bound (ε = 4, the 400-case demo population, ``utility.compare``): a synthesiser that
has seen nothing of the data but each fact's list of values (uniform draws) scores a mean
one-way total variation distance of ~0.18 and two-way ~0.31 on this frame; one that copies each
column's real marginal but no correlation (not private) ~0.04 and ~0.09. pac-synth at ε = 4
measured 0.085-0.11 one-way and 0.16-0.20 two-way over runs. The test asks for less than the
data-free synthesiser (computed here, on the same frame) *and* at most 0.15 one-way and 0.26
two-way: halfway between the measured worst and the data-free error, so a run fails only if the
release learnt too little from the data to be worth its ε.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import pytest
from factories import PASSWORD, make_world
from sqlalchemy import select

from rihai.access.actors import Actor
from rihai.errors import Invalid
from rihai.stats import budget, ctdc, dp_synthetic, release, report, service, tables, utility
from rihai.stats.models import StatsRelease

ONE_WAY_BOUND, TWO_WAY_BOUND = 0.15, 0.26


def _frame(path) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    frame, synthetic = release.ctdc_frame(path, Actor.system("test"), service.Filters())
    assert synthetic and len(frame) == 400 and list(frame.columns) == ctdc.COLUMNS
    return frame


def _uniform(frame: pd.DataFrame) -> pd.DataFrame:
    """The data-free reference: each fact drawn uniformly from its list of values."""
    facts = dp_synthetic.facts(frame)
    rng = np.random.default_rng(0)
    drawn = pd.DataFrame({c: rng.choice(facts[c].unique(), len(facts)) for c in facts.columns})
    return dp_synthetic.render(drawn, frame["Datasource"].iloc[0])


def test_facts_render_back_to_the_release_frame_exactly(demo_population):
    frame = _frame(demo_population)
    again = dp_synthetic.render(dp_synthetic.facts(frame), frame["Datasource"].iloc[0])
    assert list(again.columns) == list(frame.columns)
    pd.testing.assert_frame_equal(again.astype(str), frame.astype(str))


def test_synthetic_release_layout_ledger_bounds_and_report(db, demo_population):
    frame = _frame(demo_population)
    text, rel, result, rep = release.create_synthetic_release(db, Actor.system("test"), demo_population,
                                                              epsilon=4.0)
    df = pd.read_csv(io.StringIO(text), keep_default_na=False, dtype=str)
    assert list(df.columns) == ctdc.COLUMNS  # the CTDC layout, every column
    assert 300 <= len(df) <= 500  # a noisy number of records, near the real 400
    # labelled synthetic in a column CTDC tools read, and still "demo data" on a demo instance
    assert set(df["Datasource"]) == {release.dp_source(4.0, True)}
    assert df["Datasource"].iloc[0].startswith(release.SYNTHETIC_SOURCE) and "ε=4" in df["Datasource"].iloc[0]
    # every row is one a case could have produced (the CTDC rules, rendered from facts)
    flags = df.drop(columns=[c for c in df.columns if not c.startswith(("is", "meansOfControl", "typeOfLabour",
                                                                        "recruiterRelation"))
                             or c.endswith("Concatenated")]).astype(int)
    assert (flags["isSexAndLabour"] == flags["isForcedLabour"] * flags["isSexualExploit"]).all()
    labour = flags[[f"typeOfLabour{c}" for c in ctdc.LABOUR_COLUMNS]].sum(axis=1)
    assert (labour == flags["isForcedLabour"]).all()
    assert (flags[[f"recruiterRelation{c}" for c in ctdc.RELATION_COLUMNS]].sum(axis=1) == 1).all()
    assert set(df["majorityStatus"]) <= {"Minor", "Adult", ""}
    # the ledger: one lifetime budget, charged
    assert budget.remaining(db) == pytest.approx(0.0)
    assert rel.kind == "synthetic" and rel.epsilon_total == 4.0 and rel.details["mode"] == "dp-synthetic"
    assert [(s.label, s.epsilon) for s in rel.spends] == [("synthetic microdata", 4.0)]
    assert rel.details["delta"] == dp_synthetic.DELTA
    # the utility report
    baseline = utility.compare(frame, _uniform(frame))
    assert rep.one_way_mean < baseline.one_way_mean and rep.two_way_mean < baseline.two_way_mean
    assert rep.one_way_mean <= ONE_WAY_BOUND and rep.two_way_mean <= TWO_WAY_BOUND, rep.summary()
    body = rep.as_dict()
    assert body["records_real"] == 400 and body["columns"] == len(ctdc.COLUMNS) - 1  # not the source label
    assert {"mean", "max", "worst"} <= set(body["one_way"]) and {"mean", "max", "worst"} <= set(body["two_way"])
    assert body["vanished"]["k"] == 11 and body["vanished"]["total"] <= body["vanished"]["checked"]
    assert "not_differentially_private" in body
    assert rel.details["utility"] == rep.summary()
    # past the cap: refused, saying what is left, and nothing recorded
    with pytest.raises(Invalid, match="ε=0 left") as exc:
        release.create_synthetic_release(db, Actor.system("test"), demo_population, epsilon=0.5)
    assert exc.value.rule == "privacy-budget"
    with pytest.raises(Invalid, match="ε=0 left"):  # the noisy tables share the one ledger
        tables.create_tables(db, Actor.system("test"), demo_population, epsilon=0.5)
    assert db.scalars(select(StatsRelease).where(StatsRelease.kind == "synthetic")).all() == [rel]


def test_a_release_past_what_is_left_is_refused_with_the_remainder(db, demo_population):
    budget.charge(db, 3.5)
    with pytest.raises(Invalid, match=r"needs ε=1 but only ε=0.5 left"):
        release.create_synthetic_release(db, Actor.system("test"), demo_population, epsilon=1.0)
    for bad in (0.0, float("nan"), float("inf"), 5.0):
        with pytest.raises(Invalid) as exc:
            release.create_synthetic_release(db, Actor.system("test"), demo_population, epsilon=bad)
        assert exc.value.rule == "range"
    assert budget.remaining(db) == pytest.approx(0.5)


def test_utility_report_counts_errors_and_vanished_combinations():
    real = pd.DataFrame({"a": ["x"] * 12 + ["y"] * 8, "b": ["p"] * 12 + ["q"] * 8, "Datasource": "r"})
    same = utility.compare(real, real.assign(Datasource="s"), k=11)
    assert same.one_way_max == 0 and same.two_way_max == 0 and same.vanished_total == 0
    flipped = pd.DataFrame({"a": ["x"] * 12 + ["y"] * 8, "b": ["q"] * 12 + ["p"] * 8})
    rep = utility.compare(real, flipped, k=11)
    assert rep.one_way_mean == pytest.approx((0 + 0.2) / 2)  # b: 60/40 against 40/60
    assert rep.two_way_max == pytest.approx(1.0)  # no pair in common
    assert rep.combinations_checked == 1 and rep.vanished_total == 1  # (x, p) held by 12 people
    assert rep.vanished == [{"columns": ["a", "b"], "values": ["x", "p"], "real_count_at_least": 11}]


def test_cli_page_and_report(make_release, db, make_browser, demo_population):
    world = make_world(db)
    b = make_browser()
    b.login(world.users["analyst"].username, PASSWORD)
    page = b.get("/stats/publish")
    assert 'data-testid="release-mode"' in page.text and 'value="dp-synthetic"' in page.text
    assert 'data-testid="synthetic-utility"' not in page.text
    r = make_release(b, {"mode": "dp-synthetic", "epsilon": "3", "k": "11"})
    assert r.status_code == 200, r.text
    assert "SYNTHETIC-dp" in r.headers["content-disposition"]
    df = pd.read_csv(io.StringIO(r.text), keep_default_na=False, dtype=str)
    assert list(df.columns) == ctdc.COLUMNS
    page = b.get("/stats/publish")
    assert 'data-testid="synthetic-utility"' in page.text and 'data-testid="synthetic-vanished"' in page.text
    assert "ε = 1.00 of 4.0" in page.text
    refused = make_release(b, {"mode": "dp-synthetic", "epsilon": "2"})
    assert refused.status_code == 422 and "ε=1 left" in refused.text
    assert make_release(b, {"mode": "nonsense"}).status_code == 422
    assert make_release(b, {"mode": "dp-synthetic", "epsilon": "x"}).status_code == 422
    # the national report says which mode the latest microdata release used, and what it cost
    from openpyxl import load_workbook

    analyst = world.actor("analyst")
    wb = load_workbook(io.BytesIO(report.export(db, analyst, demo_population, service.Filters(), "xlsx")))
    note = [row for row in wb.worksheets[0].iter_rows(values_only=True) if row[0] == "Microdata releases"]
    assert note and "differentially private synthetic" in note[0][1] and "ε = 3 spent" in note[0][1]
    urdu = report.release_note(db, "ur")
    assert "مصنوعی" in urdu and "3" in urdu
    release.create_release(db, analyst, demo_population, k=11)  # a k-anonymous one is now the latest
    assert "k-anonymous, k = 11" in report.release_note(db)


def test_cli_writes_the_file_and_its_utility_report(tmp_path, monkeypatch):
    from cli.clitools import rihai_for

    with rihai_for("sqlite", tmp_path) as rihai:
        assert rihai("keys", "init").exit_code == 0
        assert rihai("db", "upgrade").exit_code == 0
        assert rihai("seed", "--cases", "400", "--bulk", "--seed", "3", "--workers", "0").exit_code == 0
        monkeypatch.setenv("RIHAI_DEMO", "true")
        out = tmp_path / "synthetic.csv"
        assert rihai("stats", "release", "--mode", "dp-synthetic", "--out", str(out)).exit_code == 1  # no ε
        assert rihai("stats", "release", "--mode", "other", "--out", str(out)).exit_code == 1
        made = rihai("stats", "release", "--mode", "dp-synthetic", "--epsilon", "4", "--out", str(out))
        assert made.exit_code == 0, made.output
        df = pd.read_csv(out, keep_default_na=False, dtype=str)
        assert list(df.columns) == ctdc.COLUMNS and df["Datasource"].str.startswith("SYNTHETIC").all()
        beside = json.loads((tmp_path / "synthetic.utility.json").read_text())
        assert beside["records_real"] == 400 and "two_way" in beside and "vanished" in beside
        again = rihai("stats", "release", "--mode", "dp-synthetic", "--epsilon", "1", "--out", str(out))
        assert again.exit_code == 1 and "ε=0 left" in again.output
