"""The list model: column kinds from names and values, link and dedupe modes."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from rihai.tracing.linkage import LinkSettings, PopulationGenerator, link
from rihai.tracing.linkage.columns import detect_kinds, kind_from_values


def test_kinds_from_headings_and_values():
    frame = pd.DataFrame({
        "unique_id": [1, 2, 3],
        "Name of Passenger": ["Muhammad Ali Khan", "Ayesha Bibi", "Imran Qureshi"],
        "Father/Husband": ["Bashir Ahmad", "Nazir Khan", "Tariq Qureshi"],
        "D.O.B": ["01/02/1990", "1985-07-01", "12-11-1979"],
        "col7": ["35202-1234567-1", "42101-7654321-2", "61101-1111111-3"],
        "contact": ["0300 1234567", "+92 321 7654321", "0333-1112223"],
        "x": ["a@b.pk", "c@d.com", "e@f.org"],
        "Gender": ["M", "F", "M"],
        "District": ["Lahore", "Swat", "Lahore"],
        "soc_sec_id": ["1234567", "7654321", "1112223"],
    })
    kinds = detect_kinds(frame, overrides={"District": "place"})
    assert kinds == {"Name of Passenger": "full_name", "Father/Husband": "father_name",
                     "D.O.B": "dob", "col7": "national_id", "contact": "phone", "x": "email",
                     "Gender": "sex", "District": "place", "soc_sec_id": "national_id"}


def test_values_alone_decide_when_heading_is_silent():
    assert kind_from_values(pd.Series(["0300 1234567", "03211234567"])) == "phone"
    assert kind_from_values(pd.Series(["19900102", "19851230"])) == "dob"
    assert kind_from_values(pd.Series(["Ali Raza", "Sana Malik", "Omar Farooq"])) == "full_name"


@pytest.fixture(scope="module")
def lists():
    requests, records, truth = PopulationGenerator(seed=11).scenario(1500, 200)
    cols = ["unique_id", "full_name", "father_name", "dob", "cnic", "phone", "district"]
    return requests[cols], records[cols], truth


def test_link_two_lists(lists):
    left, right, truth = lists
    out = link(left, right, LinkSettings.from_config({"threshold": 0.5})).table()
    assert list(out.columns[:3]) == ["unique_id_l", "unique_id_r", "match_probability"]
    assert set(out.unique_id_l) <= set(left.unique_id)
    assert set(out.unique_id_r) <= set(right.unique_id)
    got = set(zip(out.unique_id_l, out.unique_id_r))
    true = set(zip(truth.unique_id_l, truth.unique_id_r))
    assert len(got & true) / len(got) > 0.9
    assert len(got & true) / len(true) > 0.7


def test_dedupe_with_clusters(lists):
    _, right, _ = lists
    out = link(right, None, LinkSettings.from_config({"clusters": True, "threshold": 0.5})).table()
    assert {"unique_id_l", "unique_id_r", "match_probability", "cluster_id"} <= set(out.columns)
    assert (out.unique_id_l != out.unique_id_r).all()


def test_headings_with_dots_spaces_and_urdu_are_linked_under_their_own_names(lists):
    """"D.O.B" once reached Splink's SQL unquoted (missing column ``D.B``): the engine now works on
    safe names and reports the headings the list had."""
    left, right, truth = lists
    headings = {"full_name": "Full Name", "father_name": "نام والد", "dob": "D.O.B",
                "cnic": "C.N.I.C.", "phone": "Phone No.", "district": "district"}
    out = link(left.rename(columns=headings), right.rename(columns=headings),
               LinkSettings.from_config({"threshold": 0.5}))
    got = set(zip(out.pairs.unique_id_l, out.pairs.unique_id_r))
    true = set(zip(truth.unique_id_l, truth.unique_id_r))
    assert len(got & true) / len(got) > 0.9 and len(got & true) / len(true) > 0.7
    assert out.model["rihai_column_kinds"]["D.O.B"] == "dob"
    assert {s["field"] for s in out.waterfall(0)} >= {"Full Name", "D.O.B", "C.N.I.C."}


def test_safe_names_never_collide():
    from rihai.tracing.linkage.lists import safe_names

    names = safe_names(["D.O.B", "d_o_b", "D O B", "نام", "1st name", "plain", "order"])
    assert names["d_o_b"] == "d_o_b" and names["plain"] == "plain"
    assert len(set(names.values())) == 7 and names["order"] != "order"
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", v) for v in names.values())
