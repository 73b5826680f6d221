"""Shared text patterns for plan documents: dates, document numbers, agency names, five-year periods.

They are rules about how Chinese government documents are written, not lists taken from any one plan.
"""

from __future__ import annotations

import re

# Zero in a year written digit by digit is printed 〇, 零, ○ (a circle), O or 0 (二00三年).
CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "O": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUM = "〇零○O0一二三四五六七八九十"
# A long-range year whose zero a copy dropped (二三五年 for 二〇三五年): no plan names a three-digit year,
# so a 二 opening two more numerals and 年 has lost the 〇 after it — or printed it as the replacement
# mark of a character its encoding could not hold (二��三五年). The match is 二 and any such marks.
DROPPED_YEAR_ZERO = re.compile(rf"(?<![{_CN_NUM}])二\ufffd{{0,3}}(?=[一二三四五六七八九]{{2}}年)")

DATE = re.compile(
    rf"(?P<y>\d{{4}}|[{_CN_NUM}]{{4}})\s*[-年./]\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[-月./]\s*"
    rf"(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?!\d)\s*日?"
)
# A layout may space the parts of a number apart (呼政字 〔2019〕 84号; 国标委联[2021] 36).
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[ \u3000]?[〔\[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号")
# The same with its brackets lost in scraping (食药监财2014218): only trusted where a number is expected.
DAMAGED_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}(?:19|20)\d{2}\d{1,5}号?(?!\d)")
# A number whose 〔 survived while the scrape dropped its 〕 and perhaps its 号 (桂市监函〔20212676 for
# 桂市监函〔2021〕2676号; 皖政办〔201638号 for 皖政办〔2016〕38号): the 〔 says it is a number.
OPEN_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}〔\s*(?:19|20)\d{2}\s*\d{1,5}\s*号?(?!\d)")
# A number whose year the scrape lost with its brackets (奉政发74号 for 奉政发〔2018〕74号): only trusted
# alone on its own line in a header, its code ending as a document's does (…发, …函, …字).
YEARLESS_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}(?:发|函|字)\d{1,4}号")
# A number printed without its 号 (咸安政发〔2019〕1; 国标委联[2021] 36): only trusted alone on its own
# line in a document's header, where a notice prints its number.
BARE_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}[ \u3000]?[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*\d{1,5}"
)
# A leading group signs in its own name too (浙江省信用浙江建设领导小组, 中共木兰县委木兰县人民政府
# 优化营商环境领导小组), as its office does.
AGENCY_SUFFIX = (
    r"(?:人民政府|办公厅|办公室|委员会|管理局|监督局|政府|领导小组|局|厅|委|办|部|院|中心|署|所|会)"
)
AGENCY_LINE = re.compile(rf"^[\u4e00-\u9fff()]{{2,40}}{AGENCY_SUFFIX}$")
# A name that ends like a body (a signer, one of several glued together).
AGENCY_END = re.compile(rf"{AGENCY_SUFFIX}$")
# An official document's title is its issuing organs, its matter and its kind (GB/T 9704-2012, 7.3.1):
# 山东省人民政府关于深化…的实施意见; a title may open its matter on a verb instead of 关于
# (中共天水市委天水市人民政府贯彻落实…的实施方案, 辽宁省人民政府 国家知识产权局共建…实施方案). Bodies
# issuing jointly stand one after another, a space or 、 between them, or none. No body's name holds the
# words that open a matter or hand a document down: 湖州市贯彻国务院关于… opens on its matter (贯彻), and
# 国务院 there is the matter's.
_ONE_ORGAN = rf"(?:(?!关于|贯彻|落实|印发|转发)[\u4e00-\u9fff]){{1,40}}?{AGENCY_SUFFIX}"
ISSUING_ORGANS = rf"{_ONE_ORGAN}(?:[ \u3000、]+{_ONE_ORGAN}){{0,24}}"
TITLE_MATTER_OPENS = r"(?:关于|贯彻落实|贯彻|落实|共建)"
# A government catalogue's field for the document's title, spaced or bracketed, its colon or cell bar
# after it (名 称: | …, 标题 : …, [名称] …): the notice's title (its sender) or the plan's.
TITLE_FIELD_LABEL = r"(?:标[\s?]*题|名[\s?]*称)\s*(?:\]|】|[::]|(?=\|))\s*\|?\s*"
PLAN_KINDS = r"(?:规划|纲要|大纲|方案|计划)"
# A place name followed by these is part of an institution's name, not the place itself: a school, a
# bank, a firm, or a medium (宁德市广播电视台, 寿宁县融媒体中心, 平顶山广播电视台, 湖州日报); or of an
# event its host city names (2022年北京冬奥会, 杭州亚运会, 上海世博会): no division of the plan's.
# An event's host is not even the place a page is about (北京冬奥会 thrice in the national 体育发展“十三五”
# 规划), where a paper's name still tells it (稿件来源:甘肃日报 over a province's plan).
HOSTED_EVENT = r"(?:(?:冬残|残|冬|夏)?奥运?会|亚运会|亚残运会|世博会|大运会|全运会|园博会|进博会|服贸会)"
INSTITUTION_AFTER = re.compile(
    r"(?:大学|学院|理工|师范|医院|银行|中心支行|分行|支行|集团|公司"
    rf"|日报|晚报|报社|电视台|广播电视台|广播电视总台|广播电台|人民广播电台|融媒体中心|{HOSTED_EVENT})"
)
HOSTED_EVENT_AFTER = re.compile(HOSTED_EVENT)
# The stages a plan's draft passes through before it is issued (征求意见稿 → 送审稿 → 报批稿), as a draft's
# tag names them: a draft is the plan it becomes. One list for titles, title keys and cited parents.
DRAFT_STAGE = r"(?:公开)?(?:征求意见稿|草案|送审稿|报审稿|报批稿|讨论稿|初\s*稿)"
# What a document users bring as a plan may be headed: the plan kinds and an emergency plan (预案, e.g.
# 某某县突发事件总体应急预案) and a year's work points (2015年全市…工作要点), a work plan by another name.
# Opinions (关于…的实施意见) are read by their own title rule, as their
# title names the issuer and 关于.
OWN_PLAN_KINDS = r"(?:规划|纲要|大纲|方案|计划|预案|工作要点)"
# What makes a text a plan when it has no title, or is short: its own preamble (特制定本规划, 制定本预案,
# 现就…提出以下实施意见, 现提出如下意见 — an opinion is a plan users bring) or the notice handing it
# down (印发给你们, or 现印发你们 without 给: 经市政府同意,现印发你们,请认真抓好贯彻落实; 现转发给你们,
# 现批转给你们, 现将…计划下达给你们).
# A preamble may also close on the plan's own name (为……,根据……,制定某某区某某实施方案。) — a sentence
# opening on 为/根据/按照 and ending on the plan it makes, which a news line (下一步将制定工作计划) is not —
# and an outline describes itself (某某纲要,根据《…建议》编制 / 本规划依据…编制 / 本规划根据《A》《B》制定).
# What a plan was made from, said of itself: (是)根据/依据《…》…编制, 以《A》《B》为指导进行编制.
MADE_FROM = (
    r"(?:(?:根据|依据|依照)[^。\n]{2,300}?|以[^。\n]{2,300}?为(?:指导|依据|遵循|基础|指引)[^。\n]{0,6}?)"
    r"(?:编制|制定)"
)
# A plan says what it was made from in a sentence opening on its own name (or 本规划), a news wire's
# dateline perhaps first: 中商情报网讯:江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,根据
# 《中共江西省委关于制定…的建议》编制,主要阐明…
SELF_DESCRIBED = re.compile(
    r"(?:^|[。\n])\s*(?:[^。\n::]{1,20}?[讯电]\s*[::]\s*)?"
    rf"《?(?P<name>[^。\n《》,,::]{{2,80}}?(?:规划|纲要))》?\s*[,,]?\s*(?:是)?(?P<basis>{MADE_FROM})"
)
PLAN_BODY = re.compile(
    r"(?:制定|编制|制订|出台|提出)(?:本|如下|以下)《?"
    r"(?:规划|纲要|方案|实施方案|工作方案|行动方案|计划|行动计划|实施意见|指导意见|意见|预案)"
    r"|(?:印发|转发|批转)给?你们|下达给你们|现(?:予以?)?印发(?:实施|施行|执行)"
    r"|(?:^|[。\n])\s*(?:为了?|根据|依据|按照)[^。\n]{4,400}?[,,]\s*(?:特|现)?(?:制定|编制|制订)"
    r"[^。,,;\n]{0,40}?(?:规划|纲要|方案|计划|实施意见|预案)。"
    rf"|(?:规划|纲要)》?\s*[,,]?\s*(?:是)?{MADE_FROM}"
)
# A plan's preamble says why making it matters, in one set phrase: 编制并有效实施“十四五”规划,对于…具有
# 重大意义; 科学编制“十二五”规划纲要将对促进我县…具有十分重要的现实意义; 制定符合…的科学技术发展规划,
# 对于增强自主创新能力…具有十分重要的意义. A story that reports someone saying so (会议强调,…) is no plan.
PLAN_MATTERS = re.compile(
    r"(?:^|[。\n])(?P<lead>[^。\n]{0,80}?)(?:编制|制定|制订)[^。\n]{0,60}?(?:规划|纲要)[^。\n]{0,80}?"
    r"(?:对于|将对|对)[^。\n]{2,160}?具有[^。\n]{0,12}意义"
)
_REPORTED = re.compile(r"强调|指出|表示|认为|提出|要求|说")
# A news lead that reports the issue of the plan, by name, as its first words: 近日,中共中央办公厅、
# 国务院办公厅印发了《X》,并发出通知…; 近日,廣東省委辦公廳、省政府辦公廳印發《X》,內容如下。; 日前,
# 广东省文化和旅游厅根据《A》《B》…,编制并印发《X》(以下简称《规划》). The bodies before the verb
# issued X (a clause of its bases may stand between them and the verb); a wire story's dateline
# (新华社北京4月18日电) may open it. Bodies that forward (转发) a plan their departments drew up issue
# it as a forwarding notice does: 近日,中共临沧市委、临沧市人民政府转发了《市委宣传部、市司法局关于开展
# 法治宣传教育的第八个五年规划(2021—2025 年)》 (gcs66.com); the party centre, named without a suffix,
# forwards too:
# 新华社北京6月15日电近日,中共中央、国务院转发《中宣部、司法部关于…的“八五”规划(2021-2025年)》 (bmnr.com.cn).
# The verbs of a sentence that cites its bases (根据/依据/按照/贯彻落实 国务院关于印发X的通知): what they
# name is another document, however it is titled.
# A plan's numbered slogans open in quotes on their count: “三个城市”“五宜城市”“两个屏障”, “四预”(预报、预警、
# 预演、预案). What a finder reads right after the count is a piece of the slogan, no place and no system.
NUMBERED_SLOGAN_OPENS = re.compile(r"[“\"「][一二两三四五六七八九十]")
CITING = re.compile(r"根据|依据|依照|按照|遵照|贯彻|落实")
# A trade site or an encyclopedia dates the lead itself: 2021年年初,安徽省交通运输厅发布了《…方案》 (ITS114
# repost); 2023年7月,廣東省人民政府辦公廳印發《…行動方案》 (newton.com.tw); a trade site may open on what it
# learnt and date it by month and day, and name the lead body of several (北极星电力网获悉,2月24日,河南省
# 生态环境厅等7部门联合发布关于印发《X》的通知: the body it names, as the official golds name one issuer).
_LEAD_BODY = rf"(?:中共中央|[\u4e00-\u9fff()]{{2,40}}?{AGENCY_SUFFIX})"
_LEAD_DATE = (
    r"(?:(?:近日|日前|近期)\s*[,,]?|(?:(?:19|20)\d{2}\s*年\s*(?:年初|年中|年底|初|底|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[,,])\s*"
)
# (the division by its full or short names: 上海长宁区, 江苏南京; a reader checks it names one)
_LEAD_DIVISION = r"[\u4e00-\u9fff]{2,10}?"
NEWS_LEAD = re.compile(
    # a wire's or a site's dateline (…6月15日电, 北极星电力网获悉, 11月26日消息) with or without a date
    # clause after it, or the date clause alone; the issue may be dated after its bodies (山西省政府近日印发);
    # a reading may first say why (按照市委、市政府…的部署和要求,为加快…,近日,市政府办公室印发了《X》)
    r"^\s*(?:(?:按照|根据|依据|为了?)[^。\n]{2,300}?[,,]\s*)?"
    # (a paper's 本报讯 with its reporter in brackets: 本报讯 (通讯员 施绍根) 贵州省贵阳市近日出台《X》)
    rf"(?:[^,,。;\n]{{2,30}}?(?:电|讯|获悉|消息|了解到)\s*(?:[((][^()()\n]{{1,20}}[))])?\s*[,,]?\s*"
    rf"(?:{_LEAD_DATE})?|{_LEAD_DATE}"
    # or no date at all, in the wire's formula for a plan issued with a notice (中共云南省委办公厅、云南省
    # 人民政府办公厅印发了《关于…的实施意见》,并发出通知,要求各地区各部门结合实际认真贯彻落实)
    r"|(?=[^。\n]{4,300}?》\s*[,,]\s*并发出(?:了)?通知))"
    # the approval the issue had (2020年7月,经推进海南全面深化改革开放领导小组同意,…办公室印发了《X》)
    r"(?:经[^。,,\n]{2,60}?(?:同意|批准)\s*[,,]\s*)?"
    # the bodies that issued it, or the division whose plan it is (近日上海长宁区发布国民经济和社会发展
    # 第十三个五年规划纲要: its title, as a division's plan is titled, opens on that division)
    rf"(?:(?P<issuers>{_LEAD_BODY}(?:、{_LEAD_BODY}){{0,24}})|(?P<division>{_LEAD_DIVISION}))"
    r"(?:\s*等\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*个?(?:部门|单位))?"
    r"(?:\s*(?:根据|依据|按照|为了?)[^。\n]{2,400}?[,,])?\s*(?:近日|日前|近期)?\s*"
    r"(?:联合|正式|研究)?(?:(?:编制|制定|制订)并)?(?:印发|出台|发布|转发)了?\s*(?:关于印发\s*)?"
    # the plan in 《》, or bare as the object of the notice reported (印发宜春市碳达峰实施方案的通知)
    rf"(?P<open>《)?(?P<title>(?(open)[^《》\n]|[^《》\n,,。;]){{4,100}}?(?:{OWN_PLAN_KINDS}|意见)"
    # (a division's plan reported bare ends where the sentence goes on: …规划纲要,详情如下)
    rf"(?:\s*[(][^()]{{2,20}}[)])?)(?(open)》|(?(division)(?=的通知|\s*[,,。;:])|(?=的通知)))",
    re.MULTILINE,
)
# A lead that puts the plan first and its issue after it: 近日,《江苏体育发展“十四五”规划》出台 (the bodies
# left unnamed).
NEWS_LEAD_PLAN_FIRST = re.compile(
    rf"^\s*{_LEAD_DATE}《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}(?:\s*[(][^()]{{2,20}}[)])?)》"
    r"\s*(?:已经?|日前|近日)?\s*(?:正式)?(?:出台|印发|发布|公布|出炉)",
    re.MULTILINE,
)
# A plan's text speaks of itself: a sentence that opens on 本规划 / 本纲要 and says what it is, when it
# runs or what it covers (本规划是指导今后五年水利工作的重要依据; 本规划执行周期为2021年-2025年). A
# news story or a reading of a plan calls it 《规划》 or 规划提出 instead. What makes a repost of a plan's
# opening a plan when it prints neither the title nor a 制定本规划.
PLAN_SELF = re.compile(
    r"(?:^|[。\n])\s*本(?:规划纲要|规划|纲要)"
    r"(?:是|为|期|的?执行|的?实施期|的?规划期|的?基准期|范围|适用|以\d{4}年为基"
    # an outline says what it sets out: 本纲要以科学发展观为指导,主要阐述政府战略意图
    r"|[^。\n]{0,30}?主要(?:阐述|阐明))"
)
# An outline's body opens on its foreword: 前言 alone on a line, then the plan's period spoken of
# (“十四五”时期, “十三五”期间, 规划期) — what a page that starts below the title shows (check2 h820,
# probe7 p706, both 前 言 over “十四五”时期…). A news story or a report has no 前言 of that kind.
PLAN_FOREWORD = re.compile(
    r"(?:^|\n)[ \t\u3000]*前[ \t\u3000]*言[ \t\u3000]*\n[\s\S]{0,1500}?"
    r"(?:“?十[一二三四五六七八九]五”?(?:时期|期间)|规划期)"
)


