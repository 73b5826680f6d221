"""Plans: list them with filters, and read one plan with the plans it is based on and that follow it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status

from api.deps import StoreDep
from api.schemas import HUZHOU_PLAN_ID, ErrorDetail, PlanDetail, PlanPage, PlanSummary
from graph.model import Label, RelType

router = APIRouter(prefix="/api/v1/plans", tags=["plans"])

MAX_LIMIT = 500

LevelQuery = Annotated[
    str | None,
    Query(
        description="exact level: national, province, city, district or county",
        openapi_examples={"province": {"summary": "provincial plans", "value": "province"}},
    ),
]
RegionQuery = Annotated[
    str | None,
    Query(
        description="exact region name as printed, e.g. 湖州市",
        openapi_examples={"湖州市": {"summary": "plans of 湖州市", "value": "湖州市"}},
    ),
]
PlanIdPath = Annotated[
    str,
    Path(
        description="stable plan id, derived from the title (graph.keys.plan_id)",
        openapi_examples={
            "湖州": {"summary": "湖州市市场监管“十四五”规划 (sample corpus)", "value": HUZHOU_PLAN_ID}
        },
    ),
]


@router.get(
    "",
    summary="List plans, filtered by level or region",
    description="Plans ordered by id; stubs (plans only referenced by other documents) have `source: null`.",
)
def list_plans(
    store: StoreDep,
    level: LevelQuery = None,
    region: RegionQuery = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")] = 50,
    offset: Annotated[int, Query(ge=0, description="plans to skip")] = 0,
) -> PlanPage:
    filters = {key: value for key, value in {"level": level, "region": region}.items() if value is not None}
    page = store.list_nodes(Label.PLAN, filters, limit, offset)
    return PlanPage(
        items=[PlanSummary.from_node(node) for node in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get(
    "/{plan_id}",
    summary="One plan with its parent and child plans",
    description="`parents` are the plans this one is based on (BASED_ON out-edges); `children` are the plans "
    "based on it. Each link carries the quote that states it.",
    responses={status.HTTP_404_NOT_FOUND: {"model": ErrorDetail, "description": "no plan with this id"}},
)
def get_plan(plan_id: PlanIdPath, store: StoreDep) -> PlanDetail:
    node = store.get_node(plan_id)
    if node is None or node.label != Label.PLAN:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no plan with id {plan_id}")
    return PlanDetail.from_plan(
        node,
        parents=store.neighbours(plan_id, [RelType.BASED_ON], "out"),
        children=store.neighbours(plan_id, [RelType.BASED_ON], "in"),
    )
