"""A plan's own title, wherever a page prints it.

Web pages put it in the issuing or forwarding notice (关于印发《…》的通知, 现将《…》印发给你们, X转发Y关于…的
通知, …现转发给你们), in a news lead that reports the issue (近日,某某办公厅印发《…》), in a heading
wrapped in the site's or the press's framing ((福建省)…, 原标题:…, 某某网 | …, 某某局发布…), split over
two lines, or only in the text (编制《…》(以下简称《纲要》)); scraping drops or swaps characters in some
copies.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from plangraph.ingest.boilerplate import is_chrome
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.heading_grammar import classify
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.page_source import SHARED_FILE_BLURB, SHARED_FILE_NAME
from plangraph.ingest.plan_title_key import plan_title_key
from plangraph.ingest.text_layout import Line, lines_of
from plangraph.ingest.text_patterns import (
    AGENCY_LINE,
    CITING,
    DATE,
    DOC_NUMBER,
    DRAFT_STAGE,
    DROPPED_YEAR_ZERO,
    ISSUING_ORGANS,
    MADE_FROM,
    NEWS_LEAD,
    NEWS_LEAD_PLAN_FIRST,
    OWN_PLAN_KINDS,
    SELF_DESCRIBED,
    TITLE_FIELD_LABEL,
    TITLE_MATTER_OPENS,
    cn_number,
    five_year_period,
)

# A plan title may end in a bracketed period or edition: (2021—2035年), (2016年—2035年), (2020-2022),
# (修订版), (试行).
_TITLE_TAIL = r"(?:\s*[(](?:\d{4}\s*年?\s*[-—–~至到]*\s*(?:\d{4})?\s*年?(?:版)?|修订版|修订稿|试行|暂行)[)])?"
# Drafts are the same plan: (征求意见稿), (草案), (送审稿), (报批稿) are not part of its title.
# A draft's tag after its title, the round of consultation perhaps counted (第二次征求意见稿), or the
# notice that shows it before approval (绩溪县城区供水专项规划(2020-2030年)批前公示).
_DRAFT = (
    rf"(?:\s*[(](?:第[一二三四五六七八九十]次)?{DRAFT_STAGE}[)]"
    r"|\s*批前公示)"
)
# A site's note that it prints the whole text: 西藏自治区“十三五”时期…规划纲要(全文), 遼寧“十四五”規劃…
# 綱要(附全文), an essay site's …实施方案(全文完整); or an abridged one (…水利发展规划(2020-2025年)简本).
_WHOLE_TEXT = r"(?:\s*[(【\[](?:附?全文(?:完整版?)?|完整版)[)】\]]|\s*[(【\[]?(?:简本|简版|摘要版?)[)】\]]?)"
# A notice hands its own plan down (印发) or forwards another body's (转发); either way the plan is X.
_NOTICE_TITLE = re.compile(r"关于(?:印发|转发)\s*《(?P<title>[^《》\n]{4,100})》\s*的通知")
# 《X》已经省政府同意,现印发给你们 / 现将《X》印发给你们 / 《X》(以下简称《纲要》)已经…批准,现印发给你们 /
# 市体育局编制的《X》已经市政府同意,现转发给你们 (a forwarded 《关于印发X的通知》 is read from the title);
# 《X》已经区政府第29次常务会议审议通过(or 通过 alone: 已经2013年9月4日县政府第21次常务会议通过),现印发给你们;
# 经研究,制定《X》,现印发给你们; without 给, and the
# approval after a comma: 研究制定了《X》,经市政府同意,现印发你们. A notice handing down several documents
# (《A》《B》《C》已经…通过,现印发给你们; 现将《A》和《B》印发给你们) names none of them as the page's: its
# heading does.
_FORWARDED_TITLE = re.compile(
    r"(?<![》、和及与])《(?!关于(?:印发|转发))(?P<title>[^《》\n]{4,100})》(?:\s*[(]以下简称[^()]{1,12}[)])?"
    r"(?:[,,]?\s*(?:已经|已|经)[^。\n《》]{0,40}(?:同意|批准|(?:审议)?通过)[^。\n《》]{0,10}(?:印发|转发)"
    r"|[,,]?\s*现?\s*(?:印发|予以印发|转发)给?你们)"
)
# 某某局关于印发某某规划(2016—2020年)的通知, the title without 《》; 某某办公室转发市体育局关于某某规划的通知.
_BARE_NOTICE_TITLE = re.compile(
    rf"(?:关于(?:印发|转发)|转发[^《》\n]{{2,30}}?关于(?!印发|转发))\s*(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})\s*的通知"
)
# A body's reply approving a plan sent up to it stands for the plan, as a notice handing it down does:
# 济宁市兖州区人民政府关于《…全民健身实施计划(2021—2025年)》的批复, 国务院关于长江三角洲城市群发展规划的批复.
_APPROVAL_TITLE = re.compile(
    rf"关于(?:同意|批准)?\s*《?(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》?\s*的批复"
)
# A ministry's notice may say it had the plan drafted, then hand it down a sentence later: 部组织编制了
# 《公路水路交通运输环境保护“十二五”发展规划》,以指导…工作。本规划是《…》的重要组成部分,现印发给你们;
# 区民政局、区财政局结合实际制定了《X》,现印发实施.
_DRAFTED_THEN_HANDED_DOWN = re.compile(
    rf"(?:编制|制定|制订)了?\s*《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》"
    r"[^。《》]{0,60}?(?:。\s*[^。]{0,80}?)?现?\s*(?:印发|转发)(?:给?你们|实施|施行|执行)"
)
# A flattened page runs the title into the preamble that makes the plan, a page marker perhaps in front
# (—1—青河县争创自治区优秀平安县实施方案为进一步推进社会管理创新,…,结合全县实际,制定本实施方案。;
# 1、诸城市…行动计划(2021-2022年)为提高突发事件应急保障能力和水平,根据…,制定如下行动计划。), a comma
# perhaps between (湖南省殡葬事业发展行动方案,为贯彻落实…,特制定本行动方案。).
_RUN_INTO_PREAMBLE = re.compile(
    rf"^\s*(?:[—-]\s*\d{{1,3}}\s*[—-]\s*|\d{{1,3}}\s*[、.]\s*)?(?P<title>[^,。;:!?,;:!?\s《》]{{4,80}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})"
    r"(?=[,,]?\s*(?:为了?|根据|按照|依据)[^。\n]{4,300}?(?:制定|编制|制订)(?:本|如下|以下))",
    re.MULTILINE,
)
# A notice may name the plan it hands down bare, as the subject of its approval, at the start of its
# body (after the addressees): …省、市驻庆各单位:庆城县“十四五”残疾人保障和发展规划已经县政府研究同意,现印发
# 你们 / 高邮市人力资源和社会保障事业“十四五”发展规划已经市政府同意,现予印发 — where a page has lost the
# notice's title, this names the plan before a cover line that glues its drafter to it does.
_BARE_SUBJECT_TITLE = re.compile(
    rf"(?:^|[::])\s*(?P<title>[^《》\n,。,;:!?:]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})\s*"
    r"(?:已经|已|经)[^。\n《》]{0,40}(?:同意|批准|(?:审议)?通过)[^。\n《》]{0,10}(?:印发|转发)"
)
# A notice putting a draft out for comment names the plan, its draft mark aside, and so does the reading
# a site posts beside it (关于《莱山区“十四五”工业和信息化发展规划》草案解读, …的草案解读, 起草情况的说明):
# 关于征求《四川省国土空间规划(2020—2035年)(草案)》社会公众意见的公告,
# 关于公开征求《X(征求意见稿)》意见的公告, 关于《X》(草案)公开征求意见的公告.
_DRAFT_MARK = rf"(?:\s*[(]?\s*{DRAFT_STAGE}\s*[)]?)"
_CONSULTATION_TITLE = re.compile(
    rf"(?:征求|关于)\s*《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL}){_DRAFT_MARK}?》"
    rf"{_DRAFT_MARK}?[^《》\n。]{{0,12}}?(?:意见|公示|解读|起草情况的说明|编制说明|起草说明)"
)
# A reading headed by the plan's name alone: 《福州市“十四五”渔业发展专项规划》政策解读, or with the kind of
# reading first (文字解读:《平阴县防震减灾“十四五”规划》, 图解|一图读懂《X》).
_READING_KIND = r"(?:(?:政策|文字|图文|图片|视频|文件)?解读|图解|一图(?:读懂|看懂|解读))"
_READING_HEADING = re.compile(
    rf"^\s*(?:(?P<kind>{_READING_KIND})\s*[::|丨]?\s*)?《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》"
    r"\s*(?(kind)|的?(?:政策|草案|文件)?解读)\s*$"
)
# A title named in the document's own text: 编制《X》(以下简称《纲要》).
_NAMED_TITLE = re.compile(rf"《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》\s*[(]以下简称")
# A preamble that closes on the plan it makes, by name: 依据《…》…,编制《故城县基础测绘“十四五”专项规划》。;
# 根据《…纲要》等重要文件,编制《长沙市新型城镇化发展规划(2021-2025 年)》,明确…. The sentence opens on
# its bases (为/根据/依据/按照) and the verb follows them at once: 市发改委牵头编制了《X》 reports who
# drafted X, while the drafters' own 根据…确定的任务和要求,编制了《X》,明确未来五年… makes it.
# An outline drafts and carries itself out: 根据《…建议》,编制实施《晋江市…纲要》,主要明确….
_MADE_TITLE = re.compile(
    rf"(?:^|[。\n])\s*(?:为了?|根据|依据|按照)[^。\n]{{4,400}}?[,,]\s*(?:特|现)?(?:制定|编制|制订)(?:了|并?实施)?\s*"
    rf"《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》\s*[。,,]"
)
# An outline's first paragraph weighs the plan it opens: 科学编制实施《X》,对于…具有重大战略和现实意义 /
# 科学编制实施《X》,意义十分重大 (沙湾市, 阿拉尔市). 编制 makes X this text; 贯彻实施《X》 alone would cite a
# plan carried out.
_WEIGHED_TITLE = re.compile(
    rf"编制(?:并有效|并|和)?实施\s*《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》\s*[,,]\s*"
    r"(?:对于?|意义|具有)"
)
# A headerless outline names itself as a sentence's subject: 某某纲要,根据《…建议》编制 (《某某规划》是依据…
# 编制, 本规划根据《A》《B》制定, 《日照市“十三五”质量发展规划》以《A》《B》为指导进行编制).
_SELF_DESCRIBED_TITLE = re.compile(
    rf"(?:^|[。\n])\s*《?(?P<title>[^本该《》\n,。,;:]{{1}}[^《》\n,。,;:]{{3,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》?"
    rf"\s*[,,]?\s*(?:是)?{MADE_FROM}"
)
# A reading opens on the plan it reads, by name, as its first sentence's subject: 海门区“十四五”知识产权发展
# 规划是区级规划体系的重要组成部分 — a division's name opening it (checked where it is used); or names the
# plan it says was drafted: 县市场监管局牵头起草了《青阳县…实施方案(征求意见稿)》; a headerless plan's own
# preamble tells it the same way (县应急局牵头组织编制了《巫山县应急管理“十四五”规划》, probe7 p706).
_OPENING_SUBJECT_TITLE = re.compile(
    rf"\A(?:#[^\n]*\n|\s)*(?P<title>[^本该《》\n,。,;:]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})是"
)
_DRAFTED_TITLE = re.compile(
    rf"(?:起草|编制|制定|制订)了《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL}){_DRAFT_MARK}?》"
)
# A preamble may make its plan by a bare name, its division first (根据《…纲要》…,编制青浦区“十三五”人才
# 发展规划。; 为…提供…技术支撑,特编制绩溪县城区供水专项规划。): on a page without title, that name.
_BARE_MADE_TITLE = re.compile(
    r"(?:根据|依据|按照|为了?)[^。\n]{4,400}?[,,]\s*(?:特|现)?(?:编制|制定|制订)了?\s*"
    rf"(?P<title>[^《》,,。;:\s本]{{4,60}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})\s*。"
)
# A story names the plan as the subject of the sentence saying what it was made from: …审查批准的《X纲要》
# 根据《A》和《B》制定,是… .
_SUBJECT_TITLE = re.compile(
    rf"《(?P<title>[^《》\n]{{4,100}}?{OWN_PLAN_KINDS}{_TITLE_TAIL})》\s*(?:是)?(?:根据|依据|依照)《[^。\n]{{2,300}}?"
    r"》(?:[^。\n《》]{0,20})(?:编制|制定)[,,。]"
)
# Press and site framing in front of a heading: (福建省), a tag in lenticular brackets (【上海】 on a
# project site, 【图解】 on a province's), 原标题:, 某某网 |, and a news line's subject and verb (某某网
# 某某局发布…, 某某市出台…).
_TITLE_FRAME = (
    # a shared file's name may open on the document's number (邹政发〔2023〕2号邹城市人民政府关于…意见.pdf),
    # an attachment's on its place in the list (附件: 1. …的起草说明 / 2. 海盐县…工作方案(征求意见稿))
    rf"(?:{DOC_NUMBER.pattern}\s*|\d{{1,2}}\s*[.、]\s*|"
    # a collection's piece (第一篇:X, 篇1:X on an essay site), a column's name before an opinion's 关于
    # (重庆商务:关于高质量推进县域商业体系建设的实施意见)
    r"[(][\u4e00-\u9fff]{2,8}[)]|【[\u4e00-\u9fff]{2,8}】|原标题\s*[::]|[^丨|\s]{1,8}\s*[丨|]\s*"
    r"|(?:第[一二三四五六七八九十\d]{1,3}篇|篇\s*\d{1,2})\s*[::]\s*|[\u4e00-\u9fff]{2,8}\s*[::]\s*(?=关于)"
    r"|[^,。;:!?《》“”]{1,30}?(?:网|报|社|台|局|委|厅|办|府|院|省|市|县|区)\s*(?:正式)?"
    r"(?:发布|印发|出台|公布|出炉)了?\s*)"
)
# A page may print its posting time or source on the headline's line: 某某规划 发布时间:2022-03-18 17:53,
# or the date alone in brackets: 国务院发布 “十四五”数字经济发展规划(20230314), …的实施意见(2019.11.4).
_FIELDS_AFTER = (
    r"(?:\s+(?:发布时间|发布日期|发文日期|时间|日期|来源|信息来源)\s*[::][^《》]*"
    r"|\s*[(](?:19|20)\d{2}(?:\d{4}|[-./]\d{1,2}[-./]\d{1,2})[)]"
    # its number in brackets after it: …的实施意见(桂政发〔2022〕20号)
    rf"|\s*[(]\s*{DOC_NUMBER.pattern}\s*[)])"
)
# A plan with its long-range vision may end its title there: 渭南市综合交通运输“十四五”发展规划和二〇三五年
# 远景目标 (its kind is the 规划 before it).
_VISION = r"(?:和[\d〇○O零一二三四五六七八九]{4}年远景目标)"
# A title may carry another document's name in 《》 or 〈〉: 贯彻实施《国家标准化发展纲要》行动计划.
_TITLE_CHAR = r"(?:[^,。;:!?《》]|《[^《》\n]{2,40}》)"
# A title starts with none of a metadata table's marks ([ 主题分类 ] … [ 体裁分类 ] 规划计划 is no title).
TITLE_LINE = re.compile(
    rf"^{_TITLE_FRAME}?\s*《?(?P<title>[^,。;:!?,;:!?\s《\[\]|]{_TITLE_CHAR}{{2,80}}?{OWN_PLAN_KINDS}{_VISION}?"
    rf"(?:\s*[(](?P<y1>\d{{4}})\s*年?\s*[-—–~至到]+\s*(?P<y2>\d{{4}})\s*年?[)]|\s*[(](?:修订版|试行|暂行)[)])?)"
    rf"》?{_DRAFT}?{_WHOLE_TEXT}?{_FIELDS_AFTER}?\s*$"
)

# An opinion is titled by its issuer and subject: 山东省人民政府关于深化预算管理制度改革的实施意见,
# 国务院关于推动内蒙古高质量发展…的意见, 东莞市人民政府关于贯彻落实《…》的实施意见 (its preamble ends
# 现提出如下意见), or by its subject alone under the notice that sends it (关于进一步促进消费扩大内需的实施
# 意见). The whole heading is its title, as it is cited.
_OPINION_TITLE = re.compile(
    rf"^{_TITLE_FRAME}?\s*《?(?P<title>(?:[^,。;:!?,;:!?\s《\[\]|]{_TITLE_CHAR}{{0,60}}?)?关于{_TITLE_CHAR}{{2,100}}?"
    rf"的(?:实施|指导|若干|工作)?意见(?:\s*[(](?:试行|暂行)[)])?)》?{_DRAFT}?{_FIELDS_AFTER}?\s*$"
)

# An opinion a division gives on carrying something out may leave 关于 and its issuer out of the title
# and open on the division itself: 驻马店市深入推进城镇老旧小区改造工作的实施意见, 宿迁市“数字交通”建设实施
# 意见. Only a heading that opens on a division's name is read so (``_heading_title``), the press's
# framing aside: 四川广安市发布加快推进…的实施意见 is a news headline, its subject no division.
_PLACED_OPINION = re.compile(
    rf"^{_TITLE_FRAME}?\s*《?(?P<title>[^,。;:!?,;:!?\s《\[\]|]{_TITLE_CHAR}{{4,80}}?(?:实施|指导)意见)》?{_DRAFT}?\s*$"
)

# The party committee's proposal a five-year outline is drafted from is the first plan of its cycle, and
# a page may print it alone: 中共武昌区委关于制定武昌区国民经济和社会发展第十三个五年规划的建议.
_PROPOSAL_TITLE = re.compile(
    rf"^{_TITLE_FRAME}?\s*《?(?P<title>中(?:共|国共产党)[\u4e00-\u9fff]{{1,30}}?委(?:员会)?关于制定"
    rf"{_TITLE_CHAR}{{4,100}}?(?:规划|纲要)(?:和{_TITLE_CHAR}{{2,20}}?远景目标)?的建议)》?{_DRAFT}?\s*$"
)

# What a notice's title says of the plan it hands down; no plan's own heading says it.
_NOTICE_WORDS = re.compile(r"关于(?:印发|转发|公布|发布|征求)|印发|转发")


def _heading_title(text: str) -> re.Match[str] | None:
    """A line that is a plan's heading: a plan kind's title (not a notice's 关于印发/关于转发…, though a
    plan may be titled 鄞州区关于大力实施…的行动方案) or an opinion's. A site's trail of sections is no
    heading, even when its last step names a kind of plan and it has lost its 首页 (政務公開 > 規劃 >
    五年規劃 > 長期規劃): no title has a step mark in it."""
    if _has_crumb_step(text) or _FIELD_MARK.search(text):
        return None
    if file_name := SHARED_FILE_NAME.match(text):
        text = file_name.group("name")
    m = TITLE_LINE.match(text)
    if m and not _NOTICE_WORDS.search(m.group("title")):
        return m
    if (opinion := _OPINION_TITLE.match(text)) is not None:
        return opinion
    if (proposal := _PROPOSAL_TITLE.match(text)) is not None:
        return proposal
    m = _PLACED_OPINION.match(text)
    if m and not _NOTICE_WORDS.search(m.group("title")) and gazetteer().match_at(m.group("title"), 0):
        return m
    return None


# A metadata table's field label in square brackets, numbered or not: [ 主题分类 ] | 其他 |,
# 1. [主題分類] 城鄉建設、環境保護/城市規劃 (the value may end in a kind of plan; the line is no title);
# or a label of the government-information catalogue's fields, bracketed or not: 发布机构 金乡县发展和改革局
# 组配分类 发展计划, 索引号: … 组配分类: 规划计划.
_CATALOGUE_LABELS = (
    "索引号",
    "主题分类",
    "组配分类",
    "体裁分类",
    "信息分类",
    "发布机构",
    "发文机关",
    "成文日期",
)
_FIELD_MARK = re.compile(
    r"\[\s*[\u4e00-\u9fff]{2,8}\s*\]|" + "|".join(r"\s*".join(label) for label in _CATALOGUE_LABELS)
)


def _as_printed_inside(
    nt: NormalisedText, after: int, m: re.Match[str]
) -> tuple[str, tuple[int, int]] | None:
    """The title as the shared document itself prints it, where its file name (the uploader's label)
    spells it otherwise: 卢氏十三五脱贫攻坚规划.doc over 文档介绍:卢氏县“十三五”脱贫攻坚规划…,
    诸城市…行动计划方案(2021-2022年).docx over 1、諸城市…行動計劃(2021-2022年)為提高…. Only a spelling
    close to the label's (one or two characters, quote marks aside) and with the label's period is the
    same title; of the ends a kind word gives, the closest."""
    label = clean_title(m.group("title"))
    bare = _unquoted(label)
    undated = re.sub(r"[(][^()]*[)]$", "", bare)
    text = nt.text
    for start in (i.start() for i in re.finditer(re.escape(bare[:2]), text[after : after + _PRINTED_WINDOW])):
        start += after
        run = _TITLE_RUN.match(text, start, start + len(label) + 8)
        if run is None:
            continue
        best = max(
            (
                (SequenceMatcher(None, printed, bare if printed.endswith(")") else undated).ratio(), e.end())
                for e in _KIND_END.finditer(text, start, run.end())
                if (printed := _unquoted(text[start : e.end()]))
            ),
            default=None,
        )
        if best is None or best[0] < _SAME_TITLE:
            continue
        title = clean_title(text[start : best[1]])
        period = _period_of(label)
        if title != label and (_period_of(title) == period or (period and _cycle_years(title) == period)):
            # the label keeps a period the excerpt damaged (2023—2025年 printed 20232025年), or adds one
            # the cover's five-year tag gives (…“十四五”规划方案(2021-2025年) over …“十四五”规划)
            return title, (start, best[1])
    return None


def _cycle_years(title: str) -> tuple[str, ...]:
    """The years a five-year tag names: 十四五 is 2021-2025 (text_patterns.five_year_period)."""
    m = re.search(r"十[一二三四五六七八九]五", title)
    period = five_year_period(cn_number(m.group()[:-1]) or 0) if m else None
    return tuple(period.split("-")) if period else ()


# How far into a shared document its own title is looked for, and how alike the two spellings must be
# (卢氏十三五… and 卢氏县“十三五”… are 0.96 alike; 卢氏县脱贫攻坚规划, another title, 0.80).
_PRINTED_WINDOW = 3000
_SAME_TITLE = 0.9
_TITLE_RUN = re.compile(r"[^,。;:!?,;:!?\s《》.]+")
_KIND_END = re.compile(rf"{OWN_PLAN_KINDS}(?:[(]\d{{4}}[^()\n]{{0,12}}[)])?(?!\.)")


def _period_of(title: str) -> tuple[str, ...]:
    """The years a title's bracketed period names, each one apart: (2014-2020) and (2014-2020年) agree,
    a damaged (20232025年) names none."""
    bracketed = re.search(r"[(][^()]*[)]$", title)
    return tuple(re.findall(r"(?<!\d)\d{4}(?!\d)", bracketed.group())) if bracketed else ()


def _unquoted(title: str) -> str:
    return re.sub(r"[“”\"'‘’《》〈〉]", "", title)


def _has_crumb_step(text: str) -> bool:
    """A > (›, ») that closes no <…>: titles print a cited name as <X> for 〈X〉, never a bare step."""
    return bool(re.search(r"[>›»]", re.sub(r"<[^<>]*>", "", text)))


# A title built round the document it carries out: 贯彻实施《国家标准化发展纲要》行动计划, or one
# that opens on it and goes on to the plan that divides its work (<遵义都市圈发展规划>主要目标…责任分工方案,
# the inner marks typed as <> for 〈〉; 《常德市生态文明建设示范市规划(2016-2025)》推进方案).
_CARRIES_OUT = re.compile(
    r"^(?P<verb>[^《》〈〉<>]{0,20}?(?:贯彻落实|贯彻实施|贯彻|落实|实施))?[《〈<](?P<cited>[^《》〈〉<>]{2,60})[》〉>]"
    r"(?(verb)|(?=[^《》〈〉<>]{2,}))"
)


def carried_out(title: str) -> tuple[str, tuple[int, int]] | None:
    """The document a title says the plan carries out, with its span in ``title``: a 行动计划 or
    实施方案 named 贯彻落实《X》… implements X, whether or not its preamble names X again."""
    if m := _CARRIES_OUT.match(title):
        return m.group("cited"), m.span("cited")
    return None


def heading_below(nt: NormalisedText, after: int, title: str, chars: int) -> int | None:
    """Where the plan's own heading, printed again below a notice that hands it down or asks for
    comments on it (关于《X》公开征求意见的通知 / 一、征求意见时间 … / X(征求意见稿)), ends within ``chars``
    after ``after``, on one line or broken over up to three: the plan's preamble follows it, not the
    notice's numbered points."""
    key = plan_title_key(title)
    begin = nt.text.rfind("\n", 0, after) + 1  # read from the line holding ``after``, not from the top
    head = [
        Line(begin + line.start, begin + line.end, line.text)
        for line in lines_of(nt.text[begin : after + chars])
        if begin + line.start >= after
    ]
    for index in range(len(head)):
        joined = ""
        for line in head[index : index + 3]:
            joined += line.text
            if plan_title_key(joined) == key:
                return line.end
            if not key.startswith(plan_title_key(joined)):
                break
    return None


def clean_title(title: str) -> str:
    """A title as the graph stores it: simplified script, no white space."""
    return re.sub(r"\s+", "", title)


def read_title(nt: NormalisedText, lines: list[Line]) -> tuple[str, tuple[int, int]] | None:
    """The plan's own title: from its issuing notice, else its heading, else where its text names it.

    None for a page that starts at the preamble and never names the plan.
    """
    head = [line for line in lines if not line.text.startswith("当前位置")]
    found = _first_title(nt, head)
    return _year_spelling(nt, head, found) if found else None


def _first_title(nt: NormalisedText, head: list[Line]) -> tuple[str, tuple[int, int]] | None:
    notice_patterns = (
        _NOTICE_TITLE,
        _FORWARDED_TITLE,
        _BARE_NOTICE_TITLE,
        _BARE_SUBJECT_TITLE,
        _APPROVAL_TITLE,
        _CONSULTATION_TITLE,
        NEWS_LEAD,
        NEWS_LEAD_PLAN_FIRST,
        _READING_HEADING,
    )
    for pattern in notice_patterns:
        for index, line in enumerate(head):
            for m in pattern.finditer(line.text):
                if not _inside_citation(line.text, m.start()) and not _SEVERAL.search(m.group("title")):
                    named = _lead_found(line.start, m) if pattern is NEWS_LEAD else _found(line.start, m)
                    if named is None:
                        continue
                    named = _without_notice_word(named)
                    found = _best_spelling(named, head)
                    if pattern is not NEWS_LEAD and (own := _own_heading(nt, head, index + 1, found[0])):
                        return own
                    return found
    if found := _heading(nt, head, 0):
        title, span, index = found
        whole = _catalogue_title(head) if _CONTINUED.match(title) or _tail_only(title) else None
        if whole and _loose(whole[0]).endswith(_loose(title)):
            # a heading that is only a title's tail (第十四个五年规划纲要, its first half glued to a field
            # on the line above) under a catalogue field holding the whole title
            return whole
        later = _heading(nt, head, index + 1)
        if later and (_prefixed_copy(title, later[0]) or _cover_spelling(title, later[0])):
            return later[0], later[1]
        if (own := _self_named(nt)) and _placed_by_the_site(title, own[0]):
            return own
        if (formal := _formal_name(nt, title)) is not None:
            return formal
        return title, span
    if found := _catalogue_title(head):
        return found
    if m := _DRAFTED_THEN_HANDED_DOWN.search(nt.text) or _RUN_INTO_PREAMBLE.search(nt.text):
        return _found(0, m)
    if m := next((m for m in _NAMED_TITLE.finditer(nt.text) if not _rests_on(nt.text, m.start())), None):
        return _found(0, m)
    if m := _SELF_DESCRIBED_TITLE.search(nt.text):
        return _found(0, m)
    if m := _SUBJECT_TITLE.search(nt.text):
        return _found(0, m)
    if (m := _OPENING_SUBJECT_TITLE.match(nt.text)) and gazetteer().match_at(m.group("title"), 0):
        return _found(0, m)
    if (own := _self_named(nt)) is not None:
        return own
    if m := _DRAFTED_TITLE.search(nt.text):
        return _found(0, m)
    m = _BARE_MADE_TITLE.search(nt.text)
    if m and gazetteer().match_at(m.group("title"), 0):
        return _found(0, m)
    return None


def _formal_name(nt: NormalisedText, heading: str) -> tuple[str, tuple[int, int]] | None:
    """The plan's formal name where the text describes itself under a site's short headline for it
    (江西“十四五”规划和二〇三五年远景目标纲要(附全文) over 江西省国民经济和社会发展第十四个五年规划和
    二〇三五年远景目标纲要,根据…编制): one plan by its key, the longer name its own."""
    key = plan_title_key(heading)
    for m in SELF_DESCRIBED.finditer(nt.text, 0, min(len(nt.text), _PRINTED_WINDOW)):
        name = clean_title(m.group("name"))
        if len(name) > len(heading) and plan_title_key(name) == key:
            return name, m.span("name")
    return None


def _self_named(nt: NormalisedText) -> tuple[str, tuple[int, int]] | None:
    """The title the plan gives itself where its preamble makes it (根据…,编制《X》。 / 科学编制实施《X》,
    意义十分重大 / 科学编制《X》(以下简称《纲要》))."""
    named = (m for m in _NAMED_TITLE.finditer(nt.text) if not _rests_on(nt.text, m.start()))
    if m := _MADE_TITLE.search(nt.text) or _WEIGHED_TITLE.search(nt.text) or next(named, None):
        return _found(0, m)
    return None


def _placed_by_the_site(heading: str, own: str) -> bool:
    """Whether a heading is the title the plan gives itself with a division put in front by the site
    that reposts it: 宜宾市高县…纲要 or 东营市东营经济技术开发区…纲要 over the preamble's 编制《高县…纲要》,
    编制《东营经济技术开发区…纲要》; 新疆维吾尔自治区阿拉尔市…纲要 over 编制实施《新疆生产建设兵团第一师阿拉尔
    市…纲要》, the plan's own longer name for its place. The words after the site's division must name a
    place themselves and end the plan's own title."""
    heading_key, own_key = plan_title_key(heading), plan_title_key(own)
    if heading_key == own_key:
        return False
    position = 0
    while hit := gazetteer().match_at(heading_key, position):
        position = hit[1]
        rest = heading_key[position:]
        if own_key == rest or (own_key.endswith(rest) and gazetteer().match_at(rest, 0)):
            return True
    return False


# A catalogue's 标题 or 名称 field: 标题: | 老河口市…“十四五”规划 |, 名稱: | 宣州區…方案 | 文號: |.
_FIELD_TITLE = re.compile(rf"{TITLE_FIELD_LABEL}(?P<value>[^|]+?)\s*(?:\||$|[ \u3000]{{2,}}|文\s*号)")


def _catalogue_title(head: list[Line]) -> tuple[str, tuple[int, int]] | None:
    """The plan's title as a government site's catalogue records it, for a page that prints the plan
    under no heading of its own (the table, then the preamble): the 标题/名称 field's value when it is
    a plan's title (a notice's is read by the notice rules above)."""
    for line in head:
        if (m := _FIELD_TITLE.search(line.text)) and (title := _heading_title(m.group("value"))):
            return _found(line.start + m.start("value"), title)
    return None


def _own_heading(
    nt: NormalisedText, head: list[Line], start: int, notice_title: str
) -> tuple[str, tuple[int, int]] | None:
    """The plan's own heading below the notice that hands it down, where the notice quotes the plan in a
    variant of it: 《高台县“十四五”应急管理体系建设规划》 over the heading 高台县“十四五”应急管理体系建设
    总体规划 (probe2 h703), a notice's …“十四五”扶持人口较少民族发展规划 over …扶持人口较少民族发展规划
    (2021-2025年) (check2 h819), 《…创建工作的实施方案》 over …创建工作实施方案 (body3 b17). The heading is
    the plan's title as the plan prints it."""
    if (found := _heading(nt, head, start)) is None:
        return None
    title, span, _index = found
    if title == notice_title or not _variant_titles(notice_title, title):
        return None
    if _PERIOD_TAIL.search(notice_title) and not _PERIOD_TAIL.search(title):
        return None  # a heading whose period went to the line below is the notice's title cut short
    if _PERIOD_TAIL.sub("", title) == notice_title:
        return None  # the notice's title with the cover's period below it: the notice's spelling stands
    if plan_title_key(title) == plan_title_key(notice_title):
        return None  # one title spelt two ways: the spelling rules below choose
    return title, span


_PERIOD_TAIL = re.compile(r"[(]\d{4}[^()]{0,12}[)]$")
# What a notice may add to or drop from the title it quotes: a period in brackets, the five-year tag
# (“十四五”), a 的, quote marks.
_VARIANT_PARTS = re.compile(r"\s*[(]\d{4}[^()]{0,12}[)]$|“?十[一二三四五六]五”?|的|[“”\"《》〈〉\s]")


def _variant_titles(first: str, second: str) -> bool:
    """Whether two titles name one plan, printed differently: the same words once the parts a notice
    adds or drops are set aside, but for a word of at most two characters inserted or dropped (总体),
    and the same opening (the division)."""
    a, b = _VARIANT_PARTS.sub("", first), _VARIANT_PARTS.sub("", second)
    if len(a) < 6 or a[:3] != b[:3] or abs(len(a) - len(b)) > 2:
        return False
    short, long_ = sorted((a, b), key=len)
    gap = len(long_) - len(short)
    return any(
        long_[:i] + long_[i + gap :] == short and not _NUMERAL.search(long_[i : i + gap])
        for i in range(len(short) + 1)
    )


# A numeral inserted is a year's digit a scrape dropped (二三五 for 二〇三五), not a word.
_NUMERAL = re.compile(r"[\d〇零○O一二三四五六七八九十]")


# A site's name and a separator in front of a page's title: 永顺县人民政府-湘西州…纲要 (the county's
# site reposting the prefecture's outline), 某某市人民政府门户网站_…, 某某网|….
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|门户网站|网站|网)\s*[-—–_|丨]")


