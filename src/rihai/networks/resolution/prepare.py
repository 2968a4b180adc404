"""Records -> flat integer arrays: the one pass in Python over the input.

Every identifier is normalised once per distinct written form (a cache), keyed by the caller's
``key`` (a blind-index digest in the database, the value itself on the command line) and interned
as an integer; every name and alias is folded into labels (``labels.name_labels``, cached).
Everything after this pass is vectorised over the arrays (numpy, pandas, scipy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .identifiers import canonical
from .labels import is_victim, name_labels
from .records import Identifier, SourceRecord

Key = Callable[[str, str], str]
Progress = Callable[[str, int, int], None]
PROGRESS_EVERY = 5000


@dataclass
class Prepared:
    record_ids: list[str]
    mention_keys: list[tuple[str, str]] = field(default_factory=list)
    mention_names: list[str | None] = field(default_factory=list)
    mention_aliases: list[tuple[str, ...]] = field(default_factory=list)
    mention_roles: list[str | None] = field(default_factory=list)
    mention_display: list[str | None] = field(default_factory=list)
    mention_joined: list[str | None] = field(default_factory=list)  # labels.NameLabels.joined
    # (kind, key) of every interned identifier, by id; "father" contexts are interned here too.
    idents: list[tuple[str, str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    # Arrays, filled by ``finish``.
    mention_record: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    mention_victim: np.ndarray = field(default_factory=lambda: np.empty(0, bool))
    mention_named: np.ndarray = field(default_factory=lambda: np.empty(0, bool))  # has a proper-name label
    lab_m: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    lab_id: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    lab_alias: np.ndarray = field(default_factory=lambda: np.empty(0, bool))
    lab_primary: np.ndarray = field(default_factory=lambda: np.empty(0, bool))  # the label a name is counted by
    pid_m: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))  # person-level identifiers
    pid_id: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    rid_r: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))  # record-level identifiers
    rid_id: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    father_m: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    father_id: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))

    @property
    def ident_kinds(self) -> np.ndarray:
        return np.array([k for k, _ in self.idents], dtype=object)


class _Builder:
    def __init__(self, key: Key | None) -> None:
        self.key = key
        self.ident_ids: dict[tuple[str, str], int] = {}
        self.label_ids: dict[str, int] = {}
        self.cache: dict[tuple[str, str, bool], int] = {}

    def ident(self, ident: Identifier) -> int:
        c = (ident.kind, ident.value, ident.keyed)
        found = self.cache.get(c)
        if found is not None:
            return found
        if ident.keyed:
            kv: tuple[str, str] | None = (ident.kind, ident.value)
        else:
            can = canonical(ident.kind, ident.value)
            kv = (can[0], self.key(*can) if self.key else can[1]) if can else None
        i = -1 if kv is None else self.ident_ids.setdefault(kv, len(self.ident_ids))
        self.cache[c] = i
        return i

    def context(self, kind: str, value: str) -> int:
        return self.ident_ids.setdefault((kind, value), len(self.ident_ids))

    def label(self, label: str) -> int:
        return self.label_ids.setdefault(label, len(self.label_ids))


def prepare(records: Sequence[SourceRecord], *, key: Key | None = None, progress: Progress | None = None) -> Prepared:
    b = _Builder(key)
    p = Prepared(record_ids=[r.record_id for r in records])
    m_rec: list[int] = []
    m_victim: list[bool] = []
    m_named: list[bool] = []
    lab_m: list[int] = []
    lab_id: list[int] = []
    lab_alias: list[bool] = []
    lab_primary: list[bool] = []
    pid_m: list[int] = []
    pid_id: list[int] = []
    rid_r: list[int] = []
    rid_id: list[int] = []
    fa_m: list[int] = []
    fa_id: list[int] = []
    total = len(records)
    for ri, rec in enumerate(records):
        if progress and ri % PROGRESS_EVERY == 0:
            progress("normalise", ri, total)
        for ident in rec.identifiers:
            i = b.ident(ident)
            if i >= 0:
                rid_r.append(ri)
                rid_id.append(i)
        for person in rec.people:
            m = len(m_rec)
            m_rec.append(ri)
            m_victim.append(is_victim(person.role))
            p.mention_keys.append((rec.record_id, person.ref))
            p.mention_names.append(person.name)
            p.mention_aliases.append(person.aliases)
            p.mention_roles.append(person.role)
            nl = name_labels(person.name) if person.name else None
            named = nl is not None and not nl.nickname
            m_named.append(named)
            p.mention_display.append(nl.display if named and nl else None)
            p.mention_joined.append(nl.joined if named and nl else None)
            primary_done = False
            for labels, alias in ((nl, nl.nickname if nl else True),
                                  *((name_labels(a), True) for a in person.aliases)):
                if labels is None:
                    continue
                for j, label in enumerate(labels.labels):
                    lab_m.append(m)
                    lab_id.append(b.label(label))
                    lab_alias.append(alias)
                    # The name is counted by its label without "Muhammad" (the last one).
                    lab_primary.append(not primary_done and j == len(labels.labels) - 1)
                primary_done = True
            if person.father_name:
                fl = name_labels(person.father_name)
                if fl is not None:
                    # The father's own words: "Rashid Butt" for "Imran Butt" is "Rashid", since a
                    # namesake shares the family name and agrees on it by construction.
                    own = set(nl.labels[0].split("|")) if nl else set()
                    words = [w for w in fl.labels[-1].split("|") if w not in own] or fl.labels[-1].split("|")
                    fa_m.append(m)
                    fa_id.append(b.context("father", "|".join(words)))
            for ident in person.identifiers:
                i = b.ident(ident)
                if i >= 0:
                    pid_m.append(m)
                    pid_id.append(i)
    if progress:
        progress("normalise", total, total)
    p.idents = list(b.ident_ids)
    p.labels = list(b.label_ids)
    as_int = lambda xs: np.asarray(xs, dtype=np.int64)  # noqa: E731
    p.mention_record, p.mention_victim, p.mention_named = as_int(m_rec), np.asarray(m_victim, bool), np.asarray(m_named, bool)
    p.lab_m, p.lab_id = as_int(lab_m), as_int(lab_id)
    p.lab_alias, p.lab_primary = np.asarray(lab_alias, bool), np.asarray(lab_primary, bool)
    p.pid_m, p.pid_id, p.rid_r, p.rid_id = as_int(pid_m), as_int(pid_id), as_int(rid_r), as_int(rid_id)
    p.father_m, p.father_id = as_int(fa_m), as_int(fa_id)
    return p
