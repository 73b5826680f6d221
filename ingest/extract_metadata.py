"""Plan-level metadata from a document's text: title, region and level, issuer, dates, number, period.

Web scrapes put the facts in different places (a 发布机构 field, the signature under a covering
notice, a 来源 line), so each field is a short list of rules tried from the most to the least
authoritative source, following the conventions in shared/eval/README.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cache, cached_property

from plangraph.ingest.doc_number_region import (
    NATIONAL,
    city_of_number,
    government_of_number,
    region_of_number,
)
from plangraph.ingest.entities import PlanContext
from plangraph.ingest.extract_agencies import (
    agency_prefix,
    is_central_body,
    national_by_bare_name,
    official_name,
    signing_name,
)
from plangraph.ingest.extract_title import TITLE_LINE, carried_out, clean_title, read_title
from plangraph.ingest.gazetteer import gazetteer, names_a_zone, short_name
from plangraph.ingest.heading_grammar import ranked_heading
from plangraph.ingest.issuer_in_words import read_issuer_in_words
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.notice_signature import Signature, read_signature
from plangraph.ingest.page_source import labels_shared_file, posted_by_government
from plangraph.ingest.plan_title_key import plan_title_key
from plangraph.ingest.records import AgencyRef, Evidence, PlanMetadata, PlanRef, RegionRef
from plangraph.ingest.segment import is_common_word, word_boundaries
from plangraph.ingest.text_layout import Line, lines_of
from plangraph.ingest.text_patterns import (
    AGENCY_END,
    AGENCY_LINE,
    AGENCY_SUFFIX,
    BARE_DOC_NUMBER,
    CITING,
    DAMAGED_DOC_NUMBER,
    DATE,
    DOC_NUMBER,
    FIVE_YEAR,
    HOSTED_EVENT_AFTER,
    ISSUING_ORGANS,
    OPEN_DOC_NUMBER,
    PLAN_BODY,
    TITLE_FIELD_LABEL,
    TITLE_MATTER_OPENS,
    YEARLESS_DOC_NUMBER,
    cn_number,
    five_year_period,
    iso_date,
    reads_as_plan,
)

# How far into a document its header (title, notice, signature) may reach, in lines.
HEAD_LINES = 40
# A field label may be spaced out (文  号) and bracketed ([ 发文字号 ] | value |); a table's cell bar may
# follow its colon too (文 号: | value |), or stand for it (文 号 | 德府发〔2016〕20号 | 发文日期 |).
_FIELD_VALUE = r"\s*(?:\]|】|[::]|(?=\|))\s*\|?\s*"
# A flattened table may part a date's label from its value by spaces alone (发布机构 市交通运输局 发文日期
# 2021-08-18; 成文日期 2012-03-22): read so only where the date follows (``_date_after``).
_DATE_VALUE = rf"(?:{_FIELD_VALUE}|[ \u3000\t]+)"


def _field(*labels: str) -> str:
    """A field label as pages print it: spaces between its characters, or the ? a scrape leaves for a
    space it could not encode (发?文?字?号?:西青政发〔2023〕5号)."""
    return "(?:" + "|".join(r"[\s?]*".join(label) + r"\??" for label in labels) + ")"


# Law and policy databases print the issue date as 颁布日期, 颁布时间 or 公布日期 (beside 实施日期 /
# 施行日期, the date it takes effect, which is not it).
_SIGNED_LABELS = (
    "发文时间",
    "成文日期",
    "成文时间",
    "发文日期",
    "印发日期",
    "颁布日期",
    "颁布时间",
    "公布日期",
    "出台时间",  # a reading's 一、出台和实施时间 / 出台时间:2023年4月3日
)
_SIGNED_FIELD = re.compile(rf"{_field(*_SIGNED_LABELS)}{_DATE_VALUE}")
# A page's posting line may say 日期 or 时间 alone (日期: 2017-03-24 09:49:00 来源: 办公室;
# 来源:佛山市食药监局 时间:2016-04-28), never inside a longer label (截止日期, 生效日期, 征求意见时间);
# 更新时间 and 发表时间 are other sites' words for the same field, 公开日 a district catalogue's
# (公开日 2023-07-04).
_POSTED_LABELS = ("发布时间", "发布日期", "公开日期", "公开日", "生成日期", "更新时间", "发表时间")
_POSTED_FIELD = re.compile(
    rf"(?:{_field(*_POSTED_LABELS)}{_DATE_VALUE}"
    rf"|(?<![\u4e00-\u9fff])(?:日\s*期|时\s*间){_FIELD_VALUE})"
)
# A field may name a body by its website (来源:水利部网站 on a repost of the ministry's plan; 发布机构:
# 科技部门户网站 in a city's policy library): the site is the body's, and names it.
_BODY_SITE = r"(?:门户)?(?:网站)?"
# A field's label may stand before its value with no colon at all (发布机构 梁山县人民政府办公室), or with
# nothing between them where a flattened table lost its cell border (发文机关沁县人民政府): the value
# must then still be a body's name.
# 颁布单位 and 制定机关 are the law and policy databases' words.
_ISSUER_LABELS = (
    "发布机构",
    "发文机关",
    "发文单位",
    "发布单位",
    "发布部门",
    "发布机关",
    "颁布单位",
    "制定机关",
)
_ISSUER_FIELD = re.compile(
    rf"{_field(*_ISSUER_LABELS)}(?:{_FIELD_VALUE}|\s*)"
    rf"(?P<name>[\u4e00-\u9fff、]{{2,60}}{AGENCY_SUFFIX}){_BODY_SITE}(?![\u4e00-\u9fff])"
)
_SOURCE_FIELD = re.compile(
    rf"(?:信息来源|来源){_FIELD_VALUE}(?P<name>[\u4e00-\u9fff()]{{2,40}}{AGENCY_SUFFIX}){_BODY_SITE}"
    r"(?![\u4e00-\u9fff])"
)
# A government's portal by its name (天津政务网, 中国政府网): a government's own site.
_GOVERNMENT_PORTAL = r"[\u4e00-\u9fff]{2,12}(?:政务网|政府网)"
# A 来源 that is a government body or its website, however short (来源: 办公室, 来源:贵州省水利厅,
# 来源:水利部网站, 来源: 天津政务网): the page copies that body's own posting. A news outlet (来源: 中安在线,
# 新华社, 人民网) is not one.
_SOURCE_BODY = re.compile(
    rf"(?:信息来源|来源|来自){_FIELD_VALUE}(?:[\u4e00-\u9fff()]{{0,40}}{AGENCY_SUFFIX}{_BODY_SITE}|{_GOVERNMENT_PORTAL})"
    r"(?![\u4e00-\u9fff])"
)
# A notice's title opens with the body that sends it, however it hands the document down: 关于印发 its
# own, 关于转发 or 转发 another body's, (关于)批转 a subordinate's (X办公厅转发Y关于印发Z的通知: X, not Y).
# Aggregator sites may put the place in brackets in front of it ((某某市)某某市人民政府关于印发…), a site
# its section (【专项规划】六安市裕安区减灾救灾委员会关于印发《…》的通知), a document flattened into one line
# its number, perhaps after the red header (天津市东丽区人民政府文件 东丽政发〔2016〕2号 东丽区人民政府关于
# 印发…的通知; 赣区府发〔2021〕3 号 赣州市赣县区人民政府 关于印发…的通知), or glued to it (筑府办发〔2022〕7号
# 市人民政府办公厅关于印发…的通知), or a gazette's page number (1山东省人民政府关于印发…). A body's reply
# approving a plan (X关于《Y》的批复) is read as its notice.
# Bodies that issue a document jointly stand in its title one after another, a space between them
# (成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…; 财政部 发展改革委 人民银行关于…).
# A joint notice of central ministries may have ten senders or more (国家标准化管理委员会 中央网信办
# 科技部 … 应急部关于印发…). A page that names no forwarder (名称: 转发湖北省人民政府关于印发…的通知, or a
# department's repost 转发:芜湖市人民政府关于印发…的通知) leaves the sender of the notice it forwards.
# The sender may hand the plan down with 印发 alone in a notice's title (湖州市人民政府印发贯彻…工作方案的
# 通知), never in a sentence (根据中共河南省委办公厅河南省人民政府办公厅印发的《…》精神).
_NOTICE_ISSUER = re.compile(
    rf"^(?:\([^()]{{1,12}}\)\s*|【[^【】]{{1,12}}】\s*|(?:[\u4e00-\u9fff]{{2,30}}文件\s*)?{DOC_NUMBER.pattern}\s*"
    r"|\d{1,3}(?=[\u4e00-\u9fff]))?(?:(?:转发|批转)[::]?\s*)?"
    rf"(?P<name>{ISSUING_ORGANS})\s*"
    r"(?:关于印发|关于转发|关于批转|印发(?=[^。,,]*的通知\s*$)|转发|批转|关于(?=(?:同意|批准)?\s*《?[^。,,]*的批复\s*$))"
)
_TITLE_FIELD = re.compile(rf"\s*{TITLE_FIELD_LABEL}")
# A notice that forwards the notice issuing the plan, quoting it: 现将《南宁市人民政府办公厅关于印发南宁市
# 第三期学前教育行动计划(2017—2020年)的通知》(南府办〔2017〕88号)转发给你们 (the city's education
# bureau signs).
_FORWARDED_NOTICE = re.compile(
    rf"现将\s*《(?P<sender>{ISSUING_ORGANS})关于印发[^《》]*的通知》[^。《》]{{0,40}}?转发给?\s?你们"
)
# The rest of a notice title whose sender stands alone on the line above (…人民政府 / 关于印发…的通知).
_SENT_ON_NEXT_LINE = re.compile(r"\s*(?:关于)?(?:印发|转发|批转|下达)")
# A plan's own title in the official form names its issuers (text_patterns.ISSUING_ORGANS).
_TITLE_ISSUER = re.compile(rf"(?P<name>{ISSUING_ORGANS})\s*{TITLE_MATTER_OPENS}")
_SENDERS_LINE = re.compile(ISSUING_ORGANS)
# A number field whose colon was lost (发文字号 肃政发〔2022〕5号, or glued to it in a flattened table:
# 发文字号沁政发〔2021〕12号) still holds one: a number must follow.
_NUMBER_FIELD = re.compile(rf"{_field('文件编号', '发文字号', '文号')}(?:{_FIELD_VALUE}|\s*)")
# A national plan's title (“十四五”国家…, 全国…) or a central issuer (国务院, 国家发展改革委).
_NATIONAL_NAME = re.compile(
    r"^[“\"]?(?:十[一二三四五六七八九]五[”\"]?)?(?:全国|国家|中国(?![((])|国务院|中共中央|中华人民共和国)"
)


def _implements_national(title: str) -> bool:
    """A title that names no division and carries out a national document is a national one's: a
    division's own would say so (浙江省贯彻实施《…》) or be known from its issuer or number first."""
    cited = carried_out(title)
    return bool(cited and _NATIONAL_NAME.match(cited[0]))


