"""Plan metadata and parents on pages as users bring them: headerless bodies, traditional and variant
script, site framing, national plans, parents named in every way a preamble names them.

Inputs are lines from real plan openings (shared/eval/openings) and variants built to show each rule
is general rather than tied to the line it was read from.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from plangraph.graph.build import build_document_graph
from plangraph.graph.keys import plan_id
from plangraph.ingest.boilerplate import source_fields
from plangraph.ingest.errors import IngestError
from plangraph.ingest.extract_parents import extract_parents, parent_title
from plangraph.ingest.normalise import normalise
from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.plan_title_key import plan_title_key

BODY = "\n\n一、总体要求\n\n" + "。".join(["加强市场监管工作,完善质量基础设施"] * 40) + "。\n"


def _parse(*lines: str):
    return parse_document("page.txt", "\n".join(lines) + BODY)


@pytest.mark.parametrize(
    "spelling",
    [
        "陕西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "陕西省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要",
        "陜西省國民經濟和社會發展第十四個五年規劃和二O三五年遠景目標綱要",
        "陜西省国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要",
        "陕西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
    ],
)
def test_every_spelling_of_one_outline_is_one_plan_with_its_region(spelling: str) -> None:
    record = _parse("陕西省“十四五”社会信用体系建设规划", f"根据《{spelling}》,制定本规划。")
    (parent,) = record.parents
    canonical = "陕西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert plan_id(parent.title) == plan_id(canonical)
    assert (parent.level, parent.region.name) == ("province", "陕西省")
    graph = build_document_graph(record)
    assert plan_id(canonical) in {node.id for node in graph.nodes}


def test_a_divisions_outline_by_its_short_name_is_the_same_plan_as_by_its_full_one() -> None:
    full = "安吉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    shorts = ("安吉县“十四五”规划纲要", "安吉县十四五规划", "安吉县国民经济和社会发展第十四个五年规划纲要")
    for short in shorts:
        assert plan_id(short) == plan_id(full)
    # another cycle, another division or a sector plan of the cycle is another plan
    assert plan_id("安吉县“十三五”规划纲要") != plan_id(full)
    assert plan_id("德清县“十四五”规划纲要") != plan_id(full)
    assert plan_id("安吉县市场监管“十四五”规划") != plan_id(full)
    # a preamble citing the outline both ways names one parent
    record = _parse(
        "安吉县市场监管“十四五”规划",
        f"根据《{full}》,制定本规划。本规划是落实县“十四五”规划纲要的专项规划。",
    )
    assert [p.title for p in record.parents] == [full]


def test_a_variant_character_opencc_leaves_alone_is_read_simplified_and_quoted_as_printed() -> None:
    original = "陜西省發展和改革委員會\n國務(wù)院關(guān)于印發(fā)"
    nt = normalise(original)
    assert nt.text == "陕西省发展和改革委员会\n国务院关于印发"
    start, end, quote = nt.quote(nt.text.index("国务院"), nt.text.index("关于"))
    assert original[start:end] == quote == "國務(wù)院"


def test_an_ascii_full_stop_ends_a_chinese_sentence_but_a_dotted_date_keeps_its_dots() -> None:
    original = "请认真贯彻执行.国务院 2021.10.9 (版本 v1.2)\n此件公开发布."
    nt = normalise(original)
    assert nt.text == "请认真贯彻执行。国务院 2021.10.9 (版本 v1.2)\n此件公开发布。"
    assert nt.quote(0, nt.text.index("国务院"))[2] == "请认真贯彻执行."


def test_question_marks_that_stand_for_lost_spaces_pad_a_signature_as_spaces() -> None:
    # a page saved in a charset without U+3000 pads its signature with ??????
    record = _parse(
        "安吉县人民政府办公室关于印发安吉县体育发展“十四五”规划的通知",
        "各乡镇人民政府:现将《安吉县体育发展“十四五”规划》印发给你们,请认真贯彻执行。",
        "??????安吉县人民政府办公室",
        "????????2021年12月24日",
        "安吉县体育发展“十四五”规划",
    )
    assert [i.name for i in record.plan.issuers] == ["安吉县人民政府办公室"]
    assert record.plan.published == "2021-12-24"
    date = next(e for e in record.plan.evidence if e.field == "published")
    assert date.text == "2021年12月24日" == record.original[date.start : date.end]
    # a lone ? between Chinese characters or digits is a lost space too (check21 a10: 中共山西省委?
    # 山西省人民政府关于…的意见》(晋发〔2021〕67?号) hid both parents); one ending a clause or in a URL stays
    assert normalise("中共山西省委?山西省人民政府(晋发〔2021〕67?号)").text == (
        "中共山西省委 山西省人民政府(晋发〔2021〕67 号)"
    )
    assert normalise("是吗?\nhttp://a.cn/p?id=1").text == "是吗?\nhttp://a.cn/p?id=1"
    page = Path(__file__).resolve().parent.parent / "data" / "heldout" / "check21" / "docs" / "a10.txt"
    record = parse_document(page.name, page.read_text(encoding="utf-8"))
    assert [p.title for p in record.parents] == [
        "中共山西省委山西省人民政府关于实施市场主体倍增工程的意见",
        "长治市促进夜经济发展实施方案",
    ]


def test_a_division_after_the_periods_tag_is_the_plans() -> None:
    # check21 a08: “十四五”广东省档案事业发展规划; check20 w06: “十三五”期间哈尔滨市突发事件应急体系建设规划
    for title, level, region in (
        ("“十四五”广东省档案事业发展规划", "province", "广东省"),
        ("“十三五”期间哈尔滨市突发事件应急体系建设规划", "city", "哈尔滨市"),
        ("“十四五”国家知识产权保护和运用规划", "national", "全国"),
    ):
        plan = _parse(title).plan
        assert (plan.level, plan.region.name if plan.region else None) == (level, region)


def test_a_page_that_starts_at_the_preamble_is_a_plan_without_a_title() -> None:
    # o006: a traditional-script 实施意见 whose page has no header at all
    record = _parse(
        "為貫徹落實中共中央、國務院《質量強國建設綱要》精神,統籌推進質量強省戰略,結合省情實際,提出如下實施意見。",
        "深入學習貫徹習近平總書記對青海工作重要指示批示精神,為加快建設現代化新青海提供堅強質量支撐。",
        "到2025年,全省質量總體水平顯著提高。",
    )
    assert record.plan.title is None
    assert (record.plan.level, record.plan.region.name) == ("province", "青海省")
    assert [p.title for p in record.parents] == ["质量强国建设纲要"]
    assert [p.level for p in record.parents] == [None]  # its title does not say; its issuer is not read


# A zone is no division (README, regions): its outline or its 管委会's plan has no region, whatever
# division its name or the page puts in front, and its preamble's 我国 does not make it national.
@pytest.mark.parametrize(
    "lines",
    [
        (  # probe5 h975 (gcs66.com/document_detail/45906): a site title naming the city before the zone
            "(山东省)东营市东营经济技术开发区国民经济和社会发展十四五规划(2022年更新)",
            "东营经济技术开发区 国民经济和社会发展第十四个五年规划",
            "为全面贯彻党的十九届五中全会精神,"
            "根据《东营市国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》,"
            "编制《东营经济技术开发区国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》。",
            "“十四五”时期,是我国由全面建成小康社会向基本实现社会主义现代化迈进的关键时期。",
        ),
        (  # the same plan by its own title alone
            "东营经济技术开发区国民经济和社会发展第十四个五年规划",
            "“十四五”时期,是我国由全面建成小康社会向基本实现社会主义现代化迈进的关键时期。",
        ),
        (  # xiongan.gov.cn 2021-03/23 c_1211080104: a state-level new area's committees issue it
            "雄安发〔2021〕5号",
            "中共河北雄安新区工作委员会",
            "河北雄安新区管理委员会",
            "关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知",
            "雄县、容城、安新县委和人民政府,新区各部门:",
            "现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们,请结合实际认真贯彻执行。",
            "中共河北雄安新区工作委员会",
            "河北雄安新区管理委员会",
            "2021年3月15日",
        ),
    ],
    ids=["city-before-zone", "zone-alone", "zone-committees-issue"],
)
def test_a_zones_plan_is_no_divisions(lines: tuple[str, ...]) -> None:
    plan = _parse(*lines).plan
    assert (plan.level, plan.region) == (None, None)


def test_a_divisions_plan_for_its_zones_is_the_divisions() -> None:
    # bbs.dezhoushizx.com showtopic-11319: 德州市's plan for its twelve zones names no one zone
    plan = _parse("德州市开发区总体发展规划", "为推动全市开发区高质量发展,制定本规划。").plan
    assert (plan.level, plan.region.name) == ("city", "德州市")


def test_a_zones_plan_reads_its_text_in_the_division_it_lies_in() -> None:
    # probe5 h975: 省委 and 市委 in a 东营 zone's outline are 山东's and 东营's
    record = _parse(
        "东营市东营经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "为全面贯彻党的十九届五中全会精神,落实省委十一届十二次全会和市委六届九次全会部署,编制本纲要。",
    )
    assert record.plan.setting.name == "东营市"
    agencies = {m.name for m in record.mentions if m.label == "Agency"}
    assert {"中共山东省委员会", "中共东营市委员会"} <= agencies


def test_a_county_level_city_says_我市_of_itself() -> None:
    # probe5 h971 (szcn-led.com/baogao/928920) below its file-name line: a document site's preview of
    # 诸城市's plan, its title (numbered 1、) glued to the preamble that makes it; 我市 is 诸城市 (a
    # county-level city), not the 山东省 its parent names
    record = parse_document(
        "page.txt",
        "下載文檔\n上傳人:Le****97\n"
        "1、諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)為提高突發事件應急保障能力和水平,"
        "根據山東省重大突發事件應急保障體系建設三年行動計劃(2020-2022年)(魯政辦字2020167號)等有關要求,"
        "結合我市實際,制定如下行動計劃。一、總體要求到2022年,初步形成具有諸城特色的應急保障體系框架。\n",
    )
    assert record.plan.title == "诸城市重大突发事件应急保障体系建设行动计划(2021-2022年)"
    assert (record.plan.level, record.plan.region.name) == ("county", "诸城市")


# A news repost of a plan's opening (data/heldout/probe2 h706, ah.anhuinews.com): no title, no 制定本规划,
# but the text speaks of itself as 本规划.
ANHUI_WATER = (
    "省水利发展“十四五”规划在全面总结“十三五”全省水利发展成就的基础上,根据《安徽省国民经济和社会发展第十四个"
    "五年规划和2035年远景目标纲要》和水利部“十四五”水安全保障规划工作要求,科学分析全省水利现状与形势,"
    "实现安徽水利高质量发展。\n本规划是指导今后五年水利工作的重要依据。\n第一章现状与形势"
)
# The same class on another site (m.ilynn.cn, 故城县基础测绘“十四五”专项规划): 本規劃執行周期為….
GUCHENG_SURVEY = (
    "依據《中華人民共和國測繪法》、《基礎測繪條例》等相關規定,按照河北省自然資源廳《關於開展全省市縣級基礎"
    "測繪“十四五”規劃編制工作的通知》要求,結合故城縣實際,編制《故城縣基礎測繪“十四五”專項規劃》。\n"
    "本規劃執行周期為2021年-2025年。"
)


@pytest.mark.parametrize(
    ("text", "title", "level", "region"),
    [
        (ANHUI_WATER, None, "province", "安徽省"),
        # the preamble closes on the plan it makes, by name: that is its title
        (GUCHENG_SURVEY, "故城县基础测绘“十四五”专项规划", "county", "故城县"),
    ],
)
def test_a_text_that_calls_itself_this_plan_is_a_plan(
    text: str, title: str | None, level: str, region: str
) -> None:
    plan = parse_document("repost.txt", text + BODY).plan
    assert (plan.title, plan.level, plan.region.name) == (title, level, region)


def test_a_preamble_closing_on_the_plan_it_makes_names_it() -> None:
    # m.cs.bendibao.com 83461 (长沙), its heading left out: 编制《X》,明确… — and 牵头编制了《X》, the
    # drafters' account of it, names it too where nothing else does (probe7 p706's and check40 ar10's
    # golds read it so: 县应急局牵头组织编制了《巫山县应急管理“十四五”规划》)
    made = (
        "为落实“三高四新”战略要求,科学推进新型城镇化发展,根据《长沙市国民经济和社会发展第十四个五年规划和二〇三五年"
        "远景目标纲要》等重要文件,编制《长沙市新型城镇化发展规划(2021-2025 年)》,"
        "明确今后一个时期我市新型城镇化发展的总体要求、主要目标和重点任务。"
    )
    record = parse_document("page.txt", made + BODY)
    assert record.plan.title == "长沙市新型城镇化发展规划(2021-2025年)"
    outline = "长沙市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert [p.title for p in record.parents] == [outline]
    reported = made.replace("编制《", "县发展改革局牵头编制了《") + "本规划是全县的行动指南。"
    assert parse_document("page.txt", reported + BODY).plan.title == "长沙市新型城镇化发展规划(2021-2025年)"


def test_a_preamble_broken_by_a_pdf_reflow_still_makes_a_plan() -> None:
    # probe4 h954 (gongwk.com): the library's text keeps the PDF's line breaks as spaces inside words
    preamble = (
        "为应对新形势新挑战 ,把握数字化发展新机遇,推动我 国数字经济健康发展,依据《中华人民共和国国民经济和 "
        "社会发展第十四个五年规划和2035年远景目标纲要》,制 定本规划。"
    )
    plan = parse_document("page.txt", preamble + BODY).plan
    assert plan.title is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # probe3 h911 (investchn.com, a news repost): the outline is the subject of its making sentence
            "本次区两会审查批准的《上海市闵行区国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要》根据《中共上海市委"
            "关于制定上海市国民经济和社会发展第十四个五年规划和二0三五年远景目标的建议》和《中共闵行区委关于制定闵行区国民"
            "经济和社会发展第十四个五年规划和二0三五年远景目标的建议》制定,是指导闵行未来五年发展的宏伟蓝图。",
            "上海市闵行区国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要",
        ),
        (  # probe3 h913 (jindimoban.com): 本规划根据《A》《B》制定 — made (制定) as well as drawn up (编制)
            "本規劃根據《江西省“十四五”文化和旅遊發展規劃》《上饒市“十四五”文化和旅遊發展規劃》制定,"
            "重點評估“十三五”時期弋陽縣文化和旅遊業發展情況。",
            None,
        ),
    ],
    ids=["outline-as-subject", "this-plan-made-from"],
)
def test_a_sentence_saying_what_the_plan_was_made_from_makes_a_plan(text: str, title: str | None) -> None:
    record = parse_document("page.txt", text + BODY)
    assert record.plan.title == title
    assert len(record.parents) == 2


def test_saying_this_plan_only_in_a_story_about_it_is_no_plan() -> None:
    with pytest.raises(IngestError, match="not a plan document"):
        parse_document(
            "news.txt",
            "记者从省水利厅获悉,规划提出,到2025年基本建成安徽水网。该规划是指导今后五年水利工作的依据。",
        )


def test_two_untitled_plans_are_two_nodes_and_one_plan_read_twice_is_one(tmp_path: Path) -> None:
    # Both untitled and both 安徽's: the file, not the province or the (null) title, tells them apart.
    anhui_market = (  # probe h505 (law.foodmate.net), shortened
        "为提升安徽省市场监管现代化水平,根据《安徽省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要》,"
        "结合全省市场监管工作实际,编制本规划。"
    )
    (tmp_path / "water.txt").write_text(ANHUI_WATER + BODY)
    (tmp_path / "market.txt").write_text(anhui_market + BODY)
    store = str(tmp_path / "store")
    for _ in range(2):
        pages = [str(tmp_path / "water.txt"), str(tmp_path / "market.txt")]
        command = [sys.executable, "-m", "plangraph", "ingest", *pages, "--store", store]
        done = subprocess.run(command, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    out = tmp_path / "graph.json"
    subprocess.run(
        [sys.executable, "-m", "plangraph", "export", "--format", "json", "-o", str(out), "--store", store],
        check=True,
        capture_output=True,
    )
    own = [n for n in json.loads(out.read_text())["nodes"] if n["label"] == "Plan" and n.get("source")]
    assert sorted(n["source"] for n in own) == ["market.txt", "water.txt"]
    assert {n["region"] for n in own} == {"安徽省"} and len({n["id"] for n in own}) == 2


def test_ingesting_a_headerless_plan_warns_once_and_exits_zero(tmp_path: Path) -> None:
    page = tmp_path / "preamble.txt"
    page.write_text("为推进质量强区建设,根据《天津市质量强市建设纲要》,结合本区实际,制定本实施方案。" + BODY)
    done = subprocess.run(
        [sys.executable, "-m", "plangraph", "ingest", str(page), "--store", str(tmp_path / "store")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "preamble.txt" in warnings[0] and "null title" in warnings[0]


@pytest.mark.parametrize(
    ("preamble", "title"),
    [
        # The preamble closes on the plan it makes, with no 本.
        ("为推进质量强区建设,根据《天津市质量强市建设纲要》,结合实际,制定某某区质量强区实施方案。", None),
        # An outline describing itself names its title in its first words.
        (
            "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,根据《中共某某县委关于制定"
            "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制,主要阐明发展战略。",
            "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ),
        ("本规划依据《某某法》编制,规划期为2021—2025年。", None),
        # check35 al07 (cnzsyz.com): the title as the subject of what the plan was made from (以…为指导)
        (
            "质量反映一个地区的综合实力,质量发展是经济社会发展的重大战略问题。《日照市“十三五”质量发展规划》"
            "以国务院《质量发展纲要(2011—2020年)》《质量品牌提升“十三五”规划》《山东省“十三五”质量发展规划》"
            "以及《日照市国民经济和社会发展第十三个五年规划纲要》为指导进行编制。",
            "日照市“十三五”质量发展规划",
        ),
        # check35 al01 (a crypto site's repost): why making the plan matters, then the drafters' 编制了《X》
        (
            "制定符合科学发展观、顺应历史潮流的科学技术发展规划,对于增强自主创新能力,促进我区经济社会跨越式"
            "发展具有十分重要的意义。为适应我区经济社会发展对科技进步和创新提出的迫切要求,根据《国务院关于印发"
            "国家中长期科学和技术发展规划纲要(2006-2020年)的通知》(国发〔2005〕44号)确定的任务和要求,编制了"
            "《宁夏回族自治区“十一五”科学技术发展规划》,明确未来五年我区科技工作的指导思想。",
            "宁夏回族自治区“十一五”科学技术发展规划",
        ),
        # check35 al11 (traditional repost): no title anywhere, only why making the outline matters
        (
            "“十二五”時期(2011-2015年)是全面貫徹落實科學發展觀、努力構建和諧漢壽的重要階段。科學編制“十二五”"
            "規劃綱要將對促進我縣國民經濟又好又快發展和社會全面進步,具有十分重要的現實意義和指導作用。",
            None,
        ),
    ],
)
def test_a_headerless_body_is_read_by_its_preamble(preamble: str, title: str | None) -> None:
    assert parse_document("preamble.txt", preamble + BODY).plan.title == title


@pytest.mark.parametrize(
    ("lead", "title", "issuers", "region"),
    [
        (  # lotussunrise.com (check2 h807): traditional script, pinyin glued in, the second office by its
            # short name; the party office is named with 中共
            "近日,廣東省委辦公廳、省政府辦公廳印發(fā)《廣東省自然災(zāi)害防治能力建設(shè)行動(dòng)方案》,內容如下。",
            "广东省自然灾害防治能力建设行动方案",
            ["中共广东省委办公厅", "广东省人民政府办公厅"],
            "广东省",
        ),
        (  # feibaos.com (probe3 h909): the bases between the body and 编制并印发
            "日前,广东省文化和旅游厅根据《“十四五”文化和旅游发展规划》《广东省国民经济和社会发展第十四个五年规划和"
            "2035年远景目标纲要》和广东省文化发展改革“十四五”规划,编制并印发《广东省文化和旅游发展“十四五”规划》"
            "(以下简称《规划》)。",
            "广东省文化和旅游发展“十四五”规划",
            ["广东省文化和旅游厅"],
            "广东省",
        ),
        (  # the wire formula of the party centre's and the State Council's offices
            "新华社北京9月10日电 近日,中共中央办公厅、国务院办公厅印发了《质量强国建设纲要》,并发出通知,"
            "要求各地区各部门结合实际认真贯彻落实。",
            "质量强国建设纲要",
            ["中共中央办公厅", "国务院办公厅"],
            "全国",
        ),
        (  # gcs66.com (probe9 q906): bodies that forward (转发) a plan their departments drew up issue
            # it; the plan's title names no place, the forwarding bodies place it
            "近日,中共临沧市委、临沧市人民政府转发了《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划"
            "(2021—2025 年)》。\n《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划(2021—2025 年)》"
            "全文如下。",
            "市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划(2021—2025年)",
            ["中共临沧市委", "临沧市人民政府"],
            "临沧市",
        ),
        (  # bmnr.com.cn: the wire formula, the party centre named without a suffix, forwarding
            "新华社北京6月15日电近日,中共中央、国务院转发《中宣部、司法部关于开展依法治国宣传教育的“八五”规划"
            "(2021-2025年)》并发出通知。请各地区、各部门结合实际,认真贯彻落实。",
            "中宣部、司法部关于开展依法治国宣传教育的“八五”规划(2021-2025年)",
            ["中共中央", "国务院"],
            "全国",
        ),
    ],
    ids=["h807", "h909", "wire", "q906-forwarded", "wire-forwarded"],
)
def test_a_news_lead_reporting_the_issue_gives_title_and_issuers_but_no_date(
    lead: str, title: str, issuers: list[str], region: str
) -> None:
    plan = parse_document("news.txt", lead).plan
    assert plan.title == title
    assert [i.name for i in plan.issuers] == issuers
    assert plan.region is not None and plan.region.name == region
    assert plan.published is None


@pytest.mark.parametrize(
    "text",
    [
        "市场监管局召开新闻发布会,介绍今年以来的工作成效。下一步将制定年度工作计划。",
        # a story that names a plan without reporting its issue, and one reporting a notice
        "近日,市场监管局召开新闻发布会,解读《湖州市市场监管“十四五”规划》。",
        "日前,国务院办公厅印发《关于做好政府公报工作的通知》,就政府公报规范管理作出部署。",
        # a meeting story that reports someone weighing a plan
        "会议强调,科学编制“十四五”规划,对于推动全县高质量发展具有十分重要的意义。",
    ],
)
def test_text_that_is_no_plan_is_still_refused(text: str) -> None:
    with pytest.raises(IngestError, match="not a plan document"):
        parse_document("news.txt", text)


@pytest.mark.parametrize(
    "notice",
    [
        (  # 关于转发《X》的通知, X forwarded after 已经…同意
            "南通市人民政府办公室关于转发《南通市“十四五”体育发展规划》的通知",
            "市体育局编制的《南通市“十四五”体育发展规划》已经市政府同意,现转发给你们,请认真贯彻执行。",
        ),
        (  # X转发Y关于Z的通知, the plan without 《》
            "南通市人民政府办公室转发市体育局关于南通市“十四五”体育发展规划的通知",
            "市体育局《南通市“十四五”体育发展规划》已经市政府同意,现转发给你们,请认真贯彻执行。",
        ),
        (  # X转发Y关于印发Z的通知: Y's own notice is forwarded, Z is the plan
            "南通市人民政府办公室转发市体育局关于印发南通市“十四五”体育发展规划的通知",
            "市体育局《关于印发南通市“十四五”体育发展规划的通知》已经市政府同意,现转发给你们。",
        ),
    ],
)
def test_a_forwarding_notice_names_the_plan_it_forwards(notice: tuple[str, str]) -> None:
    record = _parse(*notice, "南通市人民政府办公室", "2021年11月2日", "为推动体育事业发展,编制本规划。")
    plan = record.plan
    assert (plan.title, plan.region.name) == ("南通市“十四五”体育发展规划", "南通市")
    assert [i.name for i in plan.issuers] == ["南通市人民政府办公室"]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ("(福建省)云霄县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",),
            "云霄县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        ),
        (("原标题:安吉县质量发展“十四五”规划",), "安吉县质量发展“十四五”规划"),
        (  # probe6 p615 (ccpc360.com): a project site tags the heading with the province
            ("【上海】崇明区水务“十四五”规划", "发布时间 所属行业 项目性质 地区", "2021-10-29 农林水利 上海"),
            "崇明区水务“十四五”规划",
        ),
        (("法律信息网 | 襄阳市商标战略发展规划(2011-2015)",), "襄阳市商标战略发展规划(2011-2015)"),
        (("宝坻区质量强区建设实施方案(征求意见稿)",), "宝坻区质量强区建设实施方案"),
        (("中国质量新闻网 湖州市市场监管局发布湖州市市场监管“十四五”规划",), "湖州市市场监管“十四五”规划"),
        (("安吉县正式出台《安吉县质量发展“十四五”规划》",), "安吉县质量发展“十四五”规划"),
        (("湖州市数据公布与共享工作方案",), "湖州市数据公布与共享工作方案"),  # a verb of its own
        (
            ("团队动态", "宁夏回族自治区知识产权保护和运用“十四五” 规划"),
            "宁夏回族自治区知识产权保护和运用“十四五”规划",
        ),
        (  # a metadata row whose last cell ends like a plan kind is no heading
            ("[ 主题分类 ] 国民经济发展规划、计划 [ 体裁分类 ] 规划计划", "湖州市体育发展“十四五”规划"),
            "湖州市体育发展“十四五”规划",
        ),
        (  # check34 ak01 (shuipu.net): a search box's button over an opinion's whole title
            (
                "精确检索",
                "开始检索",
                "",
                "莆田市人民政府关于加快发展养老服务业的实施意见",
                "莆政综〔2014〕76号",
            ),
            "莆田市人民政府关于加快发展养老服务业的实施意见",
        ),
    ],
)
def test_a_heading_is_read_without_the_site_or_press_framing(lines: tuple[str, ...], title: str) -> None:
    plan = _parse(*lines, "为推进发展,结合实际,制定本规划。").plan
    assert plan.title == title
    assert plan.region is not None and title.startswith(plan.region.name)


def test_the_title_spelling_the_header_prints_most_often_wins_over_a_damaged_one() -> None:
    plan = _parse(
        "铜陵市人民政府办公室关于印发铜陵市标准化体系建设发展规划(2016—2020年)的通知",
        "名称:铜陵市人民政府办公室关于印发铜陵市标准化体系建设发展规划(2016—2020年)的通知",
        "经市政府同意,现将《铜陵市标准化体系建设发展规划(20162020年)》印发给你们,请认真贯彻执行。",
    ).plan
    assert plan.title == "铜陵市标准化体系建设发展规划(2016—2020年)"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # o001: the whole notice run on in one line
            (
                "国务院关于印发“十四五”国家知识产权保护和运用规划的通知 国发〔2021〕20号 "
                "各省、自治区、直辖市人民政府: 现将《“十四五”国家知识产权保护和运用规划》印发给你们,"
                "请认真贯彻执行。 国务院 2021年10月9日 (此件公开发布)",
            ),
            ("national", "全国", "国务院", "2021-10-09", "国发〔2021〕20号"),
        ),
        (  # o001's notice as a page prints it: its own notice title in 《》 run on into the number,
            # sentences closed by ASCII full stops
            (
                "“十四五”国家知识产权保护和运用规划",
                "《国务院关于印发“十四五”国家知识产权保护和运用规划的通知》国发〔2021〕20号各省、自治区、"
                "直辖市人民政府,国务院各部委、各直属机构,现将《“十四五”国家知识产权保护和运用规划》"
                "印发给你们,请认真贯彻执行.国务院2021年10月9日",
            ),
            ("national", "全国", "国务院", "2021-10-09", "国发〔2021〕20号"),
        ),
        (  # a cited notice's number is not the document's own
            (
                "台州市社会信用体系建设“十四五”规划",
                "根据《浙江省人民政府办公厅关于印发浙江省社会信用体系建设“十四五”规划的通知》"
                "(浙政办发〔2021〕29号),编制本规划。",
            ),
            ("city", "台州市", None, None, None),
        ),
        (  # a province read from the number alone, and its general office, whose number it is
            (
                "质量强省建设实施方案",
                "浙政办发〔2022〕12号 2022年3月1日",
            ),
            ("province", "浙江省", "浙江省人民政府办公厅", "2022-03-01", "浙政办发〔2022〕12号"),
        ),
        (  # o010: 省政府 is the province's 人民政府; the date printed after the number
            (
                "省政府关于印发江苏省知识产权战略纲要的通知",
                "苏政发〔2009〕1号 2009年1月5日",
            ),
            ("province", "江苏省", "江苏省人民政府", "2009-01-05", "苏政发〔2009〕1号"),
        ),
        (  # a notice forwarding another body's plan is the forwarding body's, signed or not
            (
                "南通市人民政府办公室转发市体育局关于印发南通市“十四五”体育发展规划的通知",
                "通政办发〔2021〕88号",
            ),
            ("city", "南通市", "南通市人民政府办公室", None, "通政办发〔2021〕88号"),
        ),
        (  # 关于转发《…》 and a batch approval (批转) name the sender first too
            ("南通市人民政府关于转发《南通市“十四五”体育发展规划》的通知",),
            ("city", "南通市", "南通市人民政府", None, None),
        ),
        (
            ("江苏省人民政府批转省体育局关于江苏省“十四五”体育发展规划的通知",),
            ("province", "江苏省", "江苏省人民政府", None, None),
        ),
        (  # an aggregator's place label in brackets before the notice title
            ("(江苏省)南通市人民政府关于印发南通市“十四五”体育发展规划的通知",),
            ("city", "南通市", "南通市人民政府", None, None),
        ),
        (  # an issuer printed by its short form is named by its official one
            ("国家发展改革委关于印发“十四五”现代流通体系建设规划的通知",),
            ("national", "全国", "国家发展和改革委员会", None, None),
        ),
        (
            ("湖州市市场监管局关于印发湖州市知识产权“十四五”规划的通知",),
            ("city", "湖州市", "湖州市市场监督管理局", None, None),
        ),
        (  # metadata fields: a cell bar after the colon, or the colon lost
            ("文 号: | 湖政办发〔2021〕9号 | 公开类型: | 主动公开 |", "湖州市“十四五”体育发展规划"),
            ("city", "湖州市", "湖州市人民政府办公室", None, "湖政办发〔2021〕9号"),
        ),
        (
            ("索引号 002/2022-00111 发文字号 湖政办发〔2022〕5号", "湖州市“十四五”体育发展规划"),
            ("city", "湖州市", "湖州市人民政府办公室", None, "湖政办发〔2022〕5号"),
        ),
        (  # the site's 发布机构 is the office that posts the page; the notice's signer issued it
            (
                "[ 发布机构 ] | 湖州市政府办公室 |",
                "湖州市人民政府关于印发湖州市“十四五”体育发展规划的通知",
                "各区县人民政府:",
                "现将《湖州市“十四五”体育发展规划》印发给你们,请认真贯彻执行。",
                "湖州市人民政府",
                "2021年9月18日",
            ),
            ("city", "湖州市", "湖州市人民政府", "2021-09-18", None),
        ),
        (  # probe6 p602 (cqkz.gov.cn): the 发布机构 is the office that posts the page, the notice title
            # names the government that sent it; the signature's date lost its 年月日 ('202347')
            (
                "[ 索引号 ]11500234008646033P/2023-00998 [ 发文字号 ]开州府发〔2023〕6号"
                " [ 发布机构 ]开州区政府办公室 [ 主题分类 ]其他 [ 成文日期 ]2023-04-07"
                " [ 发布日期 ]2023-04-24 [ 体裁分类 ]其他 [ 有效性 ]",
                "重庆市开州区人民政府关于印发重庆市开州区生态文明建设示范区建设规划(2022—2028年)的通知",
                "各乡镇人民政府(街道办事处),区政府各部门,有关单位:",
                "《重庆市开州区生态文明建设示范区建设规划(2022—2028年)》已经十八届区政府第35次常务会议审议通过,"
                "现印发给你们,请认真贯彻执行。",
                "重庆市开州区人民政府",
                "202347",
                "(此件公开发布)",
            ),
            ("district", "开州区", "重庆市开州区人民政府", "2023-04-07", "开州府发〔2023〕6号"),
        ),
        (  # check2 h811 (yinchuan.gov.cn) without its signature: the party committee's office posts the
            # page, the committee and the government send the notice
            (
                "发布机构:银川市委办公室 成文日期:2019-02-22",
                "中共银川市委银川市人民政府关于印发《银川市推进质量强市工作实施方案》的通知",
                "《银川市推进质量强市工作实施方案》已经十四届市委2019年第4次常委会会议研究同意,现印发给你们,请认真组织实施。",
            ),
            ("city", "银川市", "中共银川市委、银川市人民政府", "2019-02-22", None),
        ),
        (  # a notice's number run into its addressees, as a one-line abstract prints it
            (
                "湖州市“十四五”体育发展规划",
                "简介:湖政发〔2021〕9号各区县人民政府,市政府各部门:现将《湖州市“十四五”体育发展规划》印发给你们。",
            ),
            ("city", "湖州市", "湖州市人民政府", None, "湖政发〔2021〕9号"),
        ),
    ],
)
def test_level_region_issuer_and_date_come_from_notice_number_and_signature(
    lines: tuple[str, ...], expected: tuple[str | None, ...]
) -> None:
    plan = _parse(*lines, "为推进发展,结合实际,制定本规划。").plan
    issuer = "、".join(i.name for i in plan.issuers) or None
    assert (plan.level, plan.region.name, issuer, plan.published, plan.doc_number) == expected


def test_a_bureau_posting_under_its_short_name_is_named_by_its_full_one() -> None:
    """probe8 p814 (来源: 乌拉特前旗林草局) and probe h502 (林草局 among the ministries): 林草局 is the
    standard short form of 林业和草原局, as 医保局 is of 医疗保障局."""
    plan = _parse(
        "乌拉特前旗“十四五”林业和草原保护发展规划",
        "乌拉特前旗政府门户网站 2023年10月10日 16:20 编辑: 来源: 乌拉特前旗林草局",
        "为推进发展,结合实际,制定本规划。",
    ).plan
    assert [i.name for i in plan.issuers] == ["乌拉特前旗林业和草原局"]


PREAMBLES = [
    (  # o016: parents cited through their notices; the vague 国家…总体部署 is none
        "根据国家对社会信用体系建设的总体部署以及《浙江省人民政府办公厅关于印发浙江省社会信用体系建设“十四五”规划的通知》"
        "(浙政办发〔2021〕29号)、《台州市人民政府关于印发台州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知》"
        "(台政发〔2021〕14号)等有关文件要求,编制本规划。",
        [
            "浙江省社会信用体系建设“十四五”规划",
            "台州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ],
    ),
    (  # the issue's combined form
        "根据国家和湖北省市场监管“十四五”规划精神,结合我区实际,制定本规划。",
        ["国家市场监管“十四五”规划", "湖北省市场监管“十四五”规划"],
    ),
    (  # the combined form over three divisions
        "根据国家、湖北省和黄石市市场监管“十四五”规划精神,结合我区实际,制定本规划。",
        ["国家市场监管“十四五”规划", "湖北省市场监管“十四五”规划", "黄石市市场监管“十四五”规划"],
    ),
    (  # o016's base cited through its notice with no marks at all
        "根据浙江省人民政府办公厅关于印发浙江省社会信用体系建设“十四五”规划的通知(浙政办发〔2021〕29号)"
        "等有关文件要求,编制本规划。",
        ["浙江省社会信用体系建设“十四五”规划"],
    ),
    (  # a vague base first, then a plan; a division named only by its level is no plan
        "按照省委、省政府关于实施质量强省战略的决策部署和浙江省质量发展“十四五”规划要求,"
        "以及省“十四五”规划纲要,制定本规划。",
        ["浙江省质量发展“十四五”规划"],
    ),
    (  # a national outline by its short name
        "为贯彻落实国家“十四五”规划纲要,制定本规划。",
        ["中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"],
    ),
    (  # o029: laws are no parents; opinions, rules and notices are (kind other)
        "为贯彻落实《中华人民共和国食品安全法》《上海市食品安全条例》《中共中央、国务院关于深化改革加强食品安全工作的意见》,"
        "根据《关于印发第五批国家食品安全示范创建推荐城市名单的通知》(食安办函〔2022〕9号)的要求,特制定本方案。",
        [
            "中共中央、国务院关于深化改革加强食品安全工作的意见",
            "关于印发第五批国家食品安全示范创建推荐城市名单的通知",
        ],
    ),
    (  # o035: what a plan carries out and what it is aligned with
        "本规划承接和落实《绍兴市质量发展“十四五”规划》,并与《嵊州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》相衔接。",
        ["绍兴市质量发展“十四五”规划", "嵊州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
    ),
    (  # o040: 以《…》为依据; o020: a leader's quoted instruction holding a 。 is none
        "本《纲要》编制以《中共云霄县委关于制定云霄县国民经济和社会发展第十四个五年规划和二0三五年远景目标的建议》为依据,"
        "按照县委书记提出的“立足县情。因地制宜”的要求,结合上位规划精神编制。",
        ["中共云霄县委关于制定云霄县国民经济和社会发展第十四个五年规划和二0三五年远景目标的建议"],
    ),
    (  # o038's proposals, named by issuer without marks and shared: one parent each
        "依据中共中央、中共古田县委分别关于制定国民经济和社会发展第十四个五年规划"
        "和二 〇 三五年远景目标的建议,编制本纲要。",
        [
            "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
            "中共古田县委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
        ],
    ),
    (  # a predecessor plan of the cycle before is no parent
        "根据《安吉县市场监管“十三五”规划》实施评估和《浙江省市场监管“十四五”规划》,制定本规划。",
        ["浙江省市场监管“十四五”规划"],
    ),
    (  # the plan itself, named after the verb that makes it, is no parent however it is spelled
        "按照国家对体育事业发展的战略部署,结合本县实际,特编制《安吉县体育发展“十四五”专项建设规划》(2021-2025)。",
        [],
    ),
    (
        "根据《湖州市“十四五”体育发展规划》,制定形成了《安吉县体育事业“十四五”发展规划》。",
        ["湖州市“十四五”体育发展规划"],
    ),
    (  # a plan handed down by a forwarding notice is meant by it, as by an issuing one
        "根据《湖州市人民政府办公室关于转发〈湖州市“十四五”体育发展规划〉的通知》(湖政办发〔2021〕9号),编制本规划。",
        ["湖州市“十四五”体育发展规划"],
    ),
    (  # the combined form with divisions named by their level word: the plan's own province, city
        "根据国家和省市场监管“十四五”规划精神,结合我县实际,制定本规划。",
        ["国家市场监管“十四五”规划", "浙江省市场监管“十四五”规划"],
    ),
    (
        "根据国家、省、市市场监管“十四五”规划,制定本规划。",
        ["国家市场监管“十四五”规划", "浙江省市场监管“十四五”规划", "湖州市市场监管“十四五”规划"],
    ),
    (  # the notice handing the plan down says why: 为落实《X》,现将《Y》印发给你们
        "为进一步落实《湖州市市场监管“十四五”规划》,经县政府同意,现将《安吉县市场监管“十四五”规划》印发给你们,"
        "请认真贯彻执行。",
        ["湖州市市场监管“十四五”规划"],
    ),
    (  # a title cited again by its tail is the same document; a tail after a division is another plan
        "根据《湖州市市场监管现代化实施方案》和《实施方案》明确的任务,以及《浙江省“十四五”市场监管规划》"
        "和国家《“十四五”市场监管规划》,制定本规划。",
        ["湖州市市场监管现代化实施方案", "浙江省“十四五”市场监管规划", "“十四五”市场监管规划"],
    ),
    (  # a plan made to carry another out: 为推动《X》落地实施
        "为推动《湖州市市场监管“十四五”规划》落地实施,结合本县实际,制定本规划。",
        ["湖州市市场监管“十四五”规划"],
    ),
    (  # 全国… names the national plan; 全省… / 全市… names no one plan
        "按照全国市场监管“十四五”规划和湖州市市场监管“十四五”规划,编制本规划。",
        ["全国市场监管“十四五”规划", "湖州市市场监管“十四五”规划"],
    ),
    ("根据全省市场监管“十四五”规划,编制本规划。", []),
    (  # a level word alone before the cycle is the plan's own division at that level (its outline
        # under the outline's formal title); a bare title may run straight into the verb that makes the plan
        "本规划依据省“十四五”市场监管规划和县“十四五”规划纲要编制。",
        ["浙江省“十四五”市场监管规划", "安吉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
    ),
    (  # an approval (批复) or a letter (函) the plan is made under is a base, as an opinion or notice is
        "根据《国务院关于同意安吉县建设国家生态文明示范区的批复》和《浙江省市场监管局关于支持安吉县质量强县建设的函》,"
        "制定本规划。",
        [
            "国务院关于同意安吉县建设国家生态文明示范区的批复",
            "浙江省市场监管局关于支持安吉县质量强县建设的函",
        ],
    ),
    (  # what the plan says it is: the 专项规划 of an outline carries that outline out
        "本规划是《安吉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》在市场监管领域的专项规划,"
        "是未来五年全县市场监管工作的行动指南。",
        ["安吉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
    ),
    (  # every sentence of the preamble that says what the plan is made from counts, not the first alone
        "根据《浙江省市场监管“十四五”规划》,结合本县实际,制定本规划。本规划是落实《湖州市市场监管“十四五”规划》的具体举措。",
        ["浙江省市场监管“十四五”规划", "湖州市市场监管“十四五”规划"],
    ),
    (  # 永嘉县应急管理“十四五”规划 (yj.gov.cn, 2021): the county outline cited without its last word 纲要;
        # the law in the same list stays a law
        "根据《中华人民共和国突发事件应对法》《浙江省应急管理“十四五”规划》《温州市应急管理“十四五”规划》"
        "《永嘉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标》等法律法规和文件,制定本规划。",
        [
            "浙江省应急管理“十四五”规划",
            "温州市应急管理“十四五”规划",
            "永嘉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标",
        ],
    ),
    (  # 安徽省“十四五”市场监管规划 (law.foodmate.net, probe h505): 国家有关规划 describes, names no plan
        "根据国家有关规划和《安徽省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要》,"
        "结合全省市场监管工作实际,编制本规划。",
        ["安徽省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要"],
    ),
    (  # 四川省“十四五”综合交通运输发展规划 (check h604): a list WITHOUT 《》 the plan 相衔接s with, the
        # outline's 和 inside its own title
        "本规划是四川省“十四五”重点专项规划,规划编制以习近平新时代中国特色社会主义思想为指导,与交通强国建设纲要、"
        "国家综合立体交通网规划纲要、国家“十四五”综合交通运输体系发展规划、成渝地区双城经济圈规划纲要、"
        "四川省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要相衔接,阐明“十四五”时期四川综合交通运输发展目标。",
        [
            "交通强国建设纲要",
            "国家综合立体交通网规划纲要",
            "国家“十四五”综合交通运输体系发展规划",
            "成渝地区双城经济圈规划纲要",
            "四川省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要",
        ],
    ),
    (  # 庆城县“十四五”残疾人保障和发展规划 (001doc.com, probe3 h901): two bare titles joined by 和, each
        # with a 和 of its own; the decisions before them are no plan
        "为认真贯彻落实党中央、省市关于残疾人事业的决策部署,推进我县残疾人事业稳步发展,依据庆阳市“十四五”残疾人保障和"
        "发展规划和庆城县国民经济和社会发展第十四个五年规划和二O三五年远景目标纲要,制定本规划。",
        [
            "庆阳市“十四五”残疾人保障和发展规划",
            "庆城县国民经济和社会发展第十四个五年规划和二O三五年远景目标纲要",
        ],
    ),
    (  # 广东省文化和旅游发展“十四五”规划 (feibaos.com, probe3 h909): the last of a list printed without 《》
        "广东省文化和旅游厅根据《“十四五”文化和旅游发展规划》《广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"
        "和广东省文化发展改革“十四五”规划,编制本规划。",
        [
            "“十四五”文化和旅游发展规划",
            "广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            "广东省文化发展改革“十四五”规划",
        ],
    ),
    (  # 昌吉州纲要 (check h607): plans named by their subjects (…等专项规划) and kinds of plan
        # (国土空间规划) are no plan; what ran into a title across a 和 is no part of it
        "与《新疆维吾尔自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》和自治区乡村振兴与农业农村现代化、"
        "产业布局与工业高质量发展、文化旅游发展等专项规划衔接,并与国土空间规划相衔接,编制本纲要。"
        "根据市委市政府打造全球智造创新之都的统一安排和湖州市体育发展“十四五”规划,制定本规划。",
        [
            "新疆维吾尔自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            "湖州市体育发展“十四五”规划",
        ],
    ),
    (  # level characters glued into one word (勉县纲要, check h614: 按照中省市“十四五”规划纲要主要精神): the
        # national outline and the plan's own province's and city's, a county of 湖州市 here
        "按照中省市“十四五”规划纲要主要精神,在准确把握我县“十四五”发展方向的基础上,特编制本规划。",
        [
            "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            "浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ],
    ),
    (  # 省市 glued before a sector plan; 市县 names the plan's city and its own county (the plan itself is
        # no parent: it is the county's sector plan, not its outline)
        "根据省市“十四五”市场监管规划和市县“十四五”规划纲要,制定本规划。",
        [
            "浙江省“十四五”市场监管规划",
            "湖州市“十四五”市场监管规划",
            "安吉县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ],
    ),
    (  # glued levels the plan's region does not give (no 州, no 区 of a province in 浙江: the plan is
        # 安吉县's), levels out of order, and decisions of glued levels are no plan
        "根据区州“十四五”规划纲要和县市“十四五”规划,按照党中央、省市关于质量工作的决策部署,制定本规划。",
        [],
    ),
    (  # 海南省“十四五”水资源利用与保护规划 (xwboo.com, probe2 h708): the requirements of the drafting
        # work (关于…规划编制工作) are no plan
        "根据《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》和"
        "《海南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》,按照海南省关于“十四五”规划编制工作的"
        "总体要求,省水务厅、省发展改革委组织编制《海南省“十四五”水资源利用与保护规划》。",
        [
            "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            "海南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ],
    ),
    (  # check33 aj12 (宁阳县, a document-sharing copy): the list lost its marks and separators; each
        # title ends at its period in brackets, the last at 等
        "为贯彻落实国家、省、市关于防灾减灾工作的决策部署,根据山东省综合防灾减灾规划(2021-2025年)泰安市防震减灾"
        "事业发展第十四个五年规划(2021-2025年)宁阳县国民经济和社会发展第十四个五年规划和2035年远景目标纲要等有关"
        "文件精神,结合宁阳县实际,制定本规划。",
        [
            "山东省综合防灾减灾规划(2021-2025年)",
            "泰安市防震减灾事业发展第十四个五年规划(2021-2025年)",
            "宁阳县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        ],
    ),
    (  # a bare title with its period, then what it says: no further title
        "根据某某市数字经济发展规划(2021-2025年)提出的目标任务,结合实际,制定本方案。",
        ["某某市数字经济发展规划(2021-2025年)"],
    ),
]


def test_a_headerless_plan_made_under_a_list_of_bases_names_each_as_parent() -> None:
    # check35 al07 (cnzsyz.com): the page opens on its preamble, 以国务院《A》《B》《C》以及《D》为指导
    record = parse_document(
        "page.txt",
        "质量反映一个地区的综合实力。《日照市“十三五”质量发展规划》以国务院《质量发展纲要(2011—2020年)》"
        "《质量品牌提升“十三五”规划》《山东省“十三五”质量发展规划》以及《日照市国民经济和社会发展第十三个五年"
        "规划纲要》为指导进行编制。" + BODY,
    )
    assert record.plan.title == "日照市“十三五”质量发展规划"
    assert [p.title for p in record.parents] == [
        "质量发展纲要(2011—2020年)",
        "质量品牌提升“十三五”规划",
        "山东省“十三五”质量发展规划",
        "日照市国民经济和社会发展第十三个五年规划纲要",
    ]


@pytest.mark.parametrize(("preamble", "parents"), PREAMBLES)
def test_parents_are_read_from_every_way_a_preamble_names_them(preamble: str, parents: list[str]) -> None:
    record = _parse("安吉县市场监管“十四五”规划", preamble)
    assert [p.title for p in record.parents] == parents
    for parent in record.parents:
        assert record.original[parent.evidence.start : parent.evidence.end] == parent.evidence.text


def test_glued_party_committees_give_one_proposal_each_in_the_plans_own_divisions() -> None:
    """昌吉州纲要 (check h607): 区州党委关于制定…的建议 are the proposals of the autonomous region's and the
    prefecture's party committees, each named after its committee and placed in its division."""
    record = _parse(
        "昌吉回族自治州国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》和区州党委关于制定"
        "国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议,编制本纲要。",
    )
    tail = "关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"
    assert [(p.title, p.level, p.region.name) for p in record.parents] == [
        ("中共中央" + tail, "national", "全国"),
        ("中共新疆维吾尔自治区委员会" + tail, "province", "新疆维吾尔自治区"),
        ("中共昌吉回族自治州委员会" + tail, "city", "昌吉回族自治州"),
    ]
    for parent in record.parents[1:]:
        assert parent.evidence.text.startswith("区州党委关于制定")


