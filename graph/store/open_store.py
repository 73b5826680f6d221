"""The one place that maps a store location to an implementation."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from plangraph.graph.store import GraphStore, StoreUnavailable

NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def default_store_location() -> str:
    """``PLANGRAPH_STORE`` if set, else a per-user data directory."""
    return os.environ.get("PLANGRAPH_STORE") or str(Path(user_data_dir("plangraph")) / "store")


def open_store(location: str | Path | None = None) -> GraphStore:
    """A path opens the embedded store; a ``neo4j://`` or ``bolt://`` URL opens Neo4j."""
    target = str(location) if location is not None else default_store_location()
    if target.startswith(NEO4J_SCHEMES):
        try:
            from plangraph.graph.store.neo4j_store import Neo4jStore
        except ImportError as exc:
            raise StoreUnavailable(
                f"{target}: the Neo4j store is not available in this build ({exc})"
            ) from exc
        return Neo4jStore(
            target,
            user=os.environ.get("NEO4J_USERNAME", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=os.environ.get("NEO4J_DATABASE") or None,  # a cluster or Aura may hold several
        )
    if "://" in target:
        raise StoreUnavailable(f"{target}: unknown store URL scheme; use a path, neo4j:// or bolt://")
    from plangraph.graph.store.networkx_store import NetworkxStore

    return NetworkxStore(target)
