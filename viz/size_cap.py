"""Keep every page small enough to draw: past a measured size a view is cut, with a note saying so.

The limit comes from ``bench/viz_settle.py`` in headless Chromium on the project's 2-core machine
(2026-11-22, load average about 4 from other work; median of 3 runs): synthetic pages settled in 2.4 s
at 500 nodes, 2.6 s at 750, 3.3 s at 1,000, 4.5 s at 1,500, 7.2 s at 3,000 and 11.1 s at 4,000. 750
keeps every page under the 3 s a presenter will wait; 3,000 would still draw in under 10 s. Cutting
keeps the nodes a view ranks first (lowest ``priority``: e.g. nearest the centre of a neighbourhood).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from plangraph.viz.style import LABEL_STYLES

if TYPE_CHECKING:
    from plangraph.viz.page import View

MAX_NODES = 750
MAX_EDGES = 1500


def cap_view(view: View, max_nodes: int | None = None, max_edges: int = MAX_EDGES) -> View:
    """``view`` unchanged when small enough; otherwise its first ``max_nodes`` nodes by priority, the
    edges among them (at most ``max_edges``), and a note naming what was left out."""
    limit = MAX_NODES if max_nodes is None else max_nodes
    nodes, edges, notes = view.nodes, view.edges, list(view.notes)
    if len(nodes) > limit:
        ranked = sorted(enumerate(nodes), key=lambda pair: (pair[1].priority, pair[0]))
        kept_ids = {node.id for _, node in ranked[:limit]}
        dropped = Counter(node.kind for node in nodes if node.id not in kept_ids)
        nodes = [node for node in nodes if node.id in kept_ids]
        names = "、".join(f"{count} {_kind_name(kind)}" for kind, count in dropped.most_common())
        notes.append(
            f"图太大，只显示 {limit} / {len(view.nodes)} 个节点（未显示：{names}）。"
            f"Too large to draw smoothly: showing {limit} of {len(view.nodes)} nodes; "
            "choose a smaller depth or a single plan to see the rest."
        )
    kept = {node.id for node in nodes}
    edges = [edge for edge in edges if edge.source in kept and edge.target in kept]
    if len(edges) > max_edges:
        notes.append(f"只显示 {max_edges} / {len(edges)} 条连线。Showing {max_edges} of {len(edges)} edges.")
        edges = sorted(edges, key=lambda edge: -edge.width)[:max_edges]
    if nodes is view.nodes and len(edges) == len(view.edges):
        return view
    return replace(view, nodes=nodes, edges=edges, notes=notes)


def _kind_name(kind: str) -> str:
    style = LABEL_STYLES.get(kind)
    return style.name if style else kind
