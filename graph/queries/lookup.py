"""Finding what a question is about: a plan by id or title, a node by id or name.

Every face (CLI, API, views) resolves names here, so a name that matches nothing and a name that
matches several things are told apart the same way everywhere: ``NotFound`` and ``Ambiguous``.
"""

from __future__ import annotations

from collections.abc import Callable

from plangraph.graph.model import Label, Node, node_name
from plangraph.graph.store import GraphStore
from plangraph.graph.store.search_key import search_key

ALL = 1_000_000
CANDIDATES = 50  # search hits weighed when a name is resolved
LISTED = 8  # candidates named in an Ambiguous message


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


def resolve_node(
    store: GraphStore,
    key: str,
    label: Label | None = None,
    prefer: Callable[[list[Node]], list[Node]] | None = None,
) -> Node:
    """A node by id, else the one node whose name is ``key`` (either script), else the one node whose
    name contains it. ``prefer`` may narrow several candidates (a view's default, e.g. the parent
    plan's goal); when several remain, ``Ambiguous`` lists them rather than picking one silently."""
    node = store.get_node(key)
    if node is not None and (label is None or node.label == label):
        return node
    hits = store.search(key, label, limit=CANDIDATES)
    if not hits:
        kind = f"{label} " if label else ""
        raise NotFound(f"no {kind}node has the id or a name containing {key!r}")
    wanted = search_key(key)
    exact = [hit for hit in hits if search_key(node_name(hit)) == wanted]
    pool = exact or hits
    if len(pool) > 1 and prefer is not None:
        pool = prefer(pool) or pool
    if len(pool) == 1:
        return pool[0]
    listed = "; ".join(f"{node_name(n)[:40]} ({n.id})" for n in pool[:LISTED])
    more = f" and {len(pool) - LISTED} more" if len(pool) > LISTED else ""
    raise Ambiguous(f"{len(pool)} nodes match {key!r}: {listed}{more}; give an id", pool)
