"""Query and path parameters several routers share, each with its OpenAPI example."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from plangraph.api.examples import HUBEI_REGION_ID, HUZHOU_PLAN_ID, ZHESHILIAN_ID, examples

MAX_LIMIT = 500

Limit = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description="page size", openapi_examples=examples(ten=("ten items", 10)))
]
Offset = Annotated[
    int, Query(ge=0, description="items to skip", openapi_examples=examples(first=("first page", 0)))
]
PlanIdPath = Annotated[
    str,
    Path(
        description="stable plan id, derived from the title (graph.keys.plan_id)",
        openapi_examples=examples(湖州=("湖州市市场监管“十四五”规划 (sample corpus)", HUZHOU_PLAN_ID)),
    ),
]
NodeIdPath = Annotated[
    str,
    Path(
        description="any node id (plan-…, region-…, system-…, task-…)",
        openapi_examples=examples(
            浙食链=("the 浙食链 system (sample corpus)", ZHESHILIAN_ID),
            湖北省=("the region 湖北省", HUBEI_REGION_ID),
        ),
    ),
]
