"""Real ids from the sample corpus (data/seeds) for the OpenAPI examples, so "Try it out" in /docs
answers with data after ``plangraph demo``. Ids that derive from names are computed; the rest were
read from the sample graph, and tests/test_api_docs.py checks that every one of them resolves."""

from __future__ import annotations

from typing import Any

from plangraph.graph.keys import entity_id, plan_id, region_id

HUZHOU_TITLE = "湖州市市场监管“十四五”规划"
ZHEJIANG_TITLE = "浙江省市场监管“十四五”规划"
GANSU_TITLE = "甘肃省“十四五”市场监管规划"
HUANGSHIGANG_TITLE = "黄石港区市场监管“十四五”工作方案"
HUBEI_TITLE = "湖北省市场监管现代化“十四五”规划"
HUZHOU_OUTLINE_TITLE = "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"

HUZHOU_PLAN_ID = plan_id(HUZHOU_TITLE)
ZHEJIANG_PLAN_ID = plan_id(ZHEJIANG_TITLE)
GANSU_PLAN_ID = plan_id(GANSU_TITLE)
HUANGSHIGANG_PLAN_ID = plan_id(HUANGSHIGANG_TITLE)
HUBEI_PLAN_ID = plan_id(HUBEI_TITLE)
HUZHOU_OUTLINE_ID = plan_id(HUZHOU_OUTLINE_TITLE)
ZHESHILIAN_ID = entity_id("System", "浙食链")
HUBEI_REGION_ID = region_id("420000")
# 浙江's goal 實施“強隊礪劍”工程 and the 湖州 measure that carries it down (IMPLEMENTS, score 0.798)
ZHEJIANG_GOAL_ID = "task-8beb2b5a9084"
HUZHOU_MEASURE_ID = "task-84555b348bff"
# 万台特种设备事故率 in 湖州's plan (低于0.36, looser than 浙江's 低于0.18)
HUZHOU_INDICATOR_ID = "indicator-1080437650fe"
INDICATOR_NAME = "万台特种设备事故率"

EXAMPLE_IDS = [
    HUZHOU_PLAN_ID,
    ZHEJIANG_PLAN_ID,
    GANSU_PLAN_ID,
    HUANGSHIGANG_PLAN_ID,
    HUBEI_PLAN_ID,
    HUZHOU_OUTLINE_ID,
    ZHESHILIAN_ID,
    HUBEI_REGION_ID,
    ZHEJIANG_GOAL_ID,
    HUZHOU_MEASURE_ID,
    HUZHOU_INDICATOR_ID,
]


def examples(**named: tuple[str, Any]) -> dict[str, dict[str, Any]]:
    """``openapi_examples`` for a parameter: ``examples(湖州=("湖州市市场监管规划", HUZHOU_PLAN_ID))``."""
    return {key: {"summary": summary, "value": value} for key, (summary, value) in named.items()}