# 省政府 / 市政府: the short form of 人民政府 (江苏省政府 → 江苏省人民政府).
_SHORT_GOVERNMENT = re.compile(r"(?<=[省市区县])政府(?=办公厅|办公室|$)")
# 县政府办 / 市政府办, shorter still 县府办: the short form of a government's general office (肃南县政府办 in
# a 发布机构 field over the office's number 肃政办发; 发布机构:政府办 over 蔚县人民政府办公室's notice;
# 信息来源:县府办 on a county's site).
_SHORT_OFFICE = re.compile(r"(?<=[省市区县])政?府办$")
_PERIOD = re.compile(
    r"(?:实施期限|规划期限|规划期|期限|时限|规划期间)\s*(?:为|是|:)?\s*(?P<y1>\d{4})\s*年?\s*[-—–~至到]+\s*(?P<y2>\d{4})\s*年"
)
_VISION = re.compile(r"展望(?:至|到)\s*(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年")
_VISION_GOAL = re.compile(r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年远景目标")
_SHORT_SCOPE = {"省": "province", "市": "city", "区": "district", "县": "county"}
# An autonomous region's or prefecture's bodies by kind alone (自治区人民政府, 自治区党委, 自治州人民政府).
_AUTONOMOUS_SCOPE = {"自治区": "province", "自治州": "city"}


class _Reader:
    """Evidence-making helpers bound to one document."""

    def __init__(self, source: str, nt: NormalisedText) -> None:
        self.source = source
        self.nt = nt
        self.lines = list(lines_of(nt.text))
        self.head = self.lines[:HEAD_LINES]
        self.doc_number: str | None = None
        self.doc_number_span: tuple[int, int] | None = None

    @cached_property
    def division(self) -> RegionRef | None:
        """The plan's own division when its title names none, for a header that names a body by its
        kind alone (省人民政府, 市市场监管局): the province its number belongs to (鄂政发 → 湖北省),
        else the division its text calls 全市/我市 and names most."""
        by_number = region_of_number(self.doc_number) if self.doc_number else None
        if by_number is not None and by_number != NATIONAL:
            return by_number
        if self.doc_number and (city := city_of_number(self.doc_number, self.nt.text)) is not None:
            return city
        own = _region_from_body(self)
        return own[0] if own else None

    @cached_property
    def signature(self) -> Signature | None:
        """The signature block under the notice, read once: the issuer and the date both ask for it."""
        head_end = self.head[-1].end if self.head else 0
        return read_signature(self.nt.text, self.lines, head_end)

    def evidence(self, start: int, end: int, field: str) -> Evidence:
        o_start, o_end, quote = self.nt.quote(start, end)
        return Evidence(self.source, o_start, o_end, quote, field)


# The words a division's own programme puts before its name (智慧海南, 数字福建, 美丽广西, 健康龙江).
_BRAND = re.compile(r"(?:智慧|数字|美丽|健康|平安|法治|幸福|绿色|生态|人文|书香|诚信|文明)")
# A title may open on the period's tag before its division: “十四五”广东省档案事业发展规划, or on the party
# whose committee makes a proposal (中共武昌区委关于制定武昌区…规划的建议).
_LEADING_TAG = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期)?|中(?:共|国共产党)")
# A zone run by one administration with a district names both, the district in brackets: 高新区(新市区)
# 国民经济和社会发展第十四个五年规划…纲要 is the plan of 新市区 (乌鲁木齐).
_BRACKETED_DIVISION = re.compile(r"[^()()]{2,14}?[((](?P<division>[\u4e00-\u9fff]{2,10}[区县市旗])[))]")


# The parts every plan is drafted in, as its headings name them: 一、指导思想 / (二)基本原则 / 三、发展目标 /
# 四、重点任务 / 五、保障措施. A headerless page that starts below the preamble still shows them. A
# government's reading of a plan (政策解读: 一、出台和实施时间 / 二、编制背景; 一、决策背景依据及起草过程 /
# 二、制定的意义) is read as the plan, as the golds read it; its headings say why and how it was made.
_PLAN_PART = re.compile(
    r"指导思想|基本原则|(?:发展|主要|总体|工作)目标|(?:重点|主要|工作)任务|保障措施|组织实施"
    r"|(?:出台|编制|制定|起草|决策)(?:和实施)?(?:背景|依据|过程|情况|时间|意义)|主要内容"
)


def _outlined_as_plan(text: str) -> bool:
    """Whether a text's headings name two of a plan's standard parts or more (指导思想 and 主要目标), or
    of the parts of a reading of one (编制背景 and 主要内容)."""
    parts = set()
    for line in lines_of(text):
        heading = ranked_heading(line.text)
        if heading is not None and (m := _PLAN_PART.search(heading[1])):
            parts.add(m.group()[-2:])  # 发展目标 and 主要目标 are one part
    return len(parts) >= 2


