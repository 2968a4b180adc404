"""The export routes of a network: downloads with Content-Disposition and no-store, one permission
each, the manifest verifying the PDF downloaded with it, other agencies' content absent, and the
buttons on the network page in English and Urdu."""

from __future__ import annotations

import io
import json
from datetime import date
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from factories import make_case
from pypdf import PdfReader

from rihai.access import auth
from rihai.access.models import AuditEvent
from rihai.access.permissions import Role, permissions_for
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, PerpetratorIn
from rihai.networks import service as networks
from rihai.networks.exports import verify_manifest
from rihai.networks.models import NetworkMention

HIDDEN = "Test Hiddenagent (TEST)"


def _token(db, user, *roles):
    raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="t (TEST)",
                               scopes=sorted(permissions_for(frozenset(roles))), expires_in_days=1)
    db.flush()
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def scene(db, world):
    made = []
    for who, extra in (("caseworker", []), ("other_caseworker", [PerpetratorIn(
            roles=["Transporter"], name=HIDDEN, phones=["+923009990001"])])):
        actor = world.actor(who)
        people = [PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Agent (TEST)",
                                phones=["+923001110000"]), *extra]
        case = make_case(db, actor, perpetrators=people)
        cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                    consent_date=date.today()))
        made.append(case)
    networks.build(db, world.actor("investigator"))
    network_id = db.scalar(sa.select(NetworkMention.network_id).where(NetworkMention.record_id == f"case:{made[0].id}"))
    tokens = {role: _token(db, world.users[role], Role(role)) for role in
              ("investigator", "prosecutor", "caseworker", "supervisor", "analyst")}
    return network_id, tokens


def test_evidence_pack_and_manifest_download_and_verify(client, db, scene):
    network_id, tokens = scene
    at = quote(networks.pack_time(None).isoformat())
    for lang in ("en", "ur"):
        pdf = client.get(f"/networks/networks/{network_id}/evidence.pdf?lang={lang}&for=Test+Office&at={at}",
                         headers=tokens["prosecutor"])
        assert pdf.status_code == 200, pdf.text
        assert pdf.headers["content-type"] == "application/pdf"
        assert pdf.headers["content-disposition"] == f'attachment; filename="network-{network_id}-evidence-{lang}.pdf"'
        assert "no-store" in pdf.headers["cache-control"]
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
        assert HIDDEN not in text and ("Test Agent (TEST)" in text)
        man = client.get(f"/networks/networks/{network_id}/evidence.json?lang={lang}&for=Test+Office&at={at}",
                         headers=tokens["prosecutor"])
        assert man.status_code == 200 and man.headers["content-disposition"].endswith('.manifest.json"')
        manifest = man.json()
        assert manifest["generated_for"] == "Test Office" and HIDDEN not in man.text
        assert verify_manifest(manifest, pdf.content, manifest["contents"]) == []
    assert len(db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "networks:evidence:export")).all()) == 4


@pytest.mark.parametrize("fmt,media", [("ftm", "application/json"), ("gexf", "application/xml"),
                                       ("graphml", "application/xml"), ("csv", "application/zip")])
def test_graph_exports_download_for_investigators_only(client, scene, fmt, media):
    network_id, tokens = scene
    r = client.get(f"/networks/networks/{network_id}/export.{fmt}", headers=tokens["investigator"])
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert r.headers["content-disposition"].startswith('attachment; filename="network-')
    assert "no-store" in r.headers["cache-control"]
    assert HIDDEN.encode() not in r.content
    if fmt == "ftm":
        assert all(json.loads(line)["schema"] for line in r.text.splitlines())
    for role in ("prosecutor", "caseworker", "supervisor", "analyst"):
        assert client.get(f"/networks/networks/{network_id}/export.{fmt}", headers=tokens[role]).status_code == 403


def test_evidence_routes_refuse_roles_without_the_permission_and_bad_input(client, scene):
    network_id, tokens = scene
    for role in ("caseworker", "supervisor", "analyst"):
        for what in ("evidence.pdf", "evidence.json"):
            assert client.get(f"/networks/networks/{network_id}/{what}", headers=tokens[role]).status_code == 403
    inv = tokens["investigator"]
    assert client.get(f"/networks/networks/{network_id}/evidence.pdf?lang=fr", headers=inv).status_code == 422
    assert client.get(f"/networks/networks/{network_id}/export.pdf", headers=inv).status_code == 422
    assert client.get("/networks/networks/N-nothing/evidence.pdf", headers=inv).status_code == 404
    old = quote("2020-01-01T00:00:00+00:00")
    assert client.get(f"/networks/networks/{network_id}/evidence.pdf?at={old}", headers=inv).status_code == 422


def test_network_page_shows_the_export_buttons_in_both_languages(client, scene):
    network_id, tokens = scene
    page = client.get(f"/networks/networks/{network_id}", headers=tokens["investigator"])
    assert "Evidence pack, English (PDF)" in page.text and "export.ftm" in page.text
    ur = client.get(f"/networks/networks/{network_id}?lang=ur", headers=tokens["investigator"])
    assert "شواہد کا پیکٹ" in ur.text
    prosecutor = client.get(f"/networks/networks/{network_id}", headers=tokens["prosecutor"])
    assert "evidence.pdf" in prosecutor.text and "export.ftm" not in prosecutor.text
