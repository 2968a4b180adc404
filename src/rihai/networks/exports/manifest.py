"""The evidence pack's JSON manifest and its check.

The manifest lists every item with the SHA-256 of its canonical JSON (``snapshot.canonical``),
the SHA-256 of the PDF, who generated the pack for whom and when, and the audit extract with its
own digest. ``verify_manifest`` recomputes all of them from the PDF and the items a court is
handed, and names every difference: a changed, missing or added item, a changed PDF, a changed
audit extract. An empty list means the pack is as it was made.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from rihai.networks.exports.snapshot import NetworkSnapshot, audit_digest, item_digest, items, plain

FORMAT = "rihai-evidence-manifest/1"


def evidence_manifest(snapshot: NetworkSnapshot, pdf_bytes: bytes) -> dict[str, Any]:
    audit = plain(list(snapshot.audit))
    return {
        "format": FORMAT,
        "network_id": snapshot.network_id,
        "generated_at": snapshot.generated_at.isoformat(),
        "generated_by": snapshot.generated_by,
        "generated_for": snapshot.generated_for,
        "synthetic": snapshot.synthetic,
        "algorithm": "sha256",
        "canonical_json": "keys sorted, separators ',' and ':', UTF-8, dates ISO 8601",
        "pdf_sha256": hashlib.sha256(pdf_bytes).hexdigest(),
        "items": [{"key": key, "sha256": item_digest(item)} for key, item in items(snapshot).items()],
        "audit_extract": audit,
        "audit_sha256": audit_digest(audit),
    }


def verify_manifest(manifest: Mapping[str, Any], pdf_bytes: bytes, items: Mapping[str, Any]) -> list[str]:
    """Every mismatch between the manifest and what was handed over (``items`` by key, as
    ``snapshot.items`` gives them, each a dataclass or its plain JSON form); empty if none."""
    problems: list[str] = []
    if manifest.get("format") != FORMAT:
        problems.append(f"manifest: unknown format {manifest.get('format')!r}")
    if hashlib.sha256(pdf_bytes).hexdigest() != manifest.get("pdf_sha256"):
        problems.append("pdf: SHA-256 differs")
    listed = {entry["key"]: entry["sha256"] for entry in manifest.get("items", [])}
    for key, digest in listed.items():
        if key not in items:
            problems.append(f"{key}: missing")
        elif item_digest(items[key]) != digest:
            problems.append(f"{key}: SHA-256 differs")
    problems.extend(f"{key}: not in the manifest" for key in items if key not in listed)
    if audit_digest(manifest.get("audit_extract", [])) != manifest.get("audit_sha256"):
        problems.append("audit extract: SHA-256 differs")
    return problems
