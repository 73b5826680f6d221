"""Which plans name which systems (platforms, databases, apps), top-down: each plan's systems
that no other plan names, counted on one box; the plans; the systems several plans share, drawn one
by one, since those are the ones a presenter points at.

Ninety-odd system names around five plans could not be read at first sight (plan titles fell to
11 px at 1280×720); a plan's own systems are listed in the box's tooltip and, on click, in the panel
beside the drawing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from plangraph.graph.model import Label, Node, RelType
from plangraph.graph.queries.lookup import all_nodes
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.page import LegendEntry, View, VizEdge, VizNode, graph_node, mentions_edge
from plangraph.viz.style import LABEL_STYLES, display_name, shorten, wrap_even

OWN = "own-systems"
NAMES_IN_TOOLTIP = 12
PLAN_WIDTH = 7


def system_map_view(store: GraphStore) -> View:
    plans = PlanIndex.of(store)
    quotes: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    systems: dict[str, Node] = {}
    for system in all_nodes(store, Label.SYSTEM):
        for edge, _section in store.neighbours(system.id, [RelType.MENTIONS], "in"):
            for plan_id in plans.plans_of(edge.evidence):
                quotes[(plan_id, system.id)].extend(edge.evidence)
                systems[system.id] = system
    users: dict[str, list[str]] = defaultdict(list)
    for plan_id, system_id in quotes:
        users[system_id].append(plan_id)
    plan_ids = sorted({plan_id for plan_id, _ in quotes})
    nodes: list[VizNode] = []
    edges: list[VizEdge] = []
    for plan_id in plan_ids:
        node = graph_node(plans.plans[plan_id], plans=[plan_id], level=1, font_size=20)
        node.caption = wrap_even(display_name(plans.plans[plan_id]), PLAN_WIDTH)
        nodes.append(node)
        own = sorted((systems[s] for p, s in quotes if p == plan_id and len(users[s]) == 1), key=display_name)
        if own:
            names = [display_name(system) for system in own]
            nodes.append(
                VizNode(
                    id=f"{OWN}-{plan_id}",
                    kind=OWN,
                    caption=f"仅本规划提及\n系统 {len(own)} 个",
                    tooltip=_names(plans.title(plan_id), names[:NAMES_IN_TOOLTIP], len(names)),
                    plans=[plan_id],
                    search=" ".join(names),
                    level=0,
                    font_size=18,
                    details=_names(plans.title(plan_id), names, len(names)),
                )
            )
            edges.append(VizEdge(plan_id, f"{OWN}-{plan_id}", width=2))
    shared = sorted((s for s in systems if len(users[s]) > 1), key=lambda s: display_name(systems[s]))
    for system_id in shared:
        node = graph_node(systems[system_id], plans=sorted(users[system_id]), level=2, font_size=18)
        node.caption = wrap_even(display_name(systems[system_id]), PLAN_WIDTH)
        nodes.append(node)
        edges += [
            mentions_edge(plan_id, system_id, quotes[(plan_id, system_id)]) for plan_id in users[system_id]
        ]
    legend = [
        LegendEntry(OWN, "仅一份规划提及的系统 systems one plan names", "box", "#deebf7", "#6baed6"),
        LegendEntry(str(Label.PLAN), LABEL_STYLES[Label.PLAN].name, "box", *_colours(Label.PLAN)),
        LegendEntry(str(Label.SYSTEM), "多份规划共有的系统 systems shared", "box", *_colours(Label.SYSTEM)),
    ]
    return View(
        name="systems",
        title="系统平台图 · System map",
        subtitle=(
            f"{len(systems)} 个系统平台，其中 {len(shared)} 个被多份规划提及（下方）；"
            "各规划独有的系统计数在上方，点击查看名称。"
            f"{len(systems)} systems; the {len(shared)} named by more than one plan below, each plan's "
            "own ones counted above (click for the names)."
        ),
        nodes=nodes,
        edges=edges,
        legend=legend,
        layout="hierarchical",
        base_font=20,
        plans={plan_id: plans.title(plan_id) for plan_id in plan_ids},
    )


def _names(title: str, names: list[str], total: int) -> str:
    more = f" …（另有 {total - len(names)} 个 more）" if len(names) < total else ""
    return (
        f"{title}\n\n【仅本规划提及的系统 named only by this plan】{total}\n"
        + "、".join(shorten(name, 30) for name in names)
        + more
    )


def _colours(label: Label) -> tuple[str, str]:
    return LABEL_STYLES[label].fill, LABEL_STYLES[label].border
