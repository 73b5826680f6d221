"""The plans a document says it is based on: the 根据/按照/贯彻落实 … 制定/编制 preamble.

Parents are named in many ways, and all of them count:
- in 《》, several in a row with or without 、/和 between them, after the issuer that made them
  (中共中央、国务院《质量强国建设纲要》精神, 市委、市政府《…》);
- through the notice that issued them (《浙江省人民政府办公厅关于印发浙江省…规划的通知》 → the plan);
- in quote marks or bare (quote marks lost in scraping), or two plans in one phrase
  (国家和浙江省市场监管“十四五”规划 → two parents; 国家和省… → the plan's own province), or one
  title shared by several issuers
  (中共中央、中共某某市委分别关于制定…的建议 → one proposal each);
- as what the plan fulfils (为顺利完成《A》《B》(以下统称《规划》)确定的目标指标: the targets a plan set,
  fulfilled by this one, make it that plan's implementation);
- as what the plan 承接和落实 / 与…相衔接 (a list with or without 《》) / 衔接《…》 / 对标对表《…》 (and a
  sentence naming them 等上位规划 or 等相关规划 needs no 制定本规划) / 以《…》为依据 / 结合《…》 (a
  basis sentence whose only verb is 结合: 结合《A》《B》,特制定本规划), or what the
  notice handing it down says it
  is handed down for (为落实《X》,现将《Y》印发给你们);
- as a short name of a national plan (国家“十四五”规划纲要, patterns/national_plan_short_names.jsonl).
Opinions, decisions, notices, rules (办法, 细则), approvals (批复), letters (函) and emergency plans
(预案) the preamble names as its base are parents too (kind "other"); so is every title listed in a
编制依据 section (1.2 编制依据, 一、编制依据), with or without a verb around it, though it comes after
the first heading.
Laws and regulations are not (they are Law entities); nor is a vague 国家…总体部署, a leader's
instruction, a plan of an earlier five-year cycle than the document's own, or the document itself
named after the verb that makes it (特编制《…》, 起草了《…》).
A title cited by its tail (以下简称《规划纲要》, 《实施方案》 after 《某某实施方案》) is the same document;
an outline cited without its last word (《某某县…第十四个五年规划和二〇三五年远景目标》) is the outline.
Only the preamble counts: a 根据 deep in the body names a rule being applied, not the plan's parent.
Where a notice above the plan ends the window with its own numbered points (关于《X》公开征求意见的通知
/ 一、征求意见时间 …), the preamble is the one under the plan's heading printed again below it.
A basis sentence the end of an excerpt cuts off before its 制定本规划 (为…,根据《A》《B》《某某规划纲) still
names the plan's parents, the cut title among them when what is printed says which plan it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangraph.ingest.doc_number_region import NATIONAL
from plangraph.ingest.extract_metadata import period_from_title
from plangraph.ingest.extract_title import carried_out, heading_below
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.heading_grammar import (
    NUMBERING_ONLY,
    after_contents,
    body_heading_start,
    contents_line,
)
from plangraph.ingest.national_plans import full_title
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.plan_title_key import names_division, placeless_division, plan_title_key
from plangraph.ingest.records import Evidence, PlanRef, RegionRef
from plangraph.ingest.text_patterns import (
    DAMAGED_DOC_NUMBER,
    DRAFT_STAGE,
    DROPPED_YEAR_ZERO,
    FIVE_YEAR,
    PLAN_KINDS,
    SELF_DESCRIBED,
    cn_number,
)

# The preamble sits within this many characters after the title line.
PREAMBLE_CHARS = 2500
# What a plan fulfils is another's targets: 完成《A》《B》(以下统称《规划》)确定的目标指标.
_ITS_TARGETS = r"《[^。]{2,300}?》[^。《]{0,40}?(?:确定|提出|明确)的"
_TRIGGER = re.compile(
    r"(?:深入贯彻落实|认真贯彻落实|贯彻落实|贯彻实施|承接和落实|承接|根据|按照|依据|依照|遵照|贯彻|落实"
    r"|推动(?=《)|结合(?=《)|对标对表|对标(?=[^。;;,,\n]{0,20}?《)|衔接(?=《)"
    # 在《“健康中国2030”规划纲要》指导下,根据…
    r"|在(?=《[^。]{2,160}?》\s*(?:的)?(?:指导|指引|引领)下)"
    # 以《A》为依据; 以国务院《A》《B》以及《C》为指导进行编制 (a list, its first issuer named before it);
    # 本《规划》以《A》《B》和《C》为编制依据
    r"|以(?=[^。《,,]{0,12}《[^。]{2,400}?》\s*(?:\([^()]{2,30}\))?\s*为(?:编制)?(?:依据|根据|指导|遵循|指引))"
    r"|(?:(?<=本规划|本方案|本纲要|本计划)|(?<=《规划》|《方案》|《纲要》|《计划》))(?:是|作为)对?(?=《)"
    r"|与(?=[^。;;,,\n]{4,400}?相?衔接)"
    rf"|完成(?={_ITS_TARGETS}))"
)
# The sentence says the document was made from what it names: 制定本规划, 特制定本方案, 起草了…, 本规划承接…,
# or an opinion's, decision's or notice's own formula (提出以下意见, 特作如下决定, 现就…通知如下);
# or, in the notice that hands it down, why it is handed down (为落实《X》,现将《Y》印发给你们).
_DRAFTED = re.compile(
    r"制定|编制|制订|起草|(?:提出|作出?|通知)(?:如下|以下)|本(?:实施|行动|工作)?(?:规划|纲要|方案|计划)"
    r"|《(?:纲要|规划|方案|计划)》"
    r"|现将[^。]{2,200}?印发给你们|》\s*等(?:相关|上位)规划"
)
_SEPARATOR = re.compile(r"\s*(?:和|及|以及|与|、|,)?\s*")
# What a cited plan says, between it and the next one: 提出的“健全社会信用体系”.
_WHAT_IT_SAYS = re.compile(r"\s*(?:中)?(?:提出的|明确的|确定的|关于)[,,]?“[^“”]{1,60}”")
# Kinds of document a plan is based on: plans, and the opinions, decisions and rules it carries out.
# What may follow the kind: a bracketed period or note, or a period printed without its brackets
# (《质量发展纲要2011-2020》 for 《质量发展纲要(2011—2020年)》); a detailed plan may carry its level and its
# period (首都功能核心区控制性详细规划(街区层面)(2018年—2035年)).
_TAIL = r"(?:(?:\s*[(][^()]{2,20}[)]){1,2}|\s*\d{4}\s*[-—–~至]\s*\d{4}年?)?"
# An emergency plan (预案) is made under the 预案 above it (国家气象灾害应急预案 → 河南省… → 郑州市…).
_POLICY_KINDS = (
    rf"(?:{PLAN_KINDS}|预案|意见|决定|建议|通知|办法|细则|战略|要点|行动|指南|批复|(?<!公)函){_TAIL}$"
)
# A development outline cited without its last word: 《某某县国民经济和社会发展第十四个五年规划和二〇三五年
# 远景目标》, 《芙蓉区“十四五”规划纲要和二O三五年远景目标》 (the outline itself ends in 纲要); the five-year
# plan in it says what it is.
_OUTLINE_WITHOUT_KIND = r"|(?:五年|五[”\"]?)规划(?:纲要)?和[^《》]{2,8}?年远景目标$"
# A strategy plan named by the year it aims at, no kind word: 《中国制造2025》, 《中国教育现代化2035》.
_NAMED_BY_TARGET_YEAR = r"|(?<=[\u4e00-\u9fff])20[1-5]\d$"
_PLAN_TITLE = re.compile(rf"{PLAN_KINDS}{_TAIL}$")
_POLICY_TITLE = re.compile(_POLICY_KINDS + _OUTLINE_WITHOUT_KIND + _NAMED_BY_TARGET_YEAR)
_LAW_TITLE = re.compile(r"(?:(?<!办)法|法典|条例)$")
# 某某关于印发〈X〉的通知 / 关于印发X的通知: the notice issued X, and X is what is meant; a notice that
# forwards (转发) or approves (批转) X hands it down the same way.
_ISSUING_NOTICE = re.compile(
    r"关于(?P<verb>印发|转发|批转)\s*(?P<open>[〈<《“]?)(?P<t>.{4,100}?)(?P<close>[〉>》”]?)\s*的通知$"
    # the offices of the Party centre and the State Council, and those below them, write 印发〈X〉的通知
    # without 关于 (中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知), a citation even
    # without the verb (《中共中央办公厅 国务院办公厅<关于推进以县城为重要载体的城镇化建设的意见>的通知》)
    r"|(?<=[厅府委局部室会院])\s*(?:印发|转发|批转)?(?P<open2>[〈<《])(?P<t2>.{4,100}?)(?P<close2>[〉>》])的通知$"
)
# A government's rules (规章: 湖南省优化经济发展环境规定) handed down by a notice the plan cites as its base;
# cited bare, a 规定 is as often the procedure the plan follows (重大行政决策程序规定) as a base.
_RULES_ISSUED = re.compile(r"规定$")
_PAIRS = {"〈": "〉", "<": ">", "《": "》", "“": "”"}
_QUOTED = re.compile(r"“(?P<t>(?:[^“”\n]|“[^“”\n]*”){4,100})”|\"(?P<t2>[^\"\n]{4,100})\"")
# A bare title: the shortest run ending in a plan kind, followed by something that cannot continue it
# (the next title, what the plan takes from it, the verb that makes the plan, the 相衔接 that closes a
# list). A 和 may stand inside one (残疾人保障和发展规划, 国民经济和社会发展); a development outline runs
# on through its vision (…第十四个五年规划和二O三五年远景目标纲要) instead of ending at 五年规划.
_BARE = re.compile(
    rf"(?P<t>[^《》,。;:!?\s、及]{{2,60}}?"
    rf"(?:五年规划和[^《》,。;:!?\s、及和]{{2,12}}?年远景目标纲要|{PLAN_KINDS})"
    # the plan for drafting a plan: 江夏区“十四五”规划编制工作方案; a period in brackets after the kind
    rf"(?:编制工作{PLAN_KINDS})?"
    # a period in brackets ends a title, even where a list lost its marks and the next title follows at
    # once (根据山东省综合防灾减灾规划(2021-2025年)泰安市…规划(2021-2025年)…纲要等有关文件精神)
    r"(?:\((?:19|20)\d{2}[^()]{2,16}\)(?=[\u4e00-\u9fff])|(?:\([^()]{2,20}\))?"
    r"(?=和|及|以及|与|、|,|等|精神|要求|部署|的|\(|《|$|编制|制定|制订|相?衔接|(?:主要|总体)(?:精神|要求))))"
)
# A law or regulation named bare in a list of bases (根据内蒙古自治区促进民族团结进步条例、…规划和…纲要): no
# parent, but the titles after it are.
_BARE_RULE = re.compile(r"[^《》,。;:!?\s、及和]{2,40}?(?:条例|法|办法|规定)(?=、|和|及|与|以及)")
# …and so does a programme or a project (依据新时代文化浙江“186”工程、浙江省文化改革发展“十四五”规划和…纲要):
# no plan title, but the list goes on.
_BARE_PROGRAMME = re.compile(r"[^《》,。;:!?\s、及和]{2,30}?(?:工程|行动|战略)(?=、|和|及|与|以及)")
# A bare title names one plan: its division (or 国家, 全国, 中共…), its cycle or years, or a 纲要 of its
# own name (交通强国建设纲要); 国土空间规划, 上位规划, 专项规划 name kinds of plan, not one.
_NAMES_ONE_PLAN = re.compile(
    r"^(?:国家|全国|中华人民共和国|中共)|十[一二三四五六七八九]五|第十|\d{4}|^.{4,}纲要$"
)
# Plans of several divisions in one phrase: 国家和浙江省市场监管“十四五”规划 (two), 国家、省和市… (three).
# A division may be named by its level word alone (国家和省…规划): the plan's own province, city …
_DIVISION = r"(?:国家|自治区|[\u4e00-\u9fff]{2,8}?[省市区县]|[省市州区县])"
_COMBINED = re.compile(
    rf"(?P<sides>{_DIVISION}(?:(?:和|及|与|、){_DIVISION})+)"
    rf"(?P<rest>[^《》,。;:!?\s和及、]{{2,50}}?{PLAN_KINDS})(?=精神|要求|部署|的|,|。|和|及|、|$)"
)
# Divisions glued into one word of level characters, each standing for one of the plan's own divisions
# (or 中/国 for the nation): 中省市“十四五”规划纲要 is the national, provincial and city outlines of a county
# plan; 区州党委关于制定…的建议 the proposals of the autonomous region's and the prefecture's party
# committees.
_GLUED = re.compile(
    r"(?P<levels>[中国省市州区县]{2,4})(?:"
    r"(?P<plan>[“\"]?十[一二三四五六七八九]五[”\"]?[^《》,。;:!?\s、和及]{0,30}?规划(?:纲要)?)"
    r"(?=(?:主要|总体)?(?:精神|要求|部署)|的|,|。|和|及|、|$)"
    r"|党委(?P<proposal>关于[^《》,。;:!?\n]{4,100}?的建议)(?=精神|要求|部署|和|及|、|,|。|$))"
)
# A document named by its issuer without marks, one per issuer when several share the words
# (中共中央、中共上海市委、中共崇明区委分别关于制定…的建议 → three proposals).
_ISSUER = r"(?:[\u4e00-\u9fff]{1,16}?(?:中央|委|政府|办|厅|局|部)|国务院)"
_ISSUED_BARE = re.compile(
    rf"(?P<issuers>{_ISSUER}(?:、{_ISSUER})*)(?:分别)?"
    rf"(?P<rest>关于[^《》,。;:!?\n]{{4,100}}?的(?:建议|意见|决定|通知))(?=精神|要求|部署|等|\(|,|。|和|及|、|$)"
)
_NATIONAL_TITLE = re.compile(
    r"^[“\"]?(?:十[一二三四五六七八九]五[”\"]?)?(?:全国|国家|中华人民共和国|中共中央|国务院)"
)
# Not a title: the plan itself (本…), a verb, the whole of a division (全省…, but 全国… is the national
# plan), or a division named only by its level that the plan's own region does not give (省“十四五”规划
# 纲要, 中省市规划纲要 are read through _in_own_division and _GLUED where it does; else no one plan).
_NOT_A_TITLE = re.compile(r"^(?:本|制定|编制|制订|我|全(?!国)|各|[中省市州县区]{1,4}(?=[“\"十第国]|规划))")
# A bare run that describes plans instead of naming one: 国家有关规划, 省相关专项规划, or 关于 with no 的
# to close it (按照海南省关于“十四五”规划编制工作的总体要求 is the drafting work's requirements).
_DESCRIBES_PLANS = re.compile(r"(?:有关|相关).{0,4}$|关于(?!.*的)")
# A vague base the list of titles may start with: 省委、省政府关于实施质量强省战略的决策部署.
# A leader's or a congress's words a preamble carries out before the plans it names: 习近平总书记关于残疾人
# 事业的重要指示批示精神和国家、省、襄阳市…规划; 党的十九大关于办好学前教育的要求,以及自治区、南宁市…规划.
_LEADER = r"(?:习近平(?:总书记|同志)?|总书记|党中央(?:、国务院)?|党的[^,,。;《》\n]{2,16}?(?:大|会议|全会))"
_VAGUE_BASE = re.compile(
    rf"(?:{_ISSUER}(?:、{_ISSUER})*|{_LEADER})?关于[^《》,。;:!?\n]{{2,60}}?的(?:重要)?"
    r"(?:决策部署|部署|要求|精神|指示(?:批示)?(?:精神)?|论述|讲话(?:精神)?)"
)
_DOC_NUMBER_AFTER = re.compile(rf"\s*[(](?:[^()]{{2,30}}号|{DAMAGED_DOC_NUMBER.pattern})[)]")
# A title right after the verb that makes it is the document itself (特编制《X》, 制定形成了《X》,
# 起草了《X》(征求意见稿)), however differently from its heading it is named there: never a parent; but
# what a plan completes is the targets another set (完成《X》确定的目标).
_MADE_HERE = re.compile(rf"(?:制定|编制|制订|起草|形成|完成(?!{_ITS_TARGETS}))(?:了|出)?\s*(?=《)")
# The issuer printed in front of a cited title: 中共中央、国务院《…》, 国务院食品安全办《…》.
_ISSUER_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,16}(?:中央|国务院|委|政府|办|厅|局|部)")


def extract_parents(
    source: str,
    nt: NormalisedText,
    title_end: int,
    own_title: str | None = None,
    own_region: RegionRef | None = None,
) -> list[PlanRef]:
    """Parent plans named in the preamble that follows the title (normalised offset ``title_end``);
    ``own_region`` names the divisions a combined phrase gives by their level word (国家和省…规划)."""
    text = nt.text
    title_end = after_contents(text, title_end, min(len(text), title_end + PREAMBLE_CHARS))
    window_end = min(len(text), title_end + PREAMBLE_CHARS)
    if (heading := body_heading_start(text, title_end, window_end)) is not None:
        window_end = heading
    ranges = [(title_end, window_end)]
    if (contents := contents_line(text, title_end, window_end)) is not None:
        # the notice, then the plan with its contents: its preamble follows the contents' entries
        resume = after_contents(text, contents, min(len(text), contents + PREAMBLE_CHARS))
        resume_end = min(len(text), resume + PREAMBLE_CHARS)
        if (heading := body_heading_start(text, resume, resume_end)) is not None:
            resume_end = heading
        if resume > contents:
            ranges = [(title_end, contents), (resume, resume_end)]
    elif (
        heading is not None
        and own_title
        and (below := heading_below(nt, heading, own_title, PREAMBLE_CHARS)) is not None
    ):
        # a notice whose numbered points (一、征求意见时间) end the window, then the plan under its heading
        below_end = min(len(text), below + PREAMBLE_CHARS)
        if (heading := body_heading_start(text, below, below_end)) is not None:
            below_end = heading
        ranges.append((below, below_end))
    own_key = plan_title_key(own_title) if own_title else None
    # the window closed at the first heading: the preamble may stand under it
    closed_at = heading if heading is not None and ranges[-1][1] == heading else None
    if closed_at is not None and (described := _self_described(text, closed_at, own_key)) is not None:
        ranges.append(described)
    own_cycle = _cycle(own_title or "")
    parents: list[PlanRef] = []
    seen: set[str] = {own_key} if own_key else set()
    at_heading = heading is not None and ranges[-1][1] == heading
    bases = (
        base
        for index, (start, end) in enumerate(ranges)
        for base in _named_bases(text, start, end, own_region, at_heading and index == len(ranges) - 1)
    )
    own_division = placeless_division(own_title, own_region) if own_title else None
    for t_start, t_end, printed in bases:
        title = full_title(_as_final(printed))
        key = plan_title_key(title)
        cycle = _cycle(title)
        identity = key
        if key == own_key and own_division is not None:
            # a title that names no division may be the city's plan a district's bears as well: the
            # notice it is cited by (《济南市人民政府办公厅关于印发<the plan's own title>的通知》) places it
            region = _cited_region(title, nt, text[t_start:t_end])
            if region is not None and region != own_region:
                identity = f"{key}@{region.code}"
        namesake = identity != key
        if identity in seen or (own_cycle and cycle and cycle < own_cycle):
            continue  # the plan itself, a repeat, or its predecessor
        if not namesake and _short_name_of(
            title, [*([own_title] if own_title else []), *(p.title for p in parents)]
        ):
            continue  # 《规划纲要》 for the plan itself, 《任务分工方案》 after 《某某…任务分工方案》
        seen.add(identity)
        o_start, o_end, quote = nt.quote(t_start, t_end)
        parents.append(
            _plan_ref(title, Evidence(source, o_start, o_end, quote, "parent"), nt, text[t_start:t_end])
        )
    if own_title and (cited := _carried_out_by_title(nt, own_title, title_end)):
        title, (t_start, t_end) = cited
        if plan_title_key(title) not in seen and parent_title(title):
            o_start, o_end, quote = nt.quote(t_start, t_end)
            parents.append(_plan_ref(title, Evidence(source, o_start, o_end, quote, "parent"), nt))
    return parents


# An outline says what it was made from in a sentence opening on its own name (text_patterns.SELF_DESCRIBED),
# which may stand under its first chapter's heading, past the preamble's window (巴州区…纲要草案 /
# 二〇二一年三月 / 第一章规划背景 / 巴中市巴州区…纲要,根据…和《中共巴中市巴州区委关于制定…的建议》编制,…).
_SELF_NAMES = ("本规划", "本纲要", "本规划纲要")
_UNDER_HEADING_CHARS = 1500
# …or the sentence that makes the plan, there too (一、总则 / (一)规划背景 / …为此,根据《常山县国民经济和社会
# 发展十二五规划纲要》,贯彻…精神,特编制《常山县十二五农业发展规划(2011-2015)》): a plan is what it makes.
_MAKES_ITSELF = re.compile(
    r"(?:^|[。\n])[^。\n]{0,40}?(?P<basis>(?:根据|依据|按照|遵照)[^。\n]{2,400}?[,,]\s*(?:特|现)?(?:编制|制定|制订)了?\s*(?:本|《))"
)


def _self_described(text: str, start: int, own_key: str | None) -> tuple[int, int] | None:
    """The span of the first sentence under the heading at ``start`` in which the plan, by its own title
    or as 本规划, says what it was made from, or which makes it from its bases."""
    end = min(len(text), start + _UNDER_HEADING_CHARS)
    found = []
    for m in SELF_DESCRIBED.finditer(text, start, end):
        name = m.group("name").strip()
        if name in _SELF_NAMES or (own_key is not None and plan_title_key(name) == own_key):
            stop = text.find("。", m.start("basis"))
            found.append((m.start("basis"), len(text) if stop < 0 else stop))
            break
    if (m := _MAKES_ITSELF.search(text, start, end)) is not None:
        found.append(m.span("basis"))
    return min(found) if found else None


# The heading of the section that lists what the plan is made under: 一、编制依据, 1.2 编制依据, 规划依据:, or
# a reading's 二、决策依据 / 出台依据 / 政策依据 (the government sites' template for 政策解读).
_BASIS_HEADING = re.compile(r"(?:编制|制定|制订|规划|修订|主要|决策|出台|政策|起草)?依据\s*[::]?")
# or a sentence that opens such a list, unnumbered: 规划编制的主要依据是:
_BASIS_SENTENCE = re.compile(r"(?:本?规划)?(?:编制|制定|制订)的?(?:主要)?依据(?:是|为|有|主要有|包括)\s*[::]")
# A line that opens the next section: numbered, short, no sentence (1.3 适用范围, 二、指导思想).
_NEXT_HEADING = re.compile(r"[^《》。;;,,]{2,20}")


def _basis_sections(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The body of each 编制依据 section between ``start`` and ``end``: the lines after a heading that
    says it lists the bases, up to the next numbered heading. Its titles are bases without a 根据 or
    a 制定本预案 around them (宪法及《X》和《Y》等。)."""
    position = text.rfind("\n", 0, start) + 1
    section: int | None = None
    while position < end:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        numbering = NUMBERING_ONLY.match(line)
        rest = line[numbering.end() :]
        if section is not None and numbering.end() and _NEXT_HEADING.fullmatch(rest):
            yield section, position
            section = None
        if (numbering.end() and _BASIS_HEADING.fullmatch(rest)) or _BASIS_SENTENCE.fullmatch(line):
            section = line_end
        position = line_end + 1
    if section is not None:
        yield section, min(end, len(text))


