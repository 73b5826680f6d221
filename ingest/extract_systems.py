"""Named digital systems, platforms, apps, codes and traceability chains a plan builds or relies on.

A system name ends in a suffix (系统, 平台, 在线, 集成应用, 驾驶舱, 数据中心, 链, 码 …; see
patterns/systems.jsonl) and starts after the verb that builds or uses it (建设, 依托, 迭代升级 …), a
function word, a list comma or the start of the line. Names are then judged (ingest/system_names.py):
a name needs something specific before its suffix, so 信息系统 or 服务平台 alone are kinds of
systems, not systems.

One system is printed in many spellings across a plan, so a mention's canonical name is decided for the
whole plan at once (``PlanContext.text``): every spelling in the plan is found, spellings are grouped by
their keys, and each group's most used spelling names the node; the others become its aliases.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from plangraph.ingest.entities import Found, PlanContext
from plangraph.ingest.extract_regions import place_at
from plangraph.ingest.heading_grammar import COLUMN_TITLE, NUMBERING_ONLY
from plangraph.ingest.name_walk import (
    COUNT_WORD,
    NAME_CHARS,
    STOP,
    TAKE,
    LeftWalk,
    Lines,
    Step,
    bare,
    plan_reading,
    previous_edge,
)
from plangraph.ingest.system_names import (
    Verdict,
    display_form,
    judge,
    judge_quoted_brand,
    keys_of,
    merge_spellings,
    plain_form,
    provincial_app,
    strip_scope,
    suffix_of,
    vocabulary,
)
from plangraph.ingest.text_patterns import NUMBERED_SLOGAN_OPENS

_QUOTED_LIST = re.compile(r"”(?P<items>(?:[\u4e00-\u9fff]{2}、)+)$")
_KEEP_NUMBER = re.compile(r"\d{3,}|\d+\.\d+")
# A run of quoted names, side by side or joined by a list word (“浙冷链”“浙食链”“浙江外卖在线”).
_QUOTED_RUN = re.compile(r"(?:“[^“”]{2,12}”[、和及与]?)+")
_QUOTED_ITEM = re.compile(r"“(?P<name>[^“”]{2,12})”")
# 等10大应用 / 等重点应用: a count after a list (等 10 大, 等两项) and what the listed names are said to be
_LIST_COUNT = re.compile(r"^等(?:\d+|[一二三四五六七八九十两]+)?[个大项类]?")
# A cue word that begins a place instead (“…”开发区): the quoted name is the zone's, not an app's.
_PLACE_AFTER = re.compile(r"开发[区园]")
_LISTED_AS_SOFTWARE = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:应用|系统|平台|APP|App)")  # (重点)应用


@dataclass(frozen=True)
class Spelling:
    """One printed system name in a line: its span, the name without scope words, and a bracketed brand."""

    start: int
    end: int
    name: str
    brand: str | None
    heading: bool
    cued: bool = False  # the words around speak of it as software (强化绿融通功能)
    brand_only: bool = False  # a quoted brand without a suffix, spoken of as software (“浙里办”)


def find_systems(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    """System mentions in one passage; ``name`` is the canonical name that merges spellings.

    The passage's spellings come from the plan-wide pass over ``context.text`` (which segments every
    line as the pipeline does), so that every spelling of one system in the plan carries the same name;
    a passage outside that text is read on its own with ``boundaries``.
    """
    plan = plan_reading("System", text, context, boundaries, read_plan_systems)
    found = []
    for spelling in plan.spellings[text]:
        cluster = plan.cluster_of(spelling)
        if cluster is None:
            continue
        name, aliases = cluster
        surface = text[spelling.start : spelling.end]
        found.append(Found("System", spelling.start, spelling.end, name, surface, {"aliases": aliases}))
    return found


class PlanSystems:
    """Every system spelling in one plan, grouped into systems with a name and aliases each."""

    def __init__(self, context: PlanContext, lines: Lines) -> None:
        self.context = context
        self.spellings = {line: spellings_in(line, context, edges) for line, edges in lines}
        every = [s for found in self.spellings.values() for s in found]
        self.verdicts = {s: self._judge(s) for s in every}
        brands = {_quoted_text(s.name) for s in every if self.verdicts[s].alone} - {None}
        for line in self.spellings:
            for s in _known_brands(line, brands, self.spellings[line]):
                self.spellings[line].append(s)
                self.verdicts[s] = self._judge(s)
                every.append(s)
        self.keys = {s: self._keys(s) for s in every}
        joining = [s for s in every if self.verdicts[s].joins]
        cluster_of_key = merge_spellings([self.keys[s] for s in joining])
        members: dict[int, list[Spelling]] = defaultdict(list)
        for s in joining:
            members[cluster_of_key[self.keys[s][0]]].append(s)
        self.cluster_number = {s: cluster_of_key[self.keys[s][0]] for s in joining}
        self.clusters = {
            number: _name_and_aliases(group, self.keys)
            for number, group in members.items()
            if any(self.verdicts[s].alone for s in group)
        }

    def _judge(self, s: Spelling) -> Verdict:
        if s.brand_only:
            return judge_quoted_brand(s.name)
        form = plain_form(s.name)
        if provincial_app(form):
            return judge_quoted_brand(form)  # “浙政钉”平台: the app, named before a generic word
        return judge(form, self.context, heading=s.heading, quoted="“" in s.name or s.cued)

    def _keys(self, spelling: Spelling) -> tuple[str, ...]:
        keys = keys_of(spelling.name, display_form(spelling.name), self.context)
        if spelling.brand:
            keys += ("brand:" + bare(spelling.brand),)
        return keys

    def cluster_of(self, spelling: Spelling) -> tuple[str, tuple[str, ...]] | None:
        number = self.cluster_number.get(spelling)
        return self.clusters.get(number) if number is not None else None


def _name_and_aliases(
    group: list[Spelling], keys: dict[Spelling, tuple[str, ...]]
) -> tuple[str, tuple[str, ...]]:
    """The most used spelling names the system (then a heading's, then the longest key's)."""
    forms = Counter(display_form(s.name) for s in group)
    headed = {display_form(s.name) for s in group if s.heading}
    key_length = {display_form(s.name): len(keys[s][0]) for s in group}
    name = max(forms, key=lambda f: (forms[f], f in headed, key_length[f], len(f), f))
    aliases = {display_form(s.name) for s in group} | {bare(s.brand) for s in group if s.brand}
    aliases |= {bare(s.name) for s in group}
    return name, tuple(sorted(aliases - {name}))


def read_plan_systems(context: PlanContext, lines: Lines) -> PlanSystems:
    """The document step: every system of the plan read once, from its lines."""
    return PlanSystems(context, lines)


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    forms = sorted(vocabulary()["suffix"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


def spellings_in(text: str, context: PlanContext, boundaries: frozenset[int]) -> list[Spelling]:
    """Every printed system name in one line, before judging whether it is specific."""
    vocab = vocabulary()
    if COLUMN_TITLE.match(text):
        return []  # 专栏6-1 市场监管重点数字化应用: the title of a list, not a name
    found: list[Spelling] = []
    covered = 0
    for m in _suffix_pattern().finditer(text):
        suffix_start, end = m.span()
        if suffix_start < covered or not _name_ends(text, m.group(), end, boundaries):
            continue
        start = _name_start(text, suffix_start, context, boundaries)
        if start is None or start >= suffix_start:
            continue
        start = _own_quote(text, start, suffix_start)
        if text[start - 1 : start] == "【" and text.startswith("】", end):
            continue  # 【法宝引证码】CLI.1.304262: the label of a field in a page's metadata block
        if _inside_quoted_phrase(text, start, end):
            continue  # “四张清单一张网”: a name does not begin inside a quoted phrase
        cued = _cued(text, start, end) or _quoted_alone(text, start, end)
        if m.group() in vocab["suffix:weak"] and suffix_start not in boundaries and not cued:
            continue  # 融通, 产业链: the segmenter reads the suffix inside a word
        name_end = end
        end, brand = _bracket_after(text, end, context)
        if brand is None:
            name_end = end
        if text[start:name_end].count("“") > text[start:name_end].count("”") and text.startswith("”", end):
            end += 1  # “两库一平台”: the mention quotes the closing mark too
        name = strip_scope(text[start:name_end])
        start = name_end - len(name)
        heading = NUMBERING_ONLY.fullmatch(text[:start]) is not None and text[end : end + 1] == "。"
        if found and found[-1].start == start and found[-1].end == suffix_start:
            found.pop()  # “鄂冷链”平台: the brand and its generic tail are one mention
        found.append(Spelling(start, end, name, brand, heading, cued))
        covered = end
    return found + _quoted_brands(text, found)


def _own_quote(text: str, start: int, suffix_start: int) -> int:
    """“浙冷链”“浙食链”: when the suffix sits inside a quoted name that follows other quoted names,
    the name begins at its own opening mark, not at the first name of the list."""
    opening = text.rfind("“", start + 1, suffix_start)
    if opening < 0 or "”" in text[opening:suffix_start] or text[opening - 1] not in "”、和及与":
        return start
    return opening


def _inside_quoted_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` begins inside a short quoted phrase that holds it (“四张清单一张网”):
    the walk stopped at a word inside the quotation, so what it found is part of a slogan or a
    longer quoted name, not a name of its own. A quoted sentence (with punctuation) does not count."""
    opening = text.rfind("“", max(0, start - 12), max(0, start - 1))
    if opening < 0 or "”" in text[opening:start]:
        return False  # no quotation open, or the name begins right at it (“浙江公平在线”)
    closing = text.find("”", start)
    return closing >= end and NAME_CHARS.fullmatch(text[opening + 1 : closing]) is not None


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """“浙冷链”: a short name set in quote marks on its own is marked as a brand by the writer."""
    return text.startswith("“", start) and text.startswith("”", end)


