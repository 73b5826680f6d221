"""The one identity of a plan title: every spelling of one plan gives the same key.

A plan is cited in many spellings: traditional or variant script, full- or half-width, with 《》,
“”, 「」 or no quote marks at all, its long-range year as 2035, 二〇三五, 二○三五, 二O三五 or 二0三五,
its period with an em dash or a hyphen. Stub merging (graph.keys.plan_id) and the parent finder's
duplicate check both key plans here, so they can never disagree.
"""

from __future__ import annotations

import re

from plangraph.ingest.normalise import fold_text, to_simplified

# Quote marks and brackets of every form a title is printed with; none of them names another plan.
_MARKS = re.compile(r"[\s《》〈〉<>“”‘’\"'`「」『』【】〖〗]")
# A year written digit by digit in Chinese numerals; 〇 also appears as ○ (a circle), O or 0.
_CN_YEAR = re.compile(r"(?<![\d〇○OoО0零一二三四五六七八九十])[一二][〇○OoО0零一二三四五六七八九]{3}(?=年)")
_DIGIT = {**dict.fromkeys("〇○OoО0零", "0"), **{ch: str(i) for i, ch in enumerate("一二三四五六七八九", 1)}}
# An en dash, em dash, minus or tilde between two years is one range.
_RANGE = re.compile(r"(?<=\d)\s*[-‐‑‒–—―−~～至到]+\s*(?=\d)")


def arabic_year(match: re.Match[str]) -> str:
    return "".join(_DIGIT[ch] for ch in match.group())


def plan_title_key(title: str) -> str:
    """Simplified, width-folded, without marks or spaces, years in Arabic digits, ranges with '-'."""
    text = fold_text(to_simplified(title))
    text = _MARKS.sub("", text)
    text = _CN_YEAR.sub(arabic_year, text)
    return _RANGE.sub("-", text)