def _named_bases(
    text: str, title_end: int, window_end: int, own_region: RegionRef | None, at_heading: bool = False
) -> Iterator[tuple[int, int, str]]:
    """Every title the opening names as a base, in order: those of the sentences up to ``window_end``
    that say the plan is made from them (a consultation or issuing notice above the title may name
    the bases too), then those listed in a 编制依据 section, which may come after the first heading.
    Where no sentence names a base so and the window ends at the plan's first numbered part
    (``at_heading``), the paragraph right above that part is its preamble (``_undrafted_preamble``)."""
    drafted = False
    sentences = list(_sentences(text, 0, window_end))
    for index, (start, end) in enumerate(sentences):
        cut = _cut_by_page(text, start, end)
        if not (_DRAFTED.search(text, start, end) or cut or _drafted_next(text, sentences, index)):
            continue
        if not (trigger := _TRIGGER.search(text, start, end)):
            continue
        made_here = {m.end() for m in _MADE_HERE.finditer(text, start, end)}
        for cited in _cited(text, trigger.start(), end, own_region):
            if cited[0] not in made_here:
                drafted = True
                yield cited
        if cut and (last := _cut_title(text, start, end)) is not None:
            yield last
    if not drafted and at_heading and (preamble := _undrafted_preamble(text, title_end, window_end)):
        start, end = preamble
        if trigger := _TRIGGER.search(text, start, end):
            yield from _cited(text, trigger.start(), end, own_region)
    for start, end in _basis_sections(text, title_end, min(len(text), title_end + PREAMBLE_CHARS)):
        yield from _cited(text, start, end, own_region)


