"""The network as a graph (networkx): the layout of the evidence pack's chart, and the GEXF (Gephi)
and GraphML files, written by networkx rather than by hand.

Nodes are entities and records; edges are the snapshot's links. Every node carries ``kind`` and
``label`` (and ``roles``, ``agency``, ``date``, ``redacted`` where they apply); every edge
``relation``, ``probability``, ``grading`` ("B2"), ``reliability``, ``information`` and
``evidence`` (joined with " | "). GEXF and GraphML hold no lists, so lists are joined text.

The layout is networkx's spring layout with a fixed seed over nodes in sorted order: the same
snapshot gives the same chart, so two packs of one network can be compared by eye. python-igraph
was the other candidate; networkx is needed for the files anyway, and one library is enough at
the size of a network a prosecutor reads (tens to a few hundred nodes).
"""

from __future__ import annotations

import io

import networkx as nx

from rihai.networks.exports.snapshot import NetworkSnapshot

SEED = 17


def to_graph(snapshot: NetworkSnapshot) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(network_id=snapshot.network_id, synthetic=snapshot.synthetic)
    for e in sorted(snapshot.entities, key=lambda e: e.id):
        g.add_node(e.id, kind=e.kind, label=e.label, roles=", ".join(e.roles),
                   aliases=", ".join(e.aliases), redacted=e.redacted)
    for r in sorted(snapshot.records, key=lambda r: r.id):
        g.add_node(r.id, kind=f"record:{r.source}", label=r.id, agency=r.agency,
                   date=r.date.isoformat(), redacted=r.redacted)
    for k in sorted(snapshot.links, key=lambda k: k.id):
        g.add_edge(k.source, k.target, key=k.id, id=k.id, relation=k.relation,
                   probability=float(k.probability), grading=str(k.grading),
                   reliability=k.grading.reliability, information=k.grading.information,
                   evidence=" | ".join(k.evidence), records=", ".join(k.records))
    return g


def layout(snapshot: NetworkSnapshot) -> dict[str, tuple[float, float]]:
    """Node id -> (x, y), both within [0, 1]."""
    g = nx.Graph()
    g.add_nodes_from(sorted([e.id for e in snapshot.entities] + [r.id for r in snapshot.records]))
    g.add_edges_from(sorted((k.source, k.target) for k in snapshot.links))
    if not g:
        return {}
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    if len(parts) == 1:
        return _spread(g.subgraph(parts[0]), (0.0, 0.0, 1.0, 1.0))
    # the largest group fills the left of the chart; the others, smaller, stack on the right, so
    # one lone pair does not squeeze the network into a corner
    out = _spread(g.subgraph(parts[0]), (0.0, 0.0, 0.74, 1.0))
    rest = parts[1:]
    step = 1.0 / len(rest)
    for n, part in enumerate(rest):
        out.update(_spread(g.subgraph(part), (0.8, n * step, 1.0, (n + 1) * step - 0.04 * (len(rest) > 1))))
    return out


def _spread(g: nx.Graph, box: tuple[float, float, float, float]) -> dict[str, tuple[float, float]]:
    x0, y0, x1, y1 = box
    if len(g) == 1:
        return {next(iter(g)): ((x0 + x1) / 2, (y0 + y1) / 2)}
    pos = nx.spring_layout(g, seed=SEED, k=1.6 / len(g) ** 0.5, iterations=200)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (x0 + float((p[0] - min(xs)) / span_x) * (x1 - x0), y0 + float((p[1] - min(ys)) / span_y) * (y1 - y0))
            for n, p in pos.items()}

def gexf(snapshot: NetworkSnapshot) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(to_graph(snapshot), buf, encoding="utf-8")
    return buf.getvalue()


def graphml(snapshot: NetworkSnapshot) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(to_graph(snapshot), buf, encoding="utf-8")
    return buf.getvalue()
