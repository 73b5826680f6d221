"""The one protocol every graph store implements.

The API, the visualizer, the CLI and the tests see only this, never networkx or a driver, so a store
can be swapped by changing one URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

from graph.model import DocumentGraph, Edge, Label, Node, Page, RelType, Subgraph, WriteSummary

Direction = Literal["out", "in", "both"]


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

    def passages(self, plan_id: str) -> list[Node]:
        """The plan's statements (Task nodes under its sections), in document order."""
        ...

    def export(self) -> Subgraph:
        """The whole graph, for the JSON/GraphML export and the visualizer's overview."""
        ...

    def close(self) -> None: ...
