"""Reporting an offer to investigators, and who may read it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from factories import make_agency, make_user, make_world

from rihai.access import auth
from rihai.access.models import AuditEvent
from rihai.access.permissions import Role, permissions_for

LURE = ("Customer service job in Thailand, salary 1500$, visa+ticket free, no experience no interview, "
        "contact WhatsApp only 0300-1234567, limited seats")


def _token(db, user, role):  # type: ignore[no-untyped-def]
    raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="t (TEST)",
                               scopes=sorted(permissions_for(frozenset({role}))), expires_in_days=1)
    db.flush()
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def people(db):  # type: ignore[no-untyped-def]
    world = make_world(db)
    fia = make_agency(db, fia=True)
    fia_investigator = make_user(db, fia, Role.INVESTIGATOR)
    return {"fia": _token(db, fia_investigator, Role.INVESTIGATOR),
            "ngo_investigator": _token(db, world.users["investigator"], Role.INVESTIGATOR),
            "caseworker": _token(db, world.users["caseworker"], Role.CASEWORKER)}


def test_public_report_reaches_law_enforcement_only(client, db, people):
    r = client.post("/api/v1/screen/report", json={"text": LURE, "contact": "call me (TEST)"})
    assert r.status_code == 201, r.text
    ref = r.json()["reference"]
    assert r.json()["band"] == "high"
    listing = client.get("/api/v1/tips", headers=people["fia"]).json()
    assert [t["reference"] for t in listing["items"]] == [ref]
    tip = client.get(f"/api/v1/tips/{listing['items'][0]['id']}", headers=people["fia"]).json()
    assert tip["text"] == LURE and tip["phones"] == ["+923001234567"] and tip["reporter_contact"] == "call me (TEST)"
    assert client.get("/api/v1/tips", headers=people["ngo_investigator"]).json()["total"] == 0
    assert client.get(f"/api/v1/tips/{tip['id']}", headers=people["ngo_investigator"]).status_code == 404
    assert client.get("/api/v1/tips", headers=people["caseworker"]).status_code == 403


def test_tip_text_encrypted_and_audit_holds_no_values(client, db, people):
    client.post("/api/v1/screen/report", json={"text": LURE})
    raw = db.execute(sa.text("SELECT text FROM screening_tips")).scalar_one()
    assert bytes(raw).startswith(b"R1") and b"Thailand" not in bytes(raw)
    rows = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "screening:tip:create")).all()
    assert rows and "Thailand" not in repr([(r.fields, r.related_ids) for r in rows])


def test_status_change_is_optimistically_locked(client, db, people):
    client.post("/api/v1/screen/report", json={"text": LURE})
    tip = client.get("/api/v1/tips", headers=people["fia"]).json()["items"][0]
    ok = client.post(f"/api/v1/tips/{tip['id']}/status", headers=people["fia"],
                     json={"status": "actioned", "version": tip["version"]})
    assert ok.status_code == 200 and ok.json()["status"] == "actioned"
    stale = client.post(f"/api/v1/tips/{tip['id']}/status", headers=people["fia"],
                        json={"status": "dismissed", "version": tip["version"]})
    assert stale.status_code == 409


def test_report_form_needs_agreement(client):
    import re

    html = client.get("/screen").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    r = client.post("/screen/report", data={"text": LURE, "csrf_token": token})
    assert r.status_code == 422 and "tick the box" in r.text
    r = client.post("/screen/report", data={"text": LURE, "csrf_token": token, "agree": "yes"})
    assert r.status_code == 201 and 'data-testid="reported"' in r.text and "TIP-" in r.text
