"""Every Cypher block the project ships is checked offline by Neo4j's own Cypher linter
(npm @neo4j-cypher/language-support, installed by scripts/test.sh into tools/cypherlint)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from plangraph.cypher import cypher_files, load_blocks
from plangraph.graph.model import Label, RelType
from plangraph.graph.store import GraphStore
from tests.conftest import ROOT

LINTER = ROOT / "tools" / "cypherlint"
PROPERTY_KEYS = [
    "id",
    "label",
    "key",
    "docs",
    "order",
    "title",
    "name",
    "props_json",
    "evidence_json",
    "contrib_json",
    # keys of the rows passed as parameters
    "source",
    "target",
    "type",
    "props",
    "search_name",
    "search_title",
    "search_aliases",
    "search_text",
    "depth",
    # the :GraphVersion node
    "instance",
    "generation",
    "format",
]

# protocol methods that are not reads: a write, the per-request snapshot (the store or a view of it)
# graph_version is no graph read: a token for caches (Neo4j's :GraphVersion node)
NOT_READS = {"write_documents", "snapshot", "close", "graph_version"}


def lint(queries: list[str]) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (LINTER / "node_modules" / "@neo4j-cypher").exists():
        pytest.fail("the Cypher linter is not installed: run ./scripts/test.sh (it runs npm install)")
    params = {name: "x" for query in queries for name in re.findall(r"\$(\w+)", query)}
    schema = {
        # IngestedDocument, GraphVersion: the Neo4j store's record of the documents written and of its
        # graph's version (no :Entity, not graph)
        "labels": ["Entity", "IngestedDocument", "GraphVersion", *map(str, Label)],
        "relationshipTypes": list(map(str, RelType)),
        "propertyKeys": PROPERTY_KEYS,
        "parameters": params,
    }
    result = subprocess.run(
        [node, "cypherlint.cjs"],
        input=json.dumps({"schema": schema, "queries": queries}),
        capture_output=True,
        text=True,
        cwd=LINTER,
        timeout=120,
    )
    return json.loads(result.stdout)


def _blocks() -> list[tuple[str, str, str]]:
    return [(file, name, query) for file in cypher_files() for name, query in load_blocks(file).items()]


def test_every_shipped_cypher_block_lints_clean() -> None:
    blocks = _blocks()
    reports = lint([query for _, _, query in blocks])
    problems = {
        f"{file}:{name}": report["errors"]
        for (file, name, _), report in zip(blocks, reports, strict=True)
        if report["errors"]
    }
    assert problems == {}


def test_the_linter_catches_a_planted_syntax_error_and_an_unknown_label() -> None:
    syntax, label, variable = lint(
        ["MATCH (n:Entity RETURN n", "MATCH (n:Plann) RETURN n", "MATCH (n:Entity) RETURN m"]
    )
    assert any(e["severity"] == "error" for e in syntax["errors"])
    assert any("Plann" in e["message"] for e in label["errors"])
    assert any("not defined" in e["message"] for e in variable["errors"])


def test_writes_take_labels_and_types_from_the_rows_of_the_model() -> None:
    """Labels and relationship types are dynamic ($(…), Neo4j 5.26): the rows carry str(Label) and
    str(RelType) only (graph/store/neo4j_store.py _node_row, _rel_row), never text from a document."""
    store = load_blocks("store.cypher")
    assert "CREATE (n:Entity:$(row.label))" in store["create_nodes"]
    assert "SET n:$(row.label)" in store["update_nodes"]
    assert "CREATE (a)-[r:$(row.type)]->(b)" in store["create_relationships"]
    source = (ROOT / "graph" / "store" / "neo4j_store.py").read_text(encoding="utf-8")
    assert '"label": str(node.label)' in source and '"type": str(edge.type)' in source


def test_query_names_and_store_methods_match_both_ways() -> None:
    source = (ROOT / "graph" / "store" / "neo4j_store.py").read_text(encoding="utf-8")
    used = set(re.findall(r'(?:_q|_read|_rows)\((?:tx, )?"(\w+)"', source))
    used |= {
        f"{prefix}_{d}"
        for prefix in re.findall(r'_read\(f"(\w+)_\{direction\}"', source)
        for d in ("up", "down")
    }
    names = set(load_blocks("store.cypher"))
    assert names == used, {"unused blocks": names - used, "missing blocks": used - names}
    # every read of the protocol has its query (or queries: lineage_up, lineage_down), so a new read
    # cannot be answered on Neo4j by Cypher built somewhere else
    reads = [
        name
        for name, member in vars(GraphStore).items()
        if callable(member) and not name.startswith("_") and name not in NOT_READS
    ]
    assert {"get_node", "list_nodes", "neighbours", "lineage", "trace", "search"} <= set(reads)
    for method in reads:
        assert any(n == method or n.startswith(method + "_") for n in names), method
