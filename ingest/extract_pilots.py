"""Named pilots and demonstrations (…试点, …示范区, …示范城市 …) and the regions they cover."""

from __future__ import annotations

from ingest.entities import Found, PlanContext


def find_pilots(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    """Pilot mentions in one passage; ``attrs["regions"]`` lists the RegionRefs the pilot covers."""
    return []
