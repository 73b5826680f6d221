"""Named digital systems, platforms, apps, codes and traceability chains a plan builds or relies on."""

from __future__ import annotations

from ingest.entities import Found, PlanContext


def find_systems(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    """System mentions in one passage; ``name`` is the canonical name that merges spellings."""
    return []
