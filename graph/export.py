"""Export the graph: JSON in the contract of shared/eval/README.md, and GraphML for other tools."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from plangraph.graph.model import Subgraph


def export_json(subgraph: Subgraph) -> str:
    """Nodes sorted by id and edges by (source, target, type), so equal graphs export byte-equal."""
    return json.dumps(subgraph.as_export(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def export_graphml(subgraph: Subgraph) -> str:
    """GraphML holds only scalars, so lists and evidence are written as JSON strings."""
    data = subgraph.as_export()
    graph = nx.MultiDiGraph()
    for node in data["nodes"]:
        graph.add_node(node["id"], **{k: _scalar(v) for k, v in node.items() if k != "id"})
    for edge in data["edges"]:
        attrs = {k: _scalar(v) for k, v in edge.items() if k not in ("source", "target")}
        graph.add_edge(edge["source"], edge["target"], key=f"{edge['type']}", **attrs)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def export_csv(subgraph: Subgraph, table: str) -> str:
    """``table`` "nodes" or "edges": one row each, one column per property (the union over rows,
    fixed columns first, then sorted); lists and evidence as JSON strings, as in GraphML."""
    data = subgraph.as_export()
    rows = data["nodes"] if table == "nodes" else data["edges"]
    fixed = ["id", "label"] if table == "nodes" else ["source", "target", "type"]
    keys = sorted({k for row in rows for k in row} - set(fixed) - {"evidence"})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*fixed, *keys, "evidence"])
    for row in rows:
        writer.writerow([_scalar(row.get(k)) for k in [*fixed, *keys, "evidence"]])
    return buffer.getvalue()


def write_export(subgraph: Subgraph, fmt: str, path: Path, table: str = "nodes") -> None:
    if fmt == "csv":
        text = export_csv(subgraph, table)
    else:
        text = export_json(subgraph) if fmt == "json" else export_graphml(subgraph)
    path.write_text(text, encoding="utf-8")
