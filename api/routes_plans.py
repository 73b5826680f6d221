"""Plans: list and filter them, the hierarchy tree, one plan in detail, its indicators and coverage."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, status

from plangraph.api.deps import StoreDep, require_node
from plangraph.api.examples import GANSU_PLAN_ID, HUZHOU_PLAN_ID, ZHEJIANG_PLAN_ID, examples
from plangraph.api.params import Limit, Offset, PlanIdPath
from plangraph.api.schemas import ErrorDetail, PlanDetail, PlanPage, PlanSummary
from plangraph.api.schemas_analysis import (
    CarriedDownOut,
    CoverageOut,
    Hierarchy,
    HierarchyNode,
    IndicatorOut,
    PlanIndicators,
)
from plangraph.api.schemas_graph import PlanRef
from plangraph.graph.model import Label, RelType, node_name
from plangraph.graph.queries import indicators
from plangraph.graph.queries.coverage import parents_coverage
from plangraph.graph.queries.coverage import plan_coverage as coverage_of
from plangraph.graph.queries.plan_list import list_plans as plans_matching
from plangraph.graph.queries.plan_tree import PlanBranch, plan_tree

router = APIRouter(prefix="/api/v1/plans", tags=["plans"])

NOT_A_PLAN = {status.HTTP_404_NOT_FOUND: {"model": ErrorDetail, "description": "no plan with this id"}}

Level = Literal["national", "province", "city", "district", "county"]
LevelQuery = Annotated[
    Level | None,
    Query(
        description="level of government; anything else is a 422",
        openapi_examples=examples(province=("provincial plans", "province")),
    ),
]
RegionQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=100,
        description="a region by the start of its name, in either script (湖州 finds 湖州市); a region "
        "includes the regions within it, so 浙江省 lists the plans of 湖州市 too",
        openapi_examples=examples(
            湖州=("plans of 湖州市", "湖州"),
            浙江省=("plans of 浙江省 and of every region in it", "浙江省"),
        ),
    ),
]
ParentQuery = Annotated[
    str | None,
    Query(
        max_length=200,
        description="only plans based on this plan (its id); an unknown id matches nothing",
        openapi_examples=examples(浙江=("plans based on 浙江省市场监管“十四五”规划", ZHEJIANG_PLAN_ID)),
    ),
]


@router.get(
    "",
    summary="List plans, filtered by level, region or parent plan",
    description="Plans ordered by id; stubs (plans only referenced by other documents) have `source: null`.",
)
def list_plans(
    store: StoreDep,
    level: LevelQuery = None,
    region: RegionQuery = None,
    parent: ParentQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> PlanPage:
    page = plans_matching(store, level, region, parent, limit, offset)
    return PlanPage(
        items=[PlanSummary.from_node(n) for n in page.items], total=page.total, limit=limit, offset=offset
    )


@router.get(
    "/hierarchy",
    summary="Plans as a tree: each plan under the plans it is based on",
    description="Every ingested plan and every plan one is based on. Roots are plans based on no other "
    "plan in the store, ordered national → district then by id.",
)
def plan_hierarchy(store: StoreDep) -> Hierarchy:
    return Hierarchy(roots=[_branch(b) for b in plan_tree(store)])


@router.get(
    "/{plan_id}",
    summary="One plan: metadata, parents, children, sections, indicators, systems, pilots, agencies",
    description="`parents` are the plans this one is based on (BASED_ON out-edges); `children` are the plans "
    "based on it. Each link carries the quote that states it. `systems`, `pilots` and `agencies` are the "
    "entities its passages name, most often named first.",
    responses=NOT_A_PLAN,
)
def get_plan(plan_id: PlanIdPath, store: StoreDep) -> PlanDetail:
    node = require_node(store, plan_id, Label.PLAN)
    return PlanDetail.from_plan(
        node,
        parents=store.neighbours(plan_id, [RelType.BASED_ON], "out"),
        children=store.neighbours(plan_id, [RelType.BASED_ON], "in"),
        own=[
            *store.neighbours(plan_id, [RelType.HAS_SECTION, RelType.SETS], "out"),
            *store.neighbours(plan_id, [RelType.ISSUED], "in"),
        ],
        mentions=store.plan_mentions(plan_id),
    )


@router.get(
    "/{plan_id}/indicators",
    summary="A plan's indicators: baseline, target, unit, nature, and the parent target each aligns with",
    description="In the plan's order: the indicator table's rows as printed, then targets stated in prose. "
    "`target_year` keeps only targets for that year (e.g. 2025). `cumulative` marks a value the table "
    "stars as cumulative over the period. "
    "`aligns_with` names the parent plan's indicator and flags a `looser` or `opposite` target.",
    responses=NOT_A_PLAN,
)
def plan_indicators(
    plan_id: Annotated[
        str,
        Path(
            description="stable plan id",
            openapi_examples=examples(甘肃=("甘肃省“十四五”市场监管规划 (sample corpus)", GANSU_PLAN_ID)),
        ),
    ],
    store: StoreDep,
    target_year: Annotated[
        int | None,
        Query(
            ge=1949,
            le=2100,
            description="only targets for this year",
            openapi_examples=examples(y=("2025", 2025)),
        ),
    ] = None,
) -> PlanIndicators:
    plan = require_node(store, plan_id, Label.PLAN)
    items = indicators.plan_indicators(store, plan, target_year)
    return PlanIndicators(
        plan=PlanRef.model_validate({**plan.props, "id": plan.id}),
        total=len(items),
        items=[IndicatorOut.model_validate(i, from_attributes=True) for i in items],
    )


@router.get(
    "/{plan_id}/coverage",
    summary="Which of a parent plan's statements its ingested child plans carry down, and which not",
    description="Every statement of the plan (reviews of the past period left out) with the child "
    "statements that implement it (score, quote) and the child plans that have none. "
    "`uncovered_only=true` keeps only statements no child plan carries down.",
    responses=NOT_A_PLAN,
)
def plan_coverage(
    plan_id: Annotated[
        str,
        Path(
            description="stable plan id of the parent plan",
            openapi_examples=examples(浙江=("浙江省市场监管“十四五”规划 (sample corpus)", ZHEJIANG_PLAN_ID)),
        ),
    ],
    store: StoreDep,
    uncovered_only: Annotated[
        bool,
        Query(
            description="only statements no child plan implements",
            openapi_examples=examples(uncovered=("only what no child plan carries down", True)),
        ),
    ] = False,
) -> CoverageOut:
    plan = require_node(store, plan_id, Label.PLAN)
    body = coverage_of(store, plan).as_dict(uncovered_only)
    if not body["children"]:
        body["statements"] = []
        body["summary"] = {"statements": 0, "implemented": 0, "not_implemented": 0}
        body["note"] = (
            "no ingested plan is based on this plan, so there is nothing to compare; "
            "GET /api/v1/plans/{id}/carried-down answers from this plan's side"
        )
    return CoverageOut.model_validate(body)


@router.get(
    "/{plan_id}/carried-down",
    summary="Which statements of each plan this plan is based on it carries down, and which it leaves out",
    description="The coverage question asked from the child's side: for every ingested plan this plan "
    "is based on, that plan's statements (reviews of the past period left out), each with this plan's "
    "statements implementing it, or this plan's title in `missing_in`. `left_out_only=true` keeps only "
    "the statements this plan does not carry down.",
    responses=NOT_A_PLAN,
)
def carried_down(
    plan_id: Annotated[
        str,
        Path(
            description="stable plan id of the child plan",
            openapi_examples=examples(湖州=("湖州市市场监管“十四五”规划 (sample corpus)", HUZHOU_PLAN_ID)),
        ),
    ],
    store: StoreDep,
    left_out_only: Annotated[
        bool,
        Query(
            description="only statements this plan does not carry down",
            openapi_examples=examples(left_out=("only what this plan leaves out", True)),
        ),
    ] = False,
) -> CarriedDownOut:
    plan = require_node(store, plan_id, Label.PLAN)
    parents = [coverage.as_dict(left_out_only) for coverage in parents_coverage(store, plan)]
    note = None if parents else "this plan is based on no ingested plan, so there is nothing to compare"
    return CarriedDownOut.model_validate(
        {"plan": plan.id, "title": node_name(plan), "parents": parents, "note": note}
    )


def _branch(branch: PlanBranch) -> HierarchyNode:
    return HierarchyNode.model_validate(
        {**branch.plan.props, "id": branch.plan.id, "children": [_branch(c) for c in branch.children]}
    )
