"""The Neo4j store: the same GraphStore contract on a Neo4j server, through the official driver.

Every query is a named block of cypher/*.cypher with values passed only as parameters. A write
reads the contributions of every node and relationship the documents touch, applies the documents
with the same logic as the embedded store (graph/store/contributions.py) and writes the result back in
batches (UNWIND), all in one transaction: either the whole batch lands or nothing does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import neo4j
import neo4j.graph
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable, SessionExpired

from plangraph.cypher import load_blocks
from plangraph.graph.model import (
    Contribution,
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
from plangraph.graph.store import (
    Direction,
    Lineage,
    StoreError,
    StoreQueryRejected,
    StoreUnavailable,
    StoreWriteError,
)
from plangraph.graph.store.contributions import apply_documents, empty_graph, set_edge, set_node
from plangraph.graph.store.search_key import search_key

QUERIES = "store.cypher"
SCHEMA = "schema.cypher"
# The passthrough checks a caller's statement by planning it without running it; the caller's text
# follows this keyword verbatim (it is the caller's query by design, never one of ours).
EXPLAIN = "EXPLAIN "
# The server cannot be reached, or the connection broke under a query (it stopped, restarted, or
# a cluster member went away): the store is unavailable, not wrong.
UNREACHABLE = (ServiceUnavailable, SessionExpired)
# Reads are not retried by the driver (its default retries for 30 s, logging each attempt): an API
# request on a stopped server answers 503 at once, and the next request tries again.
READ_RETRY_SECONDS = 0.0
# Tags the ingest's transaction in SHOW TRANSACTIONS, for operators and for the fault tests.
WRITE_METADATA = {"app": "plangraph", "work": "write_documents"}
# Documents per write transaction (see write_documents).
WRITE_BATCH_DOCUMENTS = 25
# What the store writes beyond the graph itself, kept on the :GraphVersion node: 2 = search_text on
# every named node (stores of format 1 or none are brought up to it when opened).
STORE_FORMAT = 2
QUERY_TYPES = {"rw": "read-write", "w": "write-only", "s": "a schema change", "": "of unknown type"}
# Properties the store keeps for itself; passthrough results show the entity's own properties.
INTERNAL_PROPS = {
    "props_json",
    "evidence_json",
    "contrib_json",
    "docs",
    "search_text",
    "search_name",  # written before format 2 (search_text)
    "search_title",
    "search_aliases",
}
ALL_LABELS = [str(label) for label in Label]


def _q(name: str) -> str:
    return load_blocks(QUERIES)[name]


class Neo4jStore:
    """GraphStore on Neo4j; ``url`` is a neo4j:// or bolt:// URL."""

    def __init__(
        self, url: str, user: str = "neo4j", password: str = "", database: str | None = None
    ) -> None:
        self.url = url
        self.database = database
        try:
            # Server notifications (e.g. "property key does not exist" on an empty database) are
            # hints for a person writing Cypher; the driver would log each one as a warning.
            self.driver = GraphDatabase.driver(url, auth=(user, password), notifications_min_severity="OFF")
            self.driver.verify_connectivity()
            with self.driver.session(database=database) as session:
                for statement in load_blocks(SCHEMA).values():
                    session.run(statement).consume()
                marks = session.run(_q("any_documents")).single()
                if marks and marks["written"] and not marks["recorded"]:
                    session.run(_q("backfill_documents")).consume()
                version = session.run(_q("graph_version")).single()
                if version is None or (version["format"] or 1) < STORE_FORMAT:
                    session.run(_q("backfill_search_text")).consume()
                    session.run(_q("new_graph_version"), format=STORE_FORMAT).consume()
        except (*UNREACHABLE, AuthError, OSError, ValueError) as exc:
            raise StoreUnavailable(f"{url}: cannot use the Neo4j store: {_one_line(str(exc))}") from exc
        except Neo4jError as exc:  # e.g. Neo.ClientError.Database.DatabaseNotFound for NEO4J_DATABASE
            raise StoreUnavailable(
                f"{url}: cannot use the Neo4j store: {exc.code}: {_one_line(exc.message or '')}"
            ) from exc

    # -- reads -----------------------------------------------------------------------------------

    def _read_session(self) -> neo4j.Session:
        return self.driver.session(
            database=self.database,
            default_access_mode=neo4j.READ_ACCESS,
            max_transaction_retry_time=READ_RETRY_SECONDS,
        )

    def _unavailable(self, exc: Exception) -> StoreUnavailable:
        return StoreUnavailable(f"{self.url}: Neo4j is unavailable: {_one_line(str(exc))}")

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """One auto-commit read: BEGIN goes with RUN and PULL, saving the round trip of a managed
        transaction's COMMIT, and with no retry to give up a managed one would add nothing."""
        try:
            with self._read_session() as session:
                return _records(session.run(_q(name), params))
        except UNREACHABLE as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            raise StoreError(f"{self.url}: query {name} failed: {exc.message}") from exc

    def get_node(self, node_id: str) -> Node | None:
        rows = self._read("get_node", id=node_id)
        return _node(rows[0]) if rows else None

    def list_nodes(
        self,
        label: Label | None = None,
        filters: dict[str, str] | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        params = {"labels": [str(label)] if label else ALL_LABELS, "filters": dict(filters or {})}
        rows = self._read("list_nodes", limit=limit, offset=offset, **params)
        total = self._read("count_nodes", **params)[0]["total"]
        return Page(items=[_node(r) for r in rows], total=total, limit=limit, offset=offset)

    def neighbours(
        self, node_id: str, rel_types: Sequence[RelType] | None = None, direction: Direction = "both"
    ) -> list[tuple[Edge, Node]]:
        types = [str(t) for t in rel_types] if rel_types else None
        rows = []
        if direction in ("out", "both"):
            rows += self._read("neighbours_out", id=node_id, types=types)
        if direction in ("in", "both"):
            rows += self._read("neighbours_in", id=node_id, types=types)
        found = [(_edge(row), _node(_as_node(row))) for row in rows]
        found.sort(key=lambda pair: (pair[0].type, pair[1].id, pair[0].source))
        return found

    def neighbours_of(
        self,
        node_ids: Sequence[str],
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> dict[str, list[tuple[Edge, Node]]]:
        ids = list(dict.fromkeys(node_ids))
        types = [str(t) for t in rel_types] if rel_types else None
        rows = []
        if ids and direction in ("out", "both"):
            rows += self._read("neighbours_of_out", ids=ids, types=types)
        if ids and direction in ("in", "both"):
            rows += self._read("neighbours_of_in", ids=ids, types=types)
        found: dict[str, list[tuple[Edge, Node]]] = {}
        for row in rows:
            found.setdefault(row["at"], []).append((_edge(row), _node(_as_node(row))))
        for pairs in found.values():
            pairs.sort(key=lambda pair: (pair[0].type, pair[1].id, pair[0].source))
        return {node_id: found[node_id] for node_id in ids if node_id in found}

    def lineage(self, plan_id: str, direction: Lineage = "up", max_depth: int = 10) -> list[tuple[Node, int]]:
        rows = self._read(f"lineage_{direction}", id=plan_id, max_depth=max_depth)
        return [(_node(r), r["depth"]) for r in rows]

    def trace(
        self, node_id: str, direction: Lineage = "down", max_depth: int = 5
    ) -> list[tuple[Edge, Node, int]]:
        """Breadth-first, one read per level, as the embedded store walks: a node reached at one
        depth from several nodes keeps the link from the first of them by id."""
        seen, frontier = {node_id}, [node_id]
        found: list[tuple[Edge, Node, int]] = []
        for depth in range(1, max_depth + 1):
            if not frontier:
                break
            adjacent: dict[str, list[dict[str, Any]]] = {}
            for row in self._read(f"trace_step_{direction}", ids=frontier, seen=sorted(seen)):
                adjacent.setdefault(row["at"], []).append(row)
            step = []
            for current in frontier:
                for row in sorted(adjacent.get(current, ()), key=lambda r: r["id"]):
                    if row["id"] not in seen:
                        seen.add(row["id"])
                        step.append((_edge(row), _node(_as_node(row)), depth))
            step.sort(key=lambda hop: hop[1].id)
            found.extend(step)
            frontier = [node.id for _, node, _ in step]
        return found

    def shortest_path(self, source_id: str, target_id: str, max_depth: int = 8) -> Subgraph | None:
        if source_id == target_id:  # Cypher's shortestPath refuses equal ends; the answer is the node
            node = self.get_node(source_id)
            return Subgraph(nodes=[node], edges=[]) if node else None
        rows = self._read("shortest_path", source=source_id, target=target_id, max_depth=max_depth)
        if not rows:
            return None
        return Subgraph(
            nodes=[_node(n) for n in rows[0]["nodes"]], edges=[_edge(r) for r in rows[0]["relationships"]]
        )

    def search(self, text: str, label: Label | None = None, limit: int = 20) -> list[Node]:
        needle = search_key(text)
        if not needle:
            return []
        rows = self._read("search", text=needle, label=str(label) if label else None, limit=limit)
        return [_node(r) for r in rows]

    def passages(self, plan_id: str) -> list[Node]:
        return [_node(r) for r in self._read("passages", id=plan_id)]

    def plan_mentions(self, plan_id: str) -> list[tuple[Edge, Node]]:
        return [(_edge(r), _node(_as_node(r))) for r in self._read("plan_mentions", id=plan_id)]

    def read_cypher(
        self, statement: str, params: dict[str, object], timeout_s: float, row_cap: int
    ) -> CypherResult:
        """Checked with EXPLAIN first (query type must be read-only; no LOAD CSV; every procedure
        called must be READ mode), then run in a READ transaction with a server-side timeout, so a
        write is refused twice: by us and by the server's access mode."""
        self._check_read_only(statement, params, timeout_s)

        @neo4j.unit_of_work(timeout=timeout_s)
        def work(tx: neo4j.ManagedTransaction) -> CypherResult:
            result = tx.run(statement, params)
            columns = list(result.keys())
            rows: list[list[Any]] = []
            for record in result:
                if len(rows) == row_cap:
                    return CypherResult(columns, rows, truncated=True)
                rows.append([_jsonable(value) for value in record.values()])
            return CypherResult(columns, rows, truncated=False)

        try:
            with self._read_session() as session:
                return session.execute_read(work)
        except UNREACHABLE as exc:
            raise self._unavailable(exc) from exc
        except ClientError as exc:
            raise StoreQueryRejected(f"statement refused by Neo4j: {exc.code}: {exc.message}") from exc
        except Neo4jError as exc:
            raise StoreError(f"{self.url}: statement failed: {exc.message}") from exc

    def _check_read_only(self, statement: str, params: dict[str, object], timeout_s: float) -> None:
        try:
            with self._read_session() as session:
                summary = session.run(neo4j.Query(EXPLAIN + statement, timeout=timeout_s), params).consume()
        except UNREACHABLE as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            raise StoreQueryRejected(f"statement refused by Neo4j: {exc.code}: {exc.message}") from exc
        except (ValueError, TypeError, OverflowError) as exc:  # a parameter Bolt cannot carry (2**63)
            raise StoreQueryRejected(f"a parameter cannot be sent to Neo4j: {exc}") from exc
        if summary.query_type != "r":
            kind = QUERY_TYPES.get(summary.query_type or "", summary.query_type)
            raise StoreQueryRejected(f"only read-only statements are allowed; this one is {kind}")
        operators = list(_operators(summary.plan or {}))
        if any(op.startswith("LoadCSV") for op, _ in operators):
            raise StoreQueryRejected("LOAD CSV is not allowed through the passthrough")
        called = sorted(
            {_procedure_name(details) for op, details in operators if op.startswith("ProcedureCall")}
        )
        if called:
            try:
                rows = self._read("read_cypher_procedures", names=called)
            except StoreUnavailable:
                raise
            except StoreError as exc:  # fail closed: a procedure whose mode is unknown is refused
                raise StoreQueryRejected(f"cannot check the mode of {', '.join(called)}: {exc}") from exc
            modes = {r["name"]: r["mode"] for r in rows}
            writing = [name for name in called if modes.get(name) != "READ"]
            if writing:
                raise StoreQueryRejected(
                    f"only READ-mode procedures are allowed; refused: {', '.join(writing)}"
                )

    def export(self) -> Subgraph:
        return Subgraph(
            nodes=[_node(r) for r in self._read("export_nodes")],
            edges=[_edge(r) for r in self._read("export_relationships")],
        )

    # -- writes ----------------------------------------------------------------------------------

    def write_documents(self, documents: Sequence[DocumentGraph]) -> WriteSummary:
        """One transaction per batch of ``WRITE_BATCH_DOCUMENTS`` documents: a batch lands whole or not
        at all. One transaction for everything ran out of the server's transaction memory at 300
        synthetic plans on a 1 GB heap (dbms.memory.transaction.total.max, 70 % of the heap)."""
        pending = list(documents)
        summaries: list[WriteSummary] = []
        try:
            with self.driver.session(database=self.database) as session:
                work = neo4j.unit_of_work(metadata=WRITE_METADATA)(self._write)
                for batch in _batches(pending) or [[]]:
                    summaries.append(session.execute_write(work, batch))
        except UNREACHABLE as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            written = min(len(summaries) * WRITE_BATCH_DOCUMENTS, len(pending))
            raise StoreWriteError(
                f"{self.url}: write failed after {written} of {len(pending)} documents were written "
                f"(each batch of {WRITE_BATCH_DOCUMENTS} is whole or absent): {exc.message}"
                if summaries
                else f"{self.url}: write failed, nothing was changed: {exc.message}"
            ) from exc
        return WriteSummary(
            documents=len(pending),
            plans=sum(s.plans for s in summaries),
            nodes_added=sum(s.nodes_added for s in summaries),
            edges_added=sum(s.edges_added for s in summaries),
            nodes_total=summaries[-1].nodes_total,
            edges_total=summaries[-1].edges_total,
        )

    def _write(self, tx: neo4j.ManagedTransaction, documents: list[DocumentGraph]) -> WriteSummary:
        docs = [d.source for d in documents]
        ids = sorted(
            {n.id for d in documents for n in d.nodes}
            | {e.source for d in documents for e in d.edges}
            | {e.target for d in documents for e in d.edges}
        )
        keys = sorted({e.key for d in documents for e in d.edges})
        sources = sorted({e.source for d in documents for e in d.edges})
        known = [r["source"] for r in tx.run(_q("known_documents"), docs=docs)]
        rels = _rows(tx, "contributions_of_relationships", "eid", sources=sources, keys=keys)
        if known:  # re-ingest: what these documents contributed before may lie anywhere
            rels |= _rows(tx, "contributions_of_known_relationships", "eid", docs=known)
        ids = sorted(set(ids) | {r["source"] for r in rels.values()} | {r["target"] for r in rels.values()})
        nodes = _rows(tx, "contributions_of_nodes", "id", ids=ids)
        if known:
            nodes |= _rows(tx, "contributions_of_known_nodes", "id", docs=known)
        graph = _partial_graph(list(nodes.values()), list(rels.values()), docs)
        before_nodes, before_keys = set(graph.nodes), {k for *_, k in graph.edges(keys=True)}
        emptied = _emptied_nodes(graph, documents)
        apply_documents(graph, documents)
        after_keys = {k for *_, k in graph.edges(keys=True)}
        by_key = {_key(r): r for r in rels.values()}
        gone_rels = [r["eid"] for key, r in by_key.items() if key not in after_keys]
        gone_nodes = sorted(before_nodes - set(graph.nodes))
        tx.run(_q("delete_relationships"), eids=gone_rels).consume()
        tx.run(_q("delete_nodes"), ids=gone_nodes).consume()
        # A node that lost its last contribution and came back is a new node, as on the embedded
        # store: other documents' relationships at it (not in the partial graph) go with the old one.
        detached = {r["key"] for r in tx.run(_q("detach_nodes"), ids=sorted(emptied & set(graph.nodes)))}
        # What moves the graph's version: rows gone, new or with other contributions, and relationships
        # of other documents that went with a detached node. Writing a document again unchanged
        # re-creates what it detached, and keeps the version (and the API's cached answers).
        changed = bool(gone_rels or gone_nodes or detached - after_keys)
        # Rows whose contributions did not change are not written again; the rest are created or,
        # if the database has them, updated in place.
        created, updated = [], []
        for node_id, attrs in graph.nodes(data=True):
            row = _node_row(node_id, attrs)
            old = nodes.get(node_id)
            moved = old is None or old["contrib_json"] != row["props"]["contrib_json"]
            changed |= moved
            if old is None:
                created.append(row)
            elif node_id in emptied or moved:
                updated.append(row)
        tx.run(_q("create_nodes"), rows=created).consume()
        tx.run(_q("update_nodes"), rows=updated).consume()
        created, updated = [], []
        for u, v, key, attrs in graph.edges(keys=True, data=True):
            row = _rel_row(u, v, key, attrs)
            old = by_key.get(key)
            moved = old is None or old["contrib_json"] != row["props"]["contrib_json"]
            changed |= moved
            if old is None or u in emptied or v in emptied:  # detach_nodes took those away
                created.append(row)
            elif moved:
                updated.append(row | {"eid": old["eid"]})
        tx.run(_q("create_relationships"), rows=created).consume()
        tx.run(_q("update_relationships"), rows=updated).consume()
        tx.run(_q("record_documents"), docs=docs).consume()
        if changed:
            tx.run(_q("bump_graph_version"), format=STORE_FORMAT).consume()
        after_counts = tx.run(_q("count_all")).single()
        plans = {n.id for d in documents for n in d.nodes if n.label == Label.PLAN and n.contribution.primary}
        return WriteSummary(
            documents=len(documents),
            plans=len(plans),
            nodes_added=len(set(graph.nodes) - before_nodes),
            edges_added=len(after_keys - before_keys),
            nodes_total=after_counts["nodes"] if after_counts else 0,
            edges_total=after_counts["relationships"] if after_counts else 0,
        )

    def clear(self) -> None:
        """Remove every PlanGraph node (tests start from an empty database)."""
        with self.driver.session(database=self.database) as session:
            session.run(_q("clear")).consume()
            session.run(_q("clear_documents")).consume()
            session.run(_q("new_graph_version"), format=STORE_FORMAT).consume()

    def snapshot(self) -> Neo4jStore:
        """The store itself: each read is its own read transaction, so the reads of one request
        can see a write that commits between them. Pinning them would take one transaction per
        request; Neo4j writes one transaction per document, so a read sees whole documents."""
        return self

    def graph_version(self) -> str | None:
        """The :GraphVersion node's instance and generation (one unique-index seek): every PlanGraph
        write that changes the graph bumps the generation in its own transaction, and ``clear``
        starts a new instance. None when the node is gone (the database was emptied by hand): the
        API then neither tags nor caches. A write made with Cypher outside PlanGraph does not move
        it; such a server needs ``plangraph serve`` restarted, or the node deleted."""
        rows = self._read("graph_version")
        if not rows or rows[0]["instance"] is None:
            return None
        return f"{rows[0]['instance']}-{rows[0]['generation']}"

    def close(self) -> None:
        self.driver.close()


def _rows(tx: neo4j.ManagedTransaction, query: str, key: str, **params: Any) -> dict[str, dict[str, Any]]:
    return {row[key]: row for row in _records(tx.run(_q(query), **params))}


def _records(result: neo4j.Result) -> list[dict[str, Any]]:
    """Rows as dicts. ``Record.data()`` walks every value to convert graph types, which our queries
    never return: it cost a fifth of a millisecond per row, a third of a coverage answer's time."""
    keys = result.keys()
    return [dict(zip(keys, record, strict=True)) for record in result]


def _batches(documents: list[DocumentGraph]) -> list[list[DocumentGraph]]:
    return [documents[i : i + WRITE_BATCH_DOCUMENTS] for i in range(0, len(documents), WRITE_BATCH_DOCUMENTS)]


def _one_line(text: str) -> str:
    """The driver's messages span lines; the CLI promises one line per error."""
    return " ".join(text.split())


def _key(row: dict[str, Any]) -> str:
    return f"{row['type']}:{row['source']}->{row['target']}"


def _contributions(raw: str | None) -> dict[str, Contribution]:
    data = json.loads(raw) if raw else {}
    return {
        doc: Contribution(props=dict(c["props"]), evidence=list(c["evidence"]), primary=bool(c["primary"]))
        for doc, c in data.items()
    }


def _partial_graph(nodes: list[dict[str, Any]], rels: list[dict[str, Any]], docs: list[str]):
    """The touched part of the database as the embedded store's graph of contributions."""
    graph = empty_graph()
    index: dict[str, tuple[set[str], set[str]]] = {}
    for row in nodes:
        contributions = _contributions(row["contrib_json"])
        set_node(graph, row["id"], Label(row["label"]), contributions)
        for doc in contributions:
            index.setdefault(doc, (set(), set()))[0].add(row["id"])
    for row in rels:
        contributions = _contributions(row["contrib_json"])
        if row["source"] in graph and row["target"] in graph:
            set_edge(graph, row["source"], row["target"], _key(row), RelType(row["type"]), contributions)
            for doc in contributions:
                index.setdefault(doc, (set(), set()))[1].add(_key(row))
    graph.graph["docs"] = {doc: (frozenset(n), frozenset(e)) for doc, (n, e) in index.items() if doc in docs}
    return graph


def _emptied_nodes(graph: Any, documents: Sequence[DocumentGraph]) -> set[str]:
    """Nodes that ``apply_documents`` removes at some point: replacing documents in order, a node goes
    when the document being replaced was its only contributor left, even if that document's new
    version adds it back. Removing it drops every relationship at it, also those the partial graph
    never loaded, so the store must drop them too."""
    left: dict[str, set[str]] = {}
    by_doc: dict[str, set[str]] = {}
    for node_id, attrs in graph.nodes(data=True):
        left[node_id] = set(attrs["contributions"])
        for doc in left[node_id]:
            by_doc.setdefault(doc, set()).add(node_id)
    emptied: set[str] = set()
    for document in documents:
        for node_id in by_doc.pop(document.source, set()):
            left[node_id].discard(document.source)
            if not left[node_id]:
                emptied.add(node_id)
        for record in document.nodes:
            left.setdefault(record.id, set()).add(document.source)
            by_doc.setdefault(document.source, set()).add(record.id)
    return emptied


def _dump(contributions: dict[str, Contribution]) -> str:
    return json.dumps(
        {
            doc: {"props": c.props, "evidence": c.evidence, "primary": c.primary}
            for doc, c in sorted(contributions.items())
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    """Properties Neo4j can hold as they are (scalars, lists of scalars), for queries and indexes."""
    scalar = (str, int, float, bool)
    out = {}
    for key, value in props.items():
        if isinstance(value, scalar) or (
            value and isinstance(value, list) and all(isinstance(v, scalar) for v in value)
        ):
            out[key] = value
    return out


def _node_row(node_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
    node: Node = attrs["node"]
    props = {
        **_flat(node.props),
        "label": str(node.label),
        "props_json": json.dumps(node.props, ensure_ascii=False, sort_keys=True),
        "evidence_json": json.dumps(node.evidence, ensure_ascii=False, sort_keys=True),
        "contrib_json": _dump(attrs["contributions"]),
        "docs": sorted(attrs["contributions"]),
        **_search_fields(node),
    }
    return {"id": node_id, "label": str(node.label), "props": {**props, "id": node_id}}


def _search_fields(node: Node) -> dict[str, Any]:
    """Folded copies of the names that search compares (simplified script, no quotes or spaces), each
    ended by a newline, in one string the text index serves (as the embedded store's search_names)."""
    names = [node.props.get("name"), node.props.get("title"), *(node.props.get("aliases") or [])]
    keys = [search_key(name) for name in names if isinstance(name, str)]
    return {"search_text": "".join(key + "\n" for key in keys)} if keys else {}


def _rel_row(u: str, v: str, key: str, attrs: dict[str, Any]) -> dict[str, Any]:
    edge: Edge = attrs["edge"]
    props = {
        **_flat(edge.props),
        "props_json": json.dumps(edge.props, ensure_ascii=False, sort_keys=True),
        "evidence_json": json.dumps(edge.evidence, ensure_ascii=False, sort_keys=True),
        "contrib_json": _dump(attrs["contributions"]),
        "docs": sorted(attrs["contributions"]),
    }
    return {"source": u, "target": v, "key": key, "type": str(edge.type), "props": {**props, "key": key}}


def _as_node(row: dict[str, Any]) -> dict[str, Any]:
    """The far node of a neighbour or trace row, whose columns carry a node_ prefix."""
    return {
        "id": row["id"],
        "label": row["label"],
        "props_json": row["node_props_json"],
        "evidence_json": row["node_evidence_json"],
    }


def _node(row: dict[str, Any]) -> Node:
    return Node(
        row["id"], Label(row["label"]), json.loads(row["props_json"]), json.loads(row["evidence_json"])
    )


def _edge(row: dict[str, Any]) -> Edge:
    return Edge(
        row["source"],
        row["target"],
        RelType(row["type"]),
        json.loads(row["props_json"]),
        json.loads(row["evidence_json"]),
    )


def _operators(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(operator type, details) of every operator in an EXPLAIN plan tree."""
    arguments = plan.get("args") or plan.get("arguments") or {}
    yield str(plan.get("operatorType", "")), str(arguments.get("Details", ""))
    for child in plan.get("children") or []:
        yield from _operators(child)


def _procedure_name(details: str) -> str:
    """``db.labels() :: (label :: STRING)`` → ``db.labels``."""
    return details.split("(", 1)[0].strip()


def _jsonable(value: Any) -> Any:
    """Driver values as JSON: nodes and relationships as their own properties, paths as both lists."""
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **_own_props(value)}
    if isinstance(value, neo4j.graph.Relationship):
        start = value.start_node.get("id") if value.start_node is not None else None
        end = value.end_node.get("id") if value.end_node is not None else None
        return {"type": value.type, "start": start, "end": end, **_own_props(value)}
    if isinstance(value, neo4j.graph.Path):
        return {
            "nodes": [_jsonable(n) for n in value.nodes],
            "relationships": [_jsonable(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # temporal and spatial values


def _own_props(entity: neo4j.graph.Entity) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in entity.items() if k not in INTERNAL_PROPS}
