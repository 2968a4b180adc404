"""Screening of job offers: "Is this job offer safe?"

Pure functions (no database, no web framework) that read the text of a job
advert or recruiter message, in English, Urdu script, Roman Urdu or a mix, and
return a risk assessment for the lures used in human trafficking from Pakistan:
fake IT/call-centre jobs in South-East Asian scam compounds, visit/azad-visa
work, up-front fees, passport confiscation, hostess jobs for young women, and
recruiters who are not licensed Overseas Employment Promoters (OEPs).

Public functions:
- ``screen(text, register=None, *, as_of=None, use_model=True) -> Assessment``
- ``screen_records(records, register=None) -> Iterator[dict]`` (pure, JSON-ready, Spark-friendly)
- ``screen_bulk(records, register=None, workers=None) -> Iterator[dict]`` (multi-process)
- ``check_licence(register, licence=None, name=None)`` and ``load_register(path)``
- ``rihai.screening.model.train / evaluate`` and ``rihai.screening.corpus.generate``

Rules come from the versioned data file ``data/indicators.json``; see
docs/screening.md for scoring, calibration and known failure modes.
"""
from .batch import screen_bulk, screen_records
from .engine import ScreeningInputError, screen
from .licences import Register, check_licence, load_register
from .normalise import MAX_ANALYSED_CHARS
from .schema import Advice, Assessment, Entities, Flag, LicenceCheck, RegisterRecord, Span

__all__ = [
    "screen", "screen_records", "screen_bulk", "Assessment", "Flag", "Span", "Entities", "Advice", "LicenceCheck",
    "RegisterRecord", "Register", "ScreeningInputError", "check_licence", "load_register", "MAX_ANALYSED_CHARS",
]
