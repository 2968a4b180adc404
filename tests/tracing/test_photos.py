"""The missing person's photo: cleaned of metadata (EXIF GPS included), shrunk, stored encrypted,
shown only to roles that see identities through a no-store, audited route; bad files get clear
4xx errors; the family's status page never shows it."""

from __future__ import annotations

import io
import re
import struct
import zlib

import pytest
import sqlalchemy as sa
from factories import PASSWORD
from factories.tracing import TracingRequestFactory, file_request
from PIL import ExifTags, Image

from rihai.access.actors import Actor
from rihai.access.models import AuditEvent
from rihai.errors import Invalid, PayloadTooLarge
from rihai.tracing import images, service
from rihai.tracing.models import TracingPhoto

GPS = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (31.0, 30.0, 12.0),
       ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (74.0, 20.0, 24.0)}
CAMERA = "SyntheticCam TEST-SERIAL-0042"


def jpeg_with_gps(size=(2400, 1600), orientation: int | None = None) -> bytes:
    """A synthetic photo as a phone would send it: EXIF with GPS, camera make, an ICC profile and
    a comment (all things that must not survive)."""
    im = Image.new("RGB", size, (180, 120, 90))
    im.paste((20, 40, 200), (0, 0, size[0] // 2, size[1] // 3))  # something to tell rotations apart
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = CAMERA
    exif[ExifTags.IFD.GPSInfo] = GPS
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif.tobytes(), icc_profile=b"SYNTHETIC-ICC-PROFILE" * 4,
            comment=b"home of the TEST family")
    return buf.getvalue()


def png(size=(64, 48), mode="RGBA") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, (10, 200, 30, 128) if mode == "RGBA" else (10, 200, 30)).save(buf, "PNG")
    return buf.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height``: what a decompression bomb looks like
    before anything is decoded."""
    data = bytearray(png((1, 1), "RGB"))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def test_input_really_carries_gps():
    # The fixture is only meaningful if the GPS position is really in the file we upload.
    with Image.open(io.BytesIO(jpeg_with_gps())) as im:
        assert im.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (31.0, 30.0, 12.0)
        assert "icc_profile" in im.info and "comment" in im.info


def test_clean_photo_strips_every_kind_of_metadata_and_downscales():
    raw = jpeg_with_gps()
    clean = images.clean_photo(raw)
    assert (clean.width, clean.height) == (1024, 683) and clean.media_type == "image/jpeg"
    with Image.open(io.BytesIO(clean.data)) as im:
        assert im.format == "JPEG" and im.size == (1024, 683)
        assert not im.getexif()  # no EXIF at all, so no GPS IFD
        assert not im.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert not {"exif", "icc_profile", "comment", "xmp", "photoshop"} & set(im.info)
    for marker in (b"Exif", CAMERA.encode(), b"SYNTHETIC-ICC", b"TEST family", b"GPS"):
        assert marker not in clean.data


def test_orientation_is_applied_before_exif_is_dropped():
    # EXIF orientation 6 = "rotate 90° clockwise to display": the stored photo must be upright.
    clean = images.clean_photo(jpeg_with_gps((400, 200), orientation=6))
    assert (clean.width, clean.height) == (200, 400)


def test_png_with_transparency_and_webp_are_accepted():
    assert images.clean_photo(png()).media_type == "image/jpeg"
    buf = io.BytesIO()
    Image.new("RGB", (50, 50), (1, 2, 3)).save(buf, "WEBP")
    assert images.clean_photo(buf.getvalue()).width == 50


@pytest.mark.parametrize(("data", "rule"), [
    (b"%PDF-1.4 not a photo (TEST)", "photo-type"),
    (b"", "photo-empty"),
    (None, "photo-type"),  # a GIF: an image, but not a format we accept
    (b"truncated", "photo-decode"),
    (b"bomb", "photo-pixels"),
])
def test_bad_files_are_refused_with_a_rule(data, rule):
    if data is None:
        buf = io.BytesIO()
        Image.new("RGB", (10, 10)).save(buf, "GIF")
        data = buf.getvalue()
    elif data == b"truncated":
        data = jpeg_with_gps((600, 400))[:2000]
    elif data == b"bomb":
        data = png_claiming(20_000, 20_000)  # 400 megapixels from a few dozen bytes
    with pytest.raises(Invalid) as err:
        images.clean_photo(data)
    assert err.value.rule == rule and err.value.field == "photo"


def test_too_big_is_413():
    with pytest.raises(PayloadTooLarge) as err:
        images.clean_photo(b"\xff\xd8\xff" + b"0" * images.MAX_BYTES)
    assert err.value.status == 413 and err.value.rule == "photo-size"


# --------------------------------------------------------------------------- stored, encrypted
def test_stored_encrypted_and_never_plain(db):
    req, _ = service.submit_request(db, Actor.anonymous(), data=TracingRequestFactory(), photo=jpeg_with_gps())
    db.flush()
    raw = db.execute(sa.text("SELECT data FROM tracing_photos WHERE request_id = :r"),
                     {"r": req.id.hex if db.bind.dialect.name == "sqlite" else req.id}).scalar_one()
    raw = bytes(raw)
    assert raw.startswith(b"R1") and b"\xff\xd8\xff" not in raw and b"JFIF" not in raw
    row = db.get(TracingPhoto, req.id)
    assert row.data.startswith(b"\xff\xd8\xff") and (row.width, row.height) == (1024, 683)
    created = db.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id == str(req.id))).all()
    assert any("photo" in e.fields for e in created)


def _signed_in(make_browser, world, role):
    b = make_browser()
    b.login(world.users[role].username, PASSWORD)
    return b


def test_family_form_with_photo_then_desk_sees_it_no_store_and_audited(make_browser, world, db):
    from tracing.test_pages import FORM  # the same family form the page tests fill in

    fam = make_browser()
    fam.refresh_csrf("/trace")
    r = fam.post("/trace", data={**FORM, "csrf_token": fam.csrf},
                 files={"photo": ("IMG_0001.jpg", jpeg_with_gps(), "image/jpeg")})
    assert r.status_code == 201, r.text[:400]
    ref = re.search(r'data-testid="reference">([^<]+)<', r.text).group(1)
    secret = re.search(r'data-testid="secret">([^<]+)<', r.text).group(1)
    status = fam.form("/trace/status", {"reference": ref, "secret": secret})
    # The status page never shows the photo (its only mention is the link offered to every family).
    assert status.status_code == 200 and "<img" not in status.text
    without_link = re.sub(r'<a href="/trace/photo"[^>]*>[^<]*</a>', "", status.text)
    assert "photo" not in without_link.lower()

    desk = _signed_in(make_browser, world, "caseworker")
    listing = desk.get("/tracing").text
    rid = re.search(r'/tracing/requests/([0-9a-f-]{36})', listing).group(1)
    page = desk.get(f"/tracing/requests/{rid}").text
    assert f'src="/tracing/requests/{rid}/photo"' in page and "style=" not in page
    img = desk.get(f"/tracing/requests/{rid}/photo")
    assert img.status_code == 200 and img.headers["content-type"] == "image/jpeg"
    assert "no-store" in img.headers["cache-control"]
    assert b"Exif" not in img.content and CAMERA.encode() not in img.content
    reads = db.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id == rid,
                                                   AuditEvent.tag == "tracing:photo:read")).all()
    assert any(e.fields == ["photo"] for e in reads)
    api = desk.get(f"/api/v1/tracing/requests/{rid}/photo")
    assert api.status_code == 200 and "no-store" in api.headers["cache-control"]


def test_bad_photo_on_the_form_is_a_clear_error_and_files_nothing(make_browser, db):
    from tracing.test_pages import FORM

    from rihai.tracing.models import TracingRequest

    fam = make_browser()
    fam.refresh_csrf("/trace")
    before = db.scalar(sa.select(sa.func.count()).select_from(TracingRequest))
    r = fam.post("/trace", data={**FORM, "csrf_token": fam.csrf},
                 files={"photo": ("notes.pdf", b"%PDF-1.4 (TEST)", "application/pdf")})
    assert r.status_code == 422 and 'id="err-photo"' in r.text and "JPEG, PNG or WebP" in r.text
    big = fam.post("/trace", data={**FORM, "csrf_token": fam.csrf},
                   files={"photo": ("big.jpg", b"\xff\xd8\xff" + b"0" * images.MAX_BYTES, "image/jpeg")})
    assert big.status_code == 413 and "5 MB" in big.text
    bomb = fam.post("/trace", data={**FORM, "csrf_token": fam.csrf},
                    files={"photo": ("bomb.png", png_claiming(30_000, 30_000), "image/png")})
    assert bomb.status_code == 422 and "megapixels" in bomb.text
    assert db.scalar(sa.select(sa.func.count()).select_from(TracingRequest)) == before


def test_api_upload_errors_are_problem_json_naming_the_field(make_browser, world, db):
    req, _ = file_request(db, world.actor("caseworker"))
    db.commit()
    desk = _signed_in(make_browser, world, "caseworker")
    bad = desk.post("/api/v1/tracing/photos", data={"request_id": str(req.id)},
                    files={"file": ("x.png", png_claiming(20_000, 20_000), "image/png")})
    assert bad.status_code == 422 and "megapixels" in bad.json()["detail"]
    assert bad.json()["rule"] == "photo-pixels" and bad.json()["errors"][0]["field"] == "photo"
    ok = desk.post("/api/v1/tracing/photos", data={"request_id": str(req.id)},
                   files={"file": ("x.png", png(), "image/png")})
    assert ok.status_code == 201 and ok.json()["width"] == 64 and ok.json()["media_type"] == "image/jpeg"


def test_roles_and_agencies_that_may_not_see_identity_are_refused(make_browser, world, db):
    req, _ = file_request(db, world.actor("caseworker"), photo=jpeg_with_gps((300, 200)))
    db.commit()
    url = f"/tracing/requests/{req.id}/photo"
    assert _signed_in(make_browser, world, "consular_officer").get(url).status_code == 200  # same agency
    for role in ("analyst", "administrator"):
        assert _signed_in(make_browser, world, role).get(url).status_code in (401, 403), role
    assert _signed_in(make_browser, world, "other_caseworker").get(url).status_code == 404
    other = _signed_in(make_browser, world, "other_caseworker")
    refused = other.post("/api/v1/tracing/photos", data={"request_id": str(req.id)},
                         files={"file": ("x.png", png(), "image/png")})
    assert refused.status_code == 404  # not theirs to see, so not theirs to change
    anon = make_browser().get(url, follow_redirects=False)
    assert anon.status_code in (303, 401, 403) and not anon.headers.get("content-type", "").startswith("image/")


def test_review_side_by_side_shows_the_photo_only_where_the_request_is_visible(make_browser, world, db):
    from factories.tracing import embassy_rows, import_list, list_csv

    cw = world.actor("caseworker")
    req, _ = file_request(db, cw, photo=jpeg_with_gps((300, 200)))
    rows = embassy_rows(4, seed=4) + [["5", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "1990-03-12", "", "", "Okara"]]
    import_list(db, cw, list_csv(rows))
    service.run_match(db, cw, background=(800, 80))
    db.commit()
    cand = service.list_candidates(db, cw)[0][0]
    b = _signed_in(make_browser, world, "caseworker")
    page = b.get(f"/tracing/candidates/{cand.id}").text
    assert f'src="/tracing/candidates/{cand.id}/photos/request"' in page
    img = b.get(f"/tracing/candidates/{cand.id}/photos/request")
    assert img.status_code == 200 and "no-store" in img.headers["cache-control"]
    assert b.get(f"/tracing/candidates/{cand.id}/photos/other").status_code == 404  # a list row has none
    # Another agency never sees this request's candidate at all.
    assert _signed_in(make_browser, world, "other_caseworker").get(
        f"/tracing/candidates/{cand.id}/photos/request").status_code == 404
    # Audited on the request whose photo was seen, with the candidate it was seen in.
    audited = db.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id == str(req.id),
                                                     AuditEvent.tag == "tracing:photo:read")).all()
    assert any(e.fields == ["request.photo"] and e.related_ids == [str(cand.id)] for e in audited)


def test_uploads_never_roll_over_to_a_temp_file(make_browser, world, db, monkeypatch):
    """Starlette spools uploads past 1 MB to a file in /tmp; a photo or a list must stay in memory."""
    import random
    import tempfile

    from factories.tracing import embassy_rows, list_csv

    def refuse(self):  # type: ignore[no-untyped-def]
        raise AssertionError("an upload was about to be written to a temporary file")

    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", refuse)
    rng = random.Random(5)
    noise = Image.frombytes("RGB", (1400, 1400), bytes(rng.getrandbits(8) for _ in range(1400 * 1400 * 3)))
    buf = io.BytesIO()
    noise.save(buf, "JPEG", quality=95)
    big = buf.getvalue()
    assert 1024 * 1024 < len(big) < images.MAX_BYTES  # past Starlette's spool limit
    req, _ = file_request(db, world.actor("caseworker"))
    db.commit()
    desk = _signed_in(make_browser, world, "caseworker")
    ok = desk.post("/api/v1/tracing/photos", data={"request_id": str(req.id)},
                   files={"file": ("big.jpg", big, "image/jpeg")})
    assert ok.status_code == 201, ok.text[:300]
    page = desk.post("/tracing/photos", data={"request_id": str(req.id), "csrf_token": desk.csrf},
                     files={"photo": ("big.jpg", big, "image/jpeg")}, follow_redirects=False)
    assert page.status_code == 303
    rows = embassy_rows(16_000, seed=3)
    listing = list_csv(rows)
    assert len(listing) > 1024 * 1024
    staged = desk.post("/tracing/imports", data={"csrf_token": desk.csrf, "source_agency": "Test Embassy (TEST)",
                                                 "kind": "deported", "country": "SA"},
                       files={"file": ("big.csv", listing, "text/csv")}, follow_redirects=False)
    assert staged.status_code == 303


def test_family_adds_a_photo_through_the_api_with_reference_and_secret(client, make_browser, world, db):
    import json as _json

    body = _json.loads(TracingRequestFactory().model_dump_json(exclude_none=True))
    filed = client.post("/api/v1/tracing/public-requests", json=body).json()
    ref, secret = filed["reference"], filed["secret"]
    files = {"file": ("IMG_0007.jpg", jpeg_with_gps((800, 600)), "image/jpeg")}
    wrong = client.post("/api/v1/tracing/public-photos", data={"reference": ref, "secret": "AAAA-AAAA-AAAA-AAAA"},
                        files=files)
    unknown = client.post("/api/v1/tracing/public-photos", data={"reference": "TR-00000000", "secret": secret},
                          files=files)
    assert wrong.status_code == unknown.status_code == 404 and wrong.json() == unknown.json()
    bad = client.post("/api/v1/tracing/public-photos", data={"reference": ref, "secret": secret},
                      files={"file": ("x.gif", b"GIF89a (TEST)", "image/gif")})
    assert bad.status_code == 422 and bad.json()["rule"] == "photo-type"
    ok = client.post("/api/v1/tracing/public-photos", data={"reference": ref, "secret": secret}, files=files)
    assert ok.status_code == 201 and (ok.json()["width"], ok.json()["height"]) == (800, 600)
    assert "reference" not in ok.json() and "secret" not in ok.json()
    desk = _signed_in(make_browser, world, "caseworker")
    img = desk.get(f"/tracing/requests/{filed['id']}/photo")
    assert img.status_code == 200 and b"Exif" not in img.content
