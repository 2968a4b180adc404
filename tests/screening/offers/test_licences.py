"""OEP licence register: parsing, look-ups and their effect on the score (fictional agencies)."""
from datetime import date

from rihai.screening.offers.service import check_licence, load_register, screen
from rihai.screening.offers.licences import Register

REGISTER = [
    {"licence_no": "9901/LHR", "name": "Example Overseas Employment Promoters", "city": "Lahore", "status": "Valid", "expiry": date(2030, 1, 1)},
    {"licence_no": "9902/RWP", "name": "Demo Manpower Services", "city": "Rawalpindi", "status": "Suspended", "expiry": date(2030, 1, 1)},
    {"licence_no": "MPD/9903/KHI", "name": "Sample Star Overseas", "city": "Karachi", "status": "Valid", "expiry": date(2020, 6, 30)},
]


def test_check_by_licence_number_in_free_text_forms():
    reg = Register(REGISTER)
    assert check_licence(reg, licence="9901/lhr").status == "licensed"
    assert check_licence(reg, licence="9901 / LHR").status == "licensed"
    assert check_licence(reg, licence="9902/RWP").status == "suspended_or_expired"
    assert check_licence(reg, licence="9903/KHI", as_of=date(2026, 1, 1)).status == "suspended_or_expired"  # expired
    assert check_licence(reg, licence="MPD/9903/KHI", as_of=date(2026, 1, 1)).record.name == "Sample Star Overseas"
    assert check_licence(reg, licence="9999/ISB").status == "not_found"


def test_fuzzy_name_lookup():
    reg = Register(REGISTER)
    hit = check_licence(reg, name="Example Overseas Employment Promoters (Pvt) Ltd")
    assert hit.status == "licensed" and hit.name_score >= 88
    assert check_licence(reg, name="Completely Different Travels").status == "not_found"
    mismatch = check_licence(reg, licence="9901/LHR", name="Demo Manpower Services")
    assert mismatch.name_matches_licence is False


def test_register_changes_the_assessment():
    ok = "Example Overseas Employment Promoters, OEP licence 9901/LHR, needs electricians for Dubai. Interview at our Lahore office."
    fake = "Placeholder Manpower Services, OEP licence 9998/LHR, needs electricians for Dubai. Interview at our Lahore office."
    bad = "Demo Manpower Services, licence 9902/RWP, needs electricians for Dubai. Send processing fee in advance."
    a_ok, a_fake, a_bad = (screen(t, register=REGISTER, as_of=date(2026, 1, 1)) for t in (ok, fake, bad))
    assert "licence_verified" in {f.code for f in a_ok.reassuring}
    assert "licence_not_found" in {f.code for f in a_fake.red_flags}
    assert "oep_licence_cited" not in {f.code for f in a_fake.reassuring}
    assert "licence_suspended_or_expired" in {f.code for f in a_bad.red_flags}
    assert a_ok.risk < a_fake.risk < a_bad.risk
    span = next(f for f in a_fake.red_flags if f.code == "licence_not_found").spans[0]
    assert fake[span.start:span.end] == "9998/LHR"


def test_load_register_csv_and_xlsx(tmp_path):
    csv_path = tmp_path / "oep.csv"
    csv_path.write_text("Licence No,OEP Name,City,Status,Valid Upto\n9901/LHR,Example Overseas,Lahore,Valid,31-12-2030\n"
                        "9902/RWP,Demo Manpower,Rawalpindi,Cancelled,2024-01-01\n", encoding="utf-8")
    recs = load_register(csv_path)
    assert [(r.licence_no, r.status, r.expiry) for r in recs] == [("9901/LHR", "Valid", date(2030, 12, 31)),
                                                                  ("9902/RWP", "Cancelled", date(2024, 1, 1))]
    import pytest

    Workbook = pytest.importorskip("openpyxl").Workbook  # XLSX support is optional

    wb = Workbook()
    ws = wb.active
    ws.append(["licence_no", "name", "status", "expiry"])
    ws.append(["9901/LHR", "Example Overseas", "Valid", date(2030, 1, 1)])
    xlsx = tmp_path / "oep.xlsx"
    wb.save(xlsx)
    assert load_register(xlsx)[0].expiry == date(2030, 1, 1)
