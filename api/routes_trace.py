"""How nodes connect: a node's neighbourhood, IMPLEMENTS chains across levels, shortest paths."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status

from plangraph.api.deps import StoreDep, require_node
from plangraph.api.examples import (
    HUANGSHIGANG_PLAN_ID,
    HUBEI_PLAN_ID,
    ZHEJIANG_GOAL_ID,
    examples,
)
from plangraph.api.params import NodeIdPath, Offset
from plangraph.api.schemas import ErrorDetail
from plangraph.api.schemas_graph import (
    EdgeOut,
    Neighbour,
    Neighbourhood,
    NodeOut,
    Passage,
    PathOut,
    PlanRef,
    Trace,
    TraceHop,
)
from plangraph.graph.model import RelType
from plangraph.graph.queries.neighbourhood import neighbourhood
from plangraph.graph.queries.trace import TracedPassage
from plangraph.graph.queries.trace import trace as trace_of

router = APIRouter(prefix="/api/v1", tags=["links"])

NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorDetail, "description": "unknown node id"}}
MAX_NEIGHBOURS = 500
MAX_TRACE_LIMIT = 1000


@router.get(
    "/nodes/{node_id}/neighbours",
    summary="A node's neighbourhood: nodes within `depth` hops and the edges between them",
    description=f"Breadth-first from the node over the relationship types given (all by default), in "
    f"the direction given; stops at {MAX_NEIGHBOURS} nodes (`truncated: true`).",
    responses=NOT_FOUND,
)
def neighbours(
    node_id: NodeIdPath,
    store: StoreDep,
    depth: Annotated[
        int,
        Query(ge=1, le=3, description="hops from the node", openapi_examples=examples(two=("two hops", 2))),
    ] = 1,
    rel: Annotated[
        list[RelType] | None,
        Query(
            description="relationship types to follow (repeat the parameter for several)",
            openapi_examples=examples(mentions=("only MENTIONS edges", ["MENTIONS"])),
        ),
    ] = None,
    direction: Annotated[
        Literal["out", "in", "both"],
        Query(
            description="edge direction from the node",
            openapi_examples=examples(incoming=("edges pointing at the node", "in")),
        ),
    ] = "both",
) -> Neighbourhood:
    center = require_node(store, node_id)
    walk = neighbourhood(store, center, depth, rel, direction, max_nodes=MAX_NEIGHBOURS)
    return Neighbourhood(
        center=NodeOut.from_node(center),
        nodes=[Neighbour(node=NodeOut.from_node(node), depth=distance) for node, distance in walk.around],
        edges=[EdgeOut.from_edge(e) for e in walk.edges],
        truncated=walk.truncated,
    )


@router.get(
    "/trace/{node_id}",
    summary="Follow IMPLEMENTS links: from a goal down to the passages that carry it out, or up",
    description="`down` from a higher-level plan's statement to the lower-level statements implementing "
    "it (and those implementing them); `up` from a statement to the goals it serves. Each hop has the "
    "similarity score and both statements with their plans and quotes. A national goal can have "
    "thousands of hops, so they come in pages: ordered by depth, then by score (strongest link first), "
    "then by the id of the statement reached, `limit` at a time from `offset`, with the `total` of the "
    "whole trace.",
    responses=NOT_FOUND,
)
def trace(
    node_id: Annotated[
        str,
        Path(
            description="a statement (task-…) id",
            openapi_examples=examples(浙江目标=("浙江: 实施“强队砺剑”工程", ZHEJIANG_GOAL_ID)),
        ),
    ],
    store: StoreDep,
    direction: Annotated[
        Literal["down", "up"],
        Query(
            description="down to implementers, up to goals",
            openapi_examples=examples(down=("down to the passages that carry it out", "down")),
        ),
    ] = "down",
    depth: Annotated[
        int,
        Query(ge=1, le=5, description="most IMPLEMENTS hops", openapi_examples=examples(one=("one hop", 1))),
    ] = 5,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_TRACE_LIMIT,
            description="most hops in this page",
            openapi_examples=examples(ten=("ten hops", 10)),
        ),
    ] = 100,
    offset: Offset = 0,
) -> Trace:
    start = require_node(store, node_id)
    answer = trace_of(store, start, direction, depth, limit, offset)
    return Trace(
        start=_passage(answer.start),
        direction=direction,
        hops=[
            TraceHop(
                depth=hop.depth,
                score=hop.edge.props.get("score"),
                method=hop.edge.props.get("method"),
                child=_passage(hop.child),
                parent=_passage(hop.parent),
            )
            for hop in answer.hops
        ],
        total=answer.total,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/path",
    summary="The shortest chain of edges between two nodes, either direction",
    description="404 when either id is unknown or no chain of at most `max_depth` edges joins them.",
    responses=NOT_FOUND,
)
def shortest_path(
    store: StoreDep,
    source: Annotated[
        str,
        Query(
            max_length=200,
            description="node id to start from",
            openapi_examples=examples(黄石港区=("黄石港区's plan", HUANGSHIGANG_PLAN_ID)),
        ),
    ],
    target: Annotated[
        str,
        Query(
            max_length=200,
            description="node id to reach",
            openapi_examples=examples(湖北省=("湖北省's plan", HUBEI_PLAN_ID)),
        ),
    ],
    max_depth: Annotated[
        int, Query(ge=1, le=8, description="most edges", openapi_examples=examples(three=("three edges", 3)))
    ] = 8,
) -> PathOut:
    require_node(store, source)
    require_node(store, target)
    path = store.shortest_path(source, target, max_depth)
    if path is None:
        raise HTTPException(
            status_code=status.HTTP_404_NOT_FOUND,
            detail=f"no path of at most {max_depth} edges between {source} and {target}",
        )
    return PathOut(
        length=len(path.edges),
        nodes=[NodeOut.from_node(n) for n in path.nodes],
        edges=[EdgeOut.from_edge(e) for e in path.edges],
    )


def _passage(passage: TracedPassage) -> Passage:
    node = passage.node
    if node is None:
        return Passage(id=passage.id)
    return Passage.model_validate(
        {
            "id": node.id,
            "text": node.props.get("text") or node.props.get("name"),
            "plan": PlanRef.from_node(passage.plan),
            "evidence": node.evidence,
        }
    )