def _cover_spelling(first: str, later: str) -> bool:
    """The same title printed again below, spelt otherwise: a document site's summary line (…和2035年
    远景目标纲要) over the document's own cover (…和二〇三五年远景目标纲要; gcs66 pages of 哈尔滨市双城区 and
    汝南县): the cover is the plan's own spelling."""
    return first != later and plan_title_key(first) == plan_title_key(later)


def _prefixed_copy(first: str, later: str) -> bool:
    """Whether ``first`` is ``later`` with a division's or a site's name in front: a site's copy of the
    title that adds the county's city (巴彦淖尔市乌拉特后旗…纲要, 汉中市勉县…纲要) above the plan's own
    heading (乌拉特后旗…纲要, 勉县…纲要), as (陕西省) in brackets adds the province, or a page title that
    adds the site's name (永顺县人民政府-湘西州…纲要 over 湘西州…纲要)."""
    first_key, later_key = plan_title_key(first), plan_title_key(later)
    if first_key == later_key or not first_key.endswith(later_key):
        return False
    prefix = first_key[: len(first_key) - len(later_key)]
    if _SITE_NAME.fullmatch(prefix):
        return True
    position = 0
    while position < len(prefix) and (hit := gazetteer().match_at(prefix, position)):
        position = hit[1]
    return position == len(prefix)


