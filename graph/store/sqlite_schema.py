"""The embedded store's file: one SQLite database, its tables, and opening it safely.

The file is a plain SQLite database (``STORE/plangraph.db``) that the sqlite3 shell, Datasette or any
SQLite tool can open. Merged nodes and edges are what readers query; each document's contributions
are kept beside them, so a document can be replaced without reading anything it did not touch.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from plangraph.graph.store import StoreFormatError, StoreUnavailable

FORMAT = "plangraph-sqlite"
FORMAT_VERSION = 1
DB_FILE = "plangraph.db"
# How long a writer waits for another process's write transaction (an ingest) before giving up.
BUSY_TIMEOUT_S = 120.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    props TEXT NOT NULL,
    evidence TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_by_label ON nodes (label, id);
CREATE TABLE IF NOT EXISTS edges (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type TEXT NOT NULL,
    props TEXT NOT NULL,
    evidence TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_by_source ON edges (source, type);
CREATE INDEX IF NOT EXISTS edges_by_target ON edges (target, type);
CREATE TABLE IF NOT EXISTS node_contributions (
    node_id TEXT NOT NULL,
    document TEXT NOT NULL,
    props TEXT NOT NULL,
    evidence TEXT NOT NULL,
    is_primary INTEGER NOT NULL,
    PRIMARY KEY (node_id, document)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_contributions_by_document ON node_contributions (document);
CREATE TABLE IF NOT EXISTS edge_contributions (
    edge_key TEXT NOT NULL,
    document TEXT NOT NULL,
    props TEXT NOT NULL,
    evidence TEXT NOT NULL,
    is_primary INTEGER NOT NULL,
    PRIMARY KEY (edge_key, document)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_contributions_by_document ON edge_contributions (document);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,
    plan_id TEXT,
    nodes INTEGER NOT NULL,
    edges INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_names (
    name_len INTEGER NOT NULL,
    id TEXT NOT NULL,
    label TEXT NOT NULL,
    names TEXT NOT NULL,
    PRIMARY KEY (name_len, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_names_by_id ON search_names (id);
"""

# One encoder for every row: ``json.dumps`` with options builds a new encoder on each call, and a
# write encodes four JSON texts per node and edge. Same bytes as json.dumps with these options.
to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are opened explicitly), usable from any thread
    that holds it alone. WAL lets readers keep their snapshot while one writer commits; FULL
    synchronous makes a commit survive power loss as the old file store's fsync did."""
    try:
        if read_only:
            db = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_S,
            )
        else:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = OFF")
    except sqlite3.OperationalError as exc:
        raise StoreUnavailable(f"{path}: cannot open the store: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreFormatError(f"{path}: not a readable PlanGraph store ({exc})") from exc
    return db


def create_schema(db: sqlite3.Connection, path: Path) -> None:
    """Make the tables of a new store, or check an existing store's format, in one write transaction."""
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise StoreUnavailable(f"{path}: the store needs WAL mode, the file system gave {mode!r}")
        db.execute("BEGIN IMMEDIATE")
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "meta" in tables:
                check_format(db, path)
            elif tables:
                raise StoreFormatError(f"{path}: not a PlanGraph store (a SQLite file with other tables)")
            else:
                for statement in SCHEMA.split(";"):  # executescript would commit the transaction
                    if statement.strip():
                        db.execute(statement)
                db.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("format", FORMAT),
                        ("version", str(FORMAT_VERSION)),
                        ("generation", "0"),
                        ("instance", secrets.token_hex(8)),
                    ],
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreFormatError(f"{path}: not a readable PlanGraph store ({exc})") from exc


def check_format(db: sqlite3.Connection, path: Path) -> None:
    """Refuse a file this version cannot read, saying why."""
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise StoreFormatError(f"{path}: not a readable PlanGraph store ({exc})") from exc
    if meta.get("format") != FORMAT:
        raise StoreFormatError(f"{path}: not a PlanGraph embedded store file")
    version = meta.get("version", "")
    if not version.isdigit() or int(version) > FORMAT_VERSION:
        raise StoreFormatError(
            f"{path}: store format version {version!r} is newer than this PlanGraph reads "
            f"(up to {FORMAT_VERSION}); upgrade PlanGraph or re-ingest into a new store"
        )


def generation(db: sqlite3.Connection) -> int:
    """How many writes changed the store: readers key caches and ETags on it."""
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


def chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    """``items`` in pieces small enough for one statement's parameters."""
    return [items[i : i + size] for i in range(0, len(items), size)]
