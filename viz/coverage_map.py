"""A parent plan's goals coloured by how many of its ingested child plans carry each one down.

Goals hang off their chapter, so a chapter full of red dots is what no child plan took up. Which
child plans implement a goal, and their wording, are in its tooltip; the plan filter shows one
child's share.
"""

from __future__ import annotations

from collections import Counter

from plangraph.graph.model import RelType
from plangraph.graph.queries.coverage import StatementCoverage, plan_coverage
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.store import GraphStore
from plangraph.viz.page import LegendEntry, View, VizEdge, VizNode, graph_node
from plangraph.viz.style import LABEL_STYLES, display_name, shorten, wrap_label

# Fill and border by the number of child plans implementing a goal: none, one, two, three or more.
COVERAGE_COLOURS = {
    0: ("#fb6a4a", "#a50f15"),
    1: ("#c7e9c0", "#41ab5d"),
    2: ("#74c476", "#238b45"),
    3: ("#238b45", "#00441b"),
}
COVERAGE_NAMES = {
    0: "无下级落实 implemented by no child plan",
    1: "1 个下级规划落实 by 1 child plan",
    2: "2 个 by 2",
    3: "3 个及以上 by 3 or more",
}
GOAL_CAPTION_CHARS = 12


def chapter_of(statement: StatementCoverage) -> str:
    """The chapter part of a section path such as ``三、(一)[2]`` or ``第三章…``."""
    path = statement.section
    for mark in ("、", "章"):
        if mark in path:
            return path[: path.index(mark) + 1]
    return path


def goal_tooltip(statement: StatementCoverage, source: str) -> str:
    lines = [
        f"【目标 goal】{statement.section}",
        f"“{shorten(statement.quote, 200)}”",
        f"  —— 出处 source: {source}",
    ]
    if not statement.implemented_by:
        lines.append("\n没有下级规划落实 · implemented by no child plan")
    for link in statement.implemented_by[:4]:
        lines.append(f"\n落实 by {link.title}（相似度 score {link.score}）\n“{shorten(link.quote, 160)}”")
    if len(statement.implemented_by) > 4:
        lines.append(f"（另有 {len(statement.implemented_by) - 4} 处 · more）")
    if statement.missing_in:
        lines.append("\n未落实 missing in: " + "、".join(statement.missing_in))
    return "\n".join(lines)


def coverage_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    coverage = plan_coverage(store, plan)
    source = "、".join(str(s) for s in ([plan.props.get("source")] if plan.props.get("source") else []))
    nodes: list[VizNode] = [graph_node(plan, plans=[plan.id], font_size=30)]
    edges: list[VizEdge] = []
    implemented_by: Counter[str] = Counter()
    for statement in coverage.statements:
        implemented_by.update({link.plan for link in statement.implemented_by})
    for child in coverage.children:
        child_node = store.get_node(child["id"])
        if child_node is not None:
            nodes.append(graph_node(child_node, plans=[child["id"]], font_size=26))
            count = implemented_by[child["id"]]
            edges.append(
                VizEdge(child["id"], plan.id, caption=f"落实 {count} 条 · implements {count}", width=3)
            )
    chapters: dict[str, str] = {}
    for _, section in store.neighbours(plan.id, [RelType.HAS_SECTION], "out"):
        chapters[str(section.props.get("path"))] = section.id
        node = graph_node(section, plans=[plan.id], font_size=30, size=18)
        node.caption = wrap_label(display_name(section), 12)
        nodes.append(node)
        edges.append(VizEdge(plan.id, section.id, width=3, colour="#bdbdbd", arrow=False))
    for statement in coverage.statements:
        implementers = sorted({link.plan for link in statement.implemented_by})
        bucket = min(len(implementers), 3)
        nodes.append(
            VizNode(
                id=statement.task,
                kind=f"coverage-{bucket}",
                caption=wrap_label(shorten(statement.text or statement.quote, GOAL_CAPTION_CHARS), 6),
                tooltip=goal_tooltip(statement, source),
                plans=[plan.id, *implementers],
                search=statement.text,
                size=10,
                font_size=12,
                href=f"/viz/trace/{statement.task}",
                priority=1,
            )
        )
        parent = chapters.get(chapter_of(statement), plan.id)
        edges.append(VizEdge(parent, statement.task, colour="#d9d9d9", arrow=False))
    implemented = len(coverage.statements) - len(coverage.uncovered)
    notes = (
        []
        if coverage.children
        else ["没有已收录的下级规划以本规划为依据。No ingested plan is based on this plan yet."]
    )
    legend = [
        LegendEntry(str(label), LABEL_STYLES[label].name, LABEL_STYLES[label].shape, *_colours(label))
        for label in ("Plan", "Section")
    ]
    legend += [
        LegendEntry(f"coverage-{bucket}", COVERAGE_NAMES[bucket], "dot", *COVERAGE_COLOURS[bucket])
        for bucket in COVERAGE_COLOURS
    ]
    return View(
        name="coverage",
        title=f"{display_name(plan)} · 落实情况 Coverage",
        subtitle=(
            f"{len(coverage.statements)} 条目标中 {implemented} 条有下级规划落实；按章归组。"
            f"{implemented} of {len(coverage.statements)} goals are carried down by a child plan; "
            "grouped by chapter. Double-click a goal to trace it."
        ),
        nodes=nodes,
        edges=edges,
        notes=notes,
        legend=legend,
        plans={child["id"]: child["title"] for child in coverage.children},
    )


def _colours(label: str) -> tuple[str, str]:
    return LABEL_STYLES[label].fill, LABEL_STYLES[label].border
