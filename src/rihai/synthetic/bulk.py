"""The fast path for benchmarks: 100,000+ synthetic cases in about a minute.

It writes the rows ``cases.service.open_case`` writes (cases, persons, route legs, perpetrators,
consent, assignment, blind-index digests), encrypted by the same ``Encrypted`` column type and
indexed by the same tokens, but skips per-case checks and audit rows: one audit event records the
whole seed. Three things make it fast:

* values go to the DBAPI cursor directly (``bulk_writes``: SQLite ``executemany``, PostgreSQL text ``COPY``), each
  converted by its column's own type; SQLAlchemy's generic per-row parameter handling would cost
  ~40 us a row, and a seed of 100,000 cases is ~2 million rows;
* each name's blind-index keys are computed once (synthetic names repeat);
* batches are drawn, encrypted and converted in worker processes while the main process writes;
* into an empty database, the tables' plain (non-unique) indexes are dropped before the load and
  built again after it, in the same transaction: sorting 18 million search tokens once is far
  cheaper than inserting them one by one into indexes too big for the cache (at 1M cases the
  token indexes alone are 2 GB, and random inserts into them made the writer the bottleneck).

Batches are independent (each has its own seeded generator and a reserved block of case
references), so the data for a seed is the same with or without workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from time import perf_counter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from rihai import names
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Role
from rihai.cases import facets
from rihai.cases.models import (
    Case,
    CaseAssignment,
    CaseFacet,
    CaseSearchToken,
    Consent,
    Perpetrator,
    Person,
    TraffickingEvent,
)
from rihai.cases.search import place_keys, recruiter_keys
from rihai.crypto import Keyring, current_keyring, install_keyring
from rihai.db import refresh_statistics

from .bulk_writes import CaseTokens, Prepared, dialect_for, prepare_rows, prepare_tokens, write_batches
from .deferred_indexes import indexes_built_after
from .generator import Generator
from .seed import DEMO_USERS, Directory

Progress = Callable[[int], None]

TABLES: list[Table] = [m.__table__ for m in (Case, Person, TraffickingEvent, Perpetrator,  # type: ignore[misc]
                                             Consent, CaseAssignment, CaseSearchToken, CaseFacet)]
_PERSON_ENCRYPTED = ("given_name", "family_name", "name_urdu", "aliases", "guardian_name", "cnic",
                     "passport", "phones", "address")
_EVENT_KEYS = ("event_type", "country", "place", "province", "district", "event_date", "description")
_PERP_KEYS = ("roles", "name", "phones", "agency_name", "oep_licence", "details")


@dataclass(frozen=True)
class _Context:
    """What a batch needs to know about the database, picklable for worker processes."""

    dialect_url: str
    agency_ids: dict[str, int]
    opener_ids: dict[str, list[int]]
    supervisor_ids: dict[str, int]
    prosecutor_id: int | None
    today: date


# -- rows ---------------------------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def _name_keys(name: str | None) -> frozenset[tuple[str, str]]:
    return frozenset(names.search_keys(name))


# ``cases.search``'s keys of one recruiter's name or one place, remembered: both come from a small
# vocabulary here, and deriving them again for each case was a third of a worker's time.
@lru_cache(maxsize=100_000)
def _recruiter_name_keys(name: str | None) -> frozenset[tuple[str, str]]:
    return frozenset(recruiter_keys(name, None))


@lru_cache(maxsize=100_000)
def _place_keys(place: str | None) -> frozenset[tuple[str, str]]:
    return frozenset(place_keys(place))


def person_tokens(p: dict[str, Any]) -> set[tuple[str, str]]:
    """``cases.search.person_tokens`` for a row dict, each name's keys cached. ``tests/synthetic``
    checks that the two agree."""
    keys: set[tuple[str, str]] = set()
    if p["cnic"]:
        keys.add(("cnic", p["cnic"]))
    if p["passport"]:
        keys.add(("passport", p["passport"]))
    for phone in p["phones"] or []:
        keys.add(("phone", phone))
    name_keys: set[tuple[str, str]] = set()
    for name in (p["given_name"], p["family_name"], p["name_urdu"], *(p["aliases"] or [])):
        name_keys |= _name_keys(name)
    keys |= name_keys | names.pair_keys(name_keys)
    born = p.get("birth_date")
    full = " ".join(filter(None, [p["given_name"], p["family_name"]]))
    keys |= names.birth_keys([full, p["name_urdu"]], born.isoformat() if isinstance(born, date) else born)
    keys |= names.father_keys([full, p["name_urdu"]], p["guardian_name"])
    for kind, tok in _name_keys(p["guardian_name"]):
        keys.add(("g" + kind, tok))
    return keys


def _person_row(case_id: Any, p: dict[str, Any], today: date) -> dict[str, Any]:
    row: dict[str, Any] = {k: p.get(k) or None for k in _PERSON_ENCRYPTED}
    row.update(case_id=case_id, guardian_relation=p.get("guardian_relation"), sex=p.get("sex"),
               gender=p.get("gender"), home_province=p.get("home_province"),
               home_district=p.get("home_district"), citizenship=p.get("citizenship", ["PK"]),
               languages=p.get("languages", []))
    # The derivation cases.service uses: a birthday gives year and age; an age gives a year.
    born: date | None = p.get("birth_date")
    if born:
        row["birth_date"] = born.isoformat()
        row["birth_year"] = born.year
        row["age_estimate"] = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    else:
        row["birth_date"] = None
        row["age_estimate"] = p.get("age_estimate")
        row["birth_year"] = today.year - row["age_estimate"] if row["age_estimate"] is not None else None
    row["is_minor"] = row["age_estimate"] is not None and row["age_estimate"] < 18
    return row


def _batch_rows(ctx: _Context, seed: int | None, index: int, start: int, size: int
                ) -> list[list[dict[str, Any]]]:
    ring = current_keyring()
    gen = Generator(None if seed is None else seed * 1_000_003 + index, today=ctx.today,
                    reference_block=index)
    rows: list[list[Any]] = [[] for _ in TABLES]
    cases_, persons, events, perps, consents, assigns, tokens, facet_rows = rows
    prosecutor_agency = DEMO_USERS[Role.PROSECUTOR]
    digests: dict[tuple[str, str], bytes] = {}
    for n in range(start, start + size):
        sc = gen.draw()
        d, cid = sc.data, sc.id
        openers, owner_id = ctx.opener_ids[sc.owner], ctx.agency_ids[sc.owner]
        opener = openers[n % len(openers)]
        at = datetime.combine(d["identified_on"], time(9 + n % 9, n % 60), UTC)
        decided = d.get("status_decided_by_org")
        cases_.append({
            "id": cid, "reference": sc.reference, "owner_agency_id": ctx.agency_ids[sc.owner],
            "caseworker_id": opener, "status": "Active", "closure_reason": None,
            "identified_on": d["identified_on"], "trafficking_status": d["trafficking_status"],
            "status_decided_by_org": decided,
            "status_decided_by_user_id": opener if decided else None,
            "status_decided_on": d["identified_on"] if decided else None,
            "exploitation_types": d["exploitation_types"], "means_of_control": d["means_of_control"],
            "recruitment_methods": d["recruitment_methods"], "recruitment_apps": d["recruitment_apps"],
            "relationship_to_trafficker": d["relationship_to_trafficker"],
            "age_when_trafficked": d["age_when_trafficked"],
            "forced_labour_industry": d["forced_labour_industry"], "is_synthetic": True,
            "created_at": at, "created_by_id": opener, "updated_at": at, "version": 1,
        })
        person = _person_row(cid, d["person"], ctx.today)
        persons.append(person)
        # What the mapper events in cases.facets write for a case opened through the service.
        facet_rows += facets.rows(cid, ctx.agency_ids[sc.owner], at,
                                  facets.person_codes(person["home_province"], person["home_district"])
                                  + facets.case_codes(d["exploitation_types"]))
        for seq, ev in enumerate(d["events"], start=1):
            events.append({"case_id": cid, "seq": seq, **{k: ev.get(k) for k in _EVENT_KEYS}})
        for perp in d["perpetrators"]:
            row = {k: perp.get(k) for k in _PERP_KEYS}
            row.update(case_id=cid, phones=row["phones"] or None, roles=row["roles"] or [],
                       created_at=at)
            perps.append(row)
        if d.get("consent_case_management") is not None:
            consents.append({"case_id": cid, "purpose": "CaseManagement", "recipient_agency_id": None,
                             "given": d["consent_case_management"],
                             # What open_case records (it takes no "given by"), even for a minor.
                             "given_by": "Survivor",
                             "consent_date": d["identified_on"], "recorded_by_id": opener,
                             "recorded_at": at, "note": None, "withdrawn_at": None})
        assigned = {"case_id": cid, "assigned_at": at, "owner_agency_id": ctx.agency_ids[sc.owner]}
        assigns.append({**assigned, "user_id": opener, "assigned_by_id": opener})
        if ctx.prosecutor_id is not None and sc.owner == prosecutor_agency and n % 3 == 0:
            assigns.append({**assigned, "user_id": ctx.prosecutor_id, "assigned_by_id": ctx.supervisor_ids[sc.owner]})
        case_keys = person_tokens(person)
        for perp in d["perpetrators"]:
            case_keys |= _recruiter_name_keys(perp.get("name")) | recruiter_keys(None, perp.get("phones"))
        for ev in d["events"]:
            case_keys |= _place_keys(ev.get("place")) | _place_keys(ev.get("district"))
        keys = []
        for kind_tok in sorted(case_keys):
            digest = digests.get(kind_tok)
            if digest is None:
                digest = digests[kind_tok] = ring.blind(*kind_tok)
            keys.append((kind_tok[0], digest))
        tokens.append(CaseTokens(cid, owner_id, keys))
    return rows


def _build(ctx: _Context, seed: int | None, index: int, start: int, size: int) -> list[Prepared]:
    dialect = dialect_for(ctx.dialect_url)
    rows = _batch_rows(ctx, seed, index, start, size)
    return [(prepare_tokens(dialect, table_rows) if table is CaseSearchToken.__table__
             else prepare_rows(dialect, table, table_rows))
            for table, table_rows in zip(TABLES, rows, strict=True) if table_rows]


def _worker_init(keyring_json: str) -> None:
    install_keyring(Keyring.from_json(keyring_json))


def default_workers() -> int:
    """One worker per CPU (at most 4); none on a single CPU. The writer needs little of a CPU of
    its own now that the load appends (indexes are built after it): at 100k cases it used 13 s
    of CPU where the workers used 32 s, so a worker per CPU beyond it left one CPU half idle."""
    cpus = os.cpu_count() or 1
    return min(4, cpus) if cpus > 1 else 0


# -- the public verb ------------------------------------------------------------------------------

def bulk_seed(session: Session, directory: Directory, n: int, *, seed: int | None = None,
              batch: int = 2000, workers: int | None = None, progress: Progress | None = None,
              phases: dict[str, float] | None = None) -> int:
    """Write ``n`` synthetic cases in batches of ``batch`` inside the session's transaction, then
    record one ``cases:synthetic:seed`` audit event for all of them.
    ``workers`` processes draw and encrypt batches (default: one per spare CPU; 0 = in-process).
    Callers own the transaction; the CLI's ``rihai seed --bulk`` and the benchmarks call this.
    ``phases``, if given, receives the seconds of the load, the index builds and the statistics
    (the benchmarks report them: the index builds run on one core and bound a large seed)."""
    started = perf_counter()
    conn = session.connection()
    bind_url = conn.engine.url
    ctx = _Context(
        dialect_url=f"{bind_url.drivername}://",
        agency_ids={k: a.id for k, a in directory.agencies.items()},
        opener_ids={k: [u.id for u in users] for k, users in directory.openers.items()},
        supervisor_ids={k: u.id for k, u in directory.supervisors.items()},
        prosecutor_id=directory.demo[Role.PROSECUTOR].id if Role.PROSECUTOR in directory.demo else None,
        today=date.today())
    dbapi_conn = conn.connection.dbapi_connection
    jobs = [(i, start, min(batch, n - start)) for i, start in enumerate(range(0, n, batch))]
    workers = default_workers() if workers is None else workers
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # A large page cache for this connection while it fills big, randomly keyed indexes.
        cache_before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql("PRAGMA cache_size=-262144")
    try:
        with indexes_built_after(conn, TABLES):
            if workers <= 0 or len(jobs) < 3:
                for index, start, size in jobs:
                    write_batches(dbapi_conn, _build(ctx, seed, index, start, size))
                    if progress:
                        progress(size)
            else:
                for size, prepared in _in_workers(ctx, seed, jobs, workers):
                    write_batches(dbapi_conn, prepared)
                    if progress:
                        progress(size)
            loaded = perf_counter()
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(cache_before)}")
    audit.record(session, Actor.system("cli"), AuditTag.SYNTHETIC_SEED, subject_type="synthetic-seed",
                 subject_id=n, fields=["bulk"])
    indexed = perf_counter()
    refresh_statistics(conn)
    if phases is not None:
        phases.update(load=round(loaded - started, 1), indexes=round(indexed - loaded, 1),
                      statistics=round(perf_counter() - indexed, 1))
    return n


def _in_workers(ctx: _Context, seed: int | None, jobs: list[tuple[int, int, int]], workers: int
                ) -> Iterator[tuple[int, list[Prepared]]]:
    """Batches built by worker processes, yielded in order, at most ``workers + 1`` in flight."""
    ring_json = current_keyring().to_json()
    mp = multiprocessing.get_context("spawn")  # no fork of a process holding database connections
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp, initializer=_worker_init,
                             initargs=(ring_json,)) as pool:
        pending: list[tuple[int, Future[list[Prepared]]]] = []
        queue = iter(jobs)
        for index, start, size in queue:
            pending.append((size, pool.submit(_build, ctx, seed, index, start, size)))
            if len(pending) > workers:
                break
        while pending:
            size, future = pending.pop(0)
            nxt = next(queue, None)
            if nxt is not None:
                pending.append((nxt[2], pool.submit(_build, ctx, seed, *nxt)))
            yield size, future.result()
