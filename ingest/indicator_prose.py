"""Quantified targets stated in prose: 到2025年,全市在册市场主体数突破57万户.

A target is a number with a unit or a qualifier (57万户, 92%以上, 低于0.36, 不少于20名) in a clause
that looks forward. What it is not matters as much: achievements of the previous period (the review
section a plan opens with, 较十二五末增长70.8%), reference figures (依据…65万人计算, 原有的9件),
ordinals and codes (第4届, 12315, ISO9001) and numbers inside names or slogans (“1个平台5朵云”).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from plangraph.ingest.indicator_values import NUMBER, PER_UNIT, UNIT, clean_name, indicator_evidence
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import IndicatorRecord
from plangraph.ingest.review_sections import past_period, review_flags
from plangraph.ingest.text_layout import Line, lines_of

# A qualifier printed before the number belongs to the target ("突破57万户"); a verb followed by
# 到/至 only links subject and value (提高到95%) and does not.
_PREFIX = (
    r"(?:突破|超过|超|高于|低于|少于|不少于|不低于|不超过|不高于|至少"
    r"|增加|增长|提高|提升|下降|降低|减少|缩短|压减)"
)
# A threshold may say that it includes its bound before 以上/以下: 90分(含90分)以上, 30人(含)以下 — one
# value, not a second one in brackets.
_QUANTITY = re.compile(
    rf"(?P<pre>{_PREFIX}\s*)?(?<![\d.A-Za-z+/#第*:-])(?P<num>{NUMBER})(?![\d.])\s*(?P<approx>余|多)?"
    rf"(?P<unit>(?:{UNIT})?(?:{PER_UNIT})?)"
    rf"(?P<suf>\s*(?:[((]含[^()()]{{0,8}}[))]\s*)?(?:以上|以下|以内|左右))?(?![\d+])"
)
_LINK_BEFORE = re.compile(
    r"(?:(?:稳定|保持|控制)在|(?:提高|提升|增加|增长|扩大|降低|下降|减少|压缩|缩短|压减|降|增)?(?:到|至)"
    r"|共?达到|共?达|为)\s*$"
)
_RESPECTIVELY = re.compile(r"分别\s*$")
_MODAL_AFTER = re.compile(r"(?:力争|争取|确保|努力|要|将|需|至少)+$")
_REFERENCE_BEFORE = re.compile(r"(?:共计?|即|原有的?|现有的?|目前的?|已有|统计的)\s*$")
# After the number: a standard (…300m2的标准建设), a count of the plan's own measures (3项制度), or a
# count of the parts of its own framework (围绕1个总体目标…3条主线, 推进11大专项行动、34项具体任务; 设置12项
# 主要指标, 6个发展目标, 160项重点任务, 34项主要工作举措).
_REFERENCE_AFTER = re.compile(
    r"\s*的(?:标准|比例|要求)|\s*(?:制度|清单|机制|原则|方面|环节|措施"
    r"|主线|总?抓手|总体目标|具体任务|具体举措|专项行动|板块"
    r"|(?:主要|重点|具体|核心)?(?:工作)?(?:指标|任务|举措)|(?:主要)?发展目标)"
)
_REFERENCE_CLAUSE = re.compile(r"按照|依据|根据|参照")
# 已 before the verb that links the value reports the state reached (…贫困人口已减少到107万人).
_ACHIEVED_BEFORE = re.compile(r"已经?[\u4e00-\u9fff]{0,3}\s*$")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
# A head count of the area a plan covers, not a target: 辖3个街道、12个镇和3个乡, 包括…, 以全县8个乡镇、
# 102个行政村为重点; not where a verb links the value to its subject (包括…在内的企业达到500家).
# (覆盖率 and 辖区 are the nouns of targets, not these verbs.)
_SCOPE_BEFORE = re.compile(r"(?:辖(?!区)|包括|涵盖|覆盖(?![率面])|涉及|共有)[^,,。;;]*$")
# So is a count of the units a plan designates (确定吴兴区、长兴县、安吉县、德清县4个区域为首批试点区域).
_SCOPE_OPENS = re.compile(r"(?:以|确定|选取|遴选)[^,,。;;为]*$")
_SCOPE_CLOSES = re.compile(
    r"[^,,。;;]*?为(?:重点|主体?|核心|单元|单位|对象|范围|[^,,。;;]{0,6}?(?:试点|示范))"
)
# 在 before a value and 的 after it (年产值在5000万元以上的企业) qualify a noun; 稳定在/保持在 link a target.
_ATTRIBUTE_BEFORE = re.compile(r"(?<!稳定|保持|控制)在\s*$")
# Subjects sharing one value: 地理标志数量和国际商标注册总量均达到500件以上 sets two targets.
_SHARED_VALUE = re.compile(
    r"^(?P<first>[^和及与、]{2,20})(?:和|及|与|、)(?P<second>[^和及与、]{2,20})(?:均|都)$"
)
_PAST_WORDS = re.compile(r"以来|(?:五|多|近|数|十)年来|过去|同比|环比")
_YEAR = re.compile(
    r"(?P<pre>到|至|截至|截止|比|较|在|与|同|以)?\s*(?P<y>(?:19|20)\d{2})\s*年(?P<post>底前|以前|前|底|末)?"
)
# 到2022年 and 2023年前 are deadlines; 比2020年, 在2019年基础上 compare with a base year.
_DEADLINE_OR_BASE = ("到", "至", "比", "较", "在", "与", "同", "以")
_TIME_CLAUSE = re.compile(r"(?:力争|争取|预计)?(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?")
# A clause that is only a time: 2020年, 2019年底.
_TIME_ONLY = re.compile(r"\s*(?:截至|截止)?\s*(?:19|20)\d{2}\s*年(?:底|末|年底)?\s*")
_ANNUAL = re.compile(r"每年|年均|每年度")
_LEADING = re.compile(
    r"^(?:(?:力争|争取|确保|预计)?(?:到|至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末|前)?"
    r"|在?“?十[一二三四五六七八九]五”?(?:规划)?(?:期间|时期|末)"
    r"|其中|并且?|同时|以及|此外|使|让|将|把|实现|做到|达到|力争|争取|确保|努力|进一步|重点)+"
)
_TRIM = "的和及与、,, 等。;;!?—"  # — : a bullet (——全市…)
_THRESHOLDS = ("以上", "以下", "以内")
_CLAUSE_END = ",,::。;;!? "
_QUOTES = {"“": "”", "《": "》", "「": "」", "『": "』"}

# Page furniture of a scraped page: counters and fields that are not part of the plan (searched with
# the line's spaces removed: a metadata table spaces its labels out, 索  引 号: 11220502…/2023-03972).
# A page's viewing hints and download notes are furniture too (共浏览141次 字体颜色; 使用大于1366*768分辨率/
# IE10.0或以上浏览器; 下载后只包含1个DOC格式的文档), and so is a catalogue's 所属机构 field.
_FURNITURE = re.compile(
    r"(?:浏览|点击|访问|阅读)(?:次数|量|数)|共浏览|浏览器|字体颜色|下载后|索引号|所属机构|发布时间|发布日期"
    r"|打印本页"
)
# A description of the place rather than a goal for it: a sentence that says where the area lies or what
# it holds (蛟河市地处吉林省东部…,幅员面积6429平方公里,总人口44万; 全市共有…8868家,其中…578户; 滇中城市群范围
# 包括…,国土面积…); the rest of its paragraph goes on describing until a sentence looks forward. A sentence
# giving the plan's frame (规划范围为全州12个县市,规划期为2021年至2025年) sets nothing however far it looks.
_DESCRIBES_PLACE = re.compile(
    r"^[^,,。;;]{0,30}?(?:位于|地处|坐落于|范围包括|共有|现有|(?:幅员|国土|辖区|行政区域|土地)总?面积)"
)
_PLAN_SCOPE = re.compile(r"^[^,,。;;]{0,6}?规划(?:范围|期限|年限|基期|期)(?:为|是|:|:)")
_LOOKS_FORWARD = re.compile(r"(?:到|至)\s*20\d{2}|力争|争取|确保|目标|预计|预期|计划|规划期末|将")
_PAST_OPENING = re.compile(r"^(?:——)?\s*(?:五年来|过去五年|近年来|近五年)")


@dataclass(frozen=True)
class _Target:
    start: int
    end: int
    value_start: int
    value_end: int
    value: str
    unit: str | None
    baseline: str | None
    subject: tuple[int, int]  # the clause up to its first value: a shared subject ("A分别达到…")


def read_prose_targets(
    source: str,
    nt: NormalisedText,
    end_year: int | None,
    skip: list[tuple[int, int]],
    first_year: int | None = None,
) -> list[IndicatorRecord]:
    """Targets in the paragraphs of the plan, outside its review section and the ``skip`` spans.
    ``first_year``, when the plan's period is known, bounds the past: 2022年,全市新建5G基站2600个以上
    in a 2022—2024 plan is its first year's target, not a fact before it."""
    records: list[IndicatorRecord] = []
    cut = _cut_at(nt.text)
    for line in _forward_lines(nt.text, end_year):
        if any(start < line.end and line.start < end for start, end in skip):
            continue
        describing = False
        dated_past = False
        for sentence_start, sentence in _pieces(line.text, r"[。!?;;]"):
            offset = line.start + sentence_start
            opening = next(_pieces(sentence, r"[,,::]"), (0, ""))[1]
            if _TIME_CLAUSE.match(opening.strip()) or _TIME_ONLY.fullmatch(opening.rstrip(_CLAUSE_END)):
                # a paragraph dated once (到2009年底,全地区人才资源总量43413人…。单位就业人口…占56.7%,…)
                # stays in the time its date set until another date moves it
                dated_past = _is_past(opening, end_year, first_year)
            if dated_past:
                continue
            if _PLAN_SCOPE.search(sentence.lstrip()):
                continue  # 规划期限为2021―2030年,展望到2035年: the plan's own frame, however far it looks
            if _LOOKS_FORWARD.search(sentence):
                describing = False
            elif _DESCRIBES_PLACE.search(sentence.lstrip()):
                describing = True
            if describing:
                continue
            for target in _targets(sentence, end_year, first_year):
                if offset + target.end > cut:
                    continue  # the page stops mid-clause: what is left is not a whole target
                record = _record(source, nt, sentence, offset, target, end_year)
                if _NOT_A_TARGET_NAME.search(record.name) or not re.search(r"[\u4e00-\u9fff]", record.name):
                    continue  # nothing counted (a bare value), or the notice handing the plan down
                records.extend(_shared(record))
    return records


