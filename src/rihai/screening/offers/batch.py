"""Batch screening: a pure function over {"id", "text"} records.

``screen_records`` has no side effects and returns plain JSON-serialisable
dicts, so it can run unchanged inside e.g. a Spark ``mapPartitions``.
``screen_bulk`` spreads chunks over processes for local bulk jobs.
"""
from __future__ import annotations

import gc
import os
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from itertools import islice
from typing import Any, Iterable, Iterator

from . import phrases
from .engine import (
    _ORIGINAL_COORD_CODES, ScreeningInputError, active_interactions, analyse, band_for, blend, model_in_use, phrase_risk, shown_codes, validate,
)
from .licences import Register
from .red_flags import ruleset
from .training import get_model

# Records are analysed in chunks so the model scores many texts per call.
CHUNK = 256


def _entities_dict(ent) -> dict[str, Any]:
    d = ent.model_dump(mode="json")
    for items in d.values():
        for it in items:
            sp = it.pop("span")
            it["span"] = [sp["start"], sp["end"]]
    return d


def _screen_chunk(records: list[dict], register: Register | None, as_of: date | None, use_model: bool) -> list[dict]:
    rs = ruleset()
    out: list[dict | None] = [None] * len(records)
    ok: list[tuple[int, Any]] = []
    for i, rec in enumerate(records):
        rid = rec.get("id") if isinstance(rec, dict) else None
        try:
            text = validate(rec.get("text") if isinstance(rec, dict) else None)
            ok.append((i, analyse(text, register, as_of)))
        except ScreeningInputError as exc:
            out[i] = {"id": rid, "risk": None, "band": None, "flags": [], "entities": {}, "error": str(exc)}
    probs: list[float | None] = [None] * len(ok)
    model_version = None
    if use_model and ok and model_in_use(rs):
        mdl = get_model()
        model_version = mdl.version
        probs = [float(p) for p in mdl.predict_proba([rr.norm.text for _, rr in ok], [set(rr.hits) for _, rr in ok])]
    for (i, rr), p in zip(ok, probs):
        risk = blend(rr.logit, p, rs)
        flags = []
        by_code: dict[str, list[tuple[int, int]]] = {}
        shown = shown_codes(rr.hits, rs)
        for code, spans in rr.hits.items():
            if code not in shown:
                continue
            orig = spans if code in _ORIGINAL_COORD_CODES else [rr.norm.to_original(a, b) for a, b in spans]
            by_code[code] = sorted({(a, b) for a, b in orig})
            flags.append({"code": code, "weight": rs.indicators[code].weight, "spans": by_code[code]})
        for inter in active_interactions(set(rr.hits), rs):
            if inter.weight <= 0:
                continue
            spans = sorted({s for group in inter.requires for c in group for s in by_code.get(c, ())})
            flags.append({"code": inter.code, "weight": inter.weight, "spans": spans})
        band = band_for(risk, rs)
        ship = phrases.shipped()
        if ship is not None:
            risk, band, pflags = phrase_risk(rr, ship, red_flags=sum(1 for f in flags if f["weight"] > 0))
            flags += [{"code": f.code, "weight": f.weight, "spans": [(s.start, s.end) for s in f.spans]} for f in pflags]
            model_version = ship.version
        for f in flags:
            f["spans"] = [list(s) for s in f["spans"]]
        flags.sort(key=lambda f: -f["weight"])
        out[i] = {"id": records[i].get("id"), "risk": round(risk, 4), "band": band,
                  "rule_logit": round(rr.logit, 3), "model_probability": None if p is None else round(p, 4),
                  "flags": flags, "entities": _entities_dict(rr.entities),
                  "licence_checks": [c.model_dump(mode="json") for c in rr.licence_checks],
                  "notes": rr.notes, "confidence": "low" if any("low-confidence" in x for x in rr.notes) else "normal",
                  "truncated": rr.norm.truncated, "indicators_version": rs.version,
                  "model_version": model_version}
    return out  # type: ignore[return-value]


def screen_records(records: Iterable[dict], register: Register | Iterable | None = None, *, as_of: date | None = None,
                   use_model: bool = True) -> Iterator[dict]:
    """Yield one result dict per input record, in order.

    Output: {"id", "risk", "band", "rule_logit", "model_probability",
    "flags": [{"code", "weight", "spans": [[start, end], ...]}], "entities": {...},
    "licence_checks", "notes", "truncated", "indicators_version", "model_version"}.
    Bad records yield {"id", "risk": None, "band": None, "error": ...} instead of raising.
    """
    if register is not None and not isinstance(register, Register):
        register = Register(register)
    it = iter(records)
    while True:
        chunk = list(islice(it, CHUNK))
        if not chunk:
            return
        yield from _screen_chunk(chunk, register, as_of, use_model)


def _worker(args: tuple) -> list[dict]:
    chunk, register, as_of, use_model = args
    return _screen_chunk(chunk, register, as_of, use_model)


def screen_bulk(records: Iterable[dict], register: Register | Iterable | None = None, *, workers: int | None = None,
                chunk_size: int = 512, as_of: date | None = None, use_model: bool = True) -> Iterator[dict]:
    """Like screen_records but over ``workers`` processes (default: all cores). Order is preserved."""
    workers = workers or os.cpu_count() or 1
    if register is not None and not isinstance(register, Register):
        register = Register(register)
    if workers <= 1:
        yield from screen_records(records, register, as_of=as_of, use_model=use_model)
        return

    def chunks() -> Iterator[tuple]:
        it = iter(records)
        while True:
            c = list(islice(it, chunk_size))
            if not c:
                return
            yield (c, register, as_of, use_model)

    if use_model:
        get_model()  # build/load once before forking so workers inherit it
    # The workers are forked: what the parent holds is theirs too. Frozen, it is never collected in a
    # worker, whose collector then sees only what the worker made. Collecting a copy of the parent's
    # garbage (a native object whose finaliser expects the parent's threads, such as a JVM bridge or
    # a database connection) once crashed a worker; it also saves copying pages the collector touches.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(_worker, chunks()):
                yield from result
    finally:
        gc.unfreeze()
