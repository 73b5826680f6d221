"""A plan published without a covering notice: its cover breaks the title over two or three lines and
names the issuer alone on a line, then only a month. The title is read whole from its pieces; the issuer
from the cover; the month is no signing date, so published stays empty.

The covers are the first lines of two banner outlines as web pages print them (gcs66.com document pages
45070 and 45055: 苏尼特右旗, 乌拉特后旗), not part of any evaluation set.
"""

from __future__ import annotations

import json

import pytest

from plangraph.ingest.parse_document import parse_document
from tests.conftest import SHARED

OPENINGS = SHARED / "eval" / "openings" / "docs"
needs_openings = pytest.mark.skipif(
    not OPENINGS.is_dir(), reason="shared/eval/openings is not beside this checkout"
)

SUNITE = (
    "(内蒙古自治区)锡林郭勒盟苏尼特右旗国民经济和社会发展十四五规划(2022年更新)\n"
    "苏尼特右旗国民经济和社会发展第十四个五年\n"
    "规划和 2035 年远景目标纲要\n"
    "苏尼特右旗人民政府\n"
    "2021 年 9 月\n"
    "“十四五”时期(2021~2025 年),是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设"
    "社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一个五年。根据中共苏尼特右旗委《关于编制国民经济和"
    "社会发展第十四个五年规划和2035 年远景目标的建议》,制定形成《苏尼特右旗国民经济和社会发展第十四个五年规划"
    "和2035年远景目标纲要》。\n"
)
URAD = (
    "乌拉特后旗国民经济和社会发展\n\n"
    "第十四个五年规划和二 〇 三五年\n\n"
    "远景目标纲要\n\n"
    "乌拉特后旗人民政府\n\n"
    "二 〇 二一年三月\n\n"
    "“十四五”时期是我国全面建成小康社会,实现第一个百年奋斗目标之后,乘势而上,开启全面建设社会主义现代化国家"
    "新征程,向第二个百年奋斗目标进军的第一个五年。根据中共乌拉特后旗委员会《关于制定乌拉特后旗国民经济和社会"
    "发展第十四个五年规划和二 〇 三五年远景目标的建议》,特编制《乌拉特后旗国民经济和社会发展"
    "第十四个五年规划和二 〇 三五年远景目标纲要》,作为引领“十四五”期间全旗人民"
    "建设现代化乌拉特后旗的行动纲领。\n"
)


@pytest.mark.parametrize(("text", "issuer"), [(SUNITE, "苏尼特右旗人民政府"), (URAD, "乌拉特后旗人民政府")])
def test_the_cover_names_the_issuer_and_its_month_is_no_date(text: str, issuer: str) -> None:
    plan = parse_document("cover.txt", text).plan
    assert [i.name for i in plan.issuers] == [issuer]
    assert plan.issuers[0].evidence.text == issuer
    assert plan.published is None
    assert plan.level == "county"


@needs_openings
@pytest.mark.parametrize(("name", "issuer", "published"), [("o035.txt", "嵊州市人民政府", "2021-08-25")])
def test_a_signature_with_a_full_date_is_still_read_as_the_signature(
    name: str, issuer: str, published: str
) -> None:
    plan = parse_document(name, (OPENINGS / name).read_text(encoding="utf-8")).plan
    assert [i.name for i in plan.issuers] == [issuer]
    assert plan.published == published


@pytest.mark.parametrize(
    ("text", "title", "quote"),
    [
        (
            SUNITE,
            "苏尼特右旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            "苏尼特右旗国民经济和社会发展第十四个五年\n规划和 2035 年远景目标纲要",
        ),
        (
            URAD,
            "乌拉特后旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            "乌拉特后旗国民经济和社会发展\n\n第十四个五年规划和二 〇 三五年\n\n远景目标纲要",
        ),
    ],
)
def test_a_title_broken_over_lines_on_the_cover_is_read_whole(text: str, title: str, quote: str) -> None:
    plan = parse_document("cover.txt", text).plan
    assert plan.title == title
    evidence = next(e for e in plan.evidence if e.field == "title")
    assert evidence.text == quote and text[evidence.start : evidence.end] == quote
    assert plan.region is not None and plan.region.name == title[:5]


@needs_openings
@pytest.mark.parametrize(
    ("name", "title"),
    [("o004.txt", "计量发展规划(2021—2035年)"), ("o034.txt", None), ("o038.txt", None)],
)
def test_a_title_on_one_or_two_lines_is_not_joined_to_the_line_above(name: str, title: str | None) -> None:
    """o004 breaks its title over two lines under site chrome; o034 and o038 print whole headings."""
    text = (OPENINGS / name).read_text(encoding="utf-8")
    gold = json.loads((OPENINGS.parent / "gold" / name.replace(".txt", ".gold.json")).read_text("utf-8"))
    assert parse_document(name, text).plan.title == (title or gold["plan"]["title"])
