"""FollowTheMoney: every line is an entity the model accepts as it is, references resolve, ids are
stable and namespaced, redacted values never appear, and the ``ftm`` tool reads the file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from followthemoney import model
from factories.network_snapshots import SECRET_SUMMARY, snapshot

from rihai.networks.exports import ftm_lines


def _entities(namespace: str = "rihai") -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in ftm_lines(snapshot(), namespace).decode().splitlines()]


def test_every_entity_validates_and_references_resolve() -> None:
    entities = _entities()
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        proxy = model.get_proxy(data, cleaned=False)  # cleans every value by its type
        assert proxy.to_dict()["properties"] == data["properties"], data  # nothing dropped or changed
        for prop in proxy.iterprops():
            if prop.type.name == "entity":
                assert set(proxy.get(prop)) <= ids, (data["schema"], prop.name)
    schemas = {e["schema"] for e in entities}
    assert {"Person", "Company", "BankAccount", "CryptoWallet", "UserAccount", "Address", "Document",
            "Documentation", "Associate", "Representation", "UnknownLink"} <= schemas
    person = next(e for e in entities if e["properties"].get("name") == ["Test Recruiter Alpha"])
    assert person["properties"]["phone"] == ["+923000000001"] and "Thai wala" in person["properties"]["alias"]
    links = [e for e in entities if e["schema"] in ("Associate", "UnknownLink", "Representation")]
    assert all(e["properties"].get("summary") and e["properties"].get("recordId") for e in links)
    assert all(e["properties"].get("proof") for e in links)  # provenance: the records' documents


def test_ids_are_stable_and_namespaced() -> None:
    assert [e["id"] for e in _entities()] == [e["id"] for e in _entities()]
    assert not {e["id"] for e in _entities()} & {e["id"] for e in _entities("other-install")}


def test_redacted_content_is_nowhere() -> None:
    body = ftm_lines(snapshot()).decode()
    assert SECRET_SUMMARY not in body and "[redacted — held by Test FIA Circle]" in body


def test_the_ftm_tool_validates_the_file(tmp_path: Path) -> None:
    tool = shutil.which("ftm") or str(Path(sys.executable).with_name("ftm"))
    source = tmp_path / "network.ftm.json"
    source.write_bytes(ftm_lines(snapshot()))
    result = subprocess.run([tool, "validate", "-i", str(source), "-o", str(tmp_path / "out.json")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len((tmp_path / "out.json").read_text().splitlines()) == len(source.read_text().splitlines())