# A notice's own sentence names the plan it hands down, not something counted: 现将2024年十个方面为民实事
# 实施方案印发给你们; nor does a sentence about documents it cites (《X》已经…第110次常委会会议审议同意,
# 省政府研究制定了《A》和《B》以及…等8个专项实施方案; 关于印发…等11个专项规划的通知). A shortfall the plan
# starts from is no target either (80%的乡镇没有农村公益性公墓; 全省还有13个县市区没有…殡仪馆).
_NOT_A_TARGET_NAME = re.compile(
    r"印发给你们|现将|现印发|《|关于印发|的通知|行动计划$|实施方案$|没有|尚未|还有|仍有"
)


def _cut_at(text: str) -> int:
    """Where the last clause of a text that stops mid-sentence (a truncated page) starts; the text's
    end when it closes a sentence."""
    body = text.rstrip()
    if not body or body[-1] in "。!?;;)”》":
        return len(text)
    return max(body.rfind(mark) for mark in ",,、:。;;\n") + 1


def _shared(record: IndicatorRecord) -> list[IndicatorRecord]:
    """One record per subject when two subjects share a value (A和B均达到500件以上)."""
    m = _SHARED_VALUE.match(record.name)
    if m is None:
        return [record]
    return [replace(record, name=clean_name(m.group(part))) for part in ("first", "second")]


