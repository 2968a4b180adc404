"""Encoded lists at the tracing desk: an embassy or shelter abroad that may not send names sends
its list encoded (``rihai link encode`` on its machine, with a secret agreed with this desk), and
the desk matches it here against its own persons without anyone seeing the other side's values.

The partner's secret is a key file in the data dir, ``<data dir>/pprl-keys/<partner>.key`` (mode
0600, made with ``rihai link secret``; docs/operations.md). On import the file's fingerprint must
be the one that secret gives its schema, else the file is refused (another secret or schema would
match nothing). Our persons — the open tracing requests and the list rows the desk may see — are
then encoded with the partner's schema and secret, hashing **only the fields the partner's file
filled**: a field one side lacks would otherwise count against every pair. The desk sees "held
by the embassy in Bangkok, row 143" (the partner's name and row number, nothing else of theirs),
confirms (to ask the partner about that row) or rejects; both are remembered when the partner
sends the same person (an identical encoding) again.

Stored: the list's schema, its fields and counts; of its rows only those that became candidates
(row number and encoding, encrypted). Every other encoding is dropped after the match.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope, visible
from rihai.access.service import require
from rihai.db import paged, utcnow
from rihai.errors import Conflict, Invalid, NotFound

from .linkage import PPRL_THRESHOLD, MalformedEncoding, encode_list, encoded_fingerprint, link_encoded
from .linkage import EncodedList as Encodings
from .linkage import read_secret_file
from .matching import record_row, request_row
from .models import EncodedCandidate, EncodedList, EncodedRow, ImportedPerson, TracingImport, TracingRequest
from .requests import OPEN_STATUSES
from .schemas import CandidateStatus

KEYS_DIR = "pprl-keys"
PARTNER_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{1,63}")
OTHER_SECRET = ("this file was encoded with another secret or schema than the one this desk holds for "
                "the partner (the fingerprints differ): ask the partner which key file they used, or "
                "choose the right partner")
NO_KEY = "this desk holds no key file for that partner: the administrator puts it in the data directory"
# Columns our persons are encoded from (the match run's rows without the age-only estimate).
_COLUMNS = ["unique_id", "full_name", "father_name", "dob", "sex", "cnic", "passport", "phone", "district"]


def _owned(model: type) -> object:
    return lambda actor: model.agency_id == actor.agency_id  # type: ignore[attr-defined]


register_scope(EncodedList, Permission.TRACING_LIST_IMPORT, _owned(EncodedList))
register_scope(EncodedCandidate, Permission.TRACING_MATCH_REVIEW, _owned(EncodedCandidate))


def keys_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_DIR


def partners(data_dir: Path) -> list[str]:
    """The partners this deployment holds a key file for (their names, never the secrets)."""
    folder = keys_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.key") if PARTNER_NAME.fullmatch(p.stem))


def _secret(data_dir: Path, partner: str) -> bytes:
    if not PARTNER_NAME.fullmatch(partner) or partner not in partners(data_dir):
        raise Invalid(NO_KEY, field="partner", rule="partner-key")
    try:
        return read_secret_file(keys_dir(data_dir) / f"{partner}.key")
    except (PermissionError, ValueError, OSError):
        # The reason (mode, length) is for the administrator's log of the key file, not the page.
        raise Invalid("the key file for this partner cannot be used: it must be readable by Rihai "
                      "alone (chmod 600) and made by `rihai link secret`", field="partner",
                      rule="partner-key-unusable") from None


def our_persons(session: Session, actor: Actor) -> tuple[pd.DataFrame, dict[str, tuple[str, uuid.UUID]]]:
    """The persons this desk may see, as rows the encoder reads: open tracing requests (scoped as
    the request list is) and the rows of lists its agency imported. {unique_id: (kind, id)}."""
    rows, sides = [], {}
    reqs = visible(select(TracingRequest).where(TracingRequest.status.in_(list(OPEN_STATUSES))), actor,
                   TracingRequest)
    for r in session.scalars(reqs):
        rows.append(request_row(r))
        sides[f"q:{r.id}"] = ("request", r.id)
    recs = visible(select(ImportedPerson).join(TracingImport, TracingImport.id == ImportedPerson.import_id)
                   .where(TracingImport.status == "stored"), actor, ImportedPerson)
    for p in session.scalars(recs):
        rows.append(record_row(p))
        sides[f"r:{p.id}"] = ("record", p.id)
    return pd.DataFrame(rows, columns=_COLUMNS, dtype=object), sides


def read_encoded_file(data: bytes, filename: str) -> Encodings:
    try:
        return Encodings.from_json(data.decode("utf-8"), source=filename or "the file")
    except UnicodeDecodeError:
        raise Invalid("this is not an encoded list (.clk.json made by `rihai link encode`)",
                      field="file", rule="encoded-list") from None
    except MalformedEncoding as exc:  # says where (line, field), never what was there
        raise Invalid(str(exc), field="file", rule="encoded-list") from None


def import_encoded(session: Session, actor: Actor, *, data: bytes, filename: str, partner: str,
                   source_agency: str, data_dir: Path, threshold: float = PPRL_THRESHOLD) -> EncodedList:
    """A desk imports a partner's encoded list and matches it against its own persons at once.
    Callers: ``tracing:list:import``. Invariant: a file whose fingerprint is not the one the
    partner's key file gives is refused before anything of ours is encoded."""
    require(actor, Permission.TRACING_LIST_IMPORT)
    if actor.agency_id is None:
        raise Invalid("only a member of an agency can import a list", rule="agency-member")
    source = " ".join(source_agency.split())
    if not 2 <= len(source) <= 200:
        raise Invalid("name the agency that holds the list (2 to 200 characters)", field="source_agency")
    secret = _secret(data_dir, partner)
    theirs = read_encoded_file(data, filename)
    if not hmac.compare_digest(encoded_fingerprint(theirs.schema, secret), theirs.fingerprint):
        raise Invalid(OTHER_SECRET, field="file", rule="fingerprint")
    frame, sides = our_persons(session, actor)
    ours = encode_list(frame, secret, theirs.schema, only=theirs.fields) if len(frame) else None
    pairs = link_encoded(ours, theirs, threshold) if ours is not None else pd.DataFrame()
    lst = EncodedList(agency_id=actor.agency_id, partner=partner, source_agency=source,
                      fingerprint=theirs.fingerprint, fields=list(theirs.fields), schema=theirs.schema,
                      filename=filename[:200] or None, sha256=hashlib.sha256(data).hexdigest(),
                      rows_total=len(theirs), persons_encoded=len(frame), imported_by_id=actor.user_id)
    session.add(lst)
    session.flush()
    index = {uid: i for i, uid in enumerate(theirs.unique_ids)}
    decided = _decided(session, actor, partner)
    stored: dict[int, EncodedRow] = {}
    made, skipped = [], 0
    for pair in pairs.itertuples(index=False):
        kind, our_id = sides[pair.unique_id_l]
        i = index[pair.unique_id_r]
        clk = base64.b64encode(theirs.clks[i].tobytes()).decode("ascii")
        if (clk, kind, our_id) in decided:
            skipped += 1
            continue
        if i not in stored:
            stored[i] = EncodedRow(list_id=lst.id, row_number=theirs.rows[i], clk=clk)
            session.add(stored[i])
            session.flush()
        made.append(EncodedCandidate(list_id=lst.id, row_id=stored[i].id, agency_id=actor.agency_id,
                                     our_kind=kind, our_id=our_id, similarity=float(pair.match_probability)))
    session.add_all(made)
    lst.candidates, lst.skipped_decided = len(made), skipped
    session.flush()
    # Our persons were decrypted to be encoded: the event names the fields hashed and the ids
    # proposed, never a value.
    audit.record(session, actor, AuditTag.TRACING_ENCODED_IMPORT, subject_type="tracing_encoded_list",
                 subject_id=lst.id, fields=sorted(theirs.fields), related_ids=[c.our_id for c in made])
    return lst