def _heading(nt: NormalisedText, head: list[Line], start: int) -> tuple[str, tuple[int, int], int] | None:
    """The first heading from ``head[start]`` on: its title, span and the index of its (last) line."""
    for index in range(start, len(head)):
        line = head[index]
        if crumbs := _BREADCRUMB.search(line.text):
            # 首页 > 政务公开 > 规划计划 names the site's sections; its last step may be the page itself;
            # steps may stand apart by spaces alone (网站首页    政策文件    X). A step that names no
            # division and cannot begin a title (首页 >十三五规划) is the site's section, not the page.
            last = _CRUMB_STEP.split(line.text[crumbs.start() :])[-1]
            last = re.split(r"[ \u3000]{2,}", last.strip())[-1]
            offset = line.start + len(line.text) - len(last)
            if last and not _tail_only(last) and (m := _heading_title(last)):
                return (*_found(offset, m), index)
            continue
        if (blurb := SHARED_FILE_BLURB.match(line.text)) and (m := _heading_title(blurb.group("name"))):
            # the file's name in a sharing site's blurb: the title as the document prints it, else the name
            if (printed := _as_printed_inside(nt, line.end, m)) is not None:
                return (*printed, index)
            return (*_found(line.start + blurb.start("name"), m), index)
        if m := _heading_title(line.text):
            shared = SHARED_FILE_NAME.match(line.text) is not None
            if shared and (printed := _as_printed_inside(nt, line.end, m)) is not None:
                return (*printed, index)
            found = _with_lines_above(nt, head, index, _found(line.start, m))
            if (below := _with_line_below(nt, head, index, found)) is not None:
                return (*below, index + 1)
            return (*found, index)
        if (first := _TITLE_THEN_MORE.match(line.text)) and (m := _heading_title(first.group("title"))):
            return (*_found(line.start + first.start("title"), m), index)
        following = head[index + 1] if index + 1 < len(head) else None
        if following and _title_may_continue(line.text) and not _whole_title_line(following.text):
            # A title broken over two lines: 湖州市市场监管“十四五” / 规划
            joined = line.text + following.text
            m = _heading_title(joined)
            if m and m.start("title") < len(line.text):
                begin = line.start + m.start("title")
                end = following.start + m.end("title") - len(line.text)
                title = clean_title(m.group("title"))
                return (*_with_lines_above(nt, head, index, (title, (begin, end))), index + 1)
    return None


