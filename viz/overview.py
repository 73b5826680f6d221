"""The overview: every plan in the hierarchy, top-down by level of government, each with counts of
the systems, pilots, indicators, agencies, regions, laws and other plans its text names.

A first picture of a whole corpus has to read on one slide: four hundred named dots do not (their
plan titles fell to 7 px at 1280×720), so the named things are counted on their plan's box, with the
names in the tooltip and, on click, in the panel beside the drawing; the plan page and the
neighbourhood view draw them one by one. Things named by more than one plan are counted as shared.
"""

from __future__ import annotations

from collections import defaultdict

from plangraph.graph.model import Label, Node
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.hierarchy import hierarchy_plans, hierarchy_view
from plangraph.viz.page import View
from plangraph.viz.style import display_name, names_by_kind

FOLDED = {Label.SECTION, Label.TASK}
COUNTED = (Label.SYSTEM, Label.PILOT, Label.INDICATOR, Label.AGENCY, Label.REGION, Label.LAW, Label.PLAN)
SHORT_NAMES = {
    Label.SYSTEM: "系统",
    Label.PILOT: "试点",
    Label.INDICATOR: "指标",
    Label.AGENCY: "机构",
    Label.REGION: "地区",
    Label.LAW: "法规",
    Label.PLAN: "规划",
}
COUNTS_PER_LINE = 2
NAMES_IN_TOOLTIP = 8


def overview_view(store: GraphStore) -> View:
    graph = store.export()
    nodes = {node.id: node for node in graph.nodes}
    plans = PlanIndex(n for n in graph.nodes if n.label == Label.PLAN)
    drawn = {plan.id for plan in hierarchy_plans(graph)}
    named: dict[str, dict[Label, set[str]]] = defaultdict(lambda: defaultdict(set))  # plan → label → ids
    for edge in graph.edges:
        for end in (edge.source, edge.target):
            node = nodes.get(end)
            if node is None or node.label in FOLDED or node.id in drawn:
                continue
            for plan_id in plans.plans_of(edge.evidence):
                if plan_id != end:
                    named[plan_id][node.label].add(end)
    users: dict[str, int] = defaultdict(int)
    for by_label in named.values():
        for ids in by_label.values():
            for node_id in ids:
                users[node_id] += 1
    view = hierarchy_view(graph)
    for node in view.nodes:
        counts = {
            label: sorted(ids, key=lambda i: display_name(nodes[i])) for label, ids in named[node.id].items()
        }
        if not counts:
            continue
        parts = [f"{SHORT_NAMES[label]} {len(counts[label])}" for label in COUNTED if counts.get(label)]
        lines = [" · ".join(parts[i : i + COUNTS_PER_LINE]) for i in range(0, len(parts), COUNTS_PER_LINE)]
        node.caption += "\n" + "\n".join(lines)
        shared = sorted({i for ids in counts.values() for i in ids if users[i] > 1})
        node.tooltip += "\n\n" + _names_text(counts, nodes, NAMES_IN_TOOLTIP)
        node.details = f"{display_name(nodes[node.id])}\n\n" + _names_text(counts, nodes, None)
        if shared:
            node.details += "\n\n【与其他规划共有 shared with another plan】\n" + "、".join(
                display_name(nodes[i]) for i in shared
            )
        # in label order, not edge order: every store draws the same page
        node.search += " " + " ".join(
            display_name(nodes[i]) for label in COUNTED for i in counts.get(label, [])
        )
    ingested = plans.ingested()
    return View(
        name="overview",
        title="总览 · Overview",
        subtitle=(
            f"{len(ingested)} 份已收录规划，按政府层级排列，"
            "框内为各规划提及的系统、试点、指标、机构、地区、法规和其他规划数；"
            "点击规划查看名称。Ingested plans by level of government, each with counts of what it names; "
            "click a plan for the names."
        ),
        nodes=view.nodes,
        edges=view.edges,
        legend=view.legend,
        layout="hierarchical",
        plans=ingested,
        empty_hint=view.empty_hint,
        base_font=view.base_font,
    )


def _names_text(counts: dict[Label, list[str]], nodes: dict[str, Node], limit: int | None) -> str:
    names = {label: [display_name(nodes[i]) for i in ids] for label, ids in counts.items()}
    return "\n".join(names_by_kind(names, COUNTED, limit))
