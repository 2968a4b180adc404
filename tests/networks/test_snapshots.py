"""A network as the reader may see it, and its exports: another agency's record content never
appears in any export before its supervisor approves access, appears after, and disappears when
the approval expires; the coded facts, the audit extract, the permission of each format and the
audit row of each export; on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from factories import make_case, make_user
from followthemoney import model
from pypdf import PdfReader

from rihai.access.auth import actor_for
from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, PerpetratorIn
from rihai.db import utcnow
from rihai.errors import Forbidden, Invalid, NotFound
from rihai.networks import service as networks
from rihai.networks.exports import verify_manifest
from rihai.networks.models import NetworkAccessRequest, NetworkMention

PHONE = "+923001110000"  # the factories' "Test Agent (TEST)"
THEIR_AGENT = "Test Hiddenagent (TEST)"


def shared_case(db, actor, **kw):
    case = make_case(db, actor, **kw)
    cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                consent_date=date.today()))
    return case


@pytest.fixture
def network(db, world):
    """A case in each agency naming the same recruiter; the other agency's also names a sub-agent."""
    mine = shared_case(db, world.actor("caseworker"), exploitation_types=["ForcedLabour"],
                       means_of_control=["FalsePromises", "WithholdsDocuments"])
    theirs = shared_case(db, world.actor("other_caseworker"), perpetrators=[
        PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Agent (TEST)", phones=[PHONE]),
        PerpetratorIn(roles=["Transporter"], name=THEIR_AGENT, phones=["+923009990001"])])
    inv = world.actor("investigator")
    networks.build(db, inv)
    network_id = db.scalar(sa.select(NetworkMention.network_id).where(
        NetworkMention.record_id == f"case:{mine.id}"))
    return mine, theirs, network_id


def every_export(db, actor, network_id) -> dict[str, bytes]:
    out = {}
    for fmt in networks.FORMATS:
        for lang in (("en", "ur") if fmt == "evidence" else ("en",)):
            out[f"{fmt}-{lang}"] = networks.export_network(db, actor, network_id, fmt, lang=lang).body
    return out


