"""The placement weights kept in the database (``NetworkWeights``), so that a placement starts
from the last full build's counts in any process and after any restart, not only in the process
that built.

A full build keeps its whole counts; each placement keeps only its change (the label rows it took
away and added: ``resolution.Placement.counted``), a few hundred bytes. ``load`` replays the
placements since the last full build onto its counts, in build order, and gives the weights only
when every build row since has its kept row and the chain ends at the latest build: a gap (a
build row from before this table, a row that failed to decrypt or was moved) gives None, and the
caller runs the full build, which is the source of truth and starts a new chain. A full build
deletes the rows before it, so counts of names whose consent was withdrawn do not outlive it.

The documents hold name labels (normalised names): they are compressed, then encrypted under the
column's key with the build id and kind inside the plaintext, checked on every read. Nothing is
written anywhere else, and nothing about a document is logged.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rihai.crypto import KeyringError

from .engine import Weights
from .models import NetworkBuild, NetworkWeights

log = logging.getLogger(__name__)

FULL, PLACED = "full", "placed"


def pack(build_id: int, kind: str, document: Any) -> str:
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return f"{build_id}:{kind}:" + base64.b64encode(gzip.compress(body, compresslevel=6)).decode("ascii")


def unpack(build_id: int, kind: str, data: str) -> Any:
    """The document, or None when ``data`` was made for another row (a ciphertext moved)."""
    head, _, rest = data.partition(":")
    made_for, _, body = rest.partition(":")
    if head != str(build_id) or made_for != kind:
        return None
    return json.loads(gzip.decompress(base64.b64decode(body)))


def keep_full(session: Session, build_id: int, weights: Weights) -> None:
    """A full build's counts; the rows of earlier builds go (this chain replaces theirs)."""
    session.execute(delete(NetworkWeights).where(NetworkWeights.build_id < build_id)
                    .execution_options(synchronize_session=False))
    session.add(NetworkWeights(build_id=build_id, kind=FULL, data=pack(build_id, FULL, weights.to_json())))


def keep_placed(session: Session, build_id: int, counted: tuple[list[tuple[str, bool]], list[tuple[str, bool]]]) -> None:
    """A placement's change to the counts: the label rows it took away, then those it added."""
    minus, plus = counted
    session.add(NetworkWeights(build_id=build_id, kind=PLACED, data=pack(
        build_id, PLACED, {"minus": [[label, alias] for label, alias in minus],
                           "plus": [[label, alias] for label, alias in plus]})))


def chain(session: Session, latest_build_id: int) -> list[tuple[int, str]] | None:
    """The kept rows (build id, kind) from the last full build to ``latest_build_id`` when every
    build row between has one, without reading a document; else None."""
    full = session.scalar(select(NetworkWeights.build_id).where(NetworkWeights.kind == FULL)
                          .order_by(NetworkWeights.build_id.desc()).limit(1))
    if full is None:
        return None
    builds = list(session.scalars(select(NetworkBuild.id).where(NetworkBuild.id >= full).order_by(NetworkBuild.id)))
    if not builds or builds[-1] != latest_build_id:
        return None
    kept = [(b, k) for b, k in session.execute(select(NetworkWeights.build_id, NetworkWeights.kind)
                                               .where(NetworkWeights.build_id >= full).order_by(NetworkWeights.build_id))]
    if [b for b, _ in kept] != builds or any(kind != PLACED for _, kind in kept[1:]):
        return None
    return kept


def load(session: Session, latest_build_id: int) -> Weights | None:
    """The weights as of ``latest_build_id`` (the latest build row), or None when the kept chain
    does not reach it (see the module)."""
    kept = chain(session, latest_build_id)
    if kept is None:
        return None
    weights: Weights | None = None
    try:
        # One row at a time: a national full document is megabytes, a placement's a few hundred bytes.
        for build_id, kind in kept:
            data = session.scalar(select(NetworkWeights.data).where(NetworkWeights.build_id == build_id))
            document = unpack(build_id, kind, data) if data is not None else None
            if document is None:
                log.warning("networks: kept weights of build %s are not this row's; the full build runs", build_id)
                return None
            if kind == FULL:
                weights = Weights.from_json(document)
            elif weights is not None:
                weights.count_rows([(str(label), bool(alias)) for label, alias in document["minus"]], -1)
                weights.count_rows([(str(label), bool(alias)) for label, alias in document["plus"]], +1)
    except (KeyringError, ValueError, KeyError, TypeError, OSError) as exc:
        # The error's type only: a message could quote part of a document.
        log.warning("networks: kept weights could not be read (%s); the full build runs", type(exc).__name__)
        return None
    return weights