@pytest.mark.parametrize(
    ("lines", "parents"),
    [
        (  # 湖北省卫生与健康事业发展'十三五'规划 (qikanwang.net, check2 h806): one run-on teaser line the
            # page cuts inside the last title; the 13th-cycle plans it cites are no predecessors of a
            # 13th-cycle plan, quoted '十三五' or not
            (
                "简介:鄂政发[2017]28号各市、州、县人民政府,省政府各部门:现将《湖北省卫生与健康事业发展'十三五'规划》"
                "印发给你们,请认真贯彻执行。2017年6月9日湖北省卫生与健康事业发展'十三五'规划健康是幸福之基。"
                "'十三五'时期是实施健康中国建设的开局阶段,为适应经济社会发展新形势,满足人民群众日益增长的健康需求,"
                "根据《'十三五'卫生与健康规划》《'健康中国2030'规划纲要》《全国医疗卫生服务体系规划纲要(2015-2020年)》"
                "《湖北省国民经济和社会发展第十三个五年规划纲",
            ),
            [
                "'十三五'卫生与健康规划",
                "'健康中国2030'规划纲要",
                "全国医疗卫生服务体系规划纲要(2015-2020年)",
                "湖北省国民经济和社会发展第十三个五年规划纲要",
            ],
        ),
        (  # “十四五”推动高质量发展的国家标准体系建设规划 (standardcnjc.com, check2 h802): the excerpt ends at
            # 和《国家, a title cut before anything says which plan it is
            (
                "“十四五”推动高质量发展的国家标准体系建设规划",
                "标准是经济活动和社会发展的技术支撑,是国家基础性制度的重要方面。",
                "为落实《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》和《国家",
            ),
            ["中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"],
        ),
        (  # the same sentence with its full stop is a basis of nothing: no verb says the plan is made
            (
                "“十四五”推动高质量发展的国家标准体系建设规划",
                "为落实《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,加快标准化建设。",
            ),
            [],
        ),
    ],
    ids=["cut-in-a-title", "cut-before-a-title", "not-cut"],
)
def test_a_basis_sentence_the_page_cuts_off_names_the_plans_parents(
    lines: tuple[str, ...], parents: list[str]
) -> None:
    record = parse_document("page.txt", "\n".join(lines))
    assert [p.title for p in record.parents] == parents
    for parent in record.parents:
        assert record.original[parent.evidence.start : parent.evidence.end] == parent.evidence.text


