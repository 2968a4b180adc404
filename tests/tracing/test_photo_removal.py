"""Removing the missing person's photo: only a desk of the agency that holds the request may, the
row (and its ciphertext) is deleted, and the removal is audited as ``tracing:photo:remove`` with
the field name only. Storing and reading a photo have their own ``tracing:photo:*`` tags too."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from factories import PASSWORD
from factories.tracing import TracingRequestFactory, file_request
from tracing.test_photos import jpeg_with_gps, png

from rihai.access.models import AuditEvent
from rihai.errors import Conflict, NotFound
from rihai.tracing import service
from rihai.tracing.models import TracingPhoto

GIVEN = "Removalname"


def _events(db, request_id, tag):  # type: ignore[no-untyped-def]
    return db.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id == str(request_id),
                                                  AuditEvent.tag == tag)).all()


def _photos(db, request_id) -> int:  # type: ignore[no-untyped-def]
    return db.scalar(sa.select(sa.func.count()).select_from(TracingPhoto)
                     .where(TracingPhoto.request_id == request_id))


def _signed_in(make_browser, world, role):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(world.users[role].username, PASSWORD)
    return b


def test_owner_removes_the_photo_audited_with_the_field_name_only(db, world):
    cw = world.actor("caseworker")
    req, _ = file_request(db, cw, given_name=GIVEN, photo=jpeg_with_gps((300, 200)))
    db.commit()
    service.remove_photo(db, cw, req.id)
    db.commit()
    assert _photos(db, req.id) == 0
    assert not service.has_photo(db, req.id)
    (ev,) = _events(db, req.id, "tracing:photo:remove")
    assert ev.fields == ["photo"] and ev.related_ids == [] and ev.subject_type == "tracing_request"
    assert ev.actor_id == cw.user_id and ev.agency_id == cw.agency_id
    row = db.execute(sa.select(AuditEvent.__table__).where(AuditEvent.seq == ev.seq)).one()
    assert not any(GIVEN in str(v) or "image/jpeg" in str(v) for v in row)  # ids and names, never values
    with pytest.raises(NotFound):
        service.request_photo(db, cw, req.id)
    assert service.get_request(db, cw, req.id).given_name == GIVEN  # the request itself is untouched


def test_another_agency_and_the_pool_are_refused_and_the_photo_stays(db, world):
    cw, other = world.actor("caseworker"), world.actor("other_caseworker")
    req, _ = file_request(db, cw, photo=jpeg_with_gps((300, 200)))
    pool, _ = file_request(db, photo=jpeg_with_gps((300, 200)))  # the family's; nobody has taken it up
    db.commit()
    with pytest.raises(NotFound):
        service.remove_photo(db, other, req.id)  # not theirs to see, so not theirs to change
    db.rollback()
    with pytest.raises(Conflict) as err:
        service.remove_photo(db, cw, pool.id)
    assert err.value.rule == "owner-removes-photo" and err.value.field == "photo"
    db.rollback()
    assert _photos(db, req.id) == _photos(db, pool.id) == 1
    assert not _events(db, req.id, "tracing:photo:remove") and not _events(db, pool.id, "tracing:photo:remove")


def test_api_delete_is_204_then_the_photo_and_a_second_delete_are_404(make_browser, world, db):
    req, _ = file_request(db, world.actor("caseworker"), photo=jpeg_with_gps((300, 200)))
    db.commit()
    desk = _signed_in(make_browser, world, "caseworker")
    url = f"/api/v1/tracing/requests/{req.id}/photo"
    assert desk.get(url).status_code == 200
    gone = desk.delete(url)
    assert gone.status_code == 204 and gone.content == b""
    read = desk.get(url)
    assert read.status_code == 404 and read.headers["content-type"].startswith("application/problem+json")
    again = desk.delete(url)
    assert again.status_code == 404 and again.headers["content-type"].startswith("application/problem+json")
    assert again.json()["errors"][0]["field"] == "photo"
    db.expire_all()
    assert len(_events(db, req.id, "tracing:photo:remove")) == 1  # the refused second try changed nothing


def test_api_delete_is_refused_to_other_agencies_and_roles_without_the_permission(make_browser, world, db):
    req, _ = file_request(db, world.actor("caseworker"), photo=jpeg_with_gps((300, 200)))
    db.commit()
    url = f"/api/v1/tracing/requests/{req.id}/photo"
    assert _signed_in(make_browser, world, "other_caseworker").delete(url).status_code == 404
    assert _signed_in(make_browser, world, "analyst").delete(url).status_code in (401, 403)
    assert make_browser().delete(url).status_code in (401, 403)
    db.expire_all()
    assert _photos(db, req.id) == 1


def test_the_request_page_button_removes_the_photo(make_browser, world, db):
    req, _ = file_request(db, world.actor("caseworker"), photo=jpeg_with_gps((300, 200)))
    db.commit()
    desk = _signed_in(make_browser, world, "caseworker")
    page = desk.get(f"/tracing/requests/{req.id}").text
    form = re.search(r'<form[^>]*data-testid="photo-remove-form"[^>]*>.*?</form>', page, re.S).group(0)
    assert 'action="/tracing/photos/remove"' in form and "hx-confirm=" in form
    assert f'name="request_id" value="{req.id}"' in form and 'name="csrf_token"' in form
    assert "style=" not in form and "onclick" not in form  # the CSP allows no inline script or style
    urdu = desk.get(f"/tracing/requests/{req.id}?lang=ur").text
    assert "تصویر ہٹائیں" in urdu
    r = desk.form("/tracing/photos/remove", {"request_id": str(req.id)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/tracing/requests/{req.id}"
    after = desk.get(r.headers["location"]).text
    assert 'data-testid="request-photo"' not in after and 'data-testid="photo-remove-form"' not in after
    assert "Add a photo" in after
    db.expire_all()
    assert _photos(db, req.id) == 0 and len(_events(db, req.id, "tracing:photo:remove")) == 1


def test_the_page_shows_a_refusal_and_needs_the_csrf_token(make_browser, world, db):
    req, _ = file_request(db, world.actor("caseworker"))
    db.commit()
    desk = _signed_in(make_browser, world, "caseworker")
    assert 'data-testid="photo-remove-form"' not in desk.get(f"/tracing/requests/{req.id}").text  # no photo
    none = desk.form("/tracing/photos/remove", {"request_id": str(req.id)}, follow_redirects=False)
    assert none.status_code == 404 and "there is no photo for this request" in none.text
    desk.post("/api/v1/tracing/photos", data={"request_id": str(req.id)}, files={"file": ("x.png", png(), "image/png")})
    forged = desk.client.post("/tracing/photos/remove", data={"request_id": str(req.id)}, follow_redirects=False)
    assert forged.status_code in (400, 403)
    db.expire_all()
    assert _photos(db, req.id) == 1


def test_store_and_read_have_their_own_tags(make_browser, client, world, db):
    import json as _json

    cw = world.actor("caseworker")
    req, _ = file_request(db, cw, photo=jpeg_with_gps((300, 200)))  # filed with its photo in one go
    assert [e.fields for e in _events(db, req.id, "tracing:photo:store")] == [["photo"]]
    assert any("photo" in e.fields for e in _events(db, req.id, "tracing:request:create"))
    bare, _ = file_request(db, cw)
    assert not _events(db, bare.id, "tracing:photo:store")
    service.attach_photo(db, cw, bare.id, data=png())
    service.request_photo(db, cw, bare.id)
    db.commit()
    assert [e.fields for e in _events(db, bare.id, "tracing:photo:store")] == [["photo"]]
    assert [e.fields for e in _events(db, bare.id, "tracing:photo:read")] == [["photo"]]
    assert not [e for e in _events(db, bare.id, "tracing:request:read") if e.fields]  # no longer a request read

    body = _json.loads(TracingRequestFactory().model_dump_json(exclude_none=True))
    filed = client.post("/api/v1/tracing/public-requests", json=body).json()
    ok = client.post("/api/v1/tracing/public-photos", data={"reference": filed["reference"], "secret": filed["secret"]},
                     files={"file": ("x.png", png(), "image/png")})
    assert ok.status_code == 201
    db.expire_all()
    stored = _events(db, filed["id"], "tracing:photo:store")
    assert [e.fields for e in stored] == [["photo"]] and stored[0].actor_id is None
