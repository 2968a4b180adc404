"""Encode a list into cryptographic linkage keys (CLKs) and read and write the encoded file.

A CLK is a 1024-bit Bloom filter into which each field's bigrams are hashed with HMAC keys
derived from the holder's secret (clkhash). Two CLKs of one person share most of their bits;
without the secret nobody can recompute them from a guessed name.

The file is JSON, one row per line so that an error can say where::

    {"format": "rihai-clk/1", "fingerprint": "…", "count": 2, "fields": [...], "schema": {...}, "rows": [
    {"row": 2, "unique_id": "2", "clk": "<base64 of 128 bytes>"},
    {"row": 3, "unique_id": "3", "clk": "…"}
    ]}

``row`` is the row in the holder's spreadsheet (its heading is row 1), so the holder can find the
person again; ``unique_id`` travels in clear and must not be personal (it is refused when it looks
like identity numbers, phones or e-mail addresses). The fingerprint is an HMAC of the schema under
a key derived from the secret: two files link only when their fingerprints are equal.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from bitarray import bitarray
from clkhash import clk
from clkhash.schema import from_json_dict
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..columns import kind_from_values
from .fields import default_schema, field_columns, schema_fields

FORMAT = "rihai-clk/1"
MIN_SECRET_BYTES = 16


class MalformedEncoding(ValueError):
    """An encoded file that cannot be read; the message says where, never what was there."""


class FingerprintMismatch(ValueError):
    """Two encoded files made with different secrets or schemas."""


def check_secret(secret: bytes) -> bytes:
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"the secret is too short: it needs at least {MIN_SECRET_BYTES} bytes "
                         "(make one with `rihai link secret --out FILE`)")
    return secret


def read_secret_file(path: str | os.PathLike) -> bytes:
    """The secret in ``path`` (trailing newline dropped); refused when others may read it.

    Like ssh with a private key: a secret readable by the group or the world is not a secret,
    and the encodings made with it would be open to a dictionary attack by whoever read it.
    """
    p = Path(path)
    mode = stat.S_IMODE(p.stat().st_mode)
    if os.name == "posix" and mode & 0o077:
        raise PermissionError(f"{p} is readable by other users (mode {mode:o}); "
                              f"run `chmod 600 {p}` and try again")
    return check_secret(p.read_bytes().rstrip(b"\r\n"))


def write_secret_file(path: str | os.PathLike) -> None:
    """A new random secret (32 bytes, base64) in ``path``, created 0600; never overwrites."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(os.urandom(32)) + b"\n")


