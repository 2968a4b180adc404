"""Job-offer screening's front door: "Is this job offer safe?"

Screening reads the text of a job advert or recruiter message, in English, Urdu script, Roman Urdu
or a mix, and returns a risk assessment for the lures used in human trafficking from Pakistan: fake
IT/call-centre jobs in South-East Asian scam compounds, visit/azad-visa work, up-front fees, passport
confiscation, hostess jobs for young women, and recruiters who are not licensed Overseas Employment
Promoters (OEPs). Rules come from the versioned data file ``data/red_flags.json``; see
docs/screening.md for scoring, calibration and known failure modes.

Pure verbs (no database, no web framework):
- ``screen(text, register=None, *, as_of=None, use_model=True) -> Assessment``
- ``screen_records(records, register=None) -> Iterator[dict]`` (pure, JSON-ready, Spark-friendly)
- ``screen_bulk(records, register=None, workers=None) -> Iterator[dict]`` (multi-process)
- ``screen_rdd(rdd, register=None)`` / ``screen_jsonl_spark(spark, path)``: the same on Spark (mapPartitions)
- ``check_licence(register, licence=None, name=None)`` and ``load_register(path)``
``highlight(text, assessment)`` cuts the text into pieces marked with the flags that cover them.
Verbs on the database: ``assess_text`` (screen against the register in force), ``import_register``,
``register_summary``, ``current_register``, ``parse_register_upload``.
Training and evaluating the classifier: ``offers.training``; the synthetic corpus: ``offers.corpus``.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import Invalid

from .assessment import Advice, Assessment, Entities, Flag, LicenceCheck, RegisterRecord, Span, highlight
from .batch import screen_bulk, screen_records
from .engine import ScreeningInputError, assess
from .licences import Register, check_licence, load_register
from .models import OepLicence, RegisterImport
from .normalise import MAX_ANALYSED_CHARS
from .phrases import flag_label
from .spark import local_session as local_spark_session, screen_jsonl as screen_jsonl_spark, screen_rdd
from .training import get_model

__all__ = [
    "screen", "screen_records", "screen_bulk", "assess_text", "Assessment", "Flag", "Span", "Entities", "Advice",
    "LicenceCheck", "RegisterRecord", "Register", "ScreeningInputError", "check_licence", "load_register",
    "MAX_ANALYSED_CHARS", "highlight", "flag_label", "screen_rdd", "screen_jsonl_spark", "local_spark_session", "import_register", "register_summary", "current_register", "parse_register_upload",
]

MAX_REGISTER_ROWS = 50_000  # the real register has ~5,100 promoters


def screen(text: str, register: Register | Iterable | None = None, *, as_of: date | None = None,
           use_model: bool = True) -> Assessment:
    """Screen one job offer: the rules, blended with the classifier unless ``use_model`` is False.
    Raises ScreeningInputError for non-text or empty input."""
    return assess(text, register, as_of=as_of, model=get_model() if use_model else None)


def assess_text(text: str, session: Session | None = None) -> Assessment:
    """Screen an offer sent to the web (the page, the API, a reported tip) against the register in
    force; text that cannot be screened is an ``Invalid`` on the field ``text``."""
    register = current_register(session) if session is not None else None
    try:
        return screen(text, register)
    except ScreeningInputError as exc:
        raise Invalid(str(exc), field="text", rule="screenable-text") from exc


def import_register(session: Session, actor: Actor, records: list[RegisterRecord], *,
                    source_name: str) -> RegisterImport:
    """Administrators replace the register with a fresh export from the BE&OE (a full snapshot,
    so licences that disappear from the export are no longer treated as licensed)."""
    require(actor, Permission.SCREENING_REGISTER_MANAGE)
    if not records:
        raise Invalid("the file has no register rows", field="file", rule="register-not-empty")
    if len(records) > MAX_REGISTER_ROWS:
        raise Invalid(f"a register has at most {MAX_REGISTER_ROWS} rows", field="file")
    batch = RegisterImport(imported_by_id=actor.user_id, source_name=source_name[:200], rows=len(records))
    session.add(batch)
    session.flush()
    # Older imports are removed: keeping them would only grow a table nobody reads.
    session.execute(delete(OepLicence).where(OepLicence.import_id != batch.id))
    session.execute(delete(RegisterImport).where(RegisterImport.id != batch.id))
    session.add_all(OepLicence(import_id=batch.id, licence_no=r.licence_no[:40], name=r.name[:300],
                               city=(r.city or None) and r.city[:80], status=r.status[:40], expiry=r.expiry)
                    for r in records)
    session.flush()
    audit.record(session, actor, AuditTag.REGISTER_IMPORT, subject_type="oep_register",
                 subject_id=batch.id, fields=["licence_no", "name", "city", "status", "expiry"])
    return batch


def register_summary(session: Session) -> dict[str, object]:
    latest = session.scalar(select(RegisterImport).order_by(RegisterImport.id.desc()).limit(1))
    count = session.scalar(select(func.count()).select_from(OepLicence)) or 0
    return {"rows": count, "imported_at": latest.imported_at if latest else None,
            "source_name": latest.source_name if latest else None}


_cache_lock = threading.Lock()
_cache: tuple[int | None, Register | None] = (None, None)


def current_register(session: Session) -> Register | None:
    """The register in force, indexed once per import and shared by every screening request."""
    global _cache
    latest = session.scalar(select(func.max(RegisterImport.id)))
    if latest is None:
        return None
    with _cache_lock:
        if _cache[0] == latest and _cache[1] is not None:
            return _cache[1]
    rows = session.scalars(select(OepLicence).where(OepLicence.import_id == latest)).all()
    register = Register([RegisterRecord(licence_no=r.licence_no, name=r.name, city=r.city,
                                        status=r.status, expiry=r.expiry) for r in rows])
    with _cache_lock:
        _cache = (latest, register)
    return register


def parse_register_upload(data: bytes, filename: str) -> list[RegisterRecord]:
    """Read an uploaded CSV or XLSX register. The register is public business information, so a
    short-lived temporary file (for openpyxl and the CSV sniffing in ``load_register``) is fine."""
    import tempfile
    from pathlib import Path

    suffix = Path(filename or "").suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise Invalid("upload the register as a .csv or .xlsx file", field="file", rule="register-format")
    with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            return load_register(tmp.name)
        except Invalid:
            raise  # a cap of the streaming reader (rows, cells, size): its own field and rule
        except (ValueError, KeyError, UnicodeDecodeError, OSError) as exc:
            raise Invalid("the register could not be read: it needs licence-number and name columns "
                          "(CSV in UTF-8, or XLSX)", field="file", rule="register-format") from exc
        except Exception as exc:  # noqa: BLE001 - openpyxl raises its own types on a damaged file
            raise Invalid("the spreadsheet could not be read; it may be damaged", field="file",
                          rule="register-format") from exc
