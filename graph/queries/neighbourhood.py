"""A node and what surrounds it, out to a chosen depth: the API's neighbours answer and the view a
double-click opens are the same walk, read one frontier at a time with ``neighbours_of``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from plangraph.graph.model import Edge, Node, RelType
from plangraph.graph.store import Direction, GraphStore


@dataclass
class Neighbourhood:
    center: Node
    found: dict[str, tuple[Node, int]]
    """Every node reached with its distance, in the order the walk reached it; the centre first."""
    edges: list[Edge] = field(default_factory=list)
    """The edges walked whose two ends were both reached, in the order they were first seen."""
    truncated: bool = False
    """True when ``max_nodes`` stopped the walk before it reached everything within ``depth``."""

    @property
    def around(self) -> list[tuple[Node, int]]:
        """The nodes reached, without the centre."""
        return [pair for node_id, pair in self.found.items() if node_id != self.center.id]


def neighbourhood(
    store: GraphStore,
    center: Node,
    depth: int,
    rel_types: Sequence[RelType] | None = None,
    direction: Direction = "both",
    max_nodes: int | None = None,
) -> Neighbourhood:
    """Breadth-first from ``center`` over ``rel_types`` (all when None) in ``direction``; a node
    reached by several paths keeps its shortest distance. Once ``max_nodes`` are reached beyond the
    centre, further nodes are left out and the answer says ``truncated``."""
    found: dict[str, tuple[Node, int]] = {center.id: (center, 0)}
    edges: dict[str, Edge] = {}
    frontier, truncated = [center.id], False
    for distance in range(1, depth + 1):
        following: list[str] = []
        at = store.neighbours_of(frontier, rel_types, direction)
        for current in frontier:
            for edge, other in at.get(current, []):
                if other.id not in found:
                    if max_nodes is not None and len(found) > max_nodes:
                        truncated = True
                        continue
                    found[other.id] = (other, distance)
                    following.append(other.id)
                edges.setdefault(edge.key, edge)
        frontier = following
    walked = [e for e in edges.values() if e.source in found and e.target in found]
    return Neighbourhood(center, found, walked, truncated)