def _quoted_text(name: str) -> str | None:
    """浙冷链 for “浙冷链” or “浙冷链: the brand a spelling prints in quote marks alone."""
    m = re.fullmatch(r"“([^“”]{2,12})”?", name)
    return m.group(1) if m else None


def _known_brands(text: str, brands: set[str], found: list[Spelling]) -> list[Spelling]:
    """“浙冷链”将…汇集, 构建了“浙冷链”、…: once a quoted brand is a system somewhere in the plan,
    its other quoted mentions are that system too, whatever words stand around them."""
    taken = [(s.start, s.end) for s in found]
    return [
        Spelling(m.start(), m.end(), m.group(), None, False, True, True)
        for m in _QUOTED_ITEM.finditer(text)
        if m.group("name") in brands and not any(s < m.end() and m.start() < e for s, e in taken)
    ]


def _quoted_brands(text: str, found: list[Spelling]) -> list[Spelling]:
    """Quoted names without a system suffix that the words around speak of as software: 上线“浙冷链”
    “浙食链”“浙江外卖在线”等10大应用, “浙政钉”开发…微应用, 迭代更新“浙冷链”. A cue before or after a
    run of quoted names holds for every name in the run."""
    vocab = vocabulary()
    taken = [(s.start, s.end) for s in found]
    brands = []
    for run in _QUOTED_RUN.finditer(text):
        run_start, run_end = run.start(), run.end() - (text[run.end() - 1] in "、和及与")
        after = text[run_end:]
        listed_as = _LIST_COUNT.sub("", after) if after.startswith("等") else None
        if (listed_as if listed_as is not None else after).startswith(tuple(vocab["not_software_after"])):
            continue
        cued = (
            text[:run_start].endswith(tuple(vocab["cue_before"]))
            or (after.startswith(tuple(vocab["cue_after"])) and not _PLACE_AFTER.match(after))
            or (listed_as is not None and _LISTED_AS_SOFTWARE.match(listed_as) is not None)
        )
        for item in _QUOTED_ITEM.finditer(text, run_start, run_end):
            if not (cued or provincial_app(item.group("name"))):
                continue
            if any(s < item.end() and item.start() < e for s, e in taken):
                continue
            if not NAME_CHARS.fullmatch(item.group("name")) or suffix_of(item.group("name")):
                continue  # a quoted name with a suffix is read by the suffix walk
            if NUMBERED_SLOGAN_OPENS.match(item.group()):
                continue  # “四预”功能: a numbered slogan (预报、预警、预演、预案), no software
            brands.append(Spelling(item.start(), item.end(), item.group(), None, False, True, True))
    return brands


