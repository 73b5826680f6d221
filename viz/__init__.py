"""Pages drawn from a ``Subgraph``; viz never queries a store itself."""
