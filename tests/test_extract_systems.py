"""Digital systems read from the real sample plans: which names count, and which spellings are one system."""

from __future__ import annotations

import pytest

from plangraph.graph.build import build_document_graph
from plangraph.ingest.entities import PlanContext
from plangraph.ingest.extract_systems import find_systems, read_plan_systems
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.name_walk import plan_lines
from plangraph.ingest.normalise import normalise
from plangraph.ingest.records import EntityMention
from tests.conftest import SEEDS
from tests.expected_plans import GANSU, HUZHOU
from tests.expected_plans import ZHEJIANG as ZHEJIANG_TRADITIONAL
from tests.seed_records import mentions, parsed


def _systems(name: str) -> list[EntityMention]:
    return mentions(name, "System")


def _names(name: str) -> set[str]:
    return {m.name for m in _systems(name)}


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (
            HUZHOU,
            {
                "浙食链",
                "浙江公平在线",
                "浙江省知识产权在线",
                "浙江企业在线",
                "企业信用风险预警系统",
                "政务服务2.0平台",
                "特种设备码",
                "市场监管数字驾驶舱",
                "湖州市化解消费纠纷和解平台",
                "省行政执法监管(互联网+监管)平台",
                "处方药流通智慧监管一体化平台",
                "商事主体登记确认制改革集成应用",
            },
        ),
        (
            GANSU,
            {
                "国家企业信用信息公示系统(甘肃)",
                "甘肃省部门协同监管平台",
                "电子营业执照系统",
                "双随机系统",
                "互联网+监管系统",
                "两品一械检查、监管、执法智慧系统",
                "小微企业(甘肃)名录",
                "地理标志产品资源库",
                "市场监管业务集成系统",
                "计量互联网+平台",
            },
        ),
    ],
)
def test_named_systems_of_the_gold_seeds_are_found(seed: str, expected: set[str]) -> None:
    assert expected <= _names(seed)


def test_spellings_of_the_elevator_system_are_one_node_with_every_spelling_as_alias() -> None:
    spellings = {
        "五可电梯智慧监管系统",
        "五可电梯智慧化监管系统",
        "五可电梯智慧监管平台",
        "电梯智慧化监管系统",
        "电梯智慧监管系统",
        "电梯智慧监管平台",
        "湖州市电梯智慧监管系统",
    }
    elevator = [m for m in _systems(HUZHOU) if m.surface in spellings]
    assert {m.surface for m in elevator} == spellings
    assert {m.name for m in elevator} == {"五可电梯智慧监管系统"}
    nodes = [
        n.contribution.props
        for n in build_document_graph(parsed(HUZHOU)).nodes
        if n.label == "System" and "电梯智慧" in n.contribution.props["name"]
    ]
    assert [props["name"] for props in nodes] == ["五可电梯智慧监管系统"]
    assert spellings - {"五可电梯智慧监管系统"} <= set(nodes[0]["aliases"])


def test_a_brand_followed_by_a_generic_suffix_is_the_brand() -> None:
    chain = [m for m in _systems(HUZHOU) if m.surface in {"浙食链", "浙食链系统"}]
    assert {m.surface for m in chain} == {"浙食链", "浙食链系统"}
    assert {m.name for m in chain} == {"浙食链"}
    assert all("浙食链系统" in m.aliases for m in chain)


def test_a_bracketed_brand_is_an_alias_of_the_formal_name() -> None:
    (mention,) = [m for m in _systems(HUZHOU) if "浙品码" in m.surface]
    assert mention.name == "产品质量全流程监管集成应用"
    assert mention.surface == "产品质量全流程监管集成应用(浙品码)"
    assert "浙品码" in mention.aliases


def test_a_quoted_brand_joins_its_spellings_and_drops_the_quote_marks() -> None:
    food = [m for m in _systems(GANSU) if "陇上食安" in m.surface]
    assert {m.surface for m in food} == {"“陇上食安”一体化智慧监管平台", "“陇上食安”综合管理平台"}
    assert {m.name for m in food} == {"陇上食安一体化智慧监管平台"}


def test_a_service_number_joins_its_platform_and_hotline() -> None:
    numbered = [m for m in _systems(GANSU) if "12315" in m.surface]
    assert {m.surface for m in numbered} == {"“五线合一”12315 平台", "12315热线"}
    assert len({m.name for m in numbered}) == 1


def test_a_shorter_spelling_without_its_qualifier_is_the_same_system() -> None:
    publicity = {m.surface: m.name for m in _systems(GANSU) if "企业信用信息公示系统" in m.surface}
    assert publicity == {
        "国家企业信用信息公示系统(甘肃)": "国家企业信用信息公示系统(甘肃)",
        "企业信用信息公示系统": "国家企业信用信息公示系统(甘肃)",
    }


def test_scope_words_are_dropped_from_names_but_a_region_is_kept() -> None:
    names = _names(GANSU)
    assert {"企业信用风险分类管理系统", "市场主体档案管理平台", "甘肃省食品安全信息追溯平台"} <= names
    assert not {n for n in names if n.startswith(("全省", "统一"))}


