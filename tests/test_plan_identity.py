"""A county's or district's plan whose title names no division is one plan per division, not per title.

Many counties bear one title (质量强县建设实施方案), and a district may issue its task list under its
city's very title (check9 t12: 钢城区's 深化“放管服”改革优化营商环境2021年重点任务分工方案 carries out
济南市's, cited through the city's notice). Keyed by title alone, the district's plan took its parent
for itself and two counties' plans became one node. A city's or a province's plan keeps its title as its
key: the plans below cite it by that title alone (o030 and m07 both cite 重庆市's 质量强市建设实施方案).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plangraph.graph.keys import plan_id
from plangraph.graph.model import Label, RelType
from plangraph.graph.store import GraphStore
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.plan_title_key import placeless_division
from plangraph.pipeline import ingest_files
from tests.conftest import SHARED

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"
T12 = HELDOUT / "check9" / "docs" / "t12.txt"
M07 = HELDOUT / "check5" / "docs" / "m07.txt"
O030 = SHARED / "eval" / "openings" / "docs" / "o030.txt"
TASKS = "深化“放管服”改革优化营商环境2021年重点任务分工方案"


def _region(name: str):
    (code,) = gazetteer().candidates(name)
    return gazetteer().ref(code)


def test_only_a_county_or_district_title_naming_no_division_is_keyed_by_its_division() -> None:
    county, city = _region("巫山县"), _region("湖州市")
    assert placeless_division("质量强县建设实施方案", county) == county.code
    assert placeless_division("巫山县质量强县建设实施方案", county) is None  # the title names it
    assert placeless_division("质量强市建设实施方案", city) is None  # cited by that title alone
    assert placeless_division("质量强县建设实施方案", None) is None
    assert plan_id("质量强县建设实施方案", county.code) != plan_id(
        "质量强县建设实施方案", _region("勉县").code
    )
    assert plan_id("湖州市质量强市建设实施方案") == plan_id("湖州市质量强市建设实施方案", None)


@pytest.mark.skipif(not O030.is_file(), reason="shared/eval/openings not present")
def test_a_district_plan_under_its_citys_title_is_based_on_the_citys_plan(store: GraphStore) -> None:
    result = ingest_files(store, [T12, M07, O030])
    assert result.ok, result.errors
    plans = store.list_nodes(Label.PLAN, limit=500).items
    namesakes = sorted((p for p in plans if p.props.get("title") == TASKS), key=lambda p: p.props["level"])
    assert [(p.props["level"], p.props["region"]) for p in namesakes] == [
        ("city", "济南市"),
        ("district", "钢城区"),
    ]
    city, district = namesakes
    assert district.props["source"] == "t12.txt" and city.props["source"] is None
    parents = [node.id for _, node in store.neighbours(district.id, [RelType.BASED_ON], "out")]
    assert parents == [city.id]
    # the city-level stub two 重庆 plans cite by its bare title stays one node, placed by m07's citation
    (stub,) = [p for p in plans if p.props.get("title") == "质量强市建设实施方案"]
    citing = {node.props.get("source") for _, node in store.neighbours(stub.id, [RelType.BASED_ON], "in")}
    assert citing == {"m07.txt", "o030.txt"}
    assert stub.props["region"] == "重庆市"