def test_the_plans_own_short_name_is_no_parent() -> None:
    # (以下简称《…》) then the short name where a notice asks for the plan to be carried out
    record = _parse(
        "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "《湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》(以下简称《远景目标纲要》)已经"
        "市人大批准。各地要认真贯彻落实《远景目标纲要》确定的主要目标,制定切实可行的实施方案。",
    )
    assert [p.title for p in record.parents] == []


def test_a_level_word_in_a_combined_phrase_is_the_municipality_for_its_district() -> None:
    # 市 in a Shanghai district's plan is 上海市, a province-level city
    record = _parse("青浦区市场监管“十四五”规划", "根据国家和市市场监管“十四五”规划,制定本规划。")
    assert [p.title for p in record.parents] == ["国家市场监管“十四五”规划", "上海市市场监管“十四五”规划"]


@pytest.mark.parametrize(
    ("heading", "level", "region"),
    [
        ("贯彻落实《“十四五”国家知识产权保护和运用规划》行动方案", "national", "全国"),
        ("浙江省贯彻落实《“十四五”国家知识产权保护和运用规划》行动方案", "province", "浙江省"),
    ],
)
def test_a_title_built_round_the_plan_it_carries_out_names_that_plan_as_parent(
    heading: str, level: str, region: str
) -> None:
    # o001's plan, carried out by a plan whose preamble does not cite it again
    record = _parse(heading, "为推动知识产权保护和运用工作深入开展,结合实际,制定本方案。")
    assert record.plan.title == heading
    assert (record.plan.level, record.plan.region.name) == (level, region)
    assert [p.title for p in record.parents] == ["“十四五”国家知识产权保护和运用规划"]


def test_a_title_takes_the_year_spelling_the_header_prints_most_often() -> None:
    # o038's outline, its site heading typing 二零三五 where the cover and preamble print 二〇三五
    title = "古田县国民经济与社会发展第十四个五年规划纲要和二〇三五年远景目标纲要"
    record = _parse(
        "(福建省)" + title.replace("〇", "零"),
        "古田县国民经济与社会发展第十四个五年",
        "规划纲要和二 〇 三五年远景目标纲要",
        "古田县人民政府",
        f"高标准、高质量编制《{title}》(以下简称《纲要》)。",
    )
    assert record.plan.title == title
    assert record.plan.region.name == "古田县"