def extract_metadata(source: str, nt: NormalisedText) -> PlanMetadata:
    """Read the plan-level facts of one document (see shared/eval/README.md for the conventions)."""
    reader = _Reader(source, nt)
    evidence: list[Evidence] = []
    found = read_title(nt, reader.head)
    if found is None and not reads_as_plan(nt.text) and not _outlined_as_plan(nt.text):
        raise ValueError(
            "no plan title found in the document header, nor a plan's preamble or issuing notice"
        )
    title, title_span = found if found is not None else (None, None)
    region: RegionRef | None = None
    region_evidence = None
    bare_lead = False
    if title_span is not None:
        evidence.append(reader.evidence(*title_span, "title"))
        printed_title = nt.text[title_span[0] : title_span[1]]
        lead = gazetteer().leading_region(printed_title, context=nt.text)
        if not lead and (tag := _LEADING_TAG.match(printed_title)):
            # “十四五”广东省档案事业发展规划, “十三五”期间哈尔滨市…规划: the division after the period's tag
            after = gazetteer().leading_region(printed_title[tag.end() :], context=nt.text)
            lead = (after[0], after[1] + tag.end(), after[2] + tag.end()) if after else None
        if not lead and (inner := _BRACKETED_DIVISION.match(printed_title)):
            lead = gazetteer().leading_region(inner.group("division"), context=nt.text)
            if lead and lead[2] == len(inner.group("division")):
                lead = (lead[0], inner.start("division"), inner.end("division"))
            else:
                lead = None
        if not lead and (brand := _BRAND.match(printed_title)):
            # 智慧海南总体方案, 数字福建…规划, 健康龙江行动: a programme named for its province or city
            after = gazetteer().leading_region(printed_title[brand.end() :], context=nt.text)
            if after and after[0].level in ("province", "city"):
                lead = (after[0], after[1] + brand.end(), after[2] + brand.end())
        if lead:
            region = lead[0]
            start = title_span[0] + lead[1]
            region_evidence = reader.evidence(start, start + lead[2] - lead[1], "region")
            bare_lead = not printed_title[: lead[2]].endswith(region.name)
    doc_number = reader.doc_number = _doc_number(reader, title, evidence)
    issuers = _among_central_bodies(_issuers(reader, region, title, title_span))
    if region is None:
        region = next((i.region for i in issuers if i.region is not None), None)
    elif bare_lead and (inner := _issuer_inside(region, issuers)) is not None:
        region, region_evidence = inner, None
    if region is None and (
        any(_NATIONAL_NAME.match(name or "") for name in (title, *(i.name for i in issuers)))
        or any(is_central_body(i.name) for i in issuers)
    ):
        region = NATIONAL
    if region is None and doc_number:
        region = region_of_number(doc_number) or city_of_number(doc_number, nt.text)
    if region is None and title and _implements_national(title):
        region = NATIONAL
    if region is None and (own := _region_from_outline(reader) or _region_from_body(reader)):
        region, region_evidence = own
    if region is None and _speaks_as_nation(nt.text):
        region, region_evidence = _province_named_most(reader) or (NATIONAL, None)
    if not issuers and doc_number and region is not None and (by_number := _issuer_of_number(reader, region)):
        issuers = [by_number]
    setting = None
    if any(names_a_zone(name) for name in (title or "", *(i.name for i in issuers))):
        # a zone's plan (its outline, its 管委会's) is no division's: it lies in the one its name puts in
        # front, else the one whose outline it is made under; narrowed to the city its name opens on
        # (东营经济技术开发区 lies in 东营市, 兰州新区 in 兰州市) where that city lies there
        outline = _region_from_outline(reader)
        setting = region if region not in (None, NATIONAL) else outline[0] if outline else None
        named = _named_after(title, nt)
        if named is not None and (setting is None or setting.code in {step.code for step in named.path}):
            setting = named
        region = region_evidence = None
    level = region.level if region else _placeholder_level(title) or _self_level(nt.text)
    period = _period(reader, title, title_span, evidence)
    published = _published(reader, evidence, title, named_issuer=bool(issuers), period=period)
    vision_year = _vision_year(reader, evidence)
    return PlanMetadata(
        title=title,
        level=level,
        region=region,
        issuers=tuple(issuers),
        published=published,
        doc_number=doc_number,
        period=period,
        vision_year=vision_year,
        evidence=tuple(evidence),
        region_evidence=region_evidence,
        setting=setting,
    )


def _named_after(title: str | None, nt: NormalisedText) -> RegionRef | None:
    hit = gazetteer().match_at(title or "", 0)
    ref = gazetteer().resolve(hit[0], context=nt.text) if hit else None
    return ref if ref is not None and ref.level in ("province", "city") else None


def _issuer_of_number(reader: _Reader, region: RegionRef) -> AgencyRef | None:
    """A page that names no issuer still prints the number, and a government's number names its issuer:
    咸政办发〔2015〕21号 on 咸宁市's plan is 咸宁市人民政府办公室's document."""
    government = government_of_number(reader.doc_number or "", region)
    span = reader.doc_number_span
    if government is None or span is None:
        return None
    name, owner = government
    # the plan's issuer, but no Agency node: the text prints no such name (``AgencyRef.placed``)
    return AgencyRef(name, owner, reader.evidence(*span, "issuer"), placed=False)


# A template a document site sells names its division by a placeholder (XX县人才发展“十四五”规划, 某某市…,
# ××区…): the level word is printed, the division is not.
_PLACEHOLDER_DIVISION = re.compile(r"^(?:XX|xx|××|某某|\*\*)(?P<word>省|自治区|市|州|区|县|旗)")
_PLACEHOLDER_LEVELS = {
    "省": "province",
    "自治区": "province",
    "市": "city",
    "州": "city",
    "区": "district",
    "县": "county",
    "旗": "county",
}


def _placeholder_level(title: str | None) -> str | None:
    """The level a template's placeholder division prints (XX县 → county); no region is invented."""
    m = _PLACEHOLDER_DIVISION.match(title or "")
    return _PLACEHOLDER_LEVELS[m.group("word")] if m else None


def _self_level(text: str) -> str | None:
    """The level a plan nothing places speaks as (我县, 本县 → county; 我省 → province): an anonymised
    copy (结合我县实际, its county's name removed) keeps the level while the division is unknown."""
    own = [m for m in _SELF_REFERENCE.finditer(text) if m.group().startswith(("我", "本"))]
    scope = _spoken_scope(own)
    return _SELF_LEVELS[scope][0] if scope else None


def _issuer_inside(region: RegionRef, issuers: list[AgencyRef]) -> RegionRef | None:
    """The division an issuer names in full inside the one a title names only by its short form: a
    title may name the wider area it is about (北京城市副中心…, 北京 read as 北京市), while the body
    that issues it (北京市通州区人民政府办公室) says whose plan it is."""
    for issuer in issuers:
        inner = issuer.region
        if inner is not None and inner.code != region.code and region.code in {s.code for s in inner.path}:
            return inner
    return None


# How a plan speaks of its own division: 全省, 我省, 省情 … and the levels each may mean. 全市/我市 is
# a prefecture's, a municipality's or a county-level city's (诸城市, 丰城市, 嵊州市 say 我市 of themselves).
# A notice addresses its own division's bodies by level too: 区委各部门、区直各单位, 县直有关部门.
_SELF_REFERENCE = re.compile(r"(?:全|我|本)([省市区县州])|([省市区县州])情|([省市区县])直(?:各|有关|属)")
_SELF_LEVELS = {
    "省": ("province",),
    "市": ("city", "province", "county"),
    "区": ("district", "province"),
    "县": ("county",),
    "州": ("city",),  # an autonomous prefecture: 全州 … 结合楚雄州实际
}


# The self-reference of a banner or league (我旗, 本盟), which no body-based guess reads.
_OTHER_SELF_REFERENCE = re.compile(r"(?:全|我|本)[旗盟]")


