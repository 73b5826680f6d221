"""The start page: links to every view, per plan, and to the goals most often carried down."""

from __future__ import annotations

from dataclasses import dataclass

from plangraph.graph.model import LEVEL_RANK, Label, RelType
from plangraph.graph.queries.coverage import plan_coverage
from plangraph.graph.queries.indicators import plan_comparisons
from plangraph.graph.queries.lookup import all_nodes
from plangraph.graph.queries.plan_sources import source_files
from plangraph.graph.store import GraphStore
from plangraph.viz.hierarchy import UNKNOWN_LEVEL_RANK
from plangraph.viz.indicator_comparison import TARGET_YEAR
from plangraph.viz.page import template
from plangraph.viz.style import display_name, shorten
from plangraph.viz.views import VIEWS

GOALS_LISTED = 8


@dataclass(frozen=True)
class GoalLink:
    id: str
    text: str
    plan: str
    links: int


def top_goals(store: GraphStore, limit: int = GOALS_LISTED) -> list[GoalLink]:
    """Statements of parent plans with the most implementing passages, for trace links."""
    goals = []
    for plan in all_nodes(store, Label.PLAN):
        if not store.neighbours(plan.id, [RelType.BASED_ON], "in"):
            continue
        for statement in plan_coverage(store, plan).statements:
            if statement.implemented_by:
                text = shorten(statement.text or statement.quote, 40)
                goals.append(
                    GoalLink(statement.task, text, display_name(plan), len(statement.implemented_by))
                )
    return sorted(goals, key=lambda goal: (-goal.links, goal.id))[:limit]


def index_html(store: GraphStore) -> str:
    plans = [
        {
            "id": plan.id,
            "title": display_name(plan),
            "level": plan.props.get("level"),
            # the coverage page answers only for a plan some ingested plan is based on
            "has_children": bool(store.neighbours(plan.id, [RelType.BASED_ON], "in")),
            # and the indicator comparison only for a plan with a target aligned to a parent's or child's
            "has_aligned_indicators": bool(plan_comparisons(store, plan, TARGET_YEAR)),
        }
        for plan in all_nodes(store, Label.PLAN)
        if source_files(plan)
    ]
    return template("index.html").render(
        overall=[spec for spec in VIEWS.values() if spec.target is None],
        plans=sorted(plans, key=lambda p: (LEVEL_RANK.get(p["level"], UNKNOWN_LEVEL_RANK), p["title"])),
        goals=top_goals(store),
    )
