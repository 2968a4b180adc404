"""The global counts that weak evidence is weighed with, kept so that a few records can be placed
without a global resolve and still be weighed as a full resolve would weigh them.

A father's name or an alias is weighed (``weak_posterior``) with three figures taken over
every record: how many label rows carry the pair's name label (the namesake prior), and how often
two mentions agree on a father's name or on an alias label by accident (``persons._collision``).
Only mentions with a father's name, or with both a name and an alias label ("weak" mentions),
can take such a link; in the database they come from watchlist rows. ``Weights`` holds the
counts for their labels, the father and alias tallies, and which records hold weak mentions, so
``placement`` knows which networks a new label or alias re-weighs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .labels import name_labels
from .prepare import Prepared
from .records import SourceRecord

MIN_COLLISION = 1e-4
WEAK_ACCEPT = 0.8
WEAK_CAP = 0.9  # a weak agreement never says more than a father's name (persons.EVIDENCE_P)
MENTIONS_PER_PERSON = 2.0


def weak_posterior(label_mentions: np.ndarray, u: float) -> np.ndarray:
    """Probability that two mentions with one name label are one person, given that they agree on
    a father's name or an alias: the prior (a name carried by n mentions belongs to about n / 2
    people) times the likelihood ratio 1 / u. Common names need rarer agreement."""
    prior = np.minimum(MENTIONS_PER_PERSON / np.maximum(label_mentions, 1), 0.99)
    odds = prior / (1 - prior) / u
    return np.minimum(odds / (1 + odds), WEAK_CAP)


def collision(counts: Counter[str]) -> float:
    """Chance that two rows agree by accident: the sum of squared shares (Fellegi-Sunter's u), at
    least ``MIN_COLLISION``; 1.0 for no rows (as ``persons._collision``)."""
    total = sum(counts.values())
    if total == 0:
        return 1.0
    return max(float(sum((c / total) ** 2 for c in counts.values())), MIN_COLLISION)


@dataclass
class Weights:
    label_rows: dict[str, int] = field(default_factory=dict)  # label of a weak mention -> rows, all records
    label_records: dict[str, set[str]] = field(default_factory=dict)  # label -> records of weak mentions
    father: Counter[str] = field(default_factory=Counter)  # father context -> rows
    alias: Counter[str] = field(default_factory=Counter)  # alias label -> rows

    @property
    def father_u(self) -> float:
        return collision(self.father)

    @property
    def alias_u(self) -> float:
        return collision(self.alias)

    def count(self, records: list[SourceRecord], sign: int) -> None:
        """Add (``sign`` 1) or take away (-1) the label and alias rows of records with no weak
        mention (``placeable``)."""
        self.count_rows(label_rows(records), sign)

    def count_rows(self, rows: list[tuple[str, bool]], sign: int) -> None:
        """``count`` with the records' ``label_rows`` already taken: a kept placement replays its
        rows onto the last full resolve's weights (``rihai.networks.kept_weights``)."""
        for label, alias in rows:
            if label in self.label_rows:
                self.label_rows[label] += sign
            if alias:
                self.alias[label] += sign
                if self.alias[label] <= 0:
                    del self.alias[label]

    def reweighed(self, records: list[SourceRecord], alias_u_before: float) -> set[str]:
        """Records whose weak links these records' rows may re-weigh: holders of a weak mention
        with one of their labels (the namesake prior moves), and, when the alias tally moved
        (from ``alias_u_before``), holders of a label whose alias decision flips at the new tally
        (checked label by label: a one-row move seldom flips any). Alias links that stay keep
        the probability they had until the next full build: the one bounded divergence of
        their probability (``placement``)."""
        out: set[str] = set()
        for label, _alias in label_rows(records):
            out |= self.label_records.get(label, set())
        after = self.alias_u
        if after != alias_u_before:
            for label, holders in self.label_records.items():
                n = np.array([self.label_rows[label]])
                if (weak_posterior(n, alias_u_before)[0] >= WEAK_ACCEPT) != (weak_posterior(n, after)[0] >= WEAK_ACCEPT):
                    out |= holders
        return out

    def to_json(self) -> dict[str, Any]:
        """The counts as plain JSON (sorted, so equal weights give equal text)."""
        return {"label_rows": dict(sorted(self.label_rows.items())),
                "label_records": {k: sorted(v) for k, v in sorted(self.label_records.items())},
                "father": dict(sorted(self.father.items())), "alias": dict(sorted(self.alias.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Weights:
        """Weights from ``to_json``; a malformed document raises ``ValueError``."""
        try:
            return cls(label_rows={str(k): int(v) for k, v in data["label_rows"].items()},
                       label_records={str(k): {str(r) for r in v} for k, v in data["label_records"].items()},
                       father=Counter({str(k): int(v) for k, v in data["father"].items()}),
                       alias=Counter({str(k): int(v) for k, v in data["alias"].items()}))
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError("not a weights document") from exc


def label_rows(records: list[SourceRecord]) -> list[tuple[str, bool]]:
    """(label, is an alias row) of every person in ``records``, as ``prepare`` counts them."""
    out: list[tuple[str, bool]] = []
    for rec in records:
        for person in rec.people:
            nl = name_labels(person.name) if person.name else None
            for labels, alias in ((nl, nl.nickname if nl else True), *((name_labels(a), True) for a in person.aliases)):
                if labels is not None:
                    out.extend((label, alias) for label in labels.labels)
    return out


def placeable(record: SourceRecord) -> bool:
    """Whether a record can be placed without a global resolve: none of its people can take a
    weak link (a father's name, or a name and an alias), whose weight is counted over all records."""
    for person in record.people:
        if person.father_name:
            return False
        nl = name_labels(person.name) if person.name else None
        has_alias = any(name_labels(a) is not None for a in person.aliases) or bool(nl and nl.nickname)
        if nl is not None and not nl.nickname and has_alias:
            return False
    return True


def weights_of(p: Prepared) -> Weights:
    """The counts of a full resolve's prepared records (vectorised: 1M records hold ~5M label rows)."""
    w = Weights()
    n = len(p.mention_record)
    rows = np.bincount(p.lab_id, minlength=len(p.labels)) if len(p.lab_id) else np.zeros(len(p.labels), np.int64)
    named, aliased, father = np.zeros(n, bool), np.zeros(n, bool), np.zeros(n, bool)
    named[p.lab_m[~p.lab_alias]] = True
    aliased[p.lab_m[p.lab_alias]] = True
    father[p.father_m] = True
    both = named & aliased
    weak = both | father
    ids, counts = np.unique(p.lab_id[p.lab_alias], return_counts=True)
    w.alias = Counter({p.labels[i]: int(c) for i, c in zip(ids.tolist(), counts.tolist())})
    ids, counts = np.unique(p.father_id, return_counts=True)
    w.father = Counter({p.idents[i][1]: int(c) for i, c in zip(ids.tolist(), counts.tolist())})
    sel = weak[p.lab_m]
    for m, label in zip(p.lab_m[sel].tolist(), p.lab_id[sel].tolist()):
        text = p.labels[label]
        w.label_rows[text] = int(rows[label])
        w.label_records.setdefault(text, set()).add(p.record_ids[p.mention_record[m]])
    return w
