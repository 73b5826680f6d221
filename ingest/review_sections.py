"""The review of the past: the section a plan opens with (现实基础, “十三五”时期取得的成就, 规划背景 …).

What a plan says about the previous period is no target and implements nothing: prose targets skip it,
and its statements are not aligned with other plans. One rule says where it is, for both readers:
a heading whose title looks back (its words, or an earlier five-year period named in it) opens a
review zone when no goal heading came before it; the zone ends at the next heading of the same or a
higher rank that does not look back. A table of contents repeated before the body does not count as
the goals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plangraph.ingest.heading_grammar import ranked_heading
from plangraph.ingest.text_layout import Line
from plangraph.ingest.text_patterns import CN_DIGITS

LOOKS_BACK = re.compile(r"基础|成就|成绩|成效|回顾|现状|背景|发展环境|形势|机遇|挑战|进展|总结")
_GOAL = re.compile(r"指导思想|目标|原则|任务|举措|措施")
# A five-year period named in the text: “十三五”期间, 较十二五末, 比“十三五”时期.
_PERIOD = re.compile(r"(?P<cmp>[比较])?“?十(?P<n>[一二三四五六七八九])五”?(?P<suf>期间|时期|以来|末)?")


def past_period(text: str, end_year: int | None, named: bool = False) -> bool:
    """An earlier five-year period as a time (“十三五”期间, 十二五末) dates a past fact; comparing a
    target with the period just before (比“十三五”时期增加5%) does not. ``named``: any mention counts."""
    if end_year is None:
        return False
    current = (end_year - 4 - 1966) // 5 + 3
    for m in _PERIOD.finditer(text):
        ordinal = 10 + CN_DIGITS[m.group("n")]
        if ordinal >= current or not (m.group("suf") or named):
            continue
        if m.group("cmp") and ordinal == current - 1:
            continue
        return True
    return False


def looks_back(title: str, end_year: int | None) -> bool:
    """A heading title about the previous period or the situation the plan starts from."""
    return bool(LOOKS_BACK.search(title)) or past_period(title, end_year, named=True)


def review_flags(lines: Iterable[Line], end_year: int | None) -> list[tuple[Line, bool]]:
    """Each line with whether it lies in the review of the past (its heading line included)."""
    flags: list[tuple[Line, bool]] = []
    zone: int | None = None
    seen_goal = False
    goal_above: int | None = None  # the rank of a goal heading with nothing after it yet
    titles: set[str] = set()
    for line in lines:
        heading = ranked_heading(line.text)
        if heading is not None:
            rank, title = heading
            review = looks_back(title, end_year)
            if review and title in titles:
                seen_goal = False  # the body repeats its table of contents: this is the real review
            titles.add(title)
            if zone is not None and rank <= zone and not review:
                zone = None
            # a chapter named for the goals may open on the review (第一章 指导思想和发展目标 / 第一节
            # 发展基础和面临形势 / 一、发展基础 / 十一五时期…): the heading right under it still looks back
            opens_chapter = goal_above is not None and rank >= goal_above
            if zone is None and (not seen_goal or opens_chapter) and review:
                zone = rank
            goal_above = rank if _GOAL.search(title) and not review else None
            seen_goal = seen_goal or bool(_GOAL.search(title))
        elif line.text.strip():
            goal_above = None
        flags.append((line, zone is not None))
    return flags
