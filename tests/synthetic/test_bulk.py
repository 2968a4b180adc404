"""The bulk seed writes what the services would have written: the same cases drawn twice, once by
``bulk_seed`` and once through ``cases.service``, compared field by field (decrypted), with their
search digests; and the indexes it sets aside during the load come back exactly as they were."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.cases import service
from rihai.cases.models import (
    Case,
    CaseAssignment,
    CaseSearchToken,
    Consent,
    Perpetrator,
    Person,
    TraffickingEvent,
)
from rihai.cases.schemas import CaseCreate
from rihai.synthetic import Generator, bulk_seed, ensure_directory
from rihai.synthetic.bulk import TABLES
from rihai.synthetic.deferred_indexes import indexes_built_after, plain_indexes

SEED, N = 77, 24

# What differs by design: identity and time of writing. The seed backdates its cases (created on the
# day they were identified), where a service stamps "now" and "today".
_NOT_COMPARED = {"id", "case_id", "reference", "created_at", "updated_at", "recorded_at",
                 "assigned_at", "status_decided_on", "consent_date"}


def columns(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in sa.inspect(type(obj)).column_attrs
            if c.key not in _NOT_COMPARED}


def whole(db, case_id) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    def rows(model: Any) -> list[dict[str, Any]]:
        found = db.scalars(sa.select(model).where(model.case_id == case_id)).all()
        return sorted((columns(r) for r in found), key=repr)

    case = db.get(Case, case_id)
    return {
        "case": columns(case), "person": columns(db.get(Person, case_id)),
        "events": rows(TraffickingEvent), "perpetrators": rows(Perpetrator), "consents": rows(Consent),
        "assignments": rows(CaseAssignment),
        "tokens": sorted(db.execute(sa.select(CaseSearchToken.kind, CaseSearchToken.digest)
                                    .where(CaseSearchToken.case_id == case_id)).all()),
    }


def test_a_bulk_seed_equals_the_same_cases_opened_by_the_service(db):
    directory = ensure_directory(db)
    before = set(db.scalars(sa.select(Case.id)))
    bulk_seed(db, directory, N, seed=SEED, batch=N, workers=0)
    db.expire_all()
    bulk_ids = [i for i in db.scalars(sa.select(Case.id)) if i not in before]
    assert len(bulk_ids) == N
    # The same draws the seed made: one batch, its generator seeded as bulk seeds batch 0.
    drawn = Generator(SEED * 1_000_003, today=date.today(), reference_block=0).cases(N)
    assert {sc.id for sc in drawn} == set(bulk_ids)

    prosecutor = directory.demo.get(Role.PROSECUTOR)
    for n, sc in enumerate(drawn):
        openers = directory.openers[sc.owner]
        opener = openers[n % len(openers)]
        made = service.open_case(db, Actor.for_user(opener.id, opener.agency_id, opener.roles, via="cli"),
                                 data=CaseCreate.model_validate(sc.data), is_synthetic=True)
        if prosecutor is not None and prosecutor.agency_id == made.owner_agency_id and n % 3 == 0:
            boss = directory.supervisors[sc.owner]
            service.assign(db, Actor.for_user(boss.id, boss.agency_id, boss.roles, via="cli"), made.id,
                           user_id=prosecutor.id)
        db.flush()
        db.expire_all()
        by_bulk, by_service = whole(db, sc.id), whole(db, made.id)
        for part in by_bulk:
            assert by_bulk[part] == by_service[part], (n, part)


def test_indexes_set_aside_for_the_load_come_back_as_they_were(db):
    conn = db.connection()
    empty = all(db.execute(sa.select(sa.literal(1)).select_from(t).limit(1)).first() is None
                for t in TABLES)
    indexes = plain_indexes(conn, TABLES)
    assert {"ix_case_search_tokens_digest_owner_case", "ix_cases_owner_status"} <= {n for n, _ in indexes}
    assert empty  # each test starts from the migrated, empty schema
    with indexes_built_after(conn, TABLES):
        assert plain_indexes(conn, TABLES) == []
    assert plain_indexes(conn, TABLES) == indexes
    bulk_seed(db, ensure_directory(db), 10, seed=5, workers=0)
    assert plain_indexes(conn, TABLES) == indexes
    # Into tables that already hold rows, nothing is set aside.
    with indexes_built_after(conn, TABLES):
        assert plain_indexes(conn, TABLES) == indexes
    if conn.dialect.name == "sqlite":
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    # A name search goes through the rebuilt token index.
    sql = ("SELECT case_id FROM case_search_tokens WHERE digest = :d")
    if conn.dialect.name == "sqlite":
        plan = " ".join(str(r[-1]) for r in conn.execute(sa.text("EXPLAIN QUERY PLAN " + sql), {"d": b"x"}))
        assert "ix_case_search_tokens_digest_owner_case" in plan, plan
