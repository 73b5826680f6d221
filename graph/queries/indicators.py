"""One indicator across plans: every plan's version of it, with baseline, target and whether a child
plan's target is looser than, or opposite to, the parent's it aligns with.

The group is the indicator(s) asked for, everything joined to them over ALIGNS_WITH (either way, up
to ALIGN_DEPTH hops: district → city → province → national and back down to siblings), and every
indicator whose name folds to one of the group's names. Read through the store protocol only, so the
answer is the same on every store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from plangraph.graph.model import Edge, Label, Node, RelType, level_rank
from plangraph.graph.store import GraphStore
from plangraph.graph.store.search_key import search_key

ALIGN_DEPTH = 6
SAME_NAME_CAP = 1000


@dataclass
class AlignedTarget:
    """An ALIGNS_WITH edge from this indicator to the parent plan's indicator it measures."""

    indicator: str
    score: float | None
    flag: str | None  # "looser", "opposite" or None
    parent_target: str | None


@dataclass
class IndicatorInPlan:
    id: str
    name: str
    unit: str | None
    baseline: str | None
    baseline_year: int | None
    target: str | None
    target_year: int | None
    nature: str | None
    kind: str | None
    category: str | None
    """The indicator table's category cell (or "prose"), as printed."""
    cumulative: bool | None
    """The table marks the value as cumulative over the period (a footnote star)."""
    plan: dict[str, Any] | None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    aligns_with: list[AlignedTarget] = field(default_factory=list)


@dataclass
class IndicatorComparison:
    key: str
    indicators: list[IndicatorInPlan]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


Row = tuple[Node, Node | None, list[tuple[Edge, Node]]]


def assemble_comparison(key: str, rows: list[Row]) -> IndicatorComparison | None:
    """``rows``: each indicator of the group with the plan that SETS it and its outgoing ALIGNS_WITH
    edges. Ordered national → district, then by plan id and indicator id."""
    if not rows:
        return None
    items = [_item(indicator, plan, aligned) for indicator, plan, aligned in rows]
    items.sort(
        key=lambda i: (
            level_rank((i.plan or {}).get("level")),
            (i.plan or {}).get("id", ""),
            i.id,
        )
    )
    return IndicatorComparison(key, items)


def _item(indicator: Node, plan: Node | None, aligned: list[tuple[Edge, Node]]) -> IndicatorInPlan:
    props = indicator.props
    return IndicatorInPlan(
        id=indicator.id,
        name=props.get("name", ""),
        unit=props.get("unit"),
        baseline=props.get("baseline"),
        baseline_year=props.get("baseline_year"),
        target=props.get("target"),
        target_year=props.get("target_year"),
        nature=props.get("nature"),
        kind=props.get("kind"),
        category=props.get("category"),
        cumulative=props.get("cumulative"),
        plan=None
        if plan is None
        else {key: plan.props.get(key) for key in ("title", "level", "region")} | {"id": plan.id},
        evidence=list(indicator.evidence),
        aligns_with=sorted(
            (
                AlignedTarget(
                    other.id, edge.props.get("score"), edge.props.get("flag"), edge.props.get("parent_target")
                )
                for edge, other in aligned
            ),
            key=lambda a: a.indicator,
        ),
    )


def compare_indicator(store: GraphStore, key: str) -> IndicatorComparison | None:
    """One indicator (by id, or every indicator with this exact name) in every plan that sets it,
    joined over ALIGNS_WITH and same names; None when nothing matches. One bulk read per hop."""
    start = {node.id: node for node in _same_name(store, search_key(key))}
    node = store.get_node(key)
    if node is not None and node.label == Label.INDICATOR:
        start[node.id] = node
    group = dict(start)
    frontier = list(start)
    for _ in range(ALIGN_DEPTH):
        if not frontier:
            break
        at = store.neighbours_of(frontier, [RelType.ALIGNS_WITH], "both")
        step = []
        for current in frontier:
            for _, other in at.get(current, []):
                if other.id not in group:
                    group[other.id] = other
                    step.append(other.id)
        frontier = step
    for name in {search_key(n.props.get("name", "")) for n in list(group.values())}:
        group.update((n.id, n) for n in _same_name(store, name))
    return assemble_comparison(key, _rows(store, list(group.values())))


def plan_indicators(store: GraphStore, plan: Node, target_year: int | None = None) -> list[IndicatorInPlan]:
    """The indicators a plan sets (only those for ``target_year`` when given), each with the parent
    targets it aligns with, in the plan's own order: the indicator table's rows as printed, then
    the targets stated in prose in the order of the text."""
    indicators = [
        n for _, n in store.neighbours(plan.id, [RelType.SETS], "out") if n.label == Label.INDICATOR
    ]
    if target_year is not None:
        indicators = [n for n in indicators if n.props.get("target_year") == target_year]
    aligned = store.neighbours_of([n.id for n in indicators], [RelType.ALIGNS_WITH], "out")
    comparison = assemble_comparison(plan.id, [(n, plan, aligned.get(n.id, [])) for n in indicators])
    return sorted(comparison.indicators, key=_printed_order) if comparison else []


def _printed_order(indicator: IndicatorInPlan) -> tuple[bool, str, int, str]:
    """Table rows first, then prose; each by where its quote starts in the (first) source file."""
    first = min(
        ((str(ev.get("source", "")), int(ev.get("start", 0))) for ev in indicator.evidence),
        default=("", 0),
    )
    return (indicator.kind != "table", *first, indicator.id)


def _rows(store: GraphStore, indicators: list[Node]) -> list[Row]:
    """Each indicator with the plan that sets it and its outgoing ALIGNS_WITH edges."""
    ids = [indicator.id for indicator in indicators]
    plans = store.neighbours_of(ids, [RelType.SETS], "in")
    aligned = store.neighbours_of(ids, [RelType.ALIGNS_WITH], "out")
    rows: list[Row] = []
    for indicator in indicators:
        setters = plans.get(indicator.id, [])
        rows.append((indicator, setters[0][1] if setters else None, aligned.get(indicator.id, [])))
    return rows


def _same_name(store: GraphStore, name_key: str) -> list[Node]:
    if not name_key:
        return []
    found = store.search(name_key, Label.INDICATOR, limit=SAME_NAME_CAP)
    return [n for n in found if search_key(n.props.get("name", "")) == name_key]


def plan_comparisons(store: GraphStore, plan: Node, target_year: int) -> list[IndicatorComparison]:
    """The plan's ``target_year`` indicators that a parent's or a child's indicator aligns with, each
    as ``compare_indicator`` answers it, narrowed to the same target year and to the indicators joined
    over ALIGNS_WITH (a same-name indicator of an unrelated plan is not a parent or a child). Empty
    when the plan has no aligned indicator: the answer a page links to only when there is one.
    In the plan's printed order."""
    own = [indicator.id for indicator in plan_indicators(store, plan, target_year)]
    aligned = store.neighbours_of(own, [RelType.ALIGNS_WITH], "both")
    found: list[IndicatorComparison] = []
    seen: set[str] = set()
    for indicator_id in own:
        if not aligned.get(indicator_id) or indicator_id in seen:
            continue
        comparison = compare_indicator(store, indicator_id)
        if comparison is None:
            continue
        joined = {a.indicator for i in comparison.indicators for a in i.aligns_with}
        joined |= {i.id for i in comparison.indicators if i.aligns_with}
        kept = [i for i in comparison.indicators if i.id in joined and i.target_year == target_year]
        seen |= {i.id for i in kept}
        if len(kept) > 1:
            found.append(IndicatorComparison(indicator_id, kept))
    return found
