"""The same survivor at two agencies: probable duplicates among cases held by different agencies.

Detection reads the keyed blind-index digests (``search.py``) and two plain coded columns (sex,
birth year); it never decrypts a value. A pair of cases becomes a candidate when
``score_pair`` says so, and ``score_pair`` asks for strong evidence: the same CNIC or passport,
two words of the name with the same date of birth (``names.birth_keys``) and no disagreeing sex,
two words of the name with two of the father's name (``names.father_keys``) and the same sex and
birth year, or the same phone with the same name or the same sex and birth year. A name alone never makes a
candidate (a given name and "Khan" are shared by thousands); a disagreeing CNIC, sex or a birth
year more than two years off cuts the score down. docs/cases.md gives the rule's measured
precision and recall.

When: on every open and every edit of identifying fields (``check_case``: a few indexed lookups
on the case's own digests, inside the request), and in a nightly pass over every case
(``find_duplicates``: the ``rihai cases find-duplicates`` command and the web process's job,
``add_job``), which also finds pairs whose tokens only met after a re-index.
Stored: ``case_duplicate_candidates`` (the two ids, the score, reason codes, first and last seen).
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import transaction, utcnow
from rihai.workers import Job, Runner

from .models import Case, CaseDuplicateCandidate, CaseSearchToken, Person

log = logging.getLogger("rihai.cases")

# Digests that can make two cases candidates on their own; names (``name_pair``) only support.
STRONG_KINDS = ("cnic", "passport", "phone", "name_dob", "name_father")
EVIDENCE_KINDS = (*STRONG_KINDS, "name_pair")
THRESHOLD = 0.5
# A phone written on more cases than this is a shelter's, a helpline's or an agent's, not a
# person's: it supports no match.
PHONE_SHARED_LIMIT = 4
MAX_CANDIDATES = 50  # per case, in a request
# A strong digest carried by more cases than this identifies nobody (a placeholder CNIC typed for
# every walk-in, "Muhammad Ali s/o Muhammad Aslam" born in 1990): it proposes no pair, so the
# nightly pass never meets a combinatorial pile of pairs.
DIGEST_SHARED_LIMIT = 20
# A two-word name carried by more cases than this ("Muhammad Ali", "Bibi Khan") meets the same date
# of birth by chance once a register holds tens of thousands of people (about n²/30,000 pairs share
# a birthday): then name and date of birth need a phone or the father's name beside them.
COMMON_NAME_CASES = 50


@dataclass(frozen=True)
class Evidence:
    """What two cases share, from digests and coded columns only."""

    shared: frozenset[str]  # kinds of digest both carry: cnic, passport, phone, name_dob, name_pair
    present_a: frozenset[str] = frozenset()  # kinds each carries at all (to see a disagreement)
    present_b: frozenset[str] = frozenset()
    sex_a: str | None = None
    sex_b: str | None = None
    year_a: int | None = None
    year_b: int | None = None
    common_name: bool = False  # every name pair the two share is carried by many cases


def score_pair(ev: Evidence) -> tuple[float, list[str]]:
    """0-1 and the reason codes ("same-cnic", "different-sex"). Pure. Strong identifier agreement,
    or full name + date of birth + sex not disagreeing; never a name alone."""
    reasons = [f"same-{kind.replace('_', '-')}" for kind in ("cnic", "passport", "name_dob", "name_father",
                                                             "phone") if kind in ev.shared]
    if "name_pair" in ev.shared and not {"name_dob", "name_father"} & ev.shared:
        reasons.append("same-name")
    sex = None if not (ev.sex_a and ev.sex_b) or "Unknown" in (ev.sex_a, ev.sex_b) else ev.sex_a == ev.sex_b
    gap = abs(ev.year_a - ev.year_b) if ev.year_a is not None and ev.year_b is not None else None
    if "cnic" in ev.shared:
        score = 0.97
    elif "passport" in ev.shared:
        score = 0.95
    elif "name_dob" in ev.shared and ev.common_name and not {"phone", "name_father"} & ev.shared:
        score = 0.45
        reasons.append("common-name")
    elif "name_dob" in ev.shared:
        score = 0.9 if sex else 0.7
    elif "phone" in ev.shared and "name_pair" in ev.shared:
        score = 0.8
    elif "name_father" in ev.shared and sex is not False and gap is not None and gap <= 1:
        score = 0.75  # name, father's name and year of birth: how Pakistani records identify people
    elif "name_father" in ev.shared:
        score = 0.35
    elif "phone" in ev.shared and sex and gap is not None and gap <= 1:
        score = 0.55
    elif "phone" in ev.shared:
        score = 0.3
    else:
        return 0.0, reasons
    if sex:
        reasons.append("same-sex")
    if gap is not None and gap <= 1:
        reasons.append("same-birth-year")
    for kind in ("cnic", "passport"):
        if kind in ev.present_a and kind in ev.present_b and kind not in ev.shared:
            reasons.append(f"different-{kind}")
            score *= 0.2 if kind == "cnic" else 0.5  # a new passport is common; a new CNIC is not
    if sex is False:
        reasons.append("different-sex")
        score *= 0.3
    if gap is not None and gap > 2:
        reasons.append("different-birth-year")
        score *= 0.4
    return round(score, 3), reasons


@dataclass
class Found:
    pairs: dict[tuple[uuid.UUID, uuid.UUID], tuple[float, list[str]]] = field(default_factory=dict)
    checked: int = 0


def _ordered(a: uuid.UUID, b: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    return (a, b) if str(a) < str(b) else (b, a)


# The statements of the check made on every open and edit, built once: building and caching a
# SELECT in SQLAlchemy costs more than SQLite takes to run it.
_EVIDENCE = (select(CaseSearchToken.case_id, CaseSearchToken.kind, CaseSearchToken.digest)
             .where(CaseSearchToken.case_id.in_(bindparam("ids", expanding=True)),
                    CaseSearchToken.kind.in_(EVIDENCE_KINDS)))
_CODED = select(Person.case_id, Person.sex, Person.birth_year).where(Person.case_id.in_(bindparam("ids", expanding=True)))
_OWN_STRONG = select(CaseSearchToken.digest).where(CaseSearchToken.case_id == bindparam("case"),
                                                   CaseSearchToken.kind.in_(STRONG_KINDS))
# Other agencies' cases carrying one of these digests, by the owner the digests carry (models.py
# keeps it in step).
_OTHERS = (select(CaseSearchToken.case_id)
           .where(CaseSearchToken.digest.in_(bindparam("digests", expanding=True)),
                  CaseSearchToken.case_id != bindparam("case"), CaseSearchToken.owner_agency_id != bindparam("owner"))
           .distinct().limit(MAX_CANDIDATES))


def _score(session: Session, pairs: Iterable[tuple[uuid.UUID, uuid.UUID]]) -> Found:
    """Evidence for candidate pairs, read for all their cases at once, then scored."""
    pairs = {_ordered(a, b) for a, b in pairs}
    found = Found(checked=len(pairs))
    ids = sorted({i for pair in pairs for i in pair}, key=str)
    digests: dict[uuid.UUID, dict[str, set[bytes]]] = defaultdict(lambda: defaultdict(set))
    coded: dict[uuid.UUID, tuple[str | None, int | None]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, kind, digest in session.execute(_EVIDENCE, {"ids": chunk}):
            digests[cid][kind].add(bytes(digest))
        coded.update({r[0]: (r[1], r[2]) for r in session.execute(_CODED, {"ids": chunk})})
    # Only a phone or a name pair that some pair shares can matter: counting every one each case
    # carries cost a statement per digest, for dozens of digests no pair has in common.
    shared_phones, shared_names = set(), set()
    for a, b in pairs:
        shared_phones |= digests[a].get("phone", set()) & digests[b].get("phone", set())
        shared_names |= digests[a].get("name_pair", set()) & digests[b].get("name_pair", set())
    common = _shared_by_many(session, shared_phones, PHONE_SHARED_LIMIT)
    common_names = _shared_by_many(session, shared_names, COMMON_NAME_CASES)
    for a, b in pairs:
        da, db = digests[a], digests[b]
        shared = {k for k in EVIDENCE_KINDS if da.get(k, set()) & db.get(k, set())}
        if "phone" in shared and not (da["phone"] & db["phone"]) - common:
            shared.discard("phone")
        (sex_a, year_a), (sex_b, year_b) = coded.get(a, (None, None)), coded.get(b, (None, None))
        names_shared = da.get("name_pair", set()) & db.get("name_pair", set())
        ev = Evidence(frozenset(shared), frozenset(k for k, v in da.items() if v),
                      frozenset(k for k, v in db.items() if v), sex_a, sex_b, year_a, year_b,
                      common_name=bool(names_shared) and names_shared <= common_names)
        score, reasons = score_pair(ev)
        if score >= THRESHOLD:
            found.pairs[(a, b)] = (score, reasons)
    return found


# How many cases carry one digest, counted no further than ``n``: one statement, compiled once.
_BOUNDED_COUNT = select(func.count()).select_from(
    select(CaseSearchToken.case_id).where(CaseSearchToken.digest == bindparam("d")).limit(bindparam("n")).subquery())


def _shared_by_many(session: Session, digests: set[bytes], limit: int) -> set[bytes]:
    """Which of ``digests`` more than ``limit`` cases carry (read from the digest index). Each is
    counted no further than ``limit + 1``: a common name pair counted in full grew with the country
    (a third of the CPU of opening a case at 1M cases). One execution of a compiled statement per
    digest on the session's connection: a UNION of one subquery per digest cost three times as
    much, nearly all of it building and compiling the statement."""
    conn = session.connection()
    return {d for d in digests if conn.execute(_BOUNDED_COUNT, {"d": d, "n": limit + 1}).scalar_one() > limit}


def _store(session: Session, found: Found, *, only_case: uuid.UUID | None = None) -> int:
    """Upsert the found pairs; for ``only_case``, forget its pairs that no longer hold."""
    now = utcnow()
    C = CaseDuplicateCandidate  # noqa: N806
    where = or_(C.case_id == only_case, C.other_case_id == only_case) if only_case else None
    # One case's pairs, or (the nightly pass) every stored pair: candidates are few.
    stmt = select(C).where(where) if where is not None else select(C)
    existing = {(r.case_id, r.other_case_id): r for r in session.scalars(stmt)}
    for (a, b), (score, reasons) in found.pairs.items():
        row = existing.get((a, b))
        if row is None:
            session.add(C(case_id=a, other_case_id=b, score=score, reasons=reasons, first_seen=now,
                          last_seen=now))
        else:
            row.score, row.reasons, row.last_seen = score, reasons, now
    if only_case is not None:
        stale = [r.id for key, r in existing.items() if key not in found.pairs]
        if stale:
            session.execute(delete(C).where(C.id.in_(stale)))
    session.flush()
    return len(found.pairs)


def check_case(session: Session, case: Case, *, new: bool = False,
               written: Iterable[tuple[str, bytes]] | None = None) -> int:
    """Called by ``open_case`` (``new``) and ``update_case`` after the case's digests are written
    (``written``: those digests, as ``search.reindex`` returns them, so they are not read back):
    find this case's probable duplicates held by other agencies and store them. Not audited on its
    own (it is part of the audited open or edit) and it shows nothing: the case page's hint does."""
    if written is None:
        own = {bytes(d) for d in session.scalars(_OWN_STRONG, {"case": case.id})}
    else:
        own = {d for kind, d in written if kind in STRONG_KINDS}
    usable = sorted(own - _shared_by_many(session, own, DIGEST_SHARED_LIMIT))
    if not usable:
        return 0 if new else _store(session, Found(), only_case=case.id)
    others = list(session.scalars(_OTHERS, {"digests": usable, "case": case.id, "owner": case.owner_agency_id}))
    found = _score(session, [(case.id, other) for other in others])
    if new and not found.pairs:
        return 0  # a case opened just now has no stored pairs to forget
    return _store(session, found, only_case=case.id)


