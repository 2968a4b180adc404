"""Generic values: numbers and names that many unrelated records carry (a helpline, a bus company's
or a hospital's number) and that must never join two networks or two people. They stay in the
result as evidence, with the reason they were set aside.

Three sources:

1. ``PUBLIC_NUMBERS``: Pakistani public numbers, each with where it was published.
2. the caller's own list (``resolve(..., generic=[(kind, value), ...])``).
3. structure: a value seen in at least ``MIN_DEGREE`` records is generic when no one name goes
   with it. A recruiter's phone in 300 victims' cases comes with his name (in some spelling that
   folds to one key) in most of them; a helpline's comes with hundreds of different names. The
   measure is the share of the value's records whose people include the value's most frequent
   name key (``top_name_share``); below ``MAX_TOP_NAME_SHARE`` the value is generic. Measured on
   the planted networks of ``rihai.synthetic.networks`` (bench/networks_resolution.py reports
   the detector's precision and recall).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A value carried by fewer records than this is never called generic by structure: small
# networks legitimately repeat a number a dozen times.
MIN_DEGREE = 10
# Below this share of its records carrying one name, a frequent value belongs to no one person.
MAX_TOP_NAME_SHARE = 0.2


@dataclass(frozen=True)
class PublicNumber:
    number: str  # as normalise_phone returns it: a short code, a UAN's nine digits, or E.164
    what: str
    source: str


_DAWN_2021 = "Dawn, 'Helpline number 911 becomes functional', 11 Nov 2021, https://www.dawn.com/news/1657238"
PUBLIC_NUMBERS: tuple[PublicNumber, ...] = (
    PublicNumber("15", "Police emergency", _DAWN_2021),
    PublicNumber("16", "Fire brigade", _DAWN_2021),
    PublicNumber("1122", "Rescue 1122 emergency service", _DAWN_2021),
    PublicNumber("1166", "Government health (COVID-19) helpline", _DAWN_2021),
    PublicNumber("911", "Pakistan Emergency Helpline (PEHEL-911)",
                 "Daily Pakistan, 'PM Imran launches ... helpline 911', 7 Apr 2022, "
                 "https://en.dailypakistan.com.pk/07-Apr-2022/pm-imran-launches-pakistan-s-first-national-emergency-helpline-911"),
    PublicNumber("111247786", "FIA National Trafficking in Persons hotline (111-247-786)",
                 "Dawn, 'FIA launches hotline for registration of complaints against human trafficking', "
                 "14 Dec 2023, https://www.dawn.com/news/1797803"),
    PublicNumber("1101", "Pakistan Rangers Sindh rescue emergency",
                 "Geo Urdu, 17 Sep 2024, https://urdu.geo.tv/latest/379922-"),
    *(PublicNumber(f"+92519217{n}", "Federal Ombudsman, Grievance Commissioner for Overseas Pakistanis",
                   "Handbook for Overseas Pakistanis (Federal Ombudsman Secretariat): phone 92-51-9217206-10, "
                   "https://docslib.org/doc/9747744/handbook-for-overseas-pakistanis")
      for n in range(206, 211)),
)


def public_phone_values() -> frozenset[str]:
    return frozenset(p.number for p in PUBLIC_NUMBERS)


def structural_generic(value_ids: np.ndarray, record_ids: np.ndarray, name_ids: np.ndarray,
                       *, min_degree: int = MIN_DEGREE, max_share: float = MAX_TOP_NAME_SHARE) -> dict[int, float]:
    """Values (by id) that look generic by structure, with their top-name share.

    ``value_ids[i]`` occurs in record ``record_ids[i]``; ``name_ids`` holds one name key id per
    (value occurrence, person of that record) pair, or -1 where the record has no named person —
    the three arrays are aligned rows of that join. Vectorised: one sort per array."""
    if len(value_ids) == 0:
        return {}
    vr = np.unique(np.stack([value_ids, record_ids], axis=1), axis=0)
    values, degree = np.unique(vr[:, 0], return_counts=True)
    frequent = values[degree >= min_degree]
    if len(frequent) == 0:
        return {}
    deg = dict(zip(values.tolist(), degree.tolist()))
    keep = np.isin(value_ids, frequent) & (name_ids >= 0)
    triples = np.unique(np.stack([value_ids[keep], name_ids[keep], record_ids[keep]], axis=1), axis=0)
    top: dict[int, int] = {}
    if len(triples):
        pairs, counts = np.unique(triples[:, :2], axis=0, return_counts=True)
        order = np.lexsort((-counts, pairs[:, 0]))
        pairs, counts = pairs[order], counts[order]
        first = np.r_[True, pairs[1:, 0] != pairs[:-1, 0]]
        top = dict(zip(pairs[first, 0].tolist(), counts[first].tolist()))
    out: dict[int, float] = {}
    for v in frequent.tolist():
        share = top.get(v, 0) / deg[v]
        if share < max_share:
            out[v] = share
    return out
