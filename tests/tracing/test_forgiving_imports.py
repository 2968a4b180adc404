"""Imports that forgive (issue 19), through the service on both databases: a birth year alone
keeps its row, a date column is read one way and the report says which, free-text countries are
read or refused until the importer answers, and nothing of a value reaches the audit log."""

from __future__ import annotations

import json

import pytest
from factories.tracing import file_request, import_list, list_csv
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.errors import Invalid
from rihai.tracing import service
from rihai.tracing.linkage.features import birth_year
from rihai.tracing.matching import record_row
from rihai.tracing.models import ImportedPerson

HEADERS = ["S.No", "Name of National", "D.O.B", "Passport No"]


def _rows(db, imp) -> dict[str, ImportedPerson]:  # type: ignore[no-untyped-def]
    found = db.scalars(select(ImportedPerson).where(ImportedPerson.import_id == imp.id))
    return {p.full_name: p for p in found}


def test_a_birth_year_alone_keeps_the_row_as_a_year(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["1", "Test Alpha (SYNTHETIC)", "1998", "ZX1000001"],
                     ["2", "Test Beta (SYNTHETIC)", "born 1987", "ZX1000002"],
                     ["3", "Test Gamma (SYNTHETIC)", "12/03/1990", "ZX1000003"]], HEADERS)
    imp = import_list(db, actor, data)
    assert imp.mapping["D.O.B"] == "dob"  # years in a birth column: still the date of birth
    assert (imp.rows_stored, imp.rows_rejected) == (3, 0)
    assert imp.report["birth_year_only"] == 2
    rows = _rows(db, imp)
    alpha = rows["Test Alpha (SYNTHETIC)"]
    assert (alpha.birth_date, alpha.age, alpha.birth_year) == (None, None, 1998)  # no day or month invented
    assert rows["Test Gamma (SYNTHETIC)"].birth_date == "1990-03-12"
    # The engine reads the year as an age on the listing date and turns it back into 1998.
    r = record_row(alpha)
    assert r["dob"] is None and birth_year(None, r["age"], r["age_on"]) == 1998
    # Importing the same rows again adds nothing: the year is the row's own value.
    again = import_list(db, actor, data)
    assert (again.rows_stored, again.rows_duplicate) == (0, 3)


def test_a_year_column_beside_the_date(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["Test Delta (SYNTHETIC)", "", "1979"], ["Test Eps (SYNTHETIC)", "05/06/1985", "1985"],
                     ["Test Zeta (SYNTHETIC)", "05/06/1985", "1986"]], ["Full Name", "DOB", "Year of birth"])
    imp = import_list(db, actor, data)
    assert imp.mapping["Year of birth"] == "birth_year"
    assert imp.report["birth_year_only"] == 1
    assert [(r["row"], r["field"], r["rule"]) for r in imp.rejections] == [(4, "birth_year", "birth-year-differs")]
    assert _rows(db, imp)["Test Delta (SYNTHETIC)"].birth_year == 1979


def test_a_birth_year_row_still_meets_its_request(db, world):
    cw = world.actor("caseworker")
    file_request(db, cw)  # Muhammad Hussain Qureshi (TEST), born 1990-03-12, Okara
    data = list_csv([["1", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "1990", "", "", "Okara"]],
                    ["S.No", "Name of National", "Father/Husband Name", "D.O.B", "Passport No", "CNIC #",
                     "Home District"])
    imp = import_list(db, cw, data)
    assert imp.report["birth_year_only"] == 1
    service.run_match(db, cw, background=(800, 80))
    rows, _total = service.list_candidates(db, cw)
    row_id = _rows(db, imp)["Mohd Husain Qureshi (TEST)"].id
    assert any(c.other_id == row_id for c in rows)


def test_an_ambiguous_date_column_is_read_day_first_and_says_so(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["1", "Test Eta (SYNTHETIC)", "03/04/1990", "ZX2000001"],
                     ["2", "Test Theta (SYNTHETIC)", "05/06/1985", "ZX2000002"],
                     ["3", "Test Iota (SYNTHETIC)", "07/07/1979", "ZX2000003"]], HEADERS)
    imp = import_list(db, actor, data)
    assert imp.report["dates"] == [{"column": "D.O.B", "field": "dob", "reading": "dmy", "either_way": 2,
                                    "refused": 0}]
    assert _rows(db, imp)["Test Eta (SYNTHETIC)"].birth_date == "1990-04-03"
    # The importer chose the other reading: the same text is another date.
    staged = service.stage_import(db, actor, data=data, filename="us.csv", source_agency="Consulate, Houston (TEST)",
                                  kind="detained")
    other = service.store_import(db, actor, staged.id, readings={"D.O.B": "mdy"})
    assert other.report["dates"][0]["reading"] == "mdy"
    assert _rows(db, other)["Test Eta (SYNTHETIC)"].birth_date == "1990-03-04"


