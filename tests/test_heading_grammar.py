"""The heading grammar on lines of real plans: every marker family, and lines that only look like headings.

Each line is looked up in the document it comes from (normalised, as extraction reads it), so a test
fails if the document or the normaliser stops producing it.
"""

from __future__ import annotations

from functools import cache

import pytest

from plangraph.ingest.heading_grammar import (
    LEADING_NUMBERING,
    after_contents,
    body_heading_start,
    classify,
    heading_title,
    ranked_heading,
)
from plangraph.ingest.normalise import normalise
from plangraph.ingest.text_layout import lines_of
from tests.conftest import SEEDS, SHARED
from tests.expected_plans import GANSU, HUANGSHIGANG, HUZHOU, ZENGDU

OPENINGS = SHARED / "eval" / "openings" / "docs"
needs_openings = pytest.mark.skipif(not OPENINGS.is_dir(), reason="shared/eval/openings not present")


@cache
def _text(name: str) -> str:
    folder = SEEDS if (SEEDS / name).exists() else OPENINGS
    return normalise((folder / name).read_text(encoding="utf-8")).text


def _line(name: str, prefix: str) -> str:
    """The first line of a real document that starts with ``prefix``."""
    found = next((line.text for line in lines_of(_text(name)) if line.text.startswith(prefix)), None)
    assert found is not None, f"{name} has no line starting {prefix!r}"
    return found


@pytest.mark.parametrize(
    ("document", "prefix", "kind", "number", "title"),
    [
        (GANSU, "第一章 编制背景", "chapter", "一", "编制背景"),
        (HUZHOU, "一、现实基础和发展形势", "heading", "一", "现实基础和发展形势"),
        (HUZHOU, "(一)现实基础", "subheading", "一", "现实基础"),
        (HUZHOU, "专栏3-1", "column", "3-1", "持续深化商事制度改革,完善企业生命周期政务服务"),
        (HUZHOU, "1.提升审批监管服务水平", "item", "1", "提升审批监管服务水平"),
        (ZENGDU, "1)具体指标", "subitem", "1", "具体指标"),
        (HUZHOU, "——证照分离改革全覆盖", "bullet", "——", "证照分离改革全覆盖"),
        (HUZHOU, "附件:", "appendix", "附件", "十四五市场监管重大改革、重大政策、重大平台、重大项目清单"),
        # a scrape that lost the number keeps the marker: the outline numbers it from its sibling
        (HUANGSHIGANG, "、主要目标", "heading", "", "主要目标"),
        # a heading run into its paragraph: the title stops before the inline 一是 list
        (HUANGSHIGANG, "(一)打造便利化", "subheading", "一", "打造便利化市场准入环境,审批服务再升级"),
    ],
)
def test_every_marker_family_on_real_lines(
    document: str, prefix: str, kind: str, number: str, title: str
) -> None:
    line = _line(document, prefix)
    marker = classify(line)
    assert marker is not None
    assert (marker.kind, marker.number, heading_title(line[marker.text_at :])) == (kind, number, title)


@needs_openings
def test_a_section_marker_in_an_opening() -> None:
    marker = classify(_line("o038.txt", "第一节"))
    assert marker is not None and (marker.kind, marker.number) == ("section", "一")


@pytest.mark.parametrize(
    ("document", "prefix"),
    [
        (HUZHOU, "2025年,营商环境全省一流"),  # a year opens a sentence
        (HUZHOU, "1 湖州市市场监管十四五主要指标"),  # a table caption: a number without its dot
        (HUZHOU, "2020"),  # a table cell
        (HUZHOU, "44*"),
        (GANSU, "(4)"),  # a number in parentheses with nothing after it
        (GANSU, "(180)"),
        (HUZHOU, "十三五期间,湖州市全面推进"),  # a period name, not a numeral
    ],
)
def test_lines_that_look_like_headings_but_are_not(document: str, prefix: str) -> None:
    assert classify(_line(document, prefix)) is None


@needs_openings
def test_a_bracketed_period_after_a_title_is_no_heading() -> None:
    assert classify(_line("o004.txt", "(2021—2035年)")) is None


@pytest.mark.parametrize(
    ("document", "first_heading"),
    [(HUZHOU, "一、现实基础和发展形势"), (GANSU, "第一章 编制背景")],
)
def test_the_body_starts_at_the_first_numbered_heading(document: str, first_heading: str) -> None:
    text = _text(document)
    start = body_heading_start(text, 0, len(text))
    assert start is not None and text[start:].startswith(first_heading)
    assert "编制本规划" in text[:start] or "制定本规划" in text[:start] or "根据" in text[:start]


def test_the_body_start_is_searched_only_before_the_end_given() -> None:
    text = _text(HUZHOU)
    first = body_heading_start(text, 0, len(text))
    assert first is not None and body_heading_start(text, 0, first) is None


@pytest.mark.parametrize(
    ("document", "prefix", "ranked"),
    [
        (GANSU, "第一章 编制背景", (0, "编制背景")),
        (HUZHOU, "一、现实基础和发展形势", (1, "现实基础和发展形势")),
        (HUZHOU, "(一)现实基础", (2, "现实基础")),
        (HUZHOU, "1.提升审批监管服务水平", (3, "提升审批监管服务水平")),
        (HUZHOU, "——证照分离改革全覆盖", None),  # bullets are no rank of the outline here
    ],
)
def test_ranked_headings_for_the_review_of_the_past(document: str, prefix: str, ranked: tuple | None) -> None:
    assert ranked_heading(_line(document, prefix)) == ranked


def test_leading_numbering_is_stripped_from_a_statement() -> None:
    line = _line(HUZHOU, "1.提升审批监管服务水平")
    assert line[LEADING_NUMBERING.match(line).end() :].startswith("提升审批监管服务水平")


# The 2015 Air Pollution Prevention and Control Law as printed on a news page: its table of contents,
# then the body repeating its headings.
_LAW_WITH_CONTENTS = (
    "中华人民共和国大气污染防治法\n目 录\n第一章 总 则\n第二章 大气污染防治标准和限期达标规划\n"
    "第三章 大气污染防治的监督管理\n第一节 燃煤和其他能源污染防治\n第八章 附 则\n第一章 总 则\n"
    "第一条 为保护和改善环境,防治大气污染,保障公众健康,推进生态文明建设,促进经济社会可持续发展,制定本法。\n"
)


def test_the_text_resumes_after_a_table_of_contents_at_its_first_sentence() -> None:
    text = _LAW_WITH_CONTENTS
    title_end = text.index("\n")
    resumed = after_contents(text, title_end, len(text))
    assert text[resumed:].startswith("第一条 为保护和改善环境")
    # without the table of contents the text resumes where it was
    plain = text.replace("目 录\n", "")
    assert after_contents(plain, title_end, len(plain)) == title_end
