"""Possible matches: two people who may be one, offered to a reviewer and never merged.

Press reports, watchlists and tips often give a name and nothing else that identifies: no phone,
no CNIC. A name alone never merges (namesakes: three different "Muhammad Irfan"s of one district
are common), so on such records the person links find almost nobody. What a reviewer can use is a
name *corroborated*: the same spelling variant (a shared name label of two words or more, the
same in Latin and Urdu script, or the same skeletons run together in written order: "Sher Baz
Khan" and "Sherbaz Khan") together with

- ``place``: a place both records name (a district);
- ``named-with``: another person named in both records (the same name label, or one entity
  already) — a recruiter named with his sub-agent in two reports;
- ``father``: the same father's name;
- ``role``: the same role (counts only beside one of the above).

Each agreement is weighed as the person links weigh a father's name (Fellegi-Sunter): the prior
that two mentions of a name carried by n mentions are one person (2/n, at most ``PRIOR_CAP``:
on a small file n says little about how common a name is in the country) times 1/u for each
agreement, u its chance by accident estimated from the data. Pairs at ``POSSIBLE_AT`` or above
are returned, one per pair of entities (the strongest), never above ``POSSIBLE_CAP``: a reviewer's
``same`` merges them on the next run, ``different`` removes the suggestion for good.

Candidates come from blocks (label, place), (label, co-named label), (label, co-named entity) and
(label, father), each a group of equal integer keys; a group's first ``MAX_GROUP`` entities are
paired (a common name in a big district gives a group of thousands whose prior is tiny anyway).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .prepare import Prepared
from .results import MentionKey

PRIOR_CAP = 0.2
POSSIBLE_AT = 0.5
POSSIBLE_CAP = 0.95
MAX_GROUP = 12
MAX_RECORD_PEOPLE = 30  # a longer record is a list (a watchlist page), not a gang named together
MIN_U = 1e-3
PRIMARY = ("place", "named-with", "father")
# The most one agreement may say (its likelihood ratio). A district holds millions: namesakes in
# one are common, whatever the data's spread of places suggests; a role is said of many.
MAX_LR = {"place": 5.0, "father": 50.0, "named-with": 200.0, "role": 2.0}


@dataclass(frozen=True, slots=True)
class PossibleMatch:
    """Two mentions, of two entities, that may be one person: how likely, and on what agreement
    ("name", "place", "named-with", "father", "role"); the engine never merges them itself."""

    a: MentionKey
    b: MentionKey
    probability: float
    evidence: tuple[str, ...]


def _u(values: np.ndarray) -> float:
    """Chance that two rows agree by accident (sum of squared shares), at least ``MIN_U``."""
    if len(values) == 0:
        return 1.0
    shares = np.unique(values, return_counts=True)[1] / len(values)
    return max(float((shares ** 2).sum()), MIN_U)


def _pairs_in_groups(key: np.ndarray, m: np.ndarray, ent: np.ndarray) -> pd.DataFrame:
    """(x, y, key) for mentions of different entities sharing a key: the first ``MAX_GROUP``
    entities of each group, one mention each."""
    rows = pd.DataFrame({"key": key, "m": m, "e": ent[m]}).drop_duplicates(["key", "e"])
    rows = rows.sort_values(["key", "m"], kind="stable")
    rows["rank"] = rows.groupby("key", sort=False).cumcount()
    rows = rows[rows["rank"] < MAX_GROUP]
    sizes = rows.groupby("key", sort=False)["m"].transform("size")
    rows = rows[sizes > 1]
    if not len(rows):
        return pd.DataFrame({"x": [], "y": [], "key": []}, dtype=np.int64)
    pairs = rows[["key", "m"]].merge(rows[["key", "m"]], on="key", suffixes=("_x", "_y"))
    pairs = pairs[pairs.m_x < pairs.m_y]
    return pd.DataFrame({"x": pairs.m_x.to_numpy(), "y": pairs.m_y.to_numpy(), "key": pairs.key.to_numpy()})


def possible_matches(p: Prepared, ent: np.ndarray, different: set[frozenset[int]] | None = None) -> list[PossibleMatch]:
    """Possible matches between the entities ``ent`` (entity label per mention), skipping pairs
    of entities a reviewer called different (``different``: mention index pairs)."""
    n_m = len(p.mention_keys)
    if n_m < 2 or not len(p.lab_id):
        return []
    kinds = p.ident_kinds
    multi = np.array(["|" in text for text in p.labels], bool)
    sel = multi[p.lab_id] & ~p.mention_victim[p.lab_m]
    # Beside the labels (sorted skeletons), the skeletons run together in written order, so that
    # "Sher Baz Khan" and "Sherbaz Khan" share one; numbered after the labels.
    joined_ids: dict[str, int] = {}
    jm: list[int] = []
    jl: list[int] = []
    for m, text in enumerate(p.mention_joined):
        if text is not None and not p.mention_victim[m]:
            jm.append(m)
            jl.append(len(p.labels) + joined_ids.setdefault(text, len(joined_ids)))
    labs = pd.concat([pd.DataFrame({"m": p.lab_m[sel], "label": p.lab_id[sel]}),
                      pd.DataFrame({"m": np.asarray(jm, np.int64), "label": np.asarray(jl, np.int64)})],
                     ignore_index=True).drop_duplicates()
    if not len(labs):
        return []
    n_labels = len(p.labels) + len(joined_ids)
    n_label = np.bincount(labs.label.to_numpy(), minlength=n_labels)
    rec = p.mention_record
    people = np.bincount(rec, minlength=len(p.record_ids))
    n_lab, n_ident = max(n_labels, 1), max(len(p.idents), 1)
    found: list[pd.DataFrame] = []

    def block(kind: str, m: np.ndarray, label: np.ndarray, other: np.ndarray, width: int,
              share: np.ndarray | None = None) -> None:
        """Pairs sharing (label, other); ``share``: per value of ``other``, its share of all rows
        (how often a record names it: the chance two records name it by accident)."""
        if len(m):
            got = _pairs_in_groups(label.astype(np.int64) * width + other, m, ent)
            got["label"] = got.key // width
            got["kind"] = kind
            got["share"] = share[got.key % width] if share is not None else 1.0
            found.append(got[["x", "y", "label", "kind", "share"]])

    # (label, place): places of the mention's record.
    place_sel = np.array([k == "place" for k in kinds[p.rid_id]], bool) if len(p.rid_id) else np.empty(0, bool)
    places = pd.DataFrame({"r": p.rid_r[place_sel], "place": p.rid_id[place_sel]}).drop_duplicates()
    with_place = labs.assign(r=rec[labs.m.to_numpy()]).merge(places, on="r")
    block("place", with_place.m.to_numpy(), with_place.label.to_numpy(), with_place.place.to_numpy(), n_ident)
    # (label, co-named label) and (label, co-named entity): others named in the same record.
    small = labs[people[rec[labs.m.to_numpy()]] <= MAX_RECORD_PEOPLE].assign(r=lambda d: rec[d.m.to_numpy()])
    co = small.merge(small, on="r", suffixes=("", "_o"))
    co = co[co.m != co.m_o]
    block("named-with", co.m.to_numpy(), co.label.to_numpy(), co.label_o.to_numpy(), n_lab,
          n_label / max(len(labs), 1))
    co_ent = co.drop_duplicates(["m", "m_o"])
    block("named-with", co_ent.m.to_numpy(), co_ent.label.to_numpy(), ent[co_ent.m_o.to_numpy()], n_m,
          np.bincount(ent, minlength=n_m) / n_m)
    # (label, father)
    fathers = pd.DataFrame({"m": p.father_m, "father": p.father_id}).merge(labs, on="m")
    block("father", fathers.m.to_numpy(), fathers.label.to_numpy(), fathers.father.to_numpy(), n_ident)
    if not found:
        return []
    cand = pd.concat(found, ignore_index=True)
    cand = cand[(ent[cand.x.to_numpy()] != ent[cand.y.to_numpy()]) & (rec[cand.x.to_numpy()] != rec[cand.y.to_numpy()])]
    if not len(cand):
        return []
    # Weights: each agreement's chance by accident, over the whole file.
    u_place = max(_u(places.place.to_numpy()), 1.0 / MAX_LR["place"])
    u_father = max(_u(p.father_id), 1.0 / MAX_LR["father"])
    roles = np.array([(r or "").strip().casefold() for r in p.mention_roles], dtype=object)
    role_u = max(_u(roles[roles != ""]), 1.0 / MAX_LR["role"]) if (roles != "").any() else 1.0
    named = np.bincount(labs.m.to_numpy(), minlength=n_m) > 0
    named_per_record = np.bincount(rec[named], minlength=len(p.record_ids))
    # One row per mention pair: which agreements, and the rarest shared label's count.
    x_all, y_all = cand.x.to_numpy(np.int64), cand.y.to_numpy(np.int64)
    pair_key, inv = np.unique(x_all * n_m + y_all, return_inverse=True)
    x, y = pair_key // n_m, pair_key % n_m
    n = np.full(len(pair_key), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(n, inv, n_label[cand.label.to_numpy(np.int64)])
    named_share = np.ones(len(pair_key))
    co_rows = cand.kind.to_numpy() == "named-with"
    np.minimum.at(named_share, inv[co_rows], cand.share.to_numpy(float)[co_rows])
    kinds_of = cand.kind.to_numpy()
    flag = {}
    for kind in PRIMARY:
        f = np.zeros(len(pair_key), bool)
        f[inv[kinds_of == kind]] = True
        flag[kind] = f
    flag["role"] = (roles[x] != "") & (roles[x] == roles[y])
    prior = np.minimum(2.0 / np.maximum(n, 1), PRIOR_CAP)
    log_odds = np.log(prior / (1.0 - prior))
    k = np.maximum(named_per_record[rec[x]] - 1, 1) * np.maximum(named_per_record[rec[y]] - 1, 1)
    lr = {"place": np.full(len(x), 1.0 / u_place), "father": np.full(len(x), 1.0 / u_father),
          "named-with": 1.0 / np.clip(named_share * k, 1.0 / MAX_LR["named-with"], 1.0),
          "role": np.full(len(x), 1.0 / role_u)}
    for kind, f in flag.items():
        log_odds = log_odds + np.where(f, np.log(lr[kind]), 0.0)
    prob = np.minimum(1.0 / (1.0 + np.exp(-log_odds)), POSSIBLE_CAP)
    keep = prob >= POSSIBLE_AT
    if different:
        keep &= np.array([frozenset((int(a), int(b))) not in different for a, b in zip(x, y)], bool)
    order = np.flatnonzero(keep)
    ex, ey = ent[x[order]], ent[y[order]]
    by_entities = pd.DataFrame({"i": order, "lo": np.minimum(ex, ey), "hi": np.maximum(ex, ey), "p": prob[order]})
    by_entities = by_entities.sort_values(["p", "i"], ascending=[False, True], kind="stable")
    by_entities = by_entities.drop_duplicates(["lo", "hi"])
    out: dict[tuple[int, int], PossibleMatch] = {}
    for i, lo, hi in zip(by_entities.i.tolist(), by_entities.lo.tolist(), by_entities.hi.tolist()):
        evidence = ("name", *(kind for kind in ("place", "named-with", "father", "role") if flag[kind][i]))
        out[(lo, hi)] = PossibleMatch(p.mention_keys[int(x[i])], p.mention_keys[int(y[i])],
                                      round(float(prob[i]), 4), evidence)
    if different:
        # A reviewed 'different' pair between two entities rules out every pair of their mentions.
        ruled = {frozenset((int(ent[a]), int(ent[b]))) for a, b in (tuple(d) for d in different) if ent[a] != ent[b]}
        out = {k: v for k, v in out.items() if frozenset(k) not in ruled}
    return sorted(out.values(), key=lambda pm: (-pm.probability, pm.a, pm.b))