def _decided(session: Session, actor: Actor, partner: str) -> set[tuple[str, str, uuid.UUID]]:
    """(encoding, our kind, our id) of every pair this desk decided for the partner before."""
    stmt = (select(EncodedRow.clk, EncodedCandidate.our_kind, EncodedCandidate.our_id)
            .join(EncodedRow, EncodedRow.id == EncodedCandidate.row_id)
            .join(EncodedList, EncodedList.id == EncodedCandidate.list_id)
            .where(EncodedList.partner == partner,
                   EncodedCandidate.status.in_([CandidateStatus.CONFIRMED, CandidateStatus.REJECTED])))
    return {(clk, kind, our) for clk, kind, our in session.execute(visible(stmt, actor, EncodedCandidate))}


def list_encoded(session: Session, actor: Actor, *, page: int = 1, page_size: int = 25
                 ) -> tuple[list[EncodedList], int]:
    require(actor, Permission.TRACING_LIST_IMPORT)
    stmt = visible(select(EncodedList), actor, EncodedList)
    return paged(session, stmt, EncodedList.created_at.desc(), EncodedList.id.desc(), page=page,
                 page_size=page_size)


@dataclass
class EncodedMatch:
    """What the desk sees of one candidate: our side by reference, theirs by row number only."""

    candidate: EncodedCandidate
    row_number: int
    our_label: str          # a request's reference, or the source and row of an imported list row
    our_link: str


