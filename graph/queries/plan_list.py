"""Plans filtered by level, by region and by the plan they are based on: the answer behind
``GET /api/v1/plans``.

A region is asked for the way people write it: ``湖州`` finds 湖州市 (a prefix of the name or of one
of its aliases, in either script), and a region holds every region below it, so ``浙江省`` also lists
the plans of 湖州市 and of its districts (the PART_OF hierarchy from the gazetteer). A plan is in a
region when it COVERS it. Read through the store protocol only, the same on every store.
"""

from __future__ import annotations

from plangraph.graph.model import Label, Node, Page, RelType
from plangraph.graph.store import GraphStore
from plangraph.graph.store.search_key import search_key

REGION_CANDIDATES = 1000
"""Most regions a region text is looked up among (shortest names first): far more than begin
with any one text in the gazetteer's 3,200 divisions."""
REGION_DEPTH = 4
"""PART_OF steps below a region: province → city → district/county → township."""


def list_plans(
    store: GraphStore,
    level: str | None = None,
    region: str | None = None,
    parent: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Plans matching every filter given, ordered by id, the page ``offset``..``offset + limit``.
    ``parent`` is a plan id: only plans based on it (an unknown id matches nothing)."""
    if region is None and parent is None:
        return store.list_nodes(Label.PLAN, {"level": level} if level else None, limit, offset)
    candidates: dict[str, Node] | None = None
    if parent is not None:
        candidates = {n.id: n for _, n in store.neighbours(parent, [RelType.BASED_ON], "in")}
    if region is not None:
        in_region = plans_in_region(store, region)
        candidates = (
            in_region if candidates is None else {k: candidates[k] for k in candidates if k in in_region}
        )
    matched = sorted(
        (
            n
            for n in (candidates or {}).values()
            if n.label == Label.PLAN and (level is None or n.props.get("level") == level)
        ),
        key=lambda n: n.id,
    )
    return Page(items=matched[offset : offset + limit], total=len(matched), limit=limit, offset=offset)


def regions_named(store: GraphStore, text: str) -> list[Node]:
    """Regions whose name or an alias begins with ``text`` (either script), shortest names first."""
    key = search_key(text)
    if not key:
        return []
    found = store.search(text, Label.REGION, limit=REGION_CANDIDATES)
    return [
        r
        for r in found
        if any(
            search_key(name).startswith(key)
            for name in [r.props.get("name", ""), *(r.props.get("aliases") or [])]
        )
    ]


def plans_in_region(store: GraphStore, text: str) -> dict[str, Node]:
    """Plans covering a region named by ``text`` or any region within it, by id."""
    within = {r.id for r in regions_named(store, text)}
    frontier = list(within)
    for _ in range(REGION_DEPTH):
        if not frontier:
            break
        below = store.neighbours_of(frontier, [RelType.PART_OF], "in")
        frontier = [n.id for pairs in below.values() for _, n in pairs if n.id not in within]
        within.update(frontier)
    covering = store.neighbours_of(sorted(within), [RelType.COVERS], "in")
    return {n.id: n for pairs in covering.values() for _, n in pairs if n.label == Label.PLAN}