def fingerprint(schema: dict[str, Any], secret: bytes) -> str:
    """HMAC-SHA256 of the canonical schema under a key derived from the secret (not the secret).

    The key comes from HKDF with its own salt and info, independent of the keys clkhash derives
    for hashing, so publishing the fingerprint reveals nothing those keys protect.
    """
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"rihai-pprl-fingerprint",
               info=b"schema fingerprint v1").derive(check_secret(secret))
    canonical = json.dumps(schema, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


@dataclass
class EncodedList:
    """An encoded list: one CLK per row, the schema and its fingerprint, no clear value."""

    schema: dict[str, Any]
    fingerprint: str
    rows: list[int]
    unique_ids: list[str]
    clks: list[bitarray]
    fields: list[str] = field(default_factory=list)   # the fields at least one row filled

    def __len__(self) -> int:
        return len(self.clks)

    def row_of(self) -> dict[str, int]:
        return dict(zip(self.unique_ids, self.rows))

    def to_json(self) -> str:
        head = {"format": FORMAT, "fingerprint": self.fingerprint, "count": len(self),
                "fields": self.fields, "schema": self.schema}
        lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": [']
        for i, (row, uid, bits) in enumerate(zip(self.rows, self.unique_ids, self.clks)):
            entry = json.dumps({"row": row, "unique_id": uid,
                                "clk": base64.b64encode(bits.tobytes()).decode()}, ensure_ascii=False)
            lines.append(entry + ("," if i < len(self) - 1 else ""))
        lines.append("]}")
        return "\n".join(lines) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "the file") -> EncodedList:
        """Read an encoded file; :class:`MalformedEncoding` names the line and field at fault."""
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            # exc.msg describes the syntax only; the document (values) is never quoted.
            raise MalformedEncoding(f"{source}: not JSON at line {exc.lineno}, column {exc.colno}: "
                                    f"{exc.msg}") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise MalformedEncoding(f"{source}: not an encoded list (line 1: format is not {FORMAT!r})")
        for key, kind in (("fingerprint", str), ("schema", dict), ("rows", list)):
            if not isinstance(doc.get(key), kind):
                raise MalformedEncoding(f"{source}: line 1: field {key!r} is missing or not a "
                                        f"{kind.__name__}")
        try:
            schema_fields(doc["schema"])
            width = int(doc["schema"]["clkConfig"]["l"]) // 8
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedEncoding(f"{source}: line 1: field 'schema' is not a usable schema"
                                    + (f" ({exc})" if isinstance(exc, ValueError) else "")) from None
        # Written one row a line: row i is on line i + 2 unless someone reformatted the file.
        canonical_layout = text.count("\n") >= len(doc["rows"]) + 2

        def where(i: int) -> str:
            return f"line {i + 2} (row entry {i + 1})" if canonical_layout else f"row entry {i + 1}"

        rows, uids, clks = [], [], []
        for i, entry in enumerate(doc["rows"]):
            if not isinstance(entry, dict):
                raise MalformedEncoding(f"{source}: {where(i)}: not an object")
            if not isinstance(entry.get("row"), int):
                raise MalformedEncoding(f"{source}: {where(i)}: field 'row' is missing or not a number")
            if not isinstance(entry.get("unique_id"), str | int):
                raise MalformedEncoding(f"{source}: {where(i)}: field 'unique_id' is missing")
            try:
                raw = base64.b64decode(entry.get("clk", ""), validate=True)
            except (binascii.Error, TypeError, ValueError):
                raw = b""
            if len(raw) != width:
                raise MalformedEncoding(f"{source}: {where(i)}: field 'clk' is not base64 of "
                                        f"{width} bytes")
            bits = bitarray()
            bits.frombytes(raw)
            rows.append(entry["row"])
            uids.append(str(entry["unique_id"]))
            clks.append(bits)
        if len(set(uids)) != len(uids):
            raise MalformedEncoding(f"{source}: the unique_id values are not unique")
        return cls(schema=doc["schema"], fingerprint=doc["fingerprint"], rows=rows,
                   unique_ids=uids, clks=clks, fields=list(doc.get("fields") or []))


def encode(frame: pd.DataFrame, secret: bytes, schema: dict[str, Any] | None = None, *,
           only: list[str] | None = None,
           progress: Callable[[int, int], None] | None = None) -> EncodedList:
    """Encode every row of ``frame`` (any columns, recognised as ``rihai link`` does).

    ``unique_id``, when present, is kept (in clear: refused if it looks personal), else the row
    number stands for it. ``only`` hashes those fields and leaves the others out of every CLK:
    the side that holds more encodes only what the other list filled (its ``fields``), since a
    field one side lacks would count against every pair. The schema, and so the fingerprint,
    stay the partner's. ``progress(done, total)`` is called as chunks finish. Runs in this
    process (no worker processes holding the clear values).
    """
    schema = schema or default_schema()
    wanted = schema_fields(schema)
    parsed = from_json_dict(schema)
    secret = check_secret(secret)
    rows = [i + 2 for i in range(len(frame))]
    if "unique_id" in frame.columns:
        if kind_from_values(frame["unique_id"]) in ("national_id", "phone", "email"):
            raise ValueError("the unique_id column looks like identity numbers, phones or e-mail "
                             "addresses, which would travel in clear: use a row number or an "
                             "opaque reference")
        uids = [str(v) for v in frame["unique_id"]]
        if len(set(uids)) != len(uids):
            raise ValueError("the unique_id column has repeated values")
    else:
        uids = [str(r) for r in rows]
    values, _ = field_columns(frame)
    if only is not None:
        for name in set(wanted) - set(only):
            values[name] = ""
    # The record clkhash hashes: the ignored "row" feature first, then the schema's fields.
    features = schema["features"]
    if features[0].get("ignored") is not True:
        raise ValueError("the schema's first feature must be the ignored row number")
    table = [[str(r)] + [values.at[i, f["identifier"]] if not f.get("ignored") else ""
                         for f in features[1:]] for i, r in enumerate(rows)]
    done = [0]

    def tick(n: int, _stats) -> None:
        done[0] += n
        if progress:
            progress(done[0], len(table))

    clks = clk.generate_clks(table, parsed, secret, validate=False, callback=tick, max_workers=1) \
        if table else []
    filled = [f for f in wanted if (values[f] != "").any()]
    return EncodedList(schema=schema, fingerprint=fingerprint(schema, secret), rows=rows,
                       unique_ids=uids, clks=list(clks), fields=filled)
