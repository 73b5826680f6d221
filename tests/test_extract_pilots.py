"""Pilots and demonstrations read from the real sample plans, with the regions they cover."""

from __future__ import annotations

import pytest

from plangraph.ingest.entities import PlanContext
from plangraph.ingest.extract_pilots import find_pilots, read_plan_pilots
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.name_walk import plan_lines
from plangraph.ingest.records import EntityMention
from tests.expected_plans import GANSU, HUZHOU
from tests.expected_plans import ZHEJIANG as ZHEJIANG_TRADITIONAL
from tests.seed_records import mentions


def _pilots(name: str) -> list[EntityMention]:
    return mentions(name, "Pilot")


def _regions(mention: EntityMention) -> list[str]:
    return [region.name for region in mention.regions]


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (
            HUZHOU,
            {
                "绿色产品认证试点城市",
                "国家生态文明标准化示范区",
                "全国知名品牌创建示范区",
                "全省化妆品创新监管与高质量发展示范基地",
                "国家知识产权示范城市",
                "国家知识产权强县(区)工程示范",
                "国家知识产权质押融资试点城市",
                "浙江省商标品牌示范县区",
                "国家社会信用体系建设示范区",
                "住所与经营场所分离登记试点",
                "网络监管与服务示范区",
                "全国质量品牌提升示范区",
                "电梯按需维保试点",
                "证照分离2.0改革试点",
            },
        ),
        (
            GANSU,
            {
                "国家知识产权试点城市",
                "国家知识产权强县工程试点县区",
                "传统知识产权保护试点县",
                "知识产权强县工程示范县",
                "省级有机农产品认证示范县",
                "国家食品安全示范城市",
                "省级食品安全示范城市",
                "甘肃大宗地产中药材产地加工试点",
                "全国放心消费示范城市",
                "质量基础设施一站式服务试点",
                "国家地理标志保护示范区",
            },
        ),
    ],
)
def test_named_pilots_of_the_gold_seeds_are_found(seed: str, expected: set[str]) -> None:
    assert expected <= {m.name for m in _pilots(seed)}


def test_a_list_of_counties_in_the_next_clause_is_the_pilots_regions() -> None:
    mentions = [m for m in _pilots(HUZHOU) if m.name == "调整电梯检验、检测方式试点"]
    assert mentions
    for mention in mentions:
        assert _regions(mention) == ["吴兴区", "长兴县", "安吉县", "德清县"]


def test_short_place_names_in_the_pilots_clause_are_its_regions() -> None:
    (mention,) = [m for m in _pilots(HUZHOU) if m.name == "全国知名品牌创建示范区"]
    assert mention.evidence.text == "全国知名品牌创建示范区"
    assert _regions(mention) == ["南浔区", "长兴县"]


@pytest.mark.parametrize(
    ("seed", "pilot", "region"),
    [
        (HUZHOU, "国家知识产权质押融资试点城市", "湖州市"),
        (HUZHOU, "浙江省商标品牌示范县区", "湖州市"),
        (GANSU, "国家知识产权试点城市", "甘肃省"),
        (GANSU, "甘肃大宗地产中药材产地加工试点", "甘肃省"),
    ],
)
def test_a_pilot_without_named_places_covers_the_plans_region(seed: str, pilot: str, region: str) -> None:
    mentions = [m for m in _pilots(seed) if m.name == pilot]
    assert mentions
    assert all(_regions(m) == [region] for m in mentions)


def test_a_place_below_the_plan_inside_the_name_is_the_pilots_region() -> None:
    (mention,) = [m for m in _pilots(ZHEJIANG_TRADITIONAL) if m.name == "杭州营商环境创新试点城市"]
    assert _regions(mention) == ["杭州市"]
    assert mention.evidence.text == "杭州營商環境創新試點城市"


@pytest.mark.parametrize("zone", ["共同富裕示范区", "长三角生态绿色一体化发展示范区"])
def test_an_outside_zone_the_plan_supports_or_leads_within_has_no_region(zone: str) -> None:
    mentions = [m for m in _pilots(HUZHOU) if m.name == zone]
    assert mentions
    assert all(m.regions == () for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        # check33 aj08 (云和县): the scheme for a pilot, cited in a notice, is no piloted thing
        "现将《云和县区域整体推进智慧教育综合试点实施方案》印发给你们,请结合实际,认真贯彻实施。",
        "特制定我县区域整体推进智慧教育综合试点实施方案。",
    ],
)
def test_a_pilots_implementation_scheme_names_only_the_pilot(text: str) -> None:
    assert [f.name for f in find_pilots(text, PlanContext())] == ["智慧教育综合试点"]


