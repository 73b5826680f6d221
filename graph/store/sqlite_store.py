"""The embedded store on SQLite: ``STORE/plangraph.db``, grown one document at a time.

Adding a plan to a store of thousands costs the plan (the rows it touches), not the store: nothing
is loaded whole and nothing is rewritten whole. Reads are indexed lookups and recursive queries in
one read transaction, so a read that takes several queries sees one version of the graph. WAL lets
one writer (an ingest, in this process or another) commit while readers keep the version they
started with; a killed writer leaves the last committed version, which SQLite recovers on open.
"""

from __future__ import annotations

import contextlib
import copy
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path

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
from plangraph.graph.store import (
    Direction,
    Lineage,
    StoreError,
    StoreFormatError,
    StoreUnavailable,
    StoreUnsupported,
    StoreWriteError,
)
from plangraph.graph.store.filters import matches_filter as _matches
from plangraph.graph.store.search_key import search_key
from plangraph.graph.store.sqlite_schema import (
    DB_FILE,
    SCHEMA,
    check_format,
    chunks,
    connect,
    create_schema,
    generation,
)
from plangraph.graph.store.sqlite_write import write_batch

LEGACY_FILE = "graph.json"
_NODE = "n.id, n.label, n.props, n.evidence"
_EDGE = "e.source, e.target, e.type, e.props, e.evidence"