def test_a_title_whose_year_lost_its_zero_takes_the_spelling_printed_whole() -> None:
    # probe5 h983 (黔江区, qianjiang.gov.cn): the notice and its 《》 drop 〇 from 二〇三五, the bullet
    # header prints it; o038 (古田县) drops it from its heading the same way
    title = "重庆市黔江区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    record = _parse(
        "  • 文件标题 重庆市黔江区人民政府 关于印发重庆市黔江区国民经济和社会发展 "
        "第十四个五年规划和二〇三五年远景目标纲要的通知",
        "重庆市黔江区人民政府",
        "关于印发重庆市黔江区国民经济和社会发展",
        "第十四个五年规划和二三五年远景目标纲要的通",
        "各乡、镇人民政府,各街道办事处,区政府各部门,有关单位:",
        f"《{title.replace('〇', '')}》已经区第四届人民代表大会第五次会议批准,印发给你们,请认真贯彻执行",
    )
    assert record.plan.title == title


@pytest.mark.parametrize(
    "opening",
    [
        # probe5 h979 (101.200.227.21/plan/39620), headerless: the plan named only where it is weighed
        "“十四五”时期,是沙湾市在全面建成小康社会之后的第一个五年。科学编制实施"
        "《塔城地区沙湾市(新疆塔城重点开发开放试验区沙湾市分区)国民经济和社会发展规划(2021-2025年)》,"
        "对于沙湾市深入贯彻新时代党的治疆方略,具有重大战略和现实意义。",
        # probe5 h980 (gcs66.com/document_detail/48500.html), its site lines left off
        "“十四五”时期,是第一师阿拉尔市建设区域中心城市的重要时期。科学编制实施"
        "《塔城地区沙湾市(新疆塔城重点开发开放试验区沙湾市分区)国民经济和社会发展规划(2021-2025年)》,"
        "意义十分重大。",
    ],
    ids=["shawan", "alar-wording"],
)
def test_a_headerless_outline_is_named_where_its_first_paragraph_weighs_it(opening: str) -> None:
    record = _parse(opening)
    assert record.plan.title == (
        "塔城地区沙湾市(新疆塔城重点开发开放试验区沙湾市分区)国民经济和社会发展规划(2021-2025年)"
    )


def test_a_plan_carried_out_is_not_the_pages_own() -> None:
    # 贯彻实施《X》 cites a plan carried out; only 编制实施 makes the plan this text is
    with pytest.raises(IngestError):
        _parse("认真贯彻实施《塔城地区国民经济和社会发展第十四个五年规划纲要》,对于全区发展具有重大意义。")


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (("团队动态", "发布日期:2022-04-21 浏览次数:"), None),  # o013: an anonymous repost
        (("发布机构 :宁夏回族自治区市场监督管理厅 发布日期 :2022-04-21",), "2022-04-21"),
    ],
    ids=["anonymous-repost", "issuer-named"],
)
def test_a_posting_date_is_the_plans_only_where_the_page_names_its_issuer(
    header: tuple[str, ...], published: str | None
) -> None:
    plan = _parse(
        "宁夏回族自治区知识产权保护和运用“十四五” 规划", *header, "为加快推进知识产权强区建设,特制定本规划。"
    ).plan
    assert plan.published == published


TONGLING_PAGE = "http://www.tl.gov.cn/xxgk/zcfg/gfwj/201701/t20170123_337394.html"
REPOST_PAGE = "http://worldnewsnest.com/info/1034/2056.html"


@pytest.mark.parametrize(
    ("source", "header", "published"),
    [
        # o022's government site: its posting date stands for the plan's even with no issuer named
        (f"# source: {TONGLING_PAGE}", ("生成日期 :2016-12-07",), "2016-12-07"),
        # o013's repost site: no date of its own is the plan's, whether or not the page names the issuer
        (f"# source: {REPOST_PAGE}", ("团队动态", "发布日期:2022-04-21 浏览次数:"), None),
        (f"# source: {REPOST_PAGE}", ("发布机构 :宁夏回族自治区市场监督管理厅 发布日期 :2022-04-21",), None),
    ],
    ids=["government-site", "repost-site", "repost-site-issuer-named"],
)
def test_a_posting_date_is_the_plans_only_on_the_issuers_own_site(
    source: str, header: tuple[str, ...], published: str | None
) -> None:
    plan = _parse(
        source,
        "# retrieved-via: pages corpus excerpt",
        "宁夏回族自治区知识产权保护和运用“十四五” 规划",
        *header,
        "为加快推进知识产权强区建设,特制定本规划。",
    ).plan
    assert plan.published == published


@pytest.mark.parametrize(
    ("source", "header", "published"),
    [
        # probe6 p611: a district's consultation page, the date before its source and no label
        (
            "# source: http://yjzj.qdlc.gov.cn/?yjzjandjgfk/43.html",
            (
                "关于《李沧区“十四五”数字经济产业发展专项规划(2021-2023)》 向社会公开征求意见的通知",
                "2021-03-02 信息来源:区大数据局",
            ),
            "2021-03-02",
        ),
        # check h603 without its signature: the time and a run of spaces between date and source
        (
            "# source: http://scjdglj.gxzf.gov.cn/zwgk/fdzdgk/ghjh/zcqgh/t15583395.shtml",
            (
                "广西知识产权战略实施工作厅际联席会议办公室关于印发《广西壮族自治区知识产权保护和运用“十四五”规划》的通知",
                "2021-11-26 11:00     来源:广西壮族自治区市场监督管理局",
            ),
            "2021-11-26",
        ),
        # the same line on a repost site is the repost's
        (
            f"# source: {REPOST_PAGE}",
            ("宁夏回族自治区知识产权保护和运用“十四五” 规划", "2022-04-21 来源:本站"),
            None,
        ),
    ],
    ids=["consultation-page", "time-and-spaces", "repost-site"],
)
def test_a_posting_line_may_print_its_date_before_its_source(
    source: str, header: tuple[str, ...], published: str | None
) -> None:
    plan = _parse(
        source, "# retrieved-via: pages corpus excerpt", *header, "为加快推进发展,特制定本规划。"
    ).plan
    assert plan.published == published


@pytest.mark.parametrize(
    ("source", "header", "published"),
    [
        # check h613 (webtv1.ccsobey.com): the notice's title, then its dateline
        ("http://webtv1.ccsobey.com/cydst/zwmk/gggs/27635946.shtml", ("2016-11-02 14:40:28",), "2016-11-02"),
        # probe2 h706 (ah.anhuinews.com): a news story's bulleted dateline above its source
        (
            "http://ah.anhuinews.com/szxw/202109/t20210911_5523708.html",
            ("  • 2021-09-11 07:07", "  • 来源: 中安在线"),
            "2021-09-11",
        ),
        # check h605 (zh.wikisource.org): the date the library gives the text it carries
        ("https://zh.wikisource.org/wiki/x", ("2021年3月28日",), "2021-03-28"),
        # o013 and check h614/h615: a labelled posting field or a machine timestamp is the copy's date
        (REPOST_PAGE, ("团队动态", "发布日期:2022-04-21 浏览次数:"), None),
        (
            "http://www.ilynn.cn/document_detail/48353.html",
            ("[可行性研究报告 - 规划计划] 发表于:2022-08-15 15:33:40",),
            None,
        ),
        ("http://www.yzett.com/detail/41/132183", ("2025-06-29 11:36:17 +0000 UTC前 言",), None),
    ],
    ids=["dateline", "news-dateline", "library-date", "posting-field", "posted-at", "utc-timestamp"],
)
def test_a_dateline_under_the_headline_dates_the_text_a_posting_field_does_not(
    source: str, header: tuple[str, ...], published: str | None
) -> None:
    plan = _parse(
        f"# source: {source}",
        "关于印发城阳区质量强区建设“十四五”规划的通知",  # (a period ending before a date would refuse it)
        *header,
        "为提高我区质量总体水平,特制定本规划。",
    ).plan
    assert plan.published == published


def test_a_notice_cited_in_the_preamble_is_not_the_pages_own_but_one_handed_down_is() -> None:
    # o025's notice: 按照 before 现将《X》印发给你们 still hands X down; 根据…关于印发Y的通知 cites Y
    plan = _parse(
        "按照市人民政府工作安排现将《通辽市“十四五”市场监管规划》印发给你们,请认真贯彻执行。",
        "根据内蒙古自治区人民政府办公厅关于印发内蒙古自治区“十四五”市场监管规划的通知精神,制定本规划。",
    ).plan
    assert plan.title == "通辽市“十四五”市场监管规划"


# No dev document prints its issuer this way (h019/h029 of the held-out set do): written lines.
@pytest.mark.parametrize(
    ("lines", "issuer", "published"),
    [
        # a byline under the title, the body and its verb alone on a line
        (
            ("古田县国民经济和社会发展第十四个五年规划纲要", "古田县人民政府制定", "前 言"),
            "古田县人民政府",
            None,
        ),
        # a summary page's sentence that names the plan and dates its issue
        (
            (
                "台州市社会信用体系建设“十四五”规划",
                "《台州市社会信用体系建设“十四五”规划》已经台州市人民政府同意,"
                "台州市人民政府办公室2021年10月13日印发。",
            ),
            "台州市人民政府办公室",
            "2021-10-13",
        ),
        # the same sentence about ANOTHER plan names that plan's issuer, not this one's
        (
            (
                "台州市社会信用体系建设“十四五”规划",
                "《浙江省社会信用体系建设“十四五”规划》已经省政府同意,浙江省人民政府办公厅2021年6月1日印发。",
            ),
            None,
            None,
        ),
        # the preamble naming the body that drew the plan up (probe3 h914, mckillo.com/xinjiang/gtkjgh)
        (
            (
                "前 言",
                "为贯彻党的二十大精神,加快建立国土空间开发保护制度,新疆维吾尔自治区人民政府组织编制"
                "《新疆维吾尔自治区国土空间规划(2021-2035年)》(以下简称《规划》)。",
            ),
            "新疆维吾尔自治区人民政府",
            None,
        ),
        # bodies drawing it up jointly, each by its scoped short form (probe2 h708's preamble, no notice)
        (
            (
                "海南省“十四五”水资源利用与保护规划",
                "前 言",
                "按照海南省关于“十四五”规划编制工作的总体要求,省水务厅、省发展改革委组织编制"
                "《海南省“十四五”水资源利用与保护规划》。",
            ),
            "海南省水务厅、海南省发展和改革委员会",
            None,
        ),
        # a compiler's byline on the cover (check50 bb09, a district's outline)
        (
            ("黄陂区国民经济和社会发展第十四个五年规划", "黄陂区发展和改革局 编", "二○二一年六月"),
            "黄陂区发展和改革局",
            None,
        ),
        # an official document's colophon: the printing body and its day (check41 as08)
        (
            ("杨浦区民防建设发展“十四五”规划", " 上海市杨浦区民防办公室           2022年2月18日印发"),
            "上海市杨浦区民防办公室",
            "2022-02-18",
        ),
        # a sentence on how the plan was made, in whose name it went out (check40 ar10)
        (
            (
                "青阳县国家质量强县培育建设工作实施方案",
                "形成《青阳县国家质量强县培育建设工作实施方案(送审稿)》报县政府送签,"
                "8月28日以青阳县人民政府办公室名义印发。",
            ),
            "青阳县人民政府办公室",
            None,
        ),
        # …but not a sentence in whose name another document went out
        (
            (
                "青阳县国家质量强县培育建设工作实施方案",
                "2020年以县政府办公室名义印发了《青阳县质量提升行动方案》。",
            ),
            None,
            None,
        ),
        # a reference page saying whose plan it is (probe9 q912, newton.com.tw)
        (
            (
                "化德縣婦女發展規劃 (2021—2030年)",
                "《化德縣婦女發展規劃 (2021—2030年)》是化德縣人民政府發布的發展規劃。",
            ),
            "化德县人民政府",
            None,
        ),
    ],
    ids=[
        "byline",
        "dated-sentence",
        "another-plans-sentence",
        "drawn-up-by",
        "drawn-up-jointly",
        "compiler",
        "colophon",
        "in-whose-name",
        "another-in-whose-name",
        "reference-page",
    ],
)
def test_an_issuer_stated_in_words_is_read_where_no_signature_is(
    lines: tuple[str, ...], issuer: str | None, published: str | None
) -> None:
    plan = _parse(*lines, "为加快推进社会信用体系建设,特制定本规划。").plan
    assert ("、".join(i.name for i in plan.issuers) or None) == issuer
    assert plan.published == published


# Opinions and emergency plans are plans users bring (pages corpus: 0798ci.com/law/8240.html,
# imasd-velecdom.com show.aspx?ES=41ht5, sangco.com.cn post_3608759, chaincenturyfinance.com/tzgg/2421).
@pytest.mark.parametrize(
    ("lines", "title", "issuer", "region"),
    [
        (  # the heading on one line, its preamble ending 提出以下实施意见
            (
                "山东省人民政府关于深化预算管理制度改革的实施意见",
                "鲁政发〔2014〕20号",
                "各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:",
                "根据新修订的《中华人民共和国预算法》有关要求,现就深化我省预算管理制度改革提出以下实施意见:",
            ),
            "山东省人民政府关于深化预算管理制度改革的实施意见",
            "山东省人民政府",
            "山东省",
        ),
        (  # the heading broken over two lines
            (
                "国务院关于推动内蒙古高质量发展",
                "奋力书写中国式现代化新篇章的意见",
                "国发〔2023〕16号",
                "为深入贯彻落实习近平总书记重要讲话和指示批示精神,奋力书写中国式现代化内蒙古新篇章,现提出如下意见。",
            ),
            "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见",
            "国务院",
            "全国",
        ),
        (  # the number alone above the heading is no part of it; traditional script
            (
                "東府〔2021〕54號",
                "東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見",
                "各鎮人民政府(街道辦事處),市府直屬各單位:",
                "為貫徹落實《廣東省人民政府關于印發廣東省進一步穩定和擴大就業若干政策措施的通知》,提出如下意見:",
            ),
            "东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见",
            "东莞市人民政府",
            "东莞市",
        ),
        (  # 省人民政府 by its kind alone: the province its number (鄂政发) belongs to
            (
                "省人民政府關于",
                "進一步優化營商環境的若干意見",
                "鄂政發〔2018〕26號",
                "為深入貫徹習近平總書記關于加大營商環境改革力度的重要指示精神,結合我省實際,提出如下意見。",
            ),
            "省人民政府关于进一步优化营商环境的若干意见",
            "湖北省人民政府",
            "湖北省",
        ),
    ],
)
def test_an_opinion_is_a_plan_titled_and_issued_by_its_heading(
    lines: tuple[str, ...], title: str, issuer: str, region: str
) -> None:
    plan = _parse(*lines).plan
    assert (plan.title, plan.region.name) == (title, region)
    assert [i.name for i in plan.issuers] == [issuer]


def test_an_emergency_plan_heading_is_a_plan_title() -> None:
    # smwenxue.com/article/1249081: the page opens on the 预案's own heading
    record = _parse(
        "涿鹿县煤矿事故灾难应急预案", "1.总则", "建立健全全县煤矿安全生产事故灾难救援体系,制定本预案。"
    )
    assert (record.plan.title, record.plan.region.name) == ("涿鹿县煤矿事故灾难应急预案", "涿鹿县")


def test_bodies_issuing_jointly_are_each_an_issuer() -> None:
    # lr5.cn/2024/08/07/47893.html: the bodies stand one after another, a space between them
    record = _parse(
        "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局"
        " 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知",
        "各区(市)县政府(管委会),市级有关部门,有关单位:",
        "经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实.",
    )
    assert [i.name for i in record.plan.issuers] == [
        "成都市发展和改革委员会",
        "中共成都市委社会工作部",
        "成都市规划和自然资源局",
        "成都市住房和城乡建设局",
    ]


@pytest.mark.parametrize(
    ("table", "number", "signed"),
    [
        # lssme.org.cn/zcfg/show.php?itemid=17: the cell bar stands for the colon
        ("文 号 | 德府发〔2016〕20号 | 发文日期 | 2016-11-04 | ||", "德府发〔2016〕20号", "2016-11-04"),
        # lucheng.gov.cn art_1229443018_2039002: the same table layout on another site
        ("文号 | 鹿山政〔2020〕72号 |", "鹿山政〔2020〕72号", None),
    ],
)
def test_a_tables_cell_bar_stands_for_a_fields_colon(table: str, number: str, signed: str | None) -> None:
    plan = _parse(table, "德阳市推广政府和社会资本合作模式实施方案", "结合我市实际,制定本方案。").plan
    assert (plan.doc_number, plan.published) == (number, signed)


@pytest.mark.parametrize(
    ("lines", "number", "level"),
    [
        (  # check2 h815 (xianan.gov.cn t20190410_1659294): under the posting line, its 号 not printed
            (
                "关于印发咸安区进一步优化营商环境 实施方案的通知",
                "来源:咸安区人民政府办公室 发布日期:2019-03-15 字体:【",
                "咸安政发〔2019〕1 ",
            ),
            "咸安政发〔2019〕1",
            "district",
        ),
        (  # check2 h802 (standardcnjc.com news 238): under the joint issuers; its prefix makes it national
            (
                "国家标准化管理委员会",
                "中华人民共和国商务部",
                "国标委联[2021] 36",
                "“十四五”推动高质量发展的国家标准体系建设规划",
            ),
            "国标委联[2021]36",
            "national",
        ),
    ],
)
def test_a_number_alone_on_its_line_is_read_without_its_号(
    lines: tuple[str, ...], number: str, level: str
) -> None:
    plan = _parse(*lines, "为加快构建国家标准体系,制定本规划。").plan
    assert (plan.doc_number, plan.level) == (number, level)


def test_a_plan_title_may_say_关于_and_a_forwarding_line_may_say_审议通过() -> None:
    # aloodi.com art_1229560968_1776040 (鄞州区): no notice title, the plan's own heading says 关于
    record = _parse(
        "各鎮政府、街道辦事處,區政府各部門、直屬單位:",
        "《鄞州區關于大力實施“224X”先進制造業集群培育推動制造業高質量發展的行動方案(2023—2027年)》"
        "已經區政府第29次常務會議審議通過,現印發給你們,請認真貫徹落實。",
        "寧波市鄞州區人民政府",
        "2023年6月15日",
    )
    title = "鄞州区关于大力实施“224X”先进制造业集群培育推动制造业高质量发展的行动方案(2023—2027年)"
    assert (record.plan.title, record.plan.region.name) == (title, "鄞州区")


