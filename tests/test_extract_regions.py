"""Regions only where the text means a division: short forms in the plan's own area, never a piece of
a multi-division name (lines from real plan openings, and variants)."""

from __future__ import annotations

import pytest

from plangraph.ingest.entities import PlanContext
from plangraph.ingest.extract_regions import find_regions
from plangraph.ingest.gazetteer import gazetteer, short_name
from plangraph.ingest.nlp import pipeline


def _regions(text: str, region: str | None) -> list[str]:
    context = PlanContext(region=gazetteer().resolve(region) if region else None, text=text)
    return [found.name for found in find_regions(text, context)]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a province's short name is the province
        ("深入贯彻习近平总书记对青海工作重要指示批示精神", "青海省", ["青海省"]),
        ("奋力谱写全面建设社会主义现代化新青海", None, ["青海省"]),
        # a county's short name only inside the plan's province, resolved there
        ("打造漳州能源高地", "云霄县", ["漳州市"]),
        ("南浔区质量工作提升", "湖州市", ["南浔区"]),
        # a name that is also an ordinary word is a division among divisions in one list
        ("辐射绍兴、金华、衢州、义乌等地", "浙江省", ["绍兴市", "金华市", "衢州市", "义乌市"]),
        ("品尝金华火腿", "浙江省", []),
        # a place followed by an institution's head is part of the institution's name
        ("由人民银行西安分行和人民银行宝鸡市中心支行牵头", "陕西省", []),
        # a short form that is a piece of the plan's own province's name is that province
        ("建设数字龙江,推动龙江全面振兴", "黑龙江省", ["黑龙江省", "黑龙江省"]),
        ("龙江县人民政府", "黑龙江省", ["龙江县"]),
        # a short form in front of a multi-division name is a piece of that name
        ("落实《兰西城市群发展规划》", "黑龙江省", []),
        ("融入成渝地区双城经济圈建设", "重庆市", []),
        ("推动长株潭城市群一体化", "湖南省", []),
        ("推进兰州—西宁城市群和兰州-白银都市圈建设", "甘肃省", []),
        # a zone's name is no division; a division that is a 新区 has its own full name
        ("支持兰州新区和白银高新区建设", "甘肃省", []),
        ("浦东新区、滨海新区", None, ["浦东新区", "滨海新区"]),
        # the full name stays a division even there
        ("兰州市、西宁市共建城市群", "甘肃省", ["兰州市", "西宁市"]),
        # …and so is one with a proper name of its own before its head (h510, 成都 社区嵌入式服务设施
        # 方案; the list of state-level new areas on mbji.cn), or a place tag in brackets (swt.hubei.gov.cn)
        ("确保四川天府新区、成都高新区、锦江区、青羊区50%的城市社区建成", "成都市", ["锦江区", "青羊区"]),
        ("2011年6月浙江舟山群岛新区成立;2012年8月甘肃兰州新区成立", None, []),
        ("设立中国(湖北)自由贸易试验区,是党中央、国务院在新形势下推进改革开放", "湖北省", []),
        # jlntv.cn, the notice of 吉林省's outline
        ("长春新区、中韩(长春)国际合作示范区管委会", "吉林省", []),
        ("(吉林省)吉林市国民经济和社会发展第十四个五年规划", "吉林省", ["吉林省", "吉林市"]),
        # a division that is a 新区 stays one after its city (mbji.cn: 2006年5月天津滨海新区成立)
        ("2006年5月天津滨海新区成立", None, ["天津市", "滨海新区"]),
        # a pilot zone too (716116.com, 南通: 通州湾示范区管委会); a bare 示范区 after a name is a title
        ("通州湾示范区管委会,市各有关部门和单位", "南通市", []),
        # a list word is no zone's name
        ("浙江各开发区", None, ["浙江省"]),
        # a medium takes its place's name (gd.henan.gov.cn; snxww.gov.cn, 寿宁县)
        ("平顶山广播电视台、三门峡广播电视台、商丘广播电视台主要负责人", "河南省", []),
        ("市委宣传部副部长、宁德市广播电视台台长林妃", "寿宁县", []),
        ("寿宁县融媒体中心紧扣县委、县政府中心工作", "寿宁县", []),
        # a numbered slogan in quotes holds no division (check46 ax06, 呼和浩特: 五宜 is not 宜城市)…
        ("聚焦“三个城市”“四个区域中心”“四大经济圈”“五宜城市”", "呼和浩特市", []),
        # …while the name itself, outside any slogan, is the city
        ("推动“五宜城市”建设,学习宜城市经验", "湖北省", ["宜城市"]),
        # an event its host city names is no division (check46 ax01, check51 bc05: 2022年北京冬奥会)
        ("切实抓住举办2022年北京冬奥会和冬残奥会的重大历史机遇", "河北省", []),
        ("北京市冬季运动管理中心", "河北省", ["北京市"]),
    ],
)
def test_regions_where_the_text_means_a_division(text: str, region: str | None, expected: list[str]) -> None:
    assert _regions(text, region) == expected


def test_a_full_name_glued_to_its_government_by_the_segmenter_is_still_read() -> None:
    text = "山西、湖北、湖南省人民政府,国务院各部委"
    context = PlanContext(region=None, text=text)
    boundaries = frozenset(token.idx for token in pipeline().make_doc(text)) | {len(text)}
    assert 9 not in boundaries  # 湖南省人民政府 is one word to jieba
    assert [found.name for found in find_regions(text, context, boundaries)] == ["山西省", "湖北省", "湖南省"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("兰西城市群发展规划", None),
        ("长株潭城市群区域规划", None),
        ("兰州—西宁城市群发展规划实施方案", None),
        ("湖州市南浔区质量发展规划", "南浔区"),
        ("湖州南浔区质量发展规划", "南浔区"),
        ("宁夏知识产权保护和运用“十三五”规划", "宁夏回族自治区"),
        # a state-level new area or a development zone is no division, though it takes one's short name
        ("兰州新区总体规划", None),
        ("长春经济技术开发区产业规划", None),
        ("上海市浦东新区发展规划", "浦东新区"),
    ],
)
def test_a_cited_plans_region_only_when_its_title_says_so(title: str, expected: str | None) -> None:
    lead = gazetteer().leading_region(title)
    assert (lead[0].name if lead else None) == expected