# A space inside a run of Chinese: a PDF re-flow breaks words where its lines ended (制 定本规划,
# 国民经济和 社会发展, 分 别, 2035 年).
_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def reads_as_plan(text: str) -> bool:
    """Whether a text with no title is a plan by its content: its preamble makes the plan or says why
    making it matters, a notice hands it down, it speaks of itself as 本规划, or a news lead reports
    the plan issued by name —
    read with the spaces of a re-flow taken out."""
    joined = _SPACE_IN_WORDS.sub("", text)
    return bool(
        PLAN_BODY.search(joined)
        or PLAN_SELF.search(joined)
        or NEWS_LEAD.search(joined)
        or NEWS_LEAD_PLAN_FIRST.search(joined)
        or PLAN_FOREWORD.search(joined)
        or any(not _REPORTED.search(m.group("lead")) for m in PLAN_MATTERS.finditer(joined))
    )


# 第十四个五年规划 / “十四五” → the ordinal of the national five-year cycle.
FIVE_YEAR = re.compile(r"第?([一二三四五六七八九十]{1,3})(?:个五年|五)")


def cn_number(text: str) -> int | None:
    """Read 二〇二一 (digit by digit) or 二十四 (positional) as an integer; None if not a number."""
    if text.isdigit():
        return int(text)
    if all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    if "十" in text and all(ch in CN_DIGITS or ch == "十" for ch in text):
        tens, _, ones = text.partition("十")
        high = CN_DIGITS[tens] if tens else 1
        low = CN_DIGITS[ones] if ones else 0
        return high * 10 + low
    return None


