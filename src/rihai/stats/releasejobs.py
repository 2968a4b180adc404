"""Microdata releases outside the web request: an analyst *asks* for one (``enqueue``), a worker
makes it (``drain``), the page polls its status and offers the file when it is ready.

At a million people a k-anonymous release takes a minute or two and a differentially private
synthetic one most of an hour, holding every row in memory. Inside a web request that was worse
than slow: the request's transaction held SQLite's one write lock from its first statement (the
synthetic release charges the budget before it reads anything), so every other change in the
instance, page-view audit rows included, waited 30 s and failed. Here a job keeps no transaction
open while it works:

1. a short transaction claims the job and, for a synthetic release, charges ε to the ledger
   (``charged_micro`` says how much, so it can be given back);
2. the rows are read from the statistics store and anonymised or synthesised, with no
   transaction at all (the stage is written in its own tiny commits, for the progress line);
3. a short transaction records the release (ledger row, spend, audit event as the analyst) and
   stores the CSV, gzipped and encrypted (``StatsReleaseFile``), with the job marked done, only
   if the job is still this process's (a job reaped as lost cannot publish after its refund).

A job that fails after its charge gives the charge back in the transaction that marks it failed:
nothing was released, so no privacy was spent. A job whose process died (same host, pid gone) or
that has run longer than ``MAX_RUN`` is reaped the same way. Two jobs never run at once
(``running_slot``, unique, as match runs have it): each holds the country in memory.

Only the analyst who asked may see a job or fetch its file, and each fetch is audited. The file
is deleted ``KEEP`` after the job finished; the ledger row stays for ever.

This module is the asking side (queue, status, fetch); ``releaseworker.py`` makes them, run by the
web process's background job (``releaseworker.add_job``), by ``rihai stats release`` (foreground)
or by ``rihai stats release --queued`` (for deployments that keep this off the web servers).
"""

from __future__ import annotations

import base64
import gzip
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import utcnow
from rihai.errors import Invalid, NotFound
from rihai.stats import budget, queries, release
from rihai.stats.models import StatsReleaseFile, StatsReleaseJob

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
KEEP = timedelta(days=7)  # how long a finished file waits to be fetched
# Fixed phrases of a job's progress (stored; the page shows them translated).
STAGES = {"queued": "waiting for its turn", "charging": "charging the privacy budget",
          "reading": "reading and anonymising", "synthesising": "reading and synthesising",
          "storing": "storing the file", "done": "ready", "failed": "failed"}


