"""Overseas Employment Promoter (OEP) licence look-ups against an in-memory register.

The BE&OE publishes no machine-readable format, and licences appear in ads as
free text ("0696/RWP", "MPD/2671/LHR", "Lic # 2214"), so matching is done on a
normalised (number, city) key with the name as a fuzzy tie-breaker.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz, process, utils

from rihai.errors import Invalid
from rihai.tabular import Limits, read_rows

from .entities import normalise_licence
from .assessment import LicenceCheck, RegisterRecord

NAME_MATCH_THRESHOLD = 88.0
_BAD_STATUS = ("suspend", "cancel", "expire", "revoke", "block", "inactive", "invalid")
_NAME_NOISE = re.compile(r"\b(pvt|private|ltd|limited|co|company|overseas|employment|promoters?|oep|services|the|m/s)\b\.?", re.I)


def licence_key(raw: str) -> tuple[int | None, str | None]:
    """(number, city code) used for matching; prefixes such as 'MPD' are ignored."""
    parts = normalise_licence(raw).split("/")
    num = next((int(p) for p in parts if p.isdigit()), None)
    alpha = [p for p in parts if p.isalpha()]
    city = alpha[-1] if alpha and not parts[-1].isdigit() else None
    return num, city


def _clean_name(name: str) -> str:
    return " ".join(_NAME_NOISE.sub(" ", utils.default_process(name)).split())


class Register:
    """Indexes records once so each screening call is a dict look-up."""

    def __init__(self, records: Iterable[RegisterRecord | dict[str, Any]]):
        self.records = [r if isinstance(r, RegisterRecord) else RegisterRecord(**r) for r in records]
        self._by_key: dict[tuple[int | None, str | None], list[RegisterRecord]] = {}
        self._by_num: dict[int | None, list[RegisterRecord]] = {}
        for r in self.records:
            key = licence_key(r.licence_no)
            self._by_key.setdefault(key, []).append(r)
            self._by_num.setdefault(key[0], []).append(r)
        self._names = [_clean_name(r.name) for r in self.records]

    def find_licence(self, raw: str) -> list[RegisterRecord]:
        num, city = licence_key(raw)
        if num is None:
            return []
        if city:
            return self._by_key.get((num, city), [])
        return self._by_num.get(num, [])

    def find_name(self, name: str) -> tuple[RegisterRecord, float] | None:
        q = _clean_name(name)
        if not q or not self._names:
            return None
        hit = process.extractOne(q, self._names, scorer=fuzz.token_set_ratio, score_cutoff=NAME_MATCH_THRESHOLD)
        if hit is None:
            return None
        return self.records[hit[2]], float(hit[1])


def record_status(rec: RegisterRecord, as_of: date | None = None) -> str:
    as_of = as_of or date.today()
    if any(b in rec.status.lower() for b in _BAD_STATUS):
        return "suspended_or_expired"
    if rec.expiry is not None and rec.expiry < as_of:
        return "suspended_or_expired"
    return "licensed"


def check_licence(register: Register | Iterable[RegisterRecord | dict[str, Any]], licence: str | None = None,
                  name: str | None = None, as_of: date | None = None) -> LicenceCheck:
    """Is this licence number and/or agency name licensed, suspended/expired, or unknown?"""
    reg = register if isinstance(register, Register) else Register(register)
    name_hit = reg.find_name(name) if name else None
    if licence:
        recs = reg.find_licence(licence)
        if recs:
            rec = recs[0]
            matches = None
            score = None
            if name:
                score = fuzz.token_set_ratio(_clean_name(name), _clean_name(rec.name))
                matches = score >= NAME_MATCH_THRESHOLD
            return LicenceCheck(query_licence=licence, query_name=name, status=record_status(rec, as_of), record=rec,
                                name_score=score, name_matches_licence=matches)
        return LicenceCheck(query_licence=licence, query_name=name, status="not_found",
                            record=name_hit[0] if name_hit else None, name_score=name_hit[1] if name_hit else None,
                            name_matches_licence=False if name_hit else None)
    if name_hit:
        return LicenceCheck(query_name=name, status=record_status(name_hit[0], as_of), record=name_hit[0], name_score=name_hit[1])
    return LicenceCheck(query_name=name, status="not_found")


_HEADERS = {
    "licence_no": ("licence_no", "license_no", "licence", "license", "licence_number", "license_number", "lic_no", "oep_licence", "licence no", "license no"),
    "name": ("name", "oep_name", "oep", "agency", "agency_name", "promoter", "company"),
    "city": ("city", "district", "office", "location"),
    "status": ("status", "licence_status", "license_status", "state"),
    "expiry": ("expiry", "expiry_date", "valid_upto", "valid_until", "valid_till", "validity", "expires"),
}


def _parse_date(v: Any) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    s = str(v).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d-%b-%Y", "%d %b %Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def _rows_to_records(header: list[str], rows: Iterable[list[Any]]) -> list[RegisterRecord]:
    low = [str(h or "").strip().lower().replace("-", "_") for h in header]
    idx: dict[str, int] = {}
    for field, names in _HEADERS.items():
        for i, h in enumerate(low):
            if h in names or h.replace(" ", "_") in names:
                idx.setdefault(field, i)
    # Real exports label columns loosely ("Name of OEP", "Licence #", "Valid Upto"): fall back to
    # a word inside the header when no exact name matched.
    loose = {"licence_no": ("licen", "lic #", "lic#"), "name": ("name", "promoter", "agency"),
             "city": ("city", "district"), "status": ("status",), "expiry": ("valid", "expir")}
    for field, needles in loose.items():
        if field not in idx:
            for i, h in enumerate(low):
                if i not in idx.values() and any(n in h for n in needles):
                    idx[field] = i
                    break
    if "licence_no" not in idx or "name" not in idx:
        raise ValueError(f"register needs licence and name columns, got {header!r}")
    out = []
    for row in rows:
        def get(f: str) -> Any:
            i = idx.get(f)
            return row[i] if i is not None and i < len(row) else None
        lic = str(get("licence_no") or "").strip()
        if not lic:
            continue
        out.append(RegisterRecord(licence_no=normalise_licence(lic), name=str(get("name") or "").strip(),
                                  city=(str(get("city")).strip() or None) if get("city") else None,
                                  status=str(get("status") or "valid").strip() or "valid", expiry=_parse_date(get("expiry"))))
    return out


# The BE&OE register lists a few thousand promoters; a file far past that is not a register.
REGISTER_LIMITS = Limits(max_rows=50_000, max_columns=100, max_cell_chars=1000,
                         max_bytes=16 * 1024 * 1024)


def load_register(path: str | Path) -> list[RegisterRecord]:
    """Read an OEP register from CSV (any common header names) or XLSX, streamed through
    ``rihai.tabular`` (which refuses an oversized or row-bombed file, ``Invalid``, while reading)."""
    p = Path(path)
    cap = REGISTER_LIMITS.max_bytes or 0
    if p.stat().st_size > cap:
        raise Invalid(f"the register file may be at most {cap // (1024 * 1024)} MB", field="file",
                      rule="max-bytes")
    # The CSV dialect is not sniffed: registers have always been read as plain comma-separated.
    rows = read_rows(p.read_bytes(), p.name, REGISTER_LIMITS, sniff_delimiter=False, active_sheet=True)
    header = next(rows, None)
    if header is None:
        return []
    return _rows_to_records([str(h) if h is not None else "" for h in header], rows)