@pytest.mark.parametrize(
    ("fields", "issuer", "published"),
    [
        (  # sd.010b.com/policy/detail/171633: a policy database's field block on a site not the issuer's
            ("发布部门:济宁市任城区人民政府", "发布时间:2021年08月28日", "政策文号:济任政字〔2021〕28号"),
            "济宁市任城区人民政府",
            "2021-08-28",
        ),
        (  # laodongfa.com/stadata/bmgz/7504: the same block, its date the one the signature gives
            ("发文机关:山西省人民政府", "发布日期:2018年03月27日", "文号 :晋政发〔2018〕13号"),
            "山西省人民政府",
            "2018-03-27",
        ),
        (  # check2 h801 (nxslhyxh.com news_126/567): a trade association's repost of the ministry's plan
            (
                "“十四五”水安全保障规划",
                "发布日期:2022-03-25 10:15:08 作者:admin 来源:水利部网站 点击:4339",
                "“十四五”水安全保障规划",
                "二〇二一年十二月",
            ),
            "中华人民共和国水利部",
            "2022-03-25",
        ),
        (  # kjdn.kjj.jinhua.gov.cn policy/regulation detail 40288155754f2680017562a69b4108cd: a city's
            # policy library names the ministry by its portal (its fields as printed; no title quoted)
            (
                "发布机构:科技部门户网站 文号:国科发专〔2017〕145号",
                "公开日期: 2018-03-05 有效性: 有效",
            ),
            "中华人民共和国科学技术部",
            "2018-03-05",
        ),
    ],
)
def test_a_field_naming_the_issuer_or_its_website_dates_the_plan(
    fields: tuple[str, ...], issuer: str, published: str
) -> None:
    plan = _parse(*fields, "为整体提升农产品质量安全水平,结合实际,制定本方案。").plan
    assert ([i.name for i in plan.issuers], plan.published) == ([issuer], published)


def test_an_issuer_field_naming_a_governments_office_by_its_short_form_names_it_in_full() -> None:
    # check2 h819 (gssn.gov.cn t20220426_835922): 县政府办 is the county government's general office,
    # 肃南县 the autonomous county's short form (zjkyx.gov.cn prints 发布机构:政府办, too)
    plan = _parse(
        "关于印发肃南裕固族自治县“十四五” 扶持人口较少民族发展规划的通知",
        "索引号 620721003/2022-00111 发文字号 肃政办发〔2022〕50号",
        "关键词 发布机构 肃南县政府办;肃南县民宗局",
        "肃南裕固族自治县扶持人口较少民族发展规划(2021-2025年)",
    ).plan
    assert [i.name for i in plan.issuers] == ["肃南裕固族自治县人民政府办公室"]


def test_an_issuer_field_may_lose_its_colon() -> None:
    # liangshan.gov.cn art_59710_2751643
    plan = _parse("发布机构 梁山县人民政府办公室 组配分类 梁政发", "梁山县突发事件总体应急预案").plan
    assert [i.name for i in plan.issuers] == ["梁山县人民政府办公室"]


def test_a_headerless_sector_plan_is_its_own_outlines_divisions() -> None:
    # probe h507 (xjyl.gov.cn): 州直 names no division, 我国 does not make it national
    record = parse_document(
        "page.txt",
        "市场监管是政府的重要职能。为贯彻落实党的十九届六中全会精神,进一步优化市场环境,依据《新疆维吾尔自治区市场监管"
        "“十四五”规划》和《伊犁哈萨克自治州国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,制定本规划。\n"
        "一、“十三五”发展成效\n“十三五”时期是我国发展极不平凡的五年,伊犁州直市场监管系统坚持党的全面领导。\n",
    )
    assert (record.plan.level, record.plan.region.name) == ("city", "伊犁哈萨克自治州")


@pytest.mark.parametrize(
    ("lines", "title", "issuer"),
    [
        (  # yiyang.gov.cn content_1594306: the issuer in front, the draft mark outside 《》
            (
                "益阳市城市管理和综合执法局 关于《益阳市中心城区绿道专项规划(2021-2035)》(征求意见稿)"
                " 公开征求意见的公告",
                "发布时间:2022-06-02 17:33 作者: 来源:市城市管理和综合执法局办公室",
                "附件:益阳市中心城区绿道专项规划(征求意见稿).pdf",
                "益阳市城市管理和综合执法局",
                "2022年6月2日",
            ),
            "益阳市中心城区绿道专项规划(2021-2035)",
            "益阳市城市管理和综合执法局",
        ),
        (  # ghzyj.sh.gov.cn 20240223: the draft mark inside 《》
            (
                "关于《上海市特色村落风貌保护传承专项规划(草案)》征求公众意见的公告",
                "尊敬的市民朋友:",
                "上海市规划和自然资源局",
                "2024年2月23日",
            ),
            "上海市特色村落风貌保护传承专项规划",
            "上海市规划和自然资源局",
        ),
        (  # dnr.sc.gov.cn 2021/6/10: 征求《X(草案)》社会公众意见
            (
                "关于征求《四川省国土空间规划(2020—2035年)(草案)》社会公众意见的公告",
                "附件:四川省国土空间规划(2020—2035年)(草案)(公示版)",
                "四川省自然资源厅",
                "2021年6月10日",
            ),
            "四川省国土空间规划(2020—2035年)",
            "四川省自然资源厅",
        ),
    ],
)
def test_a_draft_put_out_for_comment_is_the_plan_it_drafts(
    lines: tuple[str, ...], title: str, issuer: str
) -> None:
    plan = _parse(*lines).plan
    assert plan.title == title
    assert [i.name for i in plan.issuers] == [issuer]
    assert plan_id(f"{title}(征求意见稿)") == plan_id(f"{title}(草案)") == plan_id(title)


@pytest.mark.parametrize(
    "crumbs",
    [
        # the trails of dnr.sc.gov.cn (首页 / 互动交流 / …) and zg-xc.gov.cn (首页->信息公开->…), their last
        # step a site column named after a plan kind, as 政务公开 columns are (规划计划, 专项规划)
        "首页 / 互动交流 / 规划计划",
        "您所在的位置:首页->信息公开->行政决策公开->专项规划",
        "首页 > 政务公开 > 规划计划 > 湖州市市场监管“十四五”规划",
        # beijing.gov.cn's big5 gateway (check h606) prints the trail without its 首页
        "政務公開 > 規劃 > 五年規劃 > 長期規劃",
        "政务公开 > 规划计划 > 湖州市市场监管“十四五”规划",
    ],
)
def test_a_breadcrumb_trail_is_no_title_but_its_last_step_may_be(crumbs: str) -> None:
    record = _parse(
        crumbs, "湖州市市场监管“十四五”规划", "为加快推进市场监管现代化,结合我市实际,制定本规划。"
    )
    assert record.plan.title == "湖州市市场监管“十四五”规划"


@pytest.mark.parametrize(
    ("upload", "published"),
    [("2024-05-20", None), ("2021-06-20", None)],
    ids=["after-the-period", "within-the-period"],
)
def test_a_file_name_heads_the_plan_and_its_upload_date_is_no_publication_date(
    upload: str, published: str | None
) -> None:
    # probe4 h951 (szcn-led.com, a docx listing; book118 and tikuw print their files' names the same way):
    # the date under the uploader is the upload's, within the plan's period or after it (the golds of
    # all five such readable pages, check32 ai09 and check33 aj12 among them, have no date)
    plan = _parse(
        "諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx",
        "下載文檔",
        "上傳人:Le****97",
        upload,
        "為提高突發事件應急保障能力和水平,結合我市實際,制定如下行動計劃。",
    ).plan
    assert (plan.title, plan.period) == (
        "诸城市重大突发事件应急保障体系建设行动计划方案(2021-2022年)",
        "2021-2022",
    )
    assert (plan.level, plan.region.name, plan.published) == ("county", "诸城市", published)


def test_a_library_headline_frames_the_title_with_its_publisher_and_a_bracketed_date() -> None:
    # probe4 h954 (gongwk.com): 国务院发布 X(20230314) — the press verb in front, the upload date behind
    plan = _parse(
        "国务院发布 “十四五”数字经济发展规划(20230314)",
        "加入Vip免费下载 立即下载",
        "为推动我国数字经济健康发展,依据《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,"
        "制定本规划。",
    ).plan
    assert (plan.title, plan.level, plan.published) == ("“十四五”数字经济发展规划", "national", None)


def test_a_party_committee_and_a_government_glued_in_a_title_are_two_issuers() -> None:
    # probe4 h957 (ct.ahsz.gov.cn); dev o022 cites 中共铜陵市委铜陵市人民政府关于… the same way
    title = "中共宿州市委宿州市人民政府关于深化文旅融合彰显宿州魅力加快建设高品质旅游强市的实施意见"
    plan = _parse(
        title, "宿发〔2023〕11号", "为促进文化和旅游深度融合,加快建设高品质旅游强市,制定如下实施意见。"
    ).plan
    assert plan.title == title
    assert [i.name for i in plan.issuers] == ["中共宿州市委", "宿州市人民政府"]
    assert (plan.level, plan.region.name) == ("city", "宿州市")


@pytest.mark.parametrize(
    ("lines", "title", "division"),
    [
        (  # probe3 h910 (gcs66.com): the site's box adds the city; the plan's heading breaks over lines
            (
                "前言",
                "巴彦淖尔市乌拉特后旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                "详情",
                "乌拉特后旗国民经济和社会发展",
                "第十四个五年规划和二 〇 三五年",
                "远景目标纲要",
            ),
            "乌拉特后旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            ("乌拉特后旗", "county"),
        ),
        (  # check h614 (ilynn.cn), traditional
            (
                "前言",
                "漢中市勉縣國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要",
                "詳情",
                "",
                "勉縣國民經濟和社會發展第十四個五年規劃和2035 年遠景目標綱要",
            ),
            "勉县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            ("勉县", "county"),
        ),
        (  # check2 h808 (ysx.gov.cn t20171212_845649): the county's site reposts the prefecture's outline
            (
                "永顺县人民政府-湘西州国民经济和社会发展第十三个五年规划纲要",
                "湘西州国民经济和社会发展第十三个五年规划纲要",
                "来源: 发布时间:2017-08-01 10:51:59 字体大小:",
            ),
            "湘西州国民经济和社会发展第十三个五年规划纲要",
            ("湘西土家族苗族自治州", "city"),  # 湘西州, a prefecture
        ),
    ],
    ids=["banner", "county", "site"],
)
def test_a_heading_printed_again_without_the_city_or_site_in_front_is_the_plans_own(
    lines: tuple[str, ...], title: str, division: tuple[str, str]
) -> None:
    plan = _parse(*lines, "根据《中共中央关于制定…的建议》,特编制本纲要。").plan
    assert (plan.title, (plan.region.name, plan.level)) == (title, division)


def test_a_catalogue_row_whose_value_is_a_kind_of_plan_is_no_title() -> None:
    # probe4 h959 (jinxiang.gov.cn): the row's value 发展计划 ends like a plan's title
    plan = _parse(
        "索  引  号 113708280043358015/2021-01956 公开方式 主动公开",
        "发布机构 金乡县发展和改革局 组配分类 发展计划",
        "成文日期 2021-02-22 废止日期",
        "金乡县2021年国民经济和社会发展计划",
        "金乡县人民政府",
        "关于下达金乡县2021年国民经济和社会发展计划的通知",
        "现将金乡县2021年国民经济和社会发展计划下达给你们,请认真组织实施。",
    ).plan
    assert plan.title == "金乡县2021年国民经济和社会发展计划"


def test_a_metadata_field_is_no_title_and_a_period_may_print_each_year_with_its_nian() -> None:
    # check h606 (beijing.gov.cn): a numbered field list whose values end in a kind of plan, then the
    # heading, its period printed (2016年—2035年)
    plan = _parse(
        "  1. [主題分類] 城鄉建設、環境保護/城市規劃",
        "  2. [規劃分類] 長期規劃",
        "  3. [發文單位] 北京市規劃和國土資源管理委員會",
        "  4. [發佈日期] 2017-09-29 00:00",
        "",
        "北京城市總體規劃(2016年—2035年)",
        "為深入貫徹落實習近平總書記視察北京重要講話精神,制定本規劃。",
    ).plan
    assert (plan.title, plan.period) == ("北京城市总体规划(2016年—2035年)", "2016-2035")
    assert (plan.level, plan.region.name) == ("province", "北京市")


@pytest.mark.parametrize(
    ("lines", "region"),
    [
        (  # cqszx.gov.cn t20230427_11919358: a county of the municipality 重庆市 is a county
            (
                "石柱土家族自治县人民政府办公室关于印发《石柱土家族自治县地质灾害应急预案》的通知",
                "石柱府办发〔2023〕41号",
                "《石柱土家族自治县地质灾害应急预案》已经县政府同意,现印发给你们,请认真贯彻落实。",
                "石柱土家族自治县人民政府办公室",
                "2023年4月18日",
            ),
            "石柱土家族自治县",
        ),
        (  # kuaibao.lzzcloud.net 715124: the outline of another 重庆 county
            ("秀山土家族苗族自治县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",),
            "秀山土家族苗族自治县",
        ),
    ],
)
def test_a_municipalitys_county_is_a_county(lines: tuple[str, ...], region: str) -> None:
    plan = _parse(*lines).plan
    assert (plan.region.name, plan.level) == (region, "county")
    assert [step.name for step in plan.region.path] == ["重庆市", region]


@pytest.mark.parametrize(
    ("heading", "preamble", "parents", "laws"),
    [
        (  # o029: 法 and 条例 stay laws; the 管理办法 after 根据 is the plan's base, kind other
            "青浦区创建国家食品安全示范城市工作方案",
            "为贯彻落实《中华人民共和国食品安全法》《上海市食品安全条例》,根据国务院食品安全办"
            "《国家食品安全示范城市评价与管理办法》(食安办〔2021〕5号)的要求,特制定本方案。",
            ["国家食品安全示范城市评价与管理办法"],
            ["食品安全法", "上海市食品安全条例"],
        ),
        (  # the Jiading sponge-city plan: a municipal 管理办法 among the plans it is based on
            "嘉定区系统化全域推进海绵城市建设的实施方案",
            "为贯彻落实《国务院办公厅关于推进海绵城市建设的指导意见》等文件精神,根据《上海市海绵城市专项规划"
            "(2016-2035)》《上海市海绵城市规划建设管理办法》(沪住建规范联〔2023〕11号),制定本方案。",
            [
                "国务院办公厅关于推进海绵城市建设的指导意见",
                "上海市海绵城市专项规划(2016-2035)",
                "上海市海绵城市规划建设管理办法",
            ],
            [],
        ),
    ],
    ids=["o029-qingpu", "jiading-sponge-city"],
)
def test_a_rule_cited_as_the_base_is_a_parent_and_no_law(
    heading: str, preamble: str, parents: list[str], laws: list[str]
) -> None:
    record = _parse(heading, preamble)
    assert [p.title for p in record.parents] == parents
    assert [m.name for m in record.mentions if m.label == "Law"] == laws


def test_an_emergency_plan_is_based_on_the_emergency_plans_above_it() -> None:
    # Xingyang's weather-disaster 预案: the laws stay laws; the 预案 of the nation, province and city
    # are its bases
    record = _parse(
        "荥阳市人民政府办公室",
        "关于印发荥阳市气象灾害应急预案的",
        "通 知",
        "荥政办〔2015〕67号",
        "《荥阳市气象灾害应急预案》已经市人民政府同意,现印发给你们,请结合实际,认真贯彻执行。",
        "荥阳市人民政府办公室",
        "2015年11月16日",
        "荥阳市气象灾害应急预案",
        "1 总则",
        "1.2 编制依据",
        "依据《中华人民共和国突发事件应对法》、《中华人民共和国气象法》、《国家突发公共事件总体应急预案》、"
        "《国家气象灾害应急预案》、《河南省气象灾害应急预案》、《河南省气象灾害防御条例》和"
        "《郑州市气象灾害应急预案》等法律、法规和规范性文件,制定本预案。",
    )
    assert [p.title for p in record.parents] == [
        "国家突发公共事件总体应急预案",
        "国家气象灾害应急预案",
        "河南省气象灾害应急预案",
        "郑州市气象灾害应急预案",
    ]
    laws = [m.name for m in record.mentions if m.label == "Law"]
    assert laws == ["突发事件应对法", "气象法", "河南省气象灾害防御条例"]


@pytest.mark.parametrize(
    ("opening", "parents"),
    [
        (  # Huoqiu's 新店镇 预案: the 编制依据 section lists its bases with no verb around them
            "新店镇突发公共事件总体应急预案\n1. 总则\n1.1 编制目的\n"
            "为了提高政府保障公共安全和处置各种突发公共事件的能力,特制定本预案。\n1.2 编制依据\n"
            "宪法及《中华人民共和国突发事件应对法》和《霍邱县人民政府突发公共事件总体应急预案》等。\n"
            "1.3 突发公共事件及其类别\n本预案所称突发公共事件是指突然发生的紧急事件,"
            "依照《安徽省人民政府突发公共事件总体应急预案》执行。",
            ["霍邱县人民政府突发公共事件总体应急预案"],
        ),
        (  # the section may be the plan's first heading, before any sentence that says it is made
            "荥阳市气象灾害应急预案\n一、编制依据\n依据《中华人民共和国气象法》、《河南省气象灾害应急预案》和"
            "《郑州市气象灾害应急预案》,制定本预案。\n二、适用范围\n本预案适用于气象灾害事件的防范和应对,"
            "依照《国家气象灾害应急预案》执行。",
            ["河南省气象灾害应急预案", "郑州市气象灾害应急预案"],
        ),
    ],
    ids=["huoqiu-xindian", "xingyang-first-heading"],
)
def test_a_basis_section_lists_the_parents(opening: str, parents: list[str]) -> None:
    nt = normalise(opening)
    title = opening.split("\n", 1)[0]
    assert [p.title for p in extract_parents("page.txt", nt, len(title), title)] == parents


