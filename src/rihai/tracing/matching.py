"""The match run: open tracing requests against imported list rows, consenting case persons and
each other, scored by the linkage engine's person model (``rihai.tracing.linkage``); pairs above
the threshold become candidates with their waterfall (field names and weights only).

Decrypted values exist only in this process's memory: they are read through the ORM, put in pandas
frames and handed to Splink on in-memory DuckDB (no spill file) or Spark. The model is estimated
from the data being matched; a small or young deployment has too few rows for that, so a seeded
synthetic background population (``PopulationGenerator``, visibly fake) is matched alongside and its
pairs are dropped. Rejected pairs are never proposed again.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases import service as case_service

from .linkage import Links, LinkSettings, PopulationGenerator, link
from .models import ImportedPerson, MatchCandidate, TracingImport, TracingRequest
from .requests import OPEN_STATUSES, set_status
from .schemas import CandidateStatus, MatchRunResult, RequestStatus

DEFAULT_THRESHOLD = 0.5
BACKGROUND = (1500, 150)  # synthetic records, synthetic requests
Progress = Callable[[str, float], None] | None
_SEX = {"Female": "f", "Male": "m"}


@dataclass
class _Side:
    kind: str
    id: uuid.UUID
    agency_id: int | None


@dataclass
class _Frames:
    requests: list[dict] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)
    sides: dict[str, _Side] = field(default_factory=dict)
    n_records: int = 0
    n_cases: int = 0


def request_row(r: TracingRequest) -> dict:
    latin = " ".join(filter(None, [r.given_name, r.family_name]))
    return {"unique_id": f"q:{r.id}", "full_name": latin or r.name_urdu, "father_name": r.father_name,
            "dob": r.birth_date, "age": r.age if not r.birth_date else None,
            "age_on": r.created_at.date().isoformat() if r.age is not None else None,
            "sex": _SEX.get(r.sex or ""), "cnic": r.cnic, "passport": r.passport,
            "phone": (r.phones or [None])[0], "district": r.home_district}


def record_row(p: ImportedPerson) -> dict:
    age_on = p.listed_on or p.created_at.date()
    age = p.age
    if age is None and not p.birth_date and p.birth_year is not None:
        # A birth year alone is handed to the engine as the age it gives on the listing date, which
        # the engine turns back into that year and compares with the other side's year of birth.
        age = age_on.year - p.birth_year
    return {"unique_id": f"r:{p.id}", "full_name": p.full_name, "father_name": p.father_name,
            "dob": p.birth_date, "age": age if not p.birth_date else None,
            "age_on": age_on.isoformat() if age is not None else None,
            "sex": _SEX.get(p.sex or ""), "cnic": p.cnic, "passport": p.passport,
            "phone": p.phone, "district": p.district}


def _load(session: Session, actor: Actor) -> _Frames:
    f = _Frames()
    for r in session.scalars(select(TracingRequest).where(TracingRequest.status.in_(list(OPEN_STATUSES)))):
        f.requests.append(request_row(r))
        f.sides[f"q:{r.id}"] = _Side("request", r.id, r.owner_agency_id)
    stmt = (select(ImportedPerson).join(TracingImport, TracingImport.id == ImportedPerson.import_id)
            .where(TracingImport.status == "stored"))
    for p in session.scalars(stmt):
        f.records.append(record_row(p))
        f.sides[f"r:{p.id}"] = _Side("record", p.id, p.agency_id)
        f.n_records += 1
    for c in case_service.persons_for_tracing(session, actor):
        f.records.append({"unique_id": f"c:{c.case_id}", "full_name": c.full_name or c.name_urdu,
                          "father_name": c.father_name, "dob": c.birth_date,
                          "age": c.age if not c.birth_date else None, "age_on": None,
                          "sex": _SEX.get(c.sex or ""), "cnic": c.cnic, "passport": c.passport,
                          "phone": c.phone, "district": c.district})
        f.sides[f"c:{c.case_id}"] = _Side("case", c.case_id, c.owner_agency_id)
        f.n_cases += 1
    return f


def _background(seed: int, size: tuple[int, int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    if not size[0]:
        return pd.DataFrame(), pd.DataFrame()
    req, rec, _ = PopulationGenerator(seed=seed).scenario(*size)
    for frame in (req, rec):
        frame["unique_id"] = "bg:" + frame["unique_id"].astype(str)
        frame.drop(columns=["source"], inplace=True, errors="ignore")
    return req, rec


_LEVELS = [
    (r"^starting point$", "how rare a match is between any two records"),
    (r" is NULL$|^dob and age missing$", "missing on one side"),
    (r"^Exact match on (name|father)_key$", "same name (spelling variants folded)"),
    (r"^Exact match on (name|father)_sk_key$", "same name once written in Latin letters"),
    (r"^Exact match on ", "the same"),
    (r"Jaro-Winkler distance of \w+ >= 0.92$", "nearly the same spelling"),
    (r"Jaro-Winkler distance of \w+ >= 0.8$", "similar spelling"),
    (r"^Array subset$", "every word of the shorter name is in the other"),
    (r"^Array intersection size >= 2$", "two name words in common"),
    (r"^Array intersection size >= 1$", "one name word in common"),
    (r"^Levenshtein distance of \w+ <= 1$", "one character different"),
    (r"^All other comparisons$", "different"),
]


def readable(label: str) -> str:
    """A caseworker's words for a Splink comparison level (labels name columns, never values)."""
    for pattern, text in _LEVELS:
        if re.search(pattern, label):
            return text
    return label