@pytest.mark.parametrize(
    "sentence",
    [
        "加快推进政务信息系统整合共享,建设各类业务系统。",
        "依托数字化平台和服务平台,提升监管效能。",
        "全省市场监管系统认真学习贯彻会议精神。",
        "坚持系统观念,推动平台经济规范健康发展。",
        "形成市场主体全生命周期数据链、监管链、服务链和责任链。",
        "加快产业链、供应链、创新链深度融合,推广冷链和区块链技术。",
        "样样赋码、件件扫码,在做好明码标价的基础上倡导明码实价。",
        "建设新项目检测服务平台和纤维检测平台,强化电商平台主体责任。",
        "布局智能化广告产业生态系统,为碳离子治疗系统提供技术支撑。",
        "通过经营异常名录、严重违法失信名单实施信用约束。",
        # a reform's quoted slogan holds a head word, but no name begins inside a quotation (two
        # Zhejiang pages: the digital-government plan, a review of 互联网+政务服务)
        "2014年建设电子政务云,形成“四张清单一张网”,开全国之先。",
        "以“四张清单一张网”为基础和总抓手,围绕“放管服”三条主线。",
        # a count of kinds is no name (浙江省数字政府建设“十四五”规划)
        "打通省级部门500多套业务系统,满足1951项业务需求。",
        # 系统 in the abstract sense, from two papers on innovation ecologies
        "有效利用创新资源,形成协同共生、自主进化的经济社会创新系统。",
        "施晓清认为产业生态系统是具有自调节能力的自组织系统。",
        # an organ system (check33 aj04, a chronic-disease plan)
        "心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病等慢性病导致的过早死亡率逐步降低。",
    ],
)
def test_generic_kinds_of_systems_are_not_systems(sentence: str) -> None:
    assert find_systems(sentence, PlanContext()) == []


def test_a_sentence_outside_any_plan_is_read_on_its_own() -> None:
    found = find_systems("依托特种设备安全风险预警系统,构建实施特种设备码机制。", PlanContext())
    assert [(f.name, f.surface) for f in found] == [
        ("特种设备安全风险预警系统", "特种设备安全风险预警系统"),
        ("特种设备码", "特种设备码"),
    ]


def test_traditional_script_system_has_a_simplified_name_and_quotes_the_original() -> None:
    original = (SEEDS / ZHEJIANG_TRADITIONAL).read_text(encoding="utf-8")
    (mention,) = [m for m in _systems(ZHEJIANG_TRADITIONAL) if m.name == "企业信用风险预警系统"]
    assert mention.evidence.text == "企業信用風險預警系統"
    assert original[mention.evidence.start : mention.evidence.end] == "企業信用風險預警系統"


def test_the_same_system_in_two_plans_gets_the_same_name() -> None:
    shared = {"省行政执法监管(互联网+监管)平台", "企业信用风险预警系统", "浙江公平在线"}
    assert shared <= _names(HUZHOU)
    assert shared <= _names(ZHEJIANG_TRADITIONAL)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short brand ending in 通 is a system where the words around speak of it as software
        ("强化绿融通功能,推动市内外大型机构加入平台。", ["绿融通"]),
        ("上线浙企通,实现惠企政策直达。", ["浙企通"]),
        # …通 in a word is no brand: 流通, 互联互通, 一网通办
        ("推进商品流通,实现数据互联互通,深化一网通办。", []),
        # a quoted brand before 服务平台 belongs to the name
        ("建设全省质量基础设施“一站式”服务平台,建立计量标准。", ["质量基础设施一站式服务平台"]),
    ],
)
def test_systems_by_head_word_and_the_words_around_it(sentence: str, expected: list[str]) -> None:
    assert [f.name for f in find_systems(sentence, PlanContext())] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of quoted names after 上线 and before 等10大应用 (a Zhejiang news report)
        (
            "目前已上线“浙冷链”“浙食链”“浙江外卖在线”“浙江质量在线”等10大应用,实现核心业务数字化全覆盖。",
            ["浙冷链", "浙食链", "浙江外卖在线", "浙江质量在线"],
        ),
        # quoted brands after 迭代更新 / 普及推广 (another Zhejiang news report)
        ("进一步迭代更新“浙冷链”、普及推广“浙食链”系统,冷链物防工作全面升级。", ["浙冷链", "浙食链"]),
        # a quoted brand without a suffix, spoken of as software (宁波市数字政府建设“十四五”规划)
        ("“浙政钉”开发100 多个钉上微应用,注册用户数超过18 万。", ["浙政钉"]),
        # …and in a Chongqing report
        ("“渝快政”接入应用490个、公职人员日活超55万,实现跨层级、跨条线、跨部门在线沟通。", ["渝快政"]),
        # a list said to be 重点应用, and a brand with its registered users (浙江省数字政府建设“十四五”规划)
        ("推动“浙政钉”“浙里办”“互联网+监管”等重点应用的优化升级。", ["浙政钉", "浙里办"]),
        ("全省政务服务办件“一网通办”比率超过80%,“浙里办”注册用户数超过5600万。", ["浙里办"]),
        # quoted ways of working are not software, whatever verb stands before them (浙江省市场监管规划)
        ("试点推进电梯按需维保模式,科学调整检验检测方式,推广应用“保险+服务”等模式。", []),
        ("坚持“让数据多跑路、群众少跑腿”理念,着力推进“最多跑一次”改革,全面整合政务服务事项。", []),
        # a numbered slogan before 功能 names four functions, no software (check46 ax04, 上海 smart water)
        ("构建具有预报、预警、预演、预案“四预”功能的智慧水务海洋体系框架", []),
    ],
)
def test_quoted_brands_that_the_words_around_speak_of_as_software(sentence: str, expected: list[str]) -> None:
    assert list(dict.fromkeys(f.name for f in find_systems(sentence, PlanContext()))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the national 14th outline as quoted on a city-brain page; a Chongqing news report
        ("“十四五”规划纲要中明确提出“构建城市数据资源体系,推进城市数据大脑建设”。", ["城市数据大脑"]),
        ("这场由“数智大脑”主导的百万级人流管控战役,", ["数智大脑"]),
    ],
)
def test_a_data_hub_named_as_a_brain_is_a_system(sentence: str, expected: list[str]) -> None:
    assert [f.name for f in find_systems(sentence, PlanContext())] == expected