# A heading with more on its line after a space: the title printed twice (a page title and its
# heading run together: 乐清市…三年行动计划(2020-2022年) 乐清市…三年行动计划(2020-2022年) |) or the text
# flowing on (甘肃省数字政府建设总体规划(2021—2025) 数字政府是以新一代信息技术为支撑,…). The part before
# the space must be a whole title of eight characters or more, and what follows either repeats it or is
# prose.
_TITLE_THEN_MORE = re.compile(r"^\s*(?P<title>\S{8,100}?)[ \u3000]+(?=(?P=title)|[^ \u3000]{6,}?[,,。])")


# A site's breadcrumb trail: 当前位置:首页 -> 科学研究 -> 正文, 首页 / 互动交流 / 意见征集,
# 首页 >> 公开信息内容; or three steps or more with the head cut off (政務公開 > 規劃 > 五年規劃 > 長期規劃).
_CRUMB_STEP = re.compile(r"\s*(?:->|>>|>|›|»|/|\\)\s*")
_BREADCRUMB = re.compile(
    r"(?:当前位置|所在的?位置|现在的?位置|您的位置|位置\s*[::])|(?:网站)?(?:首页|主页)\s*(?:->|>>|>|›|»|/)"
    r"|^(?:网站)?(?:首页|主页)[ \u3000]{2,}"
    r"|^(?=[^。,;<>]{1,20}?\s*(?:->|>>|>|›|»)\s*[^。,;<>]{1,20}?\s*(?:->|>>|>|›|»))"
)


