"""The family takes its photo back with the reference and secret: through the API and on a page,
whatever the request's status, deleted (not hidden) and audited as ``tracing:photo:remove``; a
wrong secret and an unknown reference are refused alike and change nothing."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from factories.tracing import file_request
from tracing.test_photos import jpeg_with_gps

from rihai.access.actors import Actor
from rihai.access.models import AuditEvent
from rihai.errors import NotFound
from rihai.tracing import service
from rihai.tracing.models import TracingPhoto

WRONG = "AAAA-AAAA-AAAA-AAAA"


def _photos(db, request_id) -> int:  # type: ignore[no-untyped-def]
    return db.scalar(sa.select(sa.func.count()).select_from(TracingPhoto).where(TracingPhoto.request_id == request_id))


def _removals(db, request_id):  # type: ignore[no-untyped-def]
    return db.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id == str(request_id),
                                                  AuditEvent.tag == "tracing:photo:remove")).all()


def test_the_family_removes_the_photo_of_a_closed_request_too(db, world):
    req, secret = file_request(db, photo=jpeg_with_gps((300, 200)))
    cw = world.actor("caseworker")
    claimed = service.claim_request(db, cw, req.id, version=req.version)
    service.close_request(db, cw, req.id, version=claimed.version)
    service.remove_family_photo(db, Actor.anonymous(), reference=req.reference.lower(), secret=secret)
    assert _photos(db, req.id) == 0
    (ev,) = _removals(db, req.id)
    assert ev.fields == ["photo"] and ev.actor_id is None
    answer = service.check_status(db, Actor.anonymous(), reference=req.reference, secret=secret)
    assert answer.status == "closed"  # the request is otherwise untouched
    with pytest.raises(NotFound) as err:  # nothing left to remove
        service.remove_family_photo(db, Actor.anonymous(), reference=req.reference, secret=secret)
    assert err.value.rule == "no-photo"


def test_a_wrong_secret_or_unknown_reference_removes_nothing(db):
    req, secret = file_request(db, photo=jpeg_with_gps((300, 200)))
    refusals = []
    for reference, attempt in ((req.reference, WRONG), ("TR-00000000", secret)):
        with pytest.raises(NotFound) as err:
            service.remove_family_photo(db, Actor.anonymous(), reference=reference, secret=attempt)
        refusals.append((err.value.detail, err.value.rule))
    assert refusals[0] == refusals[1] == ("no request matches this reference and secret", "reference-and-secret")
    assert _photos(db, req.id) == 1 and not _removals(db, req.id)


def test_api_removal_204_then_404_and_refusals_alike(client, db):
    req, secret = file_request(db, photo=jpeg_with_gps((300, 200)))
    db.commit()
    url = "/api/v1/tracing/public-photos/removal"
    wrong = client.post(url, json={"reference": req.reference, "secret": WRONG})
    unknown = client.post(url, json={"reference": "TR-00000000", "secret": secret})
    assert wrong.status_code == unknown.status_code == 404 and wrong.json() == unknown.json()
    assert req.reference not in wrong.text
    ok = client.post(url, json={"reference": req.reference, "secret": secret})
    assert ok.status_code == 204 and ok.content == b""
    again = client.post(url, json={"reference": req.reference, "secret": secret})
    assert again.status_code == 404 and again.json()["rule"] == "no-photo"
    db.expire_all()
    assert _photos(db, req.id) == 0 and len(_removals(db, req.id)) == 1


def _status_page(b, reference: str, secret: str) -> str:  # type: ignore[no-untyped-def]
    html = b.form("/trace/status", {"reference": reference, "secret": secret}).text
    return re.sub(r'content="[^"]*"|value="[^"]*"', "", html)  # csrf tokens differ


def test_the_status_page_links_to_the_removal_page_which_deletes_it(make_browser, db):
    req, secret = file_request(db, photo=jpeg_with_gps((300, 200)))
    bare, bare_secret = file_request(db)
    db.commit()
    b = make_browser()
    b.refresh_csrf("/trace/status")
    status = _status_page(b, req.reference, secret)
    assert 'href="/trace/photo"' in status
    # The link is offered to everyone: the page does not tell whether a photo is kept.
    assert status == _status_page(b, bare.reference, bare_secret)
    page = b.get("/trace/photo?lang=ur").text
    assert 'dir="rtl"' in page and "تصویر ہٹائیں" in page
    form = re.search(r'<form[^>]*action="/trace/photo"[^>]*>.*?</form>', page, re.S).group(0)
    assert 'method="post"' in form and 'type="password"' in form and "style=" not in form
    b.refresh_csrf("/trace/photo")
    wrong = b.form("/trace/photo", {"reference": req.reference, "secret": WRONG})
    assert wrong.status_code == 404 and 'data-testid="photo-error"' in wrong.text
    done = b.form("/trace/photo", {"reference": req.reference, "secret": secret})
    assert done.status_code == 200 and 'data-testid="photo-removed"' in done.text
    assert req.reference not in done.text and secret not in done.text
    forged = b.client.post("/trace/photo", data={"reference": req.reference, "secret": secret})
    assert forged.status_code in (400, 403)
    db.expire_all()
    assert _photos(db, req.id) == 0
