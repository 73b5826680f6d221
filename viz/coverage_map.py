"""A parent plan's goals coloured by how many of its ingested child plans carry each one down.

Goals some child implements are drawn one by one, linked to the child plans; goals nobody
implements are gathered per chapter into one red node, so a 400-statement plan stays readable.
"""

from __future__ import annotations

from collections import defaultdict

from graph.coverage import StatementCoverage, plan_coverage
from graph.model import RelType
from graph.store import GraphStore
from viz.page import LegendEntry, View, VizEdge, VizNode, graph_node
from viz.store_reads import resolve_plan, source_files
from viz.style import LABEL_STYLES, display_name, shorten, wrap_label

# Fill and border by the number of child plans implementing a goal: none, one, two, three or more.
COVERAGE_COLOURS = {
    0: ("#fcbba1", "#cb181d"),
    1: ("#c7e9c0", "#41ab5d"),
    2: ("#74c476", "#238b45"),
    3: ("#238b45", "#00441b"),
}
COVERAGE_NAMES = {
    0: "无下级落实 implemented by none (grouped per chapter)",
    1: "1 个下级规划落实 by 1 child plan",
    2: "2 个 by 2",
    3: "3 个及以上 by 3 or more",
}


def chapter_of(statement: StatementCoverage) -> str:
    """The chapter part of a section path such as ``三、(一)[2]`` or ``第三章…``."""
    path = statement.section
    for mark in ("、", "章"):
        if mark in path:
            return path[: path.index(mark) + 1]
    return path or "—"


def coverage_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    coverage = plan_coverage(store, plan)
    headings = {
        str(section.props.get("path")): display_name(section)
        for _, section in store.neighbours(plan.id, [RelType.HAS_SECTION], "out")
    }
    plan_style = LABEL_STYLES["Plan"]
    nodes: list[VizNode] = [graph_node(plan, plans=[plan.id], font_size=30)]
    child_ids = [child["id"] for child in coverage.children]
    for child in coverage.children:
        child_node = store.get_node(child["id"])
        if child_node is not None:
            nodes.append(graph_node(child_node, plans=[child["id"]], font_size=26))
    edges: list[VizEdge] = []
    uncovered: dict[str, list[StatementCoverage]] = defaultdict(list)
    for statement in coverage.statements:
        if not statement.implemented_by:
            uncovered[chapter_of(statement)].append(statement)
            continue
        task = store.get_node(statement.task)
        if task is None:
            continue
        implementers = sorted({link.plan for link in statement.implemented_by})
        bucket = min(len(implementers), 3)
        node = graph_node(task, plans=[plan.id, *implementers], priority=1)
        node.kind = f"coverage-{bucket}"
        node.colour = COVERAGE_COLOURS[bucket]
        nodes.append(node)
        edges.append(VizEdge(plan.id, task.id, colour="#d9d9d9", arrow=False))
        for child_id in implementers:
            links = [link for link in statement.implemented_by if link.plan == child_id]
            best = max((link.score or 0.0) for link in links)
            quotes = "\n".join(f"“{shorten(link.quote, 160)}”" for link in links[:3])
            edges.append(
                VizEdge(
                    child_id,
                    task.id,
                    tooltip=f"落实 implements（{len(links)} 处，最高相似度 best score {best:.2f}）\n{quotes}",
                    width=1.5 + 4 * best,
                    colour="#41ab5d",
                )
            )
    for chapter, statements in sorted(uncovered.items()):
        group_id = f"uncovered:{plan.id}:{chapter}"
        heading = headings.get(chapter, chapter)
        header = f"{heading}\n{len(statements)} 条目标没有下级规划落实 · not implemented by any child plan"
        sample = [f"“{shorten(s.quote, 120)}”" for s in statements[:5]]
        source = "、".join(source_files(plan))
        nodes.append(
            VizNode(
                id=group_id,
                kind="coverage-0",
                caption=wrap_label(f"{shorten(heading, 18)}：{len(statements)} 条未落实", 12),
                tooltip="\n".join([header, f"出处 source: {source}", "", *sample]),
                plans=[plan.id],
                search=heading,
                size=12 + min(len(statements), 40),
                priority=2,
            )
        )
        edges.append(VizEdge(plan.id, group_id, colour="#d9d9d9", arrow=False))
    implemented = len(coverage.statements) - len(coverage.uncovered)
    notes = (
        []
        if child_ids
        else ["没有已收录的下级规划以本规划为依据。No ingested plan is based on this plan yet."]
    )
    legend = [LegendEntry("Plan", plan_style.name, plan_style.shape, plan_style.fill, plan_style.border)]
    legend += [
        LegendEntry(f"coverage-{bucket}", COVERAGE_NAMES[bucket], "ellipse", *COVERAGE_COLOURS[bucket])
        for bucket in COVERAGE_COLOURS
    ]
    return View(
        name="coverage",
        title=f"{display_name(plan)} · 落实情况 Coverage",
        subtitle=(
            f"{len(coverage.statements)} 条目标中 {implemented} 条有下级规划落实。"
            f"{implemented} of {len(coverage.statements)} goals are carried down by a child plan."
        ),
        nodes=nodes,
        edges=edges,
        notes=notes,
        legend=legend,
        plans={child["id"]: child["title"] for child in coverage.children},
    )
