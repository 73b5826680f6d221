"""The one protocol every graph store implements: graph reads and writes, nothing composed.

The API, the visualizer, the CLI and the tests see only this, never networkx or a driver, so a store
can be swapped by changing one URL. Answers built from several reads (coverage, indicator comparison,
trace pages) live in graph.queries, the same on every store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

from plangraph.graph.model import (
    CypherResult,
    DocumentGraph,
    Edge,
    Label,
    Node,
    Page,
    RelType,
    Subgraph,
    WriteSummary,
)

Direction = Literal["out", "in", "both"]
Lineage = Literal["up", "down"]


class StoreError(Exception):
    """Base of every error a store raises; callers never see a driver's or networkx's own errors."""


class StoreUnavailable(StoreError):
    """The store cannot be opened or reached (bad path, server down, bad credentials)."""


class StoreFormatError(StoreError):
    """The stored data cannot be read by this version of PlanGraph."""


class StoreWriteError(StoreError):
    """A write failed; the store is left exactly as it was before it."""


class StoreUnsupported(StoreError):
    """This store cannot do what was asked (e.g. Cypher on the embedded store); the message says why."""


class StoreQueryRejected(StoreError):
    """A caller's query was refused before or while running (not read-only, a writing procedure,
    a syntax error, the timeout); the message says why. The caller's fault, not the store's."""


@runtime_checkable
class GraphStore(Protocol):
    def write_documents(self, documents: Sequence[DocumentGraph]) -> WriteSummary:
        """Replace each document's contribution with the new one, all documents as one unit:
        either every document is written or the store is unchanged."""
        ...

    def get_node(self, node_id: str) -> Node | None: ...

    def list_nodes(
        self,
        label: Label | None = None,
        filters: dict[str, str] | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Nodes ordered by id; ``filters`` match property values exactly."""
        ...

    def neighbours(
        self,
        node_id: str,
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[tuple[Edge, Node]]:
        """Edges at a node with the node at their other end, ordered by edge type then node id."""
        ...

    def neighbours_of(
        self,
        node_ids: Sequence[str],
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> dict[str, list[tuple[Edge, Node]]]:
        """``neighbours`` of many nodes in one read, keyed by node id (ids with none are left out):
        a walk or an answer over many nodes costs one round trip per step, not one per node."""
        ...

    def lineage(self, plan_id: str, direction: Lineage = "up", max_depth: int = 10) -> list[tuple[Node, int]]:
        """Plans above (``up``: what it is based on) or below (``down``) over BASED_ON, with their
        distance, nearest first then by id."""
        ...

    def trace(
        self, node_id: str, direction: Lineage = "down", max_depth: int = 5
    ) -> list[tuple[Edge, Node, int]]:
        """IMPLEMENTS links followed across levels: ``down`` from a goal to every passage that carries it
        out (and those that carry those out), ``up`` from a passage to the goals it serves. Each hop
        comes with its edge (score, quotes) and depth."""
        ...

    def shortest_path(self, source_id: str, target_id: str, max_depth: int = 8) -> Subgraph | None:
        """The shortest chain of edges between two nodes in either direction, or None."""
        ...

    def search(self, text: str, label: Label | None = None, limit: int = 20) -> list[Node]:
        """Nodes whose name, title or aliases contain ``text`` (simplified or traditional script),
        shortest names first."""
        ...

    def passages(self, plan_id: str) -> list[Node]:
        """The plan's statements (Task nodes under its sections), in document order."""
        ...

    def plan_mentions(self, plan_id: str) -> list[tuple[Edge, Node]]:
        """MENTIONS edges from the plan and from every section under it, with the entity named,
        ordered by entity id then passage id: what a plan talks about, with the quotes."""
        ...

    def read_cypher(
        self, statement: str, params: dict[str, object], timeout_s: float, row_cap: int
    ) -> CypherResult:
        """Run a caller's read-only Cypher statement. Raises StoreUnsupported where the store has no
        Cypher engine, StoreQueryRejected for anything that could write, fail or run too long."""
        ...

    def export(self) -> Subgraph:
        """The whole graph, for the JSON/GraphML export and the visualizer's overview."""
        ...

    def snapshot(self) -> GraphStore:
        """A store to run one request's reads on. An answer is often built from several reads (a
        trace reads the hops, then each quoted plan); on the embedded store the snapshot answers
        every read from the one graph it was taken at, so a write landing between two reads cannot
        mix two versions of the graph into one answer. Writes go through to the store itself."""
        ...

    def graph_version(self) -> str | None:
        """A token that changes whenever the graph changes (a snapshot: the graph it answers from),
        or None when the store cannot tell. The API keys its ETags and its answer cache on it."""
        ...

    def close(self) -> None: ...
