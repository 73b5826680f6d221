"""A parent plan's chapters, left to right, each with how many of its goals the ingested child
plans carry down, coloured by that share; the child plans on the left with how many goals each
implements.

The goals themselves are listed per chapter on click (carried down or not, and by which child plan),
and one by one in the coverage matrix: 147 goal dots around a plan were a cloud no presenter could
put on a slide (their chapter names fell to 8 px at 1280×720).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from plangraph.graph.queries.coverage import StatementCoverage, plan_coverage
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.queries.plan_outline import chapters
from plangraph.graph.store import GraphStore
from plangraph.viz.page import LegendEntry, View, VizEdge, VizNode, graph_node
from plangraph.viz.style import LABEL_STYLES, display_name, shorten, wrap_even

# Fill and border by the share of a chapter's goals some child plan carries down.
SHARE_COLOURS = {
    "none": ("#fb6a4a", "#a50f15"),
    "some": ("#fdd0a2", "#d94801"),
    "most": ("#c7e9c0", "#41ab5d"),
    "all": ("#74c476", "#238b45"),
}
SHARE_NAMES = {
    "none": "无目标落实 no goal carried down",
    "some": "少于一半 under half",
    "most": "一半及以上 half or more",
    "all": "全部落实 all carried down",
}
CHAPTER_WIDTH = 16
CHAPTERS_PER_COLUMN = 6
PLAN_WIDTH = 9
GOAL_CHARS = 40


def chapter_of(statement: StatementCoverage) -> str:
    """The chapter part of a section path such as ``三、(一)[2]`` or ``第三章…``."""
    path = statement.section
    for mark in ("、", "章"):
        if mark in path:
            return path[: path.index(mark) + 1]
    return path


def share_bucket(carried: int, goals: int) -> str:
    if carried == 0:
        return "none"
    if carried == goals:
        return "all"
    return "most" if carried * 2 >= goals else "some"


def goal_line(statement: StatementCoverage) -> str:
    """One goal in a chapter's list: ✓ with the child plans carrying it down, ✗ without."""
    text = shorten(statement.text or statement.quote, GOAL_CHARS)
    if not statement.implemented_by:
        return f"✗ {text}"
    by = "、".join(sorted({link.title for link in statement.implemented_by}))
    return f"✓ {text}（{by}）"


def coverage_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    coverage = plan_coverage(store, plan)
    head = graph_node(plan, plans=[plan.id], level=1, font_size=22)
    head.caption = wrap_even(display_name(plan), PLAN_WIDTH)
    nodes: list[VizNode] = [head]
    edges: list[VizEdge] = []
    implemented_by: Counter[str] = Counter()
    for statement in coverage.statements:
        implemented_by.update({link.plan for link in statement.implemented_by})
    for child in coverage.children:
        child_node = store.get_node(child["id"])
        if child_node is not None:
            node = graph_node(child_node, plans=[child["id"]], level=0, font_size=20)
            node.kind = "child"
            count = implemented_by[child["id"]]
            node.caption = wrap_even(display_name(child_node), PLAN_WIDTH) + f"\n落实 {count} 条"
            nodes.append(node)
            edges.append(
                VizEdge(
                    child["id"], plan.id, tooltip=f"落实 {count} 条目标 implements {count} goals", width=3
                )
            )
    by_chapter: dict[str, list[StatementCoverage]] = defaultdict(list)
    for statement in coverage.statements:
        by_chapter[chapter_of(statement)].append(statement)
    for number, chapter in enumerate(chapters(store, plan)):
        goals = by_chapter.get(str(chapter.props.get("path")), [])
        if not goals:
            continue
        carried = sum(1 for goal in goals if goal.implemented_by)
        bucket = share_bucket(carried, len(goals))
        name = display_name(chapter)
        node = graph_node(chapter, plans=[plan.id], level=2 + number // CHAPTERS_PER_COLUMN, font_size=20)
        node.kind = f"share-{bucket}"
        node.caption = wrap_even(name, CHAPTER_WIDTH) + f"\n落实 {carried} / {len(goals)} 条"
        node.tooltip = f"{name}\n{carried} / {len(goals)} 条目标有下级规划落实 goals carried down"
        node.details = f"{name}\n落实 {carried} / {len(goals)} 条 carried down\n\n" + "\n".join(
            goal_line(goal) for goal in goals
        )
        node.search = " ".join([name, *(goal.text for goal in goals)])
        nodes.append(node)
        edges.append(VizEdge(plan.id, chapter.id, width=2, colour="#bdbdbd", arrow=False))
    implemented = len(coverage.statements) - len(coverage.uncovered)
    notes = (
        []
        if coverage.children
        else ["没有已收录的下级规划以本规划为依据。No ingested plan is based on this plan yet."]
    )
    legend = [
        LegendEntry("child", "下级规划 child plan", "box", "#b2df8a", "#33a02c"),
        LegendEntry(
            "Plan", LABEL_STYLES["Plan"].name, "box", LABEL_STYLES["Plan"].fill, LABEL_STYLES["Plan"].border
        ),
    ]
    legend += [
        LegendEntry(f"share-{bucket}", f"章 chapter: {SHARE_NAMES[bucket]}", "box", *SHARE_COLOURS[bucket])
        for bucket in SHARE_COLOURS
    ]
    return View(
        name="coverage",
        title=f"{display_name(plan)} · 落实情况 Coverage",
        subtitle=(
            f"{len(coverage.statements)} 条目标中 {implemented} 条有下级规划落实；"
            "按章统计，点击一章看各条目标。"
            f"{implemented} of {len(coverage.statements)} goals are carried down by a child plan; "
            "per chapter, click a chapter for its goals (each goal: the coverage matrix)."
        ),
        nodes=nodes,
        edges=edges,
        notes=notes,
        legend=legend,
        layout="hierarchical",
        direction="LR",
        plans={child["id"]: child["title"] for child in coverage.children},
    )