@pytest.mark.parametrize(
    ("title", "preamble", "parents"),
    [
        (  # Zhejiang's 2009 实施意见: 提出以下实施意见 says the document is made, as 制定本方案 does
            "浙江省人民政府贯彻国务院关于进一步推进长江三角洲地区改革开放和经济社会发展指导意见的实施意见",
            "为贯彻《国务院关于进一步推进长江三角洲地区改革开放和经济社会发展的指导意见》(国发[2008]30号,"
            "以下简称《指导意见》)精神,现结合我省实际,按照突出重点的原则,提出以下实施意见。",
            ["国务院关于进一步推进长江三角洲地区改革开放和经济社会发展的指导意见"],
        ),
        (  # Henan's 2006 决定: 特作如下决定
            "中共河南省委 河南省人民政府关于增强自主创新能力建设创新型河南的决定",
            "为全面贯彻落实《中共中央、国务院关于实施科技规划纲要增强自主创新能力的决定》(中发〔2006〕4号)、"
            "《国家中长期科学和技术发展规划纲要(2006—2020年)》(国发〔2005〕44号),实施自主创新跨越发展战略,"
            "增强我省自主创新能力,建设创新型河南,特作如下决定。",
            [
                "中共中央、国务院关于实施科技规划纲要增强自主创新能力的决定",
                "国家中长期科学和技术发展规划纲要(2006—2020年)",
            ],
        ),
        (  # Hunan's 2009 通知: 现就…有关问题通知如下
            "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知",
            "根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发〔2009〕3号)精神,结合我省实际,"
            "经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:",
            ["国务院办公厅关于加强普通高等学校毕业生就业工作的通知"],
        ),
    ],
    ids=["zhejiang-opinion", "henan-decision", "hunan-notice"],
)
def test_an_opinion_decision_or_notice_says_it_is_made_with_its_own_formula(
    title: str, preamble: str, parents: list[str]
) -> None:
    text = f"{title}\n{preamble}\n一、总体要求\n加强工作。\n"
    assert [p.title for p in extract_parents("page.txt", normalise(text), len(title), title)] == parents


def test_the_preamble_after_a_table_of_contents_names_the_parent() -> None:
    # Jingmen's 市场监管“十四五”规划 on a document site: a contents list of chapter headings, the title
    # again, then the preamble
    record = _parse(
        "(荆门市)荆门市市场监管“十四五”规划",
        "目录",
        "第一章 发展现状和面临形势",
        "“十三五”时期市场监管工作回顾",
        "二、当前市场监管工作面临的形势",
        "第二章 指导思想与发展目标",
        "第八章 强化规划实施保障",
        "荆门市市场监管“十四五”规划",
        "市场监管是现代政府五大基本职能之一。本规划作为政府总体规划的子规划,依据《荆门市国民经济和社会发展"
        "第十四个五年规划和2035年远景目标纲要》要求,围绕切实加强政府市场监管职能,提出未来五年市场监管的"
        "指导思想、总体目标和工作路径。",
    )
    assert [p.title for p in record.parents] == [
        "荆门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    ]


@pytest.mark.parametrize(
    ("cited", "meant"),
    [
        (  # cited by Yueyang's 2017 实施意见 and by Beijing's 2016 政务公开工作要点
            "中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知",
            "关于全面推进政务公开工作的意见",
        ),
        (  # cited by Yueyang's 2017 实施意见
            "中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知",
            "关于全面推进政务公开工作的实施意见",
        ),
        ("国务院办公厅关于印发“十四五”国家信息化规划的通知", "“十四五”国家信息化规划"),
        # papers of no plan kind are what the notice hands down all the same: check15 j04 and j13, probe6
        # p613 (the county's 专业镇 scheme rests on the province's policies)
        ("国务院办公厅关于印发政府网站发展指引的通知", "政府网站发展指引"),
        (
            "陕西省发展和改革委员会关于印发陕西省个人诚信体系建设重点任务分工的通知",
            "陕西省个人诚信体系建设重点任务分工",
        ),
        (
            "山西省人民政府办公厅关于印发山西省支持专业镇高质量发展若干政策的通知",
            "山西省支持专业镇高质量发展若干政策",
        ),
    ],
)
def test_a_notice_that_issues_a_document_means_that_document_with_or_without_关于(
    cited: str, meant: str
) -> None:
    assert parent_title(cited) == meant


def test_the_preamble_after_the_notice_and_the_plans_contents_names_its_parents() -> None:
    # data/heldout/check h612 (渝中区 outline, gcs66): notice, heading, 目录, then the preamble
    record = _parse(
        "重庆市渝中区人民政府关于印发重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知",
        "《重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经区十八届人大六次会议批准,"
        "现印发给你们,请认真贯彻执行。",
        "重庆市渝中区人民政府",
        "2021年4月16日",
        "重庆市渝中区国民经济和社会发展",
        "第十四个五年规划和二〇三五年远景目标纲要",
        "目 录",
        "第一篇 决胜全面建成小康社会取得决定性成就- 1 -",
        "第三篇 坚持创新驱动发展厚植渝中高质量发展新优势- 26 -",
        "重庆市渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,深入贯彻《中共中央关于制定国民"
        "经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》《成渝地区双城经济圈建设规划纲要》和习近平总书记"
        "对重庆提出的系列重要指示要求,落实《中共重庆市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景"
        "目标的建议》和市委市政府部署安排,根据《中共重庆市渝中区委关于制定国民经济和社会发展第十四个五年规划和"
        "二〇三五年远景目标的建议》编制,主要阐明战略意图和工作重点。",
        "第一篇 决胜全面建成小康社会取得决定性成就",
    )
    assert [p.title for p in record.parents] == [
        "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
        "成渝地区双城经济圈建设规划纲要",
        "中共重庆市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
        "中共重庆市渝中区委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
    ]


def test_a_cited_title_may_print_its_period_without_brackets() -> None:
    # data/heldout/check h613 (城阳区, 2016): the State Council's 质量发展纲要(2011—2020年) as cited
    record = _parse(
        "城阳区质量强区建设发展规划(2016-2020年)",
        "为深入贯彻落实国务院《质量发展纲要2011-2020》,促进经济发展方式转变,提高我区质量总体水平,"
        "实现经济社会又好又快发展,特制定本规划。",
    )
    assert [p.title for p in record.parents] == ["质量发展纲要2011-2020"]


@pytest.mark.parametrize(
    ("header", "body_named"),
    [
        # check h603 (scjdglj.gxzf.gov.cn): the page's 来源 names a bureau the plan's text never does
        ("2021-11-26 11:00     来源:广西壮族自治区市场监督管理局", "广西壮族自治区市场监督管理局"),
        # seed 001 (甘肃 market-supervision plan): the posting line of a food-law portal
        ("放大字体  缩小字体 发布日期:2022-01-06  来源:甘肃省市场监督管理局", "甘肃省市场监督管理局"),
    ],
)
def test_the_body_a_pages_header_names_as_its_source_is_an_agency_of_the_document(
    header: str, body_named: str
) -> None:
    record = _parse("甘肃省“十四五”市场监管规划", header, "为加强市场监管,根据有关规定,制定本规划。")
    agencies = [m for m in record.mentions if m.label == "Agency"]
    assert body_named in [m.name for m in agencies]
    quoted = next(m for m in agencies if m.name == body_named)
    assert record.original[quoted.evidence.start : quoted.evidence.end] == body_named


@pytest.mark.parametrize(
    ("title", "header", "named"),
    [
        # check2 h811 (yinchuan.gov.cn): the department the page files the notice under, by its scope word
        (
            "银川市推进质量强市工作实施方案",
            ("发布机构:银川市委办公室 成文日期:2019-02-22", "责任部门:市市场监督管理局 发布日期:2019-02-22"),
            {"银川市市场监督管理局": "市市场监督管理局"},
        ),
        # check2 h819 (gssn.gov.cn): a metadata table without colons, two bodies in one cell, the
        # autonomous county by its stem + 县 and the bureau by its standard short form
        (
            "肃南裕固族自治县扶持人口较少民族发展规划(2021-2025年)",
            (
                "索引号 620721003/2022-00111 发文字号 肃政办发〔2022〕50号",
                "关键词 发布机构 肃南县政府办;肃南县民宗局",
            ),
            {"肃南裕固族自治县民族宗教事务局": "肃南县民宗局"},
        ),
    ],
)
def test_the_bodies_a_pages_metadata_table_names_are_agencies_of_the_document(
    title: str, header: tuple[str, ...], named: dict[str, str]
) -> None:
    record = _parse(*header, title, "为促进发展,根据有关规定,制定本规划。")
    agencies = {
        m.name: record.original[m.evidence.start : m.evidence.end]
        for m in record.mentions
        if m.label == "Agency"
    }
    assert {name: agencies.get(name) for name in named} == named


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # probe4 h959 (jinxiang.gov.cn) and check2 h819 (gssn.gov.cn): the table lost its colons
        ("发布机构 金乡县发展和改革局 组配分类 发展计划", ["金乡县发展和改革局"]),
        ("关键词 发布机构 肃南县政府办;肃南县民宗局", ["肃南县政府办;肃南县民宗局"]),
        # dev o030 (ddk.gov.cn): a bracketed label, cell bars for a colon
        ("[ 发布机构 ] | 大渡口区人民政府 | ||", ["大渡口区人民政府"]),
        # a field label no metadata table is alone in does not count without its colon
        ("来源 广泛的群众基础", []),
    ],
)
def test_a_metadata_tables_body_fields_are_read_in_every_layout(line: str, values: list[str]) -> None:
    page = normalise(line)
    assert [page.text[start:end] for start, end in source_fields(page)] == values


def test_a_notice_naming_its_plan_bare_outranks_a_cover_line_with_the_drafter_glued_on() -> None:
    # probe7 p704 (高邮市): the page has lost the notice's title; its cover line glues the drafting bureau
    # to the plan's title
    record = _parse(
        "各乡镇人民政府,各园区(街道)管委会(办事处),市各委、办、局(公司),市各直属单位:",
        "高邮市人力资源和社会保障事业“十四五”发展规划已经市政府同意,现予印发,请遵照执行。",
        "特此通知。",
        "高邮市人民政府办公室",
        "2021年12月22日",
        "(此件公开发布)",
        "高邮市人力资源和社会保障局高邮市人力资源和社会保障事业“十四五”发展规划",
    )
    assert record.plan.title == "高邮市人力资源和社会保障事业“十四五”发展规划"
    assert [i.name for i in record.plan.issuers] == ["高邮市人民政府办公室"]
    assert record.plan.published == "2021-12-22"
    # probe3 h901 (庆城县): the same bare subject after the addressees, run on in one line
    record = _parse(
        "各乡、镇人民政府,县直各部门,省、市驻庆各单位:庆城县“十四五”残疾人保障和发展规划已经县政府研究同意,"
        "现印发你们,请认真抓好贯彻落实。"
    )
    assert record.plan.title == "庆城县“十四五”残疾人保障和发展规划"
    # a period that says when the plan is approved hands nothing down (check h615)
    record = _parse("某某县“十四五”旅游发展规划", "规划期限为2021-2025年,规划经批准后实施。")
    assert record.plan.title == "某某县“十四五”旅游发展规划"


def test_a_breadcrumb_and_a_metadata_label_name_no_system() -> None:
    # check20 w08 (东昌区) and w11 (梅河口市) print a breadcrumb without 首页 that ends in the site's
    # 政府信息公开基础平台; check20 w06 (a legal database's copy) labels its citation code 【法宝引证码】
    systems = ["依托“吉事办”政务服务平台,建设应急管理综合应用平台。"]
    for chrome in (
        "东昌区人民政府信息公开专栏 >> 东昌区人民政府办公室 >> 政府信息公开基础平台",
        "梅河口市政府信息公开专栏 > 梅河口市人民政府 > 政府信息公开基础平台返回外部展示平台",
        "【法宝引证码】CLI.1.304262",
    ):
        record = _parse("某某区应急管理“十四五”规划", chrome, *systems)
        found = {m.name for m in record.mentions if m.label == "System"}
        assert not any("信息公开" in name or "引证码" in name for name in found), chrome
        assert "应急管理综合应用平台" in found


def test_an_outline_that_drafts_and_carries_itself_out_by_name_is_a_plan_with_that_title() -> None:
    # check19 s07 (晋江市): the page opens on the table of contents; the preamble names the outline
    record = parse_document(
        "outline.txt",
        "目 录\n第一章 高水平全面建成小康社会,开启全面建设社会主义现代化新征程\n"
        "“十四五”时期(2021-2025年),是晋江开启全面建设社会主义现代化新征程的重要时期。\n"
        "根据《中共晋江市委关于制定晋江市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》,"
        "编制实施《晋江市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,主要明确“十四五”时期"
        "晋江现代化建设的目标要求。\n第一节 发展基础\n" + BODY,
    )
    assert record.plan.title == "晋江市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert record.plan.region is not None and record.plan.region.name == "晋江市"
    assert [p.title for p in record.parents] == [
        "中共晋江市委关于制定晋江市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"
    ]


def test_a_zone_named_with_its_district_in_brackets_is_the_districts_plan() -> None:
    # check20 w09 (uhdz.gov.cn): 乌鲁木齐's high-tech zone and 新市区 share one administration
    plan = _parse("高新区(新市区)国民经济和社会发展第十四个五年规划和2035年远景目标纲要").plan
    assert (plan.level, plan.region.name, plan.region.path[1].name) == ("district", "新市区", "乌鲁木齐市")
    # a bracketed period or an unknown place is no division
    assert _parse("某某新区(试行)发展规划(2021-2025年)").plan.region is None


def test_a_citation_wrapped_just_inside_its_marks_reads_whole_and_quotes_as_printed() -> None:
    # check11 x02 (四川省) and x10: 深入贯彻落实《 / 全民健身条例》和《 / 四川省全民健身条例》
    page = normalise("深入贯彻落实《\n全民健身条例》和《\n四川省全民健身条例》,切实保障")
    assert page.text == "深入贯彻落实《全民健身条例》和《四川省全民健身条例》,切实保障"
    assert page.quote(6, 14)[2] == "《\n全民健身条例》"
    record = _parse(
        "四川省全民健身实施计划(2016-2020年)", "深入贯彻落实《\n全民健身条例》和《\n四川省全民健身条例》。"
    )
    laws = {m.name for m in record.mentions if m.label == "Law"}
    assert {"全民健身条例", "四川省全民健身条例"} <= laws


@pytest.mark.parametrize(
    ("lines", "title", "division"),
    [
        (  # check27 ad10 (gcs66 47597): the site's line puts the county's city in front
            (
                "(四川省)宜宾市高县国民经济和社会发展十四五规划(2022年更新)",
                "宜宾市高县国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                "序 言",
                "在积极应对百年未有之大变局的时代背景下,科学编制《高县国民经济和社会发展第十四个五年规划和二〇三五年"
                "远景目标纲要》(以下简称《纲要》),对于促进高县实现经济社会高质量发展具有十分重要的意义。",
            ),
            "高县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            ("高县", "county"),
        ),
        (  # probe5 h980: the site names the region; the plan names its corps division and its city
            (
                "(新疆维吾尔自治区)阿拉尔市国民经济和社会发展十四五规划(2022年更新)",
                "新疆维吾尔自治区阿拉尔市国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                "是第一师阿拉尔市建设区域中心城市,推进高质量发展的重要时期。科学编制实施《新疆生产建设兵团第一师阿拉尔市"
                "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》,意义十分重大。",
            ),
            "新疆生产建设兵团第一师阿拉尔市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            ("阿拉尔市", "county"),  # a county-level city directly under the region
        ),
    ],
    ids=["city-in-front", "corps-city"],
)
def test_a_heading_a_site_put_a_division_in_front_of_yields_to_the_title_the_plan_gives_itself(
    lines: tuple[str, ...], title: str, division: tuple[str, str]
) -> None:
    plan = _parse(*lines).plan
    assert (plan.title, (plan.region.name, plan.level)) == (title, division)


def test_a_heading_that_is_the_plans_own_title_stays_when_the_preamble_shortens_it() -> None:
    # the preamble's name lacks the city but the heading has no division of a site in front: it stays
    plan = _parse(
        "某某市数字经济发展规划",
        "为推动数字经济发展,根据《某某市国民经济和社会发展第十四个五年规划纲要》,编制《数字经济发展规划》。",
    ).plan
    assert plan.title == "某某市数字经济发展规划"
    # and a heading the preamble repeats word for word is kept as printed
    plan = _parse(
        "湖州市市场监管“十四五”规划",
        "为推动市场监管现代化,根据《湖州市国民经济和社会发展第十四个五年规划纲要》,编制《湖州市市场监管“十四五”规划》。",
    ).plan
    assert plan.title == "湖州市市场监管“十四五”规划"


def test_a_zones_plan_lies_in_the_city_its_name_opens_on() -> None:
    # probe5 h975 (gcs66): the site puts 东营市 in front; the plan calls itself after its zone, and
    # its 市委 is 东营市's
    record = _parse(
        "(山东省)东营市东营经济技术开发区国民经济和社会发展十四五规划(2022年更新)",
        "东营市东营经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "为全面贯彻党的十九届五中全会精神,落实省委十一届十二次全会和市委六届九次全会部署,"
        "根据《山东省国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》、"
        "《东营市国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》,"
        "编制《东营经济技术开发区国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》。",
    )
    plan = record.plan
    assert plan.title == "东营经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert (plan.level, plan.region) == (None, None)
    assert plan.setting is not None and plan.setting.name == "东营市"
    agencies = {m.name for m in record.mentions if m.label == "Agency"}
    assert "中共东营市委员会" in agencies


# probe10 u101 (a land-valuation firm's site reposting 桂农厅发〔2022〕149号): readings without tone marks
# glued after characters, some twice, in traditional script
GLUED_READINGS = (
    "桂(gui)農廳發〔2022〕149號\n"
    "各市、縣人民政(zheng)府(fu),自治區人民政(zheng)府(fu)各組成部門、各直屬機構(gou):\n"
    "經自治(zhi)區(qu)(qu)人民政(zheng)府同意,現將《廣西(xi)壯(zhuang)族自治(zhi)區(qu)(qu)高標準農田建設提升(sheng)行動方案"
    "(2023—2025年)》印發(fa)給(gei)你們,請認真組織實(shi)施。\n"
    "廣西(xi)壯族自治區農(nong)業農(nong)村廳 廣西(xi)壯族自治區財政廳\n"
    "2022年11月22日\n"
)


