"""Writing documents to the SQLite store: one transaction touching only what the documents touch.

The rows a batch can change are loaded into a small networkx graph — the documents' old and new
nodes and edges, the shared nodes they merge into (a province, an agency), and the ends of every
edge — and the same ``apply_documents`` the file store used runs on it, so merging is one rule in
one place. Only the rows whose contributions changed are written back; a document ingested again
unchanged writes nothing, and the store's generation moves only when something changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from plangraph.graph.model import Contribution, DocumentGraph, EvidenceDict, Label, Node, Props, WriteSummary
from plangraph.graph.store.contributions import apply_documents, edge_ends
from plangraph.graph.store.read_index import _names, _rank
from plangraph.graph.store.search_key import search_keys
from plangraph.graph.store.sqlite_schema import chunks, generation, to_json

# (props JSON, evidence JSON, primary) of one document's contribution, as stored
StoredContribution = tuple[str, str, int]


class _TrackingGraph(nx.MultiDiGraph):
    """A partial graph that remembers which nodes a batch removed: networkx drops a removed node's
    edges with it, and the rows of those edges not loaded into the partial graph must go too."""

    def __init__(self, **attrs: object) -> None:
        super().__init__(**attrs)
        self.removed: set[str] = set()

    def remove_node(self, n: str) -> None:
        self.removed.add(n)
        super().remove_node(n)


@dataclass
class _Loaded:
    """What the store held before the batch, as stored (JSON text), for the rows the batch may touch."""

    nodes: dict[str, tuple[str, dict[str, StoredContribution]]] = field(default_factory=dict)
    edges: dict[str, tuple[str, str, str, dict[str, StoredContribution]]] = field(default_factory=dict)


def write_batch(db: sqlite3.Connection, documents: Sequence[DocumentGraph]) -> WriteSummary:
    """Replace each document's contribution; the caller holds the write transaction (and rolls it
    back on any error, so a failed batch leaves every row as it was)."""
    sources = list(dict.fromkeys(d.source for d in documents))
    old_nodes = _by_document(db, "node_id", "node_contributions", sources)
    old_edges = _by_document(db, "edge_key", "edge_contributions", sources)
    edge_keys = {key for keys in old_edges.values() for key in keys}
    edge_keys |= {r.key for d in documents for r in d.edges}
    node_ids = {node for nodes in old_nodes.values() for node in nodes}
    node_ids |= {r.id for d in documents for r in d.nodes}
    node_ids |= {end for key in edge_keys for end in edge_ends(key)}

    loaded = _load(db, sorted(node_ids), sorted(edge_keys))
    graph = _TrackingGraph(docs={s: (frozenset(old_nodes[s]), frozenset(old_edges[s])) for s in sources})
    for node_id, (label, stored) in loaded.nodes.items():
        graph.add_node(node_id, label=label, contributions=_contributions(stored))
    for key, (source, target, rel, stored) in loaded.edges.items():
        graph.add_edge(source, target, key=key, type=rel, contributions=_contributions(stored))

    apply_documents(graph, documents)

    changed = _write_nodes(db, graph, loaded)
    changed |= _write_edges(db, graph, loaded)
    changed |= _write_documents(db, graph, documents, sources)
    if changed:
        db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation(db) + 1),))
    plans = {n.id for d in documents for n in d.nodes if n.label == Label.PLAN and n.contribution.primary}
    return WriteSummary(
        documents=len(documents),
        plans=len(plans),
        nodes_added=sum(1 for n in graph.nodes if n not in loaded.nodes),
        edges_added=sum(1 for *_, k in graph.edges(keys=True) if k not in loaded.edges),
        nodes_total=db.execute("SELECT count(*) FROM nodes").fetchone()[0],
        edges_total=db.execute("SELECT count(*) FROM edges").fetchone()[0],
    )


def _by_document(db: sqlite3.Connection, column: str, table: str, sources: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {s: set() for s in sources}
    for part in chunks(sources):
        marks = ",".join("?" * len(part))
        for item, document in db.execute(
            f"SELECT {column}, document FROM {table} WHERE document IN ({marks})", part
        ):
            found[document].add(item)
    return found


def _load(db: sqlite3.Connection, node_ids: list[str], edge_keys: list[str]) -> _Loaded:
    loaded = _Loaded()
    for part in chunks(node_ids):
        marks = ",".join("?" * len(part))
        for node_id, label in db.execute(f"SELECT id, label FROM nodes WHERE id IN ({marks})", part):
            loaded.nodes[node_id] = (label, {})
        for node_id, document, props, evidence, primary in db.execute(
            "SELECT node_id, document, props, evidence, is_primary FROM node_contributions "
            f"WHERE node_id IN ({marks})",
            part,
        ):
            loaded.nodes[node_id][1][document] = (props, evidence, primary)
    for part in chunks(edge_keys):
        marks = ",".join("?" * len(part))
        for key, source, target, rel in db.execute(
            f"SELECT key, source, target, type FROM edges WHERE key IN ({marks})", part
        ):
            loaded.edges[key] = (source, target, rel, {})
        for key, document, props, evidence, primary in db.execute(
            "SELECT edge_key, document, props, evidence, is_primary FROM edge_contributions "
            f"WHERE edge_key IN ({marks})",
            part,
        ):
            loaded.edges[key][3][document] = (props, evidence, primary)
    return loaded


def _contributions(stored: dict[str, StoredContribution]) -> dict[str, Contribution]:
    return {
        document: Contribution(json.loads(props), json.loads(evidence), bool(primary))
        for document, (props, evidence, primary) in stored.items()
    }


def _stored(contributions: dict[str, Contribution]) -> dict[str, StoredContribution]:
    return {
        document: (to_json(c.props), to_json(c.evidence), int(c.primary))
        for document, c in contributions.items()
    }


def _merged_json(
    props: Props,
    evidence: list[EvidenceDict],
    contributions: dict[str, Contribution],
    stored: dict[str, StoredContribution],
) -> tuple[str, str]:
    """The JSON of a merged node's or edge's props and evidence. Most things have one contribution,
    which the merge copies (graph.store.merge): its JSON, encoded just before, is then the merged
    JSON wherever the values are equal (the same objects), and encoding it again was a fifth of a write."""
    if len(contributions) == 1:
        ((document, only),) = contributions.items()
        props_json, evidence_json, _ = stored[document]
        return (
            props_json if props == only.props else to_json(props),
            evidence_json if evidence == only.evidence else to_json(evidence),
        )
    return to_json(props), to_json(evidence)


@dataclass(frozen=True)
class _Statements:
    delete: str
    delete_contributions: str
    delete_contribution: str
    put_contribution: str
    put: str


def _statements(table: str, key: str, column: str, columns: str) -> _Statements:
    contributions = f"{table[:-1]}_contributions"
    marks = ", ".join("?" * len(columns.split(", ")))
    return _Statements(
        delete=f"DELETE FROM {table} WHERE {key} = ?",
        delete_contributions=f"DELETE FROM {contributions} WHERE {column} = ?",
        delete_contribution=f"DELETE FROM {contributions} WHERE {column} = ? AND document = ?",
        put_contribution=f"INSERT OR REPLACE INTO {contributions} ({column}, document, props, evidence, "
        "is_primary) VALUES (?, ?, ?, ?, ?)",
        put=f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})",
    )


_NODE_SQL = _statements("nodes", "id", "node_id", "id, label, props, evidence")
_EDGE_SQL = _statements("edges", "key", "edge_key", "key, source, target, type, props, evidence")


@dataclass
class _Rows:
    """The row changes of one table and its contributions table, sent as one ``executemany`` per
    statement: a statement per node or edge was most of a batch's write time."""

    removed: list[tuple[str]] = field(default_factory=list)
    gone: list[tuple[str, str]] = field(default_factory=list)
    put: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    rows: list[tuple[str, ...]] = field(default_factory=list)

    def contributions(
        self, item: str, before: dict[str, StoredContribution], after: dict[str, StoredContribution]
    ) -> bool:
        """Queue the contribution rows of ``item`` that changed; True when any did."""
        gone = [(item, document) for document in before if document not in after]
        put = [(item, document, *v) for document, v in after.items() if before.get(document) != v]
        self.gone += gone
        self.put += put
        return bool(gone or put)

    def write(self, db: sqlite3.Connection, sql: _Statements) -> bool:
        """Send the queued changes, each list in key order (which B-tree inserts like); True when any."""
        for statement, rows in (
            (sql.delete, self.removed),
            (sql.delete_contributions, self.removed),
            (sql.delete_contribution, self.gone),
            (sql.put_contribution, self.put),
            (sql.put, self.rows),
        ):
            if rows:
                db.executemany(statement, sorted(rows))
        return bool(self.removed or self.gone or self.put or self.rows)


