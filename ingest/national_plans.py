"""The national five-year outlines, known by their official titles whatever spelling cites them.

Local plans cite the national outline by short names (国家“十四五”规划纲要, 国家十三五规划) or with its
year in Chinese numerals (…和二○三五年远景目标纲要). Their official titles are public record, kept in
patterns/national_plan_short_names.jsonl; every citation of one of them becomes that one Plan, shown
under its official title rather than whichever spelling was ingested last.
"""

from __future__ import annotations

import re
from functools import cache

from plangraph.ingest.entities import load_patterns
from plangraph.ingest.plan_title_key import plan_title_key
from plangraph.ingest.text_patterns import cn_number

# The national outline by its short name: 国家“十四五”规划纲要, 国家十三五规划 …
_NATIONAL_OUTLINE = re.compile(
    r"^(?:国家|我国|全国)(?:“?十(?P<n>[一二三四五六七八九])五”?|第十(?P<m>[一二三四五六七八九])个五年)"
    r"(?:规划纲要|规划|规划和2035年远景目标纲要|规划和二〇三五年远景目标纲要)$"
)


@cache
def _national_outlines() -> dict[int, str]:
    """The official titles of the national five-year outlines (public record), by cycle."""
    return {row["cycle"]: row["title"] for row in load_patterns("national_plan_short_names.jsonl")}


@cache
def _official_by_key() -> dict[str, str]:
    return {plan_title_key(title): title for title in _national_outlines().values()}


def full_title(title: str) -> str:
    """A national outline is shown under its official title, whether cited by its short name
    (国家“十四五”规划纲要) or in another spelling (…和二○三五年远景目标纲要); other titles as printed."""
    if m := _NATIONAL_OUTLINE.match(title):
        cycle = 10 + (cn_number(m.group("n") or m.group("m")) or 0)
        return _national_outlines().get(cycle, title)
    return _official_by_key().get(plan_title_key(title), title)
