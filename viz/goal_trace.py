"""One goal and every passage that carries it out, across plans and levels of government.

Drawn top-down: the goal's plan, the goal, the passages implementing it (deeper links further
down), and at the bottom the plans those passages are from. Edge width grows with the link score;
hovering an edge shows both quotes.
"""

from __future__ import annotations

from plangraph.graph.model import Label, Node, RelType
from plangraph.graph.queries.lookup import resolve_node
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.page import View, VizEdge, VizNode, graph_node
from plangraph.viz.style import display_name, edge_tooltip, shorten

MAX_DEPTH = 5


def _has_children(store: GraphStore, plan_id: str) -> bool:
    return bool(store.neighbours(plan_id, [RelType.BASED_ON], "in"))


def score_width(score: float | None) -> float:
    """1.5 px for the weakest link kept by linking, about 9 px for an identical passage."""
    return 1.5 + 7.5 * max(0.0, min(float(score or 0.0), 1.0))


def trace_view(store: GraphStore, key: str) -> View:
    plans = PlanIndex.of(store)
    preferred: list[Node] = []

    def parents_goals(candidates: list[Node]) -> list[Node]:
        """A trace starts from a goal of a plan others are based on: the statement a name finds in
        the parent plan, not its echo in a child plan."""
        preferred[:] = [
            n for n in candidates if any(_has_children(store, p) for p in plans.plans_of(n.evidence))
        ]
        return preferred

    goal = resolve_node(store, key, Label.TASK, prefer=parents_goals)
    hops = store.trace(goal.id, "down", MAX_DEPTH)
    deepest = max((depth for *_, depth in hops), default=0)
    nodes: dict[str, VizNode] = {}
    edges: list[VizEdge] = []

    def add_plan_of(task_id: str, evidence: list[dict[str, object]], level: int) -> None:
        for plan_id in plans.plans_of(evidence)[:1]:
            if plan_id not in nodes:
                nodes[plan_id] = graph_node(plans.plans[plan_id], plans=[plan_id], level=level, font_size=22)
            edges.append(VizEdge(task_id, plan_id, caption="出自 in", dashed=True, colour="#c7c7c7"))

    goal_plans = plans.plans_of(goal.evidence)
    nodes[goal.id] = graph_node(goal, plans=goal_plans, level=1, font_size=20)
    add_plan_of(goal.id, goal.evidence, 0)
    for edge, passage, depth in hops:
        if passage.id not in nodes:
            nodes[passage.id] = graph_node(passage, plans=plans.plans_of(passage.evidence), level=1 + depth)
            add_plan_of(passage.id, passage.evidence, deepest + 2)
        score = edge.props.get("score")
        edges.append(
            VizEdge(
                edge.source,
                edge.target,
                caption=f"{score:.2f}" if isinstance(score, float) else "",
                tooltip=edge_tooltip(
                    f"落实 implements · 相似度 score {score}",
                    edge.evidence,
                    [f"method: {edge.props.get('method')}"],
                ),
                width=score_width(score),
                colour="#2c7fb8",
            )
        )
    notes = (
        []
        if hops
        else ["没有下级规划的条目落实这一目标。No passage in another plan implements this goal yet."]
    )
    if goal.id != key and preferred:
        notes.append(
            f"“{key}”也出现在下级规划中；此处追踪上级规划的目标。"
            f"{key!r} also matches statements of child plans; this traces the goal of the parent plan "
            f"{plans.title(plans.plans_of(goal.evidence)[0])}."
        )
    return View(
        name="trace",
        title=f"目标追踪 · Trace: {shorten(display_name(goal), 30)}",
        subtitle="从目标到落实它的各级条目；线越粗，文字越相近。From a goal down to every passage "
        "implementing it; thicker lines mean closer wording.",
        nodes=list(nodes.values()),
        edges=edges,
        notes=notes,
        layout="hierarchical",
        plans={plan_id: plans.title(plan_id) for plan_id in nodes if plan_id in plans.plans},
    )
