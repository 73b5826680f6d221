"""The plan-hierarchy page: which plan is based on which, drawn top-down by level of government.

The page is one self-contained HTML file (vis-network inlined, nothing fetched from the network), so
it can be mailed, opened from disk or served by the API alike. Only Plan nodes and BASED_ON edges are
drawn; everything else in the subgraph is ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from plangraph.graph.model import LEVEL_RANK, Label, Node, RelType, Subgraph
from plangraph.viz.page import LegendEntry, View, VizEdge, VizNode, render_view, write_view
from plangraph.viz.style import edge_tooltip, wrap_label

# Rank 0 is drawn at the top. A plan whose level is unknown sits one rank above its highest child.
UNKNOWN_LEVEL_RANK = 1
HIERARCHY_LABEL_WIDTH = 8  # narrow boxes let the fitted page zoom in further, so titles read larger

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
        if level in LEVEL_RANK:
            ranks[plan.id] = LEVEL_RANK[level]
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
    """Hover text, one fact per line. The page shows it as text (``innerText``), so markup in a
    title is displayed, never run."""
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
    return "\n".join(f"{name}：{value or '—'}" for name, value in lines)


def hierarchy_plans(subgraph: Subgraph) -> list[Node]:
    """Plans that are ingested or take part in a BASED_ON link: a plan only cited in passing
    (《甘肃省标准化发展纲要》) is not part of the hierarchy."""
    linked = {end for e in subgraph.edges if e.type == RelType.BASED_ON for end in (e.source, e.target)}
    plans = (n for n in subgraph.nodes if n.label == Label.PLAN and (n.props.get("source") or n.id in linked))
    return sorted(plans, key=lambda n: n.id)


def _legend() -> list[LegendEntry]:
    entries = [LegendEntry(str(level), name, "box", *LEVEL_COLOURS[level]) for level, name in LEGEND]
    entries.append(LegendEntry("stub", "仅被引用 referenced only (stub)", "box", *STUB_COLOURS, dashed=True))
    return entries


def hierarchy_view(subgraph: Subgraph) -> View:
    """Plans top-down by level of government, arrows pointing to the plans they are based on."""
    plans = hierarchy_plans(subgraph)
    plan_ids = {plan.id for plan in plans}
    edges = sorted(
        (e for e in subgraph.edges if e.type == RelType.BASED_ON and {e.source, e.target} <= plan_ids),
        key=lambda e: (e.source, e.target),
    )
    ranks = plan_ranks(plans, ((e.source, e.target) for e in edges))
    nodes = []
    for plan in plans:
        stub = is_stub(plan)
        level = plan.props.get("level")
        kind = "stub" if stub else str(level if level in LEVEL_COLOURS else None)
        nodes.append(
            VizNode(
                id=plan.id,
                kind=kind,
                caption=wrap_label(str(plan.props.get("title") or plan.id), HIERARCHY_LABEL_WIDTH),
                tooltip=plan_tooltip(plan),
                plans=[plan.id],
                search=str(plan.props.get("title") or ""),
                level=ranks[plan.id],
                dashed=stub,
                font_colour="#555555" if stub else "#000000",
                href=f"/viz/plan/{plan.id}",
                named=True,
            )
        )
    viz_edges = [
        VizEdge(e.source, e.target, tooltip=edge_tooltip("依据 based on", e.evidence)) for e in edges
    ]
    return View(
        name="hierarchy",
        title="规划层级图 · Plan hierarchy",
        subtitle="箭头指向所依据的上级规划。Arrows point to the plan each plan is based on.",
        nodes=nodes,
        edges=viz_edges,
        legend=_legend(),
        layout="hierarchical",
        empty_hint="图中还没有规划。No plans yet: run <code>plangraph ingest</code> first.",
        base_font=26,
    )


def hierarchy_html(subgraph: Subgraph) -> str:
    """A standalone HTML page of the plan hierarchy that loads nothing from the network."""
    return render_view(hierarchy_view(subgraph))


def write_hierarchy(subgraph: Subgraph, path: Path | str) -> Path:
    """Write the page as UTF-8 to ``path`` (parent folders are created); returns the path."""
    return write_view(hierarchy_view(subgraph), path)
