"""Converting a file store of earlier versions (``graph.json``) into the SQLite store, once.

The file holds every node's and edge's contributions, so the SQLite store made from it is the same
graph, rows and all, as ingesting the same documents into a new store would give.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from plangraph.graph.model import Label
from plangraph.graph.store import StoreWriteError
from plangraph.graph.store.networkx_store import load_graph_file
from plangraph.graph.store.sqlite_schema import generation, to_json
from plangraph.graph.store.sqlite_write import search_rows

CONVERTED_FROM = "converted_from"


def convert_file_store(legacy: Path, writer: Callable[[], sqlite3.Connection]) -> None:
    """Fill the new (empty) store ``writer`` connects to from ``legacy``, in one transaction: a kill
    half-way leaves it empty, and the next open converts again. The file is read first, so one it
    cannot read (StoreFormatError, saying why) leaves no store file behind. A second process opening
    the store at the same moment waits for the write lock and then finds the work done."""
    graph = load_graph_file(legacy)
    db = writer()
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            done = db.execute("SELECT 1 FROM meta WHERE key = ?", (CONVERTED_FROM,)).fetchone()
            if done is None and generation(db) == 0:
                _insert(db, graph)
                db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (CONVERTED_FROM, legacy.name))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreWriteError(f"{db}: could not convert {legacy}: {exc}") from exc


def _insert(db: sqlite3.Connection, graph: nx.MultiDiGraph) -> None:
    plans: dict[str, str] = {}
    nodes = []
    for node_id, attrs in graph.nodes(data=True):
        node = attrs["node"]
        nodes.append(node)
        db.execute(
            "INSERT INTO nodes (id, label, props, evidence) VALUES (?, ?, ?, ?)",
            (node_id, attrs["label"], to_json(node.props), to_json(node.evidence)),
        )
        for document, c in attrs["contributions"].items():
            db.execute(
                "INSERT INTO node_contributions (node_id, document, props, evidence, is_primary) "
                "VALUES (?, ?, ?, ?, ?)",
                (node_id, document, to_json(c.props), to_json(c.evidence), int(c.primary)),
            )
            if c.primary and attrs["label"] == Label.PLAN:
                plans[document] = node_id
    db.executemany(
        "INSERT INTO search_names (name_len, id, label, names) VALUES (?, ?, ?, ?)", search_rows(nodes)
    )
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        edge = attrs["edge"]
        db.execute(
            "INSERT INTO edges (key, source, target, type, props, evidence) VALUES (?, ?, ?, ?, ?, ?)",
            (key, u, v, attrs["type"], to_json(edge.props), to_json(edge.evidence)),
        )
        for document, c in attrs["contributions"].items():
            db.execute(
                "INSERT INTO edge_contributions (edge_key, document, props, evidence, is_primary) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, document, to_json(c.props), to_json(c.evidence), int(c.primary)),
            )
    db.executemany(
        "INSERT INTO documents (source, plan_id, nodes, edges) VALUES (?, ?, ?, ?)",
        [(doc, plans.get(doc), len(n), len(e)) for doc, (n, e) in sorted(graph.graph["docs"].items())],
    )
    if graph.number_of_nodes():
        db.execute("UPDATE meta SET value = '1' WHERE key = 'generation'")