def test_readings_glued_without_tone_marks_are_no_part_of_the_text() -> None:
    page = normalise(GLUED_READINGS)
    assert "(" not in page.text.split("\n", 3)[2].replace("(2023—2025年)", "")
    start = page.text.index("广西壮族自治区高标准农田建设提升行动方案")
    assert page.quote(start, start + 4)[2] == "廣西(xi)壯(zhuang)族"  # evidence quotes the page as printed
    plan = _parse(GLUED_READINGS).plan
    assert plan.title == "广西壮族自治区高标准农田建设提升行动方案(2023—2025年)"
    assert [i.name for i in plan.issuers] == ["广西壮族自治区农业农村厅", "广西壮族自治区财政厅"]
    assert plan.doc_number == "桂农厅发〔2022〕149号"


def test_a_bracketed_word_or_two_is_no_reading() -> None:
    # no page habit: one or two bracketed Latin words stay (a unit, a product name)
    for text in ("推广应用(app)服务,建设数据中心(idc)。", "浓度(pm)下降"):
        assert normalise(text).text == text


def test_a_news_headline_that_reports_an_opinion_yields_to_the_opinions_own_heading() -> None:
    # check32 ai04 (a charger maker's news page): the headline names the city and 发布; the opinion's
    # own heading, below 原文公告如下, names its issuer
    record = _parse(
        "四川广安市发布加快推进电动汽车充电基础设施建设的实施意见",
        "发布时间:2016-11-03 作者:本站编辑浏览次数:",
        "原文公告如下:",
        "广安市人民政府办公室关于加快推进电动汽车充电基础设施建设的实施意见",
        "各区市县人民政府,广安经开区、枣山园区、协兴园区、华蓥山景区管委会,市级相关部门:",
        "为认真贯彻落实《国务院办公厅关于加快电动汽车充电基础设施建设的指导意见》(国办发〔2015〕73号),"
        "现就加快推进电动汽车充电基础设施建设提出如下实施意见。",
    )
    assert record.plan.title == "广安市人民政府办公室关于加快推进电动汽车充电基础设施建设的实施意见"
    assert [i.name for i in record.plan.issuers] == ["广安市人民政府办公室"]


@pytest.mark.parametrize(
    ("rows", "number"),
    [
        # check32 ai10 (渝北区's page through a mirror): the table laid out as a list, each value on the
        # line below its label; the notice further down lost the number's 〕 and 号
        (
            (
                "    • [ 索引号 ]",
                "    • 11500112009315877L/2022-00008 ",
                "    • [ 发文字号 ]",
                "    • 渝北府发〔2022〕5号 ",
            ),
            "渝北府发〔2022〕5号",
        ),
        # check33 aj11 (万州区): an empty 发文字号 field; the label below it is no number
        (("[ 索引号 ] 11500101MB1648378M/2022-00104", "[ 发文字号 ]", "[ 主题分类 ] 水利、水务"), None),
    ],
    ids=["value-below", "empty"],
)
def test_a_number_field_may_hold_its_value_on_the_line_below(
    rows: tuple[str, ...], number: str | None
) -> None:
    plan = _parse(
        *rows,
        "重庆市渝北区人民政府关于印发《重庆市渝北区综合交通运输“十四五”规划》的通知",
        "渝北府发〔20225",
        "各镇人民政府,各街道办事处,区政府各部门:",
    ).plan
    assert plan.doc_number == (number or "渝北府发〔20225")


def test_a_sites_menu_over_the_heading_is_no_first_half_of_the_title() -> None:
    # check32 ai02 (an investment-promotion site): the menu line, then the opinion's heading
    plan = _parse(
        "首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心",
        "包头市人民政府关于包头市创建“中国制造2025”试点示范城市的实施意见",
        "包府发〔2017〕52号",
    ).plan
    assert plan.title == "包头市人民政府关于包头市创建“中国制造2025”试点示范城市的实施意见"
    # a heading the scrape split, with a space or two in it, still joins
    plan = _parse("湖州市市场监管“十四五” 规划和二 〇 三五年", "远景目标纲要", "为推动发展,制定本纲要。").plan
    assert plan.title == "湖州市市场监管“十四五”规划和二〇三五年远景目标纲要"


def test_a_document_sharing_pages_upload_date_is_no_publication_date() -> None:
    # check33 aj12 (a document-sharing site): the file's name, its uploader, its number and the upload
    # date, each alone on a line, over the plan's own first words
    plan = _parse(
        "寧陽縣“十四五”防災減災規劃方案(2021-2025年)(21頁).docx",
        "下載文檔",
        "上傳人:Le****97",
        "編號:928826",
        "2024-05-20",
        "20頁",
        "1、寧陽縣“十四五”防災減災規劃(2021-2025年)防災減災救災事關人民生命財產安全。",
    ).plan
    assert plan.published is None
    # the same date alone under a story's headline dates the text it carries
    assert _parse("宁阳县“十四五”防灾减灾规划(2021-2025年)", "2024-05-20").plan.published == "2024-05-20"


def test_a_flattened_shared_document_gives_its_cover_title_issuer_and_parents() -> None:
    # check32 ai09 (a document-sharing page): the file's name adds 方案 and a period the cover's 十四五
    # gives; the cover, its month (the zero lost) and the contents run on one line; the outline is cited
    # as a draft with the zero of 二〇三五 lost, after a regulation joined by 以及
    record = _parse(
        "陽高縣地質災害防治“十四五”規劃方案(2021-2025年)(23頁).doc",
        "下載文檔",
        "上傳人:Le****97",
        "2024-01-25",
        "1、陽高縣地質災害防治“十四五”規劃陽高縣人民政府二二二年一月目 錄前 言1一、地質災害防治現狀及形勢2"
        "前 言為全面提高公共安全保障能力,依據地質災害防治條例、國務院關於加強地質災害防治工作的決定、"
        "山西省地質災害防治條例以及陽高縣國民經濟和社會發展第十四個五年規劃和二三五年遠景目標綱要(草案)"
        "等國家現行的法規、政策以及相關技術資料,編制了陽高縣地質災害防治“十四五”規劃(以下簡稱規劃)。",
    )
    plan = record.plan
    assert plan.title == "阳高县地质灾害防治“十四五”规划"
    assert [i.name for i in plan.issuers] == ["阳高县人民政府"]
    assert plan.published is None
    assert [p.title for p in record.parents] == [
        "国务院关于加强地质灾害防治工作的决定",
        "阳高县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
    ]


def test_a_file_name_whose_period_the_inside_title_does_not_imply_stays() -> None:
    # the inside title's 十三五 is not the file name's 2021-2025: another document, the label stays
    plan = _parse(
        "某某县地质灾害防治规划方案(2021-2025年)(23页).doc",
        "1、某某县地质灾害防治“十三五”规划某某县人民政府目录",
    ).plan
    assert plan.title == "某某县地质灾害防治规划方案(2021-2025年)"


def test_a_headerless_notice_is_placed_by_the_bodies_it_addresses_and_the_division_it_names() -> None:
    # check33 aj09 (西宁市城东区): no title, no issuer; the addressees are the district's own bodies
    # (区直各单位), and the text names 西宁市城东区 twice and 东区 (its short form, also a district of
    # 攀枝花) twice: the one whose city the text names is the plan's
    plan = parse_document(
        "notice.txt",
        "韵家口镇、各街道办事处,区委各部门、区直各单位:\n"
        "为深入贯彻落实党中央、国务院关于数字政府建设的战略部署,加快推进西宁市城东区新型智慧城市建设工作,根据"
        "《青海省关于加快数字政府建设的实施意见》《2022年青海省促进数字经济发展工作要点》文件精神,现结合东区实际,"
        "提出本行动方案。\n一、总体要求\n认真落实省委省政府、市委市政府、区委区政府决策部署,推动美丽繁荣新东区建设,"
        "全面打造具有时代特征、西宁市城东区特色、群众满意的数字政府。\n" + BODY,
    ).plan
    assert (plan.title, plan.level, plan.region and plan.region.name) == (None, "district", "城东区")


def test_a_province_never_speaks_of_itself_as_a_district() -> None:
    # 区直/全区 may be an autonomous region's, never a 省's: 青海省 named as often as 城东区 does not tie
    from plangraph.ingest.extract_metadata import _may_say
    from plangraph.ingest.gazetteer import gazetteer

    assert not _may_say("区", gazetteer().resolve("青海省"))
    assert _may_say("区", gazetteer().resolve("宁夏回族自治区"))
    assert _may_say("区", gazetteer().resolve("城东区", context="西宁市城东区"))


def test_a_ministrys_notice_that_had_the_plan_drafted_names_signs_and_dates_it() -> None:
    # check34 ak02 (xxgk.mot.gov.cn): the plan named a sentence before 现印发给你们; a seal mark after
    # the signer
    record = parse_document(
        "page.txt",
        "各省、自治区、直辖市交通运输厅(局、委),部属各单位:\n"
        "为贯彻落实《国民经济和社会发展第十二个五年规划纲要》对环境保护工作的要求,部组织编制了"
        "《公路水路交通运输环境保护“十二五”发展规划》,以指导交通运输行业“十二五”环境保护工作。\n"
        "本规划是《交通运输“十二五”发展规划》的重要组成部分,现印发给你们,请结合本地区实际,认真贯彻落实。\n"
        "中华人民共和国交通运输部(章)\n二〇一二年一月十三日\n" + BODY,
    )
    plan = record.plan
    assert plan.title == "公路水路交通运输环境保护“十二五”发展规划"
    assert [i.name for i in plan.issuers] == ["中华人民共和国交通运输部"]
    assert (plan.level, plan.published) == ("national", "2012-01-13")


@pytest.mark.parametrize(
    ("lines", "title", "issuer", "published"),
    [
        (  # check34 ak11 (an essay site): its category tag and 全文完整 around the title
            (
                "【旅游方案】平远县创建“国家全域旅游示范县”实施方案(全文完整)",
                "时间:2023-04-26 17:25:07 公文范文",
            ),
            "平远县创建“国家全域旅游示范县”实施方案",
            None,
            None,
        ),
        (  # check34 ak10 (a document-sharing page): cover flattened into the preamble, the bureau between
            (
                "淄博市林业发展“十三五”规划_第1页",
                "文档简介",
                "淄博市林业发展“十三五”规划淄博市林业局“十二五”以来,在市委、市政府的正确领导下,林业建设保持了"
                "持续快速健康发展。",
            ),
            "淄博市林业发展“十三五”规划",
            "淄博市林业局",
            None,
        ),
        (  # check34 ak04 (a district's catalogue): 公开日 is its posting date
            (
                "关于印发《吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)》的通知",
                "索 引 号 010600106/2023-00071 发布机构 高昌区政府办公室 公开日 2023-07-04",
                "文  号 高区财农〔2023〕45号 主题分类 生态保护 失效日期",
            ),
            "吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)",
            "高昌区人民政府办公室",
            "2023-07-04",
        ),
        (  # check35 al08 (凉州区's site): a notice handing down two plans; its heading says which
            (
                "凉州区人民政府办公室关于印发凉州区“十三五”城乡居民增收规划、凉州区“十三五”就业和社会保障规划的通知",
                "各乡镇人民政府区政府部门:",
                "《凉州区“十三五”城乡居民增收规划》《凉州区“十三五”就业和社会保障规划》已经区政府同意,现印发你们,"
                "请结合实际,认真组织实施",
                "凉州区人民政府办公室",
                "2017年5月26日",
                "凉州区“十三五”城乡居民增收规划",
            ),
            "凉州区“十三五”城乡居民增收规划",
            "凉州区人民政府办公室",
            "2017-05-26",
        ),
    ],
)
def test_page_shapes_of_unseen_sets_give_title_issuer_and_date(
    lines: tuple[str, ...], title: str, issuer: str | None, published: str | None
) -> None:
    plan = _parse(*lines, "为推进发展,结合实际,制定本规划。").plan
    assert plan.title == title
    assert [i.name for i in plan.issuers][:1] == ([issuer] if issuer else [])
    assert plan.published == published


def test_a_city_numbering_by_its_traditional_short_name_is_that_city() -> None:
    # check35 al06 (a repost of 广州's 穗府〔2011〕15号 opinion, traditional script): 穗 is 广州
    plan = _parse(
        "穗府〔2011〕15號",
        "關於進一步加強招商引資促進產業轉型升級的指導意見",
        "各區、縣級市人民政府,市政府各部門、各直屬機構:",
        "為增強我市對國內外資本的吸引力,全面提升國家中心城市的核心競爭力,現提出如下指導意見:",
    ).plan
    assert (plan.level, plan.region.name if plan.region else None) == ("city", "广州市")


def test_a_headerless_page_saying_as_often_全省_as_全市_is_the_citys() -> None:
    # check35 al14 (zhengcejia.com): a city's opinion that cites the province's meeting
    plan = parse_document(
        "page.txt",
        "为贯彻落实党的十九大、全国金融工作会议和省委经济工作暨全省金融工作会议、成都建设国家西部金融中心大会"
        "精神,加快建设国家西部金融中心,现提出以下意见。\n一、指导思想和总体目标\n"
        "(二)总体目标。力争到2024年,金融业增加值达2500亿元,占全市地区生产总值比重达13%左右。" + BODY,
    ).plan
    assert (plan.level, plan.region.name if plan.region else None) == ("city", "成都市")


def test_a_templates_placeholder_division_gives_the_level_and_no_region() -> None:
    # check35 al13 (a document-sales site): XX县 stands for the county
    plan = _parse("XX县人才发展“十四五”规划", "---此处隐藏12527字,下载后查看---").plan
    assert (plan.title, plan.level, plan.region) == ("XX县人才发展“十四五”规划", "county", None)


def test_a_page_starting_below_the_preamble_is_a_plan_by_its_parts() -> None:
    # a headerless page cut below the title and the preamble still shows a plan's standard parts
    text = (
        "加快推进全域旅游发展,打造全国知名旅游目的地。\n一、指导思想\n坚持绿水青山就是金山银山理念,全面贯彻新发展理念。\n"
        "二、工作目标\n到2025年,全县接待游客达到500万人次。\n三、重点任务\n(一)完善旅游基础设施。\n"
    )
    record = parse_document("page.txt", text)
    assert record.plan.title is None
    assert [i.target for i in record.indicators] == ["500万人次"]


def test_a_story_with_headings_that_are_no_plan_parts_is_refused() -> None:
    with pytest.raises(IngestError, match="not a plan document"):
        parse_document(
            "news.txt",
            "记者从县文旅局获悉,今年以来全县旅游市场持续回暖。\n一、市场回暖\n游客增多。\n二、下一步工作\n继续努力。\n",
        )


def _plan_of(text: str):
    return parse_document("page.txt", text + BODY).plan


def test_an_outline_saying_what_it_sets_out_is_a_plan_of_the_county_it_names_longest() -> None:
    # check37 an11 (a repost of 湘潭县's 十二五 outline): 本纲要…主要阐述; 湘潭县 once beside the 兴县 of the
    # slogan 科教兴县
    plan = _plan_of(
        "2011至2015年是国民经济和社会发展第十二个五年规划时期。本纲要以科学发展观为指导,主要阐述政府战略意图,"
        "是今后五年我县经济社会发展的行动纲领。\n第一章 规划背景\n"
        "“十一五”时期是湘潭县发展最快的五年,全县深入实施"
        "“产业立县、工业强县、科教兴县、开放活县”发展战略。\n"
    )
    assert (plan.title, plan.level, plan.region.name if plan.region else None) == (None, "county", "湘潭县")


def test_a_sites_reading_of_a_draft_is_read_as_the_plan() -> None:
    # check37 an09 (莱山区's site): the reading posted beside the draft names the plan
    plan = _plan_of(
        "索引号: 11370613004279133X/2021-06363 成文日期: 2021-09-23\n"
        "发布机构: 莱山区工业和信息化局 组配分类: 草案解读\n"
        "关于《莱山区“十四五”工业和信息化发展规划》草案解读\n"
        "下面,就《莱山区“十四五”工业和信息化发展规划》起草的有关情况,说明如下。\n"
    )
    assert (plan.title, plan.region.name if plan.region else None) == (
        "莱山区“十四五”工业和信息化发展规划",
        "莱山区",
    )


@pytest.mark.parametrize(
    ("lead", "title", "issuer", "region"),
    [
        (  # check37 an03 (北极星环保网): the approval between the date and the issuing office; a province's
            # programme named for it (智慧海南)
            "2020年7月,经推进海南全面深化改革开放领导小组同意,推进海南全面深化改革开放领导小组办公室印发了"
            "《智慧海南总体方案(2020-2025年)》(以下简称《智慧海南方案》)。",
            "智慧海南总体方案(2020-2025年)",
            "推进海南全面深化改革开放领导小组办公室",
            "海南省",
        ),
        (  # check37 an02 (dsb.cn): a site's dateline, the issue dated after its body
            "11月26日消息,山西省政府近日印发《山西省“十四五”现代物流发展规划》(以下简称《规划》),力争到2025年,"
            "全省物流总额达到5万亿元。",
            "山西省“十四五”现代物流发展规划",
            "山西省人民政府",
            "山西省",
        ),
        (  # check37 an04 (a traditional repost): the plan bare as the object of the notice reported
            "日前,宜春市人民政府印發宜春市碳達峰實施方案的通知,通知指出,加快推進非化石能源利用。",
            "宜春市碳达峰实施方案",
            "宜春市人民政府",
            "宜春市",
        ),
    ],
)
def test_news_leads_of_every_shape_give_title_issuer_and_region(
    lead: str, title: str, issuer: str, region: str
) -> None:
    plan = _plan_of(lead + "\n")
    assert plan.title == title
    assert [i.name for i in plan.issuers] == [issuer]
    assert plan.region is not None and plan.region.name == region


def test_an_anonymised_copy_speaks_as_its_level_without_a_region() -> None:
    # check37 an10, an12: a county's copy with its name removed (结合我县实际)
    plan = _plan_of(
        "为认真贯彻落实市、县相关工作会议精神,根据《市优化提升营商环境实施方案》,结合我县实际,制定本方案。\n"
    )
    assert (plan.level, plan.region) == ("county", None)