def enqueue(session: Session, actor: Actor, path: Path, *, mode: str, k: int, epsilon: float | None = None,
            filters: queries.Filters | None = None, reuse: bool = True) -> StatsReleaseJob:
    """An analyst asks for a microdata release. Refused at once (as the release itself would be
    refused) when the parameters are wrong, there is no statistics store yet, or the budget left
    after the releases already queued cannot pay for it. Asking again for the same release while
    it waits returns the waiting job (``reuse``: a second click queues nothing). Callers: holders of
    ``stats:release:create``; the CLI queues its own (``reuse=False``)."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    filters = filters or queries.Filters()
    if mode not in release.MODES:
        raise Invalid("the mode must be k-anonymous or dp-synthetic", field="mode", rule="mode")
    release.check_k(k)
    if mode == release.DP_SYNTHETIC:
        if epsilon is None:
            raise Invalid("a synthetic release needs ε", field="epsilon", rule="required")
        budget.check_epsilon(epsilon)
    else:
        epsilon = None  # a k-anonymous release spends no ε, whatever the form's box says
    if not path.exists():
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    job = StatsReleaseJob
    same = select(job).where(job.status == QUEUED, job.requested_by_id == actor.user_id, job.mode == mode,
                             job.k == k, job.year_from == filters.year_from, job.year_to == filters.year_to)
    same = same.where(job.epsilon.is_(None) if epsilon is None else job.epsilon == epsilon)
    if reuse and actor.user_id is not None and (waiting := session.scalar(same.limit(1))) is not None:
        return waiting
    if epsilon is not None:
        budget.check_affordable(session, epsilon, pending_micro=_pending_micro(session))
    row = StatsReleaseJob(status=QUEUED, requested_by_id=actor.user_id, via=actor.via[:8], mode=mode, k=k,
                          epsilon=epsilon, year_from=filters.year_from, year_to=filters.year_to, stage="queued")
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_RELEASE_QUEUE, subject_type="stats_release_job",
                 subject_id=row.id, fields=["mode", "k", "epsilon", "year_from", "year_to"])
    return row


def _pending_micro(session: Session) -> int:
    """ε that queued (and running, not yet charged) synthetic releases will take first."""
    eps = session.scalars(select(StatsReleaseJob.epsilon).where(
        StatsReleaseJob.status.in_((QUEUED, RUNNING)), StatsReleaseJob.charged_micro == 0,
        StatsReleaseJob.epsilon.is_not(None)))
    return sum(budget.cost(e) for e in eps)


def get_job(session: Session, actor: Actor, job_id: int) -> StatsReleaseJob:
    """A job and its outcome, for the analyst who asked for it only: another analyst learns
    nothing from it (not even that it exists) and can make a release of their own."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    job = session.get(StatsReleaseJob, job_id)
    if job is None or actor.user_id is None or job.requested_by_id != actor.user_id:
        raise NotFound("no such release")
    return job


def my_jobs(session: Session, actor: Actor, *, limit: int = 10) -> list[StatsReleaseJob]:
    """The analyst's own most recent jobs, for the publishing page."""
    require(actor, Permission.STATS_RELEASE_CREATE)
    if actor.user_id is None:
        return []
    return list(session.scalars(select(StatsReleaseJob).where(StatsReleaseJob.requested_by_id == actor.user_id)
                                .order_by(StatsReleaseJob.id.desc()).limit(limit)))


def fetch(session: Session, actor: Actor, job_id: int) -> tuple[bytes, str]:
    """The finished file (CSV bytes) and its name, for the analyst who asked; audited."""
    job = get_job(session, actor, job_id)
    if job.status != DONE or job.purged_at is not None:
        raise NotFound("this release has no file to fetch: it is not ready, failed, or was deleted after "
                       f"{KEEP.days} days", rule="no-file")
    stored = session.get(StatsReleaseFile, job.id)
    if stored is None:
        raise NotFound("this release's file was deleted", rule="no-file")
    body = unpack(job.id, stored.data)
    if body is None:  # a ciphertext moved from another job's row
        raise NotFound("this release's file was deleted", rule="no-file")
    if job.fetched_at is None:
        job.fetched_at = utcnow()
    audit.record(session, actor, AuditTag.STATS_RELEASE_FETCH, subject_type="stats_release",
                 subject_id=job.release_id, fields=["file"])
    return body, job.filename or f"rihai-release-{job.id}.csv"


def ahead_of(session: Session, job: StatsReleaseJob) -> int:
    """How many releases run before ``job`` (a count, never whose)."""
    if job.status != QUEUED:
        return 0
    return session.scalar(select(func.count()).select_from(StatsReleaseJob).where(
        StatsReleaseJob.status.in_((QUEUED, RUNNING)), StatsReleaseJob.id < job.id)) or 0


def pack(job_id: int, text: str) -> str:
    """What ``StatsReleaseFile.data`` holds: the job's id, then the gzipped CSV in base64 (a
    national file shrinks about tenfold before it is encrypted)."""
    return f"{job_id}:" + base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=6)).decode("ascii")


def unpack(job_id: int, data: str) -> bytes | None:
    """The CSV bytes, or None when ``data`` was made for another job (a ciphertext moved rows)."""
    owner, _, body = data.partition(":")
    return gzip.decompress(base64.b64decode(body)) if owner == str(job_id) else None
