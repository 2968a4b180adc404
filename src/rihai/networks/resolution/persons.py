"""Person mentions -> entities: which mentions are one person, with what probability and evidence.

The rules (namesakes are the trap: a name alone never merges):

1. name + context: two mentions with a common label (``labels``) and a common context — one of
   their own non-generic identifiers (phone, CNIC, e-mail, account, handle), their father's name,
   or, for people other than victims, an identifier of their record (the licence, the company, the
   office phone of the offer) — are one person. Grouped by the integer key (label, context): one
   sort, no pairs enumerated.
2. name + alias: a common name label and a common alias label ("Imran" known as "Thai wala").
3. an own identifier without a common label: a CNIC is enough; a phone, handle, e-mail or account
   is enough when one side has no proper name (only a nickname, or none) or the names are similar
   (``name~0.90``). Different names on one phone stay two people (an office phone), whose records
   the phone still joins into one network.
4. reviews: ``same`` pairs merge; ``different`` pairs never end in one entity — the entity holding
   them is rebuilt from its links, strongest first, skipping any link that would join the pair.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .graph import components, star_edges
from .labels import name_similarity
from .prepare import Prepared
from .results import Reviews
from .weights import MIN_COLLISION, WEAK_ACCEPT, Weights, weak_posterior

# Probability that two mentions are one person, given one piece of evidence; several combine as
# independent: 1 - prod(1 - p).
EVIDENCE_P = {"cnic": 0.99, "phone": 0.95, "email": 0.95, "account": 0.95, "handle": 0.92, "licence": 0.85,
              "company": 0.8, "father": 0.9, "alias": 0.85, "review:same": 1.0}
OWN_KINDS = ("cnic", "phone", "email", "account", "handle")
CONTEXT_KINDS = ("cnic", "phone", "email", "account", "handle", "licence", "company")
NAME_SIMILAR = 0.85
NICKNAME_P = 0.8
MAX_REPRESENTATIVES = 12
# Father's name and alias agreements are weighed against how common the name and the agreement
# are: ``weights.weak_posterior``, accepted at ``weights.WEAK_ACCEPT``.


@dataclass
class PersonEdges:
    a: np.ndarray
    b: np.ndarray
    evidence: list[str]  # per edge
    probability: np.ndarray


def _concat(parts: list[tuple[np.ndarray, np.ndarray, list[str], np.ndarray]]) -> PersonEdges:
    parts = [x for x in parts if len(x[0])]
    if not parts:
        return PersonEdges(np.empty(0, np.int64), np.empty(0, np.int64), [], np.empty(0))
    return PersonEdges(np.concatenate([x[0] for x in parts]), np.concatenate([x[1] for x in parts]),
                       [e for x in parts for e in x[2]], np.concatenate([x[3] for x in parts]))


def _contexts(p: Prepared, kinds: np.ndarray, generic: set[int]) -> pd.DataFrame:
    """(m, ctx) rows: the mention's own identifiers, its father's name, and (not for victims) the
    identifiers of its record."""
    usable = np.array([k in CONTEXT_KINDS for k in kinds], bool) if len(kinds) else np.empty(0, bool)
    if generic:
        usable[list(generic)] = False
    own = pd.DataFrame({"m": p.pid_m, "ctx": p.pid_id})
    own = own[usable[own.ctx.to_numpy()]] if len(own) else own
    father = pd.DataFrame({"m": p.father_m, "ctx": p.father_id})
    rec = pd.DataFrame({"r": p.rid_r, "ctx": p.rid_id})
    rec = rec[usable[rec.ctx.to_numpy()]] if len(rec) else rec
    ments = pd.DataFrame({"r": p.mention_record, "m": np.arange(len(p.mention_record))})[~p.mention_victim]
    from_record = rec.merge(ments, on="r")[["m", "ctx"]]
    return pd.concat([own, father, from_record], ignore_index=True).drop_duplicates()


def _grouped(m: np.ndarray, key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edges (first member, other member) within each group of equal keys, and each edge's key."""
    a, b, idx = star_edges(key, m)
    keep = a != b
    return a[keep], b[keep], idx[keep]


