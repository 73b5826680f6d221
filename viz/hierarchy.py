"""The plan-hierarchy page: which plan is based on which, drawn top-down by level of government.

The page is one self-contained HTML file (vis-network inlined, nothing fetched from the network), so
it can be mailed, opened from disk or served by the API alike. Only Plan nodes and BASED_ON edges are
drawn; everything else in the subgraph is ignored.
"""

from __future__ import annotations

import copy
import html
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pyvis.network import Network

from graph.model import Label, Node, RelType, Subgraph
from viz.offline import assert_offline, strip_remote_resources

# Rank 0 is drawn at the top. A plan whose level is unknown sits one rank above its highest child.
LEVEL_RANKS = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3}
UNKNOWN_LEVEL_RANK = 1
LABEL_WIDTH = 10
FONT_SIZE = 18
FONT_FACE = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif"

# (fill, border) per level; light fills keep black Chinese text readable.
LEVEL_COLOURS: dict[str | None, tuple[str, str]] = {
    "national": ("#f7b6b2", "#c0392b"),
    "province": ("#fdd49e", "#d35400"),
    "city": ("#a6cee3", "#1f78b4"),
    "district": ("#b2df8a", "#33a02c"),
    "county": ("#b2df8a", "#33a02c"),
    None: ("#d9c6e8", "#7b4f9d"),
}
STUB_COLOURS = ("#eeeeee", "#8c8c8c")
STUB_DASHES = [6, 4]
LEVEL_NAMES = {
    "national": "国家级",
    "province": "省级",
    "city": "市级",
    "district": "区县级",
    "county": "区县级",
}
LEGEND = (
    ("national", "国家级 national"),
    ("province", "省级 province"),
    ("city", "市级 city"),
    ("district", "区县级 district / county"),
    (None, "层级未知 unknown level"),
)

NETWORK_OPTIONS: dict[str, Any] = {
    "layout": {
        "hierarchical": {
            "enabled": True,
            "direction": "UD",
            "sortMethod": "directed",
            "levelSeparation": 170,
            "nodeSpacing": 240,
            "treeSpacing": 260,
        }
    },
    # Physics off: the hierarchical layout is computed once, so the page never spins on a big graph.
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 150},
    "nodes": {"shape": "box", "margin": 10, "font": {"size": FONT_SIZE, "face": FONT_FACE}},
    "edges": {
        "arrows": {"to": {"enabled": True}},
        "color": {"color": "#8c8c8c", "highlight": "#333333"},
        "smooth": {"type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.4},
    },
}

PAGE_STYLE = """<style>
  body { font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; margin: 0 1em; }
  .plangraph-header h1 { font-size: 1.5em; margin: 0.5em 0 0.2em; }
  .plangraph-legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; margin: 0 0 0.6em; padding: 0; }
  .plangraph-legend li { list-style: none; display: flex; align-items: center; gap: 0.4em; }
  .plangraph-swatch { display: inline-block; width: 1.4em; height: 0.9em; border: 2px solid; }
  .plangraph-empty { color: #a94442; }
</style>
"""


def wrap_label(title: str, width: int = LABEL_WIDTH) -> str:
    """Break a title every ``width`` characters: Chinese has no spaces for vis-network to wrap at."""
    return "\n".join(title[i : i + width] for i in range(0, len(title), width)) or title


def is_stub(plan: Node) -> bool:
    """A plan only referenced by other documents: the graph knows its title, not its own text."""
    return plan.props.get("source") is None


