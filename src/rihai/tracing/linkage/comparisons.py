"""How the list model compares a column of each kind (lists.py recognises the kinds).

Names on their canonical words and consonant skeletons (the same keys as the tracing model's, so
Muhammad / Mohd / محمد meet before any distance is computed), dates with day/month swaps and
typos, identifiers with one- and two-character typos, places and postcodes term-frequency
adjusted. One comparison per column: redundant columns were set aside before (roles.py).
"""

from __future__ import annotations

import splink.comparison_level_library as cll
import splink.comparison_library as cl


def comparison(col: str, kind: str, kinds: dict[str, str], with_age: bool = False):
    """One Splink comparison for a column of a given kind (None to skip the column); a date
    ``with_age`` has a year from an age on the rows without a date."""
    if kind in ("given_name", "family_name"):
        other = next((c for c, k in kinds.items()
                      if k == ("family_name" if kind == "given_name" else "given_name")), None)
        levels = [cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True)]
        if other:  # given and family name swapped between the lists
            levels.append(cll.ColumnsReversedLevel(col, other))
        levels += [cll.JaroWinklerLevel(col, 0.92), cll.JaroWinklerLevel(col, 0.88),
                   cll.JaroWinklerLevel(col, 0.7), cll.ElseLevel()]
        return cl.CustomComparison(output_column_name=col, comparison_levels=levels)
    if kind in ("full_name", "father_name"):
        k, sk_key, sk = f"{col}_key", f"{col}_sk_key", f"{col}_sk"
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(k), cll.ExactMatchLevel(k, term_frequency_adjustments=True),
            cll.ExactMatchLevel(sk_key), cll.JaroWinklerLevel(k, 0.92), cll.ArraySubsetLevel(sk),
            cll.ArrayIntersectLevel(sk, 2), cll.JaroWinklerLevel(k, 0.8), cll.ElseLevel()])
    if kind == "dob" and with_age:
        # As the tracing model: an age is a year or two off the truth (it was given some time
        # ago), so a year that close is its own level, learned apart from two dates a year apart.
        one_age = f"({col}_l IS NULL OR {col}_r IS NULL)"
        year = f"abs({col}_year_l - {col}_year_r)"
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.CustomLevel(f"{one_age} AND ({col}_year_l IS NULL OR {col}_year_r IS NULL)",
                            "date and age missing").configure(is_null_level=True),
            cll.ExactMatchLevel(col), cll.CustomLevel(f"{col}_l = {col}_swap_r", "day and month swapped"),
            cll.LevenshteinLevel(col, 1), cll.LevenshteinLevel(col, 2),
            cll.CustomLevel(f"{one_age} AND {year} <= 1", "an age, year +-1"),
            cll.CustomLevel(f"{one_age} AND {year} <= 2", "an age, year +-2"),
            cll.CustomLevel(f"{year} <= 1", "year +-1"), cll.ElseLevel()])
    if kind == "dob":
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col),
            cll.CustomLevel(f"{col}_l = {col}_swap_r", "day and month swapped"),
            cll.LevenshteinLevel(col, 1), cll.LevenshteinLevel(col, 2),
            cll.CustomLevel(f"abs({col}_year_l - {col}_year_r) <= 1", "year +-1"),
            cll.ElseLevel()])
    if kind in ("national_id", "phone"):
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col), cll.LevenshteinLevel(col, 1),
            cll.LevenshteinLevel(col, 2), cll.ElseLevel()])
    if kind == "email":
        return cl.EmailComparison(col)
    if kind == "birth_year":
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col),
            cll.CustomLevel(f"abs({col}_l - {col}_r) <= 1", "one year apart"),
            cll.CustomLevel(f"abs({col}_l - {col}_r) <= 2", "two years apart"), cll.ElseLevel()])
    if kind in ("postcode", "number", "age"):
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True),
            cll.LevenshteinLevel(col, 1), cll.ElseLevel()])
    if kind in ("place", "address", "text"):
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True),
            cll.JaroWinklerLevel(col, 0.9), cll.JaroWinklerLevel(col, 0.7), cll.ElseLevel()])
    if kind == "category":  # occupation, religion: a word from a short list, variants unrelated
        return cl.CustomComparison(output_column_name=col, comparison_levels=[
            cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True),
            cll.ElseLevel()])
    if kind == "sex":
        return cl.ExactMatch(col)
    return None
