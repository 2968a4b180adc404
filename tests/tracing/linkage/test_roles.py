"""Lists nobody prepared: redundant columns set aside, kinds read from headings in several
languages, clusters that do not chain strangers, ``--explain``, and generated layouts linked
above a floor."""

from __future__ import annotations

import pandas as pd
import pytest

from rihai.tracing.linkage import LinkSettings, explain_columns, link
from rihai.tracing.linkage.clusters import cluster
from rihai.tracing.linkage.columns import detect_kinds
from rihai.tracing.linkage.layouts import DEVELOPMENT, EVALUATION, LAYOUTS, generate
from rihai.tracing.linkage.roles import find_redundant, uninformative

FIRST = ["john", "mary", "ann", "peter", "lucy", "tom", "jane", "paul", "rose", "mark"] * 5
LAST = ["smith", "jones", "brown", "taylor", "wilson", "evans", "white", "hall", "wood", "green"]
SURN = [LAST[i % 10] for i in range(50)][::-1]


def _names_frame() -> pd.DataFrame:
    middle = ["william" if i % 3 == 0 else "" for i in range(50)]
    return pd.DataFrame({
        "unique_id": range(50),
        "full_name": [" ".join(x for x in (f, m, s) if x) for f, m, s in zip(FIRST, middle, SURN)],
        "first_and_surname": [f"{f} {s}" for f, s in zip(FIRST, SURN)],
        "first_name": FIRST, "surname": SURN,
        "father": [f"george {s}" for s in SURN],
    })


def test_a_full_name_and_its_parts_are_compared_once():
    frame = _names_frame()
    kinds = detect_kinds(frame, {"father": "father_name"})
    assert kinds["first_and_surname"] == "full_name"
    assert find_redundant(frame, kinds) == {"full_name": ("first_name", "surname"),
                                            "first_and_surname": ("first_name", "surname")}


def test_a_part_inside_the_only_full_name_is_redundant_with_it():
    frame = _names_frame()[["unique_id", "full_name", "first_name", "father"]]
    kinds = detect_kinds(frame, {"father": "father_name"})
    assert find_redundant(frame, kinds) == {"first_name": ("full_name",)}


def test_independent_columns_are_all_kept():
    frame = _names_frame()[["unique_id", "first_name", "surname", "father"]]
    frame["town"] = [["leeds", "york", "hull"][i % 3] for i in range(50)]
    frame["city"] = [["bath", "york", "ely"][i % 3] for i in range(50)]
    kinds = detect_kinds(frame, {"father": "father_name"})
    assert find_redundant(frame, kinds) == {}
    copied = frame.assign(town_again=frame["town"].str.upper())
    assert find_redundant(copied, detect_kinds(copied, {"father": "father_name"})) == {
        "town_again": ("town",)}


def test_constant_and_row_number_columns_carry_no_evidence():
    frame = pd.DataFrame({"row_no": [str(i) for i in range(40)], "batch": ["A"] * 40,
                          "code": [str(i % 7) for i in range(40)]})
    kinds = {"row_no": "number", "batch": "text", "code": "number"}
    assert uninformative([frame], kinds) == {"row_no": "unique id", "batch": "constant"}
    # Between two lists a column unique on each side but shared between them is a key: kept.
    other = frame.assign(batch="B")
    assert "row_no" not in uninformative([frame, other], kinds)


def test_kinds_from_headings_in_other_layouts_and_languages():
    frame = pd.DataFrame({
        "birth_place": ["leeds", "york"] * 10, "place of birth": ["leeds", "york"] * 10,
        "dob": ["1851-02-03"] * 20, "born": ["03/02/1851"] * 20, "occupation": ["miner"] * 20,
        "nombre": ["josé"] * 20, "primer_apellido": ["garcía"] * 20, "nombre_completo": ["josé garcía"] * 20,
        "fecha_nacimiento": ["03/02/1951"] * 20, "municipio": ["León"] * 20, "sexo": ["H"] * 20,
        "codigo_postal": ["24001"] * 20, "dni": ["12345678Z"] * 20,
    })
    assert detect_kinds(frame) == {
        "birth_place": "place", "place of birth": "place", "dob": "dob", "born": "dob",
        "occupation": "category", "nombre": "given_name", "primer_apellido": "family_name",
        "nombre_completo": "full_name", "fecha_nacimiento": "dob", "municipio": "place",
        "sexo": "sex", "codigo_postal": "postcode", "dni": "national_id"}


