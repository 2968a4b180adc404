"""The last step of issue 17's walk-through in a real browser: the investigator opens a network,
downloads the evidence pack in English and in Urdu with its manifest, and each PDF opens and
verifies against its manifest; another agency's record stays redacted; the export buttons fit a
375 px phone in both languages. Its own server and database, so nothing depends on other tests."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from factories import make_case
from pypdf import PdfReader

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.schemas import AgencyCreate, UserCreate
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, PerpetratorIn
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.networks import service as networks
from rihai.networks.exports import verify_manifest

from .conftest import PASSWORD, LiveServer, sign_in

HIDDEN = "Test Hiddenagent (SYNTHETIC)"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    data = tmp_path_factory.mktemp("netexport")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    srv = LiveServer(url="")
    with using_keyring(ring):
        with transaction(make_sessionmaker(make_engine(url))) as db:
            system = Actor.system("test")
            actors = {}
            for key, name in (("ngo", "Test NGO Rawalpindi (SYNTHETIC)"), ("fia", "Test FIA Circle (SYNTHETIC)")):
                agency = access_service.create_agency(db, system, data=AgencyCreate(name=name, org_type="NGO"))
                for role in (Role.CASEWORKER, Role.INVESTIGATOR):
                    user = access_service.create_user(db, system, data=UserCreate(
                        agency_id=agency.id, username=f"nx.{key}.{role.value}", display_name=f"Test {role} (SYNTHETIC)",
                        password=PASSWORD, roles=[role]))
                    actors[(key, role)] = access_service.acting_as(user, via="web")
            srv.users["nx_investigator"] = "nx.ngo.investigator"
            for key, extra in (("ngo", []), ("fia", [PerpetratorIn(roles=["Transporter"], name=HIDDEN,
                                                                   phones=["+923009990001"])])):
                cw = actors[(key, Role.CASEWORKER)]
                case = make_case(db, cw, exploitation_types=["ForcedLabour"], means_of_control=["FalsePromises"],
                                 perpetrators=[PerpetratorIn(roles=["RecruiterOrIntermediary"],
                                                             name="Test Agent (SYNTHETIC)", phones=["0300-1110000"]),
                                               *extra])
                cases.record_consent(db, cw, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                         consent_date=date.today()))
            networks.build(db, system)
            network_id = networks.ranking(db, actors[("ngo", Role.INVESTIGATOR)])[0].network_id
    port = free_port()
    proc = start_server(server_env(data, url), port)
    srv.url = f"http://127.0.0.1:{port}"
    yield srv, network_id
    proc.terminate()
    proc.wait(10)


def download(page, selector: str) -> bytes:  # type: ignore[no-untyped-def]
    with page.expect_download() as got:
        page.click(selector)
    return Path(got.value.path()).read_bytes()


def test_investigator_downloads_the_evidence_pack_in_english_and_urdu(server, new_page) -> None:
    srv, network_id = server
    page = new_page()
    sign_in(page, srv, "nx_investigator")
    page.goto(f"{srv.url}/networks/networks/{network_id}")
    page.fill("input[name=for]", "Test Prosecutor Rawalpindi (SYNTHETIC)")
    for lang in ("en", "ur"):
        pdf = download(page, f"button[name=lang][value={lang}]:not([formaction])")
        manifest = json.loads(download(page, f"button[name=lang][value={lang}][formaction]"))
        reader = PdfReader(io.BytesIO(pdf))
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert len(reader.pages) >= 2 and "Test Agent (SYNTHETIC)" in text and HIDDEN not in text
        assert manifest["lang"] == lang and manifest["generated_for"] == "Test Prosecutor Rawalpindi (SYNTHETIC)"
        assert verify_manifest(manifest, pdf, manifest["contents"]) == []
        assert HIDDEN not in json.dumps(manifest, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_export_buttons_fit_a_phone(server, new_page, lang) -> None:
    srv, network_id = server
    page = new_page(width=375, height=740)
    sign_in(page, srv, "nx_investigator")
    page.goto(f"{srv.url}/networks/networks/{network_id}?lang={lang}")
    assert page.locator("a[href$='export.csv']").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
