"""Every view by name, so the CLI and the API offer the same set and build them the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from plangraph.graph.queries.lookup import NotFound
from plangraph.graph.store import GraphStore
from plangraph.viz.coverage_map import coverage_view
from plangraph.viz.coverage_matrix import coverage_matrix_view
from plangraph.viz.goal_trace import trace_view
from plangraph.viz.hierarchy import hierarchy_view
from plangraph.viz.indicator_comparison import indicator_comparison_view
from plangraph.viz.neighbourhood import neighbourhood_view
from plangraph.viz.overview import overview_view
from plangraph.viz.page import View
from plangraph.viz.plan_detail import plan_detail_view
from plangraph.viz.system_map import system_map_view

Target = Literal["plan", "node", "goal"] | None


@dataclass(frozen=True)
class ViewSpec:
    name: str
    title: str  # Chinese first, as on the page
    summary: str
    target: Target  # what the view needs to be told about, if anything
    build: Callable[[GraphStore, str, int], View]


VIEWS: dict[str, ViewSpec] = {
    spec.name: spec
    for spec in (
        ViewSpec(
            "hierarchy",
            "规划层级图 Plan hierarchy",
            "plans top-down by level of government (national → province → city → district)",
            None,
            lambda store, _key, _depth: hierarchy_view(store.export()),
        ),
        ViewSpec(
            "overview",
            "总览 Overview",
            "every plan with the systems, pilots, indicators, agencies, regions and laws it names",
            None,
            lambda store, _key, _depth: overview_view(store),
        ),
        ViewSpec(
            "plan",
            "规划详情 Plan detail",
            "one plan: its chapters' systems, pilots and agencies, its indicators, its parents and children",
            "plan",
            lambda store, key, _depth: plan_detail_view(store, key),
        ),
        ViewSpec(
            "neighbourhood",
            "关联图 Neighbourhood",
            "any node and everything within --depth steps of it",
            "node",
            lambda store, key, depth: neighbourhood_view(store, key, depth),
        ),
        ViewSpec(
            "trace",
            "目标追踪 Trace",
            "one goal and every passage in other plans implementing it, weighted by score",
            "goal",
            lambda store, key, _depth: trace_view(store, key),
        ),
        ViewSpec(
            "systems",
            "系统平台图 System map",
            "which plans name which systems; systems shared by several plans drawn larger",
            None,
            lambda store, _key, _depth: system_map_view(store),
        ),
        ViewSpec(
            "coverage",
            "落实情况 Coverage",
            "a parent plan's goals coloured by how many child plans implement them",
            "plan",
            lambda store, key, _depth: coverage_view(store, key),
        ),
        ViewSpec(
            "matrix",
            "落实矩阵 Coverage matrix",
            "a parent plan's goals by chapter against its child plans, each cell the best implementing score",
            "plan",
            lambda store, key, _depth: coverage_matrix_view(store, key),
        ),
        ViewSpec(
            "indicators",
            "指标对比 Indicator comparison",
            "a plan's 2025 targets beside the aligned ones of its parent or child plans, looser ones flagged",
            "plan",
            lambda store, key, _depth: indicator_comparison_view(store, key),
        ),
    )
}


def build_view(store: GraphStore, name: str, key: str | None = None, depth: int = 1) -> View:
    """The named view; ``NotFound`` when it needs a plan or node that is missing or unknown."""
    spec = VIEWS[name]
    if spec.target is not None and not key:
        raise NotFound(f"the {name} view needs a {spec.target} (its id or part of its name)")
    return spec.build(store, key or "", depth)
