"""Townships are read only from a county's enumeration of its own area (sentences written for the test)."""

from __future__ import annotations

from plangraph.ingest.entities import PlanContext
from plangraph.ingest.extract_regions import find_regions
from plangraph.ingest.gazetteer import gazetteer


def _found(text: str, region: str) -> list[tuple[str, str, list[str]]]:
    ref = gazetteer().resolve(region)
    context = PlanContext(region=ref, level=ref.level, text=text)
    return [
        (f.name, f.attrs["region"].level, [s.name for s in f.attrs["region"].path])
        for f in find_regions(text, context)
    ]


def test_a_countys_list_of_its_townships_gives_townships_in_that_county() -> None:
    text = "全县辖2个街道和3个镇,包括城东街道、城西街道、河口镇、山前镇和柳林镇。"
    found = _found(text, "古田县")
    assert [name for name, _, _ in found] == ["城东街道", "城西街道", "河口镇", "山前镇", "柳林镇"]
    assert {level for _, level, _ in found} == {"township"}
    assert found[0][2] == ["福建省", "宁德市", "古田县", "城东街道"]


def test_kinds_of_towns_are_no_townships() -> None:
    assert _found("加快建设重点镇、中心镇和特色小镇", "古田县") == []
    assert _found("包括重点镇、中心镇、特色小镇", "古田县") == []


def test_a_list_without_its_opening_word_or_outside_a_county_plan_is_not_read() -> None:
    assert _found("城东街道、城西街道、河口镇", "古田县") == []
    assert [name for name, _, _ in _found("包括城东街道、城西街道、河口镇", "宁德市")] == []


def test_a_township_after_its_countys_name_or_one_of_two_named_one_by_one() -> None:
    # check49 ba06: 永昌县和永昌县南坝乡分别被…确定为省级健康县城及…; check51 bc03: 利辛县张村镇人民政府
    assert [n for n, _, _ in _found("2016年底,永昌县和永昌县南坝乡分别获得表彰", "永昌县")] == [
        "永昌县",
        "永昌县",
        "南坝乡",
    ]
    # check50 bb10 (绩溪县): 县城临近的两个乡镇,分别是临溪镇、瀛洲镇
    assert [n for n, _, _ in _found("县城临近的两个乡镇,分别是临溪镇、瀛洲镇。", "绩溪县")] == [
        "临溪镇",
        "瀛洲镇",
    ]
    # a word that goes on after the county's name is no township
    assert _found("推进利辛县新型城镇化和利辛县住房和城乡建设局工作", "利辛县") == [
        ("利辛县", "county", ["安徽省", "亳州市", "利辛县"]),
        ("利辛县", "county", ["安徽省", "亳州市", "利辛县"]),
    ]