def test_a_date_impossible_under_the_chosen_reading_is_rejected_not_swapped(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["1", "Test Kappa (SYNTHETIC)", "25/12/1988", "ZX3000001"],
                     ["2", "Test Lambda (SYNTHETIC)", "03/04/1990", "ZX3000002"]], HEADERS)
    staged = service.stage_import(db, actor, data=data, filename="x.csv", source_agency="Embassy (TEST)",
                                  kind="rescued")
    imp = service.store_import(db, actor, staged.id, readings={"D.O.B": "mdy"})
    assert [(r["row"], r["field"], r["rule"]) for r in imp.rejections] == [(2, "dob", "date-reading")]
    assert imp.report["dates"][0]["refused"] == 1 and imp.rows_stored == 1


def test_unknown_countries_are_refused_until_answered(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["Test Mu (SYNTHETIC)", "UAE"], ["Test Nu (SYNTHETIC)", "سعودی عرب"],
                     ["Test Xi (SYNTHETIC)", "Dubai"], ["Test Omicron (SYNTHETIC)", "Narnia"],
                     ["Test Pi (SYNTHETIC)", "Narnia"], ["Test Rho (SYNTHETIC)", "Atlantis"],
                     ["Test Sigma (SYNTHETIC)", "N/A"]], ["Full Name", "Country"])
    staged = service.stage_import(db, actor, data=data, filename="gulf.csv", source_agency="Embassy (TEST)",
                                  kind="in_shelter", country="Saudia")
    assert staged.country == "SA"  # the list's country named, not coded
    assert staged.mapping["Country"] == "country"
    preview = service.preview(staged)
    assert preview.countries.unknown == [("Narnia", 2), ("Atlantis", 1)]
    with pytest.raises(Invalid) as refused:
        service.store_import(db, actor, staged.id, countries={"Narnia": "MY"})
    assert refused.value.rule == "country-unknown" and "Atlantis" not in json.dumps(refused.value.problem())
    assert staged.status == "staged"
    with pytest.raises(Invalid) as bad_code:
        service.store_import(db, actor, staged.id, countries={"Narnia": "XX", "Atlantis": ""})
    assert bad_code.value.rule == "iso-3166"
    imp = service.store_import(db, actor, staged.id, countries={" Narnia": "MY", "Atlantis": ""})
    assert imp.rows_stored == 7 and imp.rows_rejected == 0  # no row dropped
    got = {name: p.country for name, p in _rows(db, imp).items()}
    assert got == {"Test Mu (SYNTHETIC)": "AE", "Test Nu (SYNTHETIC)": "SA", "Test Xi (SYNTHETIC)": "AE",
                   "Test Omicron (SYNTHETIC)": "MY", "Test Pi (SYNTHETIC)": "MY", "Test Rho (SYNTHETIC)": None,
                   "Test Sigma (SYNTHETIC)": None}
    assert imp.report["countries"] == {"read": 2, "by_city": 1, "chosen": 2, "left_blank": 1}
    # Ids and field names only: no value of the file in the audit log or the stored report.
    events = db.scalars(select(AuditEvent).where(AuditEvent.subject_id == str(imp.id))).all()
    text = json.dumps([e.fields for e in events], ensure_ascii=False) + json.dumps(imp.report, ensure_ascii=False)
    for value in ("Narnia", "Atlantis", "Dubai", "Test Mu"):
        assert value not in text


def test_one_answer_for_every_other_country(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["Test Tau (SYNTHETIC)", "Narnia"], ["Test Upsilon (SYNTHETIC)", "Oman"]], ["Full Name", "Country"])
    staged = service.stage_import(db, actor, data=data, filename="x.csv", source_agency="Embassy (TEST)", kind="rescued")
    imp = service.store_import(db, actor, staged.id, countries={"*": ""})
    assert {p.country for p in _rows(db, imp).values()} == {None, "OM"}


def test_preview_shows_samples_only_of_the_staged_file(db, world):
    actor = world.actor("consular_officer")
    data = list_csv([["1", "Test Phi (SYNTHETIC)", "03/04/1990", "ZX4000001"],
                     ["2", "Test Chi (SYNTHETIC)", "1975", ""]], HEADERS)
    staged = service.stage_import(db, actor, data=data, filename="x.csv", source_agency="Embassy (TEST)", kind="rescued")
    preview = service.preview(staged)
    assert preview.samples["Name of National"] == ["Test Phi (SYNTHETIC)", "Test Chi (SYNTHETIC)"]
    assert preview.samples["Passport No"] == ["ZX4000001"]
    assert preview.dates["D.O.B"].reading == "dmy" and preview.birth_year_only == 1
    service.store_import(db, actor, staged.id)
    with pytest.raises(Invalid):
        service.preview(staged)  # once stored, the file is gone: nothing left to show
