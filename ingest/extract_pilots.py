"""Named pilots and demonstrations (…试点, …示范区, …示范城市 …) and the regions they cover.

A pilot's name ends in one of the kinds in patterns/pilots.jsonl and starts after the verb that wins or
runs it (获批, 争创, 开展 …), at its designation level (国家, 全省, 浙江省 …) or after a function word.
Two written forms have no such suffix at the end: 试点开展X (a pilot named by what is piloted) and
以吴兴区、南浔区为试点 (the pilot is the project the passage sits under).

Like systems, pilots are read for the whole plan at once, so that every spelling of one pilot in the plan
carries the same name (ingest/pilot_names.py groups them). Regions: the divisions named for the pilot
in its clause (or in a following clause of the sentence that speaks of the pilot: …确定吴兴区、长兴县
…为首批试点区域); else the plan's own region, unless the pilot is an outside zone the plan supports or
joins (支持长三角生态绿色一体化发展示范区, 建设共同富裕示范区的先行市).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from plangraph.ingest.entities import Found, PlanContext
from plangraph.ingest.extract_regions import find_regions
from plangraph.ingest.name_walk import (
    COUNT_WORD,
    NAME_CHARS,
    PASS,
    STOP,
    TAKE,
    LeftWalk,
    Lines,
    Step,
    bare,
    plan_reading,
    previous_edge,
)
from plangraph.ingest.pilot_names import (
    PilotSpelling,
    group_pilots,
    is_named,
    name_of,
    vocabulary,
)
from plangraph.ingest.records import RegionRef
from plangraph.ingest.segment import pipeline_words

_CLAUSE_END = ",,;;。:!?"
_SENTENCE_END = ";;。!?"
_AS_PILOT = re.compile(r"以(?P<places>[\u4e00-\u9fff、]{2,40}?)为试点")
_HEADING = re.compile(r"[^,,。;;:]{4,40}")


def find_pilots(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    """Pilot mentions in one passage; ``attrs["regions"]`` lists the RegionRefs the pilot covers.

    The passage's pilots come from the plan-wide pass over ``context.text`` (which segments every line
    as the pipeline does) so that one pilot's spellings share a name; a passage outside that text is
    read on its own with ``boundaries``.
    """
    plan = plan_reading("Pilot", text, context, boundaries, read_plan_pilots)
    found = []
    for spelling in plan.spellings.get(text, []):
        name = plan.names.get(spelling)
        if name is None:
            continue
        surface = text[spelling.start : spelling.end]
        attrs = {"regions": list(spelling.regions), "aliases": plan.aliases[name]}
        found.append(Found("Pilot", spelling.start, spelling.end, name, surface, attrs))
    return found


class PlanPilots:
    """Every pilot spelling in one plan, named once per pilot."""

    def __init__(self, context: PlanContext, lines: Lines) -> None:
        self.spellings: dict[str, list[PilotSpelling]] = {}
        previous = ""
        for line, edges in lines:
            if line not in self.spellings:
                self.spellings[line] = pilots_in(line, context, edges, previous)
            previous = line
        every = [s for found in self.spellings.values() for s in found]
        clusters = group_pilots(every, context)
        groups: dict[int, list[PilotSpelling]] = defaultdict(list)
        for spelling, number in clusters.items():
            if number is not None:
                groups[number].append(spelling)
        self.names: dict[PilotSpelling, str] = {}
        self.aliases: dict[str, tuple[str, ...]] = {}
        for group in groups.values():
            name = name_of(group, context)
            self.aliases[name] = tuple(sorted({bare(s.name) for s in group} - {name}))
            self.names.update({s: name for s in group})


def read_plan_pilots(context: PlanContext, lines: Lines) -> PlanPilots:
    """The document step: every pilot of the plan read once, from its lines."""
    return PlanPilots(context, lines)


@lru_cache(maxsize=1)
def _kind_pattern() -> re.Pattern[str]:
    """The longest pilot kind starting at each offset: a lookahead, so overlapping kinds are all seen,
    and longest first, so the alternation takes the longest one that fits."""
    forms = sorted(vocabulary()["suffix"], key=len, reverse=True)
    return re.compile(f"(?=({'|'.join(map(re.escape, forms))}))")


def _kinds(text: str) -> list[tuple[int, int]]:
    """Where pilot kinds are printed; of overlapping ones the one reaching furthest wins
    (知识产权强县工程示范县 ends in 示范县, not in 工程示范)."""
    hits = [(m.start(), m.start() + len(m.group(1))) for m in _kind_pattern().finditer(text)]
    return [
        (start, end)
        for start, end in hits
        if not any(start < s < end < e or (s < start and end <= e) for s, e in hits)
    ]


def pilots_in(
    text: str, context: PlanContext, boundaries: frozenset[int], previous: str = ""
) -> list[PilotSpelling]:
    """Every named pilot in one line with the regions it covers; ``previous`` is the line before it
    (a heading names the pilot of 以…为试点)."""
    spans: list[tuple[int, int, str]] = []
    for kind_start, kind_end in _kinds(text):
        if _followed(text, kind_end):
            continue
        span = _named_span(text, kind_start, kind_end, context, boundaries)
        if span is not None and _in_cited_rules(text, span[0]):
            continue
        if span is not None and not _unranked_zone(text, span, kind_start, kind_end):
            spans.append(span)
    named_at = {(start, end): (start, end) for start, end, _ in spans}
    for start, end, name, what in _verb_pilots(text):
        spans.append((start, end, name))
        named_at[(start, end)] = what
    if (m := _AS_PILOT.search(text)) and _HEADING.fullmatch(previous) and not _kinds(previous):
        spans.append((m.start(), m.end(), previous))
        named_at[(m.start(), m.end())] = (m.start(), m.start())
    regions = find_regions(text, context, boundaries)
    return [
        PilotSpelling(
            start,
            end,
            name,
            _regions_for(text, (start, end), named_at[(start, end)], spans, regions, context),
        )
        for start, end, name in sorted(spans)
    ]


# The rules every pilot of a kind is run by (管理办法, 评价细则, 验收标准, 建设指标, 管理规程), not one pilot.
_RULES_TITLE = re.compile(r"(?:办法|细则|规程|标准|指标|导则|规定|条例)(?:[((][^()()]{1,12}[))])?$")


def _in_cited_rules(text: str, position: int) -> bool:
    """Whether ``position`` lies inside the 《…》 of cited rules for a kind of pilot (按照《国家知识产权
    试点、示范城市管理办法》); a cited plan or notice may name the plan's own pilot (《郑州市创建国家食品
    安全示范城市工作方案》, 《…关于做好2021年度电子商务进农村综合示范县申报工作的通知》)."""
    opening = text.rfind("《", 0, position)
    if opening < text.rfind("》", 0, position):
        return False
    closing = text.find("》", position)
    return opening >= 0 and closing > 0 and _RULES_TITLE.search(text[opening + 1 : closing]) is not None


# The level that grants a 试验区 as a pilot: 国家生态文明试验区, 国家新一代人工智能创新发展试验区,
# 省级数字经济创新发展试验区. A 试验区 without one is a zone's own name (新疆塔城重点开发开放试验区 in a
# plan's title, 银川滨河新区(经济试验区)), as a 开发区 or 新区 is.
_GRANTED = re.compile(r"国家|全国|省级|国家级|自治区级")


def _unranked_zone(text: str, span: tuple[int, int, str], kind_start: int, kind_end: int) -> bool:
    if text[kind_start:kind_end] != "试验区":
        return False
    start = span[0]
    return not _GRANTED.search(text, max(0, start - 4), kind_end)


def _followed(text: str, kind_end: int) -> bool:
    """The kind is part of another noun (示范企业, 示范区管委会); a closing bracket does not end that noun:
    银川滨河新区(经济试验区)党工委 is the zone's party committee, its other name in brackets."""
    after = kind_end + 1 if text[kind_end : kind_end + 1] in ")）" else kind_end
    return any(text.startswith(word, after) for word in vocabulary()["follower"])


