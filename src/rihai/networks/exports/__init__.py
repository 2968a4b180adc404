"""Exports of a recruiter network (issue 17): the evidence pack (PDF and JSON manifest),
FollowTheMoney entities for Aleph, GEXF and GraphML for Gephi, and CSV for i2 Analyst's Notebook.

Pure writers: no database, no ORM, no web. Each takes a ``NetworkSnapshot`` and returns bytes
built in memory (nothing decrypted touches a temporary file). Permission checks, scoping,
redaction and the audit row of each export belong to the networks service, which builds the
snapshot and calls these.

The input, ``NetworkSnapshot`` (``snapshot.py``; frozen dataclasses of plain values, already
filtered to what the reader may see):

- ``network_id``; ``generated_at`` (aware datetime), ``generated_by`` (the user, as the audit
  names them), ``generated_for`` (the prosecutor's office or court); ``synthetic`` for demo data.
- ``entities``: ``Entity(id, kind, label, roles, aliases, redacted)``; ``kind`` is one of person,
  phone, handle, email, account, licence, company, place; ``label`` a display value, or
  ``REDACTED_ENTITY`` with ``redacted=True`` (then no aliases).
- ``records``: ``Record(id, source, agency, date, summary, redacted)``; ``source`` is case, tip,
  tracing_request or watchlist; a redacted record's summary must be
  ``redaction_marker(agency)`` ("[redacted — held by AGENCY]"): the constructor refuses any other.
- ``links``: ``Link(id, source, target, relation, probability, grading, evidence, records)``:
  entity to entity, or entity to record (a mention); ``grading`` is ``Grading(reliability A–E,
  information 1–5)``; ``evidence`` short strings saying why; ``records`` the record ids it rests on.
  Relations the FtM writer knows: ``associate`` (person-person), ``agent_of`` (agent -> client);
  any other is an ``UnknownLink`` with that role.
- ``timeline``: ``TimelineEvent(date, record_id, what)``.
- ``facts``: codes from ``data/legal_sections.json`` (deceptive_recruitment, fees_charged,
  border_crossing, child_victim …) from which the applicable sections of law are chosen.
- ``audit``: ``AuditEntry(at, actor_id, actor_role, action, subject_ids)``: ids, never values.

Writers: ``evidence_pdf(snapshot, lang)``, ``evidence_manifest(snapshot, pdf)``,
``verify_manifest(manifest, pdf, items(snapshot))``, ``ftm_lines(snapshot, namespace)``,
``gexf(snapshot)``, ``graphml(snapshot)``, ``i2_entities_csv`` / ``i2_links_csv`` / ``i2_zip``;
``plain(item)`` (an item's JSON form, as hashed) and ``legal_facts()`` (the fact codes known).
"""

from rihai.networks.exports.evidence import evidence_pdf
from rihai.networks.exports.ftm import ftm_lines
from rihai.networks.exports.graphs import gexf, graphml
from rihai.networks.exports.i2 import entities_csv as i2_entities_csv
from rihai.networks.exports.i2 import i2_zip
from rihai.networks.exports.i2 import links_csv as i2_links_csv
from rihai.networks.exports.legal import facts as legal_facts
from rihai.networks.exports.manifest import evidence_manifest, verify_manifest
from rihai.networks.exports.snapshot import (REDACTED_ENTITY, AuditEntry, Entity, Grading, Link, NetworkSnapshot,
                                             Record, TimelineEvent, items, plain, redaction_marker)

__all__ = [
    "REDACTED_ENTITY", "AuditEntry", "Entity", "Grading", "Link", "NetworkSnapshot", "Record", "TimelineEvent",
    "evidence_manifest", "evidence_pdf", "ftm_lines", "gexf", "graphml", "i2_entities_csv", "i2_links_csv",
    "i2_zip", "items", "legal_facts", "plain", "redaction_marker", "verify_manifest",
]
