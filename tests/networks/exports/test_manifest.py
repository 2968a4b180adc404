"""The manifest verifies an untouched pack and names every tampering: a changed item, a removed or
added item, a changed PDF, a changed audit extract."""

from __future__ import annotations

import dataclasses
import json

from factories.network_snapshots import snapshot

from rihai.networks.exports import evidence_manifest, evidence_pdf, items, verify_manifest
from rihai.networks.exports.snapshot import plain


def _pack():  # type: ignore[no-untyped-def]
    s = snapshot()
    pdf = evidence_pdf(s, "en")
    return s, pdf, evidence_manifest(s, pdf)


def test_untouched_pack_verifies_even_after_a_json_round_trip() -> None:
    s, pdf, manifest = _pack()
    manifest = json.loads(json.dumps(manifest))
    assert verify_manifest(manifest, pdf, items(s)) == []
    # the items as a court receives them, plain JSON rather than Rihai's dataclasses
    received = {key: json.loads(json.dumps(plain(item))) for key, item in items(s).items()}
    assert verify_manifest(manifest, pdf, received) == []
    assert manifest["generated_for"] == s.generated_for and len(manifest["items"]) == len(items(s))
    assert {e["action"] for e in manifest["audit_extract"]} >= {"networks:evidence:exported"}


def test_tampering_is_named() -> None:
    s, pdf, manifest = _pack()
    handed = dict(items(s))
    handed["record:CASE-1"] = dataclasses.replace(handed["record:CASE-1"], summary="Changed later.")
    del handed["link:K1"]
    handed["link:K99"] = handed["link:K2"]
    problems = verify_manifest(manifest, pdf[:-1] + b" ", handed)
    assert "record:CASE-1: SHA-256 differs" in problems
    assert "link:K1: missing" in problems and "link:K99: not in the manifest" in problems
    assert "pdf: SHA-256 differs" in problems
    manifest["audit_extract"][0]["actor_id"] = "u-0"
    assert "audit extract: SHA-256 differs" in verify_manifest(manifest, pdf, items(s))
