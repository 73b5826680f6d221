"""The overview: every plan with the systems, pilots, indicators, agencies, regions and laws it
names, with the plans' own sections and statements folded into the plans.

This is the first picture of a whole corpus; passages are left to the plan and trace views, where
they can be read. A section's mention becomes one plan → entity edge that counts the mentions.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from plangraph.graph.model import Edge, Label, RelType
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.page import View, VizEdge, graph_node, mentions_edge
from plangraph.viz.style import RELATION_NAMES, edge_tooltip

FOLDED = {Label.SECTION, Label.TASK}
# Kept first when the corpus outgrows the size cap: plans, then what plans build, then the rest.
PRIORITY = {
    Label.PLAN: 0,
    Label.SYSTEM: 1,
    Label.PILOT: 1,
    Label.AGENCY: 2,
    Label.REGION: 2,
    Label.LAW: 3,
    Label.INDICATOR: 3,
}


def overview_view(store: GraphStore) -> View:
    graph = store.export()
    plans = PlanIndex(n for n in graph.nodes if n.label == Label.PLAN)
    kept = {node.id: node for node in graph.nodes if node.label not in FOLDED}
    owner: dict[str, list[str]] = defaultdict(list)  # node id → plans it belongs to
    direct: list[Edge] = []
    folded: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in graph.edges:
        if edge.source in kept and edge.target in kept:
            direct.append(edge)
            for plan_id in plans.plans_of(edge.evidence):
                _add(owner[edge.target], plan_id)
                _add(owner[edge.source], plan_id)
        elif edge.type == RelType.MENTIONS and edge.target in kept:
            for plan_id in plans.plans_of(edge.evidence):
                folded[(plan_id, edge.target)].extend(edge.evidence)
                _add(owner[edge.target], plan_id)
    nodes = [
        graph_node(
            node,
            plans=[node.id] if node.label == Label.PLAN else owner[node.id],
            priority=PRIORITY.get(node.label, 4),
            font_size=44 if node.label == Label.PLAN else None,
        )
        for node in sorted(kept.values(), key=lambda n: (PRIORITY.get(n.label, 4), n.id))
    ]
    edges = [
        VizEdge(e.source, e.target, tooltip=edge_tooltip(RELATION_NAMES.get(e.type, str(e.type)), e.evidence))
        for e in direct
    ]
    # quotes in document order, so every store (each exports its edges in its own order) draws the same
    edges += [
        mentions_edge(
            plan_id, target, sorted(quotes, key=lambda q: (str(q.get("source")), q.get("start", 0)))
        )
        for (plan_id, target), quotes in sorted(folded.items())
    ]
    return View(
        name="overview",
        title="总览 · Overview",
        subtitle=(
            f"{len(plans.ingested())} 份已收录规划及其提及的系统、试点、指标、机构、地区和法规；"
            "章节和条目并入所属规划。Ingested plans and what they name; sections and statements are "
            "folded into their plan."
        ),
        nodes=nodes,
        edges=edges,
        plans=plans.ingested(),
        base_font=16,
    )


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)