# How the tail of a title broken over lines starts: no title begins with 规划和…, 第十四个五年…,
# 五年规划和… (a break inside 第十四个/五年), 2035年远景…, 目标纲要 or 国民经济和社会发展… (which names no
# division).
_CONTINUED = re.compile(
    r"^(?:第|规划|和|与|及|年|个?五年|远景|目标|纲要|国民经济|[\d〇○零一二三四五六七八九]{4}\s*年)"
)


def _whole_title_line(text: str) -> bool:
    """A line that is a title by itself, not the tail of one broken over lines: a plan's, or an
    opinion's under its issuer (莆田市人民政府关于加快发展养老服务业的实施意见 under a search box's
    开始检索 is no second half)."""
    m = TITLE_LINE.match(text) or _OPINION_TITLE.match(text)
    return bool(m) and not _CONTINUED.match(m.group("title"))


def _whole_title(joined: str) -> re.Match[str] | None:
    """Lines joined into one heading must read as one whole plan title, not a notice's."""
    m = TITLE_LINE.match(joined)
    if not m or m.end("title") != len(joined) or _NOTICE_WORDS.search(m.group("title")):
        return None
    return m


def _with_lines_above(
    nt: NormalisedText, head: list[Line], index: int, found: tuple[str, tuple[int, int]]
) -> tuple[str, tuple[int, int]]:
    """A heading broken over up to three lines, read from its tail: 克孜勒苏柯尔克孜自治州 /
    国民经济和社会发展第十四个五年规划和 / 2035年远景目标纲要. The lines above join while what is read
    so far cannot begin a title, and the joined text must still read as one."""
    title, (start, end) = found
    first = index
    while (_CONTINUED.match(title) or _tail_only(title)) and first > 0 and index - first < 2:
        above = head[first - 1]
        if not _title_may_continue(above.text) or TITLE_LINE.match(above.text):
            break
        joined = clean_title(nt.text[above.start : end])
        if (m := _whole_title(joined)) is None:
            break
        skipped = m.start("title")  # the frame in front of the title on the line above
        offset = next((i for i, _ in _non_space(above.text, skipped)), None)
        if offset is None:  # the joined title starts below the line above (a notice's title ends there)
            break
        title, start, first = m.group("title"), above.start + offset, first - 1
    organs = head[first - 1].text.strip() if first > 0 else ""
    if _MATTER_FIRST.match(title) and _ORGANS_LINE.fullmatch(organs):
        # the issuing organs printed on their own line over the title's matter: 中共天水市委天水市人民政府 /
        # 贯彻落实新时代推进西部大开发形成 / 新格局决策部署的实施方案 (text_patterns.ISSUING_ORGANS)
        above = head[first - 1]
        title, start = clean_title(organs + title), above.start + above.text.index(organs)
    return title, (start, end)