def plan_ranks(plans: Iterable[Node], based_on: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Top-down rank of every plan; ``based_on`` holds (child, parent) id pairs.

    A plan of unknown level is put one rank above its topmost child (so arrows still point up),
    resolved repeatedly so chains of unknown plans settle; one with no ranked child goes to rank 1.
    """
    ranks: dict[str, int] = {}
    pending: set[str] = set()
    for plan in plans:
        level = plan.props.get("level")
        if level in LEVEL_RANKS:
            ranks[plan.id] = LEVEL_RANKS[level]
        else:
            pending.add(plan.id)
    children: dict[str, set[str]] = defaultdict(set)
    for child, parent in based_on:
        children[parent].add(child)
    while pending:
        settled = {
            plan_id: max(0, min(ranks[c] for c in children[plan_id] if c in ranks) - 1)
            for plan_id in sorted(pending)
            if any(c in ranks for c in children[plan_id])
        }
        if not settled:
            break
        ranks.update(settled)
        pending -= settled.keys()
    for plan_id in pending:
        ranks[plan_id] = UNKNOWN_LEVEL_RANK
    return ranks


def plan_tooltip(plan: Node) -> str:
    """Hover text, one fact per line, HTML-escaped.

    vis-network 9 shows a string title as text, but pyvis switches to an innerHTML popup as soon as
    any title contains "href"; escaping keeps a hostile title harmless either way.
    """
    props = plan.props
    source = props.get("source")
    if isinstance(source, list):
        source = ", ".join(source)
    level = props.get("level")
    lines = [
        ("标题", props.get("title") or plan.id),
        ("层级", f"{LEVEL_NAMES.get(level, '未知')} ({level})" if level else "未知"),
        ("地区", props.get("region")),
        ("发布机关", props.get("issuer")),
        ("发布日期", props.get("published")),
        ("来源", source or "仅被引用，未收录原文 (referenced only)"),
    ]
    return "\n".join(f"{name}：{html.escape(str(value or '—'), quote=False)}" for name, value in lines)


def _node_colour(plan: Node) -> dict[str, Any]:
    fill, border = (
        STUB_COLOURS if is_stub(plan) else LEVEL_COLOURS.get(plan.props.get("level"), LEVEL_COLOURS[None])
    )
    return {"background": fill, "border": border, "highlight": {"background": fill, "border": "#000000"}}


def hierarchy_plans(subgraph: Subgraph) -> list[Node]:
    """Plans that are ingested or take part in a BASED_ON link: a plan only cited in passing
    (《甘肃省标准化发展纲要》) is not part of the hierarchy."""
    linked = {end for e in subgraph.edges if e.type == RelType.BASED_ON for end in (e.source, e.target)}
    plans = (n for n in subgraph.nodes if n.label == Label.PLAN and (n.props.get("source") or n.id in linked))
    return sorted(plans, key=lambda n: n.id)


def build_network(subgraph: Subgraph) -> Network:
    """The pyvis network for ``subgraph``'s plans, before it is rendered to HTML."""
    plans = hierarchy_plans(subgraph)
    plan_ids = {plan.id for plan in plans}
    edges = sorted(
        (e for e in subgraph.edges if e.type == RelType.BASED_ON and {e.source, e.target} <= plan_ids),
        key=lambda e: (e.source, e.target),
    )
    ranks = plan_ranks(plans, ((e.source, e.target) for e in edges))

    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", heading="")
    # Keep Chinese readable in the page source (and searchable); tojson still escapes < > & '.
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    net.options = copy.deepcopy(NETWORK_OPTIONS)
    for plan in plans:
        stub = is_stub(plan)
        net.add_node(
            plan.id,
            label=wrap_label(str(plan.props.get("title") or plan.id)),
            title=plan_tooltip(plan),
            shape="box",
            color=_node_colour(plan),
            level=ranks[plan.id],
            borderWidth=2,
            shapeProperties={"borderDashes": STUB_DASHES if stub else False},
            font={"size": FONT_SIZE, "color": "#555555" if stub else "#000000"},
        )
    for edge in edges:
        quotes = [html.escape(str(ev.get("text", "")), quote=False) for ev in edge.evidence]
        extra = {"title": "依据 based on：\n" + "\n".join(quotes)} if quotes else {}
        net.add_edge(edge.source, edge.target, **extra)
    return net


def _legend_item(fill: str, border: str, name: str, dashed: bool = False) -> str:
    style = f"background:{fill};border-color:{border}" + (";border-style:dashed" if dashed else "")
    return f'<li><span class="plangraph-swatch" style="{style}"></span>{name}</li>'


def _legend_html(plan_count: int) -> str:
    items = [_legend_item(*LEVEL_COLOURS[level], name) for level, name in LEGEND]
    items.append(_legend_item(*STUB_COLOURS, "仅被引用 referenced only (stub)", dashed=True))
    empty = (
        '<p class="plangraph-empty">图中还没有规划。'
        "No plans yet: run <code>plangraph ingest</code> first.</p>"
        if plan_count == 0
        else ""
    )
    return (
        '<header class="plangraph-header">\n'
        "<h1>规划层级图 · Plan hierarchy</h1>\n"
        f'<ul class="plangraph-legend">{"".join(items)}</ul>\n'
        f"{empty}"
        "</header>\n"
    )


def _insert_after(page: str, anchor: str, text: str) -> str:
    at = page.find(anchor)
    if at == -1:
        raise RuntimeError(f"pyvis template changed: {anchor!r} not found in the generated page")
    at += len(anchor)
    return page[:at] + text + page[at:]


def hierarchy_html(subgraph: Subgraph) -> str:
    """A standalone HTML page of the plan hierarchy that loads nothing from the network."""
    net = build_network(subgraph)
    page = net.generate_html()  # renders in memory; write_html would write to the cwd
    page = strip_remote_resources(page)
    # pyvis prints the (empty) heading twice; our header with the legend replaces both.
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace(
        "<center>\n          <h1></h1>\n        </center>", ""
    )
    page = page.replace("<html>", '<html lang="zh-CN">', 1)
    page = _insert_after(
        page, '<meta charset="utf-8">', "\n<title>规划层级图 · PlanGraph</title>\n" + PAGE_STYLE
    )
    page = _insert_after(page, "<body>", "\n" + _legend_html(len(net.nodes)))
    assert_offline(page)
    return page


def write_hierarchy(subgraph: Subgraph, path: Path | str) -> Path:
    """Write the page as UTF-8 to ``path`` (parent folders are created); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(hierarchy_html(subgraph), encoding="utf-8")
    return target