def readable(key: str, body: bytes) -> str:
    """What a reader of the file sees: the PDF's text (its streams are compressed), the zip's CSVs."""
    if key.startswith("evidence"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    if key.startswith("csv"):
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            return "\n".join(z.read(n).decode("utf-8-sig") for n in z.namelist())
    return body.decode("utf-8")


def leaks(exports: dict[str, bytes], secret: str) -> list[str]:
    return [k for k, body in exports.items() if secret in readable(k, body)]


def valid_ftm(body: bytes) -> None:
    entities = [json.loads(line) for line in body.decode().splitlines()]
    ids = {e["id"] for e in entities}
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.to_dict()["properties"] == data["properties"], data
        for prop in proxy.iterprops():
            if prop.type.name == "entity":
                assert set(proxy.get(prop)) <= ids


def test_redaction_before_approval_after_and_after_expiry(db, world, network):
    mine, theirs, network_id = network
    inv = world.actor("investigator")
    snap = networks.network_snapshot(db, inv, network_id, generated_for="Test Prosecutor (TEST)", at=utcnow())
    theirs_id = f"case:{theirs.id}"
    assert {r.id for r in snap.records if not r.redacted} == {f"case:{mine.id}"}
    [hidden] = [r for r in snap.records if r.redacted]
    assert hidden.summary == f"[redacted — held by {world.other_agency.name}]" and str(theirs.id) not in hidden.id
    assert any(e.redacted for e in snap.entities)  # the sub-agent only their record names
    text = json.dumps([networks.export_network(db, inv, network_id, "manifest").body.decode()])
    assert THEIR_AGENT not in text and str(theirs.id) not in text
    before = every_export(db, inv, network_id)
    assert not leaks(before, THEIR_AGENT) and not leaks(before, str(theirs.id))
    assert set(leaks(before, "Test Agent (TEST)")) == set(before)  # what the reader sees is in every one
    valid_ftm(before["ftm-en"])

    # Access to the shared recruiter's records opens the other agency's whole case record.
    entity = db.scalar(sa.select(NetworkMention.entity_id).where(NetworkMention.record_id == f"case:{mine.id}"))
    req = networks.request_access(db, inv, entity_id=entity, owner_agency_id=world.other_agency.id)
    networks.approve(db, actor_for(make_user(db, world.other_agency, Role.SUPERVISOR), via="api"), req.id, days=7)
    snap = networks.network_snapshot(db, inv, network_id, generated_for="", at=utcnow())
    assert {r.id for r in snap.records if not r.redacted} == {f"case:{mine.id}", theirs_id}
    assert THEIR_AGENT in {e.label for e in snap.entities}
    manifest = networks.export_network(db, inv, network_id, "manifest").body.decode()
    assert THEIR_AGENT in manifest
    after = every_export(db, inv, network_id)
    assert set(leaks(after, THEIR_AGENT)) == set(after)
    valid_ftm(after["ftm-en"])

    db.get(NetworkAccessRequest, req.id).expires_at = utcnow() - timedelta(minutes=1)
    db.flush()
    snap = networks.network_snapshot(db, inv, network_id, generated_for="", at=utcnow())
    assert {r.id for r in snap.records if not r.redacted} == {f"case:{mine.id}"}
    assert not leaks(every_export(db, inv, network_id), THEIR_AGENT)


def test_facts_gradings_timeline_and_the_audit_extract(db, world, network):
    mine, _, network_id = network
    inv = world.actor("investigator")
    networks.entity_page(db, inv, db.scalar(sa.select(NetworkMention.entity_id).where(
        NetworkMention.record_id == f"case:{mine.id}")))
    snap = networks.network_snapshot(db, inv, network_id, generated_for="Test Office (TEST)",
                                     at=utcnow() + timedelta(seconds=1))
    assert {"forced_labour", "deceptive_recruitment", "coercion"} <= snap.facts
    assert snap.generated_for == "Test Office (TEST)" and "investigator" in snap.generated_by
    assert {str(k.grading) for k in snap.links} <= {"B2", "C3"} and snap.links
    assert len(snap.timeline) == 2 and {t.what for t in snap.timeline} == {"Case recorded", "Record opened"}
    actions = {a.action for a in snap.audit}
    assert {"cases:case:create", "networks:entity:read"} <= actions
    assert all(a.subject_ids and not a.subject_ids[0].startswith(f"case:{network[1].id}") for a in snap.audit)
    assert any(a.actor_role == "caseworker" for a in snap.audit)


def test_an_unknown_fact_code_raises(monkeypatch):
    from rihai.networks import snapshots

    codes = cases.OffenceCodes(case_id=None, exploitation=("SexualExploitation",), control=(), recruitment=(),
                               perpetrator_roles=("Smuggler",), minor=True, sex="Female", is_synthetic=True)
    assert networks.legal_facts([codes]) == {"sexual_exploitation", "border_crossing", "child_victim",
                                             "woman_victim"}
    monkeypatch.setattr(snapshots, "known_facts", lambda: {"child_victim": {}})
    with pytest.raises(ValueError, match="unknown legal facts"):
        networks.legal_facts([codes])


def test_manifest_verifies_the_pdf_of_the_same_pack_and_exports_are_audited(db, world, network):
    _, _, network_id = network
    inv = world.actor("investigator")
    at = utcnow().replace(microsecond=0) - timedelta(seconds=5)
    for lang in ("en", "ur"):
        pdf = networks.export_network(db, inv, network_id, "evidence", lang=lang, at=at)
        assert pdf.body.startswith(b"%PDF") and pdf.filename.endswith(f"-{lang}.pdf")
        manifest = json.loads(networks.export_network(db, inv, network_id, "manifest", lang=lang, at=at).body)
        assert verify_manifest(manifest, pdf.body, manifest["contents"]) == []
        assert verify_manifest(manifest, pdf.body + b" ", manifest["contents"]) == ["pdf: SHA-256 differs"]
    rows = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "networks:evidence:export")).all()
    assert len(rows) == 4 and rows[0].subject_id == network_id and "format:evidence" in rows[0].fields
    networks.export_network(db, inv, network_id, "gexf")
    assert db.scalar(sa.select(AuditEvent).where(AuditEvent.tag == "networks:graph:export")).fields[0] == "format:gexf"
    with pytest.raises(Invalid):
        networks.export_network(db, inv, network_id, "evidence", at=utcnow() - timedelta(days=2))
    with pytest.raises(Invalid):
        networks.export_network(db, inv, network_id, "pdf")
    with pytest.raises(NotFound):
        networks.export_network(db, inv, "N-nothing", "evidence")


@pytest.mark.parametrize("role,evidence,graph", [
    ("investigator", True, True), ("prosecutor", True, False), ("caseworker", False, False),
    ("supervisor", False, False), ("analyst", False, False), ("administrator", False, False),
    ("consular_officer", False, False)])
def test_permission_of_each_format_per_role(db, world, network, role, evidence, graph):
    _, _, network_id = network
    actor = world.actor(role)
    for fmt in networks.FORMATS:
        allowed = evidence if fmt in networks.EVIDENCE_FORMATS else graph
        if allowed:
            assert networks.export_network(db, actor, network_id, fmt).body
        else:
            with pytest.raises(Forbidden):
                networks.export_network(db, actor, network_id, fmt)
