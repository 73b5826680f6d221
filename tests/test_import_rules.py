"""The import rules of docs/ARCHITECTURE.md, checked over the source: data flows one way, the faces reach
stores only through graph.queries and the protocol, and no two modules import each other in a ring.

The checker reads every module's top-level imports with ``ast`` (imports inside functions are loaded
late on purpose and cannot make an import cycle; ``if TYPE_CHECKING:`` blocks are left out too), so it
needs nothing installed and fails on the line that breaks a rule.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]

# (importer prefix, forbidden prefix, why)
FORBIDDEN = [
    ("plangraph.ingest", "plangraph.graph", "ingest knows nothing of graphs: it turns text into records"),
    ("plangraph.ingest", "plangraph.api", "ingest is below every face"),
    ("plangraph.ingest", "plangraph.viz", "ingest is below every face"),
    ("plangraph.ingest", "plangraph.cli", "ingest is below every face"),
    ("plangraph.ingest", "plangraph.pipeline", "the pipeline drives ingest, not the other way"),
    ("plangraph.ingest", "plangraph.settings", "ingest takes values, it reads no settings"),
    ("plangraph.graph", "plangraph.api", "graph is below the faces"),
    ("plangraph.graph", "plangraph.viz", "graph is below the faces"),
    ("plangraph.graph", "plangraph.cli", "graph is below the faces"),
    ("plangraph.graph", "plangraph.pipeline", "the pipeline drives graph, not the other way"),
    ("plangraph.graph", "plangraph.settings", "graph takes values; only the faces build Settings"),
    ("plangraph.viz", "plangraph.api", "views render view models; the API serves them"),
    ("plangraph.viz", "plangraph.cli", "views are below the CLI"),
    ("plangraph.api", "plangraph.cli", "the API is below the CLI"),
]
# What the faces may not touch: a store's insides, the drivers, and linking.
FACES = ("plangraph.api", "plangraph.viz", "plangraph.cli")
STORE_INSIDES = (
    "plangraph.graph.store.networkx_store",
    "plangraph.graph.store.neo4j_store",
    "plangraph.graph.store.read_index",
    "plangraph.graph.store.contributions",
    "plangraph.graph.store.merge",
    "plangraph.graph.link",
    "networkx",
    "neo4j",
)


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int


def package_dirs() -> dict[str, Path]:
    """The installed package name of each folder, from pyproject's package-dir mapping."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping = {name: ROOT / folder for name, folder in config["package-dir"].items()}
    mapping.setdefault("plangraph", ROOT / "plangraph")
    return mapping


def module_sources() -> dict[str, ast.Module]:
    modules: dict[str, ast.Module] = {}
    for package, folder in package_dirs().items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join([package, *parts])
            modules[name] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def top_level_imports(name: str, tree: ast.Module) -> list[Import]:
    found: list[Import] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, ast.If) and not _is_type_checking(node):
            pending[:0] = [*node.body, *node.orelse]
        elif isinstance(node, ast.Try):
            pending[:0] = [*node.body, *node.orelse, *node.finalbody]
        elif isinstance(node, ast.Import):
            found += [Import(name, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(Import(name, node.module, node.lineno))
    return found


def all_imports(tree: ast.Module, name: str) -> list[Import]:
    """Every import in the module, late ones included: a rule of direction holds for them too."""
    return [
        Import(name, alias.name if isinstance(node, ast.Import) else node.module or "", node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and getattr(node, "level", 0) == 0
        for alias in (node.names if isinstance(node, ast.Import) else [None])
    ]


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(modules: dict[str, ast.Module]) -> list[str]:
    problems: list[str] = []
    for name, tree in modules.items():
        for imp in all_imports(tree, name):
            for importer, forbidden, why in FORBIDDEN:
                if _under(name, importer) and _under(imp.imported, forbidden):
                    problems.append(f"{name}:{imp.line} imports {imp.imported}: {why}")
            if any(_under(name, face) for face in FACES):
                for inside in STORE_INSIDES:
                    if _under(imp.imported, inside):
                        problems.append(
                            f"{name}:{imp.line} imports {imp.imported}: faces reach stores only through "
                            "graph.queries and the GraphStore protocol"
                        )
    graph = nx.DiGraph()
    for name, tree in modules.items():
        graph.add_node(name)
        for imp in top_level_imports(name, tree):
            target = imp.imported
            while target and target not in modules:  # `from pkg.mod import x` imports pkg.mod
                target = target.rpartition(".")[0]
            if target and target != name:
                graph.add_edge(name, target)
    for cycle in nx.simple_cycles(graph):
        problems.append("import cycle: " + " -> ".join([*cycle, cycle[0]]))
    return problems


def test_the_source_keeps_every_import_rule() -> None:
    assert violations(module_sources()) == []


@pytest.mark.parametrize(
    ("module", "planted", "expected"),
    [
        ("plangraph.ingest.records", "from plangraph.graph.model import Node", "ingest knows nothing"),
        ("plangraph.graph.build", "from plangraph.api.app import create_app", "graph is below the faces"),
        (
            "plangraph.api.deps",
            "from plangraph.graph.store.networkx_store import NetworkxStore",
            "faces reach",
        ),
        ("plangraph.viz.page", "import networkx", "faces reach"),
        ("plangraph.graph.model", "from plangraph.graph.queries.lookup import resolve_plan", "import cycle"),
    ],
)
def test_a_planted_forbidden_import_is_caught(module: str, planted: str, expected: str) -> None:
    modules = module_sources()
    modules[module].body.insert(0, ast.parse(planted).body[0])
    assert any(expected in problem for problem in violations(modules))
