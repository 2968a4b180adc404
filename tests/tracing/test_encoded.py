"""Encoded lists at the tracing desk: a partner's encoded file imported, matched against the desk's
own persons encoded with the partner's schema, secret and fields, decided and remembered."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from factories.tracing import PASSPORT, file_request, partner_file, partner_key

from rihai.errors import Conflict, Invalid, NotFound
from rihai.tracing import service
from rihai.tracing.models import EncodedCandidate, EncodedRow

@pytest.fixture
def desk(db, world, tmp_path):  # type: ignore[no-untyped-def]
    actor = world.actor("caseworker")
    req, _ = file_request(db, actor, given_name="Test Nasreen", family_name="Bibi", sex="Female",
                          passport=PASSPORT, birth_date=date(1990, 3, 12))
    return actor, req, partner_key(tmp_path)


def _import(db, actor, data_dir: Path, data: bytes, partner: str = "embassy-bangkok"):  # type: ignore[no-untyped-def]
    return service.import_encoded(db, actor, data=data, filename="bangkok.clk.json", partner=partner,
                                  source_agency="Embassy of Pakistan, Bangkok (TEST)", data_dir=data_dir)


def test_the_desk_sees_the_partners_row_and_nothing_else(db, world, tmp_path, desk):
    actor, req, secret = desk
    lst = _import(db, actor, tmp_path, partner_file(secret))
    assert lst.rows_total == 6 and lst.candidates >= 1
    assert set(lst.fields) == {"name", "name_sk", "id", "dob"}
    _, matches = service.get_encoded(db, actor, lst.id)
    mine = [m for m in matches if m.candidate.our_id == req.id]
    assert len(mine) == 1 and mine[0].row_number == 2 and mine[0].our_label == req.reference
    # The request holds a CNIC and a phone the embassy's list lacks: hashed only with its fields,
    # the person scores as the same (with every field, the CNIC and phone would count against).
    assert mine[0].candidate.similarity > 0.9
    # Only the rows that became candidates are kept, their encodings encrypted at rest.
    assert db.query(EncodedRow).filter_by(list_id=lst.id).count() == len({m.row_number for m in matches})
    raw = db.execute(__import__("sqlalchemy").text("SELECT clk FROM tracing_encoded_rows")).scalars().all()
    stored = db.query(EncodedRow).filter_by(list_id=lst.id).first()
    assert all(stored.clk.encode() not in bytes(r) for r in raw)
    # Another agency's desk sees neither the list nor its candidates.
    other = world.actor("other_caseworker")
    with pytest.raises(NotFound):
        service.get_encoded(db, other, lst.id)
    with pytest.raises(NotFound):
        service.decide_encoded(db, other, mine[0].candidate.id, confirm=True, version=1)


def test_decisions_are_remembered_when_the_partner_sends_the_person_again(db, tmp_path, desk):
    actor, req, secret = desk
    data = partner_file(secret)
    first = _import(db, actor, tmp_path, data)
    cand = db.query(EncodedCandidate).filter_by(list_id=first.id, our_id=req.id).one()
    service.decide_encoded(db, actor, cand.id, confirm=False, version=cand.version)
    with pytest.raises(Conflict):
        service.decide_encoded(db, actor, cand.id, confirm=True, version=cand.version)
    again = _import(db, actor, tmp_path, data)
    assert again.skipped_decided >= 1
    assert db.query(EncodedCandidate).filter_by(list_id=again.id, our_id=req.id).count() == 0


def test_a_file_made_with_another_secret_is_refused_by_its_fingerprint(db, tmp_path, desk):
    actor, _req, _secret = desk
    stranger = os.urandom(32)
    with pytest.raises(Invalid) as no:
        _import(db, actor, tmp_path, partner_file(stranger))
    assert no.value.rule == "fingerprint" and "another secret or schema" in no.value.detail
    with pytest.raises(Invalid) as bad:
        _import(db, actor, tmp_path, b'{"format": "rihai-clk/1", "fingerprint": 3}')
    assert bad.value.rule == "encoded-list" and "line 1" in bad.value.detail


def test_a_missing_or_unsafe_key_file_is_refused(db, tmp_path, desk):
    actor, _req, secret = desk
    with pytest.raises(Invalid) as missing:
        _import(db, actor, tmp_path, partner_file(secret), partner="embassy-doha")
    assert missing.value.rule == "partner-key"
    (tmp_path / "pprl-keys" / "embassy-bangkok.key").chmod(0o644)
    with pytest.raises(Invalid) as unsafe:
        _import(db, actor, tmp_path, partner_file(secret))
    assert unsafe.value.rule == "partner-key-unusable"
    assert service.partners(tmp_path) == ["embassy-bangkok"]
