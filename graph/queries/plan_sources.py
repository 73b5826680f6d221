"""Which plan a quote was read from: every piece of evidence names its document, and every ingested
plan names its own document(s) in ``source``. Passages, mentions and links are attributed to plans
this way — here only — so an answer never has to walk a plan's section tree to say whose text it is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from plangraph.graph.model import Label, Node, node_name
from plangraph.graph.queries.lookup import all_nodes
from plangraph.graph.store import GraphStore


def source_files(node: Node) -> list[str]:
    """The files a plan was ingested from (several when the same plan came in twice); none for a stub."""
    source = node.props.get("source")
    if isinstance(source, list):
        return [s for s in source if s]
    return [source] if source else []


def evidence_sources(evidence: Iterable[dict[str, Any]]) -> set[str]:
    return {str(ev["source"]) for ev in evidence if ev.get("source")}


class PlanIndex:
    """Ingested plans by the source file their text came from."""

    def __init__(self, plans: Iterable[Node]) -> None:
        self.plans = {plan.id: plan for plan in plans}
        self.by_source = {source: plan.id for plan in self.plans.values() for source in source_files(plan)}

    @classmethod
    def of(cls, store: GraphStore) -> PlanIndex:
        """Every plan in the store: for answers about the whole graph."""
        return cls(all_nodes(store, Label.PLAN))

    @classmethod
    def for_sources(cls, store: GraphStore, sources: Iterable[str]) -> PlanIndex:
        """Only the plans whose own documents are ``sources``: one indexed read per file, for answers
        about a few passages on a large store."""
        found: dict[str, Node] = {}
        for source in sorted(set(sources)):
            page = store.list_nodes(Label.PLAN, {"source": source}, limit=1)
            if page.items:
                found[page.items[0].id] = page.items[0]
        return cls(found.values())

    @classmethod
    def for_evidence(cls, store: GraphStore, nodes: Iterable[Node]) -> PlanIndex:
        return cls.for_sources(store, (s for node in nodes for s in evidence_sources(node.evidence)))

    def plans_of(self, evidence: Iterable[dict[str, Any]]) -> list[str]:
        """Ids of the ingested plans whose files the quotes come from, in first-seen order."""
        found: list[str] = []
        for ev in evidence:
            plan_id = self.by_source.get(ev.get("source"))
            if plan_id and plan_id not in found:
                found.append(plan_id)
        return found

    def owner(self, evidence: Iterable[dict[str, Any]]) -> Node | None:
        """The one plan a passage or a link is from: the plan of its first source file by name."""
        for source in sorted(evidence_sources(evidence)):
            plan_id = self.by_source.get(source)
            if plan_id is not None:
                return self.plans[plan_id]
        return None

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
