"""Link two encoded lists: every pair of CLKs compared (anonlink), pairs above a threshold kept.

The score is the Dice coefficient of the two Bloom filters (2 |A ∩ B| / (|A| + |B|)): 1.0 when
every field agrees, about 0.5 between strangers who share a sex and a common name's bigrams.
It is written as ``match_probability`` so the pairs file has the clear engine's columns, but it
is a similarity, not a calibrated probability: nothing is estimated from the encodings. The
default threshold (0.7) was read off FEBRL4 and the Pakistani generator (bench/pprl_accuracy.py).
``match_weight`` is log2(p / (1 - p)) of that score, as the clear engine's weight is of its
probability.
"""

from __future__ import annotations

import hmac
import math

import anonlink
import pandas as pd

from .encoding import EncodedList, FingerprintMismatch

DEFAULT_THRESHOLD = 0.7
COLUMNS = ["unique_id_l", "unique_id_r", "match_probability", "match_weight"]


def check_compatible(left: EncodedList, right: EncodedList) -> None:
    """Refuse two lists encoded with different secrets or schemas (they would match nothing)."""
    if not hmac.compare_digest(left.fingerprint.encode(), right.fingerprint.encode()):
        raise FingerprintMismatch("these two files were encoded with different secrets or schemas "
                                  "(their fingerprints differ): encode both with the same secret "
                                  "file and the same schema")


def link_encoded(left: EncodedList, right: EncodedList, threshold: float = DEFAULT_THRESHOLD, *,
                 one_to_one: bool = False) -> pd.DataFrame:
    """Pairs (left, right) whose Dice similarity is at least ``threshold``, best first.

    ``one_to_one`` keeps each row in at most one pair (anonlink's greedy solver: best pairs
    first), for two lists each holding a person once; without it a person listed twice on one
    side keeps both candidates, as the clear engine does.
    """
    check_compatible(left, right)
    if not len(left) or not len(right):
        return pd.DataFrame(columns=COLUMNS)
    sims, _datasets, (rec_l, rec_r) = anonlink.candidate_generation.find_candidate_pairs(
        [left.clks, right.clks], anonlink.similarities.dice_coefficient_accelerated, threshold)
    pairs = list(zip(rec_l, rec_r, sims))
    if one_to_one and pairs:
        chosen = {tuple(sorted(group)) for group in anonlink.solving.greedy_solve(
            (sims, _datasets, (rec_l, rec_r)))}
        pairs = [(i, j, s) for i, j, s in pairs if ((0, i), (1, j)) in chosen]
    out = pd.DataFrame({
        "unique_id_l": [left.unique_ids[i] for i, _, _ in pairs],
        "unique_id_r": [right.unique_ids[j] for _, j, _ in pairs],
        "match_probability": [round(float(s), 6) for _, _, s in pairs],
    }, columns=COLUMNS[:3])
    out["match_weight"] = out["match_probability"].map(_weight)
    return out.sort_values("match_probability", ascending=False, kind="stable").reset_index(drop=True)


def _weight(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log2(p / (1 - p))
