"""Victim identification: a structured screening interview and its combination rule.

A caseworker, investigator or consular officer asks a person the questions of one of the four
ILO/European Commission (2009) "Operational indicators of trafficking in human beings" sets
(adult/child x labour/sexual exploitation), plus the ILO's 11 indicators of forced labour (2012).
``evaluate`` turns the yes/no/unknown answers into a SUGGESTED status - presumed victim,
possible victim, or not indicated - with the reasons in English and Urdu. The suggestion never
decides: the person screening records a ``ScreeningDecision``.

The functions below (``ilo_indicators``, ``rules``, ``schemas``) are pure: no database, no web framework, no clock. The interviews stored
against a case (answers, suggestion, decision, with their ``rule_version``) are ``service`` (the
front door for other domains), ``models`` (the ``identification_interviews`` table, and
``identification_drafts``: an interview in progress, ``drafts``), ``api`` and ``pages``.

Public functions:
- ``load_indicators(version=None) -> IndicatorSet`` - the validated data file ``data/ilo_indicators.json``
- ``set_for(age, exploitation) -> str`` - which of the four sets to ask (unknown age -> child set)
- ``evaluate(answers, *, set_code, indicators) -> Assessment``
- ``decide(assessment, *, status, decided_by, reason) -> ScreeningDecision``

The rule as implemented, the ILO citation and where Rihai interprets it: docs/identification.md.
"""
from .ilo_indicators import IdentificationInputError, IndicatorFileError, available_versions, load_indicators, set_for
from .rules import STATUS_TEXT, decide, evaluate, threshold_met
from .schemas import (
    Assessment, DimensionResult, DimensionStatus, ElementResult, ForcedLabourFinding, Indicator, IndicatorSet,
    ScreeningDecision, Status, Strength, Text,
)

__all__ = [
    "load_indicators", "available_versions", "set_for", "evaluate", "decide", "threshold_met", "STATUS_TEXT",
    "Assessment", "DimensionResult", "DimensionStatus", "ElementResult", "ForcedLabourFinding", "Indicator",
    "IndicatorSet", "ScreeningDecision", "Status", "Strength", "Text",
    "IdentificationInputError", "IndicatorFileError",
]
