"""One page template for every view: a ``View`` (nodes, edges, legend, notes) becomes a standalone
HTML page that draws with vis-network and fetches nothing from the network.

pyvis assembles the vis-network node and edge records; the page itself is our own template
(``viz/templates/page.html``), because pyvis 0.3.2's template links bootstrap from a CDN and prints
its heading twice. vis-network's JS and CSS are inlined from the copy pyvis ships, so a written file
works in a meeting room without internet and a served page makes no second request.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import jinja2
import pyvis
from pyvis.network import Network

from plangraph.graph.model import Label, Node
from plangraph.viz.offline import assert_offline
from plangraph.viz.script_fold import traditional_folds
from plangraph.viz.size_cap import cap_view
from plangraph.viz.style import (
    FONT_FACE,
    LABEL_INSIDE,
    LABEL_STYLES,
    LABEL_WIDTH,
    READABLE_FONT_PX,
    display_name,
    edge_tooltip,
    legend_svg,
    node_caption,
    node_name,
    node_tooltip,
)

TEMPLATES = Path(__file__).with_name("templates")
PYVIS_TEMPLATES = Path(pyvis.__file__).with_name("templates")  # holds lib/vis-9.1.2/*

Layout = Literal["hierarchical", "physics"]
Direction = Literal["UD", "LR"]


@dataclass
class VizNode:
    """A node as drawn. ``kind`` picks its legend entry (and so its colour, shape and filter box);
    ``plans`` are the plan ids it belongs to, for the plan filter; lower ``priority`` is kept first
    when a view is too large to draw."""

    id: str
    kind: str
    caption: str
    tooltip: str
    plans: list[str] = field(default_factory=list)
    search: str = ""
    level: int | None = None
    colour: tuple[str, str] | None = None  # (fill, border); default: the legend entry's
    dashed: bool = False
    font_size: int | None = None
    font_colour: str = "#000000"
    size: int | None = None
    href: str | None = None
    priority: int = 0
    details: str = ""  # shown in a panel beside the drawing when the node is clicked
    named: bool = False  # a plan title or chapter name: must read at first sight (browser tests)


@dataclass
class VizEdge:
    source: str
    target: str
    caption: str = ""
    tooltip: str = ""
    width: float = 1.5
    dashed: bool = False
    colour: str | None = None
    arrow: bool = True


def mentions_edge(source: str, target: str, quotes: list[dict[str, Any]], where: str = "") -> VizEdge:
    """One edge standing for several mentions: thicker the more there are, every quote on hover."""
    count = len(quotes)
    return VizEdge(
        source,
        target,
        caption=f"×{count}" if count > 1 else "",
        tooltip=edge_tooltip(f"{where}提及 {count} 次 · mentioned {count}×", quotes),
        width=min(1 + count, 6),
    )


@dataclass(frozen=True)
class LegendEntry:
    key: str
    name: str
    shape: str
    fill: str
    border: str
    dashed: bool = False


@dataclass(frozen=True)
class Table:
    """Rows of plain text under a chart; ``marks`` names a CSS class per row ("" for none)."""

    columns: list[str]
    rows: list[list[str]]
    marks: list[str] = field(default_factory=list)


@dataclass
class View:
    """Everything a page shows. ``legend`` defaults to the label styles of the kinds present."""

    name: str
    title: str
    nodes: list[VizNode]
    edges: list[VizEdge]
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)
    legend: list[LegendEntry] | None = None
    layout: Layout = "physics"
    direction: Direction = "UD"  # of a hierarchical layout: levels as rows (UD) or columns (LR)
    plans: dict[str, str] = field(default_factory=dict)  # plan id → title, for the plan filter
    empty_hint: str = "图中没有可显示的节点。Nothing to draw: run <code>plangraph ingest</code> first."
    base_font: int = 18
    chart: dict[str, Any] | None = None  # data for an ECharts page (templates/chart.html) instead of a graph
    chart_script: str = "matrix.js"  # the template that draws ``chart``
    table: Table | None = None  # printed under the chart: the same numbers, as text to copy


def label_legend(kinds: set[str]) -> list[LegendEntry]:
    """Legend entries for the graph labels among ``kinds``, in the fixed label order."""
    return [
        LegendEntry(key, style.name, style.shape, style.fill, style.border)
        for key, style in LABEL_STYLES.items()
        if key in kinds
    ]


def physics_options(node_count: int) -> dict[str, Any]:
    """A force layout that settles in a bounded number of steps; the page turns physics off once
    stabilisation ends, so nothing keeps moving (or burning CPU) during a presentation."""
    return {
        "enabled": True,
        "solver": "forceAtlas2Based",
        # Strong repulsion and some pull to the centre: each plan's cluster stays apart yet on screen,
        # so the fitted zoom is larger (chosen by comparing screenshots and settle times in Chromium).
        "forceAtlas2Based": {
            "gravitationalConstant": -120,
            "centralGravity": 0.04,
            "springLength": 100,
            "springConstant": 0.08,
            "damping": 0.5,
            "avoidOverlap": 0.3,
        },
        "maxVelocity": 60,
        "minVelocity": 1.0,
        "timestep": 0.5,
        "stabilization": {
            "enabled": True,
            "iterations": 200 if node_count <= 800 else 120,
            "updateInterval": 20,
            "fit": True,
        },
    }


def text_width_em(line: str) -> float:
    """A line's width in ems: a Chinese character fills one, Latin letters and digits about half."""
    return sum(1.0 if ord(char) >= 0x2E80 else 0.55 for char in line)


