"""Export the graph: JSON in the contract of shared/eval/README.md, and GraphML for other tools."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import Subgraph


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


def write_export(subgraph: Subgraph, fmt: str, path: Path) -> None:
    text = export_json(subgraph) if fmt == "json" else export_graphml(subgraph)
    path.write_text(text, encoding="utf-8")