def national_by_bases(
    plan: PlanMetadata, parents: Sequence[PlanRef], source: str, nt: NormalisedText
) -> PlanMetadata:
    """A plan nothing places (no division in its title, issuer, number or text) whose bases are all
    national plans, and which never speaks of its own division (全省, 我市 …), is a national one: a
    division's plan is made under its own division's plans too, or says 结合本省实际. 数字交通“十四五”
    发展规划, made under the national outline alone (body2 b06); a titleless action plan made to carry
    out 《国家标准化发展纲要》 (check4 k01). This the title's own 贯彻实施《X》 already says for a title.
    Unless it names one province above all others (``_province_named_most``): a province carrying out a
    national programme (山东 for its 国家标准化综合改革试点, 甘肃 for 开展质量提升行动) is made under
    national documents alone too."""
    if plan.region is not None or plan.setting is not None or not parents:
        return plan
    levels = {p.level for p in parents}
    if "national" not in levels or levels - {"national", None}:
        return plan  # a base no title places (交通强国建设纲要) is no division's either
    if _SELF_REFERENCE.search(nt.text) or _OTHER_SELF_REFERENCE.search(nt.text):
        return plan
    if (own := _province_named_most(_Reader(source, nt))) is not None:
        return replace(plan, region=own[0], level=own[0].level, region_evidence=own[1])
    return replace(plan, region=NATIONAL, level=NATIONAL.level)


def _speaks_as_nation(text: str) -> bool:
    """A plan nothing places (no division in its title, issuer or number) that speaks of 我国 and
    never of its own division (全省, 我市, 本区 …) is the nation's: a division's plan says 全市/我市
    of itself, a national one 我国."""
    return "我国" in text and not _SELF_REFERENCE.search(text) and not _OTHER_SELF_REFERENCE.search(text)


# The development outline a division's sector plan is made under: 依据《…》和《伊犁哈萨克自治州国民经济和
# 社会发展第十四个五年规划和2035年远景目标纲要》,制定本规划.
_OUTLINE_CITED = re.compile(r"《(?P<title>[^《》]{2,40}?国民经济和社会发展[^《》]{2,40}?纲要)》")
# The party committee's proposal an outline is drafted from: 《中共某某区委关于制定…的建议》.
_PROPOSAL_CITED = re.compile(r"《中共(?P<title>[^《》]{2,30}?)委(?:员会)?关于制定[^《》]{4,80}?建议》")


def _region_from_outline(reader: _Reader) -> tuple[RegionRef, Evidence] | None:
    """For a page whose title, issuer and number place nothing: the division whose development
    outline its own preamble (the sentence that makes the plan) names as a basis, the lowest when it
    names several — a sector plan is made under its own division's outline (安徽省 for the 安徽
    market-regulation plan that cites 《安徽省国民经济和社会发展…纲要》, 伊犁哈萨克自治州 for the 伊犁州直
    one) — or whose party committee's proposal it is made from, as an outline is under its own
    committee's (本规划纲要根据《中共合肥市庐阳区委关于制定…的建议》制定: 庐阳区, though the page says 全省
    once)."""
    text = reader.nt.text
    making = PLAN_BODY.search(text)
    if making is None:
        return None
    start = max(text.rfind("。", 0, making.start()), text.rfind("\n", 0, making.start())) + 1
    best: tuple[RegionRef, int, int] | None = None
    stop = text.find("。", making.end())
    end = stop if stop != -1 else len(text)  # the sentence's end: its 制定 may stand inside a cited title
    for m in [*_OUTLINE_CITED.finditer(text, start, end), *_PROPOSAL_CITED.finditer(text, start, end)]:
        lead = gazetteer().leading_region(m.group("title"), context=text)
        if lead and (best is None or len(lead[0].path) > len(best[0].path)):
            best = (lead[0], m.start("title") + lead[1], m.start("title") + lead[2])
    if best is None:
        return None
    return best[0], reader.evidence(best[1], best[2], "region")


def _may_say(scope: str, ref: RegionRef) -> bool:
    """Whether a division may call itself 全``scope``: a county-level unit says 我市 only when it is a
    city (诸城市, 丰城市); a county says 我县."""
    if ref.level not in _SELF_LEVELS[scope]:
        return False
    if scope == "区" and ref.level == "province" and not ref.name.endswith("自治区"):
        return False  # 全区, 区直 of a province is an autonomous region's (广西, 宁夏), never a 省's
    if scope == "市" and ref.level == "province" and not ref.name.endswith("市"):
        return False  # 我市 at the top is a municipality's (北京市, 重庆市), never a 省's
    return not (scope == "市" and ref.level == "county" and not ref.name.endswith("市"))


def _region_from_body(reader: _Reader) -> tuple[RegionRef, Evidence] | None:
    """For a page whose title, issuer and number place nothing (a titled opinion of 我市 that names 重庆
    as it goes, a headerless page): the division the text calls 我省/全省 (我区, 全县 …; 我/本 before 全)
    and names most often at that level, e.g. 青海 in a preamble that says 结合省情实际."""
    found = list(_SELF_REFERENCE.finditer(reader.nt.text))
    # 我区/本区 is the plan speaking of itself; 全省 may be its province (打造全省引领区 in a district plan)
    own = [m for m in found if m.group().startswith(("我", "本"))] or found
    scope = _spoken_scope(own)
    if scope is None:
        return None
    found = _named_most(reader, lambda ref: _may_say(scope, ref))
    return found if found is not None or scope != "省" else _province_of_cities(reader)


_CITIES_OF_ONE_PROVINCE = 3


def _province_of_cities(reader: _Reader) -> tuple[RegionRef, Evidence] | None:
    """A province's plan that never names its province may list its cities (全省…武汉市、襄阳市、荆门市…
    可吸入颗粒物年均浓度较2012年下降…): three cities or more by their full names, all in one province,
    place it there."""
    provinces: dict[str, set[str]] = {}
    first: dict[str, tuple[int, int]] = {}
    for position, end, name, ref in _namings(reader.nt.text):
        if ref is not None and ref.name == name and ref.level == "city":
            province = ref.path[0].code
            provinces.setdefault(province, set()).add(ref.code)
            first.setdefault(province, (position, end))
    if len(provinces) != 1:
        return None
    ((province, cities),) = provinces.items()
    if len(cities) < _CITIES_OF_ONE_PROVINCE:
        return None
    return gazetteer().ref(province), reader.evidence(*first[province], "region")


def _namings(text: str) -> Iterator[tuple[int, int, str, RegionRef | None]]:
    """Each division name the gazetteer reads in ``text``, left to right without overlaps: its span,
    the name as printed and the division it resolves to (None when it resolves to none)."""
    g = gazetteer()
    position = 0
    while position < len(text) - 1:
        hit = g.match_at(text, position) if text[position : position + 2] in g.name_starts else None
        if hit is None:
            position += 1
            continue
        name, end = hit
        hosted = HOSTED_EVENT_AFTER.match(text, end) is not None  # 北京冬奥会: the event's, not the place
        yield position, end, name, None if hosted else g.resolve(name, context=text)
        position = end


def _spoken_scope(references: list[re.Match[str]]) -> str | None:
    """The scope word (省, 市, 区 …) a page speaks of itself with most often. As often 全省 as 全市 is
    the city's: a city's plan speaks of its province (全省金融工作会议, 全省前列), a province's seldom of
    one city."""
    scopes = Counter(next(level for level in m.groups() if level) for m in references)
    return max(scopes, key=lambda s: (scopes[s], _SCOPE_DEPTH[s])) if scopes else None


_SCOPE_DEPTH = {"省": 0, "市": 1, "州": 1, "区": 2, "县": 2}


def _province_named_most(reader: _Reader) -> tuple[RegionRef, Evidence] | None:
    """For a page nothing places that speaks of 我国: the province it names more often than any other,
    twice at least (山东优势, 山东力量, 山东代表团 beside 山西、江苏、山东、广东 listed once each): a
    province's plan carrying out a national programme speaks of the nation and of itself by name; a
    national plan names no province above the others."""
    return _named_most(reader, lambda ref: ref.level == "province", at_least=2)


