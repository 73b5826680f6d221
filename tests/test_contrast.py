"""The head test that keeps near-identical statements about different objects apart."""

from __future__ import annotations

import pytest

from plangraph.graph.link.contrast import contrastive, different_heads


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (
            "深化小微企业和个体工商户首贷户行动。",
            "开展小微企业质量管理体系认证提升行动,深化小微企业和个体工商户信用贷。",
        ),
        ("建立统一规范的执法监督体系。", "建立统一规范的登记注册体系,完善名称登记规则。"),
    ],
)
def test_another_object_in_the_same_frame_is_contrastive(child: str, parent: str) -> None:
    assert contrastive(child, parent)


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        # a modifier changes, the head stays
        ("加强全市乡镇(街道)食安办分级分类管理", "加强全省乡镇(街道)食品安全委员会办公室分级分类管理"),
        # the head stays once the generic 建设/布局 are set aside
        ("推进中国安吉(绿色家居)知识产权快速维权中心建设", "优化国家知识产权保护中心、快速维权中心布局"),
        # a number changes, not the thing counted
        ("马德里国际注册商标拥有量达到260件以上", "马德里国际注册商标拥有量达到9000件以上"),
        # an enumeration joined by 、 is one clause
        (
            "建立完善食品安全风险监测、预警、处置和反馈的闭环监管链条",
            "建立完善食品安全风险闭环监管链条、药品全过程可追溯制度",
        ),
        # shared words scattered, not one frame
        ("依托南太湖精英计划等高端人才引育系列工程", "实施省引才计划、省万人计划等重点人才计划"),
    ],
)
def test_the_same_measure_in_other_words_is_not(child: str, parent: str) -> None:
    assert not contrastive(child, parent)


def test_statements_of_several_clauses_are_left_to_the_similarity_score() -> None:
    child = "推进中国安吉知识产权快速维权中心建设,完善企业海外知识产权纠纷应对指导与援助机制。"
    parent = "推进国家海外知识产权纠纷应对指导中心地方分中心建设。"
    assert different_heads("完善企业海外知识产权纠纷应对指导与援助机制", parent.rstrip("。"))
    assert not contrastive(child, parent)
