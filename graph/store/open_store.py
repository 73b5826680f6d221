"""The one place that maps a store location to an implementation.

It takes values and reads no environment: ``plangraph.settings.Settings`` is the one reader of
``PLANGRAPH_*`` and ``NEO4J_*`` and passes the location and credentials down.
"""

from __future__ import annotations

from pathlib import Path

from plangraph.graph.store import GraphStore, StoreUnavailable

NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def open_store(
    location: str | Path,
    *,
    neo4j_user: str = "neo4j",
    neo4j_password: str = "",
    neo4j_database: str | None = None,
) -> GraphStore:
    """A directory opens the embedded SQLite store (``plangraph.db`` in it; a ``graph.json`` store of
    earlier versions is converted on first open); a ``.json`` file opens the file store, a graph
    loaded whole; a ``neo4j://`` or ``bolt://`` URL opens Neo4j with the credentials given
    (``neo4j_database`` None means the server's default database)."""
    target = str(location)
    if target.startswith(NEO4J_SCHEMES):
        try:
            from plangraph.graph.store.neo4j_store import Neo4jStore
        except ImportError as exc:
            raise StoreUnavailable(
                f"{target}: the Neo4j store is not available in this build ({exc})"
            ) from exc
        return Neo4jStore(
            target,
            user=neo4j_user,
            password=neo4j_password,
            database=neo4j_database or None,  # a cluster or Aura may hold several
        )
    if "://" in target:
        raise StoreUnavailable(f"{target}: unknown store URL scheme; use a path, neo4j:// or bolt://")
    if target.endswith(".json"):
        from plangraph.graph.store.networkx_store import NetworkxStore

        return NetworkxStore(target)
    from plangraph.graph.store.sqlite_store import SqliteStore

    return SqliteStore(target)