def test_a_birth_heading_over_places_is_read_from_its_values():
    frame = pd.DataFrame({"birth": ["Leeds", "York", "Hull", "Ely"] * 5})
    assert detect_kinds(frame)["birth"] == "place"


def test_two_people_joined_by_one_doubtful_pair_stay_two():
    a, b = [f"a{i}" for i in range(6)], [f"b{i}" for i in range(6)]
    pairs = [(x, y, 0.99) for g in (a, b) for i, x in enumerate(g) for y in g[i + 1:]]
    pairs.append(("a0", "b0", 0.6))
    frame = pd.DataFrame(pairs, columns=["unique_id_l", "unique_id_r", "match_probability"])
    records = pd.DataFrame({"unique_id": a + b + ["c0"]})
    out = cluster(records, frame, 0.5).set_index("unique_id")["cluster_id"]
    assert out[a].nunique() == 1 and out[b].nunique() == 1 and out["a0"] != out["b0"]
    assert out["c0"] not in set(out[a + b])
    # A person's rows with a few pairs missing are not split.
    loose = frame[~frame.unique_id_l.isin(["a1"]) | ~frame.unique_id_r.isin(["a2"])]
    loose = loose[~((loose.unique_id_l == "a0") & (loose.unique_id_r == "b0"))]
    assert cluster(records, loose, 0.5).set_index("unique_id")["cluster_id"][a].nunique() == 1


def test_layouts_are_reproducible_synthetic_and_split_up_front():
    for layout in LAYOUTS:
        left, right, truth = generate(layout, 60, 7)
        again = generate(layout, 60, 7)[0]
        pd.testing.assert_frame_equal(left, again)
        assert left["unique_id"].str.startswith("SYNTHETIC-").all()
        assert set(truth.unique_id_l) <= set(left.unique_id)
        assert set(truth.unique_id_r) <= set((left if right is None else right).unique_id)
    for layout, seeds in DEVELOPMENT.items():
        assert not set(seeds) & set(EVALUATION.get(layout, ()))
    assert "spanish" not in DEVELOPMENT   # a whole layout kept back


def _f1(links, truth, dedupe: bool) -> float:
    got = {tuple(sorted(p)) if dedupe else p for p in zip(links.pairs.unique_id_l, links.pairs.unique_id_r)}
    true = {tuple(sorted(p)) if dedupe else p for p in zip(truth.unique_id_l, truth.unique_id_r)}
    tp = len(got & true)
    return 2 * tp / (len(got) + len(true))


@pytest.fixture(scope="module")
def register_run():
    left, _, truth = generate("register", 400, 3)
    return link(left, None, LinkSettings.from_config({"threshold": 0.5, "clusters": True})), truth


def test_a_generated_register_is_deduplicated_above_a_floor(register_run):
    links, truth = register_run
    assert _f1(links, truth, True) > 0.9
    # Clusters do not chain the register's people together.
    assert links.clusters["cluster_id"].nunique() > 300


def test_explain_says_what_each_column_was_used_as(register_run):
    links, _ = register_run
    lines = explain_columns(links.model)
    by_column = {line.split()[0]: line for line in lines[:-1]}
    assert "ignored (redundant with first_name + surname)" in by_column["full_name"]
    assert "ignored (redundant with first_name + surname)" in by_column["first_and_surname"]
    assert "compared, blocked on" in by_column["surname"]
    assert by_column["occupation"].split()[1] == "category"
    assert lines[-1].startswith("threshold: match probability >= 0.5")