def _forward_lines(text: str, end_year: int | None) -> Iterator[Line]:
    """Lines outside the review of the previous period (ingest/review_sections.py), the paragraphs
    that open with a past period, and page furniture."""
    for line, in_review in review_flags(lines_of(text), end_year):
        furniture = _FURNITURE.search(re.sub(r"\s+", "", line.text))
        if not in_review and not _opens_with_past(line.text, end_year) and not furniture:
            yield line


def _opens_with_past(text: str, end_year: int | None) -> bool:
    """A paragraph that opens with “十三五”期间 or 五年来 reports on the previous period."""
    if _PAST_OPENING.match(text):
        return True
    opening = re.match(r"(?:——)?\s*[^,,。]{0,12}", text)
    return opening is not None and past_period(opening.group(), end_year)


def _pieces(text: str, delimiters: str) -> Iterator[tuple[int, str]]:
    position = 0
    for piece in re.split(f"(?<={delimiters})", text):
        if piece:
            yield position, piece
        position += len(piece)


def _targets(sentence: str, end_year: int | None, first_year: int | None = None) -> Iterator[_Target]:
    quoted = _quoted_positions(sentence) | _fitted_positions(sentence)
    clauses = list(_pieces(sentence, r"[,,::]"))
    if clauses and _is_past(clauses[0][1], end_year, first_year):
        return  # "2020年,全市…" / "“十三五”期间,…": the opening clause dates the whole sentence
    for index, (clause_start, clause) in enumerate(clauses):
        if _TIME_ONLY.fullmatch(clause.rstrip(_CLAUSE_END)) and _is_past(clause, end_year, first_year):
            return  # 《规划》披露,2020年,全省社会物流总额达到32590亿元: a past year dates the rest
        if _is_past(clause, end_year, first_year):
            continue
        if index + 1 < len(clauses) and clauses[index + 1][1].lstrip().startswith("即"):
            continue  # 1个智慧交通数字大脑,即…: a part of the plan's framework, explained, not a target
        found = [m for m in _QUANTITY.finditer(clause) if _is_target(clause, m, quoted, clause_start)]
        found = _pair_from_to(clause, found)
        start = clause_start
        if index > 0 and _TIME_CLAUSE.fullmatch(clauses[index - 1][1].rstrip(_CLAUSE_END)):
            start = clauses[index - 1][0]
        for position, (match, baseline) in enumerate(found):
            end = clause_start + len(clause.rstrip(_CLAUSE_END))
            if position + 1 < len(found):
                following = found[position + 1][0]
                gap = clause[match.end() : following.start()]
                cut = match.end() + gap.index("、") if "、" in gap[:2] else following.start()
                end = clause_start + cut
            yield _Target(
                start,
                end,
                clause_start + match.start(),
                clause_start + match.end(),
                _value(match),
                match.group("unit") or None,
                baseline,
                (clause_start, clause_start + found[0][0].start()),
            )
            start = end
            while start < len(sentence) and sentence[start] in "、 ":
                start += 1