def get_encoded(session: Session, actor: Actor, list_id: int) -> tuple[EncodedList, list[EncodedMatch]]:
    """The list's report and, for reviewers, its candidates (no value of either side)."""
    require(actor, Permission.TRACING_LIST_IMPORT)
    lst = session.scalar(visible(select(EncodedList).where(EncodedList.id == list_id), actor, EncodedList))
    if lst is None:
        raise NotFound("no such encoded list, or you do not have access to it")
    matches: list[EncodedMatch] = []
    if actor.can(Permission.TRACING_MATCH_REVIEW):
        stmt = (select(EncodedCandidate, EncodedRow.row_number)
                .join(EncodedRow, EncodedRow.id == EncodedCandidate.row_id)
                .where(EncodedCandidate.list_id == lst.id)
                .order_by(EncodedCandidate.similarity.desc(), EncodedRow.row_number))
        found = session.execute(visible(stmt, actor, EncodedCandidate)).all()
        labels = _labels(session, [c for c, _ in found])
        matches = [EncodedMatch(c, n, *labels[c.id]) for c, n in found]
    audit.record(session, actor, AuditTag.TRACING_ENCODED_READ, subject_type="tracing_encoded_list",
                 subject_id=lst.id, related_ids=[m.candidate.id for m in matches])
    return lst, matches


def _labels(session: Session, cands: list[EncodedCandidate]) -> dict[uuid.UUID, tuple[str, str]]:
    reqs = [c.our_id for c in cands if c.our_kind == "request"]
    refs = dict(session.execute(select(TracingRequest.id, TracingRequest.reference)
                                .where(TracingRequest.id.in_(reqs))).all()) if reqs else {}
    recs = [c.our_id for c in cands if c.our_kind == "record"]
    rows = {pid: (n, imp, src) for pid, n, imp, src in session.execute(
        select(ImportedPerson.id, ImportedPerson.row_number, TracingImport.id, TracingImport.source_agency)
        .join(TracingImport, TracingImport.id == ImportedPerson.import_id)
        .where(ImportedPerson.id.in_(recs)))} if recs else {}
    out = {}
    for c in cands:
        if c.our_kind == "request":
            out[c.id] = (refs.get(c.our_id, "?"), f"/tracing/requests/{c.our_id}")
        else:
            n, imp, src = rows.get(c.our_id, (0, 0, "?"))
            out[c.id] = (f"{src} · {n}", f"/tracing/imports/{imp}")
    return out


def decide_encoded(session: Session, actor: Actor, candidate_id: uuid.UUID, *, confirm: bool,
                   version: int) -> EncodedCandidate:
    """The desk confirms (the partner is to be asked about that row) or rejects a candidate; the
    decision is remembered. Callers: ``tracing:match:review`` of the importing agency. A stale
    ``version`` or a decided candidate is a 409."""
    require(actor, Permission.TRACING_MATCH_REVIEW)
    cand = session.scalar(visible(select(EncodedCandidate).where(EncodedCandidate.id == candidate_id), actor,
                                  EncodedCandidate))
    if cand is None:
        raise NotFound("no such candidate, or you do not have access to it")
    if cand.version != version:
        raise Conflict("someone else decided or changed this candidate; reload", rule="optimistic-lock")
    if cand.status != CandidateStatus.PENDING:
        raise Conflict("this candidate has already been decided", rule="already-decided")
    cand.status = CandidateStatus.CONFIRMED if confirm else CandidateStatus.REJECTED
    cand.decided_by_id, cand.decided_at = actor.user_id, utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("someone else decided this candidate at the same moment; reload",
                       rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.TRACING_ENCODED_DECIDE, subject_type="tracing_encoded_candidate",
                 subject_id=cand.id, fields=["status"], related_ids=[cand.list_id, cand.our_id])
    return cand