def _write_nodes(db: sqlite3.Connection, graph: _TrackingGraph, loaded: _Loaded) -> bool:
    queued = _Rows()
    written: list[Node] = []
    for node_id in {*loaded.nodes, *graph.nodes}:
        label, before = loaded.nodes.get(node_id, ("", {}))
        if node_id not in graph:
            queued.removed.append((node_id,))
            continue
        attrs = graph.nodes[node_id]
        after = _stored(attrs["contributions"])
        if queued.contributions(node_id, before, after) or label != attrs["label"]:
            node: Node = attrs["node"]
            merged = _merged_json(node.props, node.evidence, attrs["contributions"], after)
            queued.rows.append((node_id, str(node.label), *merged))
            written.append(node)
    changed = queued.write(db, _NODE_SQL)
    if queued.removed:
        db.executemany("DELETE FROM search_names WHERE id = ?", queued.removed)
    _write_search_names(db, written)
    return changed


def _write_search_names(db: sqlite3.Connection, nodes: list[Node]) -> None:
    """Folded names (graph.store.search_key) of each node, one row per node in search rank order."""
    if not nodes:
        return
    db.executemany("DELETE FROM search_names WHERE id = ?", [(n.id,) for n in nodes])
    db.executemany(
        "INSERT INTO search_names (name_len, id, label, names) VALUES (?, ?, ?, ?)", search_rows(nodes)
    )


