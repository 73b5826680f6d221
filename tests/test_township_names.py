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