def _named_most(
    reader: _Reader, counts: Callable[[RegionRef], bool], at_least: int = 1
) -> tuple[RegionRef, Evidence] | None:
    """The division of those ``counts`` keeps that the text names most often, ``at_least`` times and
    more often than any other, with the evidence of its first naming. Between as many namings, the one
    whose city or province the text names too: 西宁市城东区 twice beside 东区 twice (城东区's own short
    form, and 攀枝花's district) is 城东区; then the one printed with the longer name, a two-character
    name being the likelier coincidence (湘潭县 once beside the 兴县 of the slogan 科教兴县)."""
    text = reader.nt.text
    g = gazetteer()
    named: Counter[str] = Counter()
    every: set[str] = set()
    first: dict[str, tuple[int, int]] = {}
    longest: dict[str, int] = {}
    boundaries = cache(lambda: word_boundaries(text))
    for position, end, name, ref in _namings(text):
        if ref is not None and ref.name != name and is_common_word(name):
            ref = None  # 资源 (resources) is no 资源县, 日照 (sunshine) no 日照市, as for the region finder
        if ref is not None and ref.name != name and position not in boundaries():
            ref = None  # a short name inside a word: the 迁安 of 搬迁安置 is no 迁安市
        if ref is not None:
            every.add(ref.code)
        if ref is not None and counts(ref):
            named[ref.code] += 1
            first.setdefault(ref.code, (position, end))
            longest[ref.code] = max(longest.get(ref.code, 0), end - position)

    def rank(code: str) -> tuple[int, int, int]:
        return named[code], sum(step.code in every for step in g.ref(code).path[:-1]), longest[code]

    ranked = sorted(named, key=rank, reverse=True)[:2]
    if not ranked or named[ranked[0]] < at_least or (len(ranked) == 2 and rank(ranked[0]) == rank(ranked[1])):
        return None
    code = ranked[0]
    return g.ref(code), reader.evidence(*first[code], "region")


def _issuers(
    reader: _Reader, region: RegionRef | None, title: str | None, title_span: tuple[int, int] | None
) -> list[AgencyRef]:
    """Who issued the document: the sender of the issuing notice a forwarding notice quotes (现将《X关于
    印发…的通知》转发给你们), else the signature under its notice, else the sender a notice title names,
    else a 发布机构 field (not a department's over a division's outline: it only posted it), else the
    organs a title in the official form opens with, else 来源, else the
    issuer stated in words (a byline, a dated issuing sentence, the bodies its preamble says drew it
    up), else a cover page's. The signer and the sender come first: a site's 发布机构 may be the office
    that posts the page (开州区政府办公室 over 重庆市开州区人民政府关于印发…; 银川市委办公室 over
    中共银川市委银川市人民政府关于印发…) for a notice its government sent, and a page may lose the
    signature's date. Words saying who sent the plan on outrank its title's organs (中共临沧市委、
    临沧市人民政府转发了《市委宣传部、市司法局关于…规划》), and a title naming its organs leaves 来源
    (the site that posts it) out."""
    if m := _FORWARDED_NOTICE.search(reader.nt.text, 0, reader.head[-1].end if reader.head else 0):
        # the notice forwards the one that issued the plan: that one's sender issued it, not the forwarder
        return _bodies(reader, m.group("sender"), m.start("sender"), region)
    signature = reader.signature
    if signature is not None and signature.signers:
        text = reader.nt.text
        # a name wrapped over two lines of the block is one name; two names glued on one line are two
        return [
            _agency(reader, re.sub(r"\s+", "", text[a:b]), (a, b), region)
            for start, end in signature.signers
            for a, b in _glued_bodies(text, start, end)
        ]
    for line in reader.head:
        # the notice title alone, or as a catalogue's 名称/标题 field (名 称: | 市人民政府办公室关于印发…)
        at = m.end() if (m := _TITLE_FIELD.match(line.text)) else 0
        if (m := _NOTICE_ISSUER.match(line.text[at:])) and not _lost_its_open(line.text):
            return _bodies(reader, m.group("name"), line.start + at + m.start("name"), region)
    for line, following in zip(reader.head, reader.head[1:], strict=False):
        # the notice title broken after its sender: 巫山县人民政府 / 关于印发质量强县建设实施方案的通知, or
        # after its 关于: 北京市朝阳区人民政府关于 / 印发朝阳区…建设规划(2011—2012)的通知; joint senders
        # stand side by side on their line (区委办公室    区政府办公室 / 关于印发《…》的通知)
        sender = line.text.strip().removesuffix("关于")
        if not _SENDERS_LINE.fullmatch(sender):
            continue
        if _SENT_ON_NEXT_LINE.match(following.text):
            m = _NOTICE_ISSUER.match(line.text.strip() + following.text.strip())
            if m is not None:
                offset = len(line.text) - len(line.text.lstrip())
                return _bodies(reader, m.group("name"), line.start + offset + m.start("name"), region)
        if _heads_title(following, title):
            # an opinion's title broken after its issuer: 沙县人民政府 / 关于加快第三产业发展的实施意见
            offset = len(line.text) - len(line.text.lstrip())
            return _bodies(reader, sender, line.start + offset, region)
    organs = _TITLE_ISSUER.match(reader.nt.text, *title_span) if title_span is not None else None
    for line in reader.head:
        if (m := _ISSUER_FIELD.search(line.text)) and not _poster_of_outline(title, m.group("name")):
            if organs is not None and _office_posting_for_government(m.group("name"), organs.group("name")):
                break
            names = [n for n in m.group("name").split("、") if n]
            start = line.start + m.start("name")
            refs = []
            for name in names:
                offset = start + m.group("name").index(name)
                refs.append(_agency(reader, name, (offset, offset + len(name)), region))
            return refs
    if organs is None:
        for line in reader.head:
            if m := _SOURCE_FIELD.search(line.text):
                start = line.start + m.start("name")
                return [_agency(reader, m.group("name"), (start, start + len(m.group("name"))), region)]
    words = read_issuer_in_words(reader.head, title)
    if organs is not None and words is None:
        return _bodies(reader, organs.group("name"), organs.start("name"), region)
    if words is not None:
        start, end = words.name
        return _bodies(reader, reader.nt.text[start:end], start, region)
    if cover := _cover_issuer(reader):
        return [_agency(reader, reader.nt.text[cover[0] : cover[1]], cover, region)]
    return []


# A party committee and the government of its division issue jointly, and a title may print the two
# with nothing between them: 中共宿州市委宿州市人民政府关于…的实施意见, 中共铜陵市委铜陵市人民政府关于…
# (a department of the committee, 中共成都市委社会工作部, is one body).
_ONE_BODY_RUN = re.compile(
    r"中共[\u4e00-\u9fff]{1,20}?委(?:员会)?(?=[\u4e00-\u9fff]{2,20}?(?:人民政府|政府)$)|[^ \u3000、]+"
)


def _heads_title(line: Line, title: str | None) -> bool:
    """Whether ``line`` prints the plan's own title, one that opens on 关于 (its issuer on the line above;
    a site may print the title once more as the page's)."""
    return bool(title and title.startswith("关于") and line.text.strip().startswith(title))


def _office_posting_for_government(field: str, organs: str) -> bool:
    """A 发布机构 that is a government's general office, over a title its government opens with (市政府
    办公室 over 太原市人民政府关于促进区域协调发展的实施意见; 市政府辦 over 市政府关于深入推进计量工作的
    实施意见): the office posts its government's documents, and the title names who issued this one,
    as a notice's title does."""
    return bool(_GOVERNMENT_OFFICE.search(field)) and bool(_GOVERNMENT.search(organs))


_GOVERNMENT_OFFICE = re.compile(r"(?:政府|府)(?:办公[室厅]|办)$")
_GOVERNMENT = re.compile(r"政府$")


def _lost_its_open(line: str) -> bool:
    """A line that closes more 《 than it opens is the rest of a citation the page wrapped (四川省人民政府
    关于印发〈…〉的通知》(川委发〔2016〕8号)和), not the page's own notice title."""
    return line.count("》") > line.count("《")