def _drafted_next(text: str, sentences: list[tuple[int, int]], index: int) -> bool:
    """Whether the sentence after ``index``, in the same paragraph, only says the plan is made from what
    this one names: 为认真贯彻落实《A》《B》…,为…奠定基础。现结合实际,特制定本方案。"""
    if index + 1 >= len(sentences):
        return False
    end, (start, next_end) = sentences[index][1], sentences[index + 1]
    if "\n" in text[end:start] or next_end - start > 30:
        return False
    return bool(_DRAFTED.search(text, start, next_end)) and not _TRIGGER.search(text, start, next_end)


# The words a clause on the plan's purpose or bases opens with (为…, 根据《…》).
_BASIS_OPENERS = r"为了?|根据|依据|按照"
# A preamble's opening words: its purpose or its bases (为全面贯彻…, 根据《…》, 贯彻落实…, 落实《…》).
_PREAMBLE_OPENS = re.compile(rf"\s*(?:{_BASIS_OPENERS}|贯彻|落实)")


def _undrafted_preamble(text: str, title_end: int, heading: int) -> tuple[int, int] | None:
    """The paragraph right above a plan's first numbered part (一、总体要求), when it opens on the plan's
    purpose or bases and never says it makes the plan: 为全面贯彻…,根据《A》和…统一安排,某某区以…为目标,
    大力实施… (h512); 为贯彻…,落实《A》(沪府办发〔2024〕1号),2024年某某区聚焦… (k15). What it
    carries out is what the plan is made from, though no 制定本方案 closes it."""
    paragraph_end = len(text[:heading].rstrip())
    paragraph_start = max(text.rfind("\n", title_end, paragraph_end) + 1, title_end)
    if paragraph_end - paragraph_start < 20 or not _PREAMBLE_OPENS.match(text, paragraph_start):
        return None
    if _DRAFTED.search(text, paragraph_start, paragraph_end):
        return None  # it does say it makes the plan, and the sentence rules above have read it
    return paragraph_start, paragraph_end


