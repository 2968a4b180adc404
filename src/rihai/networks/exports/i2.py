"""CSV for IBM i2 Analyst's Notebook: an entity sheet and a link sheet, as its import wizard reads
them (one row per link with end 1 and end 2 identity, type and label, then the link's type, label
and attributes). Records are entities of type "Document" so mentions can be drawn.

Cells are formula-safe: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with an apostrophe, so Excel, LibreOffice and i2's own grid read it as text
(OWASP's advice for CSV injection); a phone number "+92…" shows as "'+92…" and stays a phone
number to the analyst. Files are UTF-8 with a byte-order mark so Urdu names open correctly in
Excel, and are built in memory.
"""

from __future__ import annotations

import csv
import io
import zipfile

from rihai.networks.exports.snapshot import NetworkSnapshot

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
I2_TYPES = {"person": "Person", "phone": "Telephone", "handle": "Online Account", "email": "Email Address",
            "account": "Account", "licence": "Licence", "company": "Organisation", "place": "Location"}
ENTITY_HEADER = ["Entity ID", "Entity Type", "Label", "Roles", "Aliases", "Agency", "Date", "Redacted"]
LINK_HEADER = ["Link ID", "End 1 Identity", "End 1 Type", "End 1 Label", "End 2 Identity", "End 2 Type",
               "End 2 Label", "Link Type", "Link Label", "Probability", "Grading", "Reliability",
               "Information", "Evidence", "Records"]


def safe_cell(value: object) -> str:
    """A cell no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(DANGEROUS_START):
        return "'" + text
    return text


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _ends(snapshot: NetworkSnapshot) -> dict[str, tuple[str, str]]:
    ends = {e.id: (I2_TYPES[e.kind], e.label) for e in snapshot.entities}
    ends.update((r.id, ("Document", r.id)) for r in snapshot.records)
    return ends


def entities_csv(snapshot: NetworkSnapshot) -> bytes:
    rows: list[list[object]] = [[e.id, I2_TYPES[e.kind], e.label, "; ".join(e.roles), "; ".join(e.aliases),
                                 "", "", "yes" if e.redacted else "no"] for e in snapshot.entities]
    rows += [[r.id, "Document", r.id, r.source, "", r.agency, r.date.isoformat(), "yes" if r.redacted else "no"]
             for r in snapshot.records]
    return _csv(ENTITY_HEADER, rows)


def links_csv(snapshot: NetworkSnapshot) -> bytes:
    ends = _ends(snapshot)
    rows: list[list[object]] = []
    for k in snapshot.links:
        (type1, label1), (type2, label2) = ends[k.source], ends[k.target]
        rows.append([k.id, k.source, type1, label1, k.target, type2, label2, k.relation,
                     f"{k.relation} ({k.probability:.2f}, {k.grading})", f"{k.probability:.3f}",
                     str(k.grading), k.grading.reliability, k.grading.information,
                     " | ".join(k.evidence), "; ".join(k.records)])
    return _csv(LINK_HEADER, rows)


def i2_zip(snapshot: NetworkSnapshot) -> bytes:
    """Both sheets in one download: ``entities.csv`` and ``links.csv``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("entities.csv", entities_csv(snapshot))
        z.writestr("links.csv", links_csv(snapshot))
    return buf.getvalue()
