"""Helpers of bench/networks_db.py: planted records written as the sources' rows, and the timed
reads (the hint for a new record, the entity page in the service and over HTTP)."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, time as clock
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.auth import actor_for, create_token
from rihai.access.models import User
from rihai.access.permissions import Permission
from rihai.cases import service as cases
from rihai.cases.models import Case, Consent, Perpetrator, Person
from rihai.cases.schemas import CaseCreate, ConsentCreate, PerpetratorIn, PersonIn
from rihai.db import transaction
from rihai.networks import service as networks
from rihai.networks.models import NetworkMention, NetworkRecord, Watchlist, WatchlistEntry
from rihai.networks.resolution import normalise_identifier
from rihai.screening.tips.models import ScreeningTip
from rihai.synthetic.networks import AGENCIES
from rihai.synthetic.vocab import MARK
from rihai.tracing.models import TracingRequest

CHUNK = 5000
ROLE_CODES = {"recruiter": "RecruiterOrIntermediary", "sub-agent": "BrokerTravelAgent", "wanted": "Smuggler"}


def _phones(values: list[str] | None) -> list[str]:
    """Phones as the services store them (E.164); what does not normalise a form would refuse."""
    out = [normalise_identifier("phone", v) for v in values or ()]
    return [p for p in dict.fromkeys(out) if p]


def _first(values: list[str] | None, width: int) -> str | None:
    return values[0][:width] if values else None


def source_rows(session: Session, directory: Any, records: list[dict], offset: int = 0) -> dict[str, int]:
    """Planted records -> rows of cases, tracing requests, tips and one published watchlist.
    ``offset``: where references start (a second batch after a first)."""
    keys = ["fia_lhr", *[k for k in directory.agencies if k != "fia_lhr"]]
    agency_of = {name: directory.agencies[keys[i % len(keys)]].id for i, name in enumerate(AGENCIES)}
    opener_of = {directory.agencies[k].id: directory.openers[k][0].id for k in keys if directory.openers.get(k)}
    tables: dict[Any, list[dict]] = {t: [] for t in (Case, Person, Consent, Perpetrator, TracingRequest,
                                                     ScreeningTip, WatchlistEntry)}
    wl = Watchlist(name=f"Test most-wanted list {MARK}", published=True, entries=0)
    session.add(wl)
    session.flush()
    counts = {"case": 0, "tracing": 0, "tip": 0, "watchlist": 0}

    def flush(force: bool = False) -> None:
        # All tables at once, parents first (the dict's order): a perpetrator needs its case.
        if not force and max(len(rows) for rows in tables.values()) < CHUNK:
            return
        for model, rows in tables.items():
            if rows:
                session.execute(sa.insert(model), rows)
                rows.clear()

    for i, rec in enumerate(records):
        day = date.fromisoformat(rec["date"])
        at = datetime.combine(day, clock(9 + i % 9, i % 60), UTC)
        agency = agency_of[rec["agency"]]
        opener = opener_of.get(agency)
        perps = [p for p in rec["people"] if p.get("role") != "victim"]
        victim = next((p for p in rec["people"] if p.get("role") == "victim"), {})
        source = rec["source"]
        counts[source] += 1
        ref = f"NB{offset + i:010d}"
        if source == "case":
            cid = uuid.uuid4()
            tables[Case].append({"id": cid, "reference": ref, "owner_agency_id": agency, "caseworker_id": opener,
                                 "identified_on": day, "is_synthetic": True, "created_at": at, "updated_at": at,
                                 "created_by_id": opener, "exploitation_types": ["ForcedLabour"]})
            tables[Person].append({"case_id": cid, "given_name": victim.get("name"), "cnic": victim.get("cnic"),
                                   "citizenship": ["PK"], "languages": []})
            tables[Consent].append({"case_id": cid, "purpose": "LawEnforcement", "given": True,
                                    "given_by": "Survivor", "consent_date": day, "recorded_by_id": opener,
                                    "recorded_at": at})
            for p in perps:
                tables[Perpetrator].append({
                    "case_id": cid, "roles": [ROLE_CODES.get(p.get("role"), "Other")], "name": p.get("name"),
                    "phones": _phones(p.get("phones") or rec.get("phones")) or None,
                    "agency_name": _first(rec.get("companies"), 200), "oep_licence": _first(rec.get("licences"), 40),
                    "created_at": at})
        elif source == "tracing":
            p = perps[0] if perps else {}
            phones = _phones(p.get("phones"))
            tables[TracingRequest].append({
                "id": uuid.uuid4(), "reference": ref, "secret_hash": "bench", "channel": "desk",
                "owner_agency_id": agency, "status_changed_at": at, "given_name": victim.get("name"),
                "recruiter_name": p.get("name"), "recruiter_phone": phones[0] if phones else None,
                "recruiter_agency": _first(rec.get("companies"), 200),
                "recruiter_licence": _first(rec.get("licences"), 40), "consent_share": True,
                "transit_countries": [], "created_at": at, "updated_at": at, "created_by_id": opener})
        elif source == "tip":
            phones = _phones([x for p in perps for x in p.get("phones") or ()] + list(rec.get("phones") or ()))
            tables[ScreeningTip].append({
                "id": uuid.uuid4(), "reference": ref, "created_at": at, "text": f"Test job offer {MARK}",
                "phones": phones or None, "risk": 0.5, "band": "medium", "flag_codes": [],
                "indicators_version": "bench"})
        else:
            for p in perps:
                tables[WatchlistEntry].append({"watchlist_id": wl.id, "row": i, "person": {
                    "name": p.get("name"), "aliases": p.get("aliases") or [], "father_name": p.get("father_name"),
                    "role": ROLE_CODES.get(p.get("role"), "Other"), "phones": p.get("phones") or [],
                    "cnic": p.get("cnic"), "handles": p.get("handles") or [], "accounts": p.get("accounts") or []}})
        flush()
    flush(force=True)
    wl.entries = counts["watchlist"]
    return counts


# -- measures ------------------------------------------------------------------------------------

def _investigator(session: Session) -> tuple[User, Actor]:
    user = session.scalar(sa.select(User).where(User.username == "demo.investigator"))
    return user, actor_for(user, via="token")


def _pct(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    pick = lambda q: s[min(len(s) - 1, int(q * len(s)))]  # noqa: E731
    return {"n": len(s), "p50_ms": round(pick(0.5) * 1000, 2), "p99_ms": round(pick(0.99) * 1000, 2),
            "max_ms": round(s[-1] * 1000, 2)}


def new_case_linked(factory: Any, samples: int, agency_key: str) -> dict[str, Any]:
    """A recruiter another agency recorded, named on a new case by a phone written another way."""
    with transaction(factory) as s:
        user, actor = _investigator(s)
        known = [uuid.UUID(rid.removeprefix("case:")) for rid in s.scalars(
            sa.select(NetworkRecord.id).where(NetworkRecord.source == "case",
                                              NetworkRecord.owner_agency_id != user.agency_id,
                                              NetworkRecord.network_id.is_not(None)).limit(200))]
        perp = next(p for p in s.scalars(sa.select(Perpetrator).where(Perpetrator.case_id.in_(known))) if p.phones)
        e164 = perp.phones[0]
        written = f"0{e164[3:6]}-{e164[6:]}"
        known_record = f"case:{perp.case_id}"
    hint_times, hint = [], None
    for _ in range(samples):
        t = time.perf_counter()
        with transaction(factory) as s:
            hint = networks.known_elsewhere(s, actor, [("phone", written)])
        hint_times.append(time.perf_counter() - t)
    t0 = time.perf_counter()
    with transaction(factory) as s:
        case = cases.open_case(s, actor, data=CaseCreate(
            person=PersonIn(given_name="Test Survivor", family_name=MARK), consent_case_management=True,
            perpetrators=[PerpetratorIn(roles=["RecruiterOrIntermediary"], name=f"Test Recruiter {MARK}",
                                        phones=[written])]))
        cases.record_consent(s, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                   consent_date=date.today()))
        new_record = f"case:{case.id}"
    recorded = time.perf_counter() - t0
    t1 = time.perf_counter()
    with transaction(factory) as s:
        run = networks.build(s, Actor.system("cli"))
        added = run.added
    linked = time.perf_counter() - t1
    with transaction(factory) as s:
        nets = dict(s.execute(sa.select(NetworkRecord.id, NetworkRecord.network_id)
                              .where(NetworkRecord.id.in_([new_record, known_record]))).all())
    return {"phone_written": written, "hint": {**_pct(hint_times), "known": hint.known if hint else None,
                     "records": hint.records if hint else None},
            "record_case_s": round(recorded, 3), "linked_s": round(linked, 2), "build_added": added,
            "same_network": nets.get(new_record) is not None and nets.get(new_record) == nets.get(known_record)}


def place_new_cases(factory: Any, samples: int, seed: int, lock_dir: Path, restarted: bool = False) -> dict[str, Any]:
    """The full build, then ``samples`` new cases saved and placed one at a time as the build job
    places them: time from the case's commit to its mentions stored with entity and network.
    ``restarted``: before each placement the process forgets the weights it holds (as a
    restarted or another web process would), so each one reads the kept chain."""
    from rihai.networks import kept_weights, worker
    from rihai.networks.builds import WEIGHTS
    from rihai.networks.models import NetworkWeights

    t0 = time.perf_counter()
    with transaction(factory) as s:
        run = networks.build(s, Actor.system("cli"))
        built = {"seconds": round(time.perf_counter() - t0, 1), "records": run.records, "added": run.added}
    with transaction(factory) as s:
        t1 = time.perf_counter()
        weights = kept_weights.load(s, run.id)
        built["kept_weights"] = {
            "bytes": s.scalar(sa.select(sa.func.length(NetworkWeights.data)).where(NetworkWeights.build_id == run.id)),
            "load_ms": round((time.perf_counter() - t1) * 1000, 1), "loaded": weights is not None,
            "labels": 0 if weights is None else len(weights.label_rows) + len(weights.alias) + len(weights.father)}
    with transaction(factory) as s:
        user, actor = _investigator(s)
        known = [uuid.UUID(rid.removeprefix("case:")) for rid in s.scalars(
            sa.select(NetworkRecord.id).where(NetworkRecord.source == "case",
                                              NetworkRecord.owner_agency_id != user.agency_id).limit(5000))]
        # Mobiles only (+923XXXXXXXXX): a short code or an office landline has no "03XX" form.
        perps = [(p.case_id, p.phones[0]) for p in s.scalars(sa.select(Perpetrator).where(
            Perpetrator.case_id.in_(known))) if p.phones and p.phones[0].startswith("+923") and len(p.phones[0]) == 13]
    rng = random.Random(seed)
    rng.shuffle(perps)
    times, placed_by, sizes, same = [], [], [], 0
    for i, (known_case, e164) in enumerate(perps[:samples]):
        written = f"0{e164[3:6]}-{e164[6:]}" if i % 2 else f"+92 {e164[3:6]} {e164[6:]}"
        named = [PerpetratorIn(roles=["RecruiterOrIntermediary"], name=f"Test Recruiter {i} {MARK}", phones=[written])]
        if i % 2:
            named.append(PerpetratorIn(roles=["BrokerTravelAgent"], name=f"Test Sub Agent {i} {MARK}",
                                       phones=[f"0345-{rng.randrange(10**6, 10**7)}"]))
        with transaction(factory) as s:
            case = cases.open_case(s, actor, data=CaseCreate(
                person=PersonIn(given_name="Test Survivor", family_name=MARK), consent_case_management=True,
                perpetrators=named))
            cases.record_consent(s, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                       consent_date=date.today()))
        if restarted:
            WEIGHTS.clear()
        committed = time.perf_counter()
        run_id = worker.build_once(factory, lock_dir, {f"case:{case.id}"})
        times.append(time.perf_counter() - committed)
        with transaction(factory) as s:
            placed_by.append(s.scalar(sa.select(sa.literal_column("via")).select_from(sa.table("networks_builds"))
                                      .where(sa.literal_column("id") == run_id)))
            sizes.append(s.scalar(sa.select(sa.literal_column("records")).select_from(sa.table("networks_builds"))
                                  .where(sa.literal_column("id") == run_id)))
            nets = dict(s.execute(sa.select(NetworkRecord.id, NetworkRecord.network_id).where(
                NetworkRecord.id.in_([f"case:{case.id}", f"case:{known_case}"]))).all())
            same += nets.get(f"case:{case.id}") is not None and nets[f"case:{case.id}"] == nets.get(f"case:{known_case}")
    return {"build": built, "placed": _pct(times), "by_placement": sum(v == "place" for v in placed_by),
            "in_recruiters_network": same, "records_resolved": {"median": sorted(sizes)[len(sizes) // 2],
                                                                "max": max(sizes)}}


def _sample_entities(factory: Any, samples: int, seed: int) -> list[str]:
    with transaction(factory) as s:
        largest = list(s.scalars(sa.select(NetworkMention.entity_id).group_by(NetworkMention.entity_id)
                                 .order_by(sa.func.count().desc()).limit(20)))
        count = s.scalar(sa.select(sa.func.max(NetworkMention.id))) or 0
        rng = random.Random(seed)
        ids = [rng.randrange(1, count + 1) for _ in range(samples)]
        rest = list(s.scalars(sa.select(NetworkMention.entity_id).where(NetworkMention.id.in_(ids))))
    return (largest + rest)[:samples]


def measure_entity_pages(factory: Any, samples: int, seed: int, agency_key: str) -> dict[str, Any]:
    entities = _sample_entities(factory, samples, seed)
    with transaction(factory) as s:
        _, actor = _investigator(s)
    times, seen = [], 0
    for e in entities:
        t = time.perf_counter()
        with transaction(factory) as s:
            page = networks.entity_page(s, actor, e)
            seen += bool(page.mentions)
        times.append(time.perf_counter() - t)
    return {**_pct(times), "with_visible_mentions": seen}


def measure_http(url: str, keyring: str, factory: Any, samples: int, seed: int, agency_key: str) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from rihai.app import create_app
    from rihai.crypto import Keyring
    from rihai.settings import Settings

    entities = _sample_entities(factory, samples, seed + 1)
    with transaction(factory) as s:
        _, actor = _investigator(s)
        raw, _ = create_token(s, actor, name="bench", scopes=[Permission.NETWORKS_ENTITY_READ], expires_in_days=1)
    settings = Settings(data_dir=Path(tempfile.mkdtemp()), database_url=url, environment="test",
                        cookie_secure=False)
    app = create_app(settings, keyring=Keyring.from_json(Path(keyring).read_text()))
    times, statuses = [], {}
    with TestClient(app, base_url="http://testserver") as client:
        headers = {"Authorization": f"Bearer {raw}"}
        client.get(f"/api/v1/networks/entities/{entities[0]}", headers=headers)  # warm up
        for e in entities:
            t = time.perf_counter()
            r = client.get(f"/api/v1/networks/entities/{e}", headers=headers)
            times.append(time.perf_counter() - t)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
    return {**_pct(times), "statuses": statuses}


def explain_reads(engine: Any, factory: Any, entity: str, phone: str) -> dict[str, Any]:
    """The plans of every statement the hint and the entity page run (EXPLAIN QUERY PLAN on
    SQLite, EXPLAIN on PostgreSQL), and which of them scan a whole table."""
    captured: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    out: dict[str, Any] = {}
    pg = engine.dialect.name == "postgresql"
    for name, call in (("hint", lambda s, a: networks.known_elsewhere(s, a, [("phone", phone)])),
                       ("entity_page", lambda s, a: networks.entity_page(s, a, entity))):
        with transaction(factory) as s:
            _, actor = _investigator(s)
        captured.clear()
        sa.event.listen(engine, "before_cursor_execute", capture)
        try:
            with transaction(factory) as s:
                call(s, actor)
        finally:
            sa.event.remove(engine, "before_cursor_execute", capture)
        plans = []
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            for statement, params in captured:
                cur = raw.cursor()
                cur.execute(("EXPLAIN " if pg else "EXPLAIN QUERY PLAN ") + statement, params)
                lines = [str(r[0]) if pg else str(r[-1]) for r in cur.fetchall()]
                cur.close()
                full = [ln.strip() for ln in lines if ("Seq Scan" in ln if pg else ln.startswith("SCAN ") and "CONSTANT ROW" not in ln)]
                plans.append({"statement": " ".join(statement.split())[:160], "full_scans": full})
        out[name] = {"statements": len(plans), "with_full_scans": [p for p in plans if p["full_scans"]]}
    return out