def test_a_generated_pair_of_uk_lists_is_linked_above_a_floor():
    left, right, truth = generate("uk_link", 500, 3)
    links = link(left, right, LinkSettings.from_config({"threshold": 0.5}))
    assert _f1(links, truth, False) > 0.9
    roles = links.model["rihai_column_roles"]
    assert roles["phone"]["why"] == "only in the left list"
    assert roles["email"]["why"] == "only in the right list"


def test_blank_parts_are_read_from_the_full_name_set_aside_for_them():
    from rihai.tracing.linkage.roles import fill_parts

    frame = pd.DataFrame({"full": ["John William Smith", "Mary Jones", "Cher", None],
                          "first": [None, "mary", None, None], "last": [None, None, None, "x"]})
    out = fill_parts(frame, "full", "first", "last")
    assert out["first"].tolist() == ["John", "mary", None, None]
    assert out["last"].tolist() == ["Smith", "Jones", None, "x"]


def test_a_date_of_birth_on_one_side_and_an_age_on_the_other_are_compared_as_a_birth_year():
    left, right, truth = generate("south_asia", 400, 5)
    links = link(left, right, LinkSettings.from_config({"threshold": 0.5}))
    roles = links.model["rihai_column_roles"]
    assert roles["DOB"]["role"] == roles["Age"]["role"] == "compared"
    assert any(s["field"] == "DOB / Age" and s["comparison_level_label"] != "DOB / Age is NULL"
               for s in links.waterfall(0))
    assert _f1(links, truth, False) > 0.9


def test_an_age_stands_in_for_a_blank_date_of_birth_in_the_same_list():
    """Pakistani lists hold a date on some rows and an age on others: rows with only an age meet
    a date on a year a year or two apart, inside the date's comparison (not a second one)."""
    from rihai.tracing.linkage import PopulationGenerator

    req, rec, truth = PopulationGenerator(seed=5).scenario(3000, 300)
    family = {"full_name": "Testcase Zorawar Qilladar", "father_name": "Testcase Qaisar Qilladar"}
    req = pd.concat([req, pd.DataFrame([{"unique_id": "family", **family, "age": 35}])])
    rec = pd.concat([rec, pd.DataFrame([{"unique_id": "row", **family, "dob": "1990-03-17"}])])
    links = link(req, rec, LinkSettings.from_config({"threshold": None}))
    roles = links.model["rihai_column_roles"]
    assert roles["age"] == {"kind": "age", "role": "compared", "why": "as dob's year where it is blank",
                            "blocked_on": False}
    assert not any(c["output_column_name"] == "age" for c in links.model["comparisons"])
    pairs = links.pairs.set_index(["unique_id_l", "unique_id_r"])
    steps = {s["field"]: s for s in links.waterfall(pairs.index.get_loc(("family", "row")))}
    assert steps["dob"]["comparison_level_label"].startswith("an age, year")
    assert steps["dob"]["match_weight"] > 0
    # A date against an age of someone 20 years older counts against.
    older = pd.concat([rec, pd.DataFrame([{"unique_id": "older", **family, "dob": "1970-03-17"}])])
    links = link(req, older, LinkSettings.from_config({"threshold": None}))
    pairs = links.pairs.set_index(["unique_id_l", "unique_id_r"])
    steps = {s["field"]: s for s in links.waterfall(pairs.index.get_loc(("family", "older")))}
    assert steps["dob"]["match_weight"] < 0


def test_a_column_whose_lists_share_no_value_says_where_a_row_came_from_not_who():
    n = 40
    left = pd.DataFrame({"unique_id": range(n), "source": ["family"] * n,
                         "city": ["lahore", "karachi"] * (n // 2)})
    right = pd.DataFrame({"unique_id": range(n), "source": ["fia", "embassy", "ngo", "fia"] * (n // 4),
                          "city": ["Lahore", "Quetta"] * (n // 2)})
    kinds = {"source": "place", "city": "place"}
    assert uninformative([left, right], kinds) == {"source": "no value in common between the lists"}
    # Written a little differently is still the same value; one list alone is never "apart".
    right["source"] = ["Familly"] * n
    assert uninformative([left, right], kinds) == {}
    assert uninformative([pd.concat([left, right])], kinds) == {}