def search_rows(nodes: Sequence[Node]) -> list[tuple[int, str, str, str]]:
    """(rank length, id, label, names) of the nodes that have a name; names folded in one call."""
    named = [(node, _names(node)) for node in nodes]
    named = [(node, names) for node, names in named if names]
    keys = search_keys([name for _, names in named for name in names])
    rows, used = [], 0
    for node, names in named:
        folded = keys[used : used + len(names)]
        used += len(names)
        rows.append((_rank(node)[0], node.id, str(node.label), "\n".join(folded) + "\n"))
    return rows


def _write_edges(db: sqlite3.Connection, graph: _TrackingGraph, loaded: _Loaded) -> bool:
    queued = _Rows()
    present = {key: (u, v, attrs) for u, v, key, attrs in graph.edges(keys=True, data=True)}
    for key in {*loaded.edges, *present}:
        before = loaded.edges[key][3] if key in loaded.edges else {}
        if key not in present:
            queued.removed.append((key,))
            continue
        u, v, attrs = present[key]
        after = _stored(attrs["contributions"])
        if queued.contributions(key, before, after):
            edge = attrs["edge"]
            merged = _merged_json(edge.props, edge.evidence, attrs["contributions"], after)
            queued.rows.append((key, u, v, str(edge.type), *merged))
    changed = queued.write(db, _EDGE_SQL)
    # networkx dropped every edge of a removed node, loaded or not; drop the rows of those not loaded
    for part in chunks(sorted(graph.removed)):
        marks = ",".join("?" * len(part))
        stale = [
            key
            for (key,) in db.execute(
                f"SELECT key FROM edges WHERE source IN ({marks}) UNION SELECT key FROM edges "
                f"WHERE target IN ({marks})",
                [*part, *part],
            )
            if key not in present
        ]
        db.executemany("DELETE FROM edges WHERE key = ?", [(k,) for k in stale])
        db.executemany("DELETE FROM edge_contributions WHERE edge_key = ?", [(k,) for k in stale])
        changed |= bool(stale)
    return changed


def _write_documents(
    db: sqlite3.Connection, graph: _TrackingGraph, documents: Sequence[DocumentGraph], sources: list[str]
) -> bool:
    plans = {
        d.source: next((n.id for n in d.nodes if n.label == Label.PLAN and n.contribution.primary), None)
        for d in documents
    }
    changed = False
    for source in sources:
        entry = graph.graph["docs"].get(source)
        before = db.execute(
            "SELECT plan_id, nodes, edges FROM documents WHERE source = ?", (source,)
        ).fetchone()
        after = None if entry is None else (plans.get(source), len(entry[0]), len(entry[1]))
        if before == after:
            continue
        changed = True
        if after is None:
            db.execute("DELETE FROM documents WHERE source = ?", (source,))
        else:
            db.execute(
                "INSERT OR REPLACE INTO documents (source, plan_id, nodes, edges) VALUES (?, ?, ?, ?)",
                (source, *after),
            )
    return changed
