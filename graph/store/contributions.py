"""Applying documents to a graph of contributions: the write logic both stores share.

A node or edge keeps what every document contributed to it (``contributions``) and its merged view
(``node`` / ``edge``). Replacing a document drops its contributions everywhere and adds the new ones;
what no document supports any more disappears. Attributes are replaced, never mutated, so a reader
holding the previous graph object keeps a consistent view.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from plangraph.graph.model import Contribution, DocumentGraph, Edge, Label, Node, RelType
from plangraph.graph.store import StoreWriteError
from plangraph.graph.store.merge import merge_evidence, merge_props


def empty_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph(docs={})


def remove_document(graph: nx.MultiDiGraph, source: str) -> None:
    apply_documents(graph, [], removed=[source])


def add_document(graph: nx.MultiDiGraph, document: DocumentGraph) -> None:
    """Add one document's contributions (the caller has removed what it said before)."""
    batch = _Batch(graph)
    batch.add(document)
    batch.merge()


def apply_documents(
    graph: nx.MultiDiGraph, documents: Sequence[DocumentGraph], removed: Sequence[str] = ()
) -> None:
    """Replace each document in turn, as ``remove_document`` then ``add_document`` would, but merge
    every touched node and edge once at the end. Sources in ``removed`` are dropped first.

    Merging on every touch cost O(k²) for a node k documents share (a province, a system, a law
    named by hundreds of plans); here it is O(k). The graph changes shape in the same order as the
    one-by-one path, so iteration order and errors are the same too.
    """
    batch = _Batch(graph)
    for source in removed:
        batch.remove(source)
    for document in documents:
        batch.remove(document.source)
        batch.add(document)
    batch.merge()


class _Batch:
    """Structural changes now, merged views later; contributions dicts copied once per batch."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.nodes: set[str] = set()
        self.edges: dict[str, tuple[str, str]] = {}
        # contributions dicts made in this batch, by id: only these may be mutated (readers hold the rest)
        self.own: dict[int, dict[str, Contribution]] = {}

    def _contributions(self, old: dict[str, Contribution]) -> dict[str, Contribution]:
        if id(old) in self.own:
            return old
        fresh = dict(old)
        self.own[id(fresh)] = fresh
        return fresh

    def remove(self, source: str) -> None:
        graph = self.graph
        node_ids, edge_keys = graph.graph["docs"].pop(source, ((), ()))
        for key in edge_keys:
            u, v = edge_ends(key)
            if not graph.has_edge(u, v, key):
                continue
            attrs = graph.edges[u, v, key]
            contributions = self._contributions(attrs["contributions"])
            contributions.pop(source, None)
            if contributions:
                self._put_edge(u, v, key, attrs["type"], contributions)
            else:
                graph.remove_edge(u, v, key)
        for node_id in node_ids:
            if node_id not in graph:
                continue
            attrs = graph.nodes[node_id]
            contributions = self._contributions(attrs["contributions"])
            contributions.pop(source, None)
            if contributions:
                self._put_node(node_id, attrs["label"], contributions)
            else:
                graph.remove_node(node_id)

    def add(self, document: DocumentGraph) -> None:
        graph, source = self.graph, document.source
        for record in document.nodes:
            old = graph.nodes[record.id]["contributions"] if record.id in graph else {}
            contributions = self._contributions(old)
            contributions[source] = record.contribution
            self._put_node(record.id, str(record.label), contributions)
        for record in document.edges:
            if record.source not in graph or record.target not in graph:
                raise StoreWriteError(f"{document.source}: edge {record.key} names a node not in the store")
            key = record.key
            exists = graph.has_edge(record.source, record.target, key)
            old = graph.edges[record.source, record.target, key]["contributions"] if exists else {}
            contributions = self._contributions(old)
            contributions[source] = record.contribution
            self._put_edge(record.source, record.target, key, str(record.type), contributions)
        graph.graph["docs"][source] = (
            frozenset(r.id for r in document.nodes),
            frozenset(r.key for r in document.edges),
        )

    def _put_node(self, node_id: str, label: str, contributions: dict[str, Contribution]) -> None:
        self.graph.add_node(node_id)
        attrs = self.graph.nodes[node_id]
        attrs.clear()
        attrs.update(label=label, contributions=contributions)
        self.nodes.add(node_id)

    def _put_edge(self, u: str, v: str, key: str, rel: str, contributions: dict[str, Contribution]) -> None:
        if self.graph.has_edge(u, v, key):
            self.graph.remove_edge(u, v, key)
        self.graph.add_edge(u, v, key=key, type=rel, contributions=contributions)
        self.edges[key] = (u, v)

    def merge(self) -> None:
        graph = self.graph
        for node_id in self.nodes:
            if node_id in graph:
                attrs = graph.nodes[node_id]
                label = Label(attrs["label"])
                contributions = attrs["contributions"]
                attrs["node"] = Node(
                    node_id, label, merge_props(contributions, label), merge_evidence(contributions)
                )
        for key, (u, v) in self.edges.items():
            if graph.has_edge(u, v, key):
                attrs = graph.edges[u, v, key]
                contributions = attrs["contributions"]
                attrs["edge"] = Edge(
                    u, v, RelType(attrs["type"]), merge_props(contributions), merge_evidence(contributions)
                )


def edge_ends(key: str) -> tuple[str, str]:
    _, ends = key.split(":", 1)
    u, v = ends.split("->", 1)
    return u, v


def set_node(
    graph: nx.MultiDiGraph, node_id: str, label: Label, contributions: dict[str, Contribution]
) -> None:
    """Replace (never mutate) a node's attributes, so the graph a reader holds stays intact."""
    node = Node(node_id, label, merge_props(contributions, label), merge_evidence(contributions))
    graph.add_node(node_id)
    graph.nodes[node_id].clear()
    graph.nodes[node_id].update(label=str(label), contributions=contributions, node=node)


def set_edge(
    graph: nx.MultiDiGraph, u: str, v: str, key: str, rel: RelType, contributions: dict[str, Contribution]
) -> None:
    edge = Edge(u, v, rel, merge_props(contributions), merge_evidence(contributions))
    if graph.has_edge(u, v, key):
        graph.remove_edge(u, v, key)
    graph.add_edge(u, v, key=key, type=str(rel), contributions=contributions, edge=edge)