def hierarchical_options(view: View) -> dict[str, Any]:
    """Levels as rows or columns, spaced as tightly as the largest label allows: the fitted zoom,
    and so the size the text is read at, depends on it."""
    lines = [n.caption.split("\n") for n in view.nodes] or [[""]]
    widest = max((text_width_em(line) for caption in lines for line in caption), default=LABEL_WIDTH)
    levels = Counter(n.level for n in view.nodes)
    fullest = levels.most_common(1)[0][0] if levels else None
    # the stacked level with most nodes sets the height; one tall title elsewhere does not
    tallest = max((len(n.caption.split("\n")) for n in view.nodes if n.level == fullest), default=1)
    if view.direction == "UD":  # rows far enough apart for the tallest box (a title and count lines)
        font = view.base_font
        tallest_anywhere = max((len(n.caption.split("\n")) for n in view.nodes), default=1)
        across, between = (widest + 2) * font, max(7, round(tallest_anywhere * 1.3 + 1.5)) * font
    else:  # columns: nodes stacked, so the spacing is a label's height, the separation its width
        font = max([view.base_font, *(n.font_size or 0 for n in view.nodes)])
        across, between = round((tallest * 1.3 + 1.5) * font), round((widest + 2.5) * font)
    return {
        "enabled": True,
        "direction": view.direction,
        "sortMethod": "directed",
        "levelSeparation": between,
        "nodeSpacing": across,
        "treeSpacing": across + font,
    }


def network_options(view: View) -> dict[str, Any]:
    big = len(view.nodes) > 150
    options: dict[str, Any] = {
        "autoResize": True,
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "multiselect": True},
        "nodes": {
            "font": {"face": FONT_FACE, "size": view.base_font},
            "borderWidth": 2,
            "margin": 8,
            "scaling": {"label": {"drawThreshold": READABLE_FONT_PX}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#9e9e9e", "highlight": "#333333", "hover": "#333333"},
            "font": {"face": FONT_FACE, "size": 13, "strokeWidth": 3, "align": "middle"},
            "scaling": {"label": {"drawThreshold": READABLE_FONT_PX}},
            "smooth": False if big else {"type": "continuous"},
        },
    }
    if view.layout == "hierarchical":
        options["layout"] = {"hierarchical": hierarchical_options(view)}
        options["physics"] = {"enabled": False}  # laid out once; nothing to settle
        forces = "vertical" if view.direction == "UD" else "horizontal"
        options["edges"]["smooth"] = {"type": "cubicBezier", "forceDirection": forces, "roundness": 0.4}
    else:
        # improvedLayout (Kamada-Kawai) costs O(n²) before the first frame; worth it only when small.
        options["layout"] = {"improvedLayout": len(view.nodes) <= 100, "randomSeed": 7}
        options["physics"] = physics_options(len(view.nodes))
    return options


