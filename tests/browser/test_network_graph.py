"""The interactive network view (issue 17) in a real browser, under the production CSP: a small app
serves the networks/_graph.html partial inside the real base page, its JSON, and the static files,
wrapped in the project's own SecurityHeaders middleware. Checks that the chart draws every node, that
no CSP violation or script error occurs, that a click, a tap and Enter follow a node's link, that it
fits a 375 px phone and an Urdu (rtl) page, and that the lists carry the same network with or
without script."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import ChoiceLoader, DictLoader

from live_server import free_port
from rihai.web.middleware import SecurityHeaders
from rihai.web.render import make_templates, render

KINDS = ["person", "phone", "handle", "email", "account", "licence", "company", "place", "record"]
PAGE = """{% extends "base.html" %}
{% block head %}{% include "networks/_graph_assets.html" %}{% endblock %}
{% block content %}{% include "networks/_graph.html" %}{% endblock %}"""


def synthetic_graph(count: int) -> dict:
    """A visibly fake network: recruiters, the phones and wallets they share, one Urdu name, one node
    the reader may not see; every node but the withheld one links to its own test page."""
    nodes = [{"id": "p0", "label": "Test Recruiter Rawalpindi", "kind": "person", "group": "net-1",
              "href": "/entity/p0"},
             {"id": "p1", "label": "ٹیسٹ ایجنٹ", "kind": "person", "group": "net-1", "href": "/entity/p1"},
             {"id": "w0", "label": "", "kind": "person", "group": "net-1", "redacted": True}]
    for i in range(len(nodes), count):
        kind = KINDS[i % len(KINDS)]
        nodes.append({"id": f"n{i}", "label": f"Test {kind} {i:03d}", "kind": kind, "group": f"net-{i % 3}",
                      "href": f"/entity/n{i}"})
    edges = [{"source": nodes[i]["id"], "target": nodes[int(i * 0.618)]["id"],
              "kind": "mentions", "probability": (i % 10) / 10 + 0.05, "grading": "B2"}
             for i in range(1, count)]
    return {"nodes": nodes, "edges": edges}


def graph_app() -> FastAPI:
    app = FastAPI()
    app.state.templates = make_templates()
    app.state.templates.env.loader = ChoiceLoader([DictLoader({"graph_page.html": PAGE}),
                                                   app.state.templates.env.loader])
    app.state.settings = SimpleNamespace(demo=True)
    static = Path(str(resources.files("rihai.web"))) / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/graph")
    def page(request: Request, n: int = 40) -> HTMLResponse:
        graph = synthetic_graph(n)
        return render(request, "graph_page.html", {"graph_url": f"/graph.json?n={n}", **graph})

    @app.get("/graph.json")
    def graph_json(n: int = 40) -> JSONResponse:
        return JSONResponse(synthetic_graph(n))

    @app.get("/favicon.ico")
    def favicon() -> Response:  # the browser asks for one; a 404 would show as a console error
        return Response(status_code=204)

    @app.get("/entity/{entity_id}")
    def entity(entity_id: str) -> HTMLResponse:
        return HTMLResponse(f"<!doctype html><title>entity</title><h1>Entity {entity_id}</h1>")

    # The production headers, CSP included, exactly as create_app adds them.
    return SecurityHeaders(app, hsts=False)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def graph_server() -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(graph_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "graph test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def open_graph(new_page, url: str, **viewport):  # type: ignore[no-untyped-def]
    page = new_page(**viewport)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(WATCH)
    response = page.goto(url)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "style-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector("[data-network-graph][data-graph-state=ready]", timeout=20_000)
    return page, errors


def node_count(page) -> int:  # type: ignore[no-untyped-def]
    return page.eval_on_selector("[data-network-graph]", "el => el._cy.nodes().length")


def node_point(page, node_id: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Where node ``node_id`` is drawn, in page coordinates, after scrolling the chart into view."""
    page.locator("[data-network-graph]").scroll_into_view_if_needed()
    box = page.eval_on_selector("[data-network-graph]", """(el, id) => {
        const p = el._cy.getElementById(id).renderedPosition(), r = el.getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""", node_id)
    return box[0], box[1]