def _is_target(clause: str, match: re.Match[str], quoted: set[int], offset: int) -> bool:
    qualified = match.group("unit") or match.group("pre") or match.group("suf")
    if not qualified and not _bare_target(clause, match):
        return False
    if offset + match.start("num") in quoted:
        return False
    before = clause[: match.start()]
    if _REFERENCE_BEFORE.search(before) or _REFERENCE_CLAUSE.search(before):
        return False
    if _REFERENCE_AFTER.match(clause, match.end()):
        return False
    if _head_count(clause, match, before):
        return False
    if _ATTRIBUTE_BEFORE.search(before) and clause.startswith("的", match.end()):
        return False  # 年产值在5000万元以上的企业: a threshold describing something, not a target
    if before.endswith(("(", "(")):
        return False  # 投资(500万元): an amount noted in brackets
    if _ACHIEVED_BEFORE.search(before):
        return False  # 贫困人口已减少到107万人: where things stand, not where they are to be
    if _YEAR_NUMBER.fullmatch(match.group("num")) and clause.startswith("年", match.end("num")):
        return False  # 巩固提升2021年行动计划, 不超过2012年水准: a year, not a value
    return re.search(r"[\u4e00-\u9fff]", clause) is not None


def _head_count(clause: str, match: re.Match[str], before: str) -> bool:
    """A count of the area the plan covers (辖3个街道, 以全县8个乡镇…为重点), unless a linking verb or a
    qualifier makes the value a target (涉及民生的抽检合格率达到98%)."""
    if match.group("pre") or _LINK_BEFORE.search(before):
        return False
    if _SCOPE_BEFORE.search(before):
        return True
    return bool(_SCOPE_OPENS.search(before) and _SCOPE_CLOSES.match(clause, match.end()))


def _bare_target(clause: str, match: re.Match[str]) -> bool:
    """A number without unit or qualifier is a target only right after a linking verb (满意度达到90),
    and never a year (达到2035年) or the start of a code or version (达到3.0版)."""
    if not _LINK_BEFORE.search(clause[: match.start()]):
        return False
    return re.match(r"\s*(?:年|[\u4e00-\u9fffA-Za-z])", clause[match.end() :]) is None


def _pair_from_to(clause: str, found: list[re.Match[str]]) -> list[tuple[re.Match[str], str | None]]:
    """由45天压缩至20天: one target (20天) whose baseline (45天) is printed with it."""
    paired: list[tuple[re.Match[str], str | None]] = []
    skip_next = False
    for index, first in enumerate(found):
        second = found[index + 1] if index + 1 < len(found) else None
        if skip_next:
            skip_next = False
            continue
        if (
            second is not None
            and re.search(r"[由从]\s*$", clause[: first.start()])
            and re.fullmatch(r"[\u4e00-\u9fff]{0,4}?(?:到|至)\s*", clause[first.end() : second.start()])
        ):
            paired.append((second, _value(first)))
            skip_next = True
        else:
            paired.append((first, None))
    return paired