def _node_record(node: VizNode, entry: LegendEntry | None, base_font: int) -> dict[str, Any]:
    fill, border = node.colour or ((entry.fill, entry.border) if entry else ("#eeeeee", "#8c8c8c"))
    shape = entry.shape if entry else "dot"
    record: dict[str, Any] = {
        "title": node.tooltip,
        "shape": shape,
        "color": {
            "background": fill,
            "border": border,
            "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"},
        },
        "font": {"size": node.font_size or base_font, "color": node.font_colour},
        "shapeProperties": {"borderDashes": [6, 4] if node.dashed else False},
        "kind": node.kind,
        "plans": node.plans,
        "search": node.search,
    }
    if node.level is not None:
        record["level"] = node.level
    if node.href:
        record["href"] = node.href
    if node.details:
        record["details"] = node.details
    if node.named:
        record["named"] = True
    if shape not in LABEL_INSIDE:
        record["size"] = node.size or 14
    return record


def build_network(view: View) -> Network:
    """The pyvis network holding ``view``'s nodes and edges (edges to absent nodes are dropped)."""
    legend = {entry.key: entry for entry in view.legend or []}
    net = Network(directed=True, cdn_resources="in_line", heading="")
    net.options = network_options(view)
    for node in view.nodes:
        net.add_node(node.id, label=node.caption, **_node_record(node, legend.get(node.kind), view.base_font))
    present = {node.id for node in view.nodes}
    for edge in view.edges:
        if edge.source not in present or edge.target not in present:
            continue
        extra: dict[str, Any] = {"width": edge.width, "arrows": {"to": {"enabled": edge.arrow}}}
        if edge.caption:
            extra["label"] = edge.caption
        if edge.tooltip:
            extra["title"] = edge.tooltip
        if edge.dashed:
            extra["dashes"] = True
        if edge.colour:
            extra["color"] = {"color": edge.colour, "highlight": "#333333", "hover": "#333333"}
        net.add_edge(edge.source, edge.target, **extra)
    return net


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(TEMPLATES), jinja2.FileSystemLoader(PYVIS_TEMPLATES)]
        ),
        autoescape=jinja2.select_autoescape(["html"]),
        keep_trailing_newline=True,
    )
    # Keep Chinese readable in the page source; tojson still escapes < > & ' for a <script> block.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def template(name: str) -> jinja2.Template:
    return _environment().get_template(name)


def render_view(view: View, max_nodes: int | None = None) -> str:
    """A standalone HTML page for ``view``; views larger than the measured cap are cut down with a
    visible note first, so no page can freeze the browser."""
    if view.chart is not None:
        page = template("chart.html").render(view=view, chart=view.chart)
        assert_offline(page)
        return page
    view = cap_view(view, max_nodes)
    if view.legend is None:
        view = replace(view, legend=label_legend({node.kind for node in view.nodes}))
    net = build_network(view)
    counts = Counter(node.kind for node in view.nodes)
    legend = [
        {
            "key": entry.key,
            "name": entry.name,
            "count": counts.get(entry.key, 0),
            "svg": legend_svg(entry.shape, entry.fill, entry.border, entry.dashed),
        }
        for entry in view.legend or []
    ]
    page = template("page.html").render(
        view=view,
        legend=legend,
        nodes=net.nodes,
        edges=net.edges,
        folds=traditional_folds(f"{n.get('label', '')}{n.get('search', '')}" for n in net.nodes),
        options=copy.deepcopy(net.options),
    )
    assert_offline(page)
    return page


def write_view(view: View, path: Path | str) -> Path:
    """Write the page as UTF-8 to ``path`` (parent folders are created); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_view(view), encoding="utf-8")
    return target


def graph_node(
    node: Node,
    *,
    plans: list[str] | None = None,
    priority: int = 0,
    level: int | None = None,
    facts: list[tuple[str, Any]] | None = None,
    font_size: int | None = None,
    size: int | None = None,
) -> VizNode:
    """A store node drawn in its label's style, with its evidence in the tooltip and, when served,
    a double-click through to its neighbourhood (a plan's goes to the plan's page)."""
    names = [node_name(node), *(str(a) for a in node.props.get("aliases") or [])]
    page = "plan" if node.label == Label.PLAN else "neighbourhood"
    return VizNode(
        id=node.id,
        kind=str(node.label),
        caption=node_caption(node),
        tooltip=node_tooltip(node, facts),
        plans=plans or [],
        search=" ".join([*names, display_name(node)]),
        level=level,
        font_size=font_size,
        size=size,
        href=f"/viz/{page}/{node.id}",
        priority=priority,
        named=node.label in (Label.PLAN, Label.SECTION),
    )
