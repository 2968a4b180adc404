"""GEXF and GraphML read back with networkx hold the same nodes and edges and their attributes;
the i2 CSV sheets are formula-safe."""

from __future__ import annotations

import csv
import io
import zipfile

import networkx as nx
import pytest
from factories.network_snapshots import SECRET_SUMMARY, snapshot

from rihai.networks.exports import Entity, gexf, graphml, i2_entities_csv, i2_links_csv, i2_zip
from rihai.networks.exports.i2 import safe_cell


@pytest.mark.parametrize("writer,reader", [(gexf, nx.read_gexf), (graphml, nx.read_graphml)])
def test_graph_files_read_back_whole(writer, reader) -> None:  # type: ignore[no-untyped-def]
    s = snapshot()
    g = reader(io.BytesIO(writer(s)))
    assert set(g.nodes) == {e.id for e in s.entities} | {r.id for r in s.records}
    edges = {(u, v) for u, v in g.edges()}
    assert edges == {(k.source, k.target) for k in s.links}
    assert g.number_of_edges() == len(s.links)
    kinds = nx.get_node_attributes(g, "kind")
    assert kinds["P1"] == "person" and kinds["CASE-1"] == "record:case"
    data = next(d for u, v, d in g.edges(data=True) if u == "P1" and v == "P2")
    assert data["grading"] == "B2" and float(data["probability"]) == pytest.approx(0.91)
    assert data["relation"] == "associate"
    assert SECRET_SUMMARY.encode() not in writer(s)


def _rows(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Urdu in Excel
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_i2_sheets_are_formula_safe_and_complete() -> None:
    evil = ("=HYPERLINK(\"http://example.invalid\")", "+92 300 0000002", "-1+1", "@SUM(A1)", "\tTab", "\rCR")
    s = snapshot(entities=snapshot().entities + tuple(Entity(f"X{n}", "person", v, aliases=(v,))
                                                      for n, v in enumerate(evil)))
    entities, links = _rows(i2_entities_csv(s)), _rows(i2_links_csv(s))
    cells = [c for row in entities[1:] + links[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://example.invalid\")" in cells and "'+92 300 0000001" in cells
    assert entities[0][:3] == ["Entity ID", "Entity Type", "Label"]
    assert links[0][1:4] == ["End 1 Identity", "End 1 Type", "End 1 Label"]
    assert len(links) - 1 == len(s.links) and len(entities) - 1 == len(s.entities) + len(s.records)
    k1 = next(r for r in links if r[0] == "K1")
    assert k1[1:8] == ["P1", "Person", "Test Recruiter Alpha", "P2", "Person", "Test Subagent Beta", "associate"]
    with zipfile.ZipFile(io.BytesIO(i2_zip(s))) as z:
        assert sorted(z.namelist()) == ["entities.csv", "links.csv"]


def test_safe_cell() -> None:
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("Test") == "Test" and safe_cell(None) == ""
