"""Any node and what surrounds it, out to a chosen depth: the view a double-click opens.

Drawn left to right by distance (the node, then what is one step away, then two …). Where more than
a few things of one kind sit at the same distance (a plan's fifty indicators), they are drawn as one
box that counts them, with the names in its tooltip and, on click, in the panel beside the drawing:
sixty labelled dots around a plan overlapped one another at any zoom. Plans are always drawn one by
one, chapters unless there are very many. A distance with many boxes continues in the next column,
so the page stays slide-shaped.
"""

from __future__ import annotations

from collections import defaultdict

from plangraph.graph.model import Label, Node
from plangraph.graph.queries.lookup import resolve_node
from plangraph.graph.queries.neighbourhood import neighbourhood
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore
from plangraph.viz.page import LegendEntry, View, VizEdge, VizNode, graph_node
from plangraph.viz.style import (
    LABEL_STYLES,
    RELATION_NAMES,
    display_name,
    edge_tooltip,
    shorten,
    wrap_even,
)

MAX_DEPTH = 3
GROUP_OVER = 3  # more of one kind at one distance are drawn as one counting box
SECTIONS_OVER = 12
NEVER_GROUPED = {Label.PLAN}
PER_COLUMN = 5
CAPTION_CHARS = 16  # two lines of eight: the rest of a paragraph's text is in its tooltip
NAMES_IN_TOOLTIP = 12


def group_limit(label: str) -> int | None:
    """How many of ``label`` one distance draws one by one; None: all of them."""
    if label in NEVER_GROUPED:
        return None
    return SECTIONS_OVER if label == Label.SECTION else GROUP_OVER


def neighbourhood_view(store: GraphStore, key: str, depth: int = 1) -> View:
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    start = resolve_node(store, key)
    walk = neighbourhood(store, start, depth)
    found, walked = walk.found, walk.edges
    plans = PlanIndex.of(store)
    by_ring: dict[tuple[int, str], list[Node]] = defaultdict(list)
    for node, distance in sorted(found.values(), key=lambda pair: (pair[1], pair[0].label, pair[0].id)):
        by_ring[(distance, str(node.label))].append(node)
    drawn_as: dict[str, str] = {}  # node id → the id of the box it is drawn in
    columns: dict[int, int] = defaultdict(int)  # distance → boxes placed so far
    nodes: list[VizNode] = []
    first_column = {0: 0}
    for distance in range(1, depth + 1):  # each distance starts right of the previous one's columns
        before = sum(len(_boxes(ring, label)) for (d, label), ring in by_ring.items() if d == distance - 1)
        first_column[distance] = first_column[distance - 1] + max(1, -(-before // PER_COLUMN))
    for (distance, label), ring in by_ring.items():
        for box in _boxes(ring, label):
            level = first_column[distance] + columns[distance] // PER_COLUMN
            columns[distance] += 1
            if isinstance(box, Node):
                node = graph_node(
                    box,
                    plans=[box.id] if box.id in plans.plans else plans.plans_of(box.evidence),
                    priority=distance,
                    font_size=22 if distance == 0 else 18,
                    level=level,
                )
                node.caption = wrap_even(shorten(display_name(box), CAPTION_CHARS), CAPTION_CHARS // 2)
                nodes.append(node)
                drawn_as[box.id] = box.id
                continue
            group_id = f"group-{distance}-{label}"
            names = [display_name(n) for n in box]
            style = LABEL_STYLES.get(label)
            kind_name = style.name if style else label
            nodes.append(
                VizNode(
                    id=group_id,
                    kind=label,
                    caption=f"{kind_name.split()[0]}\n{len(box)} 个",
                    tooltip=_names(kind_name, names, NAMES_IN_TOOLTIP),
                    plans=sorted({p for n in box for p in plans.plans_of(n.evidence)}),
                    search=" ".join(names),
                    level=level,
                    font_size=18,
                    priority=distance,
                    details=_names(kind_name, names, None),
                )
            )
            drawn_as.update((n.id, group_id) for n in box)
    edges: dict[tuple[str, str], list[VizEdge]] = defaultdict(list)
    for e in walked:
        source, target = drawn_as.get(e.source), drawn_as.get(e.target)
        if source is None or target is None or source == target:
            continue
        name = RELATION_NAMES.get(e.type, str(e.type))
        edges[(source, target)].append(
            VizEdge(source, target, caption=name.split()[0], tooltip=edge_tooltip(name, e.evidence))
        )
    merged = [
        pair[0] if len(pair) == 1 else VizEdge(s, t, caption=f"×{len(pair)}", width=min(1 + len(pair), 6))
        for (s, t), pair in edges.items()
    ]
    return View(
        name="neighbourhood",
        title=f"{display_name(start)} · 关联图 Neighbourhood",
        subtitle=(
            f"{depth} 步以内相连的节点，自左向右按距离排列；同类较多时合为一框计数，点击查看名称。"
            f"Everything within {depth} step(s) of this {start.label}, left to right by distance; "
            "many of one kind are counted in one box (click for the names)."
        ),
        nodes=nodes,
        edges=merged,
        # boxes with the name inside: the layered layout spaces boxes, not names hanging under dots
        legend=[
            LegendEntry(key, style.name, "box", style.fill, style.border)
            for key, style in LABEL_STYLES.items()
            if any(node.kind == key for node in nodes)
        ],
        layout="hierarchical",
        direction="LR",
        plans={plan_id: title for plan_id, title in plans.ingested().items()},
    )


def _boxes(ring: list[Node], label: str) -> list[Node | list[Node]]:
    """The ring's nodes one by one, or all of them as one group when there are too many."""
    limit = group_limit(label)
    if limit is None or len(ring) <= limit:
        return list(ring)
    return [ring]


def _names(kind: str, names: list[str], limit: int | None) -> str:
    shown = names if limit is None else names[:limit]
    more = f" …（另有 {len(names) - len(shown)} 个 more）" if len(shown) < len(names) else ""
    return f"【{kind}】{len(names)}\n" + "、".join(shorten(name, 40) for name in shown) + more
