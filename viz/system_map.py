"""Which plans name which systems (platforms, databases, apps): the systems two plans share are the
ones a presenter points at, so they are drawn larger."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from plangraph.graph.model import Label, RelType
from plangraph.graph.queries.lookup import all_nodes
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.page import View, graph_node, mentions_edge


def system_map_view(store: GraphStore) -> View:
    plans = PlanIndex.of(store)
    quotes: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    systems = {}
    for system in all_nodes(store, Label.SYSTEM):
        for edge, _section in store.neighbours(system.id, [RelType.MENTIONS], "in"):
            for plan_id in plans.plans_of(edge.evidence):
                quotes[(plan_id, system.id)].extend(edge.evidence)
                systems[system.id] = system
    users: dict[str, list[str]] = defaultdict(list)
    for plan_id, system_id in quotes:
        users[system_id].append(plan_id)
    plan_ids = sorted({plan_id for plan_id, _ in quotes})
    nodes = [graph_node(plans.plans[plan_id], plans=[plan_id], font_size=30) for plan_id in plan_ids]
    for system_id, system in sorted(systems.items()):
        shared = len(users[system_id]) > 1
        node = graph_node(
            system,
            plans=sorted(users[system_id]),
            priority=0 if shared else 1,
            font_size=24 if shared else 14,
            size=26 if shared else 12,
        )
        nodes.append(node)
    edges = [
        mentions_edge(plan_id, system_id, found) for (plan_id, system_id), found in sorted(quotes.items())
    ]
    shared_count = sum(len(p) > 1 for p in users.values())
    return View(
        name="systems",
        title="系统平台图 · System map",
        subtitle=(
            f"{len(systems)} 个系统平台，其中 {shared_count} 个被多份规划提及（大图标）。"
            f"{len(systems)} systems; the {shared_count} named by more than one plan are drawn larger."
        ),
        nodes=nodes,
        edges=edges,
        plans={plan_id: plans.title(plan_id) for plan_id in plan_ids},
    )