def test_a_provinces_number_on_a_plan_of_its_district_names_the_provinces_government() -> None:
    # check37 an08 (a law database): 津政发 on 天津滨海新区's outline; the notice has no signer
    plan = _plan_of(
        "天津滨海新区国民经济和社会发展“十一五”规划纲要\n(津政发(2006)80号)\n各区、县人民政府,各委、局,各直属单位:\n"
        "现将《天津滨海新区国民经济和社会发展“十一五”规划纲要》印发给你们,望遵照执行。\n二○○六年九月九日\n"
    )
    assert [i.name for i in plan.issuers] == ["天津市人民政府"]
    assert (plan.level, plan.region.name if plan.region else None) == ("district", "滨海新区")


def test_an_opinion_title_with_a_nested_title_and_its_number_in_brackets() -> None:
    # check36 am04 (梧州's credit site): …关于贯彻落实 《X》 的实施意见(桂政发〔2022〕20号)
    plan = _plan_of(
        "广西壮族自治区人民政府关于贯彻落实 《气象高质量发展纲要(2022—2035年)》 "
        "的实施意见(桂政发〔2022〕20号)\n"
        "各市、县人民政府,自治区人民政府各组成部门、各直属机构:\n为加快推进广西气象高质量发展,结合广西实际,提出如下意见。\n"
    )
    assert plan.title == "广西壮族自治区人民政府关于贯彻落实《气象高质量发展纲要(2022—2035年)》的实施意见"
    assert (plan.doc_number, plan.level) == ("桂政发〔2022〕20号", "province")


def test_a_notice_putting_the_plan_in_force_names_and_signs_it() -> None:
    # check36 am09 (滨海新区's civil affairs bureau): 制定了《X》,现印发实施; two bureaus sign
    plan = _plan_of(
        "各开发区、各街镇:\n为推动我区社区居家养老服务业高质量发展,区民政局、区财政局结合实际制定了《滨海新区关于"
        "鼓励扶持社会力量开办或运营社区老年日间照料服务中心的实施方案》,现印发实施。请各单位结合实际,积极组织落实。\n"
        "区民政局 区财政局\n2019年7月4日\n"
    )
    assert plan.title == "滨海新区关于鼓励扶持社会力量开办或运营社区老年日间照料服务中心的实施方案"
    assert plan.published == "2019-07-04"


def test_a_city_saying_我市_is_the_city_it_names_however_rare_its_name_as_a_word() -> None:
    # check36 am07 (新余's site): 新余 is in jieba's dictionary (9 counts), 江西省 only in the base's title
    plan = _plan_of(
        "各县(区)人民政府、管委会,市政府各部门,市直各单位:\n为贯彻落实《江西省气象高质量发展纲要(2023—2035年)》"
        "(赣府发〔2022〕23号)精神,加快推进新余气象高质量发展,结合我市实际,制定以下实施意见。\n"
        "围绕新余经济发展和人民生产生活,为新余经济社会高质量发展提供坚强气象保障。\n"
    )
    assert (plan.level, plan.region.name if plan.region else None) == ("city", "新余市")


def test_a_reading_that_first_says_why_reports_the_issuing_office() -> None:
    # check38 ap06 (廊坊's site): 按照…部署和要求,为…,近日,市政府办公室印发了《X》
    plan = _plan_of(
        "《廊坊市文化和旅游“十四五”发展规划》政策解读\n按照市委、市政府关于编制“十四五”规划的部署和要求,为加快构建"
        "“大文旅”发展格局,近日,市政府办公室印发了《廊坊市文化和旅游发展“十四五”规划》(以下简称《规划》)。\n"
    )
    assert [i.name for i in plan.issuers] == ["廊坊市人民政府办公室"]


def test_a_title_run_into_the_preamble_that_makes_it_is_read() -> None:
    # check38 ap12 (777doc): a page marker, the title and the preamble on one flattened line
    plan = _plan_of(
        "—1—青河县争创自治区优秀平安县实施方案为进一步推进社会管理创新,全面深化平安建设,结合全县实际,"
        "制定本实施方案。一、指导思想深入贯彻落实党的十八大精神。\n"
    )
    assert (plan.title, plan.region.name if plan.region else None) == (
        "青河县争创自治区优秀平安县实施方案",
        "青河县",
    )


def test_a_reading_headed_by_the_plans_name_is_read_as_the_plan() -> None:
    # check39 aq05 (a traditional mirror of 福州's reading): 《X》政策解读, then 特制定本《规划》
    plan = _plan_of(
        "《福州市“十四五”漁業發展專項規劃》政策解讀\n日期:2024-07-02 09:57 來源:海漁局\n一、背景依據\n"
        "為全面推進漁業高質量發展,助力現代化國際城市建設,特制定本《規劃》。\n"
    )
    assert (plan.title, plan.region.name if plan.region else None) == (
        "福州市“十四五”渔业发展专项规划",
        "福州市",
    )


def test_a_plan_made_under_the_guidance_of_another_names_it_as_parent() -> None:
    # check39 aq12 (琼海市): 在《X》指导下,根据…
    record = parse_document(
        "page.txt",
        "琼海市健康城市建设规划(2017-2020年)\n为全面推进我市健康城市建设,在《“健康中国2030”规划纲要》指导下,"
        "根据全国爱卫会《关于开展健康城市健康村镇建设的指导意见》(全爱卫发〔2016〕5号),制定本规划。\n" + BODY,
    )
    assert [p.title for p in record.parents] == [
        "“健康中国2030”规划纲要",
        "关于开展健康城市健康村镇建设的指导意见",
    ]


@pytest.mark.parametrize(
    ("text", "title", "region", "published"),
    [
        (  # check40 ar06 (a reading of 海门区's plan): its first sentence's subject, its 出台时间
            "海门区“十四五”知识产权发展规划是区级规划体系的重要组成部分,是海门区深入实施创新驱动战略的重要依据。\n"
            "一、出台和实施时间\n出台时间:2023年4月3日\n实施时间:十四五期间\n二、编制背景\n国家高度重视知识产权工作。\n",
            "海门区“十四五”知识产权发展规划",
            "海门区",
            "2023-04-03",
        ),
        (  # check40 ar10 (青阳县's reading): no title but the draft it says was drafted
            "一、决策背景依据及起草过程\n质量是一个城市发展水平和综合实力的重要标志。\n二、制定的意义和总体考虑\n"
            "为更好发挥质量在促进城市可持续发展中的作用。\n"
            "三、研判和起草过程 县市场监管局牵头起草了《青阳县国家质量强县培育建设工作实施方案"
            "(征求意见稿)》。\n",
            "青阳县国家质量强县培育建设工作实施方案",
            "青阳县",
            None,
        ),
    ],
)
def test_a_headerless_reading_of_a_plan_is_read_as_the_plan(
    text: str, title: str, region: str, published: str | None
) -> None:
    plan = parse_document("page.txt", text).plan
    assert (plan.title, plan.region.name if plan.region else None, plan.published) == (
        title,
        region,
        published,
    )


def test_a_catalogues_成文时间_is_the_signing_date() -> None:
    # check40 ar03 (阿拉善盟's catalogue): 成文时间 beside a later 发布日期
    plan = _plan_of(
        "发文字号: | 阿署发﹝2024﹞20号 | 成文时间: | 2024-06-25 |\n"
        "阿拉善盟行政公署关于印发《阿拉善盟全面优化营商环境实施方案》的通知\n- 发布日期:2024-06-26 16:35\n"
    )
    assert plan.published == "2024-06-25"


def test_bases_named_as_the_compilation_basis_and_a_notice_cited_without_its_verb() -> None:
    # check41 as04 (福建's gazette): 本《规划》以《A》《B》和《C》为编制依据; check41 as07 (咸阳): a notice
    # of the Party centre's offices cited without 印发
    fujian = parse_document(
        "page.txt",
        "福建省“十三五”海洋经济发展专项规划\n本《规划》以《福建海峡蓝色经济试验区发展规划》《福建省国民经济和社会发展"
        "第十三个五年规划纲要》和《福建21世纪海上丝绸之路核心区建设方案》为编制依据,明确目标任务。\n" + BODY,
    )
    assert len(fujian.parents) == 3
    xianyang = parse_document(
        "page.txt",
        "扎实推进以县城为重要载体的城镇化建设工作方案\n"
        "为深入贯彻《中共中央办公厅 国务院办公厅<关于推进以县城为重要载体的城镇化建设的意见>的通知》"
        "(中办发〔2022〕37号)精神,结合我市实际,特制定如下方案。\n" + BODY,
    )
    assert [p.title for p in xianyang.parents] == ["关于推进以县城为重要载体的城镇化建设的意见"]


def test_a_short_name_inside_a_word_places_nothing() -> None:
    # check41 as11 (a wiki's traditional repost): the 迁安 of 搬迁安置 is no 迁安市
    plan = _plan_of(
        "為深入貫徹落實中央易地扶貧搬遷安置一批的要求,根據山西省《關於大力推進易地搬遷工程的指導意見》"
        "(晉政發〔2016〕29號)精神,結合我市實際,特制定本實施意見。\n"
    )
    assert (plan.level, plan.region) == ("city", None)


@pytest.mark.parametrize(
    ("page", "title", "region"),
    [
        # check64 bp09 (a planning portal): the draft sent for approval is the plan it becomes
        (
            "交能环水规划热门\n吴兴区水安全保障“十四五”规划(报批稿)\n2023-12-30 03:27:39 +0000 UTC\n前 言\n"
            "“十三五”期间的吴兴水利,在区委、区政府的正确领导与高度重视下,加快推进水利建设。\n",
            "吴兴区水安全保障“十四五”规划",
            "吴兴区",
        ),
        # check64 bp03 (a sharing site): an outline of a plan (规划大纲) is a plan
        (
            "湖南省交通运输十三五发展规划大纲\n\n2024-07-30\n\n湖南省交通运输“十三五”发展规划大纲\n\n(征求意见稿)\n\n"
            "湖南省交通运输厅 2014年12月\n\n目 录\n\n一、发展现状……………1\n",
            "湖南省交通运输“十三五”发展规划大纲",
            "湖南省",
        ),
        # check64 bp11 (the county's site): a reading headed by its kind, then the plan's name
        (
            "文字解读:《平阴县防震减灾“十四五”规划》\n字号:\n大 中 小\n一、政策背景\n"
            "防震减灾是国家公共安全的重要组成部分。\n二、决策依据\n根据《中华人民共和国防震减灾法》,制定本规划。\n",
            "平阴县防震减灾“十四五”规划",
            "平阴县",
        ),
        # check64 bp04 (a news mirror): the lead puts the plan first, its issue after it
        (
            "“十四五”江蘇將實現人均體育場地面積3.6平方米\n2021年11月18日07:50 | 來源:江蘇廣電總臺\n"
            "近日,《江蘇體育發展“十四五”規劃》出臺,為促進江蘇體育更高質量發展,制定了一系列目標任務。\n",
            "江苏体育发展“十四五”规划",
            "江苏省",
        ),
        # check64 bp06 (a paper's story): 本报讯, its reporter in brackets, the division, 近日出台《X》
        (
            "貴陽市出臺“十四五”殯葬服務體系專項規劃\n時間:2022-02-21   瀏覽量:128 次  來源:中國社會報\n"
            "本報訊 (通訊員 施紹根) 貴州省貴陽市近日出臺《貴陽貴安“十四五”殯葬服務體系專項規劃》"
            "(簡稱《規劃》),提出到2025年進一步健全覆蓋城鄉居民的殯葬基本公共服務體系。\n",
            "贵阳贵安“十四五”殡葬服务体系专项规划",
            "贵阳市",
        ),
    ],
    ids=["approval-draft", "outline-of-a-plan", "reading-kind-first", "lead-plan-first", "paper-story"],
)
def test_drafts_outlines_readings_and_news_leads_name_the_plan(page: str, title: str, region: str) -> None:
    plan = _plan_of(page)
    assert (plan.title, plan.region.name if plan.region else None) == (title, region)


def test_a_draft_sent_for_approval_keys_as_the_plan() -> None:
    assert plan_title_key("吴兴区水安全保障“十四五”规划(报批稿)") == plan_title_key(
        "吴兴区水安全保障“十四五”规划"
    )


def test_a_host_citys_event_does_not_place_a_national_plan() -> None:
    # check64 bp01 (a city bureau's repost of the national 体育发展“十三五”规划, no title): 北京冬奥会 is
    # named again and again, the plan speaks of 我国 and of no division of its own
    plan = _plan_of(
        "“十三五”时期是全面建成小康社会决胜阶段,也是体育发展重要战略机遇期和筹办2022年北京冬奥会、冬残奥会的重要"
        "时期。为促进我国体育全面协调可持续发展,根据党中央、国务院的总体部署,制定本规划。\n"
        "一、“十二五”时期我国体育发展情况\n做好北京冬奥会筹办工作,以北京冬奥会为契机推动冰雪运动发展。\n"
    )
    assert (plan.level, plan.region.name if plan.region else None) == ("national", "全国")


def test_the_wires_formula_reports_the_plan_and_its_issuers_without_a_date() -> None:
    # check67 bs02 (a talent site's repost of the Yunnan wire story)
    plan = _plan_of(
        "中共云南省委办公厅、云南省人民政府办公厅印发了《关于分类推进人才评价机制改革的实施意见》,并发出通知,"
        "要求各地区各部门结合实际认真贯彻落实。 《关于分类推进人才评价机制改革的实施意见》全文如下。 "
        "为切实解决我省人才评价机制中存在的突出问题,结合我省实际,现就分类推进人才评价机制改革提出如下实施意见。\n"
    )
    assert plan.title == "关于分类推进人才评价机制改革的实施意见"
    assert [i.name for i in plan.issuers] == ["中共云南省委办公厅", "云南省人民政府办公厅"]


@pytest.mark.parametrize(
    ("page", "title", "region"),
    [
        # check67 bs04 (a tax site): a column's name before the opinion's 关于; the text calls its
        # division 我市 and names 重庆 as it goes
        (
            "重庆商务:关于高质量推进县域商业体系建设的实施意见\n"
            "各区县(自治县,西部科学城重庆高新区、万盛经开区)商务、发展改革部门:\n"
            "为系统推进我市县域商业体系建设,促进农村商业高质量发展,经研究,提出如下实施意见。\n"
            "一、总体要求\n推动重庆县域商业高质量发展,建设重庆农村现代流通体系。\n",
            "关于高质量推进县域商业体系建设的实施意见",
            "重庆市",
        ),
        # check60 bl10 (an essay site's collection): the piece's number before the title
        (
            "清徐县旅游发展规划(精选5篇)\n第一篇:清徐县旅游发展规划\n"
            "为加快清徐县旅游业发展,结合我县实际,制定本规划。\n",
            "清徐县旅游发展规划",
            "清徐县",
        ),
    ],
    ids=["column-before-an-opinion", "collection-piece"],
)
def test_a_column_or_a_pieces_number_before_the_title_is_no_part_of_it(
    page: str, title: str, region: str
) -> None:
    plan = _plan_of(page)
    assert (plan.title, plan.region.name if plan.region else None) == (title, region)


def test_a_sharing_sites_blurb_names_the_file_and_a_programme_does_not_end_the_list_of_bases() -> None:
    # check67 bs08 (a document-sharing site): the blurb names the file, the document prints the title glued
    # to its first sentence, and the bases open on a programme (…工程) before the plans
    record = parse_document(
        "page.txt",
        "《吴兴区文化产业发展十四五规划.docx》由会员分享,可在线阅读,更多相关《吴兴区文化产业发展十四五规划.docx"
        "(24页珍藏版)》请在第一文库网上搜索。\n1、吴兴区文化产业发展“十四五”规划文化是一个国家和民族的灵魂。"
        "为提升我区文化产业综合竞争力,依据新时代文化浙江“186”工程、浙江省文化改革发展“十四五”规划和湖州市吴兴区"
        "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,编制本规划。\n" + BODY,
    )
    assert (record.plan.title, record.plan.region.name) == ("吴兴区文化产业发展“十四五”规划", "吴兴区")
    assert [p.title for p in record.parents] == [
        "浙江省文化改革发展“十四五”规划",
        "湖州市吴兴区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
    ]


def test_a_readings_decision_basis_section_lists_the_parents() -> None:
    # check67 bs09 (a district bureau's 文稿解读): 二、决策依据 / 依据《A》《B》, no verb that makes the plan
    record = parse_document(
        "page.txt",
        "【文稿解读】2021年张店区文化和旅游惠民消费季实施方案\n一、出台背景\n为贯彻落实省市决策部署,结合我区实际,"
        "举办2021年张店区文化和旅游惠民消费季,制定实施方案。\n二、决策依据\n依据《山东省文化和旅游厅关于印发"
        "<第五届山东文化和旅游惠民消费季实施方案>的通知》《2021年淄博市文化和旅游惠民消费季实施方案》\n"
        "三、出台目的\n引导消费者树立正确的文化和旅游消费理念。\n" + BODY,
    )
    assert [p.title for p in record.parents] == [
        "第五届山东文化和旅游惠民消费季实施方案",
        "2021年淄博市文化和旅游惠民消费季实施方案",
    ]


def test_a_party_committees_proposal_printed_alone_is_read_as_the_first_plan_of_its_cycle() -> None:
    # check69 bu07 (the district's catalogue page): the proposal an outline is drafted from
    plan = _plan_of(
        "名  称: 中共武昌区委关于制定武昌区国民经济和社会发展第十三个五年规划的建议 发布机构:\n"
        "公开日期: 2015年12月14日 公开方式: 有效\n"
        "中共武昌区委关于制定武昌区国民经济和社会发展第十三个五年规划的建议\n"
        "“十三五”时期(2016-2020年),是全面深化改革、着力提高发展质量和效益的攻坚时期。\n"
    )
    assert (plan.title, plan.level, plan.region.name if plan.region else None) == (
        "中共武昌区委关于制定武昌区国民经济和社会发展第十三个五年规划的建议",
        "district",
        "武昌区",
    )
    assert [i.name for i in plan.issuers] == ["中共武昌区委"]


def test_a_covers_body_and_month_on_one_line_issue_the_plan() -> None:
    # check64 bp03 (a sharing site's copy of a draft): 湖南省交通运输厅 2014年12月 under the title; a month
    # alone dates nothing
    plan = _plan_of(
        "湖南省交通运输“十三五”发展规划大纲\n(征求意见稿)\n湖南省交通运输厅 2014年12月\n目 录\n"
        "一、发展现状……………1\n"
    )
    assert ([i.name for i in plan.issuers], plan.published) == (["湖南省交通运输厅"], None)
