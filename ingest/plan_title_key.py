"""The one identity of a plan title: every spelling of one plan gives the same key.

A plan is cited in many spellings: traditional or variant script, full- or half-width, with 《》,
“”, 「」 or no quote marks at all, its long-range year as 2035, 二〇三五, 二○三五, 二O三五 or 二0三五,
its period with an em dash or a hyphen. A division's development outline is also cited by its short
name (湖州市“十四五”规划纲要, 市十四五规划 once the level word is resolved) and with or without its
long-range vision (…第十四个五年规划和二〇三五年远景目标纲要): one key for all of them. Stub merging
(graph.keys.plan_id) and the parent finder's duplicate check both key plans here, so they can never disagree.

A county's or district's title that names no division (质量强县建设实施方案, 深化“放管服”改革优化营商环境
2021年重点任务分工方案) is shared by the plans of many divisions, a district's often the very title of its
city's: such a plan is one per division (``placeless_division``), not one per title.
"""

from __future__ import annotations

import re

from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.normalise import fold_text, to_simplified
from plangraph.ingest.records import RegionRef
from plangraph.ingest.text_patterns import DRAFT_STAGE

# Quote marks and brackets of every form a title is printed with; none of them names another plan.
_MARKS = re.compile(r"[\s《》〈〉<>“”‘’\"'`「」『』【】〖〗]")
# A year written digit by digit in Chinese numerals; 〇 also appears as ○ (a circle), O or 0.
_CN_YEAR = re.compile(r"(?<![\d〇○OoО0零一二三四五六七八九十])[一二][〇○OoО0零一二三四五六七八九]{3}(?=年)")
_DIGIT = {**dict.fromkeys("〇○OoО0零", "0"), **{ch: str(i) for i, ch in enumerate("一二三四五六七八九", 1)}}
# An en dash, em dash, minus or tilde between two years is one range.
_RANGE = re.compile(r"(?<=\d)\s*[-‐‑‒–—―−~～至到]+\s*(?=\d)")
# A draft is the plan it becomes: a trailing (征求意见稿), (草案), (送审稿) is no part of its identity.
_DRAFT = re.compile(rf"\({DRAFT_STAGE}\)$")
# A division's five-year development outline, by its short or its full name (after the folds above).
# The short name may keep the vision (江西“十四五”规划和二〇三五年远景目标纲要) and the division its short
# name (江西 for 江西省), which the key spells in full.
_OUTLINE = re.compile(
    r"^(?P<division>[^\d]{1,20}?)"
    r"(?:十(?P<short>[一二三四五六七八九])五规划(?:和\d{4}年远景目标)?(?:纲要)?"
    r"|国民经济和社会发展第十(?P<full>[一二三四五六七八九])个五年规划(?:和\d{4}年远景目标)?纲要)$"
)
_LEVEL_END = re.compile(r"[省市区县州旗盟]$")


def arabic_year(match: re.Match[str]) -> str:
    return "".join(_DIGIT[ch] for ch in match.group())


def plan_title_key(title: str) -> str:
    """Simplified, width-folded, without marks or spaces or a draft mark, years in Arabic digits,
    ranges with '-'."""
    text = fold_text(to_simplified(title))
    text = _MARKS.sub("", text)
    text = _CN_YEAR.sub(arabic_year, text)
    text = _RANGE.sub("-", text)
    text = _DRAFT.sub("", text)
    if (m := _OUTLINE.match(text)) and (division := _outline_division(m.group("division"))):
        cycle = m.group("short") or m.group("full")
        return f"{division}国民经济和社会发展第十{cycle}个五年规划纲要"
    return text


def _outline_division(printed: str) -> str | None:
    """The division an outline's title opens on: as printed when it ends in its level word, else the
    division a short name names whole (江西 → 江西省); None for no division."""
    if _LEVEL_END.search(printed):
        return printed
    lead = gazetteer().leading_region(printed)
    return lead[0].name if lead is not None and lead[2] == len(printed) else None


def names_division(title: str) -> bool:
    """Whether a title names a division anywhere in it (湖州市…, …关于…黄石港区…)."""
    folded = to_simplified(title)
    return any(gazetteer().match_at(folded, i) for i in range(len(folded)))


def placeless_division(title: str, region: RegionRef | None) -> str | None:
    """The code of the county or district whose plan this is, when its title names no division: many
    counties bear one title (质量强县建设实施方案), and a district's may be its city's very title. A city's
    or a province's plan is cited by that title alone by the plans below it, so its title stays its
    key; so does a title that names its division, a national plan's and one nothing places."""
    if region is None or region.level not in {"district", "county"} or names_division(title):
        return None
    return region.code