_MATTER_FIRST = re.compile(TITLE_MATTER_OPENS)
_ORGANS_LINE = re.compile(ISSUING_ORGANS)


# How a title may begin: its division, or the words that open titles without one (关于…, 国家…, “十四五”…).
_TITLE_OPENS = re.compile(r"[“\"《]|关于|国家|全国|中共|中国|中华|[\d〇○零一二三四五六七八九]{4}\s*年")


def _tail_only(title: str) -> bool:
    """A short heading that cannot begin a title — no division, no opening word, its subject left on
    the line above: 关于加快县域现代特色农业示范区 / 建设的实施方案 (body2 b11); …推进西部大开发形成 /
    新格局决策部署的实施方案 (check6 n07); or the five-year tag and the kind alone, whatever its quote
    marks: 重庆市大型商品交易市场发展 / “十四五”规划 / (2021—2025年) (probe11 v102), 浦江县农业农村
    现代化发展 / “十四五”规划 / (征求意见稿) (probe5 h972)."""
    if _TAG_AND_KIND.match(title):
        return True
    if len(title) > 16 or _TITLE_OPENS.match(title):
        return False
    return gazetteer().match_at(title, 0) is None


_TAG_AND_KIND = re.compile(
    r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:发展)?(?:规划|纲要)(?:[(][^()]{2,16}[)])?$"
)