def iso_date(match: re.Match[str]) -> str | None:
    """YYYY-MM-DD from a DATE match, or None when it is not a real calendar date."""
    year, month, day = (cn_number(match.group(k)) for k in ("y", "m", "d"))
    if year is None or month is None or day is None:
        return None
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# A date whose 月 and 日 (and perhaps 年) a scrape dropped, digits run together: 2022年1231, 20221231,
# 2019626, 202347 (2023年4月7日), its 日 perhaps kept (2022630日). Read only where a whole line is a
# date (a signature's), and only when one split is a date.
_SQUEEZED_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})年?(?P<md>\d{2,4})日?")


def squeezed_date(line: str) -> str | None:
    """YYYY-MM-DD from a line that is only a date with its separators lost, when the digits allow one
    reading alone (2016127 may be 1月27日 or 12月7日: None)."""
    if not (m := _SQUEEZED_DATE.fullmatch(line)):
        return None
    year, md = int(m.group("y")), m.group("md")
    readings = {(int(md[:cut]), int(md[cut:])) for cut in (1, 2) if 1 <= len(md) - cut <= 2}
    dates = [(mo, d) for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31]
    if len(dates) != 1:
        return None
    month, day = dates[0]
    return f"{year:04d}-{month:02d}-{day:02d}"


def five_year_period(ordinal: int) -> str | None:
    """The years of the n-th national five-year plan (the 3rd began in 1966 after a gap)."""
    if ordinal < 3:
        return {1: "1953-1957", 2: "1958-1962"}.get(ordinal)
    start = 1966 + 5 * (ordinal - 3)
    return f"{start}-{start + 4}"
