"""Signed checkpoints of the audit chain's head, kept outside the database (issue 13).

The hash chain (``audit.verify``) shows an edited row and a gap, but not a missing *tail*: delete
the newest rows, or all of them, and what is left is still a perfect chain. So the head is
anchored outside the database: a line is appended to ``audit-checkpoints.jsonl`` in the data dir
(and, if ``RIHAI_AUDIT_SYSLOG`` is set, sent to syslog, which a database intruder cannot edit)
holding the head row's ``seq``, its chain digest, the row count and the time, signed with an HMAC
under a key derived from the keyring's secret (the keyring is never in the database, so someone
who can write the database cannot sign a checkpoint). ``verify`` then fails when the database ends
below the latest checkpoint, when the table was emptied, when a checkpointed row's digest
differs, and when a checkpoint line was forged or edited. A line carries no personal data.

Checkpoints are written by the server every ``audit_checkpoint_events`` events or
``audit_checkpoint_seconds`` seconds (``add_job``, from the app's lifespan), by
``rihai audit checkpoint`` and by every passing ``rihai audit verify``.

A restore (``rihai restore``) legitimately goes back in time: it appends a signed ``restore``
marker naming the restored head; checkpoints written before the marker that lie beyond that head
no longer apply (the rows after it were lost by the operator's decision, which the marker records).
What this cannot catch: someone who holds the keyring, or who deletes the tail of both the database
and the checkpoint file (the syslog copy is the answer to that one).
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import logging
import logging.handlers
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.models import AuditEvent
from rihai.crypto import Keyring
from rihai.db import READ_MOSTLY, utcnow
from rihai.settings import Settings
from rihai.workers import Job, Runner

log = logging.getLogger("rihai.audit")
FORMAT = "rihai-audit-checkpoint-1"
JOB = "audit-checkpoints"
Kind = Literal["checkpoint", "restore"]


def _key(ring: Keyring) -> bytes:
    # Its own label, so a checkpoint signature is never a valid chain digest or session MAC.
    return hmac.new(ring.session_secret, b"rihai-audit-checkpoint-v1", hashlib.sha256).digest()


@dataclass(frozen=True)
class Checkpoint:
    kind: Kind
    seq: int  # the head row's seq (0: the table was empty)
    digest: str  # the head row's chain digest (audit.GENESIS when empty)
    count: int  # rows in the table at that moment
    at: str
    by: str  # who wrote it: server, verify, checkpoint, restore
    sig: str = ""

    def _payload(self) -> bytes:
        body = {k: v for k, v in asdict(self).items() if k != "sig"}
        return json.dumps({"format": FORMAT, **body}, sort_keys=True, separators=(",", ":")).encode()

    def signed(self, ring: Keyring) -> Checkpoint:
        sig = hmac.new(_key(ring), self._payload(), hashlib.sha256).hexdigest()
        return Checkpoint(self.kind, self.seq, self.digest, self.count, self.at, self.by, sig)

    def signature_ok(self, ring: Keyring) -> bool:
        return hmac.compare_digest(self.signed(ring).sig, self.sig)

    def line(self) -> str:
        return json.dumps({"format": FORMAT, **asdict(self)}, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Head:
    seq: int
    digest: str
    count: int


def read_head(session: Session, *, count: bool = True) -> Head:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, digest = (row[0], row[1]) if row else (0, audit.GENESIS)
    n = (session.scalar(select(func.count()).select_from(AuditEvent)) or 0) if count else -1
    return Head(seq, digest, n)


def checkpoint_path(settings: Settings) -> Path:
    return settings.audit_checkpoint_file or (settings.data_dir / "audit-checkpoints.jsonl")


# -- writing ----------------------------------------------------------------------------------

def append(settings: Settings, ring: Keyring, head: Head, *, by: str,
           kind: Kind = "checkpoint") -> Checkpoint:
    """Sign ``head`` and append it to the checkpoint file (and syslog, if configured)."""
    cp = Checkpoint(kind, head.seq, head.digest, head.count,
                    utcnow().isoformat(timespec="seconds"), by).signed(ring)
    path = checkpoint_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_APPEND, one write per line and an exclusive lock: several worker processes and a CLI
    # command may append at once, and a line must never interleave with another.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, (cp.line() + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    if settings.audit_syslog:
        _send_to_syslog(settings.audit_syslog, cp)
    return cp


def syslog_handler(target: str) -> logging.handlers.SysLogHandler:
    """``host:port`` (UDP), ``tcp://host:port``, or a local socket path such as ``/dev/log``."""
    if target.startswith("/"):
        return logging.handlers.SysLogHandler(address=target)
    kind = socket.SOCK_DGRAM
    if target.startswith("tcp://"):
        kind, target = socket.SOCK_STREAM, target.removeprefix("tcp://")
    host, _, port = target.rpartition(":")
    return logging.handlers.SysLogHandler(address=(host or "127.0.0.1", int(port or 514)),
                                          socktype=kind)