def _with_line_below(
    nt: NormalisedText, head: list[Line], index: int, found: tuple[str, tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """A heading that reads as a title by itself but goes on below: 汝南县国民经济和社会发展第十四个五年规划
    / 和二 O 三五年远景目标纲要 (a cover over two lines; the first half ends in a kind of plan too), or its
    period alone on the line below (湖北省高标准农田建设规划 / (2022—2030年) / 二〇二二年四月)."""
    if index + 1 >= len(head):
        return None
    following = head[index + 1]
    tail = following.text.strip()
    if not _PERIOD_LINE.fullmatch(tail) and (not _CONTINUED.match(tail) or not _title_may_continue(tail)):
        return None
    title, (start, _) = found
    if (m := _whole_title(title + tail)) is None:
        return None
    end = following.start + len(following.text.rstrip())
    return clean_title(m.group("title")), (start, end)


_PERIOD_LINE = re.compile(r"[(]\s*\d{4}\s*[-‐‑‒–—―−~～至]+\s*\d{4}\s*年?\s*[)]")


def _non_space(text: str, skip: int):
    """Positions in ``text`` from its ``skip``-th non-space character on."""
    seen = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if seen >= skip:
            yield i, ch
        seen += 1


# A notice handing down several plans at once, named bare (关于印发凉州区“十三五”城乡居民增收规划、凉州区
# “十三五”就业和社会保障规划的通知): none of them is the page's by the notice; its heading says which.
# (An outline's 第十四个五年规划和二〇三五年远景目标纲要 is one.)
_SEVERAL = re.compile(rf"{OWN_PLAN_KINDS}{_TITLE_TAIL}(?:、|[和及与](?![^、]{{0,12}}远景))")


def _inside_citation(line: str, position: int) -> bool:
    """True where another document is cited: inside a 《…》 (《某某关于印发某某规划的通知》) or, for a
    notice title (关于印发…), after 根据/按照/贯彻落实 … in the same clause (根据国务院关于印发X的通知精神).
    现将《X》印发给你们 is always the page's own notice handing X down."""
    before = line[:position]
    if before.count("《") > before.count("》"):
        return True
    if not line.startswith("关于印发", position):
        return False
    clause = before[max(before.rfind("。"), before.rfind(","), before.rfind(",")) + 1 :]
    return bool(CITING.search(clause))


# A clause that carries out or rests on the document it names (为扎实推动《X》(以下简称纲要)深入实施,
# 根据《X》(以下简称《规划》)): X is the base, abbreviated for the text to come, not the plan itself,
# unless the clause also makes it (编制并实施《X》).
_RESTS_ON = re.compile(rf"{CITING.pattern}|推动|推进|实施")
_MAKES = re.compile(r"编制|制定|制订")


def _rests_on(text: str, position: int) -> bool:
    before = text[max(0, position - 200) : position]
    clause = re.split(r"[。,,;;\n]", before)[-1]
    return bool(_RESTS_ON.search(clause)) and not _MAKES.search(clause)


def _best_spelling(first: tuple[str, tuple[int, int]], head: list[Line]) -> tuple[str, tuple[int, int]]:
    """The spelling of the title the header prints most often: a page that drops or swaps one
    character in one place (20162020年, an em dash for a hyphen) prints it right elsewhere."""
    loose = _loose(first[0])
    spellings: dict[str, list[tuple[int, int]]] = {}
    for line in head:
        for pattern in (_NOTICE_TITLE, _FORWARDED_TITLE, _BARE_NOTICE_TITLE, _CONSULTATION_TITLE, TITLE_LINE):
            for m in pattern.finditer(line.text):
                if _inside_citation(line.text, m.start()):
                    continue
                if _loose(title := clean_title(m.group("title"))) == loose:
                    spellings.setdefault(title, []).append(_found(line.start, m)[1])
    if not spellings:
        return first
    best = max(spellings, key=lambda t: (len(spellings[t]), t == first[0]))
    return best, spellings[best][0]


# A long-range year written digit by digit, its zero printed 〇, 零, ○, O or 0 (二〇三五年, 二零三五年).
_YEAR_ZERO = "〇零○O0"
_CN_YEAR = re.compile(rf"[一二][{_YEAR_ZERO}一二三四五六七八九]{{3}}(?=年)")


def _year_spelling(
    nt: NormalisedText, head: list[Line], found: tuple[str, tuple[int, int]]
) -> tuple[str, tuple[int, int]]:
    """The spelling of a title's year that the header prints most often: a site's heading may type
    二零三五 where the plan's own cover and preamble print 二〇三五 (spaces between characters aside)."""
    title, _span = found
    if (dropped := DROPPED_YEAR_ZERO.search(title)) is not None:
        return _zero_restored(nt, head, found, dropped)
    year = _CN_YEAR.search(title)
    if year is None or not any(ch in _YEAR_ZERO for ch in year.group()):
        return found
    pattern = r"\s*".join(
        f"[{_YEAR_ZERO}]" if year.start() <= i < year.end() and ch in _YEAR_ZERO else re.escape(ch)
        for i, ch in enumerate(title)
    )
    counts, spans = _spellings(nt, head, pattern)
    best = max(counts, key=lambda spelling: (counts[spelling], spelling == title), default=title)
    return (best, spans[best]) if counts[best] > counts[title] else found


def _zero_restored(
    nt: NormalisedText, head: list[Line], found: tuple[str, tuple[int, int]], dropped: re.Match[str]
) -> tuple[str, tuple[int, int]]:
    """The title as the header prints it with the year's zero: a page that drops 〇 from 二〇三五 in its
    notice prints it whole on the cover or in the preamble (黔江区…二三五年… over …二〇三五年…)."""
    title = found[0]
    at = dropped.start() + 1
    pattern = (
        r"\s*".join(map(re.escape, title[:at]))
        + rf"\s*[{_YEAR_ZERO}]\s*"
        + r"\s*".join(map(re.escape, title[dropped.end() :]))
    )
    counts, spans = _spellings(nt, head, pattern)
    if not counts:
        # a zero no spelling prints, lost to the encoding (二��三五年): it can only have been 〇
        lost = dropped.end() > at
        return (title[:at] + "〇" + title[dropped.end() :], found[1]) if lost else found
    best = max(counts, key=counts.__getitem__)
    return best, spans[best]


def _spellings(
    nt: NormalisedText, head: list[Line], pattern: str
) -> tuple[Counter[str], dict[str, tuple[int, int]]]:
    """How often the header prints each spelling a pattern allows, and where it prints it first."""
    counts: Counter[str] = Counter()
    spans: dict[str, tuple[int, int]] = {}
    for hit in re.compile(pattern).finditer(nt.text, 0, head[-1].end if head else 0):
        spelling = clean_title(hit.group())
        counts[spelling] += 1
        spans.setdefault(spelling, hit.span())
    return counts, spans


_NOTICE_TAIL = re.compile(rf"{OWN_PLAN_KINDS}{_TITLE_TAIL}(?P<tail>的通知)$")


def _without_notice_word(found: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """A notice's body may quote the plan with its own 的通知 kept (《高台县综合防灾减灾规划(2016-2020)
    的通知》已经县政府同意,现印发你们): the plan is the title without it."""
    title, (start, end) = found
    if (m := _NOTICE_TAIL.search(title)) is None:
        return found
    cut = len(title) - m.start("tail")
    return title[: m.start("tail")], (start, end - cut)


def _loose(title: str) -> str:
    return re.sub(r"[\W_]", "", title)  # (2021_2025年) is (2021—2025年) with its dash lost


def _lead_found(offset: int, m: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """The title a news lead reports. When the lead's subject is the division itself (近日上海长宁区发布
    国民经济和社会发展第十三个五年规划纲要), the plan is titled as that division's plans are, on its name
    (长宁区国民经济…纲要): the quote then runs from the division to the title's end. A subject that names no
    division whole is no subject (None)."""
    division = m.group("division")
    if division is None:
        return _found(offset, m)
    places = gazetteer()
    lead = places.leading_region(division)
    if lead is None or lead[2] != len(division):
        return None
    if places.leading_region(m.group("title")) is not None:
        return _found(offset, m)
    span = (offset + m.start("division"), offset + m.end("title"))
    return clean_title(lead[0].name + m.group("title")), span


def _found(offset: int, m: re.Match[str]) -> tuple[str, tuple[int, int]]:
    start = offset + m.start("title")
    title = m.group("title")
    if first := _FIRST_OF_SEVERAL.match(title):
        # a notice handing down several plans by the first one's title: 印发X规划等专项规划的通知 → X规划
        return clean_title(first.group("first")), (start, start + first.end("first"))
    return clean_title(title), (start, offset + m.end("title"))


_FIRST_OF_SEVERAL = re.compile(
    r"(?P<first>.{4,}?(?:规划|纲要|方案|计划))等(?:[一二三四五六七八九十\d]{1,3}个)?(?:专项|相关)?(?:规划|方案|计划)$"
)


_NUMBER_FIRST = re.compile(rf"\s*[\[(〔【]?\s*{DOC_NUMBER.pattern}")


def _title_may_continue(line: str) -> bool:
    """A short line with no sentence punctuation that is not site chrome may be a title's first half;
    a date, a body's name, a line that opens on a document number (东府〔2021〕54号 over an opinion's
    title; 扬府发〔2023〕141号《…实施意见》, a law library's header over the title itself: no title
    begins with a number) or a bracketed note under a signature ((此件公开发布) over the plan's heading)
    is not."""
    if (
        not 4 <= len(line) <= 40
        or re.search(r"[,。;:!?]", line)
        or re.fullmatch(r"\s*\([^()]*\)\s*", line)
        or is_chrome(line)
        or _BREADCRUMB.search(line)
        or _MENU.search(line)
    ):
        return False
    return not (DATE.fullmatch(line) or AGENCY_LINE.match(line) or _NUMBER_FIRST.match(line))


# A site's menu: 首页 first, or five words or more set apart by spaces (首 页 区县招商 产业园区 企业选址 优惠
# 政策 新闻中心); a title split by a scrape has a space or two (规划和二 〇 三五年).
_MENU = re.compile(r"^\s*首\s*页\s|(?:\S{2,}[ \u3000]+){4,}\S{2,}")


def headed_as_plan(text: str) -> bool:
    """Whether a short text is a plan by its shape: a plan's title as its heading (a line of the first
    few that is a title alone, 包头市昆都仑区“十三五”科学技术发展规划) and, below it, the plan's first
    numbered part (一、“十二五”期间主要工作回顾; 第一章). An excerpt page may carry no more of a plan than
    that and one paragraph, fewer characters than a text must have to be read without such signs."""
    lines = [line.text for line in lines_of(text) if not line.text.startswith("#")]
    for index, line in enumerate(lines[:8]):
        # the title alone is judged: a posting field after it (…纲要(附全文) 发布时间:2021-04-21) is chrome
        m = TITLE_LINE.match(line)
        if m is None or is_chrome(m.group("title")) or _NOTICE_WORDS.search(line):
            continue
        return any(classify(later) is not None for later in lines[index + 1 :])
    return False
