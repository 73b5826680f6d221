"""Coverage between a plan and the plans around it, from either side.

From the parent's side: for each of its statements, which ingested child plans carry it down, and
which none does. From the child's side: for each plan it is based on, which of that plan's statements
it carries down and which it leaves out ("what does 湖州 implement of 浙江, and what not"). A plan
with no ingested plan on either side has nothing to compare, and says so rather than "0 of N".
Computed from GraphStore reads only, so it answers the same on every store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from plangraph.graph.model import Edge, Node, RelType, node_name
from plangraph.graph.queries.plan_sources import PlanIndex, source_files
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

    def as_dict(self, uncovered_only: bool = False) -> dict[str, Any]:
        """The answer as JSON-ready data; ``uncovered_only`` lists only the statements nobody carries
        down (the summary still counts every statement)."""
        out = asdict(self)
        out["summary"] = {
            "statements": len(self.statements),
            "implemented": len(self.statements) - len(self.uncovered),
            "not_implemented": len(self.uncovered),
        }
        if uncovered_only:
            out["statements"] = [s for s in out["statements"] if not s["implemented_by"]]
        return out


@dataclass
class CoverageReport:
    """Both sides of one plan: what its child plans carry down of it (None when no ingested plan is
    based on it), and what it carries down of each ingested plan it is based on."""

    plan: Node
    of_children: Coverage | None
    of_parents: list[Coverage]

    @property
    def has_answer(self) -> bool:
        return self.of_children is not None or bool(self.of_parents)

    def as_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan.id,
            "title": node_name(self.plan),
            "of_children": self.of_children.as_dict() if self.of_children else None,
            "of_parents": [coverage.as_dict() for coverage in self.of_parents],
        }


def plan_coverage(store: GraphStore, plan: Node) -> Coverage:
    """Every non-review statement of ``plan`` with the ingested child plans that implement it: three
    reads on any store (the children, the statements, every statement's incoming links at once)."""
    children = store.neighbours(plan.id, [RelType.BASED_ON], "in")
    return assemble_coverage(plan, [child for _, child in children], _statements(store, plan))


def parents_coverage(store: GraphStore, child: Node) -> list[Coverage]:
    """For each ingested plan ``child`` is based on (ordered by id), that plan's statements with the
    ones ``child`` carries down; the statements it leaves out have ``child`` in ``missing_in``."""
    parents = [p for _, p in store.neighbours(child.id, [RelType.BASED_ON], "out") if source_files(p)]
    return [assemble_coverage(parent, [child], _statements(store, parent)) for parent in parents]


def coverage_report(store: GraphStore, plan: Node) -> CoverageReport:
    """Coverage from both sides of ``plan``."""
    of_children = plan_coverage(store, plan)
    return CoverageReport(plan, of_children if of_children.children else None, parents_coverage(store, plan))


def _statements(store: GraphStore, plan: Node) -> list[tuple[Node, list[tuple[Edge, Node]]]]:
    """The plan's statements in document order, each with its incoming IMPLEMENTS links."""
    tasks = store.passages(plan.id)
    implementers = store.neighbours_of([task.id for task in tasks], [RelType.IMPLEMENTS], "in")
    return [(task, implementers.get(task.id, [])) for task in tasks]


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
