"""Privacy-preserving record linkage: lists that cannot be shared in clear (issue 18, part 3).

An embassy or a shelter abroad encodes its list on its own machine with a secret agreed with
Rihai's desk; only the encodings travel. Rihai encodes its own records the same way and compares
encodings, never names::

    left = encode(frame, secret)              # EncodedList: one CLK (Bloom filter) per row
    text = left.to_json()                     # the file that travels; EncodedList.from_json reads it
    pairs = link_encoded(left, right, 0.7)    # unique_id_l, unique_id_r, match_probability, match_weight

Columns are recognised and normalised exactly as the clear engine does (fields.py), encoded with
clkhash (encoding.py) and compared with anonlink (matching.py). Files carry a fingerprint of
(schema, secret): two files made with different secrets or schemas are refused, not silently
matched to nothing. docs/tracing.md says what an attacker holding the encodings can learn.
"""

from .encoding import (
    MIN_SECRET_BYTES,
    EncodedList,
    FingerprintMismatch,
    MalformedEncoding,
    encode,
    fingerprint,
    read_secret_file,
    write_secret_file,
)
from .fields import FIELDS, default_schema, field_columns, with_fields
from .matching import COLUMNS, DEFAULT_THRESHOLD, check_compatible, link_encoded

__all__ = [
    "encode", "link_encoded", "EncodedList", "default_schema", "with_fields", "fingerprint",
    "check_compatible", "read_secret_file", "write_secret_file", "field_columns",
    "MalformedEncoding", "FingerprintMismatch", "FIELDS", "COLUMNS", "DEFAULT_THRESHOLD",
    "MIN_SECRET_BYTES",
]
