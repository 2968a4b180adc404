"""Kinds of attached file and who may see each (need-to-know), as data."""

from __future__ import annotations

from enum import StrEnum

from rihai.access.permissions import Role


class AttachmentKind(StrEnum):
    IDENTITY = "identity_document"  # passport, CNIC, birth certificate scans
    LEGAL = "legal"  # FIR copy, court papers, statements
    MEDICAL = "medical"  # medical reports and notes
    PHOTO = "photo"
    OTHER = "other"


_ALL = frozenset(AttachmentKind)
# Which kinds each role reads (and writes) on the cases it sees. Medical files stay with the care
# team (caseworkers and their supervisors), as psychosocial notes do; investigators and prosecutors
# see the documents of the crime, consular officers the identity documents they replace.
KIND_ROLES: dict[Role, frozenset[AttachmentKind]] = {
    Role.CASEWORKER: _ALL,
    Role.SUPERVISOR: _ALL,
    Role.INVESTIGATOR: _ALL - {AttachmentKind.MEDICAL},
    Role.PROSECUTOR: frozenset({AttachmentKind.IDENTITY, AttachmentKind.LEGAL, AttachmentKind.PHOTO}),
    Role.CONSULAR_OFFICER: frozenset({AttachmentKind.IDENTITY, AttachmentKind.PHOTO, AttachmentKind.OTHER}),
}

# English labels (msgids of the Urdu catalogue ``attachments.po``).
LABELS: dict[str, str] = {
    AttachmentKind.IDENTITY: "Identity document",
    AttachmentKind.LEGAL: "Legal document (FIR, court papers)",
    AttachmentKind.MEDICAL: "Medical",
    AttachmentKind.PHOTO: "Photo",
    AttachmentKind.OTHER: "Other document",
    "image/jpeg": "Image",
    "application/pdf": "PDF document",
}


def kinds_for(roles: frozenset[Role] | set[Role]) -> frozenset[AttachmentKind]:
    kinds: set[AttachmentKind] = set()
    for role in roles:
        kinds |= KIND_ROLES.get(role, frozenset())
    return frozenset(kinds)