def _cued(text: str, start: int, end: int) -> bool:
    """The verbs before a name or the words after it speak of it as software."""
    vocab = vocabulary()
    return text.startswith(tuple(vocab["cue_after"]), end) or text[:start].endswith(
        tuple(vocab["cue_before"])
    )


@lru_cache(maxsize=1)
def _followers() -> tuple[str, ...]:
    """Words that, right after a suffix, make it a modifier; a suffix followed by another one too."""
    return tuple(vocabulary()["follower"] | vocabulary()["suffix"])


def _name_ends(text: str, suffix: str, end: int, boundaries: frozenset[int]) -> bool:
    """The suffix closes the name: no word follows that makes it a modifier (平台经济, 系统性, 全链条)."""
    vocab = vocabulary()
    after = text[end:]
    if after.startswith(_followers()):
        return False
    if suffix in vocab["suffix:weak"] and end not in boundaries and end < len(text):
        return False
    if suffix in vocab["closed_suffix"] and re.match(r"[\u4e00-\u9fff]", after):
        return False
    if suffix == "名录":
        return any(after.startswith(word) for word in vocab["directory_cue"])
    return True


def _bracket_after(text: str, end: int, context: PlanContext) -> tuple[int, str | None]:
    """国家企业信用信息公示系统(甘肃): a region in brackets is part of the name; 疫苗…追溯监管系统(浙苗链):
    a brand in brackets is the system's other name. Either way the brackets join the mention."""
    if not text.startswith("(", end):
        return end, None
    close = text.find(")", end, end + 12)
    inner = text[end + 1 : close] if close > 0 else ""
    if not inner or not NAME_CHARS.fullmatch(inner):
        return end, None
    hit = place_at(inner, 0, context, None)
    if hit is not None and hit[1] == len(inner):
        return close + 1, None
    if 2 <= len(inner) <= 8 and (suffix_of(inner) or inner[0] in vocabulary()["brand_province"]):
        return close + 1, inner
    return end, None


