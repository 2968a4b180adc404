"""Lists held by others — embassy lists of nationals rescued, detained, deported or in shelters,
shelter lists in transit countries — imported as CSV or XLSX.

Two steps: ``stage_import`` keeps the uploaded file (encrypted, in the database: never a plaintext
temp file) and guesses a column mapping from headings and values; ``store_import`` applies the
mapping the user confirmed, validates every row (CNIC, phone, passport, dates, sex, country) and
stores the good rows. Rejections are reported as (row, field, rule) — never the value. Each stored
row carries a keyed fingerprint of its source and normalised values, so the same file (or the same
rows in a new file) imported again adds nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope, visible
from rihai.access.service import require
from rihai.crypto import current_keyring
from rihai.db import paged, utcnow
from rihai.errors import Invalid, NotFound
from rihai.tabular import Limits, read_rows
from rihai.validators import normalise_country, read_country

from . import import_values as values_
from .linkage import detect_kinds, kind_from_name, parse_date
from .models import ImportedPerson, TracingImport
from .schemas import ListKind

TARGETS = ("full_name", "given_name", "family_name", "father_name", "dob", "birth_year", "age", "sex", "cnic",
           "passport", "phone", "district", "country", "place", "listed_on", "remarks", "ignore")
MAX_ROWS = 100_000
# A list row is a person: a few dozen columns at most, no cell longer than a short paragraph.
LIMITS = Limits(max_rows=MAX_ROWS, max_columns=200, max_cell_chars=2000)
NAME_TARGETS = {"full_name", "given_name", "family_name"}


def _owned(model: type) -> object:
    return lambda actor: model.agency_id == actor.agency_id  # type: ignore[attr-defined]


register_scope(TracingImport, Permission.TRACING_LIST_IMPORT, _owned(TracingImport))
register_scope(ImportedPerson, Permission.TRACING_LIST_IMPORT, _owned(ImportedPerson))


# --------------------------------------------------------------------------- reading files
def read_table(data: bytes, filename: str) -> tuple[list[str], list[list[str]]]:
    """Headings and rows (as text) of a CSV or the first sheet of an XLSX file. Read through
    ``rihai.tabular``, which refuses a file past its caps while streaming it (a 368 KB XLSX
    can hold a million rows)."""
    rows = [[_cell(v) for v in r] for r in read_rows(data, filename, LIMITS)]
    rows = [r for r in rows if any(c for c in r)]
    if len(rows) < 2:
        raise Invalid("the list needs a heading row and at least one person", field="file", rule="rows")
    headers = [h or f"column {i + 1}" for i, h in enumerate(rows[0])]
    if len(set(headers)) != len(headers):
        raise Invalid("two columns have the same heading", field="file", rule="unique-headings")
    width = len(headers)
    return headers, [(r + [""] * width)[:width] for r in rows[1:]]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def guess_mapping(headers: list[str], rows: list[list[str]]) -> dict[str, str]:
    """heading -> target field, from the heading and a sample of values (linkage ``detect_kinds``)."""
    frame = pd.DataFrame([r for r in rows[:500]], columns=headers).replace("", None)
    kinds = detect_kinds(frame)
    mapping: dict[str, str] = {}
    for h in headers:
        kind, low = kinds.get(h, "ignore"), h.lower()
        if kind == "national_id":
            target = "passport" if "passport" in low else "cnic"
        elif kind == "dob":
            target = "listed_on" if any(w in low for w in ("arriv", "deport", "list", "rescue", "admit")) else "dob"
        elif kind == "place":
            target = "district" if "district" in low or "tehsil" in low else "place"
        elif kind == "address":
            target = "place"
        elif kind in TARGETS:
            target = kind
        else:
            target = "ignore"
        # Free text about the person now reads like a name to the value detector: the heading says.
        if target in ("ignore", "full_name", "place") and any(w in low for w in ("remark", "comment", "note", "status")):
            target = "remarks"
        mapping[h] = _by_heading(low, target, [r[headers.index(h)] for r in rows[:500]])
    # One column per target: a second "name" column is kept out rather than silently merged.
    seen: set[str] = set()
    for h in headers:
        if mapping[h] != "ignore":
            if mapping[h] in seen:
                mapping[h] = "ignore"
            seen.add(mapping[h])
    if not NAME_TARGETS & seen:
        for h in headers:
            if kind_from_name(h) in ("full_name", "given_name") and mapping[h] == "ignore":
                mapping[h] = "full_name"
                break
    return mapping


_YEAR_HEADING = re.compile(r"year.{0,4}birth|birth.{0,3}year|\byob\b|^born$|سن پیدائش")


def _by_heading(low: str, target: str, sample: list[str]) -> str:
    """Where the heading says more than the values: a year-of-birth column, a date-of-birth column
    that holds years (the value detector reads those as numbers), a country column (it reads
    those as places)."""
    if _YEAR_HEADING.search(low):
        return "birth_year"
    if target in ("ignore", "place") and re.search(r"dob|d\.o\.b|birth|پیدائش", low) and "place" not in low:
        written = [v for v in sample if v.strip()]
        datelike = sum(values_.birth_year_only(v) is not None or parse_date(v) is not None for v in written)
        if written and datelike > len(written) / 2:
            return "dob"
    if target in ("place", "ignore", "full_name") and re.search(r"country|ملک", low) and "birth" not in low:
        return "country"
    return target


def check_mapping(headers: list[str], mapping: dict[str, str]) -> dict[str, str]:
    unknown = [h for h in mapping if h not in headers]
    if unknown:
        raise Invalid("the mapping names a column the file does not have", field="mapping", rule="known-columns")
    full = {h: mapping.get(h, "ignore") for h in headers}
    used = [t for t in full.values() if t != "ignore"]
    if any(t not in TARGETS for t in full.values()):
        raise Invalid("a column is mapped to an unknown field", field="mapping", rule="known-fields")
    if len(used) != len(set(used)):
        raise Invalid("two columns are mapped to the same field", field="mapping", rule="one-column-per-field")
    if not NAME_TARGETS & set(used):
        raise Invalid("map at least one column to a name", field="mapping", rule="name-column")
    return full


_KEY_FIELDS = ("full_name", "father_name", "sex", "birth_date", "age", "cnic", "passport", "phone",
               "district", "country", "place", "listed_on")


def _fingerprint(agency_id: int, source: str, row: ImportedPerson) -> bytes:
    """Keyed digest of the agency, the source and the row's stored values: recomputable from the
    stored row alone, so key rotation can refresh it (``refingerprint_all``)."""
    values = sorted((k, str(v)) for k in _KEY_FIELDS if (v := getattr(row, k)) is not None)
    # A birth year is the row's own value only when nothing else says when the person was born
    # (otherwise it is derived, and an age's changes with the year of import). Rows stored before
    # birth-year-only rows existed have no such year, so their fingerprints are unchanged.
    if row.birth_date is None and row.age is None and row.birth_year is not None:
        values = sorted([*values, ("birth_year", str(row.birth_year))])
    canon = json.dumps([agency_id, " ".join(source.casefold().split()), values],
                       ensure_ascii=False, separators=(",", ":"))
    return current_keyring().blind("tracing-row", canon)


def refingerprint_all(session: Session, *, batch: int = 1000) -> int:
    """Recompute every row fingerprint under the installed index key (``rihai keys rotate``)."""
    done = 0
    sources = dict(session.execute(select(TracingImport.id, TracingImport.source_agency)).all())
    last = None
    while True:
        stmt = select(ImportedPerson).order_by(ImportedPerson.id).limit(batch)
        rows = list(session.scalars(stmt if last is None else stmt.where(ImportedPerson.id > last)))
        if not rows:
            return done
        for row in rows:
            row.fingerprint = _fingerprint(row.agency_id, sources[row.import_id], row)
        session.flush()
        last, done = rows[-1].id, done + len(rows)


# --------------------------------------------------------------------------- service verbs
def stage_import(session: Session, actor: Actor, *, data: bytes, filename: str, source_agency: str,
                 kind: ListKind, country: str | None = None) -> TracingImport:
    """A desk uploads a list; the file is held encrypted and a column mapping is proposed."""
    require(actor, Permission.TRACING_LIST_IMPORT)
    if actor.agency_id is None:
        raise Invalid("only a member of an agency can import a list", rule="agency-member")
    source = " ".join(source_agency.split())
    if not 2 <= len(source) <= 200:
        raise Invalid("name the agency that holds the list (2 to 200 characters)", field="source_agency")
    if country:
        try:
            country = normalise_country(country)
        except ValueError as exc:
            # "UAE", "Saudia", "سعودی عرب" name the list's country as well as a code does.
            found = read_country(country)
            if found is None:
                raise Invalid(str(exc), field="country", rule="iso-3166") from exc
            country = found[0]
    headers, rows = read_table(data, filename)
    imp = TracingImport(agency_id=actor.agency_id, source_agency=source, kind=str(ListKind(kind)),
                        country=country or None, filename=filename[:200] or None,
                        sha256=hashlib.sha256(data).hexdigest(), status="staged",
                        payload=base64.b64encode(data).decode(), mapping=guess_mapping(headers, rows),
                        rows_total=len(rows), imported_by_id=actor.user_id)
    session.add(imp)
    session.flush()
    audit.record(session, actor, AuditTag.TRACING_LIST_STAGE, subject_type="tracing_import", subject_id=imp.id)
    return imp


def staged_table(imp: TracingImport) -> tuple[list[str], list[list[str]]]:
    if imp.payload is None:
        raise Invalid("this list is already stored", rule="already-stored")
    return read_table(base64.b64decode(imp.payload), imp.filename or "")


def store_import(session: Session, actor: Actor, import_id: int, *, mapping: dict[str, str] | None = None,
                 readings: dict[str, str] | None = None, countries: dict[str, str] | None = None) -> TracingImport:
    """Apply the confirmed mapping: validate, store new rows, skip rows already held (same agency,
    source and values), report rejected rows as (row, field, rule). Row 1 is the heading.

    ``readings``: heading -> "dmy" / "mdy" for date columns (default: decided from the values,
    day first when they do not show it). ``countries``: the importer's answer for each country
    text the names table does not know -> an ISO code, or "" to leave it blank ("*" answers for
    all the others). While any such text is unanswered the list is refused (``country-unknown``):
    its rows are never dropped or stored without a word."""
    require(actor, Permission.TRACING_LIST_IMPORT)
    imp = _load(session, actor, import_id)
    headers, rows = staged_table(imp)
    full = check_mapping(headers, mapping if mapping is not None else imp.mapping)
    cols = {t: headers.index(h) for h, t in full.items() if t != "ignore"}
    dates = {h: c for h, c in date_columns(headers, rows, readings or {}).items() if full[h] in values_.DATE_TARGETS}
    target_readings = {full[h]: c.reading for h, c in dates.items()}
    choices = _country_choices(countries or {})
    survey = values_.survey_countries([r[cols["country"]] for r in rows]) if "country" in cols else None
    if survey and any(text not in choices for text, _n in survey.unknown) and "*" not in choices:
        raise Invalid("Some countries in the file are not known. Choose a country for each, or leave it blank.",
                      field="countries", rule="country-unknown")
    rejections: list[dict[str, object]] = []
    good: list[ImportedPerson] = []
    for n, row in enumerate(rows, start=2):
        clean, bad = values_.validate_row({t: row[i] for t, i in cols.items()}, target_readings, choices)
        if bad:
            rejections += [{"row": n, "field": f, "rule": r} for f, r in bad]
            continue
        person = _person(imp, n, clean)
        person.fingerprint = _fingerprint(imp.agency_id, imp.source_agency, person)
        good.append(person)
    held = _held_fingerprints(session, imp.agency_id, [p.fingerprint for p in good])
    stored = duplicate = 0
    for person in good:
        if person.fingerprint in held:
            duplicate += 1
            continue
        held.add(person.fingerprint)
        session.add(person)
        stored += 1
    imp.mapping = full
    imp.rows_stored, imp.rows_duplicate = stored, duplicate
    imp.rows_rejected = len({r["row"] for r in rejections})
    imp.rejections = rejections[:5000]
    imp.report = _report(good, dates, full, survey, choices)
    imp.status, imp.payload, imp.stored_at = "stored", None, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.TRACING_LIST_IMPORT, subject_type="tracing_import",
                 subject_id=imp.id, fields=sorted(cols))
    return imp


def date_columns(headers: list[str], rows: list[list[str]], readings: dict[str, str]) -> dict[str, values_.DateColumn]:
    """heading -> how its dates are read, for every column holding nn/nn/yyyy dates."""
    out = {}
    for i, h in enumerate(headers):
        # A column of dates shows one in its first thousand rows; the others are not surveyed.
        if values_.survey_dates([r[i] for r in rows[:1000]]) is None:
            continue
        column = values_.survey_dates([r[i] for r in rows], readings.get(h))
        if column is not None:
            out[h] = column
    return out


def _country_choices(choices: dict[str, str]) -> dict[str, str]:
    out = {}
    for text, code in choices.items():
        if code:
            try:
                code = normalise_country(code)
            except ValueError as exc:
                raise Invalid(str(exc), field="countries", rule="iso-3166") from exc
        out[text if text == "*" else " ".join(text.split())] = code
    return out


def _report(good: list[ImportedPerson], dates: dict[str, values_.DateColumn], full: dict[str, str],
            survey: values_.CountryColumn | None, choices: dict[str, str]) -> dict[str, object]:
    """Counts, headings and codes — what the report page says beside the row counts."""
    report: dict[str, object] = {
        "birth_year_only": sum(p.birth_date is None and p.age is None and p.birth_year is not None for p in good),
        "dates": [c.as_report(h, full[h]) for h, c in dates.items()]}
    if survey is not None:
        picked = [(choices.get(text, choices.get("*")), n) for text, n in survey.unknown]
        report["countries"] = {"read": survey.read, "by_city": sum(n for _t, _c, n in survey.by_city),
                               "chosen": sum(n for code, n in picked if code),
                               "left_blank": sum(n for code, n in picked if not code)}
    return report


def preview(imp: TracingImport, mapping: dict[str, str] | None = None,
            readings: dict[str, str] | None = None) -> values_.Preview:
    """What the mapping page shows the importing user (only them, only there): a few values of
    each column, how each date column will be read, how many rows have a birth year only, and the
    country texts the names table does not know."""
    headers, rows = staged_table(imp)
    chosen = {h: (mapping or imp.mapping).get(h, "ignore") for h in headers}
    return values_.build_preview(headers, rows, chosen, date_columns(headers, rows, readings or {}))


def _person(imp: TracingImport, n: int, clean: dict[str, object]) -> ImportedPerson:
    dob, age, listed, year = clean.get("dob"), clean.get("age"), clean.get("listed_on"), clean.get("birth_year")
    if isinstance(dob, dt.date):
        year = dob.year
    elif year is None and isinstance(age, int):
        year = (listed.year if isinstance(listed, dt.date) else dt.date.today().year) - age
    # A birth year alone stays a year: no day or month is invented (matching reads it as an age).
    return ImportedPerson(
        import_id=imp.id, agency_id=imp.agency_id, row_number=n, full_name=clean.get("full_name"),
        father_name=clean.get("father_name"), sex=clean.get("sex"),
        birth_date=dob.isoformat() if isinstance(dob, dt.date) else None, age=age, birth_year=year,
        cnic=clean.get("cnic"), passport=clean.get("passport"), phone=clean.get("phone"),
        district=clean.get("district"), country=clean.get("country"), place=clean.get("place"),
        remarks=clean.get("remarks"), listed_on=listed if isinstance(listed, dt.date) else None)


def _held_fingerprints(session: Session, agency_id: int, fps: list[bytes]) -> set[bytes]:
    held: set[bytes] = set()
    for i in range(0, len(fps), 500):
        chunk = fps[i:i + 500]
        held |= set(session.scalars(select(ImportedPerson.fingerprint).where(
            ImportedPerson.agency_id == agency_id, ImportedPerson.fingerprint.in_(chunk))))
    return held


def _load(session: Session, actor: Actor, import_id: int) -> TracingImport:
    imp = session.scalar(visible(select(TracingImport).where(TracingImport.id == import_id), actor, TracingImport))
    if imp is None:
        raise NotFound("no such import, or you do not have access to it")
    return imp


def get_import(session: Session, actor: Actor, import_id: int) -> TracingImport:
    """The agency that imported a list reads its report (counts and rejections, no values)."""
    require(actor, Permission.TRACING_LIST_IMPORT)
    imp = _load(session, actor, import_id)
    audit.record(session, actor, AuditTag.TRACING_LIST_READ, subject_type="tracing_import", subject_id=imp.id)
    return imp


def list_imports(session: Session, actor: Actor, *, page: int = 1, page_size: int = 25
                 ) -> tuple[list[TracingImport], int]:
    require(actor, Permission.TRACING_LIST_IMPORT)
    stmt = visible(select(TracingImport), actor, TracingImport)
    return paged(session, stmt, TracingImport.created_at.desc(), TracingImport.id.desc(),
                 page=page, page_size=page_size)


def already_imported(session: Session, imp: TracingImport) -> bool:
    """Was the very same file stored before by this agency?"""
    return session.scalar(select(func.count()).select_from(TracingImport).where(
        TracingImport.agency_id == imp.agency_id, TracingImport.sha256 == imp.sha256,
        TracingImport.status == "stored", TracingImport.id != imp.id)) > 0
