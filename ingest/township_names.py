"""Township-level divisions (街道, 镇, 乡) a county's plan enumerates: 包括东城街道、西城街道、光武镇….

The division table stops at the county, and a bare 某某镇 is as often a kind of town (重点镇, 特色小镇)
as a name. What makes a township certain is the grammar of the enumeration a county's plan gives of its
own area (规划范围…辖3个街道、12个镇和3个乡,包括…): three or more names, each two to four characters
before its suffix, joined by 、/和/及, opening right after 包括/辖/含 or a colon, and mostly no common
words. Each one lies in the plan's own county or district, which is the only place the plan can
mean; in a plan of any other level a township cannot be placed and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangraph.ingest.entities import Found, PlanContext
from plangraph.ingest.records import RegionRef, RegionStep
from plangraph.ingest.segment import is_common_word

_SUFFIX = r"(?:街道|镇|乡)"
_NAME = rf"[\u4e00-\u9fff]{{2,4}}?{_SUFFIX}"
_LIST = re.compile(
    rf"(?:(?<=包括)|(?<=[辖含:：]))(?P<list>{_NAME}(?:[、和及]{_NAME}){{2,}})"
    # two named one by one: 县城临近的两个乡镇,分别是临溪镇、瀛洲镇
    rf"|(?<=分别是|分别为)(?P<pair>{_NAME}(?:[、和及]{_NAME})+)"
)
_PREFIXED_NAME = rf"(?:(?![和与及的之型])[\u4e00-\u9fff]){{2,3}}?{_SUFFIX}"
_ITEM = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{2,4}}?){_SUFFIX}")
_JOIN = re.compile(r"[、和及]")


def find_townships(text: str, context: PlanContext) -> list[Found]:
    """Townships of the plan's own county or district listed in ``text``, or printed after its name."""
    county = context.region
    if county is None or county.level not in ("county", "district"):
        return []
    found: list[Found] = []
    lists = [(m.start(), m.end()) for m in _LIST.finditer(text)]
    # one printed after its county's name, which places it (永昌县南坝乡, 利辛县张村镇人民政府); not a
    # word that goes on (…县新型城镇化, …县住房和城乡建设局)
    prefixed = re.compile(rf"{re.escape(county.name)}(?P<item>{_PREFIXED_NAME})(?![化])")
    lists += [(m.start("item"), m.end()) for m in prefixed.finditer(text)]
    for list_start, list_end in sorted(lists):
        items = list(_items(text, list_start, list_end))
        common = sum(is_common_word(text[start:stem_end]) for start, stem_end, _ in items)
        if common * 3 > len(items):
            continue  # 重点镇、中心镇、特色小镇: kinds of towns, not names
        for start, _, end in items:
            name = text[start:end]
            ref = RegionRef(
                code=f"{county.code}-{name}",
                name=name,
                level="township",
                path=(*county.path, RegionStep(f"{county.code}-{name}", name, "township")),
            )
            found.append(Found("Region", start, end, name, name, {"region": ref, "short": False}))
    return found


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(start, end of stem, end) of each name in the list ``text[start:end]``."""
    position = start
    while position < end:
        m = _ITEM.match(text, position)
        if m is None or m.end() > end:
            return
        yield m.start(), m.end("stem"), m.end()
        joiner = _JOIN.match(text, m.end())
        position = joiner.end() if joiner else end
