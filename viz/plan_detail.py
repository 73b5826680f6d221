"""One plan in detail, laid out left to right: the plans it is based on, the plan, then its chapters
in order and the plans based on it.

A chapter's leaf entities (systems, pilots, agencies, indicators) are counted on the chapter's box
rather than drawn one by one: a hundred unlabelled dots told a presenter nothing, and every one of
them labelled would not fit on a slide. The names and their quotes are on the chapter: hover for the
tooltip, click for the list beside the drawing. Sections below the chapters are folded into their
chapter.
"""

from __future__ import annotations

from collections import defaultdict

from plangraph.graph.model import Label, Node, RelType
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.queries.plan_outline import plan_outline
from plangraph.graph.store import GraphStore
from plangraph.viz.page import LegendEntry, View, VizEdge, VizNode, graph_node
from plangraph.viz.style import (
    LABEL_STYLES,
    RELATION_NAMES,
    display_name,
    edge_tooltip,
    names_by_kind,
    wrap_even,
)

NAMED = (Label.SYSTEM, Label.PILOT, Label.AGENCY)
GROUPED = (*NAMED, Label.INDICATOR)
SHORT_NAMES = {Label.SYSTEM: "系统", Label.PILOT: "试点", Label.AGENCY: "机构", Label.INDICATOR: "指标"}
CHAPTER_WIDTH = 18  # characters per line of a chapter's name
CHAPTERS_PER_COLUMN = 6  # more chapters continue in the next column, so the page stays slide-shaped
PLAN_WIDTH = 9
NAMES_IN_TOOLTIP = 12
RELATED_KINDS = {"parent": "上级规划 plan it is based on", "child": "下级规划 plan based on it"}


def plan_detail_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    nodes: dict[str, VizNode] = {}
    edges: list[VizEdge] = []
    head = graph_node(plan, plans=[plan.id], level=1, font_size=24)
    head.caption = wrap_even(display_name(plan), PLAN_WIDTH)
    nodes[plan.id] = head
    grouped: dict[str, dict[Label, list[str]]] = defaultdict(lambda: defaultdict(list))
    outline = plan_outline(store, plan, NAMED)
    for entry in outline:
        for named in entry.named:
            grouped[entry.section.id][named.node.label].append(display_name(named.node))
    starts = sorted(
        (start, entry.section.id) for entry in outline if (start := _start(entry.section)) is not None
    )
    for edge, indicator in store.neighbours(plan.id, [RelType.SETS], "out"):
        # The SETS edge's quote is from this plan's own file, as the chapters' are.
        owner = _chapter_at(starts, edge.evidence[0].get("start") if edge.evidence else None) or plan.id
        grouped[owner][Label.INDICATOR].append(display_name(indicator))
    for number, entry in enumerate(outline):
        chapter = entry.section
        node = graph_node(chapter, plans=[plan.id], level=2 + number // CHAPTERS_PER_COLUMN, font_size=20)
        counts = grouped.get(chapter.id, {})
        node.caption = wrap_even(display_name(chapter), CHAPTER_WIDTH) + _count_line(counts)
        node.tooltip = _names_text(display_name(chapter), counts, NAMES_IN_TOOLTIP)
        node.details = _names_text(display_name(chapter), counts, None)
        nodes[chapter.id] = node
        edges.append(VizEdge(plan.id, chapter.id, width=2, colour="#bdbdbd", arrow=False))
    if grouped.get(plan.id):
        head.caption += _count_line(grouped[plan.id])
        head.details = _names_text(
            display_name(plan) + "（不在任何一章 outside the chapters）", grouped[plan.id], None
        )
    based_on = RELATION_NAMES[RelType.BASED_ON]
    for edge, other in store.neighbours(plan.id, [RelType.BASED_ON], "both"):
        parent = edge.target == other.id
        # children too sit left of the plan, their arrows pointing at it: a column of their own
        # right of the chapters would send every arrow across them
        node = graph_node(other, plans=[other.id], level=0, font_size=20)
        node.kind = "parent" if parent else "child"
        node.caption = wrap_even(display_name(other), PLAN_WIDTH)
        node.dashed = other.props.get("source") is None
        nodes.setdefault(other.id, node)
        edges.append(
            VizEdge(edge.source, edge.target, caption=based_on, tooltip=edge_tooltip(based_on, edge.evidence))
        )
    return View(
        name="plan",
        title=f"{display_name(plan)} · Plan detail",
        subtitle=(
            "上下级规划 → 本规划 → 各章及其提及的系统、试点、机构和指标数；点击一章看名称。"
            "Related plans, the plan, its chapters with counts; click a chapter for the names."
        ),
        nodes=list(nodes.values()),
        edges=edges,
        legend=_legend(),
        layout="hierarchical",
        direction="LR",
    )


def chapter_counts(view: View) -> dict[str, str]:
    """Chapter id → the count line drawn under its name, for tests and readers of a view."""
    return {n.id: n.caption.rsplit("\n", 1)[-1] for n in view.nodes if n.kind == Label.SECTION}


def _count_line(counts: dict[Label, list[str]]) -> str:
    parts = [f"{SHORT_NAMES[label]} {len(counts[label])}" for label in GROUPED if counts.get(label)]
    return "\n" + " · ".join(parts) if parts else ""


def _names_text(heading: str, counts: dict[Label, list[str]], limit: int | None) -> str:
    lines = [heading]
    for line in names_by_kind(counts, GROUPED, limit):
        lines.append(f"\n{line}" if line.startswith("【") else line)
    if len(lines) == 1:
        lines.append("\n（本章未提及系统、试点、机构或指标 names none of these）")
    return "\n".join(lines)


def _legend() -> list[LegendEntry]:
    entries = [
        LegendEntry(
            str(label), LABEL_STYLES[label].name, "box", LABEL_STYLES[label].fill, LABEL_STYLES[label].border
        )
        for label in (Label.PLAN, Label.SECTION)
    ]
    entries += [LegendEntry("parent", RELATED_KINDS["parent"], "box", "#f7b6b2", "#c0392b")]
    entries += [LegendEntry("child", RELATED_KINDS["child"], "box", "#b2df8a", "#33a02c")]
    return entries


def _start(node: Node) -> int | None:
    return node.evidence[0].get("start") if node.evidence else None


def _chapter_at(starts: list[tuple[int, str]], offset: int | None) -> str | None:
    """The chapter whose text holds ``offset``: the last one starting at or before it."""
    if offset is None:
        return None
    found = None
    for start, chapter_id in starts:
        if start > offset:
            break
        found = chapter_id
    return found