def person_edges(p: Prepared, generic: set[int], weights: Weights | None = None) -> PersonEdges:
    """``weights``: the global counts to weigh fathers' names and aliases with (a placement's
    few records); by default counted over ``p`` (a full resolve)."""
    kinds = p.ident_kinds
    n_ctx = max(len(p.idents), 1)
    ctx = _contexts(p, kinds, generic)
    labs = pd.DataFrame({"m": p.lab_m, "label": p.lab_id, "alias": p.lab_alias})
    parts = []
    label_count = np.bincount(p.lab_id, minlength=len(p.labels)) if len(p.lab_id) else np.zeros(1, np.int64)
    father_u = _collision(p.father_id)
    if weights is not None:
        for i, text in enumerate(p.labels):
            if text in weights.label_rows:
                label_count[i] = weights.label_rows[text]
        father_u = weights.father_u
    # 1. name + context
    joined = labs[["m", "label"]].merge(ctx, on="m").drop_duplicates()
    if len(joined):
        key = joined.label.to_numpy() * n_ctx + joined.ctx.to_numpy()
        a, b, i = _grouped(joined.m.to_numpy(), key)
        ev_kind = kinds[joined.ctx.to_numpy()[i]]
        prob = np.array([EVIDENCE_P.get(k, 0.8) for k in ev_kind])
        father = ev_kind == "father"
        if father.any():
            prob[father] = weak_posterior(label_count[joined.label.to_numpy()[i[father]]], father_u)
        keep = prob >= WEAK_ACCEPT
        parts.append((a[keep], b[keep], list(ev_kind[keep]), prob[keep]))
    # 2. name + alias
    names, aliases = labs[~labs.alias], labs[labs.alias]
    pairs = names.merge(aliases, on="m", suffixes=("", "_a"))
    pairs = pairs[pairs.label != pairs.label_a]
    if len(pairs):
        lo = np.minimum(pairs.label.to_numpy(), pairs.label_a.to_numpy())
        hi = np.maximum(pairs.label.to_numpy(), pairs.label_a.to_numpy())
        a, b, i = _grouped(pairs.m.to_numpy(), lo * max(len(p.labels), 1) + hi)
        alias_u = _collision(aliases.label.to_numpy()) if weights is None else weights.alias_u
        prob = weak_posterior(label_count[pairs.label.to_numpy()[i]], alias_u)
        keep = prob >= WEAK_ACCEPT
        parts.append((a[keep], b[keep], ["alias"] * int(keep.sum()), prob[keep]))
    first = _concat(parts)
    # 3. an own identifier without a common label
    comp = components(len(p.mention_keys), first.a, first.b)
    parts.append(_own_identifier_edges(p, kinds, generic, comp))
    return _concat(parts)


def _collision(values: np.ndarray) -> float:
    """Chance that two mentions agree on this kind of value by accident: the sum of squared shares
    (Fellegi-Sunter's u), at least ``MIN_COLLISION`` (a small sample says little)."""
    if len(values) == 0:
        return 1.0
    counts = np.unique(values, return_counts=True)[1] / len(values)
    return max(float((counts ** 2).sum()), MIN_COLLISION)


def _own_identifier_edges(p: Prepared, kinds: np.ndarray, generic: set[int], comp: np.ndarray):
    own = pd.DataFrame({"m": p.pid_m, "ctx": p.pid_id})
    if not len(own):
        return np.empty(0, np.int64), np.empty(0, np.int64), [], np.empty(0)
    own = own[[kinds[c] in OWN_KINDS and c not in generic for c in own.ctx.to_numpy()]]
    own["comp"] = comp[own.m.to_numpy()]
    reps = own.drop_duplicates(["ctx", "comp"])
    multi = reps[reps.duplicated("ctx", keep=False)]
    a_out: list[int] = []
    b_out: list[int] = []
    ev: list[str] = []
    prob: list[float] = []
    for c, group in multi.groupby("ctx", sort=False):
        kind = kinds[c]
        ms = group.m.to_numpy()[:MAX_REPRESENTATIVES].tolist()
        for i, x in enumerate(ms):
            for y in ms[i + 1:]:
                decided = _decide(p, kind, x, y)
                if decided:
                    a_out.append(x)
                    b_out.append(y)
                    ev.append(decided[0])
                    prob.append(decided[1])
    return np.asarray(a_out, np.int64), np.asarray(b_out, np.int64), ev, np.asarray(prob, float)


