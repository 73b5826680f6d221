"""One plan in detail: its chapters, the systems, pilots and agencies each chapter names, the
indicators each chapter sets, and the plans it is based on or that are based on it.

Sections below the chapters are folded into their chapter, so a chapter → system edge stands for
every mention of that system anywhere in the chapter (the tooltip quotes them).
"""

from __future__ import annotations

from typing import Any

from plangraph.graph.model import Label, Node, RelType
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.queries.plan_outline import plan_outline
from plangraph.graph.store import GraphStore
from plangraph.viz.page import View, VizEdge, VizNode, graph_node, mentions_edge
from plangraph.viz.style import RELATION_NAMES, display_name, edge_tooltip, node_tooltip, wrap_label

NAMED = (Label.SYSTEM, Label.PILOT, Label.AGENCY)


def plan_detail_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    nodes: dict[str, VizNode] = {plan.id: graph_node(plan, plans=[plan.id], font_size=32)}
    edges: list[VizEdge] = []
    outline = plan_outline(store, plan, NAMED)
    chapters = [entry.section for entry in outline]
    for entry in outline:
        chapter = entry.section
        node = graph_node(chapter, plans=[plan.id], priority=1, font_size=26, size=18)
        node.caption = wrap_label(display_name(chapter), 12)
        nodes[chapter.id] = node
        edges.append(VizEdge(plan.id, chapter.id, width=3, colour="#bdbdbd"))
        for named in entry.named:
            nodes.setdefault(named.node.id, graph_node(named.node, plans=[plan.id], priority=2))
            edges.append(mentions_edge(chapter.id, named.node.id, named.quotes, where="本章"))
    starts = sorted((_start(chapter), chapter.id) for chapter in chapters if _start(chapter) is not None)
    for edge, indicator in store.neighbours(plan.id, [RelType.SETS], "out"):
        props = indicator.props
        facts = [
            ("基期值 baseline", _with_year(props.get("baseline"), props.get("baseline_year"))),
            ("目标值 target", _with_year(props.get("target"), props.get("target_year"))),
            ("单位 unit", props.get("unit")),
            ("属性 nature", props.get("nature")),
        ]
        node = graph_node(indicator, plans=[plan.id], priority=3)
        node.tooltip = node_tooltip(indicator, facts)
        nodes[indicator.id] = node
        # The SETS edge's quote is from this plan's own file, as the chapters' are.
        owner = _chapter_at(starts, edge.evidence[0].get("start") if edge.evidence else None) or plan.id
        edges.append(VizEdge(owner, indicator.id, tooltip=edge_tooltip("设定 sets", edge.evidence)))
    based_on = RELATION_NAMES[RelType.BASED_ON]
    for edge, other in store.neighbours(plan.id, [RelType.BASED_ON], "both"):
        nodes.setdefault(other.id, graph_node(other, plans=[other.id], font_size=26))
        tooltip = edge_tooltip(based_on, edge.evidence)
        edges.append(VizEdge(edge.source, edge.target, caption=based_on, tooltip=tooltip))
    return View(
        name="plan",
        title=f"{display_name(plan)} · Plan detail",
        subtitle=(
            "各章提及的系统、试点和机构及设定的指标，以及上下级规划。"
            "Systems, pilots and agencies each chapter names, the indicators it sets, "
            "and the plans above and below it."
        ),
        nodes=list(nodes.values()),
        edges=edges,
    )


def _start(node: Node) -> int | None:
    return node.evidence[0].get("start") if node.evidence else None


def _chapter_at(starts: list[tuple[int, str]], offset: int | None) -> str | None:
    """The chapter whose text holds ``offset``: the last one starting at or before it."""
    if offset is None:
        return None
    found = None
    for start, chapter_id in starts:
        if start > offset:
            break
        found = chapter_id
    return found


def _with_year(value: Any, year: Any) -> str | None:
    if value in (None, ""):
        return None
    return f"{value}（{year}年）" if year else str(value)