def _is_past(clause: str, end_year: int | None, first_year: int | None = None) -> bool:
    return (
        bool(_PAST_WORDS.search(clause))
        or past_period(clause, end_year)
        or _past_year(clause, end_year, first_year)
    )


def _past_year(clause: str, end_year: int | None, first_year: int | None = None) -> bool:
    """A year before the plan's last one (before its first, when its period is known), not a deadline
    (到2022年, 2023年前), dates a past fact."""
    if end_year is None:
        return False
    bound = first_year if first_year is not None and first_year <= end_year else end_year
    for m in _YEAR.finditer(clause):
        deadline = m.group("pre") in _DEADLINE_OR_BASE or m.group("post") in ("前", "以前", "底前")
        period_start = re.match(r"\s*[-—–~至到]", clause[m.end() :]) is not None  # 2021年至2025年
        year = int(m.group("y"))
        if year < bound and not deadline and not period_start:
            return True
        if first_year is not None and year < first_year and m.group("pre") in ("到", "至"):
            return True  # 到2009年底,全地区人才资源总量43413人 in a 2010-2020 plan: the state it starts from
    return False


def _quoted_positions(sentence: str) -> set[int]:
    """Positions inside “…” or 《…》: numbers there belong to a name or a slogan."""
    inside: set[int] = set()
    if not any(opening in sentence for opening in _QUOTES):
        return inside
    closing: list[str] = []
    for position, ch in enumerate(sentence):
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _QUOTES:
            closing.append(_QUOTES[ch])
        elif closing:
            inside.add(position)
    return inside


# What a plan is fitted to: 结合我区30个职能部门、7个镇6个街道,367个行政村(社区)的实际情况,特制定本规划 —
# the counts describe the area, across the commas of the phrase.
_FITTED_TO = re.compile(r"结合[^。;;]{0,80}?实际")


def _fitted_positions(sentence: str) -> set[int]:
    """Positions inside a 结合…实际 phrase: numbers there count what the plan is fitted to."""
    if "结合" not in sentence:
        return set()
    return {i for m in _FITTED_TO.finditer(sentence) for i in range(*m.span())}


def _value(match: re.Match[str]) -> str:
    return re.sub(r"\s+", "", match.group())


def _record(
    source: str,
    nt: NormalisedText,
    sentence: str,
    offset: int,
    target: _Target,
    end_year: int | None,
) -> IndicatorRecord:
    segment = sentence[target.start : target.end]
    return IndicatorRecord(
        name=_name(sentence, target),
        unit=target.unit,
        baseline=target.baseline,
        target=target.value,
        nature=None,
        category="prose",
        cumulative=None,
        baseline_year=None,
        target_year=_target_year(sentence[: target.end], segment, end_year),
        kind="prose",
        evidence=indicator_evidence(source, nt, offset + target.start, offset + target.end),
    )


def _name(sentence: str, target: _Target) -> str:
    """The clause without its value, linking verb and leading time or modal words: what is counted."""
    before = sentence[target.start : target.value_start]
    after = sentence[target.value_end : target.end]
    if target.baseline is not None:
        before = re.sub(r"[由从]\s*[^由从]*$", "", before)
    before = _RESPECTIVELY.sub("", _LINK_BEFORE.sub("", before).rstrip())
    if target.value.endswith(_THRESHOLDS):
        before = re.sub(r"在\s*$", "", before)  # 评价总分值在90分以上: 在 links the value to its subject
    before = _MODAL_AFTER.sub("", before.rstrip())
    before = _LEADING.sub("", before.lstrip(_TRIM))
    name = clean_name((before.strip(_TRIM) + after.strip(_TRIM)).strip(_TRIM))
    if not re.search(r"[\u4e00-\u9fff]", name):
        # "A、B分别达到90%、95%": the later values share the subject printed before the first.
        subject = _RESPECTIVELY.sub("", _LINK_BEFORE.sub("", sentence[slice(*target.subject)]).rstrip())
        name = clean_name(_LEADING.sub("", subject.strip(_TRIM)).strip(_TRIM))
    return name


def _target_year(before: str, segment: str, end_year: int | None) -> int | None:
    if _ANNUAL.search(segment):
        return None
    deadlines = [m for m in _YEAR.finditer(before) if m.group("pre") in ("到", "至") or m.group("post")]
    return int(deadlines[-1].group("y")) if deadlines else end_year
