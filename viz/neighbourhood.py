"""Any node and what surrounds it, out to a chosen depth: the view a double-click opens."""

from __future__ import annotations

from plangraph.graph.queries.lookup import resolve_node
from plangraph.graph.queries.neighbourhood import neighbourhood
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.page import View, VizEdge, graph_node
from plangraph.viz.style import RELATION_NAMES, display_name, edge_tooltip

MAX_DEPTH = 3


def neighbourhood_view(store: GraphStore, key: str, depth: int = 1) -> View:
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    start = resolve_node(store, key)
    walk = neighbourhood(store, start, depth)
    found, walked = walk.found, walk.edges
    plans = PlanIndex.of(store)
    nodes = [
        graph_node(
            node,
            plans=[node.id] if node.id in plans.plans else plans.plans_of(node.evidence),
            priority=distance,
            font_size=28 if distance == 0 else None,
            size=30 if distance == 0 else None,
        )
        for node, distance in sorted(found.values(), key=lambda pair: (pair[1], pair[0].label, pair[0].id))
    ]
    edges = [
        VizEdge(
            e.source,
            e.target,
            caption=RELATION_NAMES.get(e.type, str(e.type)).split()[0],
            tooltip=edge_tooltip(RELATION_NAMES.get(e.type, str(e.type)), e.evidence),
        )
        for e in walked
        if e.source in found and e.target in found
    ]
    return View(
        name="neighbourhood",
        title=f"{display_name(start)} · 关联图 Neighbourhood",
        subtitle=f"{depth} 步以内相连的节点。Everything within {depth} step(s) of this {start.label}.",
        nodes=nodes,
        edges=edges,
        plans={plan_id: title for plan_id, title in plans.ingested().items()},
    )
