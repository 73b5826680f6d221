"""Applying documents to a graph of contributions: the write logic both stores share.

A node or edge keeps what every document contributed to it (``contributions``) and its merged view
(``node`` / ``edge``). Replacing a document drops its contributions everywhere and adds the new ones;
what no document supports any more disappears. Attributes are replaced, never mutated, so a reader
holding the previous graph object keeps a consistent view.
"""

from __future__ import annotations

import networkx as nx

from graph.merge import merge_evidence, merge_props
from graph.model import Contribution, DocumentGraph, Edge, Label, Node, RelType
from graph.store import StoreWriteError


def empty_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph(docs={})


def remove_document(graph: nx.MultiDiGraph, source: str) -> None:
    node_ids, edge_keys = graph.graph["docs"].pop(source, ((), ()))
    for key in edge_keys:
        u, v = edge_ends(key)
        if not graph.has_edge(u, v, key):
            continue
        attrs = graph.edges[u, v, key]
        contributions = {doc: c for doc, c in attrs["contributions"].items() if doc != source}
        if contributions:
            set_edge(graph, u, v, key, RelType(attrs["type"]), contributions)
        else:
            graph.remove_edge(u, v, key)
    for node_id in node_ids:
        if node_id not in graph:
            continue
        attrs = graph.nodes[node_id]
        contributions = {doc: c for doc, c in attrs["contributions"].items() if doc != source}
        if contributions:
            set_node(graph, node_id, Label(attrs["label"]), contributions)
        else:
            graph.remove_node(node_id)


def add_document(graph: nx.MultiDiGraph, document: DocumentGraph) -> None:
    source = document.source
    for record in document.nodes:
        old = graph.nodes[record.id]["contributions"] if record.id in graph else {}
        set_node(graph, record.id, record.label, {**old, source: record.contribution})
    for record in document.edges:
        if record.source not in graph or record.target not in graph:
            raise StoreWriteError(f"{document.source}: edge {record.key} names a node not in the store")
        key = record.key
        old = (
            graph.edges[record.source, record.target, key]["contributions"]
            if graph.has_edge(record.source, record.target, key)
            else {}
        )
        set_edge(graph, record.source, record.target, key, record.type, {**old, source: record.contribution})
    graph.graph["docs"][source] = (
        frozenset(r.id for r in document.nodes),
        frozenset(r.key for r in document.edges),
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