def _send_to_syslog(target: str, cp: Checkpoint) -> None:
    try:
        handler = syslog_handler(target)
    except (OSError, ValueError):
        # The file copy is written; an unreachable syslog must not stop the server.
        log.warning("audit checkpoint: syslog %s unreachable", target)
        return
    try:
        handler.ident = "rihai: "
        handler.emit(logging.LogRecord("rihai.audit.checkpoint", logging.INFO, __file__, 0,
                                       "audit-checkpoint %s", (cp.line(),), None))
    finally:
        handler.close()


def write_checkpoint(session: Session, settings: Settings, ring: Keyring, *, by: str) -> Checkpoint:
    return append(settings, ring, read_head(session), by=by)


# -- reading and verifying --------------------------------------------------------------------

def load(settings: Settings, ring: Keyring) -> tuple[list[Checkpoint], list[str]]:
    """Every checkpoint in file order, and a problem for each line that is not a genuine one."""
    path = checkpoint_path(settings)
    if not path.exists():
        return [], []
    found: list[Checkpoint] = []
    problems: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                raw = json.loads(text)
                if raw.pop("format") != FORMAT:
                    raise ValueError("unknown format")
                cp = Checkpoint(**raw)
                if cp.kind not in ("checkpoint", "restore") or not isinstance(cp.seq, int):
                    raise ValueError("bad fields")
            except (ValueError, TypeError, KeyError, AttributeError):
                problems.append(f"checkpoint line {n} is damaged or not a checkpoint")
                continue
            if not cp.signature_ok(ring):
                problems.append(f"checkpoint line {n} has a bad signature (forged or edited)")
                continue
            found.append(cp)
    return found, problems


def in_force(checkpoints: list[Checkpoint]) -> list[Checkpoint]:
    """The checkpoints that still bind the database: after the last restore marker, all; before
    it, only those at or below the restored head (what came after was lost by the restore)."""
    last_restore = max((i for i, cp in enumerate(checkpoints) if cp.kind == "restore"), default=None)
    if last_restore is None:
        return list(checkpoints)
    mark = checkpoints[last_restore]
    return [cp for i, cp in enumerate(checkpoints) if i >= last_restore or cp.seq <= mark.seq]


@dataclass(frozen=True)
class AnchoredResult:
    ok: bool
    checked: int
    head: str
    head_seq: int
    problems: list[str]
    latest: Checkpoint | None
    checkpoints: int