def assert_clean(page, errors: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("window.__violations") == []
    assert errors == []
    # Cytoscape's own <style> element was never attempted: the marker holds its id.
    assert page.evaluate("document.querySelectorAll('style').length") == 0


def test_chart_draws_under_the_csp_and_a_click_follows_the_link(new_page, graph_server, screenshots):
    page, errors = open_graph(new_page, graph_server + "/graph?n=40")
    assert node_count(page) == 40
    assert page.eval_on_selector("[data-network-graph]", "el => el._cy.edges().length") == 39
    withheld = page.eval_on_selector("[data-network-graph]", "el => el._cy.getElementById('w0').data()")
    assert withheld["redacted"] and withheld["label"] == "Withheld" and withheld["href"] is None
    # the lists hold the same network, folded away behind their summary now the chart is drawn
    assert page.locator("table.network-nodes tbody tr").count() == 40
    assert page.locator("table.network-edges tbody tr").count() == 39
    assert page.eval_on_selector("[data-graph-list]", "d => d.open") is False
    page.screenshot(path=str(screenshots / "network-graph.png"), full_page=True)
    assert_clean(page, errors)

    # reset view: zoomed in, then back to the fitted view
    fitted = page.eval_on_selector("[data-network-graph]", "el => el._cy.zoom()")
    page.eval_on_selector("[data-network-graph]", "el => el._cy.zoom(el._cy.zoom() * 3)")
    page.click("[data-graph-reset]")
    assert abs(page.eval_on_selector("[data-network-graph]", "el => el._cy.zoom()") - fitted) < 1e-6

    x, y = node_point(page, "p0")
    with page.expect_navigation():
        page.mouse.click(x, y)
    assert page.url.endswith("/entity/p0")


def test_the_control_catches_a_violation(new_page, graph_server):
    """The listener is live: an inline <style> added by script is refused and reported."""
    page, _ = open_graph(new_page, graph_server + "/graph?n=5")
    page.evaluate("() => { const s = document.createElement('style'); s.textContent = 'b{}'; "
                  "document.head.appendChild(s); }")
    page.wait_for_function("window.__violations.length > 0")
    assert "style-src" in page.evaluate("window.__violations")[0]


def test_keyboard_enter_follows_the_selected_node(new_page, graph_server):
    page, errors = open_graph(new_page, graph_server + "/graph?n=12")
    page.focus("[data-network-graph]")
    page.keyboard.press("ArrowRight")
    selected = page.eval_on_selector("[data-network-graph]", "el => el._cy.$('node:selected').data()")
    assert page.inner_text(".network-graph-status") == selected["label"]
    for _ in range(12):  # move on to a node that has a link (not the withheld one)
        if selected["href"]:
            break
        page.keyboard.press("ArrowRight")
        selected = page.eval_on_selector("[data-network-graph]", "el => el._cy.$('node:selected').data()")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(selected["href"])
    assert errors == []


def test_phone_width_urdu_rtl_and_touch(new_page, graph_server, screenshots, chromium):
    ctx = chromium.new_context(viewport={"width": 375, "height": 740}, has_touch=True, is_mobile=True,
                               locale="ur-PK")
    try:
        page = ctx.new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(WATCH)
        page.goto(graph_server + "/graph?n=60&lang=ur")
        page.wait_for_selector("[data-network-graph][data-graph-state=ready]", timeout=20_000)
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert node_count(page) == 60
        assert page.inner_text("[data-graph-reset]") != "Reset view"  # translated
        width = page.eval_on_selector("[data-network-graph]", "el => el.getBoundingClientRect().width")
        assert 300 < width <= 375
        assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing widens the page
        page.screenshot(path=str(screenshots / "network-graph-375-ur.png"), full_page=True)
        assert_clean(page, errors)
        x, y = node_point(page, "p1")
        with page.expect_navigation():
            page.touchscreen.tap(x, y)
        assert page.url.endswith("/entity/p1")
    finally:
        ctx.close()


def test_without_script_the_lists_are_the_view(chromium, graph_server):
    ctx = chromium.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(graph_server + "/graph?n=20")
        assert page.locator("[data-network-graph]").is_hidden()
        assert page.locator("details[data-graph-list][open]").count() == 1
        assert page.locator("table.network-nodes tbody tr").count() == 20
        assert page.locator("table.network-nodes a[href='/entity/p0']").count() == 1
        assert "Withheld" in page.inner_text("table.network-nodes")
    finally:
        ctx.close()


def test_three_hundred_nodes_draw_in_bounded_time(new_page, graph_server):
    started = time.monotonic()
    page, errors = open_graph(new_page, graph_server + "/graph?n=300")
    elapsed = time.monotonic() - started
    assert node_count(page) == 300
    assert elapsed < 15, f"300-node chart took {elapsed:.1f} s"
    assert_clean(page, errors)
