"""Exports of one network, as the reader may see it (``snapshots``): the evidence pack (PDF in
English or Urdu, and its JSON manifest), FollowTheMoney JSON lines for Aleph, GEXF and GraphML
for Gephi, and CSV for i2 Analyst's Notebook. Built in memory and handed back as bytes: nothing is
written to disk here. Each export checks its one permission and is an audit event naming the
network and the record ids it carried (never values).

The pack's time (``at``) may be given, so that the PDF and the manifest downloaded one after the
other describe the same pack: both are built from the same snapshot at that time, and the PDF
writer is deterministic. It must lie within the last day (a pack cannot be backdated further).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import utcnow
from rihai.errors import Invalid

from .exports import evidence_manifest, evidence_pdf, ftm_lines, gexf, graphml, i2_zip, items, plain
from .snapshots import network_snapshot

EVIDENCE_FORMATS = ("evidence", "manifest")
GRAPH_FORMATS = ("ftm", "gexf", "graphml", "csv")
FORMATS = EVIDENCE_FORMATS + GRAPH_FORMATS
MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Download:
    filename: str
    media_type: str
    body: bytes


def pack_time(at: datetime | None) -> datetime:
    """The pack's time: now to the second, or ``at`` if it lies within the last day."""
    now = utcnow()
    if at is None:
        return now.replace(microsecond=0)
    if at.tzinfo is None:
        raise Invalid("give the pack's time with its time zone", field="at")
    if not now - MAX_AGE <= at <= now:
        raise Invalid("the pack's time must lie within the last day", field="at")
    return at


def export_network(session: Session, actor: Actor, network_id: str, fmt: str, *, lang: str = "en",
                   generated_for: str = "", at: datetime | None = None) -> Download:
    """One export of a network. Callers: the evidence pack and its manifest, prosecutors and
    investigators (``networks:evidence:export``); the graph formats, investigators
    (``networks:graph:export``). Invariant: the export holds only what the reader may see now."""
    if fmt not in FORMATS:
        raise Invalid(f"the format must be one of {', '.join(FORMATS)}", field="format")
    evidence = fmt in EVIDENCE_FORMATS
    require(actor, Permission.NETWORKS_EVIDENCE_EXPORT if evidence else Permission.NETWORKS_GRAPH_EXPORT)
    if lang not in ("en", "ur"):
        raise Invalid("the language must be en or ur", field="lang")
    when = pack_time(at)
    snap = network_snapshot(session, actor, network_id, generated_for=generated_for.strip()[:200], at=when)
    stem = "network-" + re.sub(r"[^A-Za-z0-9_-]", "_", network_id)[:64]
    if fmt == "evidence":
        out = Download(f"{stem}-evidence-{lang}.pdf", "application/pdf", evidence_pdf(snap, lang))
    elif fmt == "manifest":
        manifest = evidence_manifest(snap, evidence_pdf(snap, lang))
        # The items themselves beside their digests: with this file and the PDF anyone can check
        # the pack (``verify_manifest(manifest, pdf, manifest["contents"])``) without Rihai.
        manifest.update(lang=lang, contents={key: plain(item) for key, item in items(snap).items()})
        body = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        out = Download(f"{stem}-evidence-{lang}.manifest.json", "application/json", body)
    elif fmt == "ftm":
        out = Download(f"{stem}.ftm.json", "application/json", ftm_lines(snap))
    elif fmt == "gexf":
        out = Download(f"{stem}.gexf", "application/xml", gexf(snap))
    elif fmt == "graphml":
        out = Download(f"{stem}.graphml", "application/xml", graphml(snap))
    else:
        out = Download(f"{stem}-i2.zip", "application/zip", i2_zip(snap))
    seen = [r.id for r in snap.records if not r.redacted]
    audit.record(session, actor, AuditTag.NETWORK_EVIDENCE_EXPORT if evidence else AuditTag.NETWORK_GRAPH_EXPORT,
                 subject_type="networks_network", subject_id=network_id,
                 fields=[f"format:{fmt}", f"lang:{lang}"] + (["name", "identifiers"] if seen else []),
                 related_ids=seen)
    return out
