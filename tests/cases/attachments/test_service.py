"""Attachments through the service: stored encrypted and bound to their row, need-to-know per
kind, scoped to the case's team, every list and opening audited."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa
from factories import attachments as f
from factories import make_case
from PIL import Image

from rihai.access.models import AuditEvent
from rihai.cases import service as cases
from rihai.cases.attachments import service
from rihai.cases.attachments.models import CaseAttachmentContent
from rihai.crypto import KeyringError
from rihai.errors import Conflict, Invalid, NotFound


@pytest.fixture
def case(db, world):  # type: ignore[no-untyped-def]
    c = make_case(db, world.actor("caseworker"))
    for role in ("investigator", "prosecutor", "consular_officer"):
        cases.assign(db, world.actor("supervisor"), c.id, user_id=world.users[role].id)
    return c


def tags(db, case_id) -> list[str]:  # type: ignore[no-untyped-def]
    return list(db.scalars(sa.select(AuditEvent.tag).where(AuditEvent.subject_id == str(case_id))
                           .order_by(AuditEvent.seq)))


def test_a_photo_is_stored_encrypted_without_metadata_and_read_back(db, world, case) -> None:
    cw = world.actor("caseworker")
    row = service.add_attachment(db, cw, case.id, kind="photo", data=f.photo_with_gps(), title="Synthetic (TEST)")
    raw = db.execute(sa.select(sa.type_coerce(CaseAttachmentContent.data, sa.LargeBinary))
                     .where(CaseAttachmentContent.attachment_id == row.id)).scalar_one()
    assert raw.startswith(b"R1") and b"JFIF" not in raw and b"\xff\xd8\xff" not in raw
    got = service.read_attachment(db, cw, row.id)
    assert got.media_type == "image/jpeg" and not Image.open(io.BytesIO(got.data)).getexif()
    # The download's name says which case and kind, never what someone typed.
    assert got.filename.startswith(case.reference + "-photo-") and "Synthetic" not in got.filename
    assert "cases:attachment:add" in tags(db, case.id) and "cases:attachment:read" in tags(db, case.id)
    event = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "cases:attachment:read")).one()
    assert event.fields == ["attachments.photo"] and "Synthetic" not in str(event.related_ids)


def test_medical_files_stay_with_the_care_team(db, world, case) -> None:
    cw = world.actor("caseworker")
    med = service.add_attachment(db, cw, case.id, kind="medical", data=f.clean_pdf())
    legal = service.add_attachment(db, cw, case.id, kind="legal", data=f.clean_pdf())
    assert {a.id for a in service.list_attachments(db, world.actor("supervisor"), case.id)} == {med.id, legal.id}
    for role in ("investigator", "prosecutor", "consular_officer"):
        listed = {a.id for a in service.list_attachments(db, world.actor(role), case.id)}
        assert med.id not in listed, role
        with pytest.raises(NotFound):
            service.read_attachment(db, world.actor(role), med.id)
    assert service.read_attachment(db, world.actor("prosecutor"), legal.id).media_type == "application/pdf"
    with pytest.raises(NotFound):
        service.read_attachment(db, world.actor("consular_officer"), legal.id)
    # Nor may a role attach a kind it may not read.
    with pytest.raises(Invalid) as info:
        service.add_attachment(db, world.actor("investigator"), case.id, kind="medical", data=f.clean_pdf())
    assert info.value.rule == "need-to-know"


def test_another_agency_never_reaches_an_attachment(db, world, case) -> None:
    row = service.add_attachment(db, world.actor("caseworker"), case.id, kind="photo", data=f.png())
    other = world.actor("other_caseworker")
    with pytest.raises(NotFound):
        service.read_attachment(db, other, row.id)
    with pytest.raises(NotFound):
        service.list_attachments(db, other, case.id)
    with pytest.raises(NotFound):
        service.add_attachment(db, other, case.id, kind="photo", data=f.png())


def test_a_refused_file_stores_nothing(db, world, case) -> None:
    cw = world.actor("caseworker")
    for data in (f.pdf_with_javascript(), f.SVG_WITH_SCRIPT, f.photo_with_gps() [:200]):
        with pytest.raises(Invalid):
            service.add_attachment(db, cw, case.id, kind="other", data=data)
    assert service.list_attachments(db, cw, case.id) == []
    assert "cases:attachment:add" not in tags(db, case.id)


def test_content_moved_onto_another_attachment_does_not_decrypt_as_it(db, world, case) -> None:
    cw = world.actor("caseworker")
    a = service.add_attachment(db, cw, case.id, kind="photo", data=f.png())
    b = service.add_attachment(db, cw, case.id, kind="photo", data=f.photo_with_gps())
    raw = sa.type_coerce(CaseAttachmentContent.data, sa.LargeBinary)
    blob = db.execute(sa.select(raw).where(CaseAttachmentContent.attachment_id == a.id)).scalar_one()
    db.execute(sa.update(CaseAttachmentContent).where(CaseAttachmentContent.attachment_id == b.id)
               .values({CaseAttachmentContent.data: sa.type_coerce(blob, sa.LargeBinary)}))
    db.expire_all()
    with pytest.raises(KeyringError):
        service.read_attachment(db, cw, b.id)


def test_the_uploader_or_a_supervisor_removes_a_file_and_the_bytes_go(db, world, case) -> None:
    cw, inv = world.actor("caseworker"), world.actor("investigator")
    mine = service.add_attachment(db, cw, case.id, kind="photo", data=f.png())
    theirs = service.add_attachment(db, inv, case.id, kind="legal", data=f.clean_pdf())
    with pytest.raises(Conflict):
        service.remove_attachment(db, cw, theirs.id)  # not theirs to remove
    with pytest.raises(NotFound):
        service.remove_attachment(db, world.actor("other_caseworker"), mine.id)
    assert service.remove_attachment(db, cw, mine.id) == case.id
    service.remove_attachment(db, world.actor("supervisor"), theirs.id)
    assert service.list_attachments(db, cw, case.id) == []
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseAttachmentContent)) == 0
    with pytest.raises(NotFound):
        service.read_attachment(db, cw, mine.id)
    assert tags(db, case.id).count("cases:attachment:remove") == 2


def test_key_rotation_re_encrypts_the_files_and_they_still_open(db, world, case, keyring) -> None:
    from rihai.cli import keys as keys_cli
    from rihai.crypto import Keyring, install_keyring

    cw = world.actor("caseworker")
    row = service.add_attachment(db, cw, case.id, kind="photo", data=f.photo_with_gps())
    before = service.read_attachment(db, cw, row.id).data
    new = keyring.with_new_key()
    counts = keys_cli.reencrypt(db, new, batch=3)
    assert counts["case_attachment_contents.data"] >= 1
    raw = db.execute(sa.select(sa.type_coerce(CaseAttachmentContent.data, sa.LargeBinary))
                     .where(CaseAttachmentContent.attachment_id == row.id)).scalar_one()
    assert Keyring.key_id_of(bytes(raw)) == new.active
    install_keyring(new)
    try:
        db.expire_all()
        assert service.read_attachment(db, cw, row.id).data == before
    finally:
        install_keyring(keyring)