def find_duplicates(session: Session, actor: Actor, *, batch: int = 20_000) -> Found:
    """The nightly pass: every pair of cases of different agencies sharing a strong digest,
    scored and stored. Who may call: the system (the job, the CLI). Reads digests and coded
    columns only; writes ids, scores and reason codes."""
    require(actor, Permission.CASES_LINK_DECIDE)
    T1, T2 = aliased(CaseSearchToken), aliased(CaseSearchToken)  # noqa: N806
    C1, C2 = aliased(Case), aliased(Case)  # noqa: N806
    stmt = (select(T1.case_id, T2.case_id)
            .join(T2, (T2.digest == T1.digest) & (T2.case_id != T1.case_id))
            .join(C1, C1.id == T1.case_id).join(C2, C2.id == T2.case_id)
            .where(T1.kind.in_(STRONG_KINDS), C1.owner_agency_id < C2.owner_agency_id,
                   T1.digest.not_in(select(CaseSearchToken.digest).where(CaseSearchToken.kind.in_(STRONG_KINDS))
                                    .group_by(CaseSearchToken.digest)
                                    .having(func.count() > DIGEST_SHARED_LIMIT)))
            .distinct())
    pairs: list[tuple[Any, Any]] = [tuple(r) for r in session.execute(stmt)]
    total = Found()
    for start in range(0, len(pairs), batch):
        part = _score(session, pairs[start:start + batch])
        _store(session, part)
        total.pairs.update(part.pairs)
        total.checked += part.checked
    return total


JOB = "cases-duplicates"


def run_once(factory: Any) -> int:
    with transaction(factory) as session:
        found = find_duplicates(session, Actor.system("cases-duplicates-job"))
        log.info("duplicate pass: %d pairs checked, %d candidates", found.checked, len(found.pairs))
        return len(found.pairs)


def add_job(runner: Runner, app: Any) -> Job | None:
    """The nightly pass in the web process (every ``RIHAI_DUPLICATES_HOURS``, default 24; 0 turns it
    off); test apps get none unless a test asks (``app.state.duplicates_autostart``)."""
    state = app.state
    hours = state.settings.duplicates_hours
    if not hours:
        return None
    if state.settings.environment == "test" and not getattr(state, "duplicates_autostart", False):
        return None
    return runner.add(JOB, lambda: run_once(state.sessionmaker), every=hours * 3600)