def verify(session: Session, settings: Settings, ring: Keyring) -> AnchoredResult:
    """The chain (``audit.verify``), then the database against every checkpoint in force."""
    chain = audit.verify(session)
    checkpoints, problems = load(settings, ring)
    problems = list(chain.problems) + problems
    binding = in_force(checkpoints)
    head = read_head(session, count=False)
    latest = max(binding, key=lambda cp: cp.seq, default=None)
    if latest is not None and head.seq < latest.seq:
        if chain.checked == 0:
            problems.append(f"the audit table is empty, but a checkpoint of {latest.at} saw "
                            f"{latest.count} rows up to row {latest.seq}")
        else:
            problems.append(f"the newest audit rows are missing: the table ends at row {head.seq}, "
                            f"but a checkpoint of {latest.at} saw rows up to {latest.seq}")
    problems += _digests_match(session, binding)
    if latest is not None and latest.seq and head.seq >= latest.seq:
        n = session.scalar(select(func.count()).select_from(AuditEvent)
                           .where(AuditEvent.seq <= latest.seq)) or 0
        if n != latest.count:
            problems.append(f"rows up to {latest.seq}: {n} in the table, {latest.count} at the "
                            f"checkpoint of {latest.at}")
    return AnchoredResult(ok=not problems, checked=chain.checked, head=chain.head, head_seq=head.seq,
                          problems=problems, latest=latest, checkpoints=len(binding))


def _digests_match(session: Session, binding: list[Checkpoint], chunk: int = 500) -> list[str]:
    wanted: dict[int, Checkpoint] = {}
    for cp in binding:
        wanted.setdefault(cp.seq, cp)
    problems = []
    seqs = sorted(s for s in wanted if s > 0)
    for i in range(0, len(seqs), chunk):
        part = seqs[i:i + chunk]
        stored = dict(session.execute(select(AuditEvent.seq, AuditEvent.hash)
                                      .where(AuditEvent.seq.in_(part))).all())
        for seq in part:
            if seq in stored and stored[seq] != wanted[seq].digest:
                problems.append(f"row {seq} is not the row the checkpoint of {wanted[seq].at} saw "
                                "(the chain was rewritten)")
    return problems


# -- the server's writer ----------------------------------------------------------------------

class CheckpointWriter:
    """The work of the server's checkpoint job (``add_job``): checks the head every few seconds
    (one indexed row) and appends a checkpoint once ``every_events`` events were added, or
    ``every_seconds`` passed with any new event; one more at shutdown. Reads run as readers, so
    they never wait for or hold SQLite's write lock."""

    def __init__(self, settings: Settings, engine: Engine, ring: Keyring) -> None:
        self.settings, self.engine, self.ring = settings, engine, ring
        self.every_events = settings.audit_checkpoint_events
        self.every_seconds = settings.audit_checkpoint_seconds
        self.poll = min(5.0, float(self.every_seconds or 5))
        self.last: int | None = None
        self.last_at = time.monotonic()

    def _head(self, *, count: bool) -> Head:
        with Session(self.engine.execution_options(**{READ_MOSTLY: True})) as session:
            return read_head(session, count=count)

    def tick(self, *, final: bool = False) -> Checkpoint | None:
        head = self._head(count=False)
        if self.last is None:
            self.last = self._latest_written()
        grown = head.seq - self.last
        due = (final or (self.every_events and grown >= self.every_events)
               or (self.every_seconds and time.monotonic() - self.last_at >= self.every_seconds))
        if grown <= 0 or not due:
            return None
        cp = append(self.settings, self.ring, self._head(count=True), by="server")
        self.last, self.last_at = cp.seq, time.monotonic()
        return cp

    def _latest_written(self) -> int:
        checkpoints, _ = load(self.settings, self.ring)
        return max((cp.seq for cp in in_force(checkpoints)), default=0)


def add_job(runner: Runner, settings: Settings, engine: Engine, ring: Keyring) -> Job | None:
    """The server's checkpoint job, running, with a last checkpoint when the runner stops (after
    every other job has finished its work); None when both thresholds are 0. A failed checkpoint
    is logged by the runner and tried again at the next poll: it must not stop the server."""
    if not (settings.audit_checkpoint_events or settings.audit_checkpoint_seconds):
        return None
    writer = CheckpointWriter(settings, engine, ring)
    return runner.add(JOB, writer.tick, every=writer.poll, at_stop=lambda: writer.tick(final=True))
