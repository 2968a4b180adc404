"""Field encryption at rest and keyed blind indexes.

Personal fields are stored as AES-256-GCM ciphertext: ``b"R1" | key-id (1 byte length + ascii) |
nonce (12) | ciphertext+tag``. The column name is bound in as associated data, so a ciphertext
copied into another column fails to decrypt. Keys live in a keyring file (or the RIHAI_KEYRING
variable), never in the database: a stolen dump reveals nothing but lengths and equality of
blind-index digests.

Search works through *blind indexes*: an HMAC of a normalised token under a separate key. Equal
tokens give equal digests, so the database can answer "which case has this CNIC" without
holding the CNIC. *Pseudonyms* (``pseudonyms``) are keyed digests of record ids, for data that
leaves the case database (the statistics store) and must not be joined back without the keyring.
Rotation (``rihai keys rotate``) adds a new key, re-encrypts every field and
recomputes every digest with the new index key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator

_MAGIC = b"R1"


class KeyringError(RuntimeError):
    """The keyring is missing, malformed or cannot decrypt a value."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode())


@dataclass
class Keyring:
    active: str
    # key id -> (32-byte data key, 32-byte blind-index key)
    keys: dict[str, tuple[bytes, bytes]]
    session_secret: bytes
    _aead: dict[str, AESGCM] = field(default_factory=dict, repr=False)

    @classmethod
    def generate(cls) -> Keyring:
        kid = "k" + secrets.token_hex(4)
        return cls(active=kid, keys={kid: (os.urandom(32), os.urandom(32))},
                   session_secret=os.urandom(32))

    def with_new_key(self) -> Keyring:
        kid = "k" + secrets.token_hex(4)
        keys = dict(self.keys)
        keys[kid] = (os.urandom(32), os.urandom(32))
        return Keyring(active=kid, keys=keys, session_secret=self.session_secret)

    def retire_all_but_active(self) -> Keyring:
        return Keyring(active=self.active, keys={self.active: self.keys[self.active]},
                       session_secret=self.session_secret)

    # -- persistence ------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({
            "format": "rihai-keyring-1",
            "active": self.active,
            "keys": {k: {"data": _b64(d), "index": _b64(i)} for k, (d, i) in self.keys.items()},
            "session": _b64(self.session_secret),
        }, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Keyring:
        try:
            raw = json.loads(text)
            keys = {k: (_unb64(v["data"]), _unb64(v["index"])) for k, v in raw["keys"].items()}
            ring = cls(active=raw["active"], keys=keys, session_secret=_unb64(raw["session"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyringError("the keyring is malformed") from exc
        if ring.active not in ring.keys or any(len(d) != 32 or len(i) != 32 for d, i in keys.values()):
            raise KeyringError("the keyring's active key is missing or a key has the wrong length")
        if len(ring.session_secret) < 32:
            raise KeyringError("the keyring's session secret is too short")
        return ring

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        # Create with 0600 from the start so the keys are never world-readable, even briefly.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # O_CREAT's mode applies only to a new file: a leftover of an interrupted save keeps its own.
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(self.to_json())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Keyring:
        if not path.exists():
            raise KeyringError(f"no keyring at {path}: run 'rihai keys init' (or 'rihai demo')")
        return cls.from_json(path.read_text())

    # -- encryption -------------------------------------------------------------------------
    def _cipher(self, kid: str) -> AESGCM:
        aead = self._aead.get(kid)
        if aead is None:
            aead = self._aead[kid] = AESGCM(self.keys[kid][0])
        return aead

    def encrypt(self, plaintext: str, context: str) -> bytes:
        kid = self.active.encode()
        nonce = os.urandom(12)
        ct = self._cipher(self.active).encrypt(nonce, plaintext.encode("utf-8"), context.encode())
        return _MAGIC + bytes([len(kid)]) + kid + nonce + ct

    def encrypt_many(self, plaintexts: list[str], context: str) -> list[bytes]:
        """``encrypt`` of each value, for bulk loads (``synthetic.bulk``): the same ciphertext format,
        each value with its own random nonce, but the nonces drawn from the OS in one call and the
        key and context prepared once (a bulk seed encrypts fifteen values a case)."""
        kid = self.active.encode()
        head = _MAGIC + bytes([len(kid)]) + kid
        aead, aad = self._cipher(self.active), context.encode()
        nonces = os.urandom(12 * len(plaintexts))
        out = []
        for i, text in enumerate(plaintexts):
            nonce = nonces[12 * i:12 * i + 12]
            out.append(head + nonce + aead.encrypt(nonce, text.encode("utf-8"), aad))
        return out

    def decrypt(self, blob: bytes, context: str) -> str:
        if not blob.startswith(_MAGIC):
            raise KeyringError("value is not a Rihai ciphertext")
        n = blob[2]
        kid = blob[3:3 + n].decode()
        if kid not in self.keys:
            raise KeyringError("value was encrypted with a key that is not in the keyring")
        nonce = blob[3 + n:15 + n]
        try:
            return self._cipher(kid).decrypt(nonce, blob[15 + n:], context.encode()).decode("utf-8")
        except InvalidTag as exc:
            raise KeyringError("a value failed authentication (tampered or wrong column)") from exc

    @staticmethod
    def key_id_of(blob: bytes) -> str:
        return blob[3:3 + blob[2]].decode()

    # -- blind indexes ----------------------------------------------------------------------
    def blind(self, kind: str, token: str, kid: str | None = None) -> bytes:
        """16-byte keyed digest of a normalised token; ``kind`` separates CNICs from names."""
        key = self.keys[kid or self.active][1]
        # hmac.digest is the one-shot C path: the same HMAC as hmac.new(...).digest() at a tenth of
        # the cost, which a bulk seed (18 digests a case) and every search pay.
        return hmac.digest(key, f"{kind}\x1f{token}".encode("utf-8"), "sha256")[:16]


# The keyring in force for this process. The app factory and each CLI command install it; the
# column type below reads it when values cross the database boundary.
_current: Keyring | None = None
_lock = threading.Lock()


def install_keyring(ring: Keyring | None) -> None:
    global _current
    with _lock:
        _current = ring


def current_keyring() -> Keyring:
    if _current is None:
        raise KeyringError("no keyring is installed in this process")
    return _current


# Pseudonym kinds: (the domain separator ``Keyring.blind`` puts before the token, a prefix of the
# token). Referral pseudonyms were first made under the case separator with a ``referral:``
# prefix; kept so that the statistics stores already built stay joined to new extracts.
_PSEUDONYM_KINDS = {"case": (b"stats-case\x1f", ""), "referral": (b"stats-case\x1f", "referral:")}


def _dashed(text: str) -> str:
    """A UUID's canonical text: SQLite's text form has no dashes, PostgreSQL's has them, and the
    pseudonym must not depend on the database."""
    if len(text) != 32:
        return text
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def pseudonyms(kind: str, ids: Iterable[Any]) -> list[str]:
    """Keyed pseudonyms of record ids (UUIDs, or their text in either database's form): stable
    under one key, meaningless without the keyring, different per ``kind`` (``case``,
    ``referral``). Each is ``blake2s(Keyring.blind(...), 12 bytes)`` in hex, computed with the
    one-shot HMAC (~2 us each: a million cases are keyed per extract)."""
    separator, prefix = _PSEUDONYM_KINDS[kind]
    ring = current_keyring()
    key = ring.keys[ring.active][1]
    digest, blake = hmac.digest, hashlib.blake2s
    return [blake(digest(key, separator + (prefix + _dashed(i if isinstance(i, str) else str(i))).encode(),
                         "sha256")[:16], digest_size=12).hexdigest() for i in ids]


def pseudonym(kind: str, record_id: Any) -> str:
    """``pseudonyms`` of one id."""
    return pseudonyms(kind, [record_id])[0]


def pseudonym_key_id() -> str:
    """Which keyring key the pseudonyms are made with (a key id, not the key): when it changes,
    every pseudonym changes and whatever stores them must be rebuilt."""
    return current_keyring().active


class Encrypted(TypeDecorator[Any]):
    """A column holding AES-GCM ciphertext of a string (or of JSON, with ``json=True``)."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, context: str, *, json_value: bool = False) -> None:
        super().__init__()
        self.context = context
        self.json_value = json_value

    def _plaintext(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False) if self.json_value else str(value)

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None:
            return None
        return current_keyring().encrypt(self._plaintext(value), self.context)

    def bind_many(self, values: list[Any]) -> list[bytes | None]:
        """``process_bind_param`` of a whole column at once (``Keyring.encrypt_many``), for bulk loads."""
        present = [i for i, v in enumerate(values) if v is not None]
        sealed = current_keyring().encrypt_many([self._plaintext(values[i]) for i in present], self.context)
        out: list[bytes | None] = [None] * len(values)
        for i, blob in zip(present, sealed, strict=True):
            out[i] = blob
        return out

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        text = current_keyring().decrypt(bytes(value), self.context)
        return json.loads(text) if self.json_value else text
