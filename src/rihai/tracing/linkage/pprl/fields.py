"""What goes into an encoding: a list's columns -> the person fields of the default schema.

Each holder encodes on their own machine, so two lists meet only if their columns land on the
same fields whatever their headings. The columns are recognised exactly as ``rihai link``
recognises them (``detect_kinds``) and rewritten by the clear engine's own normaliser
(``lists.normalise_columns``): names folded by ``rihai.names`` (Muhammad / Mohd / محمد meet),
dates parsed, CNIC and phone reduced to digits. Only then are they hashed into a Bloom filter.

The schema is a clkhash v3 linkage schema; its feature identifiers are the field names below,
so a ``--schema`` of one's own may drop fields or change their weights, never invent a field.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pandas as pd

from rihai import names

from ..columns import detect_kinds
from ..lists import normalise_columns

# Field -> (bits the field sets in the 1024-bit filter, positional bigrams?). The bits weigh a
# field against the others as the clear engine's weights do: names and identity numbers count
# most, sex least. Positional bigrams for digits: "1990-03-04" and "1990-04-03" must differ.
FIELDS: dict[str, tuple[int, bool]] = {
    "name": (150, False),       # sorted canonical tokens of the full name (or given + family)
    "name_sk": (50, False),     # their consonant skeletons: Urdu-script words the dictionary lacks
    "father": (100, False),     # father's or husband's name, folded the same way
    "dob": (100, True),         # date of birth, YYYYMMDD
    "sex": (20, False),         # m / f
    "cnic": (100, True),        # a 13-digit national identity number
    "id": (100, True),          # any other identity number (passport, social security, NICOP)
    "phone": (100, True),       # the last 10 digits
    "email": (80, False),
    "postcode": (50, True),
    "place": (50, False),       # city, district, village, province …
    "address": (60, False),
}

# The kinds ``detect_kinds`` gives that are encoded, and the field each feeds.
_KIND_FIELD = {"father_name": "father", "dob": "dob", "sex": "sex", "phone": "phone",
               "email": "email", "postcode": "postcode", "place": "place", "address": "address"}


def default_schema() -> dict[str, Any]:
    """The default clkhash v3 schema: 1024-bit CLKs, HMAC-SHA256 double hashing of bigrams.

    The KDF's salt and info are public constants: secrecy comes from the holder's secret alone.
    """
    features: list[dict[str, Any]] = [{"identifier": "row", "ignored": True}]
    for field_name, (bits, positional) in FIELDS.items():
        comparison: dict[str, Any] = ({"type": "exact"} if field_name == "sex" else
                                      {"type": "ngram", "n": 2, "positional": positional})
        features.append({
            "identifier": field_name,
            "format": {"type": "string", "encoding": "utf-8"},
            "hashing": {"comparison": comparison, "strategy": {"bitsPerFeature": bits},
                        "hash": {"type": "doubleHash"}},
        })
    return {
        "version": 3,
        "clkConfig": {"l": 1024, "xor_folds": 0,
                      "kdf": {"type": "HKDF", "hash": "SHA256", "keySize": 64,
                              # base64 of "rihai-pprl-v1" / "clk": fixed, public
                              "salt": "cmloYWktcHBybC12MQ==", "info": "Y2xr"}},
        "features": features,
    }


def schema_fields(schema: dict[str, Any]) -> list[str]:
    """The fields a schema encodes, in its order; an unknown identifier is an error."""
    out = []
    for i, feature in enumerate(schema.get("features", [])):
        ident = feature.get("identifier")
        if feature.get("ignored"):
            continue
        if ident not in FIELDS:
            raise ValueError(f"schema feature {i + 1} names an unknown field; the fields are: "
                             + ", ".join(FIELDS))
        out.append(ident)
    if not out:
        raise ValueError("the schema encodes no field")
    return out


def field_columns(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """(one column per field, as text ready to hash, "" when missing; {column: field} used).

    A full name wins over given + family names when a list has both (the same evidence twice
    would be counted twice); several columns of one kind (suburb and state) are joined.
    """
    frame = frame.reset_index(drop=True)
    kinds = detect_kinds(frame)    # skips unique_id
    kinds = {c: k for c, k in kinds.items() if k != "ignore"}
    n = len(frame)
    keyed = frame if "unique_id" in frame.columns else frame.assign(unique_id=range(n))
    clear = normalise_columns(keyed, kinds)
    parts: dict[str, list[list[str]]] = {f: [[] for _ in range(n)] for f in FIELDS}
    used: dict[str, str] = {}

    def add(field_name: str, column: str, values) -> None:
        used[column] = field_name
        for i, v in enumerate(values):
            if v is not None and v == v and str(v).strip():
                parts[field_name][i].append(str(v))

    full = [c for c, k in kinds.items() if k == "full_name"]
    split = [c for c, k in kinds.items() if k in ("given_name", "family_name")]
    for col in full or split:
        add("name", col, clear[f"{col}_key"] if col in full else clear[col])
    for col, kind in kinds.items():
        if kind == "father_name":
            add("father", col, clear[f"{col}_key"])
        elif kind == "national_id":
            values = clear[col].tolist()
            used[col] = "cnic/id"
            for i, v in enumerate(values):
                if v:
                    parts["cnic" if re.fullmatch(r"\d{13}", v) else "id"][i].append(v)
        elif kind == "dob":
            add("dob", col, clear[col].map(lambda v: v.replace("-", "") if v else None))
        elif kind in _KIND_FIELD:
            add(_KIND_FIELD[kind], col, clear[col])
    out = pd.DataFrame({f: [" ".join(p) for p in parts[f]] for f in FIELDS})
    # One key per person whatever the order of the name's parts ("Khan Imran" = "Imran Khan").
    tokens = out["name"].map(str.split)
    out["name"] = tokens.map(lambda t: " ".join(sorted(t)))
    out["name_sk"] = tokens.map(lambda t: " ".join(sorted(s for s in map(names.skeleton, t) if s)))
    return out, used


def with_fields(schema: dict[str, Any], keep: list[str]) -> dict[str, Any]:
    """A copy of ``schema`` encoding only ``keep`` (tests and benchmarks drop fields with it)."""
    out = copy.deepcopy(schema)
    out["features"] = [f for f in out["features"] if f.get("ignored") or f["identifier"] in keep]
    return out