def _decide(p: Prepared, kind: str, x: int, y: int) -> tuple[str, float] | None:
    if kind == "cnic":
        return "cnic", EVIDENCE_P["cnic"]
    if not (p.mention_named[x] and p.mention_named[y]):
        return f"{kind}+nickname", NICKNAME_P
    s = name_similarity(p.mention_display[x] or "", p.mention_display[y] or "")
    if s >= NAME_SIMILAR:
        return f"{kind}+name~{s:.2f}", EVIDENCE_P[kind] * s
    return None


def apply_reviews(p: Prepared, edges: PersonEdges, reviews: Reviews | None) -> tuple[np.ndarray, np.ndarray]:
    """Entity label per mention, and a mask of the edges kept (links inside the final entities)."""
    n = len(p.mention_keys)
    index = {k: i for i, k in enumerate(p.mention_keys)} if reviews else {}
    same = review_pairs(reviews.same if reviews else (), index)
    different = review_pairs(reviews.different if reviews else (), index)
    same = [s for s in same if frozenset(s) not in {frozenset(d) for d in different}]
    if same:
        sa, sb = np.array([x for x, _ in same]), np.array([y for _, y in same])
        edges.a, edges.b = np.concatenate([edges.a, sa]), np.concatenate([edges.b, sb])
        edges.evidence += ["review:same"] * len(same)
        edges.probability = np.concatenate([edges.probability, np.ones(len(same))])
    comp = components(n, edges.a, edges.b)
    kept = np.ones(len(edges.a), bool)
    conflicted = {int(comp[x]) for x, y in different if comp[x] == comp[y]}
    if not conflicted:
        return comp, kept
    forbidden: dict[int, set[int]] = {}
    for x, y in different:
        forbidden.setdefault(x, set()).add(y)
        forbidden.setdefault(y, set()).add(x)
    next_label = int(comp.max()) + 1
    in_conflict = np.isin(comp[edges.a], list(conflicted))
    kept[in_conflict] = False
    # Strongest first: reviewers' same, then by probability; ties by the mentions' order (records
    # sorted by id), so a placement's few networks break them as the full resolve does.
    order = sorted(np.flatnonzero(in_conflict).tolist(),
                   key=lambda e: (edges.evidence[e] != "review:same", -edges.probability[e],
                                  min(int(edges.a[e]), int(edges.b[e])), max(int(edges.a[e]), int(edges.b[e]))))
    parent: dict[int, int] = {}
    members: dict[int, set[int]] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for e in order:
        ra, rb = find(int(edges.a[e])), find(int(edges.b[e]))
        if ra == rb:
            kept[e] = True
            continue
        ma, mb = members.setdefault(ra, {ra}), members.setdefault(rb, {rb})
        if any(forbidden.get(x, set()) & mb for x in ma):
            continue  # this link would put a reviewed 'different' pair in one entity
        parent[rb] = ra
        ma |= members.pop(rb)
        kept[e] = True
    for c in conflicted:
        roots: dict[int, int] = {}
        for m in np.flatnonzero(comp == c).tolist():
            r = find(m)
            if r not in roots:
                roots[r] = next_label
                next_label += 1
            comp[m] = roots[r]
    return comp, kept


def review_pairs(pairs, index: dict) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    out = []
    for pair in pairs:
        keys = list(pair)
        if len(keys) == 2 and keys[0] in index and keys[1] in index:
            out.append((index[keys[0]], index[keys[1]]))
    return out
