"""Which plan a quote was read from: every piece of evidence names its document, and every ingested
plan names its own document(s) in ``source``. Passages, mentions and links are attributed to plans
this way, so an answer never has to walk a plan's section tree to say whose text it is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from plangraph.graph.model import Label, Node
from plangraph.graph.store import GraphStore


def plans_by_source(store: GraphStore, sources: Iterable[str]) -> dict[str, Node]:
    """The plan whose own document each source is; sources of no plan are left out."""
    found: dict[str, Node] = {}
    for source in sorted(set(sources)):
        page = store.list_nodes(Label.PLAN, {"source": source}, limit=1)
        if page.items:
            found[source] = page.items[0]
    return found


def evidence_sources(evidence: Iterable[dict[str, Any]]) -> set[str]:
    return {str(ev["source"]) for ev in evidence if ev.get("source")}