# A clause that opens on the plan's purpose or bases: 为适应…, 根据《…》, 为落实《…》.
_BASIS_CLAUSE = re.compile(rf"(?:^|[,,;;])\s*(?:{_BASIS_OPENERS})")


def _cut_by_page(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a preamble's basis sentence cut off by the end of the page before its
    drafting verb: it runs to the end of the text with no full stop (…根据《A》《B》《某某规划纲) and one
    of its clauses opens on 为/根据/依据/按照. An excerpt that stops there cut the 制定本规划 away; what
    such a sentence names is what the plan is made from."""
    if text[end:].strip() or text[start:end].rstrip().endswith(("。", "!", "?")):
        return False
    return bool(_BASIS_CLAUSE.search(text[start:end]))


# The kind word a cut title stops inside: 《某某省国民经济和社会发展第十三个五年规划纲 is the 纲要.
_CUT_KIND = {"纲": "纲要"}


def _cut_title(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The title the end of the page cuts, unclosed (《湖北省国民经济和社会发展第十三个五年规划纲), read
    as the plan it begins when what is printed stops at or inside its kind word; a cut that stops
    before the kind (和《国家) names no plan one can tell."""
    opened = text.rfind("《", start, end)
    if opened < 0 or "》" in text[opened:end]:
        return None
    printed = re.sub(r"\s+", "", text[opened + 1 : end])
    for part, whole in _CUT_KIND.items():
        if printed.endswith(part):
            printed = printed[: -len(part)] + whole
    title = parent_title(printed)
    return (opened, len(text[:end].rstrip()), title) if title else None


def _short_name_of(title: str, earlier: list[str]) -> bool:
    """Whether ``title`` is the tail of the plan's own title or of one cited before it (《规划纲要》 for
    《某某省国民经济和社会发展第十三个五年规划纲要》, 《实施方案》 after 《某某实施方案》), the way a
    document refers back to one it has named in full. A tail after a division's name is a plan
    of its own: 《“十四五”体育发展规划》 after 《安徽省“十四五”体育发展规划》 is the national one."""
    for longer in earlier:
        if len(longer) > len(title) and longer.endswith(title):
            prefix = longer[: -len(title)]
            lead = gazetteer().leading_region(prefix)
            if lead is None or lead[2] < len(prefix):
                return True
    return False


def _carried_out_by_title(
    nt: NormalisedText, own_title: str, title_end: int
) -> tuple[str, tuple[int, int]] | None:
    """What the plan's own title says it carries out (贯彻实施《X》行动计划 → X), located in the
    printed title that ends at ``title_end``."""
    if (cited := carried_out(own_title)) is None:
        return None
    start = nt.text.rfind(cited[0], 0, title_end)
    if start < 0 or title_end - start > len(own_title) + 20:
        return None
    return cited[0], (start, start + len(cited[0]))


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[start:end]``; a 。 inside quote marks (a quoted instruction) or a ? inside a title
    (a scrape's mark for a character it lost: 《全民健身?xiàng)l例》) does not end one,
    nor does a line break the page put inside a list of bases: after 、 or 和 (…(中发〔2015〕12号)、 /
    四川省…) or inside a title (根据国务院颁布的《 / 全民健身条例》和《全民健身计划》,…制定本实施计划)."""
    depth = 0
    begin = start
    for index in range(start, end):
        ch = text[index]
        if ch in "“《":
            depth += 1
        elif ch in "”》":
            depth = max(0, depth - 1)
        elif ch == "\n" and _goes_on(text[begin:index]):
            continue
        elif ch == "\n" or (ch in "。!?" and depth == 0):
            if index > begin:
                yield begin, index
            begin = index + 1
            depth = 0 if ch == "\n" else depth
    if end > begin:
        yield begin, end


_LIST_GOES_ON = ("、", "和", "及", "以及", "与")


def _goes_on(line: str) -> bool:
    """Whether a sentence goes on past the end of ``line``: a list separator or an open 《 ends it."""
    return line.rstrip().endswith(_LIST_GOES_ON) or line.count("《") > line.count("》")


def _cited(
    text: str, position: int, limit: int, own_region: RegionRef | None = None
) -> list[tuple[int, int, str]]:
    """Every document the sentence names from its first trigger on: each 《》 title of a plan or
    policy, and the quoted, bare or combined plan titles that follow a trigger directly."""
    found: list[tuple[int, int, str]] = []
    for m in _bracketed(text, position, limit):
        if title := parent_title(m[2]):
            found.append((m[0], m[1], title))
    for trigger in _TRIGGER.finditer(text, position, limit):
        found.extend(_unbracketed(text, trigger.end(), limit, own_region))
    return sorted(set(found))


def _bracketed(text: str, position: int, limit: int) -> Iterator[tuple[int, int, str]]:
    """《…》 spans, an inner 《》 (a cited plan's own citation) kept inside the outer one. A 《 whose 》 a
    page lost ends at its kind where the next title opens after 和/、 (《河北省食药安全“十三五”规划和《承德市
    …纲要》): a plan's own citation follows 印发/转发, never a kind and a conjunction."""
    depth = 0
    begin = 0
    for index in range(position, limit):
        ch = text[index]
        if ch == "《":
            if depth == 1 and (lost := _LOST_CLOSE.search(text, begin + 1, index)):
                yield begin, lost.end("title"), re.sub(r"\s+", "", text[begin + 1 : lost.end("title")])
                depth = 0
            if depth == 0:
                begin = index
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                yield begin, index + 1, re.sub(r"\s+", "", text[begin + 1 : index])
        elif ch == "》" and (lost := _LOST_OPEN.search(text, position, index)):
            # a notice whose 《 the page lost, the list going on before it: …)和 / 成都市人民政府关于印发
            # 〈成都市…实施方案〉的通知》
            yield lost.start("notice"), index + 1, re.sub(r"\s+", "", lost.group("notice"))


# A notice cited with its 《 lost, from the separator or line start before it to the 》.
_LOST_OPEN = re.compile(
    r"(?:^|(?<=[、,和及与\n]))\s*(?P<notice>[^《》、,。\n]{2,60}?印发\s*〈[^〈〉《》]{4,80}〉\s*的通知)$"
)
# An unclosed title's end: its kind (and a bracketed period) right before a conjunction and the next 《.
_LOST_CLOSE = re.compile(rf"(?P<title>{PLAN_KINDS}{_TAIL})\s*(?:和|及|与|、)\s*$")


# A body whose document a notice forwards, printed in front of its title with no mark between:
# 国务院办公厅关于转发国家发展改革委住房城乡建设部生活垃圾分类制度实施方案的通知.
_FORWARDED_BODY = re.compile(
    r"^[和、]?(?:国家|省|市|区|县|[\u4e00-\u9fff]{2,8}?[省市区县])?[\u4e00-\u9fff]{1,12}?(?:委|部|厅|局|署)"
)


def _without_forwarded_bodies(title: str) -> str:
    """A forwarded title without the bodies printed in front of it (国家发展改革委住房城乡建设部生活垃圾分类
    制度实施方案 → 生活垃圾分类制度实施方案; 省发展改革委省住房城乡建设厅贵州省… → 贵州省…), as long as
    what is left still reads as a policy's title."""
    while (m := _FORWARDED_BODY.match(title)) and len(title) - m.end() >= 4 and _POLICY_TITLE.search(title):
        rest = title[m.end() :]
        if not _POLICY_TITLE.search(rest) or rest.startswith("关于"):
            break
        title = rest
    return title


def parent_title(cited: str) -> str | None:
    """The parent a cited title means, or None for a law or a document that is no plan or policy."""
    if notice := _ISSUING_NOTICE.search(cited):
        side = "" if notice.group("t") else "2"
        inner, opened, closed = (notice.group(name + side) for name in ("t", "open", "close"))
        if _PAIRS.get(opened) != closed:
            inner = opened + inner + closed  # “十四五”…规划 keeps its marks
        if notice.group("verb") in ("转发", "批转") and not opened:
            inner = _without_forwarded_bodies(inner)
        if not _LAW_TITLE.search(inner) and not inner.endswith("名单"):
            # what the notice hands down is what the plan rests on: a plan, an opinion, or a paper of no
            # plan kind (重点任务分工, 若干政策, 发展指引); a list of names (…示范创建推荐城市名单) is
            # not, the notice that publishes it is
            return inner
    if len(cited) < 4 or _LAW_TITLE.search(cited) or not _POLICY_TITLE.search(cited):
        return None
    return cited


def _unbracketed(
    text: str, position: int, limit: int, own_region: RegionRef | None = None
) -> list[tuple[int, int, str]]:
    """Plan titles in quote marks, bare or combined, right after a trigger, one after another."""
    found: list[tuple[int, int, str]] = []
    while position < limit:
        separator = _SEPARATOR.match(text, position, limit)
        if "," in separator.group() and not text.startswith(("《", "“", "以及"), separator.end()):
            break  # a comma ends a list of titles unless another title follows it in marks, or 以及
        position = separator.end()
        if "," in separator.group() and text.startswith("以及", position):
            position += 2
        if text.startswith("《", position):
            position = _skip_bracketed(text, position, limit)
            if position < 0:
                break
        elif (glued := _GLUED.match(text, position, limit)) and (
            divisions := _glued_divisions(glued.group("levels"), own_region)
        ):
            for division in divisions:
                found.append((glued.start(), glued.end(), _glued_title(division, glued)))
            position = glued.end()
        elif issued := _ISSUED_BARE.match(text, position, limit):
            rest = re.sub(r"\s+", "", issued.group("rest"))
            for issuer in re.finditer(_ISSUER + r"(?=、|$)", issued.group("issuers")):
                start = issued.start("issuers") + issuer.start()
                if title := parent_title(issuer.group() + rest):
                    found.append((start, issued.end(), title))
            position = issued.end()
        elif vague := (
            _VAGUE_BASE.match(text, position, limit)
            or _BARE_RULE.match(text, position, limit)
            or _BARE_PROGRAMME.match(text, position, limit)
        ):
            position = vague.end()  # no plan, but titles may follow it: …的决策部署和《X规划》
        elif combined := _COMBINED.match(text, position, limit):
            rest = re.sub(r"\s+", "", combined.group("rest"))
            for side in re.finditer(
                rf"(?:^|(?<=[和及与、])){_DIVISION}(?=[和及与、]|$)", combined.group("sides")
            ):
                start = combined.start("sides") + side.start()
                if division := _division_named(side.group(), own_region):
                    title = division + rest
                    if side.group() in _LEVEL_WORDS:
                        title = _outline_by_division(division, rest) or title
                    found.append((start, combined.end(), title))
            position = combined.end()
        else:
            item = _QUOTED.match(text, position, limit) or _BARE.match(text, position, limit)
            if item is None:
                break
            start = item.start()
            title = re.sub(r"\s+", "", item.group("t") or item.group("t2"))
            bare = item.re is _BARE
            if bare and (cut := _after_last_base(title)):
                title = title[cut:]
                start = _advance(text, start, cut)
            title = _in_own_division(title, own_region)
            if (
                _PLAN_TITLE.search(title)
                and not _NOT_A_TITLE.search(title)
                and not (bare and (_DESCRIBES_PLANS.search(title) or not _names_one_plan(title)))
            ):
                found.append((start, item.end(), title))
            position = item.end()
        if number := _DOC_NUMBER_AFTER.match(text, position, limit):
            position = number.end()
        if says := _WHAT_IT_SAYS.match(text, position, limit):
            position = says.end()
        if (
            _SEPARATOR.match(text, position, limit).end() == position
            and not text.startswith("《", position)
            and not _GLUED_AFTER_PERIOD.search(text, 0, position)
        ):
            break
    return found


# A title closed by its period in brackets, the next one glued on, both having lost their marks (…规划
# (2021-2025年)泰安市…): the list goes on.
_GLUED_AFTER_PERIOD = re.compile(r"\((?:19|20)\d{2}[^()]{2,16}\)$")


def _as_final(title: str) -> str:
    """A parent as the plan it is: a draft cited (…纲要(草案), the division's outline before its congress
    passed it) is that plan, and a long-range year a copy printed without its zero (二三五年: no plan names
    a three-digit year) is 二〇三五年."""
    title = _CITED_DRAFT.sub("", title)
    return DROPPED_YEAR_ZERO.sub("二〇", title)


_CITED_DRAFT = re.compile(rf"[(]{DRAFT_STAGE}[)]$")


def _after_last_base(title: str) -> int:
    """Where a bare run's title starts when something else ran into it across a 和: the run
    市委市政府打造…之都的统一安排和浙江省…规划 is the plan after the 和, as a division's name opens it;
    a 和 inside a title (残疾人保障和发展规划, 国民经济和社会发展) is followed by no division."""
    cut = 0
    for m in re.finditer("和", title):
        rest = title[m.end() :]
        if rest.startswith(("国家", "全国", "中共")) or gazetteer().leading_region(rest) is not None:
            cut = m.end()
    return cut


def _advance(text: str, start: int, chars: int) -> int:
    """The offset ``chars`` non-space characters after ``start`` (titles are matched with spaces removed)."""
    position = start
    while chars:
        if not text[position].isspace():
            chars -= 1
        position += 1
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _names_one_plan(title: str) -> bool:
    """Whether a bare title names one plan rather than a kind of plan (see _NAMES_ONE_PLAN)."""
    return bool(_NAMES_ONE_PLAN.search(title)) or gazetteer().leading_region(title) is not None


# A level word alone and the levels of the plan's own divisions it may name (市 in a Shanghai district
# plan is 上海市, a province-level city).
_LEVEL_WORDS = {
    "省": ("province",),
    "自治区": ("province",),
    "市": ("city", "province"),
    "州": ("city",),
    "区": ("district",),
    "县": ("county",),
}


def _division_named(side: str, own_region: RegionRef | None) -> str | None:
    """One side of a combined phrase: a named division as printed, a level word alone (省) as the plan's
    own division at that level, or None when the plan's region does not say which one it is."""
    if side not in _LEVEL_WORDS:
        return side
    if own_region is None:
        return None
    for level in _LEVEL_WORDS[side]:
        step = next((step for step in own_region.path if step.level == level), None)
        if step is not None and (level != "province" or step.name.endswith(side)):
            return step.name
    return None


# A title that names its division by the level word alone: 省“十四五”生态环境保护规划, 市十四五规划纲要.
_LEVEL_WORD_TITLE = re.compile(r"^(?P<level>[省市州区县])(?=[“\"]?十[一二三四五六七八九]五|第十)")


def _in_own_division(title: str, own_region: RegionRef | None) -> str:
    """省“十四五”某某规划 in a plan of that province is the province's plan: the level word becomes the
    plan's own division at that level; a title whose level the plan's region does not give stays as it is
    (and is no title: 省… alone names no one plan)."""
    if (m := _LEVEL_WORD_TITLE.match(title)) and (division := _division_named(m.group("level"), own_region)):
        return _outline_by_division(division, title[1:]) or division + title[1:]
    return title


# The levels a level character may stand for inside a glued word, highest first: 区 is an autonomous
# region (新疆维吾尔自治区) above a lower level, 市 a municipality (上海市) when the province is one.
_GLUED_LEVELS = {
    "中": ("national",),
    "国": ("national",),
    "省": ("province",),
    "市": ("province", "city"),
    "州": ("city",),
    "区": ("province", "district"),
    "县": ("county",),
}
_LEVEL_ORDER = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3}


def _glued_divisions(levels: str, own_region: RegionRef | None) -> list[str] | None:
    """The divisions a glued word names, from the plan's own region (国家 for 中/国), each below the one
    before it; None unless every character names one (市区 in a city plan is its urban area, no list)."""
    if own_region is None:
        return None
    names: list[str] = []
    above = -1
    for ch in levels:
        for level in _GLUED_LEVELS[ch]:
            if _LEVEL_ORDER[level] <= above:
                continue
            if level == "national":
                name = "国家"
            else:
                step = next((s for s in own_region.path if s.level == level), None)
                # a province named by its own last character; 州 is a prefecture (自治州)
                wanted = ch if level == "province" or ch == "州" else ""
                name = step.name if step is not None and step.name.endswith(wanted) else None
            if name:
                names.append(name)
                above = _LEVEL_ORDER[level]
                break
        else:
            return None
    return names


def _glued_title(division: str, glued: re.Match[str]) -> str:
    """One division's document of a glued phrase: its outline under the outline's formal title, its sector
    plan, or its party committee's proposal (中共某某委员会关于…的建议; the centre's is 中共中央…)."""
    if proposal := glued.group("proposal"):
        issuer = "中共中央" if division == "国家" else f"中共{division}委员会"
        return issuer + re.sub(r"\s+", "", proposal)
    rest = re.sub(r"\s+", "", glued.group("plan"))
    return _outline_by_division(division, rest) or full_title(division + rest)


# A division's five-year outline by its short name: “十四五”规划纲要, 十三五规划.
_OUTLINE_SHORT = re.compile(r"^[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?规划(?:纲要)?$")


def _outline_by_division(division: str, rest: str) -> str | None:
    """The formal title of a division's outline the text names only by its level and cycle (省“十四五”规划
    纲要 → 某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要): the plan is named after the
    pattern every outline of the cycle follows, the national one by its official title; None for other
    titles. The fourteenth cycle's outlines carry the 2035 vision of the central proposal they follow."""
    if not (m := _OUTLINE_SHORT.match(rest)):
        return None
    if division == "国家":
        return full_title(f"国家“十{m.group('n')}五”规划纲要")
    vision = "和二〇三五年远景目标" if m.group("n") == "四" else ""
    return f"{division}国民经济和社会发展第十{m.group('n')}个五年规划{vision}纲要"


def _skip_bracketed(text: str, position: int, limit: int) -> int:
    for begin, end, _ in _bracketed(text, position, limit):
        if begin == position:
            return end
    return -1


def _cycle(title: str) -> int | None:
    """The national five-year cycle a title names (十四五 → 14), if any."""
    if (m := FIVE_YEAR.search(title)) and (ordinal := cn_number(m.group(1))):
        return ordinal
    return None


def _cited_region(title: str, nt: NormalisedText, cited: str) -> RegionRef | None:
    """A cited plan's region only where its own title says so, or the notice it is cited by
    (《济南市人民政府办公厅关于印发X的通知》: the sender's division) where its title names none; a party
    committee's proposal (中共某某县委关于…, 中共某某自治区委员会关于…) is its committee's division's."""
    lead = gazetteer().leading_region(title.removeprefix("中共"), context=nt.text)
    if lead is None and (sender := _NOTICE_SENDER.match(cited)) and not names_division(title):
        lead = gazetteer().leading_region(sender.group("sender").removeprefix("中共"), context=nt.text)
    if lead is not None:
        return lead[0]
    return NATIONAL if _NATIONAL_TITLE.match(title) else None


# The sender of a notice cited in 《》: 《济南市人民政府办公厅关于印发…的通知》.
_NOTICE_SENDER = re.compile(r"《(?P<sender>[^《》]{2,40}?)(?:关于)?(?:印发|转发|批转)[^《》]+的通知》")


def _plan_ref(title: str, evidence: Evidence, nt: NormalisedText, cited: str = "") -> PlanRef:
    """A cited plan with its level and region (``_cited_region``)."""
    region = _cited_region(title, nt, cited)
    return PlanRef(
        title=title,
        level=region.level if region else None,
        region=region,
        evidence=evidence,
        period=period_from_title(title),
    )