def _named_span(
    text: str, suffix_start: int, end: int, context: PlanContext, boundaries: frozenset[int]
) -> tuple[int, int, str] | None:
    """The pilot whose kind is printed at ``suffix_start:end``, when it has a name."""
    start = _name_start(text, suffix_start, context, boundaries)
    if start is None:
        return None
    while start < suffix_start and not re.match(r"[\u4e00-\u9fff\d“(]", text[start]):
        start += 1
    if start == suffix_start and text[start - 1 : start] == "、":
        return _shared_head(text, start, end)
    name = text[start:end]
    if is_named(name, context):
        return start, end, name
    if text[start - 1 : start] == "等":  # 沙盒监管、触发式监管等监管试点
        listed = _name_start(text, start - 1, context, boundaries, through_lists=True)
        if listed is not None and listed < start - 1:
            return listed, end, text[listed:end]
    return None


def _shared_head(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """商业秘密保护基地、示范园区: a kind after a list comma shares the head of the list's first item."""
    first = re.search(r"([\u4e00-\u9fff]{4,20})(?:、[\u4e00-\u9fff]{2,8})*、$", text[:start])
    if first is None:
        return None
    words = list(pipeline_words(first.group(1)))
    head = "".join(words[:-1])
    for trigger in sorted(vocabulary()["trigger"], key=len, reverse=True):
        if head.startswith(trigger):
            head = head[len(trigger) :]
    return (start, end, head + text[start:end]) if len(head) >= 2 else None


def _verb_pilots(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """在德清率先试点开展民宿服务认证: what follows 试点开展 up to the clause end is the pilot. A document's
    kind after the verb makes a noun of the two (综合试点实施方案: the scheme for a pilot), and no pilot
    runs across a title's marks."""
    found = []
    for verb in vocabulary()["verb_pilot"]:
        for m in re.finditer(re.escape(verb) + _PILOTED, text):
            found.append((m.start(), m.end(), m.group("what") + "试点", m.span("what")))
    return found


_PILOTED = r"(?!方案|意见|办法|细则|计划|规划)(?P<what>[^,,。;;:《》]{2,16})(?=[,,。;;:]|$)"


class _PilotWalk(LeftWalk):
    """A pilot's name begins after the verb that wins or runs it, at its designation level (国家, 全省)
    or a region name, or after a function word; ``through_lists`` walks through a list of pilots
    (沙盒监管、触发式监管等监管试点)."""

    longest = 30

    def __init__(
        self,
        text: str,
        head: int,
        context: PlanContext,
        boundaries: frozenset[int],
        through_lists: bool = False,
    ) -> None:
        super().__init__(text, head, context, boundaries)
        self.through_lists = through_lists

    def skip(self, ch: str, position: int) -> int | None:
        if ch == "、" and (self.through_lists or _coordinated(self.text, position, self.head, self.edges)):
            return position - 1
        return None

    def step(self, word: str, word_start: int, position: int) -> Step:
        vocab, text, edges = vocabulary(), self.text, self.edges
        if word in vocab["batch"]:  # 首批: the name begins after it, or at the level before it
            before = text[previous_edge(edges, word_start) : word_start]
            return previous_edge(edges, word_start) if before in vocab["level"] else position
        if (self.through_lists and word == "等") or (
            word == "和" and _between_levels(text, word_start, position, edges)
        ):
            return PASS
        if word in vocab["stop"] or (COUNT_WORD.fullmatch(word) and not re.fullmatch(r"\d+\.\d+", word)):
            return STOP
        if _is_trigger(word, vocab) and not (
            word in vocab["nominal_trigger"] and _empty_so_far(text, position, self.head)
        ):
            return STOP
        return TAKE

    def opens(self, word: str, position: int) -> bool:
        # a designation level opens the name (国家…, 全省…), unless it is the kind's own (…国家试点)
        if (
            word in vocabulary()["level"]
            and self.text[max(0, position - 1) : position] not in ("和", "、")
            and not _empty_so_far(self.text, position + len(word), self.head)
        ):
            return True
        return super().opens(word, position)


def _name_start(
    text: str,
    suffix_start: int,
    context: PlanContext,
    boundaries: frozenset[int],
    through_lists: bool = False,
) -> int | None:
    """Walk left word by word from the pilot's kind to where its name begins."""
    return _PilotWalk(text, suffix_start, context, boundaries, through_lists).start()


def _is_trigger(word: str, vocab: dict) -> bool:
    return word in vocab["trigger"] or any(word.endswith(t) for t in vocab["trigger"] if len(t) >= 2)


def _empty_so_far(text: str, position: int, suffix_start: int) -> bool:
    """国家社会信用体系建设示范区: a verb right before the kind is part of the name, not its start."""
    return not re.sub(r"\W", "", text[position:suffix_start])


def _between_levels(text: str, start: int, end: int, edges: list[int]) -> bool:
    """国家和省食品安全示范城市: 和 joins two designation levels inside one name."""
    levels = vocabulary()["level"]
    left = text[previous_edge(edges, start) : start]
    right = next((w for w in sorted(levels, key=len, reverse=True) if text.startswith(w, end)), None)
    return left in levels and right is not None


def _coordinated(text: str, comma_end: int, suffix_start: int, edges: list[int]) -> bool:
    """调整电梯检验、检测方式试点 / 国家级、省级标准化试点: two-character words or levels in a list."""
    levels = vocabulary()["level"]
    right_end = min([e for e in edges if e > comma_end] or [comma_end])
    right = text[comma_end:right_end]
    left = text[previous_edge(edges, comma_end - 1) : comma_end - 1]
    if left in levels and right in levels:
        return True
    short = len(left) == 2 and len(right) == 2 and NAME_CHARS.fullmatch(left + right) is not None
    return short and suffix_start - right_end <= 2 and left not in vocabulary()["suffix"]


def _regions_for(
    text: str,
    span: tuple[int, int],
    name_span: tuple[int, int],
    spans: list[tuple[int, int, str]],
    regions: list[Found],
    context: PlanContext,
) -> tuple[RegionRef, ...]:
    """No region for an outside zone; the divisions named for the pilot; else the plan's region."""
    start, end = span
    clause_start, clause_end = _clause(text, start, end)
    if _external(text, start, end, clause_start):
        return ()
    named = _named_regions(regions, clause_start, clause_end, name_span, context)
    sentence_end = _sentence_end(text, end)
    position = clause_end
    while not named and position < sentence_end:
        next_start, next_end = position + 1, _clause(text, position + 1, position + 1)[1]
        if any(next_start <= s < next_end for s, _, _ in spans):
            break
        if re.search("试点|示范", text[next_start:next_end]):
            named = _named_regions(regions, next_start, next_end, name_span, context)
        position = next_end
    if named:
        return tuple(dict.fromkeys(named))
    return (context.region,) if context.region is not None else ()


def _named_regions(
    regions: list[Found], lo: int, hi: int, name_span: tuple[int, int], context: PlanContext
) -> list[RegionRef]:
    """Divisions in ``lo:hi``; inside the pilot's own name only those below the plan's region
    (杭州营商环境创新试点城市 in a provincial plan): 浙江省商标品牌示范县区 in a city plan names a level."""
    start, end = name_span
    return [
        r.attrs["region"]
        for r in regions
        if lo <= r.start < hi and (not (start <= r.start < end) or _below(r.attrs["region"], context.region))
    ]


def _below(region: RegionRef, plan_region: RegionRef | None) -> bool:
    if plan_region is None:
        return False
    return len(region.path) > len(plan_region.path) and plan_region.code in {s.code for s in region.path}


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((text.rfind(ch, 0, start) for ch in _CLAUSE_END), default=-1) + 1
    ends = [i for ch in _CLAUSE_END if (i := text.find(ch, end)) >= 0]
    return lo, min(ends, default=len(text))


def _sentence_end(text: str, end: int) -> int:
    ends = [i for ch in _SENTENCE_END if (i := text.find(ch, end)) >= 0]
    return min(ends, default=len(text))


def _external(text: str, start: int, end: int, clause_start: int) -> bool:
    """支持长三角…示范区 / …示范区的先行市: a zone the plan's area supports or leads within, not holds."""
    vocab = vocabulary()
    if any(text[clause_start:start].endswith(word) for word in vocab["external_before"]):
        return True
    return any(text.startswith("的" + role, end) for role in vocab["external_role"])
