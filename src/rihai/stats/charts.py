"""Charts drawn on the server (matplotlib, Agg backend: no browser script, no CDN), as SVG or PNG,
and the CSV behind each. They draw only published values: a suppressed bar is left out and its
label says "<5" or "x", so a chart never shows more than the table beside it.

Categories are named (``labels.name``) in the reader's language. Urdu is drawn with Noto Naskh
Arabic, vendored as TrueType in ``rihai/fonts/`` (matplotlib's FreeType reads no WOFF2), and shaped by
matplotlib's libraqm layout (joined letters, right-to-left runs); Latin text and digits fall back
to DejaVu Sans. Without the font file the charts stay in English and only the page around them
is in Urdu, rather than drawing unjoined or missing glyphs.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import PathPatch, Rectangle  # noqa: E402
from matplotlib.path import Path as MPath  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from rihai.pdf import NASKH  # noqa: E402
from rihai.stats.labels import name, text  # noqa: E402
from rihai.stats.queries import Panel  # noqa: E402

INK, ACCENT, MUTED = "#1f2933", "#0b6e4f", "#9aa5b1"
plt.rcParams.update({"svg.fonttype": "none", "font.size": 9, "axes.edgecolor": MUTED,
                     "axes.spines.top": False, "axes.spines.right": False, "svg.hashsalt": "rihai"})
URDU_FONT = NASKH  # rihai/fonts/, shared with the PDFs
_FAMILIES = {"en": ["DejaVu Sans"]}
if URDU_FONT.exists():
    font_manager.fontManager.addfont(str(URDU_FONT))
    _FAMILIES["ur"] = ["Noto Naskh Arabic", "DejaVu Sans"]  # per glyph: Urdu, then Latin and digits


def chart_locale(locale: str) -> str:
    """The language a chart is drawn in: Urdu only when its font is there."""
    return locale if locale in _FAMILIES else "en"


def _save(fig: plt.Figure, fmt: str, synthetic: bool = False) -> bytes:
    buf = io.BytesIO()
    meta: dict[str, str | None] = {"Date": None} if fmt == "svg" else {}
    if synthetic:  # also in the file's own metadata (SVG <dc:description>, PNG text chunk)
        meta["Description"] = SYNTHETIC
    fig.savefig(buf, format=fmt, bbox_inches="tight", dpi=110, metadata=meta or None)
    plt.close(fig)
    return buf.getvalue()


NOTE = '"<5": 1 to 4 people; "x": hidden so that totals cannot reveal a "<5"'
SYNTHETIC = "SYNTHETIC DATA (demo instance): these are not real people"


def _mark_synthetic(fig: plt.Figure, panel: Panel, locale: str) -> None:
    """A demo instance's charts say what they show, on the picture itself (it travels alone).
    Above the chart: below it, a trend's slanted month labels ran through the words."""
    if panel.synthetic:
        fig.text(0.5, 1.0, text(SYNTHETIC, locale), ha="center", va="bottom", color="#b00020",
                 fontsize=9, fontweight="bold")


