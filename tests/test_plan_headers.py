"""Plan headers as pages print them, read from whole real pages in data/heldout (check4, read after its
held-out figures were taken; probe5, probe6): a year before the plan's division, a title broken inside
第十四个/五年, a cited plan abbreviated in a headerless preamble, an encyclopedia's 发布单位 field, bodies of
an autonomous region by their kind alone, a county-level city's 市委, and a short excerpt that is a plan
by its title over numbered parts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plangraph.ingest.errors import IngestError
from plangraph.ingest.extract_metadata import _among_central_bodies
from plangraph.ingest.load_document import read_source
from plangraph.ingest.load_text import check_plan_text
from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.records import AgencyRef

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"


def _page(relative: str):
    source = read_source(HELDOUT / relative)
    return parse_document(source.name, source.text)


def _page_below(relative: str, marker: str):
    """The page read from just after the first ``marker`` on: what it prints below its notice."""
    text = (HELDOUT / relative).read_text(encoding="utf-8")
    return parse_document(Path(relative).name, text[text.index(marker) + len(marker) :])


@pytest.mark.parametrize(
    ("page", "region", "level"),
    [
        ("check4/docs/k16.txt", "红谷滩区", "district"),  # 2022年红谷滩区关于…行动方案
        (
            "probe6/docs/p603.txt",
            "嵊州市",
            "county",
        ),  # …印发2023年嵊州市国家生态文明建设示范区创建工作推进方案的通知
    ],
)
def test_a_years_work_plan_puts_its_year_before_its_division(page: str, region: str, level: str) -> None:
    plan = _page(page).plan
    assert plan.title is not None and plan.title[:4].isdigit()
    assert (plan.region.name, plan.level) == (region, level)


def test_a_county_level_citys_市委_is_its_own() -> None:
    # p603: 市委市政府美丽嵊州建设领导小组办公室 sends a 嵊州市 plan; 嵊州 is a county-level city of 绍兴
    (issuer,) = _page("probe6/docs/p603.txt").plan.issuers
    assert issuer.name.endswith("嵊州市委市政府美丽嵊州建设领导小组办公室")
    assert "绍兴" not in issuer.name


def test_a_title_broken_inside_第十四个_五年_is_read_whole() -> None:
    # k08: 乌鲁木齐市国民经济和社会发展第十四个 / 五年规划和2035年远景目标纲要
    plan = _page("check4/docs/k08.txt").plan
    assert plan.title == "乌鲁木齐市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert (plan.region.name, plan.level) == ("乌鲁木齐市", "city")


def test_a_plan_carried_out_and_abbreviated_in_a_headerless_preamble_is_its_parent_not_its_title() -> None:
    # k01 (traditional script): 為扎實推動《國家標準化發展綱要》(以下簡稱綱要)深入實施,…
    record = _page("check4/docs/k01.txt")
    assert record.plan.title is None
    assert [p.title for p in record.parents] == ["国家标准化发展纲要"]


def test_an_encyclopedias_发布单位_field_names_the_issuer() -> None:
    # k05 (newton.com.tw, traditional script): • 發布單位:廣東省人民政府辦公廳
    (issuer,) = _page("check4/docs/k05.txt").plan.issuers
    assert issuer.name == "广东省人民政府办公厅"


def test_an_autonomous_regions_government_by_its_kind_alone_is_placed_by_the_page() -> None:
    # k07: 內蒙古自治區人民政府印發《質量強區建設綱要》… 近日,自治區人民政府印發了《…》
    plan = _page("check4/docs/k07.txt").plan
    assert [i.name for i in plan.issuers] == ["内蒙古自治区人民政府"]
    assert (plan.region.name, plan.level) == ("内蒙古自治区", "province")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("check4/docs/k14.txt", "包头市昆都仑区“十三五”科学技术发展规划"),  # 160 characters
        (
            "probe5/docs/h978.txt",
            "丰城市关于加强县域商业体系建设促进农村消费的实施方案",
        ),  # (第二次征求意见稿)
        # a news headline with a posting field after it, over 第一篇 (189 characters)
        ("check6/docs/n01.txt", "辽宁“十四五”规划和二〇三五年远景目标纲要"),
    ],
)
def test_a_short_excerpt_is_a_plan_by_its_title_over_numbered_parts(page: str, title: str) -> None:
    source = read_source(HELDOUT / page)
    check_plan_text(source.text, source.path)  # no IngestError
    assert parse_document(source.name, source.text).plan.title == title


def test_a_short_text_without_a_plans_shape_is_still_refused() -> None:
    with pytest.raises(IngestError, match="not a plan document"):
        check_plan_text("关于召开规划工作会议的通知\n各单位:定于下周召开会议。\n请准时参加。", "note.txt")
    with pytest.raises(IngestError, match="not a plan document"):  # a title with nothing numbered below
        check_plan_text("某某县“十四五”规划\n全文稍后发布。", "stub.txt")


def test_bare_short_names_among_central_senders_are_the_central_bodies() -> None:
    # k02: 16 senders by their short names, 卫生健康委 and 人民银行 among 市场监管总局, 科技部 …
    names = [i.name for i in _page("check4/docs/k02.txt").plan.issuers]
    assert len(names) == 16
    assert {"国家卫生健康委员会", "中国人民银行", "中华人民共和国科学技术部"} <= set(names)
    assert "卫生健康委" not in names and "人民银行" not in names


def test_a_bare_short_name_among_local_senders_is_not_made_central() -> None:
    local = [AgencyRef("湖州市发展和改革委员会", None, None), AgencyRef("人民银行", None, None)]
    assert _among_central_bodies(local) == local
    central = [AgencyRef("国家发展和改革委员会", None, None), AgencyRef("人民银行", None, None)]
    assert [a.name for a in _among_central_bodies(central)] == ["国家发展和改革委员会", "中国人民银行"]


@pytest.mark.parametrize(
    ("page", "parent"),
    [
        # 為全面貫徹…,根據《浙江省“415X”先進制造業集群建設行動方案》和…統一安排,鄞州區以…為目標,大力實施…
        ("probe/docs/h512.txt", "浙江省“415X”先进制造业集群建设行动方案"),
        # 为贯彻…决策部署,落实《上海市坚持对标改革  持续打造…行动方案》(沪府办发〔2024〕1号),2024年奉贤区聚焦…
        ("check4/docs/k15.txt", "上海市坚持对标改革  持续打造国际一流营商环境行动方案"),
    ],
)
def test_the_paragraph_above_the_first_part_names_the_bases_without_a_drafting_verb(
    page: str, parent: str
) -> None:
    record = _page(page)
    assert [p.title.replace(" ", "") for p in record.parents] == [parent.replace(" ", "")]


def test_a_notice_handing_the_plan_down_does_not_stand_for_a_preamble_naming_bases() -> None:
    # k15's notice: 经区政府同意,现将《…》印发给你们,请认真贯彻执行 — no base named, so the paragraph above
    # 一、总体要求 is still read; the plan itself is not its own parent
    record = _page("check4/docs/k15.txt")
    assert record.plan.title not in {p.title for p in record.parents}


def test_a_number_whose_parts_the_layout_spaced_apart_is_read() -> None:
    # k12 (huhhot.gov.cn): 呼政字 〔2019〕 84号 on its own line under the notice title
    assert _page("check4/docs/k12.txt").plan.doc_number == "呼政字〔2019〕84号"


def test_a_posting_line_labelled_时间_dates_a_copy_of_a_bodys_posting() -> None:
    # k09 (cqjsdb.com): 来源:佛山市食药监局 时间:2016-04-28 — the bureau's own posting, copied
    plan = _page("check4/docs/k09.txt").plan
    assert plan.published == "2016-04-28"


def test_a_consultation_period_is_no_posting_date() -> None:
    # the line of probe5 h972 / probe6 p611 without the page's own posting line: when comments are taken
    page = (
        "# source: https://www.example.gov.cn/art/1.html\n"
        "浦江县农业农村局关于公开征求《浦江县农业农村现代化“十四五”规划》意见的公告\n"
        "一、征求意见时间:2021年11月30日—12月9日。\n"
        "为加快推进农业农村现代化,根据《浙江省农业农村现代化“十四五”规划》,制定本规划。\n\n一、发展基础\n"
        + "推进乡村振兴,完善农业基础设施。"
        * 20
    )
    assert parse_document("page.txt", page).plan.published is None


def test_a_county_sites_县府办_is_the_county_governments_general_office() -> None:
    # body3 b13 (zjxc.gov.cn): 信息来源:县府办 under a 新昌县 plan
    assert [i.name for i in _page("body3/docs/b13.txt").plan.issuers] == ["新昌县人民政府办公室"]


@pytest.mark.parametrize(
    ("page", "title", "issuer"),
    [
        # body3 b12 (ITS114 digest): 2021年年初,安徽省交通运输厅发布了《安徽省智慧交通建设方案(…)》。
        ("body3/docs/b12.txt", "安徽省智慧交通建设方案(2021-2023年)", "安徽省交通运输厅"),
        # check4 k05 (newton.com.tw): 2023年7月,廣東省人民政府辦公廳印發《廣東省最佳化營商環境三年行動方案》。
        ("check4/docs/k05.txt", "广东省最佳化营商环境三年行动方案", "广东省人民政府办公厅"),
    ],
)
def test_a_lead_dated_by_year_and_month_reports_the_plan_issued(page: str, title: str, issuer: str) -> None:
    plan = _page(page).plan
    assert plan.title == title
    assert [i.name for i in plan.issuers] == [issuer]


@pytest.mark.parametrize(
    ("page", "region", "title"),
    [
        (
            "check2/docs/h820.txt",
            "崇义县",
            None,
        ),  # 前 言 / “十三五”期間,崇義縣生態環境保護工作… (traditional + pinyin)
        # 前 言 / …“十四五”时期,全县… / 本规划基准期为2020年: 巫山县 is named as often as another county,
        # and the text names its 重庆 too; its drafters say 县应急局牵头组织编制了《巫山县应急管理
        # “十四五”规划》
        ("probe7/docs/p706.txt", "巫山县", "巫山县应急管理“十四五”规划"),
    ],
)
def test_a_page_that_opens_on_the_plans_foreword_is_a_plan(
    page: str, region: str | None, title: str | None
) -> None:
    source = read_source(HELDOUT / page)
    check_plan_text(source.text, source.path)
    plan = parse_document(source.name, source.text).plan  # no "not a plan document"
    assert plan.title == title
    assert (plan.region.name if plan.region else None) == region


def test_a_notice_title_broken_after_its_sender_names_the_issuer() -> None:
    # check5 m07 (wxredian.com): 巫山县人民政府 / 关于印发质量强县建设实施方案的通知, no signature on the page
    plan = _page("check5/docs/m07.txt").plan
    assert [i.name for i in plan.issuers] == ["巫山县人民政府"]
    assert (plan.region.name, plan.level) == ("巫山县", "county")


def test_an_autonomous_prefectures_short_form_with_自治州_is_spelled_in_full() -> None:
    # check5 m09 (traditional script): the signature 湘西自治州人民政府 under 州政發〔2020〕5號
    record = _page("check5/docs/m09.txt")
    assert [i.name for i in record.plan.issuers] == ["湘西土家族苗族自治州人民政府"]
    # its base, a province's rules handed down by a notice: 《湖南省人民政府办公厅关于印发〈…规定〉的通知》
    assert "湖南省优化经济发展环境规定" in [p.title for p in record.parents]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # body2 b09: the page title and the heading run together on one line, a space between
        ("body2/docs/b09.txt", "乐清市加快“城市大脑”建设打造新型智慧城市三年行动计划(2020-2022年)"),
        # probe8 p802: the heading, one space, then the first paragraph on the same line
        ("probe8/docs/p802.txt", "甘肃省数字政府建设总体规划(2021—2025)"),
    ],
)
def test_a_heading_with_more_on_its_line_after_a_space_is_read(page: str, title: str) -> None:
    assert _page(page).plan.title == title


def test_a_title_with_a_space_inside_stays_whole() -> None:
    # check4 k15: 奉贤区全面优化营商环境 持续激发市场活力和社会创造力行动方案 (the space is the title's own)
    assert (
        _page("check4/docs/k15.txt").plan.title
        == "奉贤区全面优化营商环境持续激发市场活力和社会创造力行动方案"
    )


def test_a_heading_whose_last_line_cannot_begin_a_title_joins_the_line_above() -> None:
    # body2 b11: 关于加快县域现代特色农业示范区 / 建设的实施方案
    assert _page("body2/docs/b11.txt").plan.title == "关于加快县域现代特色农业示范区建设的实施方案"


def test_a_headerless_notice_approving_its_plan_by_通过_names_it() -> None:
    # check6 n13 (traditional script): 《云阳县环保“五大行动”实施方案(2013—2017年)》已经2013年9月4日
    # 县政府第21次常务会议通过,现印发给你们 — the addressees first, no notice title
    plan = _page("check6/docs/n13.txt").plan
    assert plan.title == "云阳县环保“五大行动”实施方案(2013—2017年)"
    assert (plan.region.name, plan.level) == ("云阳县", "county")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # 《A》《B》《C》已经市政府第48次常务会议研究通过,现印发给你们 over the heading of A
        ("probe6/docs/p604.txt", "开封市推动制造业高质量发展实施方案"),
        # 现将《A》和《B》印发给你们 over the heading of A
        ("check11/docs/x03.txt", "广东省“十四五”学前教育发展提升行动计划"),
    ],
)
def test_a_notice_handing_down_several_documents_leaves_the_title_to_the_heading(
    page: str, title: str
) -> None:
    assert _page(page).plan.title == title


@pytest.mark.parametrize(
    ("page", "date"),
    [
        (
            "probe2/docs/h713.txt",
            "2022-06-07",
        ),  # signature 2022年6月7日; the site's 成文日期 field 2022-10-20
        ("check6/docs/n08.txt", "2021-03-25"),  # signature 2021年3月25日; 成文日期 2021-04-01
    ],
)
def test_the_date_under_the_signers_name_outranks_a_sites_成文日期_field(page: str, date: str) -> None:
    assert _page(page).plan.published == date


@pytest.mark.parametrize(
    "page",
    [
        "body2/docs/b06.txt",  # 數字交通“十四五”發展規劃: bases the national outline, 交通强国建设纲要 …
        "check4/docs/k01.txt",  # titleless: 為扎實推動《國家標準化發展綱要》…制定本行動計劃
    ],
)
def test_a_plan_nothing_places_whose_bases_are_national_is_national(page: str) -> None:
    plan = _page(page).plan
    assert (plan.level, plan.region.name) == ("national", "全国")


def test_a_plan_speaking_of_its_own_division_is_not_made_national_by_its_bases() -> None:
    record = parse_document(
        "page.txt",
        "为贯彻落实《国家标准化发展纲要》,结合本市实际,制定本行动计划。\n\n一、总体要求\n"
        + "加强标准化工作,完善标准体系。" * 20,
    )
    assert record.plan.region is None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # gcs66 pages: the site's summary line (…和2035年远景目标纲要) above the document's cover, whose
        # spelling the plan has; 汝南县's cover is also broken after a title's worth
        # (…第十四个五年规划 / 和二 O 三五…)
        ("probe5/docs/h981.txt", "哈尔滨市双城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
        ("check7/docs/r09.txt", "汝南县国民经济和社会发展第十四个五年规划和二O三五年远景目标纲要"),
    ],
)
def test_the_documents_cover_spelling_outranks_a_sites_summary_line(page: str, title: str) -> None:
    assert _page(page).plan.title.replace(" ", "") == title


def test_a_headerless_outline_is_its_party_committees_division() -> None:
    # check7 r07: 本规划纲要根据《中共合肥市庐阳区委关于制定…的建议》制定而成 — though the page says 全省 once
    plan = _page("check7/docs/r07.txt").plan
    assert (plan.region.name, plan.level) == ("庐阳区", "district")


@pytest.mark.parametrize(
    ("page", "issuer"),
    [
        # probe4 h954 (gongwk.com): the library's headline 国务院发布 “十四五”数字经济发展规划(20230314)
        ("probe4/docs/h954.txt", "国务院"),
        # probe10 u106 (4s4a.cn, traditional): 銅仁市人民政府發布《銅仁市…方案》,明確表示… over a notice
        # whose signature is its date alone
        ("probe10/docs/u106.txt", "铜仁市人民政府"),
    ],
)
def test_a_headline_opening_on_the_body_and_its_verb_names_the_issuer(page: str, issuer: str) -> None:
    assert [i.name for i in _page(page).plan.issuers] == [issuer]


def test_a_headline_verb_before_another_title_names_no_issuer() -> None:
    record = parse_document(
        "page.txt",
        "市人民政府发布《关于做好春节期间安全工作的通知》\n\n某某市“十四五”节能减排综合工作方案\n\n"
        "为推进节能减排,结合本市实际,制定本方案。\n\n一、总体要求\n" + "加强节能工作,完善制度体系。" * 20,
    )
    assert record.plan.issuers == ()


@pytest.mark.parametrize(
    ("page", "parents"),
    [
        (
            # 结合《质量发展纲要(2011-2020年)》、《上海市…》和《普陀区…》,制订2013年至2015年《…》
            "check5/docs/m06.txt",
            ["质量发展纲要(2011-2020年)", "上海市质量发展规划(2011-2020年)", "普陀区“十二五”规划纲要"],
        ),
        (
            # 结合《浙江省…规划》《台州市…纲要》《台州市商务发展“十四五”规划》《…》,特制定本规划
            "probe11/docs/v107.txt",
            [
                "浙江省商务高质量发展“十四五”规划",
                "台州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                "台州市商务发展“十四五”规划",
                "台州市椒江区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            ],
        ),
    ],
)
def test_a_basis_sentence_whose_only_verb_is_结合_names_the_parents(page: str, parents: list[str]) -> None:
    assert [p.title for p in _page(page).parents] == parents


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # notice 《高台县“十四五”应急管理体系建设规划》, heading …建设总体规划
        ("probe2/docs/h703.txt", "高台县“十四五”应急管理体系建设总体规划"),
        # notice …“十四五” 扶持人口较少民族发展规划, heading …发展规划(2021-2025年)
        ("check2/docs/h819.txt", "肃南裕固族自治县扶持人口较少民族发展规划(2021-2025年)"),
        # notice 《…创建工作的实施方案》, heading …创建工作实施方案
        ("body3/docs/b17.txt", "内乡县电子商务进农村综合示范创建工作实施方案"),
    ],
)
def test_the_heading_below_a_notice_quoting_a_variant_of_it_is_the_title(page: str, title: str) -> None:
    assert _page(page).plan.title == title


def test_a_number_field_glued_to_its_label_holds_the_plans_number() -> None:
    # a flattened table: 发文字号沁政发〔2021〕12号 著录时间2021-09-13
    assert _page("check9/docs/t10.txt").plan.doc_number == "沁政发〔2021〕12号"


def test_a_notice_cited_in_the_basis_clause_gives_no_number_though_its_plan_bears_the_same_title() -> None:
    # 根据《济南市人民政府办公厅关于印发<the plan's own title>的通知》(济政办发〔2021〕4号)要求: the city's
    # notice, cited by the district's plan of the same name, which prints no number of its own
    plan = _page("check9/docs/t12.txt").plan
    assert plan.title == "深化“放管服”改革优化营商环境2021年重点任务分工方案"
    assert plan.doc_number is None


@pytest.mark.parametrize(
    ("page", "issuer"),
    [
        # 中共天水市委天水市人民政府 / 贯彻落实…决策部署的实施方案: organs on their own line
        ("check6/docs/n07.txt", "中共天水市委、天水市人民政府"),
        # 辽宁省人民政府 国家知识产权局共建…知识产权强省实施方案: joint organs and the verb 共建
        ("check9/docs/t03.txt", "辽宁省人民政府、国家知识产权局"),
        # 市人民政府关于进一步优化营商环境的实施方案, a 方案 where the rule once read opinions only; the
        # city is 襄阳, which the page names (its gold's issuer)
        ("check4/docs/k10.txt", "襄阳市人民政府"),
    ],
)
def test_a_title_in_the_official_form_names_its_issuing_organs(page: str, issuer: str) -> None:
    assert "、".join(a.name for a in _page(page).plan.issuers) == issuer


def test_the_title_takes_its_issuing_organs_from_the_line_above() -> None:
    plan = _page("check6/docs/n07.txt").plan
    assert plan.title == "中共天水市委天水市人民政府贯彻落实新时代推进西部大开发形成新格局决策部署的实施方案"
    assert (plan.level, plan.region.name if plan.region else None) == ("city", "天水市")


def test_a_lead_saying_who_sent_the_plan_on_outranks_the_organs_in_its_title() -> None:
    # 近日,中共临沧市委、临沧市人民政府转发了《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划…》
    assert [a.name for a in _page("probe9/docs/q906.txt").plan.issuers] == ["中共临沧市委", "临沧市人民政府"]


def test_a_bureaus_short_name_发展改革局_is_spelled_out() -> None:
    # 发布机构: 区发展改革局(区粮食物资局) on a 椒江区 page
    assert [a.name for a in _page("probe11/docs/v107.txt").plan.issuers] == ["椒江区发展和改革局"]


def test_the_preamble_under_the_plans_heading_below_a_notices_numbered_points_names_its_parents() -> None:
    # 关于《…》公开征求意见的通知 / 一、征求意见时间 … 三、联系人 / the plan's heading over two lines /
    # (征求意见稿) / …浦江县农业农村局根据《浦江县…远景目标纲要》,编制《…》
    assert [p.title for p in _page("probe5/docs/h972.txt").parents] == [
        "浦江县国民经济和社会发展第十四个五年规划和二O三五年远景目标纲要"
    ]


@pytest.mark.parametrize(
    ("page", "after", "title"),
    [
        # 重庆市大型商品交易市场发展 / “十四五”规划 / (2021—2025年) / 2021年11月: no notice above, so the
        # cover's period joins too
        ("probe11/docs/v102.txt", "(此件公开发布)", "重庆市大型商品交易市场发展“十四五”规划(2021—2025年)"),
        # 浦江县农业农村现代化发展 / “十四五”规划 / (征求意见稿)
        ("probe5/docs/h972.txt", "2021年11月30日\n", "浦江县农业农村现代化发展“十四五”规划"),
    ],
)
def test_a_heading_broken_before_its_five_year_tag_and_kind_is_one_title(
    page: str, after: str, title: str
) -> None:
    # the page below its notice: the heading alone names the plan
    assert _page_below(page, after).plan.title == title


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # 颁布单位:甘肃省定西市人民政府 | 文号: | / 颁布日期:2012-05-21 |
        ("probe4/docs/h953.txt", "2012-05-21"),
        # an encyclopedia's • 頒布時間:2021年4月6日 • 發布單位:長春市人民政府
        ("check11/docs/x07.txt", "2021-04-06"),
    ],
)
def test_a_law_databases_颁布日期_is_the_date_the_plan_was_issued(page: str, date: str) -> None:
    assert _page(page).plan.published == date


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # 乌拉特前旗政府门户网站 2023年10月10日 16:20 编辑: 来源: 乌拉特前旗林草局
        ("probe8/docs/p814.txt", "2023-10-10"),
        # 网易网站 | 2016-12-26 19:49 under the headline of a news portal's repost
        ("probe4/docs/h958.txt", "2016-12-26"),
    ],
)
def test_a_posting_line_led_by_its_sites_name_dates_the_page(page: str, date: str) -> None:
    assert _page(page).plan.published == date


def test_a_field_label_with_the_scrapes_question_marks_between_its_characters_is_read() -> None:
    # 发?文?字?号?:西青政发〔2023〕5号主   ?题?:综合政务
    assert _page("probe6/docs/p614.txt").plan.doc_number == "西青政发〔2023〕5号"


def test_the_plan_by_its_short_name_is_the_plan_that_carries_out_what_it_names() -> None:
    # …组织编制《新疆维吾尔自治区国土空间规划(2021-2035年)》(以下简称《规划》)。《规划》是对《中华人民共和国
    # …远景目标纲要》《全国国土空间规划纲要(2021-2035年)》的落实和深化 (as 本规划是对《…》 already reads)
    assert [p.title for p in _page("probe3/docs/h914.txt").parents] == [
        "中共中央国务院关于建立国土空间规划体系并监督实施的若干意见",
        "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "全国国土空间规划纲要(2021-2035年)",
    ]


def test_a_title_whose_closing_mark_was_lost_ends_at_its_kind_before_the_next_title() -> None:
    # 根据《国家食品安全“十三五”规划》、《国家药品安全“十三五”规划》、《河北省食药安全“十三五”规划和《承德市
    # 国民经济和社会发展第十三个五年规划纲要》,结合…,制定本规划
    assert [p.title for p in _page("check/docs/h609.txt").parents] == [
        "国家食品安全“十三五”规划",
        "国家药品安全“十三五”规划",
        "河北省食药安全“十三五”规划",
        "承德市国民经济和社会发展第十三个五年规划纲要",
    ]


def test_a_basis_sentence_the_page_wrapped_after_a_separator_and_lost_its_marks_names_every_parent() -> None:
    # 根据《A》(中发〔2015〕12号)、《…印发贯彻落实〈A〉重点任务分工方案的通知》(…)、 / 四川省人民政府关于印发
    # 〈四川省…实施方案〉的通知》(川委发〔2016〕8号)和 / 成都市人民政府关于印发〈…〉的通知》(…)等文件精神,
    # …制定本实施方案
    page = _page("check12/docs/y10.txt")
    titles = [p.title for p in page.parents]
    assert titles[0] == "中共中央、国务院关于加快推进生态文明建设的意见"
    assert titles[2:] == ["四川省加快推进生态文明建设实施方案", "成都市加快推进生态文明建设实施方案"]
    # the wrapped line 四川省人民政府关于印发〈…〉的通知》… is a citation, not the page's notice title
    assert page.plan.issuers == ()


def test_a_basis_sentence_wrapped_inside_a_title_names_its_parents() -> None:
    # 根据国务院颁布的《 / 全民健身条例》和《全民健身计划》,结合四川省实际,制定本实施计划
    assert [p.title for p in _page("check11/docs/x02.txt").parents] == ["全民健身计划"]


@pytest.mark.parametrize(
    ("page", "count", "first"),
    [
        # 必须对标对表中共中央、国务院印发的《交通强国建设纲要》…以及市政府发布的《…》等上位规划,科学谋划…
        ("check2/docs/h814.txt", 5, "交通强国建设纲要"),
        # 对标对表《全国高标准农田建设规划(2021—2030年)》,有效衔接《…》…和《…》等相关规划,按照…
        ("check11/docs/x01.txt", 6, "全国高标准农田建设规划(2021—2030年)"),
    ],
)
def test_the_plans_a_preamble_aligns_with_as_its_upper_plans_are_its_parents(
    page: str, count: int, first: str
) -> None:
    titles = [p.title for p in _page(page).parents]
    assert len(titles) == count and titles[0] == first


def test_a_trade_sites_lead_names_the_lead_body_of_several_as_the_issuer() -> None:
    # 北極星電力網獲悉,2月24日,河南省生態環境廳等7部門聯合發布關于印發《河南省減污降碳協同增效行動方案》…
    plan = _page("check12/docs/y03.txt").plan
    assert [a.name for a in plan.issuers] == ["河南省生态环境厅"]
    assert plan.published is None  # 2月24日 names no year


@pytest.mark.parametrize(
    ("page", "after", "title"),
    [
        # a trade site's story, then the opinion under its own heading
        ("check12/docs/y05.txt", "\n", "驻马店市深入推进城镇老旧小区改造工作的实施意见"),
        # the page below its notice: 宿迁市“数字交通”建设实施意见 / 为深入贯彻落实…
        ("body3/docs/b16.txt", "(此件公开发布)", "宿迁市“数字交通”建设实施意见"),
    ],
)
def test_an_opinion_headed_by_its_division_without_关于_is_the_title(
    page: str, after: str, title: str
) -> None:
    assert _page_below(page, after).plan.title == title


def test_a_covers_period_below_its_title_joins_it_unless_a_notice_names_the_plan_without_it() -> None:
    # 湖北省高标准农田建设规划 / (2022—2030年) / 二〇二二年四月 / 目 录: no notice
    assert _page("check11/docs/x01.txt").plan.title == "湖北省高标准农田建设规划(2022—2030年)"
    # 现将《广州市海珠区民政事业发展“十四五”规划》印发给你们 over the heading with (2021-2025年) below it
    assert _page("probe7/docs/p701.txt").plan.title == "广州市海珠区民政事业发展“十四五”规划"


def test_a_trail_whose_steps_stand_apart_by_spaces_is_no_part_of_the_title() -> None:
    # 当前位置: / 网站首页    政策文件    朝阳区“十四五”时期智慧城市建设规划
    plan = _page("check12/docs/y13.txt").plan
    assert plan.title == "朝阳区“十四五”时期智慧城市建设规划"
    assert (plan.level, plan.region.name if plan.region else None) == ("district", "朝阳区")


def test_a_scrapes_question_mark_inside_a_title_does_not_end_the_basis_sentence() -> None:
    # 依据《體育法》、《全民健身?xiàng)l例》和《全民健身計(jì)劃(2016-2020年)》等…,
    # 提出本實(shí)施計(jì)劃。
    assert [p.title for p in _page("check11/docs/x10.txt").parents] == ["全民健身计划(2016-2020年)"]


def test_a_catalogues_名称_field_holding_the_notice_title_names_its_sender() -> None:
    # 名 称: | 市人民政府办公室关于印发六盘水市…行动方案(2022—2024年)的通知 | (发布机构 left empty)
    assert [a.name for a in _page("check14/docs/g07.txt").plan.issuers] == ["六盘水市人民政府办公室"]


@pytest.mark.parametrize(
    ("page", "parents"),
    [
        # 贯彻落实习近平总书记关于残疾人事业的重要指示批示精神和国家、省、襄阳市残疾人事业发展“十四五”规划
        (
            "check13/docs/z08.txt",
            [
                "国家残疾人事业发展“十四五”规划",
                "湖北省残疾人事业发展“十四五”规划",
                "襄阳市残疾人事业发展“十四五”规划",
            ],
        ),
        # 贯彻落实党的十九大关于办好学前教育的要求,以及自治区、南宁市教育事业发展“十三五”规划的有关精神
        (
            "check11/docs/x05.txt",
            ["广西壮族自治区教育事业发展“十三五”规划", "南宁市教育事业发展“十三五”规划"],
        ),
    ],
)
def test_plans_of_several_levels_after_a_leaders_or_congresss_words_are_parents(
    page: str, parents: list[str]
) -> None:
    titles = [p.title for p in _page(page).parents]
    assert all(title in titles for title in parents)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("check13/docs/z08.txt", "老河口市残疾人事业发展“十四五”规划"),  # 标题: | … | ||||, then the preamble
        ("check13/docs/z12.txt", "宣州区创建国家全域旅游示范2019年度工作方案"),  # 名稱: | … | 文號: | |
    ],
)
def test_a_catalogues_title_field_names_a_plan_printed_under_no_heading(page: str, title: str) -> None:
    assert _page(page).plan.title == title


def test_a_copy_of_a_government_catalogue_record_dates_the_plan_by_its_posting_field() -> None:
    # a mirror site: 索引號: | 組配分類: … / 發布機構: | 宣州區文旅局 | / 發布日期: | 2019-03-26 |
    assert _page("check13/docs/z12.txt").plan.published == "2019-03-26"


def test_a_notice_title_broken_after_its_关于_names_its_sender() -> None:
    # 北京市朝阳区人民政府关于 / 印发朝阳区创建国家公共文化服务体系示范区建设规划(2011—2012)的通知
    assert [a.name for a in _page("check13/docs/z11.txt").plan.issuers] == ["北京市朝阳区人民政府"]


def test_a_forwarding_notice_naming_no_forwarder_leaves_the_forwarded_sender_and_its_division() -> None:
    # 名 称: 转发湖北省人民政府关于印发 县域经济发展“十四五”规划的通知 (发文机构: 省人民政府)
    plan = _page("check14/docs/g03.txt").plan
    assert [a.name for a in plan.issuers] == ["湖北省人民政府"]
    assert (plan.level, plan.region.name if plan.region else None) == ("province", "湖北省")
    # a department's repost labelled 转发: (芜湖市司法局's page): 转发:芜湖市人民政府关于印发…纲要的通知
    plan = _page("check19/docs/s13.txt").plan
    assert [a.name for a in plan.issuers] == ["芜湖市人民政府"]
    assert plan.published == "2021-04-14"


def test_a_plan_calling_itself_我区_is_its_districts_though_it_says_全省_more() -> None:
    # no title, issuer or number: …结合我区实际,特制定本行动计划 / …打造全省引领区…全省数字经济转型赋能中心
    plan = _page("check14/docs/g11.txt").plan
    assert (plan.level, plan.region.name if plan.region else None) == ("district", "西湖区")
    assert plan.region.path[1].name == "南昌市"


@pytest.mark.parametrize(
    ("page", "parent"),
    [
        ("check14/docs/g08.txt", "中国制造2025"),  # 贯彻落实《中国制造2025》和《中国制造2025四川行动计划》
        ("body3/docs/b14.txt", "中国教育现代化2035"),  # 根据《中国教育现代化2035》《江苏教育现代化2035》…
    ],
)
def test_a_strategy_named_by_the_year_it_aims_at_is_a_parent(page: str, parent: str) -> None:
    assert parent in [p.title for p in _page(page).parents]


@pytest.mark.parametrize(
    ("page", "parents"),
    [
        # 根据内蒙古自治区促进民族团结进步条例、内蒙古自治区…发展规划(20212025年)和通辽市…纲要,制定…
        (
            "check13/docs/z13.txt",
            [
                "内蒙古自治区民族团结进步创建发展规划(20212025年)",
                "通辽市国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
            ],
        ),
        # 按照江夏区“十四五”规划编制工作方案和《武汉市…“十四五”规划纲要》精神,特制定本规划
        (
            "check13/docs/z14.txt",
            ["江夏区“十四五”规划编制工作方案", "武汉市人力资源和社会保障事业发展“十四五”规划纲要"],
        ),
    ],
)
def test_bare_titles_after_a_bare_regulation_with_their_periods_and_drafting_plans_are_parents(
    page: str, parents: list[str]
) -> None:
    assert sorted(p.title for p in _page(page).parents) == sorted(parents)


def test_a_years_工作要点_handed_down_by_its_notice_is_a_plan_and_its_title() -> None:
    # 关于印发2015年全市深化医药卫生体制改革下步工作要点的通知
    assert _page("check16/docs/e06.txt").plan.title == "2015年全市深化医药卫生体制改革下步工作要点"


@pytest.mark.parametrize(
    ("page", "number"),
    [
        ("check16/docs/e03.txt", "黔府办发〔2014〕19号"),  # 【发布文号】 黔府办发〔2014〕19号
        ("check15/docs/j11.txt", "北辰政办发〔2021〕14号"),  # 发 文 字 号 : 〔北辰政办发〔2021〕14号 〕
    ],
)
def test_a_bracketed_number_field_or_one_behind_a_stray_bracket_is_read(page: str, number: str) -> None:
    assert _page(page).plan.doc_number == number


@pytest.mark.parametrize(
    ("page", "parents"),
    [
        # 落实《国务院办公厅关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知》、…
        # 《省人民政府办公厅关于转发省发展改革委省住房城乡建设厅贵州省生活垃圾分类制度实施方案的通知》…
        ("check16/docs/e04.txt", ["生活垃圾分类制度实施方案", "贵州省生活垃圾分类制度实施方案"]),
        # 为认真贯彻落实《…关于转发国家发展改革委和住房城乡建设部生活垃圾分类制度实施方案的通知》…,
        # 为…奠定基础。
        # 现结合实际,特制定本方案。
        ("check9/docs/t09.txt", ["生活垃圾分类制度实施方案", "贵州省生活垃圾分类制度实施方案"]),
    ],
)
def test_a_forwarded_plan_is_cited_without_the_bodies_printed_before_its_title(
    page: str, parents: list[str]
) -> None:
    titles = [p.title for p in _page(page).parents]
    assert all(title in titles for title in parents)


def test_a_notice_title_behind_a_sites_section_tag_names_its_sender() -> None:
    # 【专项规划】六安市裕安区减灾救灾委员会关于印发《六安市裕安区“十四五”综合防灾减灾规划》的通知
    assert [a.name for a in _page("check15/docs/j10.txt").plan.issuers] == ["六安市裕安区减灾救灾委员会"]


@pytest.mark.parametrize("page", ["check16/docs/e05.txt", "check16/docs/e07.txt"])
def test_no_prose_target_is_a_bare_value_or_the_notices_own_sentence(page: str) -> None:
    # e07: 现将2024年十个方面为民实事实施方案印发给你们; e05: a value whose subject is another's (分别…)
    names = [i.name for i in _page(page).indicators if i.kind == "prose"]
    assert names and all(re.search(r"[\u4e00-\u9fff]", n) and "印发给你们" not in n for n in names)


def test_an_outline_cited_as_its_five_year_tag_and_vision_without_纲要_at_the_end_is_a_parent() -> None:
    # …和《芙蓉区“十四五”规划纲要和二O三五年远景目标》文件精神
    parents = [p.title for p in _page("check15/docs/j08.txt").parents]
    assert "芙蓉区“十四五”规划纲要和二O三五年远景目标" in parents


def test_a_notice_handing_down_several_plans_by_the_first_ones_title_names_that_one() -> None:
    # 名 称 :天津市北辰区人民政府办公室关于印发北辰区京津冀协同发展“十四五”规划等专项规划的通知
    assert _page("check15/docs/j11.txt").plan.title == "北辰区京津冀协同发展“十四五”规划"


def test_a_page_speaking_of_全州_is_its_autonomous_prefectures() -> None:
    # an encyclopedia's 全文 only: …全州蔬菜…产值… / 结合楚雄州实际,制定本行动方案
    plan = _page("check16/docs/e05.txt").plan
    assert (plan.level, plan.region.name if plan.region else None) == ("city", "楚雄彝族自治州")


def test_a_short_form_that_is_a_common_word_does_not_place_a_page_by_its_body() -> None:
    # a document-sharing page, its title glued into the text: 澄城县…实施方案澄城县位于… / …资源… (5 times)
    plan = _page("check16/docs/e13.txt").plan
    assert plan.region is not None and plan.region.name == "澄城县"


def test_a_divisions_安委会_is_its_work_safety_committee() -> None:
    # …省安委会、市安委会… in a 湛江 plan
    names = {m.name for m in _page("check16/docs/e12.txt").mentions if m.label == "Agency"}
    assert {"广东省安全生产委员会", "湛江市安全生产委员会"} <= names


def test_a_notice_title_after_its_number_on_a_flattened_line_names_its_sender() -> None:
    # check20 w10 (a .doc flattened into one line): 赣区府发〔2021〕3 号 赣州市赣县区人民政府 关于印发…的通知
    plan = _page("check20/docs/w10.txt").plan
    assert [a.name for a in plan.issuers] == ["赣州市赣县区人民政府"]
    assert (plan.doc_number, plan.published) == ("赣区府发〔2021〕3号", "2021-04-13")


@pytest.mark.parametrize(
    ("page", "issuers", "published"),
    [
        # a leading group signs in its own name, run on with the date: …领导小组 2017年2月26 日
        ("check22/docs/c07.txt", ["浙江省信用浙江建设领导小组"], "2017-02-26"),
        # a joint leading group's name wrapped under the committee and government that set it up
        ("check7/docs/r13.txt", ["中共木兰县委木兰县人民政府优化营商环境领导小组"], "2019-07-16"),
        # the red header, the number and the notice title flattened into one line
        ("check22/docs/c13.txt", ["东丽区人民政府"], "2016-01-20"),
    ],
)
def test_issuers_of_leading_groups_and_flattened_red_headers(
    page: str, issuers: list[str], published: str
) -> None:
    plan = _page(page).plan
    assert ([a.name for a in plan.issuers], plan.published) == (issuers, published)


def test_an_opinion_headed_by_its_subject_alone_under_a_bracketed_note_is_the_title() -> None:
    # check22 c03 (甘肃省): 甘肃省人民政府办公厅 / 2020年5月3日 / (此件公开发布) / 关于…的实施意见
    assert _page("check22/docs/c03.txt").plan.title == "关于进一步促进消费扩大内需的实施意见"


@pytest.mark.parametrize(
    ("page", "parents"),
    [
        # the preamble under 第一章 总则 (a mineral resources plan): 依据《…》…编制《X》
        ("check23/docs/i04.txt", 7),
        # an unnumbered sentence opening the list of bases: 规划编制的主要依据是: / 《A》;《B》;…
        ("check23/docs/i08.txt", 3),
    ],
)
def test_a_preamble_under_its_general_provisions_and_an_unnumbered_list_of_bases(
    page: str, parents: int
) -> None:
    titles = [p.title for p in _page(page).parents]
    assert len(titles) == parents, titles
    assert "矿产资源规划编制实施办法" in titles or "北京城市总体规划(2004年—2020年)" in titles


def test_a_notice_flattened_into_one_line_keeps_its_signature() -> None:
    # check23 i03: …现将《…》印发给 你们,请认真贯彻执行。 泗水县人民政府 2023 年 4 月 28 日 (此件公开发布)
    plan = _page("check23/docs/i03.txt").plan
    assert ([a.name for a in plan.issuers], plan.published) == (["泗水县人民政府"], "2023-04-28")


def test_a_first_draft_keeps_its_period_and_drops_its_mark() -> None:
    # probe5 h974: 市南区教育体育事业发展第十三个五年规划(2016—2020年)(初 稿)
    assert _page("probe5/docs/h974.txt").plan.title == "市南区教育体育事业发展第十三个五年规划(2016—2020年)"


def test_joint_signers_glued_on_one_line_are_each_an_issuer() -> None:
    # body b01 (宁波市): 宁波市发展和改革委员会宁波市大数据发展管理局 / 2021 年6 月29 日
    plan = _page("body/docs/b01.txt").plan
    assert [a.name for a in plan.issuers] == ["宁波市发展和改革委员会", "宁波市大数据发展管理局"]
    # …and so are a party committee's office and its government's, the first opening on 中共 (check46 ax01,
    # traditional script: 中共黑龍江省委辦公廳黑龍江省人民政府辦公廳 / 2019年9月29日)
    plan = _page("check46/docs/ax01.txt").plan
    assert [a.name for a in plan.issuers] == ["中共黑龙江省委办公厅", "黑龙江省人民政府办公厅"]
    assert (plan.level, plan.region and plan.region.name) == ("province", "黑龙江省")
    # a party committee's joint leading group is one body, whatever divisions its name holds
    assert [a.name for a in _page("check7/docs/r13.txt").plan.issuers] == [
        "中共木兰县委木兰县人民政府优化营商环境领导小组"
    ]


@pytest.mark.parametrize(
    ("page", "issuer"),
    [
        ("check22/docs/c10.txt", "咸宁市人民政府办公室"),  # 咸政办发〔2015〕21号, the sender's name lost
        ("probe11/docs/v104.txt", "白银市人民政府办公室"),  # 市政办发〔2022〕112号 2022年6月30日, no sender
        ("check15/docs/j03.txt", "青海省人民政府办公厅"),  # 青政办〔2023〕28号: a province's general office
    ],
)
def test_a_governments_number_names_the_issuer_a_page_leaves_out(page: str, issuer: str) -> None:
    plan = _page(page).plan
    assert [a.name for a in plan.issuers] == [issuer]
    # an issuer read from the number only makes no Agency node: the text prints no such name
    assert [a.placed for a in plan.issuers] == [False]


def test_a_department_posting_a_divisions_outline_did_not_issue_it() -> None:
    # check22 c14 (发布机构: 区招商局 over 武汉市硚口区…纲要) and check23 i09 (发布机构 | 发改委办公室)
    assert _page("check22/docs/c14.txt").plan.issuers == ()
    assert _page("check23/docs/i09.txt").plan.issuers == ()


def test_a_title_tail_under_a_catalogue_field_and_a_posting_department_of_an_outline() -> None:
    # check25 ab01 (儋州市): 标题:儋州市…纲要 / … 时效性:儋州市国民经济和社会发展 / 第十四个五年规划纲要;
    # 发文机关:儋州市发展和改革委员会 posted the outline its congress approved
    plan = _page("check25/docs/ab01.txt").plan
    assert (plan.title, plan.issuers) == ("儋州市国民经济和社会发展第十四个五年规划纲要", ())


def test_a_combined_phrase_before_a_list_comma_names_each_level() -> None:
    # check25 ab08 (沈阳市): 依据国家和省“十四五”教育事业发展规划、《中共沈阳市委关于…的建议》
    titles = [p.title for p in _page("check25/docs/ab08.txt").parents]
    assert titles[:2] == ["国家“十四五”教育事业发展规划", "辽宁省“十四五”教育事业发展规划"]


def test_a_notice_forwarding_the_issuing_notice_leaves_that_notices_sender_the_issuer() -> None:
    # check11 x05: 现将《南宁市人民政府办公厅关于印发…(2017—2020年)的通知》(南府办〔2017〕88号)转发给你们 /
    # 南宁市教育局 / 2018年1月17日
    plan = _page("check11/docs/x05.txt").plan
    assert [a.name for a in plan.issuers] == ["南宁市人民政府办公厅"]
    assert (plan.doc_number, plan.published) == ("南府办〔2017〕88号", "2018-01-17")


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ("check13/docs/z10.txt", "2021-08-06"),  # …请认真遵照执行。特此通知2021年8月6日闵行区…(no breaks)
        ("check4/docs/k10.txt", "2018-11-22"),  # 来自:襄阳市政府门户网站 时间:2018-11-22
    ],
)
def test_a_date_run_on_after_特此通知_and_a_copy_from_a_government_portal(page: str, published: str) -> None:
    assert _page(page).plan.published == published


def test_a_line_opening_on_a_document_number_is_no_first_half_of_the_title_below() -> None:
    # check27 ad13: 扬府发〔2023〕141号《扬州市人民政府关于深化质量强市建设的实施意见》 (a law library's
    # header) over the opinion's own heading
    plan = _page("check27/docs/ad13.txt").plan
    assert plan.title == "扬州市人民政府关于深化质量强市建设的实施意见"
    assert (plan.level, plan.region.name if plan.region else None) == ("city", "扬州市")


def test_a_breadcrumbs_section_step_and_a_whole_text_note_are_no_part_of_the_title() -> None:
    # check27 ad03: 首页 >十三五规划 (the site's section) over 西藏自治区“十三五”时期…规划纲要(全文)
    plan = _page("check27/docs/ad03.txt").plan
    assert plan.title == "西藏自治区“十三五”时期国民经济和社会发展规划纲要"
    assert (plan.level, plan.region.name if plan.region else None) == ("province", "西藏自治区")


@pytest.mark.parametrize(
    ("page", "region", "issuer"),
    [
        # 市人民政府办公室关于印发《遵义都市圈发展规划》… / 遵府办函〔2022〕56号; the city is named nowhere
        ("check27/docs/ad08.txt", "遵义市", "遵义市人民政府办公室"),
        # 標題 | 市政府關于深入推進計量工作的實施意見 / 連政發〔2023〕9號, and 蘇政發 among its bases
        # (its 发布机构 市政府辦 is the office that posts its government's documents: the title's organ,
        # 市政府, issued it, as the number 連政發 says)
        ("check27/docs/ad09.txt", "连云港市", "连云港市人民政府"),
    ],
)
def test_a_city_named_only_by_its_governments_number(page: str, region: str, issuer: str) -> None:
    plan = _page(page).plan
    assert (plan.level, plan.region.name if plan.region else None) == ("city", region)
    assert [a.name for a in plan.issuers] == [issuer]


def test_a_city_code_shared_or_unknown_places_nothing_and_a_traditional_short_name_its_city() -> None:
    from plangraph.ingest.doc_number_region import city_of_number

    assert city_of_number("咸政办发〔2015〕21号", "结合我市实际") is None  # 咸宁市 and 咸阳市
    assert (
        city_of_number("蓉府发〔2018〕10号", "结合我市实际") is None
    )  # no city opens on 蓉, nor is it a table's
    ref = city_of_number("筑府办发〔2018〕10号", "结合我市实际")  # 贵阳市's traditional short name
    assert ref is not None and ref.name == "贵阳市"
    assert city_of_number("扬府发〔2023〕141号", "结合我县实际") is None  # not a city's page
    ref = city_of_number("扬府发〔2023〕141号", "市政府各部门")
    assert ref is not None and ref.name == "扬州市"


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ("check27/docs/ad08.txt", "2022-05-10"),  # 发布机构 发文日期  2022年05月10日 / 时间:2022-05-11 16:14
        ("check25/docs/ab10.txt", "2019-11-04"),  # 发布时间 2019-11-04 on the city's own site
    ],
)
def test_a_date_field_parted_from_its_value_by_spaces_alone(page: str, published: str) -> None:
    assert _page(page).plan.published == published


def test_a_date_in_brackets_after_the_title_is_no_part_of_it() -> None:
    # check25 ab10: 太原市人民政府关于促进区域协调发展的实施意见(2019.11.4) / 发布时间 2019-11-04
    assert _page("check25/docs/ab10.txt").plan.title == "太原市人民政府关于促进区域协调发展的实施意见"


@pytest.mark.parametrize(
    ("page", "issuer"),
    [
        # 发布机构 市政府办公室 over 太原市人民政府关于促进区域协调发展的实施意见: the office posts it
        ("check25/docs/ab10.txt", "太原市人民政府"),
        # 發布機構 | 市政府辦 | over 市政府關于深入推進計量工作的實施意見 (連政發, the government's number)
        ("check27/docs/ad09.txt", "连云港市人民政府"),
    ],
)
def test_a_governments_office_posting_its_governments_document_is_no_issuer(page: str, issuer: str) -> None:
    assert [a.name for a in _page(page).plan.issuers] == [issuer]


def test_the_plans_whose_targets_a_plan_sets_out_to_fulfil_are_its_parents() -> None:
    # check31 ah05: 为顺利完成《A》《B》《C》(以下统称《规划》)确定的目标指标、重点任务、重点工程, under
    # the title 阳泉市贯彻落实省市“十四五”应急体系规划实施方案
    parents = [p.title for p in _page("check31/docs/ah05.txt").parents]
    assert parents == [
        "“十四五”国家应急体系规划",
        "山西省“十四五”应急管理体系和本质安全能力建设规划",
        "阳泉市“十四五”应急管理体系和本质安全能力建设规划",
    ]


def test_completing_a_plan_being_drafted_is_no_parent() -> None:
    from plangraph.ingest.extract_parents import extract_parents
    from plangraph.ingest.normalise import normalise

    text = "甲县教育规划\n根据《乙市教育发展规划》,我局起草完成了《甲县教育事业规划》,特制定本规划。\n"
    parents = extract_parents("x.txt", normalise(text), text.index("\n"), "甲县教育规划")
    assert [p.title for p in parents] == ["乙市教育发展规划"]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # 卢氏十三五脱贫攻坚规划.doc, then 文档介绍:卢氏县“十三五”脱贫攻坚规划卢氏县人民政府目录…
        ("check25/docs/ab14.txt", "卢氏县“十三五”脱贫攻坚规划"),
        # 諸城市…行動計劃方案(2021-2022年)(18頁).docx, then 1、諸城市…行動計劃(2021-2022年)為提高…
        ("probe4/docs/h951.txt", "诸城市重大突发事件应急保障体系建设行动计划(2021-2022年)"),
        # the document prints the period damaged (20232025年): the file name's stays
        ("check23/docs/i05.txt", "云南省茶叶产业高质量发展三年行动工作方案(2023—2025年)"),
    ],
)
def test_a_shared_files_title_is_the_one_the_document_prints(page: str, title: str) -> None:
    assert _page(page).plan.title == title


@pytest.mark.parametrize(
    ("page", "number"),
    [
        # the notice title's (珠斗委办[2017]27号) over the red header's 珠斗委办〔2017〕27号
        ("check11/docs/x08.txt", "珠斗委办〔2017〕27号"),
        # 【发布文号】新政发[1994]103号 over the notice's (新政发〔1994〕103号)
        ("check23/docs/i10.txt", "新政发〔1994〕103号"),
    ],
)
def test_a_number_printed_twice_is_read_in_its_official_brackets(page: str, number: str) -> None:
    assert _page(page).plan.doc_number == number


def test_a_number_printed_only_in_square_brackets_is_kept_as_printed() -> None:
    from plangraph.ingest.extract_metadata import _in_official_brackets

    text = "发文字号:珠斗委办[2017]27号\n根据粤委办〔2017〕42号文件"
    assert _in_official_brackets(text, 5, 18) is None
    assert _in_official_brackets(text + "\n珠斗委办〔2017〕27号", 5, 18) == (36, 49)


@pytest.mark.parametrize(
    ("page", "issuers"),
    [
        # 湖州市人民政府印发贯彻国务院关于…工作方案的通知: 印发 without 关于; the title's 湖州市贯彻国务院
        # is no body (贯彻 opens the matter)
        ("check30/docs/ag13.txt", ["湖州市人民政府"]),
        # 区委办公室    区政府办公室 / 关于印发《南昌市西湖区…》的通知: joint senders on one line; 西湖区 is
        # also 杭州's, so the bodies carry their city
        ("check30/docs/ag04.txt", ["中共南昌市西湖区委办公室", "南昌市西湖区人民政府办公室"]),
        # 沙县人民政府 / 关于加快第三产业发展的实施意见(试行): an opinion's issuer on the line above it
        ("check30/docs/ag12.txt", ["沙县人民政府"]),
        # 根据中共河南省委办公厅河南省人民政府办公厅印发的《…》精神: a sentence, no notice title
        ("probe6/docs/p604.txt", []),
    ],
)
def test_the_sender_a_notice_or_opinion_heading_names(page: str, issuers: list[str]) -> None:
    assert [a.name for a in _page(page).plan.issuers] == issuers


def test_a_shared_files_page_captions_name_its_title() -> None:
    # renrendoc: 坪山新区社会信用体系建设规划(2014-2020)_第1页 …, then 文档简介 坪山新区…(2014-2020年)深圳市…
    plan = _page("check30/docs/ag06.txt").plan
    assert plan.title == "坪山新区社会信用体系建设规划(2014-2020年)"
    assert plan.level is None and plan.region is None  # a functional new district is no division


def test_a_titles_period_is_its_years_each_one_apart() -> None:
    from plangraph.ingest.extract_title import _period_of

    assert _period_of("某某规划(2014-2020)") == _period_of("某某规划(2014-2020年)") == ("2014", "2020")
    assert _period_of("某某方案(20232025年)") == ()


def test_a_posting_line_with_its_source_before_its_date_dates_a_government_sites_page() -> None:
    # check30 ag11 on quanzhou.gov.cn: 来源:洛江区政府 2017-03-27 00:00 阅读人数:1, no signature
    assert _page("check30/docs/ag11.txt").plan.published == "2017-03-27"


def test_a_number_alone_on_its_line_that_lost_its_year_is_kept_as_printed() -> None:
    # check30 ag07: 奉政发74号 under the notice title (奉政发〔2018〕74号 on the issuer's own site)
    assert _page("check30/docs/ag07.txt").plan.doc_number == "奉政发74号"
    from plangraph.ingest.text_patterns import YEARLESS_DOC_NUMBER

    assert YEARLESS_DOC_NUMBER.fullmatch("共印发通知74号文件") is None  # a line of prose


@pytest.mark.parametrize(
    ("page", "level", "region"),
    [
        # 关于开展国家标准化综合改革试点工作的实施方案, national bases only, 山东 named four times
        # (山东代表团, 山东优势, 山东力量) beside 山西、江苏、山东、广东 listed once
        ("check30/docs/ag02.txt", "province", "山东省"),
        # 关于开展质量提升行动实施方案 from 甘肃日报, carrying out 中共中央、国务院's opinion
        ("check4/docs/k03.txt", "province", "甘肃省"),
        # a titleless action plan carrying out 《国家标准化发展纲要》, naming no province
        ("check4/docs/k01.txt", "national", "全国"),
    ],
)
def test_a_plan_on_national_bases_naming_one_province_above_others_is_that_provinces(
    page: str, level: str, region: str
) -> None:
    plan = _page(page).plan
    assert (plan.level, plan.region.name if plan.region else None) == (level, region)


def test_a_shared_files_name_may_open_on_the_documents_number() -> None:
    # check46 ax10 (a document-sharing site): 邹政发〔2023〕2号邹城市人民政府关于…的实施意见.pdf
    plan = _page("check46/docs/ax10.txt").plan
    assert plan.title == "邹城市人民政府关于加快推进全市气象高质量发展的实施意见"
    assert (plan.level, plan.region and plan.region.name) == ("county", "邹城市")
    assert (plan.doc_number, [a.name for a in plan.issuers]) == ("邹政发〔2023〕2号", ["邹城市人民政府"])


def test_a_reply_approving_a_plan_stands_for_the_plan() -> None:
    # check46 ax09: 济宁市兖州区人民政府关于《济宁市兖州区全民健身实施计划(2021—2025年)》的批复, its catalogue
    # fields giving the reply's number and date
    plan = _page("check46/docs/ax09.txt").plan
    assert plan.title == "济宁市兖州区全民健身实施计划(2021—2025年)"
    assert (plan.level, plan.region and plan.region.name) == ("district", "兖州区")
    assert [a.name for a in plan.issuers] == ["济宁市兖州区人民政府"]
    assert (plan.published, plan.doc_number) == ("2022-12-27", "济兖政字〔2022〕27号")


def test_a_news_lead_whose_subject_is_the_division_titles_the_plan_on_its_name() -> None:
    # check48 az02 (an industry site): 北极星电力网了解到,近日上海长宁区发布国民经济和社会发展
    # 第十三个五年规划纲要,详情如下: — no notice, no issuer; the plan is the district's, titled on its name
    record = _page("check48/docs/az02.txt")
    plan = record.plan
    assert plan.title == "长宁区国民经济和社会发展第十三个五年规划纲要"
    assert (plan.level, plan.region and plan.region.name, plan.issuers) == ("district", "长宁区", ())
    assert len(record.parents) == 2


@pytest.mark.parametrize(
    ("page", "parent"),
    [
        # check48 az03: cover, 纲要草案, 二〇二一年三月, 第一章规划背景, then <the outline's title>,根据…和
        # 《中共巴中市巴州区委关于制定…的建议》编制,主要明确…
        (
            "check48/docs/az03.txt",
            "中共巴中市巴州区委关于制定巴中市巴州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
        ),
        # check49 ba05: 一、总 / (一)规划背景 / …为此,根据《常山县国民经济和社会发展十二五规划纲要》,
        # 贯彻…,特编制《…》
        ("check49/docs/ba05.txt", "常山县国民经济和社会发展十二五规划纲要"),
    ],
)
def test_the_preamble_under_the_first_heading_names_the_parents(page: str, parent: str) -> None:
    assert [p.title for p in _page(page).parents] == [parent]


def test_a_title_listed_as_an_attachment_leaves_its_number() -> None:
    # check49 ba12: 附件: 1. 《…》的起草说明.pdf / 2. 海盐县关于推进养老服务高质量发展的工作方案(征求意见稿)
    assert _page("check49/docs/ba12.txt").plan.title == "海盐县关于推进养老服务高质量发展的工作方案"


def test_a_cited_detailed_plan_keeps_its_level_and_its_period() -> None:
    # check47 ay10 (traditional script): 本規劃主要依據《北京城市總體規劃(2016年—2035年)》
    # 《首都功能核心區控制性詳細規劃(街區層面)(2018年—2035年)》
    # 《北京城市副中心控制性詳細規劃(街區層面)(2016年—2035年)》…等有關文件制定
    titles = [p.title for p in _page("check47/docs/ay10.txt").parents]
    assert titles[:3] == [
        "北京城市总体规划(2016年—2035年)",
        "首都功能核心区控制性详细规划(街区层面)(2018年—2035年)",
        "北京城市副中心控制性详细规划(街区层面)(2016年—2035年)",
    ]


def test_a_repost_of_the_governments_portal_is_dated_by_its_posting() -> None:
    # check51 bc01 (a news site's traditional-script repost):
    # 來源: 天津政務網 作者: 編輯:劉穎 2018-12-06 08:41:53
    plan = _page("check51/docs/bc01.txt").plan
    assert (plan.published, [a.name for a in plan.issuers]) == ("2018-12-06", ["天津市人民政府办公厅"])


def test_a_news_lead_may_name_the_division_by_its_short_names() -> None:
    # check51 bc04: 日前,江苏南京印发《南京市生态河湖行动计划(2018—2020年)》。全文如下: (the heading below
    # prints the period with a hyphen)
    plan = _page("check51/docs/bc04.txt").plan
    assert plan.title == "南京市生态河湖行动计划(2018—2020年)"
    assert (plan.level, plan.region and plan.region.name) == ("city", "南京市")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # check50 bb03: a trade site's headline names the outline short; the text describes itself by its
        # formal name (中商情报网讯:江西省国民经济…纲要,根据《…》编制)
        ("check50/docs/bb03.txt", "江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
        # check52 bd07: the page title types (2021_2025年); the notice prints (2021—2025年) twice
        ("check52/docs/bd07.txt", "重庆市潼南区教育事业发展“十四五”规划(2021—2025年)"),
        # check50 bb10: the catalogue's 名称 is the plan's pre-approval notice (…(2020-2030年)批前公示)
        ("check50/docs/bb10.txt", "绩溪县城区供水专项规划(2020-2030年)"),
        # check50 bb12: a document-sharing site marks the file VIP (….docVIP)
        ("check50/docs/bb12.txt", "高邑县公共文化服务体系和基层文艺院团建设的发展规划"),
        # check52 bd06: a title that ends on its vision (…发展规划和二〇三五年远景目标)
        ("check52/docs/bd06.txt", "渭南市综合交通运输“十四五”发展规划和二〇三五年远景目标"),
        # check52 bd09: 二��三五: the zero lost to the page's encoding
        ("check52/docs/bd09.txt", "壤塘县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
    ],
)
def test_titles_of_pages_that_misprint_them(page: str, title: str) -> None:
    assert _page(page).plan.title == title


def test_a_number_glued_to_the_notice_title_leaves_its_sender() -> None:
    # check52 bd05: 筑府办发〔2022〕7号市人民政府办公厅关于印发贵阳市全民健身实施计划(2022—2025年)的通知
    plan = _page("check52/docs/bd05.txt").plan
    assert [a.name for a in plan.issuers] == ["贵阳市人民政府办公厅"]


def test_a_notice_quoting_its_plan_with_the_notice_word_kept() -> None:
    # check57 bi01: 《高台县综合防灾减灾规划(2016-2020)的通知》已经县政府同意,现印发你们
    assert _page("check57/docs/bi01.txt").plan.title == "高台县综合防灾减灾规划(2016-2020年)"


def test_a_gazette_line_glues_page_number_title_and_number() -> None:
    # check57 bi10: 1山东省人民政府关于印发山东省“十二五”节能减排综合性工作实施方案的通知
    # 鲁政发〔2011〕47号各市… (one line)
    plan = _page("check57/docs/bi10.txt").plan
    assert (plan.doc_number, [a.name for a in plan.issuers]) == ("鲁政发〔2011〕47号", ["山东省人民政府"])


def test_a_title_run_into_its_preamble_after_a_comma() -> None:
    # check55 bg02: 湖南省殡葬事业发展行动方案,为贯彻落实…,特制定本行动方案。
    assert _page("check55/docs/bg02.txt").plan.title == "湖南省殡葬事业发展行动方案"


def test_a_headerless_province_plan_is_placed_by_the_cities_it_lists() -> None:
    # check55 bg04 (traditional script, from the addressee line on): 全省 and 武汉市、襄阳市、荆门市…,
    # no province named
    plan = _page("check55/docs/bg04.txt").plan
    assert (plan.title, plan.level, plan.region and plan.region.name) == (None, "province", "湖北省")


def test_a_headerless_page_named_by_the_bare_title_its_preamble_makes() -> None:
    # check60 bl08: 根据《青浦区国民经济和社会发展第十三个五年规划纲要》…,编制青浦区“十三五”人才发展规划。
    assert _page("check60/docs/bl08.txt").plan.title == "青浦区“十三五”人才发展规划"


def test_a_government_sites_byline_under_the_title_names_issuer_and_date() -> None:
    # check60 bl02 (a gov.cn planning site): 广西科技创新“十三五”规划 /
    # 广西壮族自治区人民政府办公厅 2017-02-27 16:06
    plan = _page("check60/docs/bl02.txt").plan
    assert [a.name for a in plan.issuers] == ["广西壮族自治区人民政府办公厅"]
    assert plan.published == "2017-02-27"


@pytest.mark.parametrize(
    ("page", "number"),
    [
        # check62 bn02: the number and the date in one pair of brackets under the title
        ("check62/docs/bn02.txt", "冀政办〔2011〕2号"),  # (冀政办〔2011〕2号 2011年1月27日)
        # check62 bn06: the number as a table's cell (东民〔2015〕52号 |) over the notice
        ("check62/docs/bn06.txt", "东民〔2015〕52号"),
    ],
)
def test_a_number_alone_in_brackets_with_its_date_or_as_a_cell(page: str, number: str) -> None:
    assert _page(page).plan.doc_number == number


def test_an_abridged_editions_mark_is_no_part_of_the_title() -> None:
    # check62 bn10: 湖南省宁乡市“十四五”水利发展规划(2020-2025年)简本 / 宁乡市水利局 / 2021年4月13日
    plan = _page("check62/docs/bn10.txt").plan
    assert plan.title == "湖南省宁乡市“十四五”水利发展规划(2020-2025年)"
    assert (plan.level, plan.region and plan.region.name) == ("county", "宁乡市")
