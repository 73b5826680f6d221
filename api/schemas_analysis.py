"""Response models for the analysts' questions: hierarchy, coverage, indicators across plans."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from plangraph.api.examples import (
    GANSU_PLAN_ID,
    GANSU_TITLE,
    HUZHOU_INDICATOR_ID,
    HUZHOU_MEASURE_ID,
    HUZHOU_PLAN_ID,
    HUZHOU_TITLE,
    INDICATOR_NAME,
    ZHEJIANG_GOAL_ID,
    ZHEJIANG_PLAN_ID,
    ZHEJIANG_TITLE,
)
from plangraph.api.schemas import Evidence, Source
from plangraph.api.schemas_graph import PlanRef


class HierarchyNode(BaseModel):
    """A plan with the plans based on it; a plan based on two parents appears under both."""

    id: str
    title: str | None = None
    level: str | None = None
    region: str | None = None
    source: Source = None
    children: list[HierarchyNode] = Field(default_factory=list)


class Hierarchy(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "roots": [
                        {
                            "id": ZHEJIANG_PLAN_ID,
                            "title": ZHEJIANG_TITLE,
                            "level": "province",
                            "region": "浙江省",
                            "source": "004_5bfa1912dc2746f6.txt",
                            "children": [
                                {
                                    "id": HUZHOU_PLAN_ID,
                                    "title": HUZHOU_TITLE,
                                    "level": "city",
                                    "region": "湖州市",
                                    "source": "000_eecffe482169a7c7.txt",
                                    "children": [],
                                }
                            ],
                        }
                    ]
                }
            ]
        }
    )

    roots: list[HierarchyNode] = Field(description="plans based on no other plan in the store")


class AlignedTargetOut(BaseModel):
    indicator: str = Field(description="the parent plan's indicator (ALIGNS_WITH target)")
    score: float | None = None
    flag: str | None = Field(default=None, description="looser or opposite, against the parent's target")
    parent_target: str | None = None


class IndicatorOut(BaseModel):
    id: str
    name: str
    unit: str | None = None
    baseline: str | None = None
    baseline_year: int | None = None
    target: str | None = None
    target_year: int | None = None
    nature: str | None = Field(default=None, description="约束性 (binding) or 预期性 (expected)")
    kind: str | None = Field(
        default=None, description="table (indicator table) or prose (a target in the text)"
    )
    category: str | None = Field(
        default=None, description="the indicator table's category cell as printed, or prose"
    )
    cumulative: bool | None = Field(
        default=None,
        description="true when the table marks the value as cumulative over the period (a star); "
        "the star itself is not kept in baseline or target",
    )
    plan: PlanRef | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    aligns_with: list[AlignedTargetOut] = Field(default_factory=list)


_CITY_INDICATOR = {
    "id": HUZHOU_INDICATOR_ID,
    "name": INDICATOR_NAME,
    "unit": None,
    "target": "低于0.36",
    "target_year": 2025,
    "kind": "prose",
    "plan": {"id": HUZHOU_PLAN_ID, "title": HUZHOU_TITLE, "level": "city", "region": "湖州市"},
    "aligns_with": [
        {"indicator": "indicator-4caee57b5c1b", "score": 1.0, "flag": "looser", "parent_target": "低于0.18"}
    ],
}


class PlanIndicators(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan": {
                        "id": GANSU_PLAN_ID,
                        "title": GANSU_TITLE,
                        "level": "province",
                        "region": "甘肃省",
                    },
                    "total": 1,
                    "items": [
                        {
                            "id": "indicator-0167a979b1c2",
                            "name": "企业开办平均时间",
                            "unit": "天",
                            "baseline": "3",
                            "baseline_year": 2020,
                            "target": "≤2",
                            "target_year": 2025,
                            "nature": "预期性",
                            "kind": "table",
                        }
                    ],
                }
            ]
        }
    )

    plan: PlanRef
    total: int
    items: list[IndicatorOut]


class IndicatorComparisonOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "key": INDICATOR_NAME,
                    "indicators": [
                        {
                            "id": "indicator-4caee57b5c1b",
                            "name": INDICATOR_NAME,
                            "target": "低于0.18",
                            "target_year": 2025,
                            "kind": "prose",
                            "plan": {
                                "id": ZHEJIANG_PLAN_ID,
                                "title": ZHEJIANG_TITLE,
                                "level": "province",
                                "region": "浙江省",
                            },
                        },
                        _CITY_INDICATOR,
                    ],
                }
            ]
        }
    )

    key: str = Field(description="the id or name asked for")
    indicators: list[IndicatorOut] = Field(description="national → district, then by plan id")


class ChildLinkOut(BaseModel):
    plan: str = Field(description="the child plan's id")
    title: str
    task: str = Field(description="the child statement's id")
    quote: str
    score: float | None = None


class StatementCoverageOut(BaseModel):
    task: str
    section: str
    text: str
    quote: str = Field(description="the statement as printed in the parent document")
    implemented_by: list[ChildLinkOut]
    missing_in: list[str] = Field(description="titles of ingested child plans with no implementing statement")


class CoverageSummary(BaseModel):
    statements: int
    implemented: int
    not_implemented: int


class CoverageOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan": ZHEJIANG_PLAN_ID,
                    "title": ZHEJIANG_TITLE,
                    "children": [
                        {"id": HUZHOU_PLAN_ID, "title": HUZHOU_TITLE, "source": "000_eecffe482169a7c7.txt"}
                    ],
                    "summary": {"statements": 147, "implemented": 125, "not_implemented": 22},
                    "statements": [
                        {
                            "task": ZHEJIANG_GOAL_ID,
                            "section": "五、(二)",
                            "text": "实施“强队砺剑”工程,…",
                            "quote": "實施“強隊礪劍”工程,…",
                            "implemented_by": [
                                {
                                    "plan": HUZHOU_PLAN_ID,
                                    "title": HUZHOU_TITLE,
                                    "task": HUZHOU_MEASURE_ID,
                                    "quote": "实施强队砺剑工程,…",
                                    "score": 0.798,
                                }
                            ],
                            "missing_in": [],
                        }
                    ],
                }
            ]
        }
    )

    plan: str
    title: str
    children: list[dict[str, Source]] = Field(description="ingested child plans: id, title, source")
    summary: CoverageSummary
    statements: list[StatementCoverageOut]
    note: str | None = Field(
        default=None,
        description="set when there is nothing to compare (no ingested plan is based on this one): "
        "then `statements` is empty rather than every statement 'not carried down'",
    )


class CarriedDownOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan": HUZHOU_PLAN_ID,
                    "title": HUZHOU_TITLE,
                    "parents": [
                        {
                            "plan": ZHEJIANG_PLAN_ID,
                            "title": ZHEJIANG_TITLE,
                            "children": [
                                {
                                    "id": HUZHOU_PLAN_ID,
                                    "title": HUZHOU_TITLE,
                                    "source": "000_eecffe482169a7c7.txt",
                                }
                            ],
                            "summary": {"statements": 147, "implemented": 125, "not_implemented": 22},
                            "statements": [],
                        }
                    ],
                }
            ]
        }
    )

    plan: str
    title: str
    parents: list[CoverageOut] = Field(
        description="one entry per ingested plan this plan is based on: that plan's statements, each with "
        "this plan's statements carrying it down, or this plan's title in `missing_in`"
    )
    note: str | None = Field(default=None, description="set when this plan is based on no ingested plan")