# A division's development outline is its government's (approved by its congress); a department a page's
# 发布机构 field names (区招商局 over 武汉市硚口区国民经济和社会发展第十三个五年规划纲要) only posted it.
_OUTLINE = re.compile(r"国民经济和社会发展.{0,30}纲要")
_GOVERNMENT_BODY = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室)?$")


def _poster_of_outline(title: str | None, name: str) -> bool:
    return bool(title and _OUTLINE.search(title)) and not _GOVERNMENT_BODY.search(name)


def _glued_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of bodies a signature line prints with nothing between them, each opening on its
    division (the party's bodies on 中共 and theirs): 宁波市发展和改革委员会宁波市大数据发展管理局 is two
    signers, and so is 中共黑龙江省委办公厅黑龙江省人民政府办公厅."""
    name = re.sub(r"\s+", "", text[start:end])
    if not AGENCY_END.search(name) or not _opens_on_division(text, start) or _SHARED_GROUP.fullmatch(name):
        return [(start, end)]
    spans, first = [], start
    for position in range(start + 2, end - 2):
        if AGENCY_END.search(text[first:position]) and _opens_on_division(text, position):
            spans.append((first, position))
            first = position
    return [*spans, (first, end)]


# A group a party committee and its government share is one body: 中共木兰县委木兰县人民政府优化营商环境
# 领导小组 (its name wrapped over the signature's lines).
_SHARED_GROUP = re.compile(r"中共\S{2,20}?委(?:员会)?\S{2,20}?(?:人民政府|政府)\S{2,30}?领导小组(?:办公室)?")


def _opens_on_division(text: str, position: int) -> bool:
    at = position + 2 if text.startswith("中共", position) else position
    return gazetteer().match_at(text, at) is not None


def _bodies(reader: _Reader, names: str, start: int, region: RegionRef | None) -> list[AgencyRef]:
    """Each of the bodies a joint title names one after another (``names`` printed at ``start``)."""
    bodies = []
    for run in re.finditer(r"[^ \u3000、]+", names):
        for body in _ONE_BODY_RUN.finditer(run.group()):
            span = (start + run.start() + body.start(), start + run.start() + body.end())
            bodies.append(_agency(reader, body.group(), span, region))
    return bodies


# A cover page: the body that drew the plan up alone on a line, then only a month (2021 年 3 月,
# 二○二一年九月). A month is no signing date, so it gives the issuer only.
_CN_YEAR_DIGITS = "〇○零O0一二三四五六七八九十"
_COVER_MONTH = re.compile(
    rf"(?:\d{{4}}|(?:[{_CN_YEAR_DIGITS}]\s*){{4}})\s*年\s*(?:\d{{1,2}}|[{_CN_YEAR_DIGITS}]{{1,3}})\s*月"
)


# A cover's body and month on one line (湖南省交通运输厅 2014年12月 under a draft's title).
_COVER_LINE = re.compile(
    rf"\s*(?P<body>[\u4e00-\u9fff()]{{2,40}}{AGENCY_SUFFIX})[ \u3000]+{_COVER_MONTH.pattern}\s*"
)


def _cover_issuer(reader: _Reader) -> tuple[int, int] | None:
    """The issuer printed on a plan's cover page (for a plan published without a covering notice), also
    where a shared document's text came out flattened, cover and contents on one line (…“十四五”规划阳高县
    人民政府二二二年一月目 录…, …脱贫攻坚规划卢氏县人民政府目录序言…)."""
    for index, line in enumerate(reader.head):
        following = reader.head[index + 1] if index + 1 < len(reader.head) else None
        if following and AGENCY_LINE.match(line.text) and _COVER_MONTH.fullmatch(following.text):
            return line.start, line.end
        if m := _COVER_LINE.fullmatch(line.text):
            return line.start + m.start("body"), line.start + m.end("body")
    for line in reader.head:
        for m in _FLAT_COVER.finditer(line.text):
            if gazetteer().leading_region(m.group("body")) is not None:
                return line.start + m.start("body"), line.start + m.end("body")
    return None


# A flattened cover: the title's kind, the body that made the plan, then its month, the contents, or the
# preamble's first words on the period behind it (…林业发展“十三五”规划淄博市林业局“十二五”以来,…).
_FLAT_COVER = re.compile(
    rf"(?:规划|纲要|方案|计划)(?P<body>[\u4e00-\u9fff]{{2,20}}?(?:人民政府(?:办公室|办公厅)?|局|委员会|厅))"
    rf"(?=(?:[{_CN_YEAR_DIGITS}]\s*){{3,4}}年|\d{{4}}\s*年|目\s*录|“?十[一二三四五六七八九]五”?(?:以来|时期|期间))"
)


def _agency(reader: _Reader, printed: str, span: tuple[int, int], region: RegionRef | None) -> AgencyRef:
    """Expand a scoped short form (区市场监督管理局 in a 黄石港区 plan) to the full name, and a short
    form or abbreviation to the official one (国家发展改革委 → 国家发展和改革委员会), and a division's
    party committee printed without 中共 to its name with it (广东省委办公厅 → 中共广东省委办公厅). A body
    named by its kind alone is the plan's own division's: where the title names no division, the one its
    number or text gives (``_Reader.division``)."""
    name = _SHORT_GOVERNMENT.sub("人民政府", _SHORT_OFFICE.sub("人民政府办公室", printed))
    name = signing_name(official_name(name))
    kind = next((k for k in _AUTONOMOUS_SCOPE if printed.startswith(k)), printed[0])
    scope = _AUTONOMOUS_SCOPE.get(kind) or _SHORT_SCOPE.get(kind)
    unplaced = scope is not None and gazetteer().match_at(printed) is None
    within = region or (reader.division if unplaced else None)
    if within is not None:
        name = _division_in_full(name, within)
    owner = None
    if unplaced and within is not None:
        owner = next((step for step in reversed(within.path) if step.level == scope), None)
        if owner is None and scope in {"district", "county"} and within.level in {"district", "county"}:
            owner = within.path[-1]
        if scope == "city" and within.level == "county" and within.name.endswith("市"):
            owner = within.path[-1]  # a county-level city's 市委/市政府 is its own (嵊州市), not 绍兴市
        if owner is not None:
            name = owner.name + name[len(kind) :]
    placed = not unplaced or owner is not None or not name.startswith(kind)
    lead = gazetteer().leading_region(name, context=reader.nt.text)
    if lead and lead[1] == 0 and name.startswith("委", lead[2]):
        name = "中共" + name  # a division's party committee (or its office) by its official name
    agency_region = None if names_a_zone(name) else lead[0] if lead else region
    if agency_region is not None and agency_region.name in name:
        # a district whose name several cities share (西湖区: 杭州 and 南昌) names its bodies with its city
        # in front, as the agency finder does: 中共南昌市西湖区委办公室
        context = PlanContext(region=agency_region, text=reader.nt.text)
        prefix = agency_prefix(agency_region.name, context)
        if prefix not in name:
            name = name.replace(agency_region.name, prefix, 1)
    return AgencyRef(name, agency_region, reader.evidence(*span, "issuer"), placed=placed)


def _among_central_bodies(issuers: list[AgencyRef]) -> list[AgencyRef]:
    """Senders of a joint notice among central bodies name the others by their bare short forms too
    (… 科技部 … 卫生健康委 … 人民银行 …): there they are the central ones, as the agency finder reads
    them in a list of central bodies; alone or among local bodies a bare form stays as printed."""
    if not any(is_central_body(i.name) for i in issuers):
        return issuers
    out = []
    for issuer in issuers:
        national = national_by_bare_name(issuer.name)
        out.append(replace(issuer, name=signing_name(national), region=None) if national else issuer)
    return out


def _division_in_full(name: str, division: RegionRef) -> str:
    """A body's name with the plan's own division in full where it prints the short form with the
    level (肃南县政府办 in a 肃南裕固族自治县 plan → 肃南裕固族自治县…; 湘西州 or 湘西自治州 for
    湘西土家族苗族自治州):
    an issuer is named by its full name, as the body finder names it."""
    short = short_name(division.name)
    if short is None or name.startswith(division.name):
        return name
    forms = [short + division.name[-1]]
    if "自治" in division.name:
        forms.insert(0, short + "自治" + division.name[-1])  # 湘西自治州, the nationalities left out
    for form in forms:
        if name.startswith(form) and len(name) > len(form):
            return division.name + name[len(form) :]
    return name


def _date_after(reader: _Reader, pattern: re.Pattern[str], field: str) -> tuple[str, Evidence] | None:
    for line in reader.head:
        for m in pattern.finditer(line.text):
            d = DATE.match(line.text, m.end())
            if d and (value := iso_date(d)):
                start = line.start + d.start()
                return value, reader.evidence(start, line.start + d.end(), field)
    return None


def _published(
    reader: _Reader, evidence: list[Evidence], title: str | None, named_issuer: bool, period: str | None
) -> str | None:
    """The date the issuer signed it; the website's posting date only when nothing better exists and
    the site is the issuer's own (ingest/page_source.py) or the date stands in a field block that
    names the issuer and the number — or, for a page that does not say where it came from, when it
    names who issued the plan: an anonymous repost's date is the repost's. Last, a dateline printed
    alone under the headline, which dates the text a story or a library carries (``_dateline``)."""
    found = None
    if (signature := reader.signature) is not None:
        start, end, value = signature.date
        found = value, reader.evidence(start, end, "published")
    if found is None:
        found = _date_after(reader, _SIGNED_FIELD, "published")
    if found is None:
        found = _dated_number(reader)
    if found is None and (words := read_issuer_in_words(reader.head, title)) and words.date:
        start, end, value = words.date
        found = value, reader.evidence(start, end, "published")
    if found is None:
        found = _site_date(reader, named_issuer, period)
    if found is None:
        return None
    evidence.append(found[1])
    return found[0]


def _site_date(reader: _Reader, named_issuer: bool, period: str | None) -> tuple[str, Evidence] | None:
    """The date the page shows for the text, when the text gives none of its own: the site's posting
    field under the rules of ``_published``, else a dateline. Never a date after the plan's period
    ends — no plan is issued once it has run out, so such a date is a later copy's (a docx of a
    2021-2022 action plan uploaded 2024-05-20)."""
    own_site = posted_by_government(reader.nt.text)
    found = None
    if (
        (named_issuer if own_site is None else own_site)
        or _issuer_field_block(reader, reader.doc_number)
        or (named_issuer and _copied_from_body(reader))
    ):
        found = _date_after(reader, _POSTED_FIELD, "published") or _dated_source(reader)
    if found is None:
        found = _dateline(reader)
    if found is not None and period is not None and int(found[0][:4]) > int(period[-4:]):
        return None
    return found


# A posting line may print the date with no label, its source after it: 2021-03-02 信息来源:区大数据局,
# 2021-11-26 11:00     来源:广西壮族自治区市场监督管理局, 2017-12-20 16:20:34  来源:承德市人民政府, an
# editor's field between them (乌拉特前旗政府门户网站 2023年10月10日 16:20 编辑: 来源: 乌拉特前旗林草局).
_EDITOR = r"(?:(?:责任)?编辑\s*[::]\s*[\u4e00-\u9fff]{0,4}\s*)?"
_DATE_THEN_SOURCE = re.compile(
    rf"(?<![\d-])(?P<date>{DATE.pattern})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*{_EDITOR}(?:信息来源|来源)\s*[::]"
)


# or after it: 来源:洛江区政府 2017-03-27 00:00 阅读人数:1, the author's and editor's fields perhaps between
# (來源: 天津政務網 作者: 編輯:劉穎 2018-12-06 08:41:53).
_BYLINE_FIELDS = r"(?:\s*(?:作者|(?:责任)?编辑)\s*[::]\s*[\u4e00-\u9fff]{0,4})*"
_SOURCE_THEN_DATE = re.compile(
    rf"(?:信息来源|来源)\s*[::]\s*[\u4e00-\u9fff]{{2,20}}{_BYLINE_FIELDS}\s+(?P<date>{DATE.pattern})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)


def _dated_source(reader: _Reader) -> tuple[str, Evidence] | None:
    """The date of a posting line that prints it before or after its 来源 with no label of its own: the
    same record of the posting as a 发布时间 field, read under the same rules."""
    for line in reader.head:
        m = _DATE_THEN_SOURCE.search(line.text) or _SOURCE_THEN_DATE.search(line.text)
        if m and (value := iso_date(m)):
            start = line.start + m.start("date")
            return value, reader.evidence(start, line.start + m.end("date"), "published")
    return None


# A dateline: a date alone on its line, perhaps with its time, behind a list bullet or the name of the
# site that runs the story (网易网站 | 2016-12-26 19:49), no label.
_OUTLET = r"(?:[\u4e00-\u9fff]{2,12}(?:网站|网|日报|新闻)\s*[|｜]?\s*)?"
_DATELINE = re.compile(rf"[•·\s]*{_OUTLET}(?P<date>{DATE.pattern})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*")


def _dateline(reader: _Reader) -> tuple[str, Evidence] | None:
    """The date a page prints alone under its headline, as a news story or a library of texts dates the
    text it carries (2016-11-02 14:40:28 under 关于印发…的通知; • 2021-09-11 07:07 above a repost of a
    plan's opening; 2021年3月28日 on wikisource): when nothing else dates the plan, the text's own date.
    A labelled posting field (发布日期:, 發表于:) or a machine timestamp (+0000 UTC) is the site's record
    of when it copied the page, and is read only under the rules above. A document-sharing page (a
    file's name, 上传人:) dates the upload, whoever made the file."""
    if any(labels_shared_file(line.text) for line in reader.head):
        return None
    for line in reader.head:
        if (m := _DATELINE.fullmatch(line.text)) and (value := iso_date(m)):
            start = line.start + m.start("date")
            return value, reader.evidence(start, line.start + m.end("date"), "published")
    return None


def _copied_from_body(reader: _Reader) -> bool:
    """Whether another site's page says it copies a government body's posting (来源:贵州省水利厅 under
    发布时间:2022-08-17 10:23; 日期: 2017-03-24 来源: 办公室 on a mirror of a city's site): the posting
    date it shows is then that body's, as on the body's own site. A repost that names no source, or a
    news outlet, shows its own date."""
    return any(_SOURCE_BODY.search(line.text) for line in reader.head)


# The government information catalogue's record-number field (索引号: 756832667/201911-00099, or left
# empty by a copy): a page carrying it with a 发布机构 copies the body's record, on whatever site.
_INDEX_FIELD = re.compile(rf"{_field('索引号')}{_FIELD_VALUE}")


def _issuer_field_block(reader: _Reader, doc_number: str | None) -> bool:
    """Whether the header is a record of the document, with fields for its issuer and its number
    (发布部门:济宁市任城区人民政府 / 发布时间:2021年08月28日 / 政策文号:济任政字〔2021〕28号; 发文机关 /
    发布日期 / 文号 on another site) or the catalogue's index number (索引号 / 发布机构 / 发布日期): its
    posting field is when the issuer published it, on any site.
    A repost's date beside an issuer alone is still the repost's."""
    has_number = doc_number is not None and any(
        _NUMBER_FIELD.search(line.text) and doc_number in line.text.replace(" ", "") for line in reader.head
    )
    indexed = any(_INDEX_FIELD.search(line.text) for line in reader.head)
    return (has_number or indexed) and any(_ISSUER_FIELD.search(line.text) for line in reader.head)


# A line that is the document number alone, bracketed or followed by the date it was issued (both in one
# pair of brackets: (冀政办〔2011〕2号 2011年1月27日)), or a table's cell (东民〔2015〕52号 |).
_NUMBER_LINE = re.compile(rf"[(\s]*{DOC_NUMBER.pattern}[)\s]*(?:{DATE.pattern})?[)\s|｜]*")
_NUMBER_THEN_DATE = re.compile(rf"{DOC_NUMBER.pattern}\s*(?P<date>{DATE.pattern})")
# A notice's own number runs straight into the bodies it is sent to when a page loses the line between
# them (鄂政发〔2017〕28号各市、州、县人民政府,省政府各部门:), as the layout puts one after the other.
_NUMBER_THEN_ADDRESSEES = re.compile(rf"(?P<number>{DOC_NUMBER.pattern})\s*各[^::。《》]{{1,80}}[::]")


def _dated_number(reader: _Reader) -> tuple[str, Evidence] | None:
    """A date printed right after the document number under the title: 苏政发〔2009〕1号 2009年1月5日."""
    for line in reader.head:
        if (m := _NUMBER_THEN_DATE.search(line.text)) and (value := iso_date(m)):
            start = line.start + m.start("date")
            return value, reader.evidence(start, line.start + m.end("date"), "published")
    return None


def _doc_number(reader: _Reader, title: str | None, evidence: list[Evidence]) -> str | None:
    """The document's own number: a 文件编号 field, or one printed with the notice title."""
    for index, line in enumerate(reader.head):
        if (m := _NUMBER_FIELD.search(line.text)) is None:
            continue
        # a stray bracket may stand in front of the number: 发文字号 : 〔北辰政办发〔2021〕14号 〕
        at = m.end() + line.text.startswith("〔", m.end())
        if n := DOC_NUMBER.match(line.text, at) or DAMAGED_DOC_NUMBER.match(line.text, at):
            return _keep_number(reader, line.start + n.start(), line.start + n.end(), evidence)
        if at >= len(line.text.rstrip()) and index + 1 < len(reader.head):
            # a table laid out as a list: the value below its label (• [ 发文字号 ] / • 渝北府发〔2022〕5号)
            value = reader.head[index + 1]
            at = len(value.text) - len(value.text.lstrip(" \t\u3000•·●▪-*"))
            if n := DOC_NUMBER.match(value.text, at):
                return _keep_number(reader, value.start + n.start(), value.start + n.end(), evidence)
    for line in reader.head:
        if line.text.startswith("当前位置"):
            continue
        heading = "关于印发" in line.text or bool(title and clean_title(line.text).startswith(title))
        alone = _NUMBER_LINE.fullmatch(line.text)
        for n in DOC_NUMBER.finditer(line.text) if heading or alone else ():
            if _own_number(line.text[: n.start()], title):
                return _keep_number(reader, line.start + n.start(), line.start + n.end(), evidence)
        if n := _NUMBER_THEN_ADDRESSEES.search(line.text):
            return _keep_number(reader, line.start + n.start(), line.start + n.end("number"), evidence)
        alone_on_line = line.text.strip()
        if n := (
            OPEN_DOC_NUMBER.fullmatch(alone_on_line)
            or BARE_DOC_NUMBER.fullmatch(alone_on_line)
            or YEARLESS_DOC_NUMBER.fullmatch(alone_on_line)
        ):
            # alone on its line where the number stands, its 〕, its 号 or its year lost: kept as printed
            offset = line.start + len(line.text) - len(line.text.lstrip())
            return _keep_number(reader, offset, offset + n.end(), evidence)
    return None


# The notice title a page prints in 《》 in front of the number: 《国务院关于印发X的通知》国发〔2021〕30号.
_CITED_NOTICE = re.compile(r"《[^《》]*关于印发\s*[〈“]?(?P<title>[^《》]+?)[〉”]?\s*的通知》\s*[(]?\s*$")


# A basis clause names other documents (根据《某某市人民政府办公厅关于印发X的通知》(济政办发〔2021〕4号)要求):
# a notice cited there issued the plan's parent, though that parent may bear the plan's own title.
_CITING_BEFORE = re.compile(rf"(?:{CITING.pattern}|结合)[^。]*$")


def _own_number(before: str, title: str | None) -> bool:
    """Whether a number printed after ``before`` is the document's own: not one following a cited
    title, unless that title is the notice that issued this very plan, printed as a page's header
    (《国务院关于印发X的通知》国发〔2021〕30号), not cited in a basis clause."""
    if not re.search(r"》\s*[(]?\s*$", before):
        return True
    notice = _CITED_NOTICE.search(before)
    if notice is None or _CITING_BEFORE.search(before, 0, notice.start()):
        return False
    return bool(title and plan_title_key(notice.group("title")) == plan_title_key(title))


# A number's code (鲁政发, 六盘水府办发) never holds a notice's words: where a page glues the number to
# the title before it (…综合性工作实施方案的通知鲁政发〔2011〕47号), the code starts after them.
_BEFORE_CODE = re.compile(r".*(?:通知|的|》|[)])")


def _keep_number(reader: _Reader, start: int, end: int, evidence: list[Evidence]) -> str:
    bracket = reader.nt.text.find("〔", start, end)
    if bracket > start and (glued := _BEFORE_CODE.match(reader.nt.text, start, bracket)) is not None:
        start = glued.end()
    if (official := _in_official_brackets(reader.nt.text, start, end)) is not None:
        start, end = official
    reader.doc_number_span = (start, end)
    evidence.append(reader.evidence(start, end, "doc_number"))
    return re.sub(r"\s+", "", reader.nt.text[start:end])


def _in_official_brackets(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The same number where the document prints its year in 〔〕, as the national standard for official
    documents (GB/T 9704) has it, when a site's field printed it in [] or (): 【发布文号】新政发[1994]103号
    over the notice's (新政发〔1994〕103号)."""
    m = _BRACKETED_YEAR.fullmatch(re.sub(r"\s+", "", text[start:end]))
    if m is None or m.group("open") == "〔":
        return None
    code, year, serial = (re.escape(m.group(k)) for k in ("code", "year", "serial"))
    found = re.search(rf"{code}\s*〔\s*{year}\s*〕\s*{serial}", text)
    return found.span() if found else None


_BRACKETED_YEAR = re.compile(r"(?P<code>.+?)(?P<open>[\[(【〔])(?P<year>\d{4})[\])】〕](?P<serial>\d+号)")


# The years a title brackets: (2021-2022年), (2016年—2035年).
_TITLE_YEARS = re.compile(r"[(](?P<y1>\d{4})\s*年?\s*[-—–~至到]+\s*(?P<y2>\d{4})\s*年?[)]")


def _period(
    reader: _Reader, title: str | None, title_span: tuple[int, int] | None, evidence: list[Evidence]
) -> str | None:
    """Years the plan runs: stated explicitly, else printed with the title, else its five-year cycle."""
    text = reader.nt.text
    if m := _PERIOD.search(text):
        evidence.append(reader.evidence(m.start(), m.end(), "period"))
        return f"{m.group('y1')}-{m.group('y2')}"
    for line in reader.head:
        if (m := TITLE_LINE.match(line.text)) and m.group("y1"):
            evidence.append(reader.evidence(line.start + m.start("y1"), line.start + m.end("y2"), "period"))
            return f"{m.group('y1')}-{m.group('y2')}"
    if title_span is not None and (m := _TITLE_YEARS.search(text, *title_span)):
        evidence.append(reader.evidence(m.start("y1"), m.end("y2"), "period"))
        return f"{m.group('y1')}-{m.group('y2')}"
    return period_from_title(title) if title else None


def period_from_title(title: str) -> str | None:
    """The years of the five-year cycle a title names (“十四五”, 第十四个五年), if it names one."""
    if (m := FIVE_YEAR.search(title)) and (ordinal := cn_number(m.group(1))):
        return five_year_period(ordinal)
    return None


def _vision_year(reader: _Reader, evidence: list[Evidence]) -> int | None:
    """The long-range year the plan itself looks to (not one named inside a parent plan's title)."""
    text = reader.nt.text
    for pattern in (_VISION, _VISION_GOAL):
        for m in pattern.finditer(text):
            if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
                continue  # inside a cited title
            year = cn_number(m.group("y"))
            if year:
                evidence.append(reader.evidence(m.start(), m.end(), "vision_year"))
                return year
    return None
