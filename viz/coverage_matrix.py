"""The coverage matrix: a parent plan's goals as rows grouped by chapter, its child plans as columns,
each cell coloured by the best score with which that child implements the goal (red: none), and
above it one bar per chapter with the share of its goals some child carries down.

Drawn with Apache ECharts (vendored under ``templates/lib/echarts-*``, inlined like vis-network):
a heatmap and a bar chart are what a chart library is for. The numbers all come from
``graph.queries.coverage``; this module only arranges them.
"""

from __future__ import annotations

from typing import Any

from plangraph.graph.model import RelType
from plangraph.graph.queries.coverage import plan_coverage
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.store import GraphStore
from plangraph.viz.coverage_map import chapter_of
from plangraph.viz.page import View
from plangraph.viz.style import display_name, shorten, to_simplified

GOAL_CHARS = 28  # a row shows the goal's opening words; the tooltip holds the whole text


def coverage_matrix_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    coverage = plan_coverage(store, plan)
    names = {
        str(section.props.get("path")): shorten(display_name(section), 12)
        for _, section in store.neighbours(plan.id, [RelType.HAS_SECTION], "out")
    }
    children = [{"id": c["id"], "title": to_simplified(c["title"])} for c in coverage.children]
    rows: list[dict[str, Any]] = []
    chapters: dict[str, list[bool]] = {}
    for statement in coverage.statements:
        chapter = names.get(chapter_of(statement), chapter_of(statement))
        best: dict[str, float] = {}
        for link in statement.implemented_by:
            score = float(link.score) if link.score is not None else 0.0
            best[link.plan] = max(best.get(link.plan, 0.0), score)
        rows.append(
            {
                "id": statement.task,
                "chapter": chapter,
                "label": shorten(to_simplified(statement.text or statement.quote), GOAL_CHARS),
                "text": statement.text or statement.quote,
                "scores": [best.get(child["id"]) for child in children],
            }
        )
        chapters.setdefault(chapter, []).append(bool(statement.implemented_by))
    summary = [
        {
            "chapter": name,
            "goals": len(flags),
            "carried": sum(flags),
            "share": round(sum(flags) / len(flags), 3),
        }
        for name, flags in chapters.items()
    ]
    implemented = len(coverage.statements) - len(coverage.uncovered)
    notes = (
        []
        if children
        else ["没有已收录的下级规划以本规划为依据。No ingested plan is based on this plan yet."]
    )
    return View(
        name="matrix",
        title=f"{display_name(plan)} · 落实矩阵 Coverage matrix",
        subtitle=(
            f"{len(coverage.statements)} 条目标中 {implemented} 条有下级规划落实；格子颜色为最佳落实相似度，"
            "红色为未落实，点击格子查看追踪。"
            f"{implemented} of {len(coverage.statements)} goals carried down. Cell colour: best implementing "
            "score; red: not carried down; click a cell for the trace."
        ),
        nodes=[],
        edges=[],
        notes=notes,
        chart={"rows": rows, "children": children, "chapters": summary},
    )