def panel_csv(panel: Panel, locale: str = "en") -> str:
    """Named categories for people, and the code beside each for tooling (header names stay
    the same in every language)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["category", "count", "code"])
    w.writerows((name(panel.key, code, locale), value, code) for code, value in panel.rows)
    w.writerow([name(panel.key, "Total", locale), panel.total, "Total"])
    w.writerow([])
    w.writerow(["note", text(NOTE, locale)])
    if panel.synthetic:
        w.writerow(["data", text(SYNTHETIC, locale)])
    return buf.getvalue()


def _title(panel: Panel, locale: str) -> str:
    return text("%(title)s (total %(total)s)", locale) % {"title": text(panel.title, locale),
                                                          "total": panel.total}


def bar_chart(panel: Panel, fmt: str = "svg", locale: str = "en") -> bytes:
    values = panel.plot_values()
    trend = panel.key in ("year", "month")
    height = 2.2 if trend else max(1.6, 0.28 * len(values) + 0.6)
    fig, ax = plt.subplots(figsize=(6.4, height))
    names = [name(panel.key, code, locale) for code, _ in values]
    # In Urdu the marker is a left-to-right isolate: otherwise the bidi algorithm mirrors "<5".
    mark = "\u2066({})\u2069" if locale == "ur" else "({})"
    labels = [f"{label} {mark.format('<5' if shown == '<5' else 'x')}" if v is None else label
              for label, (_, v), (_, shown) in zip(names, values, panel.rows, strict=True)]
    nums = [v or 0 for _, v in values]
    if trend:
        ax.bar(range(len(nums)), nums, color=ACCENT)
        step = max(1, -(-len(nums) // 12))  # at most a dozen labels under the bars
        ticks = list(range(0, len(nums), step))
        ax.set_xticks(ticks, [labels[i] for i in ticks], rotation=45 if len(ticks) > 8 else 0,
                      ha="right" if len(ticks) > 8 else "center")
    else:
        ax.barh(range(len(nums)), nums, color=ACCENT)
        ax.set_yticks(range(len(nums)), labels)
        ax.invert_yaxis()
    if not values:
        ax.text(0.5, 0.5, text("no data", locale), ha="center", va="center", transform=ax.transAxes,
                color=MUTED)
    ax.set_title(_title(panel, locale), loc="right" if locale == "ur" else "left", color=INK)
    _mark_synthetic(fig, panel, locale)
    return _save(fig, fmt, panel.synthetic)


def _curve(x0: float, y0: float, x1: float, y1: float, w0: float, w1: float) -> MPath:
    mid = (x0 + x1) / 2
    verts = [(x0, y0), (mid, y0), (mid, y1), (x1, y1), (x1, y1 + w1), (mid, y1 + w1), (mid, y0 + w0),
             (x0, y0 + w0), (x0, y0)]
    codes = [MPath.MOVETO, MPath.CURVE4, MPath.CURVE4, MPath.CURVE4, MPath.LINETO, MPath.CURVE4,
             MPath.CURVE4, MPath.CURVE4, MPath.CLOSEPOLY]
    return MPath(verts, codes)


def route_flows(panel: Panel) -> list[tuple[str, str, str, int]]:
    """(origin, via, destination, count) from published route counts ("PK>TH>MM")."""
    out = []
    for (route, v) in panel.plot_values():
        if v is None or route == "NotRecorded":
            continue
        parts = route.split(">")
        via = "+".join(parts[1:-1]) if len(parts) > 2 else "direct"
        out.append((parts[0], via, parts[-1] if len(parts) > 1 else parts[0], v))
    return out


def _node(code: str, locale: str) -> str:
    if code == "direct":
        return text("direct", locale)
    return " + ".join(name("destination", c, locale) for c in code.split("+"))


def flow_chart(panel: Panel, fmt: str = "svg", locale: str = "en") -> bytes:
    """A Sankey-style view: origin -> transit -> country of exploitation, widths by count."""
    flows = route_flows(panel)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.axis("off")
    _mark_synthetic(fig, panel, locale)
    ax.set_title(text("%(title)s (published routes only)", locale) % {"title": text(panel.title, locale)},
                 loc="right" if locale == "ur" else "left", color=INK)
    if not flows:
        ax.text(0.5, 0.5, text("no route with enough people to show", locale), ha="center", color=MUTED)
        return _save(fig, fmt, panel.synthetic)
    total = sum(f[3] for f in flows)
    columns: list[dict[str, int]] = [defaultdict(int), defaultdict(int), defaultdict(int)]
    for o, v, d, n in flows:
        for col, key in zip(columns, (o, v, d), strict=True):
            col[key] += n
    gap, xs = 0.02, (0.0, 0.45, 0.9)
    scale = (1 - gap * max(len(c) for c in columns)) / total
    pos: list[dict[str, float]] = []
    for x, col in zip(xs, columns, strict=True):
        y, here = 0.0, {}
        for key, n in sorted(col.items(), key=lambda kv: -kv[1]):
            ax.add_patch(Rectangle((x, y), 0.04, n * scale, color=INK))
            ax.text(x + 0.05, y + n * scale / 2, f"{_node(key, locale)} {n}", va="center", fontsize=8)
            here[key] = y
            y += n * scale + gap
        pos.append(here)
    out0, in1, out1, in2 = dict(pos[0]), dict(pos[1]), dict(pos[1]), dict(pos[2])
    for o, v, d, n in sorted(flows, key=lambda f: -f[3]):
        h = n * scale
        ax.add_patch(PathPatch(_curve(xs[0] + 0.04, out0[o], xs[1], in1[v], h, h), color=ACCENT,
                               alpha=0.35, lw=0))
        ax.add_patch(PathPatch(_curve(xs[1] + 0.04, out1[v], xs[2], in2[d], h, h), color=ACCENT,
                               alpha=0.35, lw=0))
        out0[o] += h
        in1[v] += h
        out1[v] += h
        in2[d] += h
    ax.set_xlim(0, 1.1)
    ax.set_ylim(0, 1.05)
    return _save(fig, fmt, panel.synthetic)


def render(panel: Panel, fmt: str, locale: str = "en") -> bytes:
    """Drawing costs ~0.1-0.3 s; the picture depends only on what it shows, so identical panels
    (same published values, same language) are drawn once."""
    return _render(panel.key, panel.title, tuple(panel.rows), panel.total, fmt, chart_locale(locale),
                   panel.synthetic)


@lru_cache(maxsize=512)
def _render(key: str, title: str, rows: tuple[tuple[str, str], ...], total: str, fmt: str,
            locale: str = "en", synthetic: bool = False) -> bytes:
    panel = Panel(key, title, list(rows), total, synthetic)
    with plt.rc_context({"font.family": _FAMILIES[locale]}):
        return flow_chart(panel, fmt, locale) if key == "route" else bar_chart(panel, fmt, locale)
