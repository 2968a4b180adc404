"""List rows about one person pool their fields before meeting the requests; a blank sex is read
from a given name only when these very lists say the name is one sex's. All names SYNTHETIC."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from rihai.tracing.linkage import LinkSettings, PersonModel, PopulationGenerator, link
from rihai.tracing.linkage.features import SEX_FROM_NAME_MIN_ROWS, infer_sex_from_names, person_features
from rihai.tracing.linkage.lists import pooling_plan
from rihai.tracing.linkage.pooling import MAX_GROUP, pool_fields


def _rows(*rows: dict) -> pd.DataFrame:
    return person_features(pd.DataFrame(rows))


def test_blank_fields_are_filled_from_the_group_and_never_overwritten():
    recs = _rows(
        {"unique_id": "a", "full_name": "Testname Anwar", "passport": "ZZ0000001"},
        {"unique_id": "b", "full_name": "Testname Anwar Shinwari", "passport": "ZZ0000001",
         "dob": "1992-10-15", "district": "Sanghar", "father_name": "Qasim Shinwari"},
        {"unique_id": "c", "full_name": "Testname Anwar", "passport": "ZZ0000001", "district": "Lahore"},
        {"unique_id": "d", "full_name": "Someone Else", "dob": "1970-01-01"},
    )
    groups = pd.Series(["g", "g", "g", "d"], index=recs.index)
    out, borrowed = pool_fields(recs, groups)
    a, c, d = out.iloc[0], out.iloc[2], out.iloc[3]
    assert a["dob"] == "1992-10-15" and a["birth_year"] == 1992 and a["district"] == "sanghar"
    assert a["father_key"] == recs.iloc[1]["father_key"] and a["father_sk"] == recs.iloc[1]["father_sk"]
    assert c["district"] == "lahore"  # its own value stands
    assert d["dob"] == "1970-01-01" and d["district"] is None  # alone: nothing pooled
    assert borrowed == {"a": {"dob": "row", "district": "row", "father_name": "row"},
                        "c": {"dob": "row", "father_name": "row"}}
    assert recs.iloc[0]["dob"] is None  # the input frame is not changed


def test_an_age_only_is_pooled_when_no_row_has_the_date():
    recs = _rows({"unique_id": "a", "full_name": "Testname Bibi"},
                 {"unique_id": "b", "full_name": "Testname Bibi", "age": 30, "age_on": 2025})
    out, borrowed = pool_fields(recs, pd.Series(["g", "g"], index=recs.index))
    assert out.iloc[0]["birth_year"] == 1995 and out.iloc[0]["dob"] is None
    assert borrowed == {"a": {"dob": "row"}}


def test_an_oversized_group_pools_nothing():
    n = MAX_GROUP + 1
    recs = _rows(*({"unique_id": f"r{i}", "full_name": f"Testname {i}", "phone": "03001234567",
                    **({"dob": "1990-01-01"} if i == 0 else {})} for i in range(n)))
    out, borrowed = pool_fields(recs, pd.Series(["shared-phone"] * n, index=recs.index))
    assert borrowed == {} and out["dob"].notna().sum() == 1


def test_sex_is_read_from_a_name_only_when_the_lists_agree():
    n = SEX_FROM_NAME_MIN_ROWS
    rows = ([{"unique_id": f"f{i}", "full_name": f"Zarqa Family{i % 3}", "sex": "f"} for i in range(n)]
            + [{"unique_id": f"m{i}", "full_name": f"Tamoor Family{i % 3}", "sex": "m"} for i in range(n)]
            + [{"unique_id": "x1", "full_name": "Zarqa Family0"},           # -> f
               {"unique_id": "x2", "full_name": "Family1"},                 # both sexes bear it
               {"unique_id": "x3", "full_name": "Zarqa Tamoor"},            # words disagree
               {"unique_id": "x4", "full_name": "Rareword Family2"}])       # too few rows
    frame = _rows(*rows)
    few = _rows(*[{"unique_id": f"y{i}", "full_name": "Qandeel", "sex": "f"} for i in range(n - 1)],
                {"unique_id": "y-blank", "full_name": "Qandeel"})
    filled = infer_sex_from_names(frame, few)
    sex = dict(zip(frame["unique_id"], frame["sex"]))
    assert sex["x1"] == "f" and sex["x2"] is None and sex["x3"] is None and sex["x4"] is None
    assert few["sex"].iloc[-1] is None  # n - 1 rows are not enough
    assert filled == {"x1": "name"}


@pytest.fixture(scope="module")
def pooled_run():
    """A synthetic population plus one person written twice: the request can only meet the thin
    row ("name + passport") through the fuller one."""
    req, rec, _ = PopulationGenerator(seed=5).scenario(3000, 300)
    person = {"full_name": "Testcase Zorawar Qilladar", "passport": "ZQ1234567"}
    rec = pd.concat([rec, pd.DataFrame([
        {"unique_id": "thin", **person, "full_name": "Testcase Zorawar"},
        {"unique_id": "full", **person, "dob": "1990-03-17", "district": "Zhob",
         "father_name": "Testcase Qaisar Qilladar"}])], ignore_index=True)
    req = pd.concat([req, pd.DataFrame([
        {"unique_id": "family", "full_name": "Testcase Zorawar Qilladar", "dob": "17/03/1990",
         "district": "Zhob", "father_name": "Testcase Qaisar Qilladar"}])], ignore_index=True)
    return link(req, rec, LinkSettings(threshold=None))


def test_the_thin_row_is_found_through_the_full_one_and_says_so(pooled_run):
    pairs = pooled_run.pairs.set_index(["unique_id_l", "unique_id_r"])
    assert pairs.loc[("family", "full"), "match_probability"] > 0.9
    assert pairs.loc[("family", "thin"), "match_probability"] > 0.5
    steps = {s["field"]: s for s in pooled_run.waterfall(pairs.index.get_loc(("family", "thin")))}
    assert steps["dob"]["borrowed"] == "row" and steps["dob"]["match_weight"] > 0
    assert steps["district"]["borrowed"] == "row"
    assert "borrowed" not in steps["name"]
    full = {s["field"]: s for s in pooled_run.waterfall(pairs.index.get_loc(("family", "full")))}
    assert not any("borrowed" in s for s in full.values() if s["field"] != "sex")


def test_without_pooling_the_thin_row_stays_weak():
    req, rec, _ = PopulationGenerator(seed=5).scenario(3000, 300)
    rec = pd.concat([rec, pd.DataFrame([
        {"unique_id": "thin", "full_name": "Testcase Zorawar", "passport": "ZQ1234567"},
        {"unique_id": "full", "full_name": "Testcase Zorawar Qilladar", "passport": "ZQ1234567",
         "dob": "1990-03-17", "district": "Zhob", "father_name": "Testcase Qaisar Qilladar"}])],
        ignore_index=True)
    req = pd.concat([req, pd.DataFrame([
        {"unique_id": "family", "full_name": "Testcase Zorawar Qilladar", "dob": "17/03/1990",
         "district": "Zhob", "father_name": "Testcase Qaisar Qilladar"}])], ignore_index=True)
    res = link(req, rec, LinkSettings(model=PersonModel(pool_rows=False), threshold=None))
    thin = res.pairs[(res.pairs.unique_id_l == "family") & (res.pairs.unique_id_r == "thin")]
    assert thin.empty or float(thin.match_probability.iloc[0]) < 0.5
    assert res.borrowed.keys().isdisjoint({"thin", "full"})


def test_a_list_pools_on_its_identifiers_and_name_with_date_never_the_name():
    rules, pooled = pooling_plan({"Name": "full_name", "Father": "father_name", "DOB": "dob",
                                  "NIC": "national_id", "Mobile": "phone", "City": "place"})
    assert rules == ["l.NIC = r.NIC", "l.Mobile = r.Mobile",
                     "l.Name_sk_key = r.Name_sk_key AND l.DOB = r.DOB"]
    assert [p[0] for p in pooled] == ["Father", "DOB", "DOB", "NIC", "Mobile", "City"]
    # The date with its derived keys; else a year (from an age), as the tracing model pools.
    assert pooled[1:3] == [("DOB", "DOB", ("DOB", "DOB_swap", "DOB_year")),
                           ("DOB", "DOB_year", ("DOB_year",))]
    # Without an identifier or a date nothing can say two rows are one person.
    assert pooling_plan({"Name": "full_name", "City": "place"})[0] == []


@pytest.mark.parametrize("pool", [True, False])
def test_a_list_with_any_headings_meets_the_thin_row_through_the_full_one(pool):
    """The generic linker (``rihai link``) on the tracing lists' own columns, nothing configured."""
    cols = ["unique_id", "full_name", "father_name", "dob", "cnic", "passport", "phone", "district"]
    req, rec, _ = PopulationGenerator(seed=5).scenario(3000, 300)
    person = {"full_name": "Testcase Zorawar Qilladar", "passport": "ZQ1234567"}
    rec = pd.concat([rec[cols], pd.DataFrame([
        {"unique_id": "thin", **person, "full_name": "Testcase Zorawar"},
        {"unique_id": "full", **person, "dob": "1990-03-17", "district": "Zhob",
         "father_name": "Testcase Qaisar Qilladar"}])], ignore_index=True)
    req = pd.concat([req[cols], pd.DataFrame([
        {"unique_id": "family", "full_name": "Testcase Zorawar Qilladar", "dob": "17/03/1990",
         "district": "Zhob", "father_name": "Testcase Qaisar Qilladar"}])], ignore_index=True)
    settings = LinkSettings.from_config({"threshold": None})
    settings = dataclasses.replace(settings, model=dataclasses.replace(settings.model, pool_rows=pool))
    res = link(req, rec, settings)
    pairs = res.pairs.set_index(["unique_id_l", "unique_id_r"])
    assert pairs.loc[("family", "full"), "match_probability"] > 0.9
    thin = pairs.match_probability.get(("family", "thin"), 0.0)
    if not pool:
        assert thin < 0.5 and res.borrowed.keys().isdisjoint({"thin", "full"})
        return
    assert thin > 0.5
    steps = {s["field"]: s for s in res.waterfall(pairs.index.get_loc(("family", "thin")))}
    assert steps["dob"]["borrowed"] == "row" and steps["dob"]["match_weight"] > 0
    assert steps["father_name"]["borrowed"] == "row" and steps["district"]["borrowed"] == "row"
    assert "borrowed" not in steps["full_name"]
