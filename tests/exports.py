"""A store's export as bytes, read the way a fresh process would: the fault tests compare stores by it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from plangraph.graph.export import export_csv, export_graphml, export_json
from plangraph.graph.store.open_store import open_store


def export_bytes(store_dir: Path, fmt: str = "json", table: str = "nodes") -> bytes:
    """Open the store anew and export it (loading it must work, whatever happened to it before)."""
    store = open_store(store_dir)
    try:
        subgraph = store.export()
    finally:
        store.close()
    if fmt == "csv":
        return export_csv(subgraph, table).encode("utf-8")
    return (export_json(subgraph) if fmt == "json" else export_graphml(subgraph)).encode("utf-8")


def store_dump(store_dir: Path) -> bytes:
    """Every row of the embedded store's file as SQL text, tables and rows in key order: equal dumps
    mean no row changed (the file's bytes also move when SQLite folds its write-ahead log in)."""
    with contextlib.closing(sqlite3.connect(store_dir / "plangraph.db")) as db:
        return "\n".join(db.iterdump()).encode("utf-8")
