"""Laws named by short forms, mapped to full titles by the derivation rule over the law catalogue."""

from __future__ import annotations

import pytest

from plangraph.ingest.entities import PlanContext
from plangraph.ingest.law_names import find_law_short_forms, full_law_title
from plangraph.ingest.nlp import find_entities


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("消法", "中华人民共和国消费者权益保护法"),
        ("消保法", "中华人民共和国消费者权益保护法"),
        ("新消法", "中华人民共和国消费者权益保护法"),
        ("食安法", "中华人民共和国食品安全法"),
        ("药管法", "中华人民共和国药品管理法"),
        ("特设法", "中华人民共和国特种设备安全法"),
        ("电商法", "中华人民共和国电子商务法"),
        ("反不正当竞争法", "中华人民共和国反不正当竞争法"),
        ("广告法", "中华人民共和国广告法"),
        ("民法典", "中华人民共和国民法典"),
        # words ending in 法 and forms two laws fit are no law
        ("执法", None),
        ("方法", None),
        ("立法", None),
        ("反法", None),
    ],
)
def test_short_forms_derive_from_the_law_catalogue(short: str, full: str | None) -> None:
    assert full_law_title(short) == full


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深入宣贯新消法、新广告法", [("消费者权益保护法", "消法"), ("广告法", "广告法")]),
        ("贯彻落实食安法,严格执法", [("食品安全法", "食安法")]),
        ("坚持依法行政,创新执法方法", []),
    ],
)
def test_bare_short_forms_where_the_text_treats_them_as_laws(text: str, expected: list) -> None:
    assert [(f.name, f.surface) for f in find_law_short_forms(text, PlanContext())] == expected


def test_a_cited_short_form_carries_its_full_title() -> None:
    (found,) = [f for f in next(find_entities(["贯彻落实《消法》"], PlanContext())) if f.label == "Law"]
    assert (found.name, found.attrs["aliases"]) == ("消费者权益保护法", ("消法",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule in force, cited bare after a verb that applies it
        ("严格执行专利领域严重失信联合惩戒对象名单管理办法。", ["专利领域严重失信联合惩戒对象名单管理办法"]),
        # check27 ad01: one the plan will draw up is a task, not a Law
        ("2.制定促进种业发展若干规定和植物新品种保护管理办法。", []),
        ("研究出台知识产权纠纷多元化解管理办法,", []),
        # check32 ai09 and check13 z13: regulations listed bare among the bases, whatever precedes 条例
        (
            "依据地质灾害防治条例、国务院关于加强地质灾害防治工作的决定、山西省地质灾害防治条例以及阳高县…纲要",
            ["地质灾害防治条例", "山西省地质灾害防治条例"],
        ),
        ("根据内蒙古自治区促进民族团结进步条例、", ["内蒙古自治区促进民族团结进步条例"]),
    ],
)
def test_a_bare_rule_is_a_law_when_cited_not_when_to_be_drawn_up(text: str, expected: list) -> None:
    from plangraph.ingest.extract_citations import find_bare_laws

    assert [f.name for f in find_bare_laws(text, PlanContext())] == expected
