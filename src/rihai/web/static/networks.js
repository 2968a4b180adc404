// The interactive network view (issue 17). Every [data-network-graph] element is drawn from the JSON
// at its data-graph-url with the vendored Cytoscape.js:
//   {"nodes": [{"id", "label", "kind", "group", "href"?, "redacted"?}],
//    "edges": [{"source", "target", "kind", "probability", "grading"?}]}
// The server has already rendered the same network as lists (networks/_graph.html), so this only
// adds the chart; if anything fails the lists stay open and say why.
//
// Strict CSP (script-src 'self', style-src 'self'): Cytoscape draws on <canvas> and sets styles
// through the CSSOM, which the CSP allows; the one thing it would be refused is the <style> element
// it puts in the head, which it skips when an element with its id already exists. A marker takes
// that id and networks.css carries the rule (position: relative on the container).
(function () {
  "use strict";

  var STYLESHEET_ID = "__________cytoscape_stylesheet";
  // Colour-blind-safe colours (Okabe–Ito) and a shape per kind, so kinds differ without colour too.
  // networks.css draws the legend swatches with the same colours.
  var KINDS = {
    person: ["#0072b2", "ellipse"],
    phone: ["#e69f00", "round-rectangle"],
    handle: ["#56b4e9", "hexagon"],
    email: ["#009e73", "rhomboid"],
    account: ["#d55e00", "diamond"],
    licence: ["#cc79a7", "tag"],
    company: ["#f0e442", "rectangle"],
    place: ["#8c8c8c", "triangle"],
    record: ["#ffffff", "cut-rectangle"]
  };

  function claimContainerStylesheet() {
    if (document.getElementById(STYLESHEET_ID)) { return; }
    var marker = document.createElement("meta");
    marker.id = STYLESHEET_ID;
    marker.name = "rihai-cytoscape-container";
    document.head.appendChild(marker);
  }

  function sameOrigin(url) {
    try { return new URL(url, window.location.href).origin === window.location.origin; } catch (e) { return false; }
  }

  // Only a path on this site is followed: never javascript:, never another host ("//evil", "/\evil").
  function safeHref(href) {
    if (typeof href !== "string" || href.charAt(0) !== "/") { return null; }
    var second = href.charAt(1);
    return second === "/" || second === "\\" ? null : href;
  }

  function elementsFrom(data, withheld) {
    var nodes = Array.isArray(data && data.nodes) ? data.nodes : [];
    var edges = Array.isArray(data && data.edges) ? data.edges : [];
    var out = [];
    var seen = {};
    nodes.forEach(function (n) {
      if (!n || n.id === undefined || n.id === null) { return; }
      var id = String(n.id);
      if (seen[id]) { return; }
      seen[id] = true;
      var redacted = !!n.redacted;
      out.push({ group: "nodes", data: {
        id: id,
        label: redacted ? withheld : String(n.label === undefined || n.label === null ? "" : n.label),
        kind: KINDS[n.kind] ? n.kind : "record",
        group: n.group === undefined ? null : n.group,
        href: redacted ? null : safeHref(n.href),
        redacted: redacted
      } });
    });
    edges.forEach(function (e, i) {
      // An edge to a node the reader may not see is dropped rather than breaking the whole chart.
      if (!e || !seen[String(e.source)] || !seen[String(e.target)]) { return; }
      var p = Number(e.probability);
      out.push({ group: "edges", data: {
        id: "edge-" + i, source: String(e.source), target: String(e.target), kind: String(e.kind || ""),
        probability: isFinite(p) ? Math.min(1, Math.max(0, p)) : 0,
        grading: e.grading || null
      } });
    });
    return out;
  }

  function styleFor(fontFamily) {
    var style = [
      { selector: "node", style: {
        "label": "data(label)", "font-family": fontFamily, "font-size": 11, "color": "#1d2630",
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 140,
        "text-outline-color": "#ffffff", "text-outline-width": 2, "min-zoomed-font-size": 7,
        "width": 22, "height": 22, "border-width": 1, "border-color": "#1d2630"
      } },
      { selector: "node[kind = \"record\"]", style: { "width": 16, "height": 16 } },
      { selector: "node[?redacted]", style: {
        "background-color": "#d8dee4", "border-style": "dashed", "border-color": "#5b6773",
        "border-width": 2, "color": "#5b6773", "font-style": "italic"
      } },
      { selector: "node[?href]", style: { "cursor": "pointer" } },
      // the chosen node names itself even where labels are too small to draw (a phone, zoomed out)
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#ffbf47", "min-zoomed-font-size": 0 } },
      { selector: "edge", style: {
        "curve-style": "straight", "line-color": "#5b6773", "opacity": 0.8,
        "width": "mapData(probability, 0, 1, 1, 5)"
      } },
      { selector: "edge[probability < 0.9]", style: { "line-style": "dashed" } },
      { selector: "edge[probability < 0.5]", style: { "line-style": "dotted", "opacity": 0.6 } }
    ];
    Object.keys(KINDS).forEach(function (kind) {
      style.splice(1, 0, { selector: "node[kind = \"" + kind + "\"]", style: {
        "background-color": KINDS[kind][0], "shape": KINDS[kind][1]
      } });
    });
    return style;
  }

  // cose reads well up to a few hundred nodes; past that it gets slow on a phone, and rings by
  // degree (the most connected in the middle) are drawn at once.
  function layoutFor(count) {
    if (count <= 1) { return { name: "grid", fit: true, padding: 24 }; }
    if (count <= 300) {
      return { name: "cose", animate: false, randomize: true, fit: true, padding: 24,
        nodeDimensionsIncludeLabels: true, componentSpacing: 60, numIter: count > 150 ? 600 : 1000,
        nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 60; } };
    }
    return { name: "concentric", animate: false, fit: true, padding: 24, minNodeSpacing: 6,
      concentric: function (node) { return node.degree(); }, levelWidth: function () { return 2; } };
  }

  // A big network is fitted at a small zoom, which would shrink 11 px labels and nodes to nothing:
  // size them once for the fitted view, so labels read at about 11 px and nodes are a finger's
  // width where they fit, and labels are left out (min-zoomed-font-size) where they would only
  // overlap, until the reader zooms in.
  function sizeForView(cy) {
    var scale = 1 / Math.max(cy.zoom(), 0.01);
    var font = Math.min(11 * scale, 24), node = Math.min(Math.max(18 * scale, 22), 48);
    cy.style()
      .selector("node").style({ "font-size": font, "text-max-width": 13 * font, "width": node, "height": node })
      .selector("node[kind = \"record\"]").style({ "width": 0.75 * node, "height": 0.75 * node })
      .update();
  }

  function section(el) { return el.closest(".network-graph") || el.parentNode; }

  // A cell's text, with what the page isolates left to right (dir="ltr": a date, a reference)
  // between LRI and PDI, so that the canvas too draws "کیس 2026-12-06" and not "06-12-2026 کیس".
  function wordsOf(node) {
    if (node.nodeType === 3) { return node.nodeValue; }
    if (node.nodeType !== 1) { return ""; }
    var inner = Array.prototype.map.call(node.childNodes, wordsOf).join("");
    return node.getAttribute("dir") === "ltr" ? "\u2066" + inner + "\u2069" : inner;
  }

  // The JSON labels a record with its source code and date ("case 2026-12-06") and another
  // holder as "3 × Name": the list under the chart says the same in the page's language, so the
  // chart draws the list's words where the list has the entry (issue 19: no codes in Urdu).
  function wordedLabels(root, elements) {
    if (!root || !window.CSS || typeof window.CSS.escape !== "function") { return; }
    elements.forEach(function (x) {
      if (x.group !== "nodes") { return; }
      var cell = root.querySelector('tr[data-node-id="' + window.CSS.escape(x.data.id) + '"] td');
      var text = cell ? wordsOf(cell).replace(/\s+/g, " ").trim() : "";
      if (text) { x.data.label = text; }
    });
  }

  function announce(el, text) {
    var status = section(el).querySelector(".network-graph-status");
    if (status) { status.textContent = text; }
  }

  function fail(el) {
    el.hidden = true;
    el.setAttribute("data-graph-state", "failed");
    announce(el, el.getAttribute("data-msg-failed") || "");
    var list = section(el).querySelector("[data-graph-list]");
    if (list) { list.open = true; }
  }

  function follow(node) {
    var href = node && node.data("href");
    if (href) { window.location.assign(href); }
  }

  function wireKeyboard(el, cy) {
    var order = cy.nodes().sort(function (a, b) {
      var pa = a.position(), pb = b.position();
      return pa.y - pb.y || pa.x - pb.x;
    });
    var at = -1;
    function focusNode(i) {
      if (!order.length) { return; }
      at = (i + order.length) % order.length;
      var node = order[at];
      cy.nodes().unselect();
      node.select();
      cy.center(node);
      announce(el, node.data("label"));
    }
    el.addEventListener("keydown", function (evt) {
      var key = evt.key;
      if (key === "ArrowRight" || key === "ArrowDown") { focusNode(at + 1); }
      else if (key === "ArrowLeft" || key === "ArrowUp") { focusNode(at - 1); }
      else if (key === "Enter") { follow(at >= 0 ? order[at] : null); }
      else if (key === "+" || key === "=") { cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: el.clientWidth / 2, y: el.clientHeight / 2 } }); }
      else if (key === "-") { cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: el.clientWidth / 2, y: el.clientHeight / 2 } }); }
      else { return; }
      evt.preventDefault();
    });
  }

  function draw(el, data) {
    if (typeof window.cytoscape !== "function") { throw new Error("cytoscape not loaded"); }
    var root = section(el);
    var elements = elementsFrom(data, el.getAttribute("data-label-withheld") || "");
    wordedLabels(root, elements);
    el.hidden = false;  // shown before drawing: Cytoscape sizes its canvas from the container
    claimContainerStylesheet();
    var cy = window.cytoscape({
      container: el, elements: elements, style: styleFor(window.getComputedStyle(el).fontFamily),
      layout: layoutFor(elements.filter(function (x) { return x.group === "nodes"; }).length),
      minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false, selectionType: "single"
    });
    sizeForView(cy);
    cy.fit(cy.elements(), 24);  // the labels changed the bounds; this is the view "reset" returns to
    var home = {};
    cy.nodes().forEach(function (n) { var p = n.position(); home[n.id()] = { x: p.x, y: p.y }; });
    cy.on("tap", "node", function (evt) { follow(evt.target); });
    var reset = root.querySelector("[data-graph-reset]");
    if (reset) {
      reset.addEventListener("click", function () {
        cy.stop();
        cy.nodes().unselect();
        cy.nodes().positions(function (n) { return home[n.id()]; });
        cy.fit(cy.elements(), 24);
      });
    }
    wireKeyboard(el, cy);
    var tools = root.querySelector(".network-graph-tools");
    if (tools) { tools.hidden = false; }
    var list = root.querySelector("[data-graph-list]");
    if (list) { list.open = false; }  // the chart shows it now; the summary opens the lists again
    el._cy = cy;  // read by the browser tests
    el.setAttribute("data-graph-state", "ready");
  }

  function start(el) {
    if (el.getAttribute("data-graph-state")) { return; }
    el.setAttribute("data-graph-state", "loading");
    var url = el.getAttribute("data-graph-url");
    if (!url || !sameOrigin(url)) { fail(el); return; }
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status); }
        return r.json();
      })
      .then(function (data) { draw(el, data); })
      .catch(function () { fail(el); });
  }

  function startAll(scope) {
    var found = scope.querySelectorAll ? scope.querySelectorAll("[data-network-graph]") : [];
    Array.prototype.forEach.call(found, start);
    if (scope.matches && scope.matches("[data-network-graph]")) { start(scope); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { startAll(document); });
  } else {
    startAll(document);
  }
  // A chart that arrives in an HTMX swap is drawn once the swap has settled.
  document.addEventListener("htmx:afterSettle", function (evt) { startAll(evt.detail.elt || document); });
}());
