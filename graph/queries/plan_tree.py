"""The plan hierarchy as a tree: every ingested plan and every plan one is based on, each under the
plans it is based on. A plan based on two parents appears under both; a BASED_ON cycle ends where it
would repeat a plan already on the branch."""

from __future__ import annotations

from dataclasses import dataclass, field

from plangraph.graph.model import Label, Node, RelType, level_rank
from plangraph.graph.store import GraphStore

ALL = 1_000_000


@dataclass
class PlanBranch:
    plan: Node
    children: list[PlanBranch] = field(default_factory=list)


def plan_tree(store: GraphStore) -> list[PlanBranch]:
    """Roots (plans based on no other plan in the store) national → district, then by id."""
    plans = {n.id: n for n in store.list_nodes(Label.PLAN, limit=ALL).items}
    parents: dict[str, list[str]] = {}
    for plan_id in plans:
        ups = {n.id for _, n in store.neighbours(plan_id, [RelType.BASED_ON], "out") if n.id in plans}
        if ups:
            parents[plan_id] = sorted(ups)
    shown = {p for p, n in plans.items() if n.props.get("source") is not None}
    shown |= set(parents) | {up for ups in parents.values() for up in ups}
    children: dict[str, list[str]] = {}
    for child, ups in sorted(parents.items()):
        for up in ups:
            children.setdefault(up, []).append(child)

    def branch(plan_id: str, seen: frozenset[str]) -> PlanBranch:
        below = [c for c in children.get(plan_id, []) if c not in seen]
        return PlanBranch(plans[plan_id], [branch(c, seen | {c}) for c in below])

    roots = sorted(
        (p for p in shown if p not in parents),
        key=lambda p: (level_rank(plans[p].props.get("level")), p),
    )
    return [branch(p, frozenset({p})) for p in roots]