class _SystemWalk(LeftWalk):
    """A system's name begins after a verb, a function word or a scope word, or at a region name."""

    longest = 24
    bracket_ignore = "“” "

    def skip(self, ch: str, position: int) -> int | None:
        text = self.text
        if ch == " " and position >= 2 and text[position - 2].isdigit():
            return position - 1  # 12315 平台
        if ch == "、":
            return _quoted_list(text, position, self.head)  # “两品一械”检查、监管、执法智慧系统
        return None

    def step(self, word: str, word_start: int, position: int) -> Step:
        if _ends_name(word, self.text, word_start, self.edges, vocabulary()):
            return STOP
        if COUNT_WORD.fullmatch(word) and not _KEEP_NUMBER.fullmatch(word):
            return STOP
        return TAKE


def _name_start(text: str, suffix_start: int, context: PlanContext, boundaries: frozenset[int]) -> int | None:
    """Walk left word by word from the suffix to where the name begins; None when no beginning is found."""
    return _SystemWalk(text, suffix_start, context, boundaries).start()


def _quoted_list(text: str, comma_end: int, suffix_start: int) -> int | None:
    """Where a list of two-character words led by a quoted brand starts, when one ends at ``comma_end``."""
    listed = _QUOTED_LIST.search(text, 0, comma_end)
    if listed is None or suffix_start - comma_end > 4:
        return None
    items = listed.group("items").split("、")
    if any(item in vocabulary()["suffix"] or item in vocabulary()["stop"] for item in items):
        return None
    return listed.start() + 1


@lru_cache(maxsize=1)
def _long_triggers() -> tuple[str, ...]:
    """Triggers of two or more characters: a word ending in one ends a name too."""
    return tuple(trigger for trigger in vocabulary()["trigger"] if len(trigger) >= 2)


def _ends_name(word: str, text: str, word_start: int, edges: list[int], vocab: dict) -> bool:
    """A verb, a function word or a scope word left of the name ends it."""
    if word in vocab["stop"] or word in vocab["trigger"] or word in vocab["scope"]:
        return True
    if word.endswith(_long_triggers()):
        return True
    if word in vocab["ambiguous_trigger"]:
        before = text[previous_edge(edges, word_start) : word_start]
        if before[-1:] in ("”", ")"):
            return False  # a quoted brand before it: 质量基础设施“一站式”服务平台
        return not before or before in vocab["trigger"] or not NAME_CHARS.fullmatch(before)
    return False
