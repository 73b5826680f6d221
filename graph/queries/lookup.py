"""Finding what a question is about: a plan by id or title, a node by id or name.

Every face (CLI, API, views) resolves names here, so a name that matches nothing and a name that
matches several things are told apart the same way everywhere: ``NotFound`` and ``Ambiguous``.
"""

from __future__ import annotations

from plangraph.graph.model import Label, Node, node_name
from plangraph.graph.store import GraphStore

ALL = 1_000_000


class NotFound(LookupError):
    """Nothing in the store matches the id or name asked for (CLI exit 2, API 404)."""


class Ambiguous(NotFound):
    """Several things match the name asked for; ``candidates`` lists them so the caller can choose."""

    def __init__(self, message: str, candidates: list[Node]) -> None:
        super().__init__(message)
        self.candidates = candidates


def all_nodes(store: GraphStore, label: Label) -> list[Node]:
    """Every node of one label, ordered by id."""
    return store.list_nodes(label, limit=ALL).items


def find_plan(store: GraphStore, key: str) -> Node | None:
    """A plan by id, or by title (exact, then unique substring); None when none or several match."""
    try:
        return resolve_plan(store, key)
    except NotFound:
        return None


def resolve_plan(store: GraphStore, key: str) -> Node:
    """A plan by id, else the plan titled exactly ``key``, else the one plan whose title contains it."""
    node = store.get_node(key)
    if node is not None and node.label == Label.PLAN:
        return node
    plans = all_nodes(store, Label.PLAN)
    exact = [p for p in plans if p.props.get("title") == key]
    if exact:
        return exact[0]
    partial = [p for p in plans if key in (p.props.get("title") or "")]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise Ambiguous(
            f"no plan matches {key!r} alone: {len(partial)} plans' titles contain it "
            f"({'; '.join(node_name(p) for p in partial[:5])}); give its id or more of its title",
            partial,
        )
    raise NotFound(f"no plan matches {key!r} (give its id, or a unique part of its title)")


def resolve_node(store: GraphStore, key: str, label: Label | None = None) -> Node:
    """A node by id, else the best search hit for ``key`` (shortest name first)."""
    node = store.get_node(key)
    if node is not None and (label is None or node.label == label):
        return node
    hits = store.search(key, label, limit=1)
    if not hits:
        kind = f"{label} " if label else ""
        raise NotFound(f"no {kind}node has the id or a name containing {key!r}")
    return hits[0]