@pytest.mark.parametrize(
    ("stem", "plan_region", "expected"),
    [
        # a county that took its city's name is printed with its suffix: the bare stem is the city
        ("湘潭", "湘潭市", "湘潭市"),
        ("长沙", "长沙县", "长沙市"),
        ("衡阳", None, "衡阳市"),
        # a province and its city of one name: the province, unless the plan is the city's own
        ("吉林", "吉林省", "吉林省"),
        ("吉林", None, "吉林省"),
        ("吉林", "吉林市", "吉林市"),
    ],
)
def test_a_bare_stem_is_the_upper_of_two_nested_units(
    stem: str, plan_region: str | None, expected: str
) -> None:
    within = gazetteer().resolve(plan_region) if plan_region else None
    assert gazetteer().resolve(stem, within=within, context=f"{plan_region or ''}{stem}").name == expected


def test_a_city_plan_calls_itself_by_its_stem() -> None:
    assert _regions("到2025年长沙实现常住人口突破1200万,对接新衡阳", "长沙市") == ["长沙市", "衡阳市"]


def test_a_division_whose_suffix_the_segmenter_glues_to_its_party_committee() -> None:
    # gcs66.com, 舒兰市“十四五”纲要: 吉林|市委 to jieba; the city, not the province of its stem
    text = "深入贯彻落实党中央国务院、省委省政府和吉林市委、市政府决策部署"
    context = PlanContext(region=gazetteer().resolve("舒兰市"), text=text)
    boundaries = frozenset(token.idx for token in pipeline().make_doc(text)) | {len(text)}
    assert [found.name for found in find_regions(text, context, boundaries)] == ["吉林市"]


def test_a_city_plan_whose_stem_is_in_its_provinces_name_calls_itself_by_it() -> None:
    # ilynn.cn, 吉林市“十四五”纲要: 全面建设社会主义现代化新吉林
    assert _regions("全面建设社会主义现代化新吉林的宏伟蓝图", "吉林市") == ["吉林市"]
    assert _regions("(吉林省)吉林市国民经济和社会发展第十四个五年规划", "吉林市") == ["吉林省", "吉林市"]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a county plan's 新城区 is its new town (a county plan's layout on jiayou0513.com), not 西安's
        ("新城区则是依托槐里坪有利地形地势,逐步形成以商贸、办公、居住为主的城县新区", "延长县", []),
        # a name several cities share counts in the plan's own city or a city the text names
        ("新城区、碑林区、莲湖区", "西安市", ["新城区", "碑林区", "莲湖区"]),
        ("学习南京市鼓楼区经验", "湖州市", ["南京市", "鼓楼区"]),
        ("学习鼓楼区经验", "湖州市", []),
    ],
)
def test_a_district_name_many_cities_share(text: str, region: str, expected: list[str]) -> None:
    assert _regions(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # probe h507 (伊犁州直 市场监管 plan) and cnhubei.com (恩施州): a prefecture by stem + 州
        (
            "调整充实伊犁州打击侵犯知识产权和制售假冒伪劣商品工作领导小组等议事协调机构",
            "伊犁哈萨克自治州",
            ["伊犁哈萨克自治州"],
        ),
        (
            "最近,恩施州制定出台《恩施州经济社会发展十三五规划大纲》",
            "恩施土家族苗族自治州",
            ["恩施土家族苗族自治州", "恩施土家族苗族自治州"],
        ),
    ],
)
def test_an_autonomous_prefecture_by_its_stem_and_zhou(text: str, region: str, expected: list[str]) -> None:
    assert _regions(text, region) == expected


def test_an_autonomous_county_by_its_stem_and_xian() -> None:
    # check2 h817 (weixi.gov.cn: 《维西县贯彻“十四五”市场监管现代化规划实施方案》) and h819 (gssn.gov.cn:
    # 发布机构 肃南县政府办;肃南县民宗局): an autonomous county's own pages name it by its stem + 县
    assert gazetteer().resolve("维西县").name == "维西傈僳族自治县"
    assert gazetteer().resolve("肃南县").name == "肃南裕固族自治县"


def test_an_autonomous_units_stem_stops_at_its_nationalities() -> None:
    # 黔西南布依族苗族自治州 is 黔西南 + 布依族苗族, not 黔西 (a county of 毕节) + 南布依族
    assert short_name("黔西南布依族苗族自治州") == "黔西南"
    assert short_name("伊犁哈萨克自治州") == "伊犁"  # the official name writes no 族


def test_chongqings_districts_follow_the_national_code_table() -> None:
    # check32 ai10 (重庆市渝北区综合交通运输“十四五”规划): the bundled table put 两江新区 where 江北区 and
    # 渝北区 belong, so the plan read as 重庆市's
    lead = gazetteer().leading_region("重庆市渝北区综合交通运输“十四五”规划")
    assert lead is not None and (lead[0].code, lead[0].level, lead[2]) == ("500112", "district", 6)
    assert gazetteer().resolve("江北区", context="重庆市江北区人民政府").code == "500105"
    assert gazetteer().resolve("江北区", context="宁波市江北区人民政府").code == "330205"
    assert gazetteer().resolve("两江新区") is None  # a state-level new area, no division
