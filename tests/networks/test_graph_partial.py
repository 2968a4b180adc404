"""networks/_graph.html renders the whole network as lists, without script: every node and link,
withheld nodes without their label, links only to paths on this site, and in Urdu."""

from __future__ import annotations

from rihai.web.i18n import translations
from rihai.web.render import make_templates

NODES = [
    {"id": "p0", "label": "Test Recruiter Rawalpindi", "kind": "person", "group": "net-1", "href": "/networks/entities/p0"},
    {"id": "ph", "label": "+92 300 0000000", "kind": "phone", "group": "net-1", "href": "//elsewhere.example/x"},
    {"id": "w0", "label": "Test Hidden Name", "kind": "person", "group": "net-1", "redacted": True},
    {"id": "x", "label": "Test Bad Link", "kind": "licence", "group": "net-1", "href": "javascript:alert(1)"},
]
EDGES = [
    {"source": "p0", "target": "ph", "kind": "uses", "probability": 0.97, "grading": "B2"},
    {"source": "p0", "target": "w0", "kind": "mentions", "probability": 0.4},
]


def render(locale: str = "en") -> str:
    tr = translations(locale)

    def _(message: str, **values: object) -> str:
        text = tr.gettext(message)
        return text % values if values else text

    env = make_templates().env
    return env.get_template("networks/_graph.html").render(
        _=_, graph_url="/networks/graph.json?network=1", nodes=NODES, edges=EDGES)


def test_lists_hold_every_node_and_link() -> None:
    html = render()
    assert 'data-graph-url="/networks/graph.json?network=1"' in html
    assert html.count("<tr data-node-id=") == 4
    assert '<a href="/networks/entities/p0">Test Recruiter Rawalpindi</a>' in html
    assert "97%" in html and "40%" in html and "B2" in html
    assert "Entries: 4. Links: 2." in html


def test_withheld_nodes_and_foreign_links_are_not_shown() -> None:
    html = render()
    assert "Test Hidden Name" not in html  # neither in its row nor as the end of a link
    assert html.count("Withheld") >= 2
    assert "javascript:" not in html
    assert "elsewhere.example" not in html


def test_urdu() -> None:
    html = render("ur")
    assert "فہرست کی صورت میں دکھائیں" in html  # Show as list
    assert "پوشیدہ" in html  # Withheld
    assert "Show as list" not in html