def test_a_quoted_brand_is_the_same_system_wherever_the_plan_quotes_it() -> None:
    """Two sentences of a report on 浙江省数字政府建设“十四五”规划 (traditional script, as scraped):
    the list names 浙里办 as an application; the second sentence quotes it with no cue around it."""
    text = normalise(
        "推動“浙政釘”“浙里辦”“互聯網+監管”等重點應用的優化升級。\n"
        "“浙里辦”要全面覆蓋群眾和企業辦事需求,全面實現申請政務服務事項“一網通辦”。"
    ).text
    lines = text.split("\n")
    context = PlanContext(text=text)
    context.readings["System"] = read_plan_systems(context, plan_lines(lines))
    assert [f.name for f in find_systems(lines[1], context)] == ["浙里办"]


def test_the_bureaus_directly_under_a_division_are_no_system() -> None:
    # probe h507 (伊犁州直 market-supervision plan): 州直 = directly under the prefecture, one hierarchy
    yili = gazetteer().resolve("伊犁哈萨克自治州")
    sentence = "伊犁州直市场监管系统坚持党对市场监管事业发展的全面领导。"
    assert find_systems(sentence, PlanContext(region=yili)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # body b05 (浙江省数字政府建设“十四五”规划): no cue word, yet the name is the province's app
        ("日均活跃用户超过130万。“浙政钉”完成9万个组织机构、130万公职人员的组织架构搭建。", ["浙政钉"]),
        # body b01 (宁波市数字政府建设“十四五”规划): the app's city site
        ("“浙里办”宁波站点注册数超638.8 万,已上线1000 余项便民服务。", ["浙里办"]),
        # dutenews.com (深圳特区报, 2023-12-06): Guangdong's self-service app, named the same way
        ("“粤智助”实现全省行政村全覆盖,提供30多个部门的超500个服务事项。", ["粤智助"]),
        # a region group, an ordinary word's first character, a product brand, a pilot's slogan: none
        ("推动“京津冀”协同发展,将失信主体列入“黑名单”。", []),
        ("加强“陇字号”品牌认证,试点开展消费纠纷“云调解”。", []),
    ],
)
def test_a_three_character_name_opening_with_a_province_is_its_app(
    sentence: str, expected: list[str]
) -> None:
    assert list(dict.fromkeys(f.name for f in find_systems(sentence, PlanContext()))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # body2 b09 (乐清市“城市大脑”三年行动计划): two apps side by side share the head word
        ("以“浙里办”“浙政钉”平台为核心构建形成全市统一的“互联网+政务服务”体系。", ["浙里办", "浙政钉"]),
        # the Guangdong apps zt1388.com lists side by side (“粤省事”“粤商通”“粤政易”), before 平台
        ("依托“粤省事”“粤商通”平台推进高频事项掌上办理。", ["粤省事", "粤商通"]),
    ],
)
def test_quoted_names_side_by_side_are_a_list_not_one_name(sentence: str, expected: list[str]) -> None:
    assert sorted({f.name for f in find_systems(sentence, PlanContext())}) == sorted(expected)


def test_a_system_word_before_改革_is_a_regime_not_a_named_system() -> None:
    # check19 s09 (上海市): 加快推进本市电梯安全管理系统改革和创新
    assert find_systems("加快推进本市电梯安全管理系统改革和创新", PlanContext()) == []
    assert [f.name for f in find_systems("建设电梯安全管理系统,实现监管全覆盖", PlanContext())] == [
        "电梯安全管理系统"
    ]
