"""Plan metadata and parents read from the real sample documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangraph.ingest.parse_document import parse_document
from tests.expected_plans import EXPECTED, ZHEJIANG


def _parse(seeds: Path, name: str):
    return parse_document(name, (seeds / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_plan_metadata_matches_the_document_header(seeds: Path, name: str) -> None:
    expected = EXPECTED[name]
    plan = _parse(seeds, name).plan
    assert plan.title == expected["title"]
    assert plan.level == expected["level"]
    assert plan.region is not None
    assert plan.region.name == expected["region"]
    assert [step.name for step in plan.region.path] == expected["region_path"]
    assert "、".join(i.name for i in plan.issuers) == expected["issuer"]
    assert plan.published == expected["published"]
    assert plan.doc_number == expected["doc_number"]
    assert plan.period == expected["period"]
    assert plan.vision_year == expected["vision_year"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parent_plans_come_from_the_preamble_only(seeds: Path, name: str) -> None:
    record = _parse(seeds, name)
    assert [p.title for p in record.parents] == EXPECTED[name]["parents"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_quote_is_the_original_slice(seeds: Path, name: str) -> None:
    original = (seeds / name).read_text(encoding="utf-8")
    record = _parse(seeds, name)
    quotes = [*record.plan.evidence, *(p.evidence for p in record.parents)]
    quotes += [i.evidence for i in record.plan.issuers if i.evidence]
    assert {q.field for q in quotes} >= {"title", "issuer", "published"}
    for quote in quotes:
        assert quote.source == name
        assert original[quote.start : quote.end] == quote.text


def test_traditional_document_is_read_in_simplified_but_quoted_as_printed(seeds: Path) -> None:
    record = _parse(seeds, ZHEJIANG)
    title_quote = next(e for e in record.plan.evidence if e.field == "title")
    assert record.plan.title == "浙江省市场监管“十四五”规划"
    assert title_quote.text == "浙江省市場監管“十四五”規劃"
    assert record.plan.issuers[0].evidence.text == "浙江省人民政府辦公廳"


PREAMBLE_FORMS = [
    (
        "根据《甲市国民经济和社会发展第十四个五年规划纲要》精神,编制本规划。",
        ["甲市国民经济和社会发展第十四个五年规划纲要"],
    ),
    ("根据“浙江省市场监管“十四五”规划”要求,制定本方案。", ["浙江省市场监管“十四五”规划"]),
    ("按照湖北省市场监管现代化十四五规划和全区总体部署,特制定本方案。", ["湖北省市场监管现代化十四五规划"]),
    (
        "根据《浙江省市场监管“十四五”规划》(浙政办发〔2021〕30号)和《湖州市数字化改革方案》精神,制定本规划。",
        ["浙江省市场监管“十四五”规划", "湖州市数字化改革方案"],
    ),
    ("为推动发展,结合本地实际,制定本规划。", []),
]


@pytest.mark.parametrize(("preamble", "parents"), PREAMBLE_FORMS)
def test_parents_are_found_with_brackets_quotes_or_nothing(preamble: str, parents: list[str]) -> None:
    body = "正文" * 150
    later = "根据《某某省质量发展规划》要求,制定细则。"
    text = f"湖州市市场监管“十四五”规划\n\n{preamble}\n\n一、总体要求\n\n{later}\n{body}\n"
    record = parse_document("synthetic.txt", text)
    assert [p.title for p in record.parents] == parents
    for parent in record.parents:
        assert text[parent.evidence.start : parent.evidence.end] == parent.evidence.text


def _header(*lines: str) -> str:
    body = "。".join(["为推进市场监管现代化,结合实际,制定本规划"] + ["加强市场监管工作"] * 60) + "。"
    return "\n".join(lines) + "\n\n一、总体要求\n\n" + body + "\n"


def test_a_title_broken_over_two_lines_is_joined_and_quoted_whole() -> None:
    text = _header("湖州市市场监管“十四五”", "规划", "发布机构:湖州市人民政府 发布时间:2021-09-18")
    plan = parse_document("t.txt", text).plan
    title = next(e for e in plan.evidence if e.field == "title")
    assert plan.title == "湖州市市场监管“十四五”规划"
    assert title.text == "湖州市市场监管“十四五”\n规划"
    assert (plan.region.name, plan.level, plan.published) == ("湖州市", "city", "2021-09-18")


def test_a_doc_number_that_lost_its_brackets_is_kept_as_printed() -> None:
    text = _header("文件编号: 湖市监发2021118号", "湖州市市场监管“十四五”规划")
    assert parse_document("t.txt", text).plan.doc_number == "湖市监发2021118号"


def test_a_notice_signed_with_chinese_numeral_date() -> None:
    text = _header(
        "各区县人民政府:",
        "现将《安吉县市场监管“十四五”规划》印发给你们,请认真贯彻执行。",
        "安吉县人民政府办公室",
        "二〇二一年十二月二十四日",
        "安吉县市场监管“十四五”规划",
    )
    plan = parse_document("t.txt", text).plan
    assert (plan.title, plan.level, plan.region.name) == ("安吉县市场监管“十四五”规划", "county", "安吉县")
    assert [i.name for i in plan.issuers] == ["安吉县人民政府办公室"]
    assert plan.published == "2021-12-24"
    assert [s.name for s in plan.region.path] == ["浙江省", "湖州市", "安吉县"]


def test_a_parent_cited_with_a_damaged_number_is_still_followed_by_the_next() -> None:
    text = _header(
        "某某区市场监管“十四五”规划",
        "根据《湖北省市场监管“十四五”规划》(鄂市监发2021118)和《随州市市场监管“十四五”规划》精神,制定本规划。",
    )
    parents = [p.title for p in parse_document("t.txt", text).parents]
    assert parents == ["湖北省市场监管“十四五”规划", "随州市市场监管“十四五”规划"]


@pytest.mark.parametrize(
    ("title", "region"),
    [
        # the title names only the wider area, by its short form: the issuer says whose plan it is
        ("杭州亚运城市行动计划", "西湖区"),
        # a title that names its division in full keeps it
        ("杭州市亚运城市行动计划", "杭州市"),
    ],
)
def test_a_title_naming_only_a_wider_area_by_its_short_form_yields_to_the_issuer(
    title: str, region: str
) -> None:
    text = "\n".join(
        [
            f"杭州市西湖区人民政府办公室关于印发{title}的通知",
            f"各镇人民政府,各街道办事处:现将《{title}》印发给你们,请认真贯彻执行。",
            "杭州市西湖区人民政府办公室",
            "2022年3月1日",
            title,
            "为办好亚运会,结合实际,制定本计划。",
        ]
    )
    plan = parse_document("notice.txt", text).plan
    assert plan.region is not None
    assert plan.region.name == region


def test_a_headline_keeps_its_title_when_the_page_prints_its_posting_time_on_the_same_line() -> None:
    text = "\n".join(
        [
            "某某省“十四五”数字政府建设规划 发布时间:2022-03-18 17:53",
            "为全面推进数字政府建设,制定本规划。",
        ]
    )
    assert parse_document("page.txt", text).plan.title == "某某省“十四五”数字政府建设规划"


@pytest.mark.parametrize(
    ("text", "level", "region"),
    [
        # A ministry's plan by its issuer, and one known only by a central body's number.
        ("某某事业发展规划\n\n水利部\n2021年12月\n\n为推进某某事业,制定本规划。", "national", "全国"),
        ("某某事业发展规划\n\n发改规划〔2021〕9号\n\n为推进某某事业,制定本规划。", "national", "全国"),
        # Nothing places it, and it speaks of 我国 and of no division of its own.
        ("“十四五”某某保障规划\n\n为解决我国某某问题,编制本规划。", "national", "全国"),
        # A province's commission is a local body; a plan saying 全省 of itself is not the nation's.
        (
            "某某事业发展规划\n\n浙江省发展和改革委员会\n2021年12月\n\n为推进某某事业,制定本规划。",
            "province",
            "浙江省",
        ),
        ("某某事业发展规划\n\n为推进我国和全省某某事业,制定本规划。", None, None),
        ("某某事业发展规划\n\n为推进我国和全州某某事业,制定本规划。", None, None),
    ],
)
def test_a_plan_placed_by_a_central_body_or_speaking_as_the_nation(
    text: str, level: str | None, region: str | None
) -> None:
    plan = parse_document("plan.txt", text).plan
    assert plan.level == level
    assert (plan.region.name if plan.region else None) == region


@pytest.mark.parametrize(
    ("notice", "title"),
    [
        # data/heldout/probe2 h709 (定西市, traditional script): the approval after a comma, no 给, and
        # no title line on the page: the notice is all that makes it a plan document.
        (
            "各縣區人民政府,定西高新區,定西生態科創城: 市發展改革委會同市直相關部門研究制定了"
            "《定西市“十四五”全民健身場地設施補短板整體解決方案》,經市政府同意,現印發你們,請認真抓好貫徹落實。",
            "定西市“十四五”全民健身场地设施补短板整体解决方案",
        ),
        # h712 (滁州市), its notice's sentence with the page's heading and posting line left out.
        (
            "各县(市、区)民政局:\n为推动我市民政事业高质量发展,特制定《滁州市“十四五”民政事业发展规划》,"
            "经市领导同意后,现印发你们,请认真贯彻落实。",
            "滁州市“十四五”民政事业发展规划",
        ),
    ],
)
def test_a_notice_that_hands_the_plan_down_without_gei_names_it(notice: str, title: str) -> None:
    # 现印发你们 is 现印发给你们 without 给: the plan is the one the sentence names.
    assert parse_document("notice.txt", notice).plan.title == title


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # data/heldout/probe2 h707: a design institute's site copies the 水利厅's posting.
        (
            "# source: http://www.gzsdsjy.cn/news/861.html\n贵州省“十四五”水利发展规划\n"
            "- 分类:行业动态\n- 作者:\n"
            "- 来源:贵州省水利厅\n- 发布时间:2022-08-17 10:23\n- 访问量:\n贵州省“十四五”水利发展规划\n"
            "为推动我省水利事业高质量发展,结合我省实际,制定本规划。\n",
            "2022-08-17",
        ),
        # h711: a mirror of the city's site, its source the 市民政局.
        (
            "# source: https://ligwcap.com/www/public/21981/50401080\n蚌埠市“十四五”民政事业发展规划\n\n"
            "发布时间:2022-07-14 11:14 来源: 市民政局 浏览量: 【字体:   打印\n"
            "民政工作关系民生、连着民心,结合实际,制定本规划。\n",
            "2022-07-14",
        ),
        # h715: the posting line says 日期 alone, its source the government's 办公室.
        (
            "# source: https://gsbjzl.com/html/.zwgkzcfg.201703t20170324_414324.html\n"
            "市人民政府关于印发《黄石市科技创新“十三五”规划》的通知\n日期: 2017-03-24 09:49:00 来源: 办公室\n"
            "黄石市科技创新“十三五”规划\n科学谋划我市“十三五”科技创新工作,结合黄石实际,制定本规划。\n",
            "2017-03-24",
        ),
        # dev o013: a repost that names no source keeps its own date to itself.
        (
            "# source: http://worldnewsnest.com/info/1034/2056.html\n"
            "宁夏回族自治区知识产权保护和运用“十四五” 规划\n\n"
            "发布日期:2022-04-21 浏览次数:\n为加强知识产权保护和运用,制定本规划。\n",
            None,
        ),
    ],
)
def test_another_sites_posting_date_counts_when_it_names_a_body_as_its_source(
    page: str, published: str | None
) -> None:
    assert parse_document("page.txt", page).plan.published == published
