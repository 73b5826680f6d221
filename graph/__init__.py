"""The graph: model, build step from ingest records, stores behind one protocol, export."""
