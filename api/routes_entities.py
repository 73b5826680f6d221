"""Entities: list and search them (simplified or traditional script), and read one with every quote
and the plans that name it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from plangraph.api.deps import StoreDep, require_node
from plangraph.api.examples import examples
from plangraph.api.params import Limit, NodeIdPath, Offset
from plangraph.api.schemas import ErrorDetail, Evidence
from plangraph.api.schemas_graph import (
    EntityDetail,
    Mention,
    MentioningPlan,
    NodeOut,
    NodePage,
    PlanRef,
    SearchHit,
    SearchHits,
)
from plangraph.graph.model import Label, RelType
from plangraph.graph.queries.plan_sources import PlanIndex, evidence_sources

router = APIRouter(prefix="/api/v1", tags=["entities"])

SEARCH_CAP = 5000

LabelQuery = Annotated[
    Label | None,
    Query(
        description="only nodes with this label",
        openapi_examples=examples(system=("information systems", "System")),
    ),
]
TextQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=200,
        description="text in the name, title or an alias, in simplified or traditional script",
        openapi_examples=examples(浙食链=("浙食链 (traditional: 浙食鏈)", "浙食链")),
    ),
]


@router.get(
    "/entities",
    summary="List nodes by label, or search their names in either script",
    description="Without `q`: nodes ordered by id. With `q`: nodes whose name, title or aliases contain it "
    f"(浙食鏈 finds 浙食链), shortest names first; `total` counts up to {SEARCH_CAP}.",
)
def list_entities(
    store: StoreDep,
    label: LabelQuery = None,
    q: TextQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> NodePage:
    if q is None:
        page = store.list_nodes(label, None, limit, offset)
        items, total = page.items, page.total
    else:
        found = store.search(q, label, limit=SEARCH_CAP)
        items, total = found[offset : offset + limit], len(found)
    return NodePage(items=[NodeOut.from_node(n) for n in items], total=total, limit=limit, offset=offset)


@router.get(
    "/entities/{node_id}",
    summary="One node with every quote it was read from and the plans whose text names it",
    description="`mentions` lists every passage naming it (MENTIONS edges) with the quote; `plans` groups "
    "them by the plan whose document the quote is in.",
    responses={status.HTTP_404_NOT_FOUND: {"model": ErrorDetail, "description": "no node with this id"}},
)
def get_entity(node_id: NodeIdPath, store: StoreDep) -> EntityDetail:
    node = require_node(store, node_id)
    incoming = store.neighbours(node_id, [RelType.MENTIONS], "in")
    owners = PlanIndex.for_sources(
        store, (s for edge, _ in incoming for s in evidence_sources(edge.evidence))
    )
    mentions, counts = [], {}
    for edge, passage in incoming:
        plan = owners.owner(edge.evidence)
        if plan is not None:
            counts[plan.id] = counts.get(plan.id, 0) + 1
        mentions.append(
            Mention(
                passage=passage.id,
                plan=PlanRef.from_node(plan),
                evidence=[Evidence.model_validate(ev) for ev in edge.evidence],
            )
        )
    plans = owners.plans
    return EntityDetail(
        node=NodeOut.from_node(node),
        plans=[
            MentioningPlan.model_validate({**plans[pid].props, "id": pid, "mentions": count})
            for pid, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ],
        mentions=mentions,
    )


@router.get(
    "/search",
    summary="Quick search: ids, labels and names of nodes whose names contain the text",
    description="The same matching as `/entities?q=`, without properties or evidence: for autocomplete.",
)
def search(
    store: StoreDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="text in either script",
            openapi_examples=examples(浙食鏈=("traditional script finds 浙食链", "浙食鏈")),
        ),
    ],
    label: LabelQuery = None,
    limit: Annotated[
        int, Query(ge=1, le=100, description="most hits", openapi_examples=examples(five=("five hits", 5)))
    ] = 20,
) -> SearchHits:
    hits = [NodeOut.from_node(n) for n in store.search(q, label, limit)]
    return SearchHits(q=q, items=[SearchHit(id=h.id, label=h.label, name=h.name) for h in hits])
