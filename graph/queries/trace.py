"""A goal followed across levels of government: each IMPLEMENTS hop with both statements, their plans
and their quotes. One answer for the API's trace and the CLI; the goal-trace view draws the same hops.
"""

from __future__ import annotations

from dataclasses import dataclass

from plangraph.graph.model import Edge, Node
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore, Lineage


@dataclass
class TracedPassage:
    id: str
    node: Node | None
    plan: Node | None
    """The ingested plan whose text the passage is quoted from."""


@dataclass
class TracedHop:
    depth: int
    edge: Edge
    child: TracedPassage
    parent: TracedPassage


@dataclass
class TraceAnswer:
    start: TracedPassage
    direction: Lineage
    hops: list[TracedHop]
    total: int
    """Hops in the whole trace; ``hops`` holds the page asked for."""


def trace(
    store: GraphStore,
    start: Node,
    direction: Lineage = "down",
    max_depth: int = 5,
    limit: int | None = None,
    offset: int = 0,
) -> TraceAnswer:
    """The IMPLEMENTS chains from ``start``, nearest first and, at one depth, the strongest link
    first (score high to low, then the id of the statement reached), so the first page holds the
    passages that carry the goal down most closely; the page ``offset``..``offset + limit``. Only
    the plans of the passages on that page are read."""
    every_hop = sorted(store.trace(start.id, direction, max_depth), key=_strongest_first)
    page = every_hop[offset:] if limit is None else every_hop[offset : offset + limit]
    nodes = {start.id: start, **{node.id: node for _, node, _ in page}}
    plans = PlanIndex.for_evidence(store, nodes.values())

    def passage(node_id: str) -> TracedPassage:
        node = nodes.get(node_id) or store.get_node(node_id)
        return TracedPassage(node_id, node, plans.owner(node.evidence) if node is not None else None)

    hops = [TracedHop(depth, edge, passage(edge.source), passage(edge.target)) for edge, _, depth in page]
    return TraceAnswer(passage(start.id), direction, hops, len(every_hop))


def _strongest_first(hop: tuple[Edge, Node, int]) -> tuple[int, float, str]:
    edge, reached, depth = hop
    score = edge.props.get("score")
    return (depth, -float(score) if isinstance(score, (int, float)) else 0.0, reached.id)
