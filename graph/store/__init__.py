"""Where the graph is kept: the ``GraphStore`` protocol, its errors, and the stores that implement it.

Importing this package gives the protocol and the errors only; a store implementation is loaded by
``open_store`` when a location asks for it, so the Neo4j driver is never imported for the embedded
store.
"""

from plangraph.graph.store.protocol import (
    Direction,
    GraphStore,
    Lineage,
    StoreError,
    StoreFormatError,
    StoreQueryRejected,
    StoreUnavailable,
    StoreUnsupported,
    StoreWriteError,
)

__all__ = [
    "Direction",
    "GraphStore",
    "Lineage",
    "StoreError",
    "StoreFormatError",
    "StoreQueryRejected",
    "StoreUnavailable",
    "StoreUnsupported",
    "StoreWriteError",
]
