"""The model for lists nobody prepared for us (``rihai link``, lists shared across agencies).

It compares the columns both lists share, after recognising what each holds (columns.py),
builds one Splink comparison per column and chooses blocking rules by what they cost on *these*
lists; the pipeline then estimates the model from the lists themselves (no labels). Without a
right-hand list it deduplicates the left one.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd
from splink import SettingsCreator, block_on

from rihai import names

from . import features as F
from . import roles
from .columns import detect_kinds
from .comparisons import comparison
from .plan import Plan, Say

# Kinds whose equality alone is near-proof of identity (used for the prior and as single rules).
_STRONG = ("national_id", "phone", "email")
# Kinds that may be combined in blocking rules, in order of preference.
_BLOCKABLE = ("full_name", "given_name", "family_name", "father_name", "dob", "birth_year",
              "postcode", "place", "address", "age")


def _canon_name(value) -> str | None:
    if F._blank(value):  # noqa: SLF001
        return None
    return " ".join(names.canonical_tokens(str(value))) or None


def _digits_or_none(value, keep: int | None = None) -> str | None:
    if F._blank(value):  # noqa: SLF001
        return None
    d = F._digits(value)  # noqa: SLF001
    d = d[-keep:] if keep else d
    return d or None


def normalise_columns(frame: pd.DataFrame, kinds: dict[str, str],
                      ages: dict[str, str] | None = None) -> pd.DataFrame:
    """Columns rewritten to comparable forms; extra derived columns for names and dates.

    ``ages`` {date column: age column}: where the date is blank, its year comes from the age.
    """
    out = pd.DataFrame({"unique_id": frame["unique_id"].values})
    for col, kind in kinds.items():
        s = frame[col].reset_index(drop=True)
        if kind in ("given_name", "family_name"):
            out[col] = s.map(_canon_name)
            # Consonant skeleton: a blocking key that survives vowel typos and variants.
            out[f"{col}_sk"] = out[col].map(lambda v: names.skeleton(v.replace(" ", ""))
                                            if v else None)
        elif kind in ("full_name", "father_name"):
            parts = s.map(F.name_parts)
            out[f"{col}_key"] = parts.map(lambda p: " ".join(sorted(p[0])) or None)
            out[f"{col}_sk_key"] = parts.map(lambda p: " ".join(sorted(p[1])) or None)
            out[f"{col}_sk"] = parts.map(lambda p: sorted(set(p[1])) or None)
        elif kind == "dob":
            d = s.map(F.parse_date)
            out[col] = d.map(lambda x: x.isoformat() if x else None)
            out[f"{col}_swap"] = d.map(F.swapped_dob)
            out[f"{col}_year"] = d.map(lambda x: x.year if x else None).astype("Int64")
            if ages and col in ages:
                from_age = roles.years_from_ages(frame[ages[col]].reset_index(drop=True))
                out[f"{col}_year"] = out[f"{col}_year"].fillna(from_age)
        elif kind == "national_id":
            out[col] = s.map(lambda v: None if F._blank(v) else  # noqa: SLF001
                             "".join(ch for ch in str(v).upper() if ch.isalnum()) or None)
        elif kind == "phone":
            out[col] = s.map(lambda v: _digits_or_none(v, keep=10))
        elif kind == "email":
            out[col] = s.map(lambda v: None if F._blank(v) else str(v).strip().lower())  # noqa: SLF001
        elif kind == "postcode":
            out[col] = s.map(lambda v: None if F._blank(v) else  # noqa: SLF001
                             re.sub(r"\W", "", str(v).upper().removesuffix(".0")) or None)
        elif kind in ("place", "address", "text", "category"):
            out[col] = s.map(F.clean_place)
        elif kind == "sex":
            out[col] = s.map(F.clean_sex)
        elif kind == "birth_year":
            out[col] = pd.to_numeric(s, errors="coerce").astype("Int64")
        elif kind in ("age", "number"):
            out[col] = s.map(lambda v: None if F._blank(v) else str(v).removesuffix(".0"))  # noqa: SLF001
    return out


def _block_cols(col: str, kind: str) -> list[str]:
    # Names also block on their skeleton so spelling variants still meet; dates on their year.
    if kind in ("full_name", "father_name"):
        return [f"{col}_sk_key"]
    if kind in ("given_name", "family_name"):
        return [col, f"{col}_sk"]
    if kind == "dob":
        return [col, f"{col}_year"]
    return [col]


_PERSON_NAMES = ("full_name", "given_name", "family_name")


def pooling_plan(kinds: dict[str, str]) -> tuple[list[str], list[tuple[str, str, tuple[str, ...]]]]:
    """(rules, pooled) for pooling a list's rows about one person (pooling.py), from the kinds.

    Rows meet on what identifies a person almost alone: an identifier, or the name with the full
    date of birth. Every field but the person's own name may then be filled from another row of
    the same person (the name is what the rows are matched on, so it is never borrowed).
    """
    rules = [f"l.{c} = r.{c}" for c, k in kinds.items() if k in _STRONG]
    name_keys = [_block_cols(c, k)[-1] for c, k in kinds.items() if k in _PERSON_NAMES]
    dob = next((c for c, k in kinds.items() if k == "dob"), None)
    if name_keys and dob:
        rules.append(" AND ".join(f"l.{b} = r.{b}" for b in [*name_keys[:2], dob]))
    pooled = []
    for c, k in kinds.items():
        if k in _PERSON_NAMES:
            continue
        if k == "father_name":
            pooled.append((c, f"{c}_key", (f"{c}_key", f"{c}_sk_key", f"{c}_sk")))
        elif k == "dob":  # the date with its year; else a year from an age
            pooled += [(c, c, (c, f"{c}_swap", f"{c}_year")), (c, f"{c}_year", (f"{c}_year",))]
        else:
            pooled.append((c, c, (c,)))
    return rules, pooled


_EM_ORDER = ("national_id", "phone", "email", "dob", "birth_year", "postcode", "address", "place",
             "age", "category", "number", "text", "sex")


def _em_preference(rule: list[str], kinds: dict[str, str]) -> tuple[int, int]:
    """Blocks that hold mostly matches first: identifiers, then a full date, then the rest; a
    column itself before a key derived from it (a date before its year)."""
    ranks = []
    for key in rule:
        col = next((c for c, k in kinds.items() if key in (c, *_block_cols(c, k))), key)
        kind = kinds.get(col, "text")
        ranks.append((_EM_ORDER.index(kind) if kind in _EM_ORDER else len(_EM_ORDER), key != col))
    return min(ranks)[0], sum(derived for _, derived in ranks) - len(rule)


def _pair_count(frames: list[pd.DataFrame], cols: list[str]) -> float:
    """Exact number of pairs an equi-join on ``cols`` creates (nulls never join)."""
    counts = [f[cols].dropna().value_counts() for f in frames]
    if len(frames) == 1:
        c = counts[0]
        return float((c * (c - 1) / 2).sum())
    left, right = counts
    joined = left.to_frame("l").join(right.to_frame("r"), how="inner")
    return float((joined["l"] * joined["r"]).sum())


def choose_blocking(frames: list[pd.DataFrame], kinds: dict[str, str],
                    budget: float) -> list[list[str]]:
    """Blocking rules (lists of columns): every affordable single key, else affordable pairs.

    Recall lost in blocking cannot be won back, so the rule set is wide; the budget (pairs per
    rule) is what keeps a common value ("Muhammad", "Lahore") from exploding a block.
    """
    rules: list[list[str]] = [[c] for c, k in kinds.items() if k in _STRONG]
    keys = [b for k in _BLOCKABLE for c, kk in kinds.items() if kk == k for b in _block_cols(c, k)]
    singles = [k for k in keys if _pair_count(frames, [k]) <= budget]
    rules += [[k] for k in singles]
    for a, b in itertools.combinations(keys, 2):
        if a in singles or b in singles or a.split("_")[0] == b.split("_")[0]:
            continue
        if _pair_count(frames, [a, b]) <= budget:
            rules.append([a, b])
    return rules


def safe_names(columns: list[str]) -> dict[str, str]:
    """{heading: a name SQL takes unquoted}: plain identifiers kept, others (``D.O.B``, ``Full
    Name``, ``تاریخ پیدائش``, ``order``) rewritten to ASCII letters, digits and ``_``, never
    colliding and never an SQL keyword (Splink quotes some names and not others)."""
    def plain(name: str) -> bool:
        return bool(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name)) and name.lower() not in _reserved()

    out: dict[str, str] = {}
    taken = {c for c in columns if plain(c)} | {"unique_id"}
    for col in columns:
        if plain(col):
            out[col] = col
            continue
        base = re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9]", "_", col)).strip("_").lower()
        base = base if base and base[0].isalpha() and base not in _reserved() else f"c_{base}".rstrip("_")
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        out[col] = name
    return out


@functools.cache
def _reserved() -> frozenset[str]:
    rows = duckdb.sql("select keyword_name from duckdb_keywords() where keyword_category = 'reserved'")
    return frozenset(r[0] for r in rows.fetchall())


@dataclass(frozen=True)
class ListModel:
    """Lists with any columns: each column's kind recognised (or given), compared by kind.

    ``columns`` {column: kind} overrides detection; ``blocking_rules`` [[col, …], …] replaces the
    rules chosen by cost; ``max_pairs_per_rule`` is that cost's budget (default max(2M, 30 × rows));
    ``link_type`` overrides link / dedupe; ``prior_recall`` is the share of matches the
    near-certain rules are assumed to find; ``max_u_pairs`` the random pairs sampled for u;
    ``pool_rows`` lets the right-hand list's rows about one person pool their fields (pooling.py).
    """

    columns: dict[str, str] | None = None
    blocking_rules: list | None = None
    max_pairs_per_rule: float | None = None
    link_type: str | None = None
    prior_recall: float = 0.7
    max_u_pairs: float | None = None
    pool_rows: bool = True

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> ListModel:
        """The model part of a ``rihai link --config`` mapping (other keys are ignored here)."""
        return cls(columns=config.get("columns"), blocking_rules=config.get("blocking_rules"),
                   max_pairs_per_rule=config.get("max_pairs_per_rule"),
                   link_type=config.get("link_type"), prior_recall=config.get("prior_recall", 0.7),
                   max_u_pairs=config.get("max_u_pairs"),
                   pool_rows=bool(config.get("pool_rows", True)))

    def plan(self, left: pd.DataFrame, right: pd.DataFrame | None, say: Say) -> Plan:
        shared = [c for c in left.columns if right is None or c in right.columns]
        if "unique_id" not in shared:
            raise ValueError("both lists need a unique_id column")
        detected = detect_kinds(left[shared], self.columns)
        kinds = {c: k for c, k in detected.items() if k not in ("ignore",)}
        say("column kinds: " + json.dumps(kinds, ensure_ascii=False))
        # Columns that repeat others or cannot tell people apart are not evidence (roles.py);
        # a column the config names explicitly is always compared.
        inputs = [left[shared]] + ([] if right is None else [right[shared]])
        repeats = roles.find_redundant(pd.concat(inputs), kinds)
        why = {**roles.uninformative(inputs, kinds),
               **{c: roles.redundant_with(cols) for c, cols in repeats.items()}}
        why = {c: w for c, w in why.items() if c not in (self.columns or {})}
        for full, cols in repeats.items():
            if full in why and len(cols) == 2:
                left = roles.fill_parts(left, full, *cols)
                right = None if right is None else roles.fill_parts(right, full, *cols)
        column_roles = {c: roles.Role(k, "ignored", why.get(c, "not recognised") if k == "ignore"
                                      else why[c]) if k == "ignore" or c in why
                        else roles.Role(k, "compared") for c, k in detected.items()}
        kinds = {c: k for c, k in kinds.items() if c not in why}
        for side, frame in (("left", left), ("right", right)):
            for c in [] if frame is None or right is None else frame.columns.difference(shared):
                if c != "source_dataset":
                    column_roles[c] = roles.Role(detect_kinds(frame[[c]]).get(c, "ignore"),
                                                 "ignored", f"only in the {side} list")
        bridge = roles.birth_year_bridge(left, right, column_roles)
        if bridge:
            col, left, right = bridge
            kinds[col] = "birth_year"
        dob_age = roles.age_beside_dob(inputs, kinds)
        if dob_age:  # the age is compared inside the date's comparison, not a second time
            dob, age = dob_age
            del kinds[age]
            column_roles[age] = roles.Role("age", "compared", f"as {dob}'s year where it is blank")
        original_kinds = kinds
        # Splink writes column names into SQL unquoted ("gamma_D.O.B"): the engine works on safe
        # names and keeps the headings for what people read (the kinds, the waterfall's fields).
        safe = safe_names(list(kinds))
        left = left.rename(columns=safe)
        right = None if right is None else right.rename(columns=safe)
        kinds = {safe[c]: k for c, k in kinds.items()}
        ages = {safe[dob_age[0]]: dob_age[1]} if dob_age else None
        frames = [normalise_columns(left, kinds, ages)]
        if right is not None:
            frames.append(normalise_columns(right, kinds, ages))
            frames[0]["source_dataset"], frames[1]["source_dataset"] = "a_left", "b_right"
        comps = {c: comparison(c, k, kinds, with_age=bool(ages and c in ages))
                 for c, k in kinds.items()}
        comps = {c: v for c, v in comps.items() if v is not None}
        n = sum(len(f) for f in frames)
        budget = float(max(2e6, 30.0 * n) if self.max_pairs_per_rule is None else self.max_pairs_per_rule)
        rule_cols = ([[safe.get(c, c) for c in r] if isinstance(r, list) else r
                      for r in self.blocking_rules] if self.blocking_rules
                     else choose_blocking(frames, kinds, budget))
        say(f"blocking rules: {rule_cols}")
        say("roles: " + json.dumps({c: r.describe() for c, r in column_roles.items()}))
        heading = {v: c for c, v in safe.items()}
        keys = {b for r in rule_cols if isinstance(r, list) for b in r}
        blocked = {heading[c] for c, k in kinds.items() if keys & {c, *_block_cols(c, k)}}
        column_roles = {c: roles.Role(r.kind, r.role, r.why, c in blocked)
                        for c, r in column_roles.items()}
        rules = [block_on(*r) if isinstance(r, list) else r for r in rule_cols]
        # EM needs blocks that leave fields free: one on names, one on everything else.
        name_cols = [_block_cols(c, k)[0] for c, k in kinds.items()
                     if k in ("full_name", "given_name", "family_name")]
        # The second block must leave every name free (a block on a name's skeleton holds
        # mostly namesakes, and EM then learns that surnames rarely agree among matches); the
        # most identifying keys first, the next ones as fallbacks should a session fail.
        name_keys = {b for c, k in kinds.items() if k in ("full_name", "given_name", "family_name",
                                                          "father_name") for b in _block_cols(c, k)}
        other_rules = sorted((r for r in rule_cols if isinstance(r, list) and not set(r) & name_keys),
                             key=lambda r: _em_preference(r, kinds))
        em_rules: list = []
        if name_cols:
            em_rules.append(block_on(*name_cols[:2]))
        if other_rules:
            em_rules.append([block_on(*r) for r in other_rules[:3]])
        dob_cols = [c for c, k in kinds.items() if k == "dob"]
        det = [block_on(c) for c, k in kinds.items() if k in _STRONG]
        if name_cols and dob_cols:
            det.append(block_on(*name_cols[:2], dob_cols[0]))
        link_type = self.link_type or ("link_only" if right is not None else "dedupe_only")
        # Rows of the right-hand list about one person pool their fields before the left-hand
        # rows meet them, as the tracing model's records do (an embassy's row with a passport and
        # no date of birth meets a family's request through a shelter's row with both).
        same_person_rules, pooled = pooling_plan(kinds)
        pool = self.pool_rows and right is not None and link_type == "link_only" and bool(
            same_person_rules)
        settings = SettingsCreator(
            link_type=link_type,
            comparisons=list(comps.values()), blocking_rules_to_generate_predictions=rules,
            retain_intermediate_calculation_columns=True, retain_matching_columns=True,
            probability_two_random_records_match=1e-4)
        return Plan(frames=frames, splink=settings, prior_rules=det or em_rules[:1],
                    prior_recall=self.prior_recall, em_rules=em_rules, pool_rows=pool,
                    same_person_rules=same_person_rules, pooled=pooled,
                    max_u_pairs=float(min(1e7, max(1e6, n * 50)) if self.max_u_pairs is None
                                      else self.max_u_pairs),
                    notes={"rihai_column_kinds": original_kinds,
                           "rihai_column_roles": {c: {"kind": r.kind, "role": r.role, "why": r.why,
                                                      "blocked_on": r.blocked_on}
                                                  for c, r in column_roles.items()},
                           "rihai_column_names": {v: c for c, v in safe.items() if v != c}})