def test_a_pilot_named_by_what_is_piloted_covers_the_place_it_is_run_in() -> None:
    (mention,) = [m for m in _pilots(HUZHOU) if m.surface == "试点开展民宿服务认证"]
    assert mention.name == "民宿服务认证国家试点"
    assert _regions(mention) == ["德清县"]


def test_spellings_of_one_pilot_share_its_name_but_levels_keep_pilots_apart() -> None:
    by_surface = {m.surface: m.name for m in _pilots(HUZHOU)}
    assert by_surface["知识产权示范城市"] == by_surface["国家知识产权示范城市"]
    assert by_surface["商事主体登记确认制试点"] == by_surface["商事主体登记确认制改革试点"]
    assert by_surface["全国首批质量品牌提升示范区"] == "全国质量品牌提升示范区"
    names = {m.name for m in _pilots(GANSU)}
    assert {"国家食品安全示范城市", "省级食品安全示范城市"} <= names
    assert "食品安全示范城市" not in names


def test_a_kind_after_a_list_comma_shares_the_head_of_the_first_item() -> None:
    (mention,) = [m for m in _pilots(GANSU) if m.surface == "示范园区"]
    assert mention.name == "商业秘密保护示范园区"


@pytest.mark.parametrize("seed", [HUZHOU, GANSU])
def test_enterprise_honours_are_not_pilots(seed: str) -> None:
    for mention in _pilots(seed):
        assert "企业" not in mention.name
        assert "优势" not in mention.name


def test_enterprise_honours_and_generic_pilots_in_a_sentence_are_not_taken() -> None:
    huzhou = gazetteer().resolve("湖州市")
    sentence = "培育国家知识产权示范企业20家、试点企业10家,首批试点区域实现区(县)试点全覆盖。"
    assert find_pilots(sentence, PlanContext(region=huzhou)) == []


def test_a_sentence_outside_any_plan_is_read_with_the_plans_region() -> None:
    huzhou = gazetteer().resolve("湖州市")
    found = find_pilots("积极争创国家食品安全示范城市,加强食安办分级分类管理。", PlanContext(region=huzhou))
    assert [(f.name, [r.name for r in f.attrs["regions"]]) for f in found] == [
        ("国家食品安全示范城市", ["湖州市"])
    ]


def test_a_kind_stacked_on_a_kind_is_the_inner_pilot() -> None:
    """国家食品安全示范城市试点 is the 示范城市 programme (lines from a real city plan's opening)."""
    zhengzhou = gazetteer().resolve("郑州市")
    text = (
        "我市开展创建国家食品安全示范城市工作。\n"
        "进一步加强和提升国家食品安全示范城市试点创建工作。\n"
        "持续深入做好我市创建国家食品安全示范城市各项工作。"
    )
    lines = text.split("\n")
    context = PlanContext(region=zhengzhou, text=text)
    context.readings["Pilot"] = read_plan_pilots(context, plan_lines(lines))
    names = {f.name for line in lines for f in find_pilots(line, context)}
    assert names == {"国家食品安全示范城市"}


def test_a_demonstration_project_is_a_pilot() -> None:
    huzhou = gazetteer().resolve("湖州市")
    found = find_pilots("继续推进餐饮服务食品安全示范工程建设,打造放心食堂。", PlanContext(region=huzhou))
    assert [f.name for f in found] == ["餐饮服务食品安全示范工程"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a news item on 上合示范区 (the body that runs it is an agency, not a pilot)
        "7月17日,在国家外汇管理局青岛市分局、上合示范区管委会的大力支持下,欧亚班列公司联合青岛农商银行"
        "胶州支行,成功落地中欧班列(齐鲁号)首笔线上仓单质押融资业务。",
        # a court judgment listing an official's posts
        "陕西省人民政府副省长、杨凌农业高新技术产业示范区管委会主任等职务上的便利以及职权、地位形成的便利条件",
    ],
)
def test_a_zone_named_before_its_administrative_committee_is_an_agency_not_a_pilot(sentence: str) -> None:
    assert find_pilots(sentence, PlanContext()) == []


