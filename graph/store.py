"""The one protocol every graph store implements.

The API, the visualizer, the CLI and the tests see only this, never networkx or a driver, so a store
can be swapped by changing one URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

from graph.model import DocumentGraph, Edge, Label, Node, Page, RelType, Subgraph, WriteSummary

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

    def export(self) -> Subgraph:
        """The whole graph, for the JSON/GraphML export and the visualizer's overview."""
        ...

    def close(self) -> None: ...
