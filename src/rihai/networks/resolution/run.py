"""The run, ``resolve``: records in, entities and networks out. Reads top to bottom:

prepare (normalise, key, intern) -> generic values -> person links (``persons``) -> reviews ->
entities -> networks (connected components of records joined by a shared entity or a shared
non-generic phone, handle, e-mail, account, licence, CNIC or company; places never join) -> the
result with stable ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from .generic import MIN_DEGREE, PUBLIC_NUMBERS, structural_generic
from .graph import components, group_min, star_edges
from .identifiers import canonical
from .labels import name_similarity
from .persons import apply_reviews, review_pairs, person_edges
from .possible import possible_matches
from .prepare import Key, Prepared, Progress, prepare
from .records import SourceRecord
from .results import Entity, Link, Network, PersonResult, RecordLink, Resolution, Reviews, entity_id, network_id
from .spark import spark_components
from .weights import Weights, weights_of

NETWORK_KINDS = frozenset({"phone", "handle", "email", "account", "licence", "cnic", "company"})
STRUCTURAL_KINDS = frozenset({"phone", "handle", "email", "account"})


def resolve(records: Iterable[SourceRecord], *, key: Key | None = None, reviews: Reviews | None = None,
            generic: Iterable[tuple[str, str]] = (), progress: Progress | None = None,
            engine: str = "local", spark_session: Any = None, weights: Weights | None = None,
            possible: bool = True) -> Resolution:
    """Resolve person mentions into entities and records into networks.

    ``key(kind, canonical value)`` maps each identifier to what the caller stores (a keyed digest);
    identifiers marked ``keyed`` are used as they are. ``generic``: (kind, value) pairs never to
    link on, written raw or as keys. ``progress(stage, done, total)`` is called as work advances.
    ``engine``: "local" (numpy and scipy in this process) or "spark": the networks' connected
    components on ``spark_session`` (``spark.spark_components``; integers only leave this process),
    for graphs of national size. Both give the same result. ``weights``: the global counts fathers'
    names and aliases are weighed with, for a placement's few records (``placement``); a full
    resolve counts them itself and returns them as ``Resolution.weights``. ``possible``: also find
    the pairs of people a reviewer should look at (``Resolution.possible``: a name corroborated by
    a place, a person named with them, a father's name; ``possible.possible_matches``).

    Records are taken in record-id order, whatever order they come in: where the rules take the
    first few of a group (``persons.MAX_REPRESENTATIVES``) or break a tie, a placement over a few
    networks then takes what a full resolve takes."""
    if engine not in ("local", "spark"):
        raise ValueError("engine must be 'local' or 'spark'")
    if engine == "spark" and spark_session is None:
        raise ValueError("engine='spark' needs a spark_session")
    given = list(records)
    order = sorted(range(len(given)), key=lambda i: given[i].record_id)
    records = [given[i] for i in order]
    step = progress or (lambda stage, done, total: None)
    p = prepare(records, key=key, progress=progress)
    step("link", 0, 4)
    gen = _generic(p, key, generic)
    edges = person_edges(p, set(gen), weights)
    step("link", 1, 4)
    ent, kept = apply_reviews(p, edges, reviews)
    step("link", 2, 4)
    find = components if engine == "local" else partial(spark_components, spark_session)
    net, rec_a, rec_b, rec_kind, rec_ident = _networks(p, ent, set(gen), find)
    step("link", 3, 4)
    result = _assemble(p, ent, net, edges, kept, (rec_a, rec_b, rec_kind, rec_ident), gen)
    result.weights = weights_of(p) if weights is None else None
    if possible:
        index = {k: i for i, k in enumerate(p.mention_keys)} if reviews else {}
        different = {frozenset(d) for d in review_pairs(reviews.different, index)} if reviews else set()
        result.possible = possible_matches(p, ent, different)
    result.persons = _in_given_order(result.persons, [len(r.people) for r in records], order)
    step("link", 4, 4)
    return result


def _in_given_order(persons: list[PersonResult], sizes: list[int], order: list[int]) -> list[PersonResult]:
    """Persons back in the order their records were given (callers zip them with their input)."""
    chunks: list[list[PersonResult]] = [[] for _ in order]
    at = 0
    for k, size in enumerate(sizes):
        chunks[order[k]] = persons[at:at + size]
        at += size
    return [x for chunk in chunks for x in chunk]


def _generic(p: Prepared, key: Key | None, listed: Iterable[tuple[str, str]]) -> dict[int, str]:
    index = {kv: i for i, kv in enumerate(p.idents)}
    out: dict[int, str] = {}
    for pub in PUBLIC_NUMBERS:
        i = index.get(("phone", key("phone", pub.number) if key else pub.number))
        if i is not None:
            out[i] = f"public number: {pub.what} (source: {pub.source})"
    for kind, value in listed:
        can = canonical(kind, value)
        for kv in {(kind, value), *([(can[0], key(*can) if key else can[1])] if can else [])}:
            if kv in index:
                out[index[kv]] = "listed as generic by the caller"
    kinds = p.ident_kinds
    if not len(kinds):
        return out
    occ = pd.DataFrame({"v": np.concatenate([p.pid_id, p.rid_id]),
                        "r": np.concatenate([p.mention_record[p.pid_m], p.rid_r])}).drop_duplicates()
    occ = occ[np.isin(kinds[occ.v.to_numpy()], list(STRUCTURAL_KINDS))]
    names = pd.DataFrame({"r": p.mention_record[p.lab_m[p.lab_primary]], "name": p.lab_id[p.lab_primary]})
    degree = occ.v.value_counts()
    frequent = occ[occ.v.isin(degree.index[degree >= MIN_DEGREE])]
    rows = frequent.merge(names, on="r", how="left").fillna({"name": -1})
    found = structural_generic(rows.v.to_numpy(np.int64), rows.r.to_numpy(np.int64), rows.name.to_numpy(np.int64))
    for v, share in found.items():
        out.setdefault(v, f"seen in {int(degree[v])} records with no one name in more than "
                          f"{share:.0%} of them (a helpline or a public number)")
    return out


def _networks(p: Prepared, ent: np.ndarray, generic: set[int], find=components):  # type: ignore[no-untyped-def]
    n_rec = len(p.record_ids)
    a1, b1, rows1 = star_edges(ent, p.mention_record)
    keep = a1 != b1
    a1, b1, via_entity = a1[keep], b1[keep], ent[rows1[keep]]
    kinds = p.ident_kinds
    occ = pd.DataFrame({"v": np.concatenate([p.pid_id, p.rid_id]),
                        "r": np.concatenate([p.mention_record[p.pid_m], p.rid_r])}).drop_duplicates()
    if len(occ):
        usable = np.array([k in NETWORK_KINDS for k in kinds], bool)
        if generic:
            usable[list(generic)] = False
        occ = occ[usable[occ.v.to_numpy()]]
    v, r = occ.v.to_numpy(np.int64), occ.r.to_numpy(np.int64)
    a2, b2, rows2 = star_edges(v, r)
    net = find(n_rec, np.concatenate([a1, a2]), np.concatenate([b1, b2]))
    return net, np.concatenate([a1, a2]), np.concatenate([b1, b2]), \
        np.concatenate([np.full(len(a1), -1), np.zeros(len(a2), np.int64)]), \
        np.concatenate([via_entity, v[rows2]])


def _stable_ids(keys: list, labels: np.ndarray, make) -> list[str]:  # type: ignore[no-untyped-def]
    """One id per label, from the smallest key among its members."""
    if not len(labels):
        return []
    order = sorted(range(len(keys)), key=keys.__getitem__)
    rank = np.empty(len(keys), np.int64)
    rank[np.asarray(order, np.int64)] = np.arange(len(keys))
    smallest = group_min(labels, rank, int(labels.max()) + 1)
    return [make(keys[order[s]]) if s < len(keys) else "" for s in smallest.tolist()]


def _assemble(p: Prepared, ent: np.ndarray, net: np.ndarray, edges, kept: np.ndarray,  # type: ignore[no-untyped-def]
              rec_links, gen: dict[int, str]) -> Resolution:
    res = Resolution()
    ent_ids = _stable_ids(p.mention_keys, ent, entity_id)
    net_ids = _stable_ids(p.record_ids, net, network_id)
    res.generic = {p.idents[i]: reason for i, reason in gen.items()}
    # Links: one per merged pair, its evidence gathered, its probabilities combined.
    by_pair: dict[tuple[int, int], list[int]] = {}
    for e in np.flatnonzero(kept).tolist():
        x, y = int(edges.a[e]), int(edges.b[e])
        by_pair.setdefault((x, y) if x < y else (y, x), []).append(e)
    prob = np.zeros(len(p.mention_keys))
    for (x, y), es in by_pair.items():
        evidence = sorted({edges.evidence[e] for e in es})
        miss = 1.0
        for e in es:
            miss *= 1.0 - float(edges.probability[e])
        if not any("name~" in ev for ev in evidence) and p.mention_display[x] and p.mention_display[y]:
            evidence.append(f"name~{name_similarity(p.mention_display[x], p.mention_display[y]):.2f}")
        pr = round(1.0 - miss, 4)
        prob[x], prob[y] = max(prob[x], pr), max(prob[y], pr)
        res.links.append(Link(p.mention_keys[x], p.mention_keys[y], pr, tuple(evidence)))
    mention_net = net[p.mention_record]
    for m, (rid, ref) in enumerate(p.mention_keys):
        res.persons.append(PersonResult(rid, ref, ent_ids[ent[m]], net_ids[mention_net[m]],
                                        float(prob[m]) if prob[m] > 0 else 1.0))
    _entities(p, res, ent, ent_ids, net_ids, mention_net, net)
    a, b, kind, ident = rec_links
    for x, y, k, i in zip(a.tolist(), b.tolist(), kind.tolist(), ident.tolist()):
        if k < 0:
            res.record_links.append(RecordLink(p.record_ids[x], p.record_ids[y], "person", ent_ids[i]))
        else:
            res.record_links.append(RecordLink(p.record_ids[x], p.record_ids[y], *p.idents[i]))
    return res


def _entities(p: Prepared, res: Resolution, ent: np.ndarray, ent_ids: list[str], net_ids: list[str],
              mention_net: np.ndarray, net_labels: np.ndarray) -> None:
    own: dict[int, list[int]] = {}
    for m, i in zip(p.pid_m.tolist(), p.pid_id.tolist()):
        own.setdefault(m, []).append(i)
    order = np.argsort(ent, kind="stable")
    bounds = np.flatnonzero(np.r_[True, ent[order][1:] != ent[order][:-1], True]) if len(ent) else np.zeros(1, np.int64)
    entity_records: dict[int, list[str]] = {}
    for s, e in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        ms = order[s:e].tolist()
        label = int(ent[ms[0]])
        names: dict[str, None] = {}
        for m in ms:
            for nm in (p.mention_names[m], *p.mention_aliases[m]):
                if nm:
                    names[nm] = None
        idents = sorted({p.idents[i] for m in ms for i in own.get(m, ())})
        roles = sorted({r for m in ms if (r := p.mention_roles[m])})
        nid = net_ids[mention_net[ms[0]]]
        res.entities[ent_ids[label]] = Entity(ent_ids[label], nid, tuple(sorted(p.mention_keys[m] for m in ms)),
                                              tuple(names), tuple(roles), tuple(idents))
        entity_records.setdefault(int(mention_net[ms[0]]), []).append(ent_ids[label])
    rec_net = net_labels
    by_net: dict[int, list[str]] = {}
    for r, label in enumerate(rec_net.tolist()):
        by_net.setdefault(label, []).append(p.record_ids[r])
    for label, rids in by_net.items():
        nid = net_ids[label]
        res.networks[nid] = Network(nid, tuple(sorted(rids)), tuple(sorted(entity_records.get(label, ()))))
