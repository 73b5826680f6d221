"""Document structure and site chrome, on the real sample documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangraph.ingest.boilerplate import is_chrome, strip_boilerplate
from plangraph.ingest.extract_structure import chapters, extract_structure
from plangraph.ingest.normalise import normalise
from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.records import SectionRecord
from tests.expected_plans import GANSU, HUANGSHIGANG, HUZHOU, ZENGDU, ZHEJIANG

CHAPTERS = {
    HUZHOU: [
        "现实基础和发展形势",
        "明确十四五主要目标,开启市场监管现代化新征程",
        "建设高标准市场体系,助力打造一流营商环境",
        "系统推进质量革命,全力助推经济高质量发展",
        "防范化解安全风险隐患,全面提升安全监管水平",
        "推进监管数字化转型,建设市场监管科创高地",
        "增强监管工作质效,推动市场治理能力现代化",
        "保障规划有效实施,奋力实现规划目标",
        "十四五市场监管重大改革、重大政策、重大平台、重大项目清单",
    ],
    GANSU: ["编制背景", "总体要求", "主要任务", "组织实施"],
    HUANGSHIGANG: ["指导思想", "主要目标", "重点任务", "组织实施"],
    ZENGDU: ["指导思想", "主要目标", "主要任务", "保障措施"],
    ZHEJIANG: [
        "总体要求",
        "优化市场发展环境",
        "提高市场发展质量",
        "防范化解市场领域安全风险隐患",
        "提升市场监管法治化水平",
        "打造市场监管科技创新高地",
        "增强市场监管工作质效",
        "健全规划实施机制",
    ],
}


def _sections(seeds: Path, name: str) -> list[SectionRecord]:
    return list(parse_document(name, (seeds / name).read_text(encoding="utf-8")).sections)


@pytest.mark.parametrize("name", sorted(CHAPTERS))
def test_chapter_list_is_recovered(seeds: Path, name: str) -> None:
    assert [s.title for s in chapters(_sections(seeds, name))] == CHAPTERS[name]


@pytest.mark.parametrize(
    ("name", "path", "title", "kind"),
    [
        (HUZHOU, "三、(一)1.", "提升审批监管服务水平", "item"),
        (HUZHOU, "五、(三)【专栏5-1】", "食品安全从田头(车间)到餐桌全链条监管一件事改革", "column"),
        (GANSU, "第二章三、[1]", "市场准入环境更加便捷", "bullet"),
        # "三)落实要素保障": the scrape lost the opening parenthesis
        (HUZHOU, "八、(三)", "落实要素保障", "subheading"),
        # item 3. printed after 专栏4-4 still belongs to (三), beside items 1. and 2.
        (HUZHOU, "四、(三)3.", "引导广告产业做大做强", "item"),
        (GANSU, "第三章三、(一)【专栏1】1.", "实施乳制品质量提升行动", "item"),
        (GANSU, "第三章七、(六)6.", "甘肃省生物制品批签发中心(药物安全评价中心)项目", "item"),
        # "、主要目标": the number was lost; it follows 一、
        (HUANGSHIGANG, "二、", "主要目标", "heading"),
        # "(一)…审批服务再升级一是…": a heading run into its inline list
        (HUANGSHIGANG, "三、(一)", "打造便利化市场准入环境,审批服务再升级", "subheading"),
        (HUANGSHIGANG, "三、(一)一是", "放宽市场主体登记限制", "point"),
        # 一、二、三、 restarting under 四、组织实施 are its children
        (HUANGSHIGANG, "四、二、", "明确责任分工", "heading"),
        (ZENGDU, "三、(三)1.(1)", "具体指标", "subitem"),
        (ZENGDU, "三、(三)1.(1)[2]", "推进基层执法机构规范设置", "bullet"),
        (ZHEJIANG, "六、(一)", "培育大院名所", "subheading"),
    ],
)
def test_deeper_headings_columns_and_measures(
    seeds: Path, name: str, path: str, title: str, kind: str
) -> None:
    found = {s.path: s for s in _sections(seeds, name)}
    assert path in found, sorted(found)[:20]
    assert (found[path].title, found[path].kind) == (title, kind)


@pytest.mark.parametrize("name", sorted(CHAPTERS))
def test_sections_quote_the_original_and_nest_in_order(seeds: Path, name: str) -> None:
    original = (seeds / name).read_text(encoding="utf-8")
    sections = _sections(seeds, name)
    paths = {s.path for s in sections}
    assert len(paths) == len(sections), "paths are unique within a plan"
    for section in sections:
        for quote in (section.heading, section.evidence):
            assert original[quote.start : quote.end] == quote.text
        assert section.evidence.start == section.heading.start
        assert section.parent_path is None or section.parent_path in paths
    assert [s.order for s in sections] == list(range(len(sections)))


def test_unnumbered_paragraphs_under_a_heading_become_measures(seeds: Path) -> None:
    food = [s for s in _sections(seeds, GANSU) if s.parent_path == "第三章三、(一)" and s.kind == "paragraph"]
    assert [s.title for s in food] == [
        "健全食品安全工作责任体系",
        "健全食品安全全程监管体系",
        "健全食品安全信息追溯体系",
        "健全食品安全抽检监测体系",
        "健全食品安全综合治理体系",
    ]


def test_other_heading_markers_nest_by_rank() -> None:
    text = (
        "第一章 总则\n第一节 目标\n(1)稳步提升。到2025年基本建成。\n(2)持续优化。完善机制。\n"
        "第二节 任务\n1、加强监管。做好工作。\n2、提升服务。一是简化流程;二是优化服务。\n"
    )
    sections = extract_structure("t.txt", normalise(text))
    assert [(s.path, s.title) for s in sections] == [
        ("第一章", "总则"),
        ("第一章第一节", "目标"),
        ("第一章第一节(1)", "稳步提升"),
        ("第一章第一节(2)", "持续优化"),
        ("第一章第二节", "任务"),
        ("第一章第二节1.", "加强监管"),
        ("第一章第二节2.", "提升服务"),
        ("第一章第二节2.一是", "简化流程"),
        ("第一章第二节2.二是", "优化服务"),
    ]


@pytest.mark.parametrize(
    ("name", "chrome"),
    [
        (HUZHOU, ["当前位置:首页 > 信息公开 >", "“十四五”规划>"]),
        (GANSU, ["放大字体  缩小字体 发布日期:2022-01-06", "推荐产品&服务MORE>>"]),
        (HUANGSHIGANG, ["首页 | 网站声明", "鄂ICP备16019304号"]),
        (ZENGDU, ["审核人:张艳艳", "扫一扫在手机上查看当前页面"]),
    ],
)
def test_site_chrome_is_removed_from_the_body_only(seeds: Path, name: str, chrome: list[str]) -> None:
    original = (seeds / name).read_text(encoding="utf-8")
    full = normalise(original)
    body = strip_boilerplate(full)
    for piece in chrome:
        assert piece in full.text and piece not in body.text
    for start in range(0, len(body.text) - 10, 499):
        o_start, _ = body.span_to_original(start, start + 1)
        assert full.text[full.origin.index(o_start)] == body.text[start]


def test_prose_lines_are_never_chrome() -> None:
    assert not is_chrome("来源:这是一句很长的正文" + "内容" * 70)
    assert not is_chrome("(一)营造一流市场准入环境")
    assert is_chrome("  • 信息来源:曾都区市场监督管理局")


def test_a_run_of_link_titles_is_chrome_however_long() -> None:
    # check h614 (ilynn.cn): a hijacked page's header of ten links, 107 characters, before the plan
    spam = (
        "一区二区色情国产韩国精品一|美女福利视频导航网址|久久经典三级CAO人人|男人的天堂黄色三级片|"
        "亚洲操逼网在线视频|影音先锋无码资源网|黄片毛片a级无污|黄色毛片视频在线免费观看|av成人网址最新|91人妻中文字幕"
    )
    assert is_chrome(spam)
    # rows of an indicator table printed with bars hold short cells and stay
    assert not is_chrome("每万人口高价值发明专利拥有量 | 件 | 3.5 | 6.2 | 预期性 |")
