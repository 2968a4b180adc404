"""The same survivor at two agencies: how well the duplicate rule finds her, and what it costs.

Accuracy (``--people``): the Pakistani population generator (``rihai.tracing.linkage.
PopulationGenerator``, data this rule was not written on) draws people, a tenth of them "twins"
sharing another's name and often district; each is written down by one agency the way its lists
write people (the FIA circle, the Lahore shelter, the Bangkok embassy: names spelt and ordered
differently, honorifics, Urdu script, typos, a date of birth or only an age, CNICs, passports and
phones present at each source's rate, 5% of CNICs with a wrong digit), and ``--second`` of them
again by a second agency. Every record is opened through ``cases.service.open_case``, so the
in-request check runs exactly as in production; the stored candidates are then compared with the
truth (two records of one person at two agencies). The nightly pass runs after and must agree.

Cost (``--cases``): ``--cases`` synthetic cases are bulk-seeded, then ``--opens`` more are opened
through ``open_case`` and the check alone (``check_duplicates``) is timed on each, and the nightly
pass over everything once.

Prints one JSON document.

    python bench/same_survivor.py --people 2000 --second 0.25 --cases 100000 --opens 200
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from rihai import names
from rihai.access.actors import Actor
from rihai.cases import service
from rihai.cases.models import CaseDuplicateCandidate
from rihai.cases.schemas import CaseCreate, PersonIn
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.synthetic import Generator, bulk_seed, ensure_directory
from rihai.tracing.linkage import PopulationGenerator

SOURCES = {"fia": "fia_lhr", "ngo": "shelter_lhr", "embassy": "emb_bkk"}


def _actor(user: Any) -> Actor:
    return Actor.for_user(user.id, user.agency_id, frozenset(user.roles), via="bench")


def _birth(text: str | None) -> date | None:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text or "", fmt).date()
        except ValueError:
            continue
    return None


def _person(row: dict[str, Any]) -> PersonIn:
    """A generator row as the case form would take it; a field the form refuses is left out."""
    full = row["full_name"]
    fields: dict[str, Any] = {"name_urdu" if names.is_urdu(full) else "given_name": full,
                              "sex": {"m": "Male", "f": "Female"}.get(row.get("sex") or "")}
    if row.get("father_name"):
        fields["guardian_name"] = row["father_name"]
    born = _birth(row.get("dob"))
    if born:
        fields["birth_date"] = born
    elif row.get("age") == row.get("age"):  # not NaN
        if row.get("age") is not None:
            fields["age_estimate"] = int(row["age"])
    for key in ("cnic", "passport"):
        if row.get(key):
            fields[key] = row[key]
    if row.get("phone"):
        fields["phones"] = [row["phone"]]
    for drop in (None, "passport", "phones", "cnic", "birth_date"):
        fields.pop(drop, None) if drop else None
        try:
            return PersonIn(**{k: v for k, v in fields.items() if v is not None})
        except ValidationError:
            continue
    raise ValueError("unusable row")


def accuracy(factory: Any, people: int, second: float, seed: int) -> dict[str, Any]:
    gen = PopulationGenerator(seed=seed)
    rng = random.Random(seed)
    with transaction(factory) as db:
        directory = ensure_directory(db)
        openers = {src: _actor(directory.openers[key][0]) for src, key in SOURCES.items()}
    drawn = []
    for pid in range(people):
        p = gen.twin(rng.choice(drawn), pid) if drawn and rng.random() < 0.1 else gen.person(pid)
        drawn.append(p)
    truth_cases: dict[Any, tuple[int, str]] = {}
    rows: dict[Any, PersonIn] = {}
    opened = skipped = 0
    timings: list[float] = []
    with transaction(factory) as db:
        for p in drawn:
            sources = rng.sample(list(SOURCES), 2 if rng.random() < second else 1)
            for src in sources:
                row = gen.record(p, f"{src}-{p.pid}", src)
                try:
                    person = _person(row)
                except ValueError:
                    skipped += 1
                    continue
                started = time.perf_counter()
                case = service.open_case(db, openers[src], is_synthetic=True,
                                         data=CaseCreate(person=person, consent_case_management=True))
                timings.append(time.perf_counter() - started)
                truth_cases[case.id] = (p.pid, src)
                rows[case.id] = person
                opened += 1
        stored = {frozenset((a, b)): rs for a, b, rs in db.execute(sa.select(
            CaseDuplicateCandidate.case_id, CaseDuplicateCandidate.other_case_id, CaseDuplicateCandidate.reasons))}
        pairs = set(stored)
        reasons = Counter(r for (rs,) in db.execute(sa.select(CaseDuplicateCandidate.reasons)) for r in rs)
        by_pid: dict[int, list[Any]] = {}
        for cid, (pid, _) in truth_cases.items():
            by_pid.setdefault(pid, []).append(cid)
        truth = {frozenset(ids) for ids in by_pid.values() if len(ids) == 2}
        tp = len(pairs & truth)
        fp_reasons = Counter(" + ".join(stored[pair]) for pair in pairs - truth)
        # The data's ceiling for any rule that wants more than a name and an age: true pairs whose
        # two records share an identifier or both carry a date of birth.
        def reachable(pair: frozenset[Any]) -> bool:
            a, b = (rows[i] for i in pair)
            same = any(getattr(a, f) and getattr(a, f) == getattr(b, f) for f in ("cnic", "passport", "phones"))
            return same or bool(a.birth_date and b.birth_date)
        ceiling = sum(reachable(pair) for pair in truth)
        fp, fn = len(pairs - truth), len(truth - pairs)
        started = time.perf_counter()
        nightly = service.find_duplicates(db, Actor.system("bench"))
        nightly_s = time.perf_counter() - started
        nightly_pairs = {frozenset(k) for k in nightly.pairs}
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"people": people, "records": opened, "rows_refused_by_the_form": skipped,
            "true_pairs": len(truth), "true_pairs_with_an_identifier_or_two_birth_dates": ceiling, "found": len(pairs), "true_positives": tp, "false_positives": fp,
            "false_negatives": fn, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
            "reasons": dict(reasons.most_common()), "false_positive_reasons": dict(fp_reasons.most_common()), "nightly_agrees": nightly_pairs == pairs,
            "nightly_seconds": round(nightly_s, 2),
            "open_case_ms_p50": round(statistics.median(timings) * 1000, 2)}


def cost(factory: Any, n_cases: int, opens: int, seed: int) -> dict[str, Any]:
    with transaction(factory) as db:
        directory = ensure_directory(db)
        started = time.perf_counter()
        bulk_seed(db, directory, n_cases, seed=seed, workers=0)
        seeded_s = time.perf_counter() - started
    opener = {key: _actor(users[0]) for key, users in directory.openers.items()}
    drawn = Generator(seed=seed + 1).cases(opens)
    open_ms, check_ms = [], []
    with transaction(factory) as db:
        for sc in drawn:
            actor = opener.get(sc.owner) or next(iter(opener.values()))
            started = time.perf_counter()
            case = service.open_case(db, actor, is_synthetic=True, data=CaseCreate(**sc.data))
            open_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            service.check_duplicates(db, case)
            check_ms.append((time.perf_counter() - started) * 1000)
        # The request-time figures first (stderr), in case the nightly pass outlives the budget.
        print(json.dumps({"seed_seconds": round(seeded_s, 1), "open_ms": sorted(open_ms)[len(open_ms) // 2],
                          "check_ms_p50": sorted(check_ms)[len(check_ms) // 2],
                          "check_ms_p95": sorted(check_ms)[int(.95 * len(check_ms))]}), file=sys.stderr, flush=True)
        started = time.perf_counter()
        found = service.find_duplicates(db, Actor.system("bench"))
        nightly_s = time.perf_counter() - started

    def q(values: list[float], p: float) -> float:
        return round(sorted(values)[min(len(values) - 1, int(p * len(values)))], 2)

    return {"cases": n_cases, "seed_seconds": round(seeded_s, 1), "opens": opens,
            "open_case_ms": {"p50": q(open_ms, .5), "p95": q(open_ms, .95)},
            "check_ms": {"p50": q(check_ms, .5), "p95": q(check_ms, .95), "max": round(max(check_ms), 2)},
            "nightly_seconds": round(nightly_s, 1), "nightly_pairs_checked": found.checked,
            "nightly_candidates": len(found.pairs)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--second", type=float, default=0.25, help="share of people held by two agencies")
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--opens", type=int, default=200)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    install_keyring(Keyring.generate())
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("accuracy", "cost"):
            if (part == "accuracy" and not args.people) or (part == "cost" and not args.cases):
                continue
            url = f"sqlite:///{Path(tmp) / f'{part}.db'}"
            upgrade(url)
            factory = make_sessionmaker(make_engine(url))
            out[part] = (accuracy(factory, args.people, args.second, args.seed) if part == "accuracy"
                         else cost(factory, args.cases, args.opens, args.seed))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