def test_a_programme_of_demonstration_communities_is_a_pilot() -> None:
    # probe h510 (成都 社区嵌入式服务设施建设工程实施方案): communities are areas, as counties are
    chengdu = gazetteer().resolve("成都市")
    sentence = "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成。"
    found = find_pilots(sentence, PlanContext(region=chengdu))
    assert [(f.name, [r.name for r in f.attrs["regions"]]) for f in found] == [
        ("嵌入式服务设施建设示范社区", ["成都市"])
    ]


def test_a_verb_before_the_bare_kind_names_no_pilot() -> None:
    # probe h510: 总结试点 is summing up the pilot, as 扩大试点 is widening it
    chengdu = gazetteer().resolve("成都市")
    sentence = "在总结试点形成的经验做法和有效建设模式基础上,向全市更多社区推开。"
    assert find_pilots(sentence, PlanContext(region=chengdu)) == []


def test_pilot_zones_and_a_demonstration_province_are_pilots() -> None:
    # body3 b19 (湖州市数字经济发展“十四五”规划) and b15 (天津市全民健康信息化“十四五”规划)
    huzhou, tianjin = gazetteer().resolve("湖州市"), gazetteer().resolve("天津市")
    sentence = (
        "德清县成为联合国地理信息大会会址并获批建设国家新一代人工智能创新发展试验区;"
        "德清县、长兴县成为首批省级数字经济创新发展试验区;吴兴区获2020年省政府数字经济发展督查激励。"
    )
    found = find_pilots(sentence, PlanContext(region=huzhou))
    assert [(f.name, [r.name for r in f.attrs["regions"]]) for f in found] == [
        ("国家新一代人工智能创新发展试验区", ["德清县"]),
        ("省级数字经济创新发展试验区", ["德清县", "长兴县"]),
    ]
    sentence = "2019年,天津市政府与国家卫生健康委签署共建“互联网+医疗健康”示范省协议。"
    assert [f.name for f in find_pilots(sentence, PlanContext(region=tianjin))] == ["互联网+医疗健康示范省"]


def test_a_zone_named_in_brackets_before_its_party_committee_is_not_a_pilot() -> None:
    # check2 h811 (银川 plan's addressees): (经济试验区) is the zone's other name, 党工委 its committee
    sentence = "银川经济技术开发区、银川综合保税区、银川滨河新区(经济试验区)党工委和管委会,市委各部委"
    assert find_pilots(sentence, PlanContext()) == []


def test_a_zone_named_试验区_without_the_level_that_grants_it_is_not_a_pilot() -> None:
    # probe5 h979: the plan's own title names the zone its city lies in (沙湾市 is a 分区 of it)
    shawan = gazetteer().resolve("沙湾市")
    title = "塔城地区沙湾市(新疆塔城重点开发开放试验区沙湾市分区)国民经济和社会发展第十四个五年规划"
    assert find_pilots(title, PlanContext(region=shawan)) == []
    # a granted one still is (probe2 h708, 海南)
    hainan = gazetteer().resolve("海南省")
    sentence = "全面推进国家生态文明试验区建设,打造水网。"
    assert [f.name for f in find_pilots(sentence, PlanContext(region=hainan))] == ["国家生态文明试验区"]


def test_the_rules_for_a_kind_of_pilot_name_no_pilot_but_a_cited_plan_or_notice_may() -> None:
    # check19 s12 (遵义市): 按照《国家知识产权试点、示范城市管理办法》 is the rule book for such cities
    def names(text: str) -> list[str]:
        return [f.name for f in find_pilots(text, PlanContext())]

    assert (
        names("按照《国家知识产权试点、示范城市管理办法》《国家食品安全示范城市评价细则(2021版)》要求。")
        == []
    )
    # check12 y06 (沁县): the notice calling for applications names the county's own pilot
    found = names("根据《山西省商务厅关于做好2021年度电子商务进农村综合示范县申报工作的通知》")
    assert [name[-12:] for name in found] == ["电子商务进农村综合示范县"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚持示范区建设与产业发展相结合", []),  # body2 b11: verbs before a bare kind name no pilot
        ("鼓励社会资本投向示范区", []),
        ("(以下简称示范区)", []),
        ("聚焦创新型制造业示范城市建设", ["创新型制造业示范城市"]),  # check14 g08: 聚焦 opens no name
    ],
)
def test_a_verb_before_a_pilot_kind_is_not_part_of_its_name(text: str, expected: list[str]) -> None:
    assert [f.name for f in find_pilots(text, PlanContext())] == expected