class SqliteStore:
    """GraphStore on one SQLite file; ``location`` is the store directory (holding plangraph.db).

    A directory holding only the file store of earlier versions (``graph.json``) is converted on
    first open; graph.json is left as it was and no longer read.
    """

    def __init__(self, location: Path | str) -> None:
        location = Path(location).expanduser()
        if location.exists() and not location.is_dir():
            raise StoreUnavailable(f"{location}: store path is a file; give a directory or a .json file")
        self.directory = location
        self.path = location / DB_FILE
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()
        self._pinned: sqlite3.Connection | None = None
        self._origin: SqliteStore | None = None  # set on a snapshot: the store it was taken of
        if (location / LEGACY_FILE).exists() and self._unconverted():
            from plangraph.graph.store.sqlite_convert import convert_file_store

            convert_file_store(location / LEGACY_FILE, self._writer)
        if self.path.exists():
            with self._read() as db:
                check_format(db, self.path)

    def _unconverted(self) -> bool:
        """No store file yet, or one a conversion killed half-way left empty (it rolled back)."""
        if not _has_store(self.path):
            return True
        with self._read() as db:
            check_format(db, self.path)
            converted = db.execute("SELECT 1 FROM meta WHERE key = 'converted_from'").fetchone()
            return converted is None and generation(db) == 0

    # -- connections ------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        db = connect(self.path)
        with self._opened_lock:
            self._opened.append(db)
        return db

    def _reader(self) -> sqlite3.Connection:
        """The connection this thread reads with: the snapshot's own, this thread's, or an empty
        in-memory store while no file exists yet (reads never create the store)."""
        if self._pinned is not None:
            return self._pinned
        db = getattr(self._local, "reader", None)
        if db is None:
            if not _has_store(self.path):
                return _empty_store()
            db = self._local.reader = self._connect()
        return db

    def _writer(self) -> sqlite3.Connection:
        db = getattr(self._local, "writer", None)
        if db is None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreUnavailable(f"{self.directory}: cannot create the store: {exc.strerror}") from exc
            db = self._connect()
            create_schema(db, self.path)
            self._local.writer = db
        return db

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction (a snapshot's stays open for its life); SQLite's errors become ours."""
        db = self._reader()
        own = not db.in_transaction
        try:
            if own:
                db.execute("BEGIN")
            yield db
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"{self.path}: cannot read the store: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreFormatError(f"{self.path}: not a readable PlanGraph store ({exc})") from exc
        finally:
            if own and db.in_transaction:
                db.execute("COMMIT")

    def snapshot(self) -> SqliteStore:
        """This store held at its current version by an open read transaction on a connection of
        its own; see GraphStore.snapshot. Closed by ``close`` or when the snapshot is dropped."""
        origin = self._origin or self
        pinned = copy.copy(origin)
        pinned._origin, pinned._local, pinned._opened = origin, threading.local(), []
        pinned._opened_lock = threading.Lock()
        if _has_store(origin.path):
            db = pinned._pinned = connect(origin.path)
            try:
                db.execute("BEGIN")
                generation(db)  # the first read fixes the version the snapshot answers from
            except sqlite3.DatabaseError as exc:
                db.close()
                raise StoreFormatError(f"{origin.path}: not a readable PlanGraph store ({exc})") from exc
        else:
            pinned._pinned = _empty_store()
        return pinned

    def generation(self) -> int:
        """How many writes have changed this store (a snapshot: the one it answers from)."""
        with self._read() as db:
            return generation(db)

    def graph_version(self) -> str | None:
        """This store file's id and generation: a store rebuilt or replaced in the same place
        starts counting again under another id, so no version of it is ever mistaken for another."""
        with self._read() as db:
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('instance', 'generation')"))
        return f"{meta.get('instance', 'empty')}-{meta.get('generation', '0')}"

    # -- writing ----------------------------------------------------------------------------------

    def write_documents(self, documents: Sequence[DocumentGraph]) -> WriteSummary:
        if self._origin is not None:
            return self._origin.write_documents(documents)
        db = self._writer()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                summary = write_batch(db, documents)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except StoreError:
            raise
        except sqlite3.DatabaseError as exc:
            raise StoreWriteError(f"{self.path}: could not save the store: {exc}") from exc
        # Fold the log into plangraph.db when no reader needs it, so the file alone is the store for
        # a tool that copies it; the write is committed either way, and a later one folds it in.
        with contextlib.suppress(sqlite3.DatabaseError):
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return summary

    # -- reads ------------------------------------------------------------------------------------

    def get_node(self, node_id: str) -> Node | None:
        with self._read() as db:
            row = db.execute(f"SELECT {_NODE} FROM nodes n WHERE n.id = ?", (node_id,)).fetchone()
        return _node(row) if row else None

    def list_nodes(
        self,
        label: Label | None = None,
        filters: dict[str, str] | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        where = "WHERE n.label = :label" if label is not None else ""
        params = {"label": str(label)}
        with self._read() as db:
            if not filters:
                total = db.execute(f"SELECT count(*) FROM nodes n {where}", params).fetchone()[0]
                rows = db.execute(
                    f"SELECT {_NODE} FROM nodes n {where} ORDER BY n.id LIMIT :limit OFFSET :offset",
                    {**params, "limit": limit, "offset": offset},
                ).fetchall()
                return Page(items=[_node(r) for r in rows], total=total, limit=limit, offset=offset)
            (key, value), *_ = filters.items()
            clause = f"{where} {'AND' if where else 'WHERE'} {_FILTER}"
            rows = db.execute(
                f"SELECT {_NODE} FROM nodes n {clause} ORDER BY n.id",
                {
                    **params,
                    "path": f"$.{json.dumps(key, ensure_ascii=False)}",
                    "value": value,
                    "lower": value.lower(),
                },
            ).fetchall()
        nodes = [n for n in map(_node, rows) if all(_matches(n.props.get(k), v) for k, v in filters.items())]
        return Page(items=nodes[offset : offset + limit], total=len(nodes), limit=limit, offset=offset)

    def neighbours(
        self,
        node_id: str,
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[tuple[Edge, Node]]:
        with self._read() as db:
            return _neighbours(db, node_id, rel_types, direction)

    def neighbours_of(
        self,
        node_ids: Sequence[str],
        rel_types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> dict[str, list[tuple[Edge, Node]]]:
        with self._read() as db:
            found = {
                node_id: _neighbours(db, node_id, rel_types, direction) for node_id in dict.fromkeys(node_ids)
            }
        return {node_id: pairs for node_id, pairs in found.items() if pairs}

    def lineage(self, plan_id: str, direction: Lineage = "up", max_depth: int = 10) -> list[tuple[Node, int]]:
        with self._read() as db:
            hops = _hops(db, plan_id, RelType.BASED_ON, "out" if direction == "up" else "in", max_depth)
            nodes = _nodes(db, [other for _, other, _ in hops])
        return [(nodes[other], depth) for _, other, depth in hops]

    def trace(
        self, node_id: str, direction: Lineage = "down", max_depth: int = 5
    ) -> list[tuple[Edge, Node, int]]:
        with self._read() as db:
            hops = _hops(db, node_id, RelType.IMPLEMENTS, "in" if direction == "down" else "out", max_depth)
            nodes = _nodes(db, [other for _, other, _ in hops])
        return [(edge, nodes[other], depth) for edge, other, depth in hops]

    def shortest_path(self, source_id: str, target_id: str, max_depth: int = 8) -> Subgraph | None:
        with self._read() as db:
            ends = _nodes(db, [source_id, target_id])
            if source_id not in ends or target_id not in ends:
                return None
            path = _shortest_path(db, source_id, target_id, max_depth)
            if path is None:
                return None
            nodes = _nodes(db, path)
            edges = [_edge_between(db, u, v) for u, v in pairwise(path)]
        return Subgraph(nodes=[nodes[n] for n in path], edges=edges)

    def search(self, text: str, label: Label | None = None, limit: int = 20) -> list[Node]:
        needle = search_key(text)
        if not needle:
            return []
        where, params = ("AND s.label = ?", [str(label)]) if label is not None else ("", [])
        with self._read() as db:
            rows = db.execute(
                f"SELECT {_NODE} FROM search_names s CROSS JOIN nodes n ON n.id = s.id "
                f"WHERE instr(s.names, ?) > 0 {where} ORDER BY s.name_len, s.id LIMIT ?",
                [needle, *params, limit],
            ).fetchall()
        return [_node(r) for r in rows]

    def passages(self, plan_id: str) -> list[Node]:
        with self._read() as db:
            found = [node for _, node in _under_plan(db, plan_id, RelType.HAS_TASK)]
        return sorted(found, key=lambda n: (n.props.get("order", 0), n.id))

    def plan_mentions(self, plan_id: str) -> list[tuple[Edge, Node]]:
        with self._read() as db:
            found = _under_plan(db, plan_id, RelType.MENTIONS)
        return sorted(found, key=lambda pair: (pair[1].id, pair[0].source))

    def read_cypher(
        self, statement: str, params: dict[str, object], timeout_s: float, row_cap: int
    ) -> CypherResult:
        raise StoreUnsupported(
            "the embedded store has no Cypher engine; Cypher passthrough needs the Neo4j store "
            "(serve with --store neo4j://HOST:7687)"
        )

    def export(self) -> Subgraph:
        with self._read() as db:
            nodes = [_node(r) for r in db.execute(f"SELECT {_NODE} FROM nodes n")]
            edges = [_edge(r) for r in db.execute(f"SELECT {_EDGE} FROM edges e")]
        return Subgraph(nodes=nodes, edges=edges)

    def close(self) -> None:
        """Close every connection this store (or this snapshot) opened; the last one out folds the
        write-ahead log into plangraph.db."""
        if self._pinned is not None:
            self._pinned.close()
        with self._opened_lock:
            opened, self._opened = self._opened, []
        for db in opened:
            db.close()
        self._local = threading.local()


# Candidates for a URL filter on the first filter's property; _matches has the last word.
_FILTER = """(
    (json_type(n.props, :path) = 'text' AND json_extract(n.props, :path) = :value)
    OR json_type(n.props, :path) IN ('integer', 'real')
    OR (json_type(n.props, :path) IN ('true', 'false') AND json_type(n.props, :path) = :lower)
    OR (json_type(n.props, :path) = 'array'
        AND EXISTS (SELECT 1 FROM json_each(n.props, :path) j WHERE j.type = 'text' AND j.value = :value))
)"""


def _has_store(path: Path) -> bool:
    """The file exists and a writer has committed its tables (a reader may look in between)."""
    if not path.exists():
        return False
    with contextlib.closing(connect(path)) as db:
        try:
            return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None
        except sqlite3.DatabaseError:
            return True  # not a database: let the read say so


def _empty_store() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    db.executescript(SCHEMA)
    db.execute("INSERT INTO meta (key, value) VALUES ('generation', '0')")
    return db


def _node(row: tuple[str, str, str, str]) -> Node:
    return Node(row[0], Label(row[1]), json.loads(row[2]), json.loads(row[3]))


def _edge(row: tuple[str, str, str, str, str]) -> Edge:
    return Edge(row[0], row[1], RelType(row[2]), json.loads(row[3]), json.loads(row[4]))


def _nodes(db: sqlite3.Connection, ids: list[str]) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(part))
        found.update(
            (r[0], _node(r)) for r in db.execute(f"SELECT {_NODE} FROM nodes n WHERE n.id IN ({marks})", part)
        )
    return found


def _types(rel_types: Sequence[RelType] | None) -> tuple[str, list[str]]:
    if not rel_types:
        return "", []
    wanted = sorted({str(t) for t in rel_types})
    return f" AND e.type IN ({','.join('?' * len(wanted))})", wanted


def _neighbours(
    db: sqlite3.Connection, node_id: str, rel_types: Sequence[RelType] | None, direction: Direction
) -> list[tuple[Edge, Node]]:
    """Edges at a node with the node at their other end, ordered by edge type then node id."""
    types, params = _types(rel_types)
    found: list[tuple[Edge, Node]] = []
    if direction in ("out", "both"):
        query = (
            f"SELECT {_EDGE}, {_NODE} FROM edges e JOIN nodes n ON n.id = e.target WHERE e.source = ?{types}"
        )
        found += [(_edge(r[:5]), _node(r[5:])) for r in db.execute(query, [node_id, *params])]
    if direction in ("in", "both"):
        query = (
            f"SELECT {_EDGE}, {_NODE} FROM edges e JOIN nodes n ON n.id = e.source WHERE e.target = ?{types}"
        )
        found += [(_edge(r[:5]), _node(r[5:])) for r in db.execute(query, [node_id, *params])]
    found.sort(key=lambda pair: (pair[0].type, pair[1].id, pair[0].source))
    return found


def _hops(
    db: sqlite3.Connection, start: str, rel: RelType, direction: str, max_depth: int
) -> list[tuple[Edge, str, int]]:
    """Breadth-first over one relationship type: (edge, node reached, depth), nearest first."""
    if db.execute("SELECT 1 FROM nodes WHERE id = ?", (start,)).fetchone() is None:
        return []
    here, there = ("source", "target") if direction == "out" else ("target", "source")
    seen = {start}
    frontier = [start]
    found: list[tuple[Edge, str, int]] = []
    for depth in range(1, max_depth + 1):
        adjacent: dict[str, list[tuple[Edge, str]]] = {}
        for part in chunks(frontier):
            marks = ",".join("?" * len(part))
            for row in db.execute(
                f"SELECT e.{here}, e.{there}, {_EDGE} FROM edges e WHERE e.{here} IN ({marks}) "
                f"AND e.type = ? ORDER BY e.{here}, e.{there}",
                [*part, str(rel)],
            ):
                adjacent.setdefault(row[0], []).append((_edge(row[2:]), row[1]))
        step = []
        for current in frontier:
            for edge, other in adjacent.get(current, ()):
                if other not in seen:
                    seen.add(other)
                    step.append((edge, other, depth))
        step.sort(key=lambda item: item[1])
        found.extend(step)
        frontier = [other for _, other, _ in step]
        if not frontier:
            break
    return found


def _undirected(db: sqlite3.Connection, ids: list[str]) -> list[tuple[str, str]]:
    """(node, node at the other end) of every edge at ``ids``, either direction, in id order."""
    found: list[tuple[str, str]] = []
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        found += db.execute(
            f"SELECT source, target FROM edges WHERE source IN ({marks}) "
            f"UNION SELECT target, source FROM edges WHERE target IN ({marks})",
            [*part, *part],
        ).fetchall()
    return sorted(found)


def _shortest_path(db: sqlite3.Connection, source: str, target: str, max_depth: int) -> list[str] | None:
    """Breadth-first from both ends, edges in either direction, the smaller frontier first."""
    if source == target:
        return [source]
    parents: tuple[dict[str, str | None], dict[str, str | None]] = ({source: None}, {target: None})
    frontiers = ([source], [target])
    for _ in range(max_depth):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        mine, theirs = parents[side], parents[1 - side]
        step: list[str] = []
        meeting = None
        for here, other in _undirected(db, frontiers[side]):
            if other not in mine:
                mine[other] = here
                step.append(other)
                if other in theirs and meeting is None:
                    meeting = other
        if meeting is not None:
            return _walk(parents[0], meeting)[::-1] + _walk(parents[1], meeting)[1:]
        if not step:
            return None
        frontiers = (step, frontiers[1]) if side == 0 else (frontiers[0], step)
    return None


def _walk(parents: dict[str, str | None], node: str) -> list[str]:
    path = [node]
    while (up := parents[path[-1]]) is not None:
        path.append(up)
    return path


def _edge_between(db: sqlite3.Connection, u: str, v: str) -> Edge:
    """The edge a path step takes: u→v before v→u, the first type in order."""
    query = f"SELECT {_EDGE} FROM edges e WHERE e.source = ? AND e.target = ? ORDER BY e.type LIMIT 1"
    row = db.execute(query, (u, v)).fetchone() or db.execute(query, (v, u)).fetchone()
    return _edge(row)


def _under_plan(db: sqlite3.Connection, plan_id: str, rel: RelType) -> list[tuple[Edge, Node]]:
    """Edges of type ``rel`` out of the plan and of every section under it (HAS_SECTION followed).
    CROSS JOIN keeps SQLite's join order (the plan's sections, then their edges): left to choose, it
    scanned every edge of the type and probed the sections (470 ms on a 300-plan store; 2 ms now,
    before the rows are decoded)."""
    rows = db.execute(
        f"""WITH RECURSIVE under(id) AS (
            SELECT id FROM nodes WHERE id = ?
            UNION SELECT e.target FROM edges e JOIN under u ON e.source = u.id WHERE e.type = 'HAS_SECTION'
        )
        SELECT {_EDGE}, {_NODE} FROM under u CROSS JOIN edges e ON e.source = u.id AND e.type = ?
        CROSS JOIN nodes n ON n.id = e.target""",
        (plan_id, str(rel)),
    ).fetchall()
    return [(_edge(r[:5]), _node(r[5:])) for r in rows]
