"""The public screening API and page: no sign-in, rate-limited, never a 5xx, nothing stored."""

from __future__ import annotations

import io
import re
import shutil

import pytest
import sqlalchemy as sa

LURE = ("Customer service job in Thailand, salary 1500$, visa+ticket free, no experience no interview, "
        "contact WhatsApp only 03OO-l234567, limited seats")
GENUINE = ("Overseas Employment Promoter licence 0696/RWP. Demand approved by the Protector of Emigrants, "
           "published in Daily Jang. Electricians for a construction company in Riyadh, 3 years experience, "
           "trade test and interview at our Rawalpindi office. Salary SAR 2000, contract attested by "
           "Protector of Emigrants; fees only as per government schedule, paid against receipt.")


def _png_of(lines: list[str]) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (1080, 120 + 70 * len(lines)), "white")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    except OSError:
        font = ImageFont.load_default(36)
    for i, line in enumerate(lines):
        draw.text((40, 40 + i * 70), line, fill="black", font=font)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_lure_is_high_and_genuine_is_low(client):
    lure = client.post("/api/v1/screen", json={"text": LURE}).json()
    assert lure["band"] == "high"
    codes = {f["code"] for f in lure["red_flags"]}
    assert {"no_interview", "messaging_only_contact"} <= codes
    phone = lure["entities"]["phones"][0]
    assert phone["e164"] == "+923001234567"
    span = next(f for f in lure["red_flags"] if f["code"] == "no_interview")["spans"][0]
    assert LURE[span["start"]:span["end"]].lower() == span["text"].lower()
    # the learned wording is one more sign, explained in both languages and marked in the text
    wording = next(f for f in lure["red_flags"] if f["code"] == "phrases_deceptive")
    assert wording["explanation_en"].startswith("Words often seen in deceptive offers")
    assert wording["explanation_ur"].startswith("ایسے الفاظ") and wording["spans"]
    assert all(LURE[s["start"]:s["end"]] == s["text"] for s in wording["spans"])
    genuine = client.post("/api/v1/screen", json={"text": GENUINE}).json()
    assert genuine["band"] == "low", genuine["red_flags"]


@pytest.mark.parametrize("text", ["<script>alert(1)</script> job in Dubai", "😀😀😀 نوکری 😀",
                                  "\u200f\u202eRTL marks\u202c job", "\x00\x01\x02 binary \xff junk",
                                  "a" * 150_000])
def test_odd_input_never_5xx(client, text):
    r = client.post("/api/v1/screen", json={"text": text})
    assert r.status_code in (200, 422), r.text[:300]
    if r.status_code == 422:
        assert r.headers["content-type"].startswith("application/problem+json")


def test_empty_and_oversized(client):
    assert client.post("/api/v1/screen", json={"text": ""}).status_code == 422
    assert client.post("/api/v1/screen", json={"text": "   "}).status_code == 422
    big = client.post("/api/v1/screen", json={"text": "x" * 1_000_000})
    assert big.status_code == 413 and big.headers["content-type"].startswith("application/problem+json")


def test_rate_limited_per_address(app, client):
    app.state.screen_limiter.per_minute = 3
    codes = [client.post("/api/v1/screen", json={"text": "job in Dubai"}).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_nothing_is_stored(client, db):
    def count() -> int:
        return db.execute(sa.text("SELECT count(*) FROM audit_events")).scalar_one()

    before = count()
    client.post("/api/v1/screen", json={"text": LURE})
    assert count() == before


def test_page_highlights_flagged_spans_and_escapes_markup(client):
    html = client.get("/screen").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    r = client.post("/screen", data={"text": LURE + " <b>bold</b>", "csrf_token": token})
    assert r.status_code == 200
    assert 'data-codes="' in r.text and "<mark" in r.text
    assert "<b>bold</b>" not in r.text and "&lt;b&gt;bold&lt;/b&gt;" in r.text
    assert "High risk" in r.text


def test_page_refuses_non_image_clearly(client):
    html = client.get("/screen").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    r = client.post("/screen", data={"csrf_token": token}, files={"image": ("ad.png", b"GIF89a-nope", "image/png")})
    assert r.status_code == 422 and "could not be read" in r.text


def test_image_that_is_not_an_image(client):
    r = client.post("/api/v1/screen/image", files={"file": ("x.png", b"hello", "image/png")})
    assert r.status_code == 422 and "not a PNG" in r.json()["detail"]


@pytest.mark.leg("ocr", missing=None if shutil.which("tesseract") else "tesseract-ocr not installed")
def test_screenshot_gets_the_same_answer_as_its_text(client):
    lines = ["Customer service job in Thailand", "Salary 1500$ per month", "Visa + ticket free, no interview",
             "WhatsApp only 0300-1234567", "Limited seats, apply today"]
    r = client.post("/api/v1/screen/image", files={"file": ("ad.png", _png_of(lines), "image/png")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "Thailand" in body["ocr_text"]
    from_text = client.post("/api/v1/screen", json={"text": "\n".join(lines)}).json()
    assert body["assessment"]["band"] == from_text["band"] == "high"


REGISTER_CSV = ("Licence No,Name of OEP,City,Status,Valid Upto\n"
                "0696/RWP,Test Overseas Promoters (SYNTHETIC),Rawalpindi,Valid,2099-12-31\n"
                "2214/MLK,Expired Test Recruiters (SYNTHETIC),Malakand,Suspended,2020-01-01\n").encode()


@pytest.fixture
def admin_token(db):  # type: ignore[no-untyped-def]
    from factories import make_world

    from rihai.access import auth
    from rihai.access.permissions import Role, permissions_for

    world = make_world(db)
    raw, _ = auth.create_token(db, auth.actor_for(world.users["administrator"], via="api"), name="reg (TEST)",
                               scopes=sorted(permissions_for(frozenset({Role.ADMINISTRATOR}))),
                               expires_in_days=1)
    db.flush()
    return {"Authorization": f"Bearer {raw}"}


def test_register_import_drives_the_licence_check(client, admin_token):
    assert client.post("/api/v1/screen/register", files={"file": ("r.csv", REGISTER_CSV, "text/csv")}
                       ).status_code == 401  # anonymous
    r = client.post("/api/v1/screen/register", headers=admin_token,
                    files={"file": ("register.csv", REGISTER_CSV, "text/csv")})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == 2
    ok = client.post("/api/v1/screen", json={"text": GENUINE}).json()
    assert [c["status"] for c in ok["licence_checks"]] == ["licensed"]
    bad = client.post("/api/v1/screen", json={"text": GENUINE.replace("0696/RWP", "2214/MLK")}).json()
    assert bad["licence_checks"][0]["status"] == "suspended_or_expired"
    assert bad["risk"] > ok["risk"]
    unknown = client.post("/api/v1/screen", json={"text": GENUINE.replace("0696/RWP", "9911/LHR")}).json()
    assert unknown["licence_checks"][0]["status"] == "not_found"
    # Re-importing replaces the register rather than adding to it.
    client.post("/api/v1/screen/register", headers=admin_token,
                files={"file": ("register.csv", REGISTER_CSV, "text/csv")})
    assert client.get("/api/v1/screen/register", headers=admin_token).json()["rows"] == 2


def test_register_rejects_unreadable_files(client, admin_token):
    for name, data in [("r.txt", b"x"), ("r.csv", b"foo,bar\n1,2\n"), ("r.xlsx", b"not a zip")]:
        r = client.post("/api/v1/screen/register", headers=admin_token, files={"file": (name, data, "text/csv")})
        assert r.status_code == 422, (name, r.text)
