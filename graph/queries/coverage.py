"""Coverage of a parent plan: for each of its statements, which ingested child plans carry it down.

Analysts read it both ways: what a province's plan asks for that a city has taken up, and what nobody
implements. Computed from GraphStore reads only, so it answers the same on every store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from plangraph.graph.model import Edge, Node, RelType
from plangraph.graph.queries.plan_sources import PlanIndex
from plangraph.graph.store import GraphStore


@dataclass
class ChildLink:
    plan: str
    title: str
    task: str
    quote: str
    score: float | None


@dataclass
class StatementCoverage:
    task: str
    section: str
    text: str
    quote: str
    implemented_by: list[ChildLink] = field(default_factory=list)
    missing_in: list[str] = field(default_factory=list)  # titles of child plans without a link


@dataclass
class Coverage:
    plan: str
    title: str
    children: list[dict[str, Any]]
    statements: list[StatementCoverage]

    @property
    def uncovered(self) -> list[StatementCoverage]:
        return [s for s in self.statements if not s.implemented_by]

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["summary"] = {
            "statements": len(self.statements),
            "implemented": len(self.statements) - len(self.uncovered),
            "not_implemented": len(self.uncovered),
        }
        return out


def plan_coverage(store: GraphStore, plan: Node) -> Coverage:
    """Every non-review statement of ``plan`` with the ingested child plans that implement it: three
    reads on any store (the children, the statements, every statement's incoming links at once)."""
    children = store.neighbours(plan.id, [RelType.BASED_ON], "in")
    tasks = store.passages(plan.id)
    implementers = store.neighbours_of([task.id for task in tasks], [RelType.IMPLEMENTS], "in")
    statements = [(task, implementers.get(task.id, [])) for task in tasks]
    return assemble_coverage(plan, [child for _, child in children], statements)


def assemble_coverage(
    plan: Node, children: list[Node], statements: list[tuple[Node, list[tuple[Edge, Node]]]]
) -> Coverage:
    """Coverage from what a store read: the plans based on ``plan`` (ordered by id) and each statement
    in document order with its incoming IMPLEMENTS edges. Pure, so every store reports the same."""
    children = [child for child in children if child.props.get("source") is not None]
    plans = PlanIndex(children)
    titles = {c.id: c.props.get("title") or c.id for c in children}
    rows = []
    for task, implementers in statements:
        if task.props.get("review"):
            continue
        quote = task.evidence[0]["text"] if task.evidence else task.props.get("text", "")
        entry = StatementCoverage(task.id, task.props.get("section", ""), task.props.get("text", ""), quote)
        seen: set[str] = set()
        for edge, child_task in implementers:
            owner = plans.owner(edge.evidence)
            if owner is None:
                continue
            seen.add(owner.id)
            entry.implemented_by.append(
                ChildLink(
                    owner.id,
                    titles[owner.id],
                    child_task.id,
                    child_task.evidence[0]["text"] if child_task.evidence else "",
                    edge.props.get("score"),
                )
            )
        entry.missing_in = [titles[c.id] for c in children if c.id not in seen]
        rows.append(entry)
    child_rows = [{"id": c.id, "title": titles[c.id], "source": c.props.get("source")} for c in children]
    return Coverage(plan.id, plan.props.get("title") or plan.id, child_rows, rows)
