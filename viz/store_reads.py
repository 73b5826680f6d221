"""The few store reads the views share: finding what a view is about, and which plan a fact is from.

Only ``GraphStore`` methods are used, so every view works the same on the embedded and Neo4j stores.
A fact's plan is found from its evidence: the source file it was quoted from is an ingested plan's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from plangraph.graph.model import Label, Node, node_name
from plangraph.graph.queries.coverage import find_plan
from plangraph.graph.store import GraphStore


class ViewTargetError(LookupError):
    """The plan or node a view was asked for is not in the store (CLI exit 2, API 404)."""


def resolve_plan(store: GraphStore, key: str) -> Node:
    """A plan by id or by (a unique part of) its title."""
    plan = find_plan(store, key)
    if plan is None:
        raise ViewTargetError(f"no plan matches {key!r} (give its id, or a unique part of its title)")
    return plan


def resolve_node(store: GraphStore, key: str, label: Label | None = None) -> Node:
    """A node by id, else the best search hit for ``key`` (shortest name first)."""
    node = store.get_node(key)
    if node is not None and (label is None or node.label == label):
        return node
    hits = store.search(key, label, limit=1)
    if not hits:
        kind = f"{label} " if label else ""
        raise ViewTargetError(f"no {kind}node has the id or a name containing {key!r}")
    return hits[0]


def all_nodes(store: GraphStore, label: Label) -> list[Node]:
    page = store.list_nodes(label, limit=1_000_000)
    return page.items


def source_files(node: Node) -> list[str]:
    source = node.props.get("source")
    if isinstance(source, list):
        return [s for s in source if s]
    return [source] if source else []


class PlanIndex:
    """Ingested plans by the source file their text came from."""

    def __init__(self, plans: Iterable[Node]) -> None:
        self.plans = {plan.id: plan for plan in plans}
        self.by_source = {source: plan.id for plan in self.plans.values() for source in source_files(plan)}

    @classmethod
    def of(cls, store: GraphStore) -> PlanIndex:
        return cls(all_nodes(store, Label.PLAN))

    def plans_of(self, evidence: Iterable[dict[str, Any]]) -> list[str]:
        """Ids of the ingested plans whose files the quotes come from, in first-seen order."""
        found: list[str] = []
        for ev in evidence:
            plan_id = self.by_source.get(ev.get("source"))
            if plan_id and plan_id not in found:
                found.append(plan_id)
        return found

    def title(self, plan_id: str) -> str:
        plan = self.plans.get(plan_id)
        return node_name(plan) if plan else plan_id

    def ingested(self) -> dict[str, str]:
        """Ingested plans (id → title), for a page's plan filter."""
        return {
            plan_id: node_name(plan)
            for plan_id, plan in sorted(self.plans.items(), key=lambda pair: node_name(pair[1]))
            if source_files(plan)
        }
