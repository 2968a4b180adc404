"""The tracing model: person records (requests, list rows, case persons) compared field by field.

A person record has ``unique_id`` and any of ``full_name, father_name, dob, age, age_on, sex,
cnic, passport, phone, district`` (see features.py). Names are compared on their canonical words
and consonant skeletons, dates with day/month swaps and age-only birth years, identifiers with
one-character typos. Blocking rules are many and overlapping: recall lost there is never won back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on

from .features import add_rare_tokens, infer_sex_from_names, person_features
from .plan import Plan, Say


def _name_comparison(prefix: str, label: str) -> cl.CustomComparison:
    key, sk_key, sk = f"{prefix}_key", f"{prefix}_sk_key", f"{prefix}_sk"
    return cl.CustomComparison(
        output_column_name=label,
        comparison_levels=[
            cll.NullLevel(key),
            # Same canonical words in any order: variants and swapped order already folded.
            cll.ExactMatchLevel(key, term_frequency_adjustments=True),
            # Same consonant skeletons: Urdu script vs Latin, spellings the dictionary lacks.
            cll.ExactMatchLevel(sk_key),
            cll.JaroWinklerLevel(key, 0.92),
            # One list wrote fewer words ("Parveen" vs "Parveen Baloch"): all of them agree.
            cll.ArraySubsetLevel(sk),
            # Two words in common (e.g. a dropped "Muhammad", an added caste name).
            cll.ArrayIntersectLevel(sk, 2),
            cll.JaroWinklerLevel(key, 0.80),
            cll.ArrayIntersectLevel(sk, 1),
            cll.ElseLevel(),
        ],
    )


def _dob_comparison() -> cl.CustomComparison:
    return cl.CustomComparison(
        output_column_name="dob",
        comparison_levels=[
            cll.CustomLevel("(dob_l IS NULL OR dob_r IS NULL) AND "
                            "(birth_year_l IS NULL OR birth_year_r IS NULL)",
                            "dob and age missing").configure(is_null_level=True),
            cll.ExactMatchLevel("dob"),
            cll.CustomLevel("dob_l = dob_swap_r", "day and month swapped"),
            cll.LevenshteinLevel("dob", 1),
            # One side knows only an age: its birth year is +-1 of the truth.
            cll.CustomLevel("(dob_l IS NULL OR dob_r IS NULL) AND "
                            "abs(birth_year_l - birth_year_r) <= 1", "age only, year +-1"),
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 1", "birth year +-1"),
            cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 4", "birth year +-4"),
            cll.ElseLevel(),
        ],
    )


def _id_comparison(col: str, typo: bool) -> cl.CustomComparison:
    levels = [cll.NullLevel(col), cll.ExactMatchLevel(col)]
    if typo:
        levels.append(cll.LevenshteinLevel(col, 1))
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(output_column_name=col, comparison_levels=levels)


def tracing_comparisons(features: pd.DataFrame | None = None) -> list:
    """The comparisons of the tracing model, dropping fields that are empty in ``features``."""
    comps = {
        "name_key": _name_comparison("name", "name"),
        "father_key": _name_comparison("father", "father_name"),
        "birth_year": _dob_comparison(),
        "sex": cl.ExactMatch("sex"),
        "cnic": _id_comparison("cnic", typo=True),
        "passport": _id_comparison("passport", typo=True),
        "phone": _id_comparison("phone", typo=False),
        "district": cl.ExactMatch("district").configure(term_frequency_adjustments=True),
    }
    if features is None:
        return list(comps.values())
    return [c for col, c in comps.items() if features[col].notna().any()]


# Recall lost here is never recovered, so the rules are many and overlap; each is selective
# enough that no block explodes on a common name.
TRACING_BLOCKING_RULES = [
    block_on("cnic"),
    # Halves of the CNIC: a one-digit typo still meets its record.
    block_on("substr(cnic, 1, 6)"),
    block_on("substr(cnic, 7, 7)"),
    block_on("phone"),
    block_on("passport"),
    # Same name skeleton, whatever else differs: blocks are as big as a full name is common.
    block_on("name_sk_key"),
    block_on("father_sk_key", "district"),
    block_on("name_rare", "father_rare"),
    # Any informative word in common (a typo elsewhere in the name) plus one more field.
    block_on("name_strong", "birth_year", arrays_to_explode=["name_strong"]),
    block_on("name_strong", "district", arrays_to_explode=["name_strong"]),
    block_on("name_strong", "father_rare", arrays_to_explode=["name_strong"]),
    block_on("dob"),
    block_on("father_sk_key", "birth_year"),
]


def person_frames(requests: pd.DataFrame, records: pd.DataFrame | None = None) -> list[pd.DataFrame]:
    """Feature frames for the requests (and records), ``source_dataset`` set for link mode."""
    left = person_features(requests)
    frames = [left]
    if records is not None:
        right = person_features(records)
        left["source_dataset"], right["source_dataset"] = "a_requests", "b_records"
        frames.append(right)
    add_rare_tokens(*frames)
    return frames


def tracing_settings(frames: Sequence[pd.DataFrame], link_type: str) -> SettingsCreator:
    both = pd.concat(frames, ignore_index=True)
    return SettingsCreator(
        link_type=link_type,
        comparisons=tracing_comparisons(both),
        blocking_rules_to_generate_predictions=TRACING_BLOCKING_RULES,
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=True,
        probability_two_random_records_match=1e-4,
    )


@dataclass(frozen=True)
class PersonModel:
    """Tracing requests against records (or, without records, requests among themselves).

    With ``pool_rows`` (and records), list rows about the same person pool their fields before
    they are scored (pooling.py).
    """

    pool_rows: bool = True

    def plan(self, requests: pd.DataFrame, records: pd.DataFrame | None, say: Say) -> Plan:
        frames = person_frames(requests, records)
        # Before the settings: a sex read from the name can make the sex comparison worth keeping.
        sex_from_name = infer_sex_from_names(*frames)
        n = sum(len(f) for f in frames)
        return Plan(
            frames=frames,
            splink=tracing_settings(frames, "link_only" if records is not None else "dedupe_only"),
            prior_rules=[block_on("cnic"), block_on("passport"), block_on("name_sk_key", "dob")],
            prior_recall=0.7,
            # EM learns m from the pairs its block admits, so each block must hold mostly matches
            # at any list size. A name alone does not: in a million records most pairs sharing a
            # name are namesakes, and EM then learned namesakes as "the match" (m(district agrees)
            # 0.07, m(CNIC agrees) 0.48 at 10k x 1M; F1 0.71). Name + date of birth, and a shared
            # CNIC / passport / phone, stay nearly pure as lists grow. Session 1 leaves every field
            # but the name and date free, session 2 frees those; later entries are fallbacks for
            # sparse data.
            em_rules=[[block_on("name_sk_key", "dob"), block_on("name_sk_key", "birth_year"),
                       block_on("name_sk_key")],
                      [block_on("cnic"), block_on("passport"), block_on("phone"),
                       block_on("birth_year", "district")]],
            max_u_pairs=min(5e6, max(1e5, n * 20)),
            pool_rows=self.pool_rows and records is not None,
            borrowed={uid: {"sex": reason} for uid, reason in sex_from_name.items()},
        )
