"""A plan's outline as a reader skims it: its chapters in order, and what each chapter names anywhere
under it (the systems, pilots, agencies … of every section below), with the quotes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from plangraph.graph.model import Label, Node, RelType
from plangraph.graph.store import GraphStore


@dataclass
class NamedInChapter:
    node: Node
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Chapter:
    section: Node
    named: list[NamedInChapter]
    """Entities the chapter or any section under it names, ordered by id."""


def chapters(store: GraphStore, plan: Node) -> list[Node]:
    """The plan's top-level sections in document order."""
    found = (section for _, section in store.neighbours(plan.id, [RelType.HAS_SECTION], "out"))
    return sorted(found, key=lambda s: s.props.get("order", 0))


def chapter_sections(store: GraphStore, chapter: Node) -> list[Node]:
    """The chapter and every section under it."""
    found, pending = [chapter], [chapter]
    while pending:
        for _, child in store.neighbours(pending.pop().id, [RelType.HAS_SECTION], "out"):
            found.append(child)
            pending.append(child)
    return found


def plan_outline(store: GraphStore, plan: Node, labels: Iterable[Label]) -> list[Chapter]:
    """Each chapter with the entities of ``labels`` it names anywhere under it; one entity's quotes
    from every section of the chapter are gathered on it."""
    wanted = set(labels)
    outline = []
    for chapter in chapters(store, plan):
        sections = chapter_sections(store, chapter)
        mentions = store.neighbours_of([s.id for s in sections], [RelType.MENTIONS], "out")
        named: dict[str, NamedInChapter] = {}
        for section in sections:
            for edge, other in mentions.get(section.id, []):
                if other.label in wanted:
                    named.setdefault(other.id, NamedInChapter(other)).quotes.extend(edge.evidence)
        outline.append(Chapter(chapter, [named[key] for key in sorted(named)]))
    return outline
