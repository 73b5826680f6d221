"""The embedded store: a networkx MultiDiGraph kept in one JSON file.

Each node and edge keeps what every document contributed to it, so a document can be replaced on
re-ingest without touching what other documents said. Writes build a new graph beside the current
one, save it with temp file + fsync + rename, and only then swap it in: readers always see a whole
graph, and a failed write leaves both the file and the in-memory graph as they were.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import gc
import glob
import json
import os
import tempfile
import threading
from collections.abc import Iterator, Sequence
from itertools import islice, pairwise
from pathlib import Path
from typing import Any

import networkx as nx

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
    StoreFormatError,
    StoreUnavailable,
    StoreUnsupported,
    StoreWriteError,
)
from plangraph.graph.store.contributions import apply_documents, empty_graph, set_edge, set_node
from plangraph.graph.store.filters import matches_filter as _matches
from plangraph.graph.store.read_index import ReadIndex
from plangraph.graph.store.search_key import search_key

FORMAT = "plangraph-networkx"
FORMAT_VERSION = 1
STORE_FILE = "graph.json"
# graphs this large are frozen out of the garbage collector's sight when loaded (_settle_heap)
SETTLE_HEAP_AT_NODES = 50_000


class NetworkxStore:
    """GraphStore on a MultiDiGraph; ``location`` is a directory (holding graph.json) or a .json file."""

    def __init__(self, location: Path | str) -> None:
        location = Path(location).expanduser()
        if location.suffix == ".json":
            self.path = location
        else:
            if location.exists() and not location.is_dir():
                raise StoreUnavailable(f"{location}: store path is a file; give a directory or a .json file")
            self.path = location / STORE_FILE
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._graph: nx.MultiDiGraph = empty_graph()
        self._signature: tuple[int, int, int] | None = None
        self._mutex = threading.Lock()
        self._index = ReadIndex(self._graph)
        self._index_lock = threading.Lock()
        self._origin: NetworkxStore | None = None  # set on a snapshot: the store it was taken of
        self._refresh()

    # -- reading the file -------------------------------------------------------------------------

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _refresh(self) -> nx.MultiDiGraph:
        """The current graph, reloaded when another process (an ingest) replaced the file; a
        snapshot keeps the graph it was taken at."""
        if self._origin is not None:
            return self._graph
        signature = self._stat()
        if signature != self._signature:
            graph = load_graph_file(self.path) if signature is not None else empty_graph()
            self._graph, self._signature = graph, signature
        return self._graph

    def _read_index(self) -> ReadIndex:
        """The lookups of the current graph (graph.read_index), made anew when the graph was replaced."""
        graph = self._refresh()
        index = self._index
        if index.graph is not graph:
            with self._index_lock:
                if self._index.graph is not graph:
                    self._index = ReadIndex(graph)
                    if graph.number_of_nodes() >= SETTLE_HEAP_AT_NODES:
                        _settle_heap()
                index = self._index
        return index

    def snapshot(self) -> NetworkxStore:
        """This store held at its current graph, sharing that graph's indexes (built once, whoever
        asks first); see GraphStore.snapshot."""
        origin = self._origin or self
        index = origin._read_index()
        pinned = copy.copy(origin)
        pinned._origin, pinned._graph, pinned._index = origin, index.graph, index
        return pinned

    # -- writing ----------------------------------------------------------------------------------

    def write_documents(self, documents: Sequence[DocumentGraph]) -> WriteSummary:
        if self._origin is not None:
            return self._origin.write_documents(documents)
        with self._mutex, self._file_lock():
            current = self._refresh()
            graph = current.copy()
            graph.graph["docs"] = dict(current.graph["docs"])
            try:
                apply_documents(graph, documents)
                save_graph_file(graph, self.path)
            except OSError as exc:
                raise StoreWriteError(f"{self.path}: could not save the store: {exc}") from exc
            self._graph, self._signature = graph, self._stat()
        plans = {n.id for d in documents for n in d.nodes if n.label == Label.PLAN and n.contribution.primary}
        return WriteSummary(
            documents=len(documents),
            plans=len(plans),
            nodes_added=len(set(graph.nodes) - set(current.nodes)),
            edges_added=len(
                {k for *_, k in graph.edges(keys=True)} - {k for *_, k in current.edges(keys=True)}
            ),
            nodes_total=graph.number_of_nodes(),
            edges_total=graph.number_of_edges(),
        )

    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        """One writer at a time across processes (a CLI ingest while the API serves)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.lock_path, "a")  # noqa: SIM115 - held for the whole write
        except OSError as exc:
            raise StoreUnavailable(f"{self.path.parent}: cannot create the store: {exc.strerror}") from exc
        with handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- reads ------------------------------------------------------------------------------------

    def get_node(self, node_id: str) -> Node | None:
        graph = self._refresh()
        if node_id not in graph:
            return None
        return graph.nodes[node_id]["node"]

    def list_nodes(
        self,
        label: Label | None = None,
        filters: dict[str, str] | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        index = self._read_index()
        nodes = index.graph.nodes
        filters = filters or {}
        if filters:
            (key, value), *others = filters.items()
            ids = index.with_value(label, key, value)
            ids = [i for i in ids if all(_matches(nodes[i]["node"].props.get(k), v) for k, v in others)]
        else:
            ids = index.ids(label)
        return Page(
            items=[nodes[i]["node"] for i in ids[offset : offset + limit]],
            total=len(ids),
            limit=limit,
            offset=offset,
        )

    def neighbours(
        self,
        node_id: str,
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[tuple[Edge, Node]]:
        return _neighbours(self._refresh(), node_id, set(rel_types) if rel_types else None, direction)

    def neighbours_of(
        self,
        node_ids: Sequence[str],
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> dict[str, list[tuple[Edge, Node]]]:
        graph = self._refresh()  # one graph for every node asked about
        wanted = set(rel_types) if rel_types else None
        found = {
            node_id: _neighbours(graph, node_id, wanted, direction) for node_id in dict.fromkeys(node_ids)
        }
        return {node_id: pairs for node_id, pairs in found.items() if pairs}

    def lineage(self, plan_id: str, direction: Lineage = "up", max_depth: int = 10) -> list[tuple[Node, int]]:
        index = self._read_index()
        hops = _hops(index, plan_id, RelType.BASED_ON, "out" if direction == "up" else "in", max_depth)
        return [(index.graph.nodes[n]["node"], depth) for _, n, depth in hops]

    def trace(
        self, node_id: str, direction: Lineage = "down", max_depth: int = 5
    ) -> list[tuple[Edge, Node, int]]:
        index = self._read_index()
        hops = _hops(index, node_id, RelType.IMPLEMENTS, "in" if direction == "down" else "out", max_depth)
        return [(edge, index.graph.nodes[n]["node"], depth) for edge, n, depth in hops]

    def shortest_path(self, source_id: str, target_id: str, max_depth: int = 8) -> Subgraph | None:
        graph = self._refresh()
        if source_id not in graph or target_id not in graph:
            return None
        try:
            path = nx.shortest_path(graph.to_undirected(as_view=True), source_id, target_id)
        except nx.NetworkXNoPath:
            return None
        if len(path) - 1 > max_depth:
            return None
        edges = []
        for u, v in pairwise(path):
            data = graph.get_edge_data(u, v) or graph.get_edge_data(v, u)
            edges.append(sorted((d["edge"] for d in data.values()), key=lambda e: e.type)[0])
        return Subgraph(nodes=[graph.nodes[n]["node"] for n in path], edges=edges)

    def search(self, text: str, label: Label | None = None, limit: int = 20) -> list[Node]:
        needle = search_key(text)
        if not needle:
            return []
        return self._read_index().names(label).find(needle, limit)

    def passages(self, plan_id: str) -> list[Node]:
        graph = self._refresh()
        found = [node for edge, node in _under_plan(graph, plan_id) if edge.type == RelType.HAS_TASK]
        return sorted(found, key=lambda n: n.props.get("order", 0))

    def plan_mentions(self, plan_id: str) -> list[tuple[Edge, Node]]:
        graph = self._refresh()
        found = [(edge, node) for edge, node in _under_plan(graph, plan_id) if edge.type == RelType.MENTIONS]
        return sorted(found, key=lambda pair: (pair[1].id, pair[0].source))

    def read_cypher(
        self, statement: str, params: dict[str, object], timeout_s: float, row_cap: int
    ) -> CypherResult:
        raise StoreUnsupported(
            "the embedded store has no Cypher engine; Cypher passthrough needs the Neo4j store "
            "(serve with --store neo4j://HOST:7687)"
        )

    def export(self) -> Subgraph:
        graph = self._refresh()
        return Subgraph(
            nodes=[node for _, node in graph.nodes(data="node")],
            edges=[edge for *_, edge in graph.edges(data="edge")],
        )

    def graph_version(self) -> str | None:
        """None: the file store keeps no count of its writes, so the API neither tags nor caches."""
        return None

    def close(self) -> None:
        """Nothing is held open between calls; present for the protocol."""


def _settle_heap() -> None:
    """Take the graph just loaded out of the cyclic garbage collector's sight.

    A loaded graph is millions of long-lived objects (30 million on the 1,000-plan graph). A server's
    requests promote enough objects to trigger full collections, and each re-scanned the whole
    graph: 3-5 s pauses, seen as p99 of seconds at 16 connections. The previous graph is collected
    first (it holds reference cycles, so freezing it would keep it in memory for good), once per
    graph version; then everything alive is frozen. Small graphs (tests, the sample corpus) are
    left alone: a full collection of their heap is short, and cheaper than one per write.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _neighbours(
    graph: nx.MultiDiGraph, node_id: str, wanted: set[RelType] | None, direction: Direction
) -> list[tuple[Edge, Node]]:
    """Edges at a node with the node at their other end, ordered by edge type then node id."""
    if node_id not in graph:
        return []
    found: list[tuple[Edge, Node]] = []
    if direction in ("out", "both"):
        for _, other, edge in graph.out_edges(node_id, data="edge"):
            if wanted is None or edge.type in wanted:
                found.append((edge, graph.nodes[other]["node"]))
    if direction in ("in", "both"):
        for other, _, edge in graph.in_edges(node_id, data="edge"):
            if wanted is None or edge.type in wanted:
                found.append((edge, graph.nodes[other]["node"]))
    found.sort(key=lambda pair: (pair[0].type, pair[1].id, pair[0].source))
    return found


def _under_plan(graph: nx.MultiDiGraph, plan_id: str) -> Iterator[tuple[Edge, Node]]:
    """Every out-edge of the plan and of the sections under it (HAS_SECTION followed down)."""
    if plan_id not in graph:
        return
    pending = [plan_id]
    while pending:
        current = pending.pop()
        for _, other, edge in graph.out_edges(current, data="edge"):
            if edge.type == RelType.HAS_SECTION:
                pending.append(other)
            yield edge, graph.nodes[other]["node"]


def _hops(
    index: ReadIndex, start: str, rel: RelType, direction: str, max_depth: int
) -> list[tuple[Edge, str, int]]:
    """Breadth-first over one relationship type: (edge, node reached, depth), nearest first."""
    if start not in index.graph:
        return []
    adjacent = index.adjacent(rel, direction)
    seen = {start}
    frontier = [start]
    found: list[tuple[Edge, str, int]] = []
    for depth in range(1, max_depth + 1):
        step = []
        for current in frontier:
            for edge, other in adjacent.get(current, ()):
                if other not in seen:
                    seen.add(other)
                    step.append((edge, other, depth))
        step.sort(key=lambda item: item[1])
        found.extend(step)
        frontier = [other for _, other, _ in step]
    return found


# -- the file format ----------------------------------------------------------------------------


def save_graph_file(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write atomically: a crash leaves either the old file or the new one, never half of one.

    The JSON is streamed one node or edge at a time (the same bytes ``json.dumps`` of the whole
    payload gives), so a large store never exists a second time as one string in memory. The caller
    holds the store's file lock, so any temp file already there is left by a writer that died; it
    is swept.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep_temp_files(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); the store keeps the mode a new file gets (or the
        # one it had), so a server running as another user can still read it after an ingest
        os.fchmod(fd, _file_mode(path))
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            for chunk in _store_json_chunks(graph):
                handle.write(chunk.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without setting it (os.umask sets it, for a moment, for every thread)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _store_json_chunks(graph: nx.MultiDiGraph) -> Iterator[str]:
    """``json.dumps({"format", "version", "nodes", "edges"}, ensure_ascii=False, sort_keys=True)``
    in pieces: keys in sorted order (edges, format, nodes, version), list items joined by ", "."""
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: e[2])
    edge_items = (
        {"source": u, "target": v, "type": a["type"], "contributions": _dump(a["contributions"])}
        for u, v, _, a in edges
    )
    node_items = (
        {"id": node_id, "label": a["label"], "contributions": _dump(a["contributions"])}
        for node_id, a in sorted(graph.nodes(data=True))
    )
    yield '{"edges": ['
    yield from _json_list_items(edge_items)
    yield f'], "format": {json.dumps(FORMAT)}, "nodes": ['
    yield from _json_list_items(node_items)
    yield f'], "version": {json.dumps(FORMAT_VERSION)}}}'


def _json_list_items(items: Iterator[dict[str, Any]], per_chunk: int = 2000) -> Iterator[str]:
    """The inside of a JSON list, a few thousand items per ``json.dumps`` call."""
    first = True
    while chunk := list(islice(items, per_chunk)):
        text = json.dumps(chunk, ensure_ascii=False, sort_keys=True)[1:-1]
        yield text if first else ", " + text
        first = False


def _sweep_temp_files(path: Path) -> None:
    """Delete the temp files of writers killed mid-save. Called under the store lock, so no live
    writer has one; loading never reads them, but each is as large as the store. Best effort: a file
    that cannot be deleted does not stop the write."""
    for stale in path.parent.glob(f"{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _dump(contributions: dict[str, Contribution]) -> dict[str, Any]:
    return {
        doc: {"props": c.props, "evidence": c.evidence, "primary": c.primary}
        for doc, c in sorted(contributions.items())
    }


def load_graph_file(path: Path) -> nx.MultiDiGraph:
    """Load a store file, or fail with a message that says what is wrong with it."""
    try:
        payload = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise StoreFormatError(f"{path}: not a readable PlanGraph store ({exc})") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise StoreFormatError(f"{path}: not a PlanGraph embedded store file")
    version = payload.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise StoreFormatError(
            f"{path}: store format version {version!r} is newer than this PlanGraph reads "
            f"(up to {FORMAT_VERSION}); upgrade PlanGraph or re-ingest into a new store"
        )
    graph = empty_graph()
    docs: dict[str, tuple[set[str], set[str]]] = {}
    try:
        for item in payload["nodes"]:
            contributions = _load(item["contributions"])
            set_node(graph, item["id"], Label(item["label"]), contributions)
            for doc in contributions:
                docs.setdefault(doc, (set(), set()))[0].add(item["id"])
        for item in payload["edges"]:
            contributions = _load(item["contributions"])
            rel = RelType(item["type"])
            key = f"{rel}:{item['source']}->{item['target']}"
            set_edge(graph, item["source"], item["target"], key, rel, contributions)
            for doc in contributions:
                docs.setdefault(doc, (set(), set()))[1].add(key)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreFormatError(f"{path}: corrupt store file ({type(exc).__name__}: {exc})") from exc
    graph.graph["docs"] = {doc: (frozenset(n), frozenset(e)) for doc, (n, e) in docs.items()}
    return graph


def _load(raw: dict[str, Any]) -> dict[str, Contribution]:
    return {
        doc: Contribution(props=dict(c["props"]), evidence=list(c["evidence"]), primary=bool(c["primary"]))
        for doc, c in raw.items()
    }
