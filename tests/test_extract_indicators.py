"""Indicators read from the real sample documents: table rows with their printed values, prose
targets, and the evidence that points back into the original text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from plangraph.ingest.extract_indicators import extract_indicators
from plangraph.ingest.normalise import normalise
from plangraph.ingest.records import IndicatorRecord

HUZHOU = "000_eecffe482169a7c7.txt"
GANSU = "001_023f5c1042dc9e4a.txt"
HUANGSHIGANG = "002_ade3975007ed2fa9.txt"
ZENGDU = "003_64d9f9ea9915fd17.txt"
ZHEJIANG = "004_5bfa1912dc2746f6.txt"
SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


@cache
def _indicators(name: str) -> tuple[IndicatorRecord, ...]:
    return tuple(extract_indicators(name, normalise((SEEDS / name).read_text(encoding="utf-8"))))


def _rows(name: str) -> dict[str, IndicatorRecord]:
    return {i.name: i for i in _indicators(name) if i.kind == "table"}


def _prose(name: str) -> list[IndicatorRecord]:
    return [i for i in _indicators(name) if i.kind == "prose"]


def _values(row: IndicatorRecord) -> tuple:
    return (row.category, row.unit, row.baseline, row.target, row.nature, row.cumulative)


def _parse(text: str) -> list[IndicatorRecord]:
    return extract_indicators("synthetic.txt", normalise(text))


@pytest.mark.parametrize(
    ("name", "count"),
    [(HUZHOU, 23), (GANSU, 28), (HUANGSHIGANG, 0), (ZENGDU, 0), (ZHEJIANG, 0)],
)
def test_indicator_table_rows_are_all_found_and_nothing_else(name: str, count: int) -> None:
    assert len(_rows(name)) == count


def test_table_with_lost_row_numbers_keeps_printed_values() -> None:
    rows = _rows(HUZHOU)
    # '*' marks a cumulative value (注:带*指标为累加值): dropped from the value, kept as a flag.
    assert _values(rows["在册市场主体总量"]) == ("营商环境", "万户", "44", "57", "预期性", True)
    assert _values(rows["中国质量奖(含提名奖)"]) == ("质量提升", "个", "0", "1", "预期性", True)
    # The unit's parenthesis is left unclosed in the scrape.
    assert _values(rows["双随机监管事项占比"]) == ("营商环境", "%", "15", "65", "约束性", False)
    # Rows 10-23 carry a number and a no-break space; the category cell is one line here.
    assert _values(rows["乡镇(街道)食安办星级管理覆盖率"]) == (
        "市场安全",
        "%",
        "89.2",
        "100",
        "约束性",
        False,
    )
    assert _values(rows["食品安全抽检监测数"]) == ("市场安全", "批次/千人", "4", "4.5", "约束性", False)
    assert _values(rows["数字化与业务融合率"]) == ("科技支撑", "%", "/", "100", "约束性", False)
    # One printed value is the target.
    one_value = rows["新增主持(参与)省部级以上科研项目数"]
    assert _values(one_value) == ("科技支撑", "个", None, "33", "预期性", True)
    assert (one_value.baseline_year, one_value.target_year) == (None, 2025)
    assert (rows["品字标企业"].baseline_year, rows["品字标企业"].target_year) == (2020, 2025)


def test_table_with_bracketed_values_keeps_them_as_printed() -> None:
    rows = _rows(GANSU)
    assert _values(rows["企业开办平均时间"]) == ("营商环境指数", "天", "3", "≤2", "预期性", False)
    # 〔 〕内为累计数: cumulative; ( )内为规划期间新增数: not cumulative. Both stay in the value.
    assert _values(rows["有效发明专利拥有量"]) == ("市场创新指数", "万件", "〔0.8〕", "〔1〕", "预期性", True)
    assert _values(rows["甘肃质量奖"]) == ("质量提升指数", "件", "〔18〕", "〔≥21〕", "预期性", True)
    assert _values(rows["新建社会公用计量标准"]) == ("质量提升指数", "个", None, "(180)", "预期性", False)
    assert _values(rows["公共服务质量满意度"]) == ("质量提升指数", "%", None, "73", "预期性", False)
    assert _values(rows["万台特种设备事故死亡率"]) == (
        "市场安全监管指数",
        "人/万台",
        "<0.29",
        "<0.2",
        "预期性",
        False,
    )
    # A value "1" right after a name is a value, not the next row's number.
    assert _values(rows["中国质量奖"]) == ("质量提升指数", "件", "1", "≥1", "预期性", False)


def test_table_row_evidence_runs_from_name_cell_to_last_cell() -> None:
    row = _rows(HUZHOU)["海外发明专利授权量"]
    assert row.evidence.text == "海外发明专利授权量(件)\n\n103*\n\n160*\n\n预期性"
    assert row.evidence.field == "indicator"


@pytest.mark.parametrize("name", [HUZHOU, GANSU, HUANGSHIGANG, ZENGDU, ZHEJIANG])
def test_every_indicator_quote_is_the_original_slice(name: str) -> None:
    original = (SEEDS / name).read_text(encoding="utf-8")
    for indicator in _indicators(name):
        assert indicator.evidence.source == name
        assert original[indicator.evidence.start : indicator.evidence.end] == indicator.evidence.text


@pytest.mark.parametrize("name", [HUZHOU, GANSU, HUANGSHIGANG, ZENGDU, ZHEJIANG])
def test_indicator_names_are_unique_per_kind(name: str) -> None:
    for kind in ("table", "prose"):
        names = [i.name for i in _indicators(name) if i.kind == kind]
        assert len(names) == len(set(names))


def test_traditional_document_gives_simplified_names_and_printed_quotes() -> None:
    target = next(i for i in _prose(ZHEJIANG) if i.target == "低于0.18")
    assert target.name == "万台特种设备事故率"
    assert target.evidence.text == "萬臺特種設備事故率低于0.18"


SYNTHETIC_TABLE = "\n\n".join(
    [
        "某市“十四五”市场监管规划",
        "表1 主要指标",
        "序号",
        "指标名称",
        "2020年",
        "2025年",
        "属性",
        "1",
        "市场主体总量(万户)",
        "44",
        "57",
        "预期性",
        "2",
        "有效商标注册量(万件)",
        "〔8〕",
        "〔13〕",
        "预期性",
        "3",
        "食品抽检合格率(%)",
        "98",
        "≥99",
        "约束性",
        "4",
        "新建检测中心(个)",
        "3",
        "预期性",
        "注:〔 〕内为五年累计数。",
        "二、主要任务",
        "深化商事制度改革,优化营商环境,这一段正文里没有任何数值目标。",
    ]
)


def test_table_with_other_header_layout_parses() -> None:
    rows = {i.name: i for i in _parse(SYNTHETIC_TABLE) if i.kind == "table"}
    assert list(rows) == ["市场主体总量", "有效商标注册量", "食品抽检合格率", "新建检测中心"]
    assert _values(rows["市场主体总量"]) == (None, "万户", "44", "57", "预期性", False)
    assert _values(rows["有效商标注册量"]) == (None, "万件", "〔8〕", "〔13〕", "预期性", True)
    assert _values(rows["食品抽检合格率"]) == (None, "%", "98", "≥99", "约束性", False)
    assert _values(rows["新建检测中心"]) == (None, "个", None, "3", "预期性", False)
    assert rows["有效商标注册量"].baseline_year == 2020


def test_table_without_nature_column_splits_rows_by_their_numbers() -> None:
    cells = ["某市“十四五”规划", "序号", "指标", "2020年基期值", "2025年目标值"]
    cells += ["1", "企业开办时间(天)", "3", "1", "2", "专利拥有量(件)", "12", "20", "3", "绿色产品(个)", "30"]
    cells += ["这是表格之后的一段正文,其中没有任何数值,用来结束表格。"]
    rows = [i for i in _parse("\n\n".join(cells)) if i.kind == "table"]
    assert [(r.name, r.baseline, r.target, r.nature) for r in rows] == [
        ("企业开办时间", "3", "1", None),
        ("专利拥有量", "12", "20", None),
        ("绿色产品", None, "30", None),
    ]


@pytest.mark.parametrize(
    ("name", "target", "quote"),
    [
        (HUZHOU, "突破57万户", "到2025年,全市在册市场主体数突破57万户"),
        (HUZHOU, "92%以上", "其中企业中公司制企业占比达92%以上"),
        (HUZHOU, "低于0.36", "万台特种设备事故率低于0.36"),
        (HUZHOU, "超过160", "到2025年,全市海外发明专利授权量超过160"),
        (HUZHOU, "不少于20名", "遴选不少于20名骨干建成全市系统执法能手专家库"),
        (HUZHOU, "40%以上", "40%以上基层所建成消薄所"),
        (HUZHOU, "90%", "药品检测能力(除生物制品)参数覆盖率达到90%"),
        (GANSU, "增加5%以上", "全省各类认证组织和认证证书数量比“十三五”时期增加5%以上"),
        (GANSU, "1-3名", "培养1-3名国家、省级突出贡献专家或省部级学术带头人"),
        (GANSU, "1312项", "使计量标准总数达到1312项"),
    ],
)
def test_prose_targets_keep_the_printed_value_expression(name: str, target: str, quote: str) -> None:
    found = [i for i in _prose(name) if i.evidence.text == quote]
    assert [(i.target, i.category, i.target_year) for i in found] == [(target, "prose", 2025)]


def test_prose_target_printed_with_its_baseline() -> None:
    target = next(i for i in _prose(GANSU) if i.target == "20天")
    assert (target.name, target.baseline, target.unit) == ("注销登记公告时间", "45天", "天")


def test_annual_prose_target_has_no_target_year() -> None:
    target = next(i for i in _prose(HUZHOU) if i.evidence.text == "每年带动100家小微企业开展对标达标活动")
    assert (target.target, target.target_year) == ("100家", None)


def test_achievements_of_the_previous_period_are_not_targets() -> None:
    original = (SEEDS / HUZHOU).read_text(encoding="utf-8")
    review = original.index("较十二五末的25.75万余户增长70.8%")
    assert all(not i.evidence.start <= review < i.evidence.end for i in _indicators(HUZHOU))
    assert not [i for i in _prose(GANSU) if "186.72万户" in i.evidence.text]
    assert not [i for i in _prose(ZHEJIANG) if "70.5%" in (i.target or "")]


def test_past_figures_codes_and_slogans_in_plan_text_are_not_targets() -> None:
    text = "\n\n".join(
        [
            "某市市场监管“十四五”规划",
            "一、主要目标",
            "2020年,全市共有市场主体43.98万户,较十二五末增长70.8%。",
            "“十三五”期间,全市查处案件13213件。截至2020年底,累计培育示范企业52家。",
            "建设“1个平台5朵云”,畅通12315热线,办好第4届质量大会,推广ISO9001标准。",
            "按照每万人配备3名执法人员的标准配齐队伍,落实公示、记录、审核3项制度。",
            "深化改革,全市市场主体较十二五末增长70.8%。",
            "这是全市500万人民多年来的期盼,近年来新增企业3万户。",
            "单位产值能耗比2020年下降13.5%,到2025年,全市市场主体达到60万户。",
        ]
    )
    assert [(i.target, i.evidence.text) for i in _parse(text)] == [
        ("下降13.5%", "单位产值能耗比2020年下降13.5%"),
        ("60万户", "到2025年,全市市场主体达到60万户"),
    ]


def test_head_counts_of_the_area_a_plan_covers_are_not_targets() -> None:
    text = "\n\n".join(
        [
            "某县生态环境保护“十四五”规划",
            "规划范围为全县,辖2个街道、9个镇和4个乡,包括城东街道、城西街道等。",
            "本规划以全县9个乡镇、86个行政村为重点,涉及人口35万人。",
            "到2025年,全县森林覆盖率达到60%,建成3个以上生态示范村,拥有量达到50台。",
            "涉及民生的产品抽检合格率达到98%,每万人拥有公共文化设施面积达到1200平方米。",
        ]
    )
    assert [(i.name, i.target) for i in _parse(text)] == [
        ("全县森林覆盖率", "60%"),
        ("建成生态示范村", "3个以上"),
        ("拥有量", "50台"),
        ("涉及民生的产品抽检合格率", "98%"),
        ("每万人拥有公共文化设施面积", "1200平方米"),
    ]


def test_table_cells_are_not_read_again_as_prose() -> None:
    prose = _prose(HUZHOU)
    table = _rows(HUZHOU).values()
    assert all(
        p.evidence.end <= t.evidence.start or t.evidence.end <= p.evidence.start for p in prose for t in table
    )


def test_bare_number_after_a_linking_verb_is_a_target_but_a_year_or_version_is_not() -> None:
    text = "\n\n".join(
        [
            "某市市场监管“十四五”规划",
            "一、主要目标",
            "到2025年,公众满意度达到90,监管水平达到2035年要求,平台升级达到3.0版。",
        ]
    )
    assert [(i.name, i.target, i.unit) for i in _parse(text)] == [("公众满意度", "90", None)]


def test_review_section_is_skipped_when_a_table_of_contents_repeats_its_heading() -> None:
    review = "第一章 发展基础"
    text = "\n\n".join(
        [
            "某市市场监管“十四五”规划",
            "目录",
            review,
            "第二章 主要目标",
            review,
            "全市市场主体总量达到43.98万户,食品抽检合格率达到98%以上。",
            "第二章 主要目标",
            "到2025年,全市市场主体总量达到60万户。",
        ]
    )
    assert [(i.target, i.target_year) for i in _parse(text)] == [("60万户", 2025)]


_REVIEW_TABLE = (
    "表1 “十四五”规划主要指标中期进展情况\n"
    "序号\n指标名称\n单位\n2020年\n2025年目标\n2022年完成值\n进展情况\n属性\n"
    "1\n市场主体总量\n万户\n50\n65\n58\n符合预期\n预期性\n"
    "2\n食品抽检合格率\n%\n97.5\n≥98\n98.3\n超额完成\n约束性\n"
)
_REVIEW_TABLE_WITHOUT_NATURE = (
    "表2 主要指标完成情况\n指标\n2020年基期值\n2025年目标值\n截至2022年底\n进度\n"
    "每万人口发明专利拥有量(件)\n12.5\n20\n15.1\n滞后\n有效注册商标总量(万件)\n8\n〔12〕\n10.5\n达到预期\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_REVIEW_TABLE, {"市场主体总量": ("万户", "50", "65"), "食品抽检合格率": ("%", "97.5", "≥98")}),
        (
            _REVIEW_TABLE_WITHOUT_NATURE,
            {"每万人口发明专利拥有量": ("件", "12.5", "20"), "有效注册商标总量": ("万件", "8", "〔12〕")},
        ),
    ],
)
def test_mid_term_review_table_keeps_baseline_and_target_not_progress(text: str, expected: dict) -> None:
    rows = {r.name: (r.unit, r.baseline, r.target) for r in _parse(text) if r.kind == "table"}
    assert rows == expected


def test_a_bracketed_amount_is_no_indicator_row() -> None:
    text = "表1 主要指标\n指标名称\n单位\n2025年目标\n投资(500万元)\n个\n20\n市场主体总量\n万户\n65\n"
    assert [r.name for r in _parse(text)] == ["市场主体总量"]


# A provincial action plan's goals (from a real opening), its page cut off mid-clause.
_GOALS = (
    "湖北省品牌提升专项行动方案(2020-2022)\n一、总体目标 力争到2022年底,全省品牌数量大幅增加。"
    "有效注册商标总量达到80万件以上,地理标志数量和国际商标注册总量均达到500件以上,驰名商标总量力争突破400件。"
    "二、重点任务 以龙头企业以及年产值在5000万元以上的高新技术企业为重点,支持企业创新,培育100个在全"
)


def test_prose_targets_are_whole_quantified_clauses() -> None:
    names = [r.name for r in _parse(_GOALS)]
    # two subjects sharing one value are two targets; a threshold describing firms (在…以上的) and a
    # clause the page cut off are none
    assert names == ["有效注册商标总量", "地理标志数量", "国际商标注册总量", "驰名商标总量"]


def test_a_clause_is_whole_when_the_text_ends_with_its_sentence() -> None:
    assert [r.target for r in _parse(_GOALS + "国有影响力的品牌。")][-1] == "100个"


def test_months_are_a_unit_and_not_part_of_the_name() -> None:
    # CNIPA's 专利和商标审查“十四五”规划 as reported (mondaq, 2022-03-02): 个月 is the unit, as 个工作日 is
    text = (
        "专利和商标审查“十四五”规划\n《规划》预期,从发明专利申请实审生效日到作出首次授权决定的平均审查用时"
        "将从20个月缩减至15个月;符合一般情形的商标注册申请,从商标注册申请之日至商标注册公告之日的周期"
        "进一步从8个月提升至7个月。"
    )
    found = [(r.baseline, r.target, r.unit) for r in _parse(text)]
    assert found == [("20个月", "15个月", "个月"), ("8个月", "7个月", "个月")]
    assert not [r.name for r in _parse(text) if r.name.endswith("月")]


def test_a_threshold_that_includes_its_bound_is_one_value() -> None:
    # probe h513 (济宁市任城区 创建方案): (含90分) notes that 90 counts; it is no second value
    text = (
        "任城区创建方案\n二、创建目标\n"
        "到2022年8月底前,评价总分值在90分(含90分)以上,食用农产品抽检合格率达到98%以上。"
    )
    found = [(r.name, r.target) for r in _parse(text)]
    assert found == [("评价总分值", "90分(含90分)以上"), ("食用农产品抽检合格率", "98%以上")]


def test_a_threshold_noted_with_a_bare_inclusion_mark_is_one_value() -> None:
    # the mark may hold no number (sangco.com.cn, 东府〔2021〕54号: 在职职工总数30人(含)以下的企业)
    text = "东莞市实施意见\n一、主要措施\n到2022年,吸纳残疾人就业的企业达到500家(含)以上。"
    assert [r.target for r in _parse(text)] == ["500家(含)以上"]


@pytest.mark.parametrize(
    "text",
    [
        # body3 b18 (合肥市“十四五”数字合肥发展规划 as reported by ahchanye.com): the “1136” framework
        "数字合肥发展规划\n到2025年,我市将按照“1136”的思路构建数字合肥框架体系,即围绕建设“数字中国”领先城市"
        "1个总体目标,将“城市大脑”作为“数字合肥”建设的1个总抓手,围绕数字经济、数字政府、数字社会3条主线,"
        "在数字筑基、数字驱动等6个方面重点发力。",
        # body3 b12 (安徽省智慧交通建设方案(2021-2023年) as digested by caigoufeng.com)
        "安徽省智慧交通建设方案\n方案针对目前全省智慧交通发展中亟需突破加强的工作,着力推进11大专项行动、"
        "34项具体任务。",
        # b12 again: the parts of the “141” architecture, each explained by 即
        "安徽省智慧交通建设方案\n1个智慧交通数字大脑,即建设智慧交通大数据中心。"
        "1套保障体系,即强化标准规范建设、推动智慧交通科技创新与产业化发展。",
    ],
)
def test_counts_of_the_plans_own_framework_are_not_targets(text: str) -> None:
    assert _parse(text) == []


def test_a_framework_count_leaves_the_targets_beside_it() -> None:
    # body3 b18: the targets of the next paragraph are still read
    text = (
        "数字合肥发展规划\n到2025年,围绕数字经济、数字政府、数字社会3条主线重点发力。"
        "到2025年,全市数字经济核心产业增加值占GDP比重达到14%。建成5G基站2.5万个。"
    )
    assert [r.target for r in _parse(text)] == ["14%", "2.5万个"]


def test_a_description_of_the_place_is_no_target_until_a_sentence_looks_forward() -> None:
    # check20 w13 (蛟河市), check16 e13 (澄城县) and check6 n03 (滇中城市群): the profile of the area a plan
    # covers counts what it has, it sets nothing; check11 x01/x06: what the plan covers
    text = "\n\n".join(
        [
            "某市应急管理“十四五”规划",
            "蛟河市地处吉林省东部、长白山西麓,幅员面积6429平方公里,总人口44万,森林覆盖率达68%。"
            "蛟河市共有固定场所生产经营单位8868家,其中行管部门负责监管企业578户,重点企业108户"
            "(含煤矿企业4户、非煤矿山企业11户)。到2025年,全市生产安全事故死亡人数下降15%以上。",
            "规划范围为全市11个乡镇街道,规划期为2021年至2025年。规划期限为2021―2030年,展望到2035年。",
            "全市森林覆盖率达到70%。",
        ]
    )
    assert [(i.name, i.target) for i in _parse(text)] == [
        ("全市生产安全事故死亡人数", "下降15%以上"),
        ("全市森林覆盖率", "70%"),
    ]


def test_a_metadata_field_with_its_label_spaced_out_is_page_furniture() -> None:
    # check20 w08/w11: 索  引 号: 11220502013583620H/2023-03972 read as a target of 03972分
    text = "\n".join(
        [
            "索  引 号: 11220502013583620H/2023-03972 分      类: 专项规划 ; 通知",
            "某区应急管理“十四五”规划",
            "到2025年,全区生产安全事故死亡人数下降15%以上。",
        ]
    )
    assert [(i.name, i.target) for i in _parse(text)] == [("全区生产安全事故死亡人数", "下降15%以上")]


def test_a_sentence_about_cited_documents_and_an_areas_size_set_nothing() -> None:
    # check22 c03 (甘肃省): the notice counts the plans it sends; check9 t05: the meeting that approved it;
    # check22 c02 (平武县): 规划区幅员面积5974平方公里,涉及全县25个乡镇…;总人口18.26万
    text = "\n\n".join(
        [
            "某省促进消费实施方案",
            "省政府研究制定了《关于进一步促进消费扩大内需的实施意见》以及推进农村燃气、冷链物流等8个专项实施方案。",
            "《某市卫生健康事业发展“十四五”规划》已经市委十四届第110次常委会会议审议同意。",
            "规划区幅员面积5974平方公里,涉及全县25个乡镇、248个行政村;总人口18.26万,其中农业人口15.00万。",
            "到2025年,全省社会消费品零售总额达到5000亿元。",
        ]
    )
    assert [(i.name, i.target) for i in _parse(text)] == [("全省社会消费品零售总额", "5000亿元")]


def test_beds_counted_in_张_are_targets() -> None:
    # check34 ak01 (莆田市's 2014 opinion on elderly care): bullets under 主要目标, beds counted in 张
    text = (
        "莆田市人民政府关于加快发展养老服务业的实施意见\n一、主要目标\n到2020年,全面建成覆盖城乡的养老服务体系。\n"
        "——全市机构养老床位至少需达到15800张以上,每千名老年人拥有养老床位数35张以上。\n"
    )
    assert [(r.name, r.target, r.unit) for r in _parse(text)] == [
        ("全市机构养老床位", "15800张以上", "张"),
        ("每千名老年人拥有养老床位数", "35张以上", "张"),
    ]


def test_a_document_sharing_sites_terms_are_no_targets() -> None:
    # check34 ak09 (a book118 mirror): the VIP terms printed over the shared file are chrome
    from plangraph.ingest.boilerplate import strip_boilerplate

    text = (
        "- 6、成为VIP后,下载本文档将扣除1次下载权益。下载后,不支持退款、换文档。\n"
        "- 8、VIP文档为合作方或网友上传,每下载1次, 网站将根据用户上传文档的质量评分,对文档贡献者给予补贴。\n"
        "禹会区“十四五”民政事业发展规划\n"
    )
    assert len(_parse(text)) == 1  # read as text, a term looks like a target (每下载1次)
    assert extract_indicators("page.txt", strip_boilerplate(normalise(text))) == []


def test_a_past_year_clause_dates_the_rest_of_its_sentence() -> None:
    # check37 an02 (a news report of 山西's 十四五 logistics plan): the 2020 figures it discloses
    text = (
        "山西省“十四五”现代物流发展规划\n"
        "《规划》披露,2020年,全省社会物流总额达到32590亿元,物流业总收入达到2055亿元,比2015年分别增长35.3%、16.1%。\n"
        "《规划》提出五大任务、十六个方面47条具体举措、七大提升工程。\n"
        "力争到2025年,全省物流总额达到5万亿元,年均增长8%左右。\n"
    )
    assert [r.target for r in _parse(text)] == ["5万亿元", "增长8%左右"]


def test_counts_of_what_a_plan_is_fitted_to_are_no_targets() -> None:
    # check51 bc07 (广州增城区 disaster reduction):
    # 结合我区30个职能部门、7个镇6个街道,367个行政村(社区)的实际情况
    text = (
        "增城区防灾减灾“十四五”规划\n"
        "为深入贯彻落实…精神,全面提升我区抵御自然灾害的综合防范能力,结合我区30个职能部门、7个镇6个街道,"
        "367个行政村(社区)的实际情况,特制定本规划。\n"
    )
    assert _parse(text) == []


def test_a_plans_period_from_its_title_dates_its_past_and_its_first_years_targets() -> None:
    # check51 bc08 (成都市全民健身实施计划(2021—2025年), no 十四五 in its header): “十三五”期间…达到48.86% is
    # the past. check14 g07 (六盘水…三年行动方案(2022—2024年)): 2022年,…新建5G基站2600个以上 is the first
    # year's target, not a fact before the plan.
    past = "“十三五”期间,全市全民健身公共服务体系逐渐健全,经常参加体育锻炼人数比例达到48.86%。\n"
    assert extract_indicators("p.txt", normalise(past), "2021-2025") == []
    first = "一、主要目标\n2022年,全市新建5G基站2600个以上,新建市级及以上创新平台15个以上。\n"
    targets = extract_indicators("p.txt", normalise(first), "2022-2024")
    assert [r.target for r in targets] == ["2600个以上", "15个以上"]


def test_a_count_of_the_units_a_plan_designates_is_no_target() -> None:
    # seed 000 (湖州市, its period 2021-2025 read from its title): 2021年确定吴兴区、长兴县、安吉县、
    # 德清县4个区域为首批试点区域 — a designation in the plan's first year, not an indicator
    text = (
        "稳步有序推进调整电梯检验、检测方式试点,"
        "2021年确定吴兴区、长兴县、安吉县、德清县4个区域为首批试点区域。\n"
    )
    assert extract_indicators("p.txt", normalise(text), "2021-2025") == []


def test_a_paragraph_dated_before_the_plan_stays_in_the_past() -> None:
    # check57 bi09 (吐鲁番地区中长期人才发展规划(2010-2020)): 到2009年底 is no deadline of a plan that
    # starts in 2010, and the paragraph's next sentence is of the same time
    text = (
        "人才总量增加、素质不断提升。到2009年底,全地区人才资源总量43413人,占全地区总人口7.48%。"
        "单位就业人口大专以上学历人员占56.7%,高技能人才占技能劳动者的比例达到3.77%。\n"
        "到2020年,全地区人才资源总量达到8万人。\n"
    )
    assert [r.target for r in extract_indicators("p.txt", normalise(text), "2010-2020")] == ["8万人"]


def test_an_area_or_a_length_in_ten_thousands_is_a_quantity() -> None:
    # check55 bg07 (通化市2015年创建国家卫生城市实施方案): 改造城市棚户区和工矿棚户区100万平方米,
    # 综合整治老旧住宅小区15万平方米; a farmland target in 万亩
    housing = "1.改造城市棚户区和工矿棚户区100万平方米,综合整治老旧住宅小区15万平方米。\n"
    text = housing + "建设高标准农田50万亩。\n"
    assert [(r.target, r.unit) for r in _parse(text)] == [
        ("100万平方米", "万平方米"),
        ("15万平方米", "万平方米"),
        ("50万亩", "万亩"),
    ]


def test_a_pages_viewing_hints_and_catalogue_fields_are_furniture() -> None:
    # check51 bc09 (共浏览141次 字体颜色), check60 bl05 (the browser hint), probe7 p703 (所属机构 after a
    # date), check25 ab14 (a sharing site's download note)
    text = "\n".join(
        [
            "某区应急管理“十四五”规划",
            "2017年11月9日  共浏览141 次      字体颜色",
            "使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果",
            "2021-09-27 所属机构:某区应急管理局",
            "下载后只包含 1 个 DOC 格式的文档",
            "到2025年,全区生产安全事故死亡人数下降15%以上,精细化气象预报水平分辨率达到1公里。",
        ]
    )
    assert [(i.name, i.target) for i in _parse(text)] == [
        ("全区生产安全事故死亡人数", "下降15%以上"),
        ("精细化气象预报水平分辨率", "1公里"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "到2025年,设置12项主要指标。",  # check36 am03: the plan's own indicators, counted
        "明确提出“十四五”时期自治区体育事业6个发展目标。",  # check38 ap03
        "加快推进160项重点任务落实。",  # check40 ar03
        "全面启动10项重点任务、34项主要工作举措。",  # check54 bf05
        "全自治区农村牧区尚未完全稳定解决温饱问题的贫困人口已减少到107万人。",  # check23 i10: reached
        "到2025年,80%的乡镇没有农村公益性公墓,全省还有13个县市区没有带火化功能的殡仪馆。",  # check55 bg02
        "天津市静海区人民政府关于印发天津市静海区民政事业发展“十四五”规划等11个专项规划的通知",  # check21 a09
        "制定空气质量巩固提升2021年行动计划,可吸入颗粒物年均浓度不超过2012年水准。",  # check6 n05, bg04
    ],
)
def test_counts_of_the_plans_parts_states_reached_and_years_are_no_targets(sentence: str) -> None:
    assert _parse(f"某省“十四五”发展规划\n{sentence}\n") == []