def _pairs(result: Links, sides: dict[str, _Side]) -> list[tuple[str, str, float, float, list[dict]]]:
    out = []
    for _, row in result.pairs.iterrows():
        left, right = str(row["unique_id_l"]), str(row["unique_id_r"])
        if left not in sides or right not in sides:
            continue  # a synthetic background record
        steps = [{"field": s["field"], "level": readable(str(s["comparison_level_label"])),
                  "match_weight": round(float(s["match_weight"]), 3),
                  "bayes_factor": float(f"{float(s['bayes_factor']):.4g}"),
                  # Where a side's value came from another list row (or a sex from the name):
                  # the reviewer should open that row too. A reason code, never a value.
                  **({"borrowed": s["borrowed"]} if "borrowed" in s else {})}
                 for s in result.waterfall(row)]
        out.append((left, right, float(row["match_probability"]), float(row["match_weight"]), steps))
    return out


def pair_key(request_id: uuid.UUID, kind: str, other_id: uuid.UUID) -> str:
    return f"{request_id}|{kind}|{other_id}"


def run_match(session: Session, actor: Actor, *, engine: str = "duckdb", threshold: float = DEFAULT_THRESHOLD,
              background: tuple[int, int] = BACKGROUND, seed: int = 20261123, spark_session=None,
              progress: Progress = None) -> MatchRunResult:
    """Match every open request against everything it may be matched with (across agencies, so
    that an embassy's list reaches an NGO's request); store new candidates above ``threshold``.
    Who may see a candidate is decided when it is listed, in SQL. Callers: desks holding
    ``tracing:match:run``, the CLI. Invariant: a rejected pair is never proposed again."""
    require(actor, Permission.TRACING_MATCH_RUN)
    say = progress or (lambda msg, frac: None)
    t0 = time.perf_counter()
    say("reading records", 0.05)
    f = _load(session, actor)
    result = MatchRunResult(requests=len(f.requests), records=f.n_records, cases=f.n_cases, proposed=0,
                            updated=0, skipped_rejected=0, seconds=0.0)
    if not f.requests:
        result.seconds = round(time.perf_counter() - t0, 2)
        return result
    bg_req, bg_rec = _background(seed, background)
    requests = pd.concat([pd.DataFrame(f.requests, dtype=object), bg_req.astype(object)], ignore_index=True)
    found: list[tuple[str, str, float, float, list[dict]]] = []
    settings = LinkSettings(engine=engine, threshold=threshold, spark_session=spark_session)
    if f.records:
        say("matching requests to lists and cases", 0.2)
        records = pd.concat([pd.DataFrame(f.records, dtype=object), bg_rec.astype(object)], ignore_index=True)
        linked = link(requests, records, settings)
        found += _pairs(linked, f.sides)
    say("matching requests to each other", 0.6)
    deduped = link(requests, None, settings)
    found += _pairs(deduped, f.sides)
    say("storing candidates", 0.9)
    new_ids = _store(session, f.sides, found, result)
    audit.record(session, actor, AuditTag.TRACING_MATCH_RUN, subject_type="tracing_candidate",
                 related_ids=new_ids)
    result.seconds = round(time.perf_counter() - t0, 2)
    say("done", 1.0)
    return result


def _store(session: Session, sides: dict[str, _Side], found: list, result: MatchRunResult) -> list[uuid.UUID]:
    new_ids: list[uuid.UUID] = []
    for left, right, prob, weight, steps in found:
        a, b = sides[left], sides[right]
        if a.kind != "request":
            a, b = b, a
        if b.kind == "request" and str(b.id) < str(a.id):
            a, b = b, a  # one key for a pair of requests, whichever way it was found
        key = pair_key(a.id, b.kind, b.id)
        existing = session.scalar(select(MatchCandidate).where(MatchCandidate.pair_key == key))
        if existing is not None:
            if existing.status == CandidateStatus.REJECTED:
                result.skipped_rejected += 1
            elif existing.status in (CandidateStatus.PENDING, CandidateStatus.PROPOSED):
                existing.probability, existing.match_weight, existing.waterfall = prob, weight, steps
                result.updated += 1
            continue
        cand = MatchCandidate(pair_key=key, request_id=a.id, other_kind=b.kind, other_id=b.id,
                              request_agency_id=a.agency_id, other_agency_id=b.agency_id,
                              probability=prob, match_weight=weight, waterfall=steps)
        session.add(cand)
        session.flush()
        new_ids.append(cand.id)
        result.proposed += 1
        # Another relative's request about the same person is not news about the person: only a
        # list row or a case moves the family's status on.
        if b.kind != "request":
            req = session.get(TracingRequest, a.id)
            if req is not None and req.status in (RequestStatus.RECEIVED, RequestStatus.UNDER_REVIEW):
                set_status(req, RequestStatus.POSSIBLE_MATCH)
    session.flush()
    return new_ids
