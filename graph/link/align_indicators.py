"""Which indicators of a child plan measure the same thing as an indicator of its parent, and whether
the child's target keeps up with the parent's.

Names are compared by character TF-IDF (indicator names are short and differ by scope words such as
全市/全省); units must agree where both are printed. A child target is flagged ``looser`` when it asks
for less than the parent on a rate or intensity (%, 率, 满意度, 每万人 …) — comparing absolute counts of
a city and a province says nothing — and ``opposite`` when it bounds the other way (以上 vs 低于).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

NAME_THRESHOLD = 0.6
METHOD = "tfidf-char1-2-name"
_UPPER = re.compile(r"^[≤<]|低于|不超过|不高于|以下|以内|控制在")
_LOWER = re.compile(r"^[≥>]|以上|突破|超过|不少于|不低于|至少")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_INTENSIVE = re.compile(r"率|比例|比重|占比|满意度|每万|万人|万台|人均|指数|覆盖")
_SCOPE = re.compile(r"^(?:全省|全市|全区|全县|我省|我市|全国|省级|市级)")


@dataclass(frozen=True)
class IndicatorInfo:
    id: str
    name: str
    unit: str | None
    baseline: str | None
    target: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list, compare=False, hash=False)


@dataclass(frozen=True)
class IndicatorLink:
    child: IndicatorInfo
    parent: IndicatorInfo
    score: float
    flag: str | None


def bound(target: str | None) -> str | None:
    """upper (≤, 低于 …), lower (≥, 以上 …) or None for an exact target."""
    if not target:
        return None
    if _UPPER.search(target):
        return "upper"
    if _LOWER.search(target):
        return "lower"
    return None


def number(value: str | None) -> float | None:
    m = _NUMBER.search(value or "")
    return float(m.group()) if m else None


def compare(child: IndicatorInfo, parent: IndicatorInfo) -> str | None:
    """``opposite``, ``looser`` or None (as strict as the parent, or not comparable)."""
    c_bound, p_bound = bound(child.target), bound(parent.target)
    if c_bound and p_bound and c_bound != p_bound:
        return "opposite"
    c_trend, p_trend = _trend(child), _trend(parent)
    if c_trend and p_trend and c_trend != p_trend:
        return "opposite"
    intensive = (child.unit == "%" or _INTENSIVE.search(child.name)) and (
        parent.unit == "%" or _INTENSIVE.search(parent.name)
    )
    c_value, p_value = number(child.target), number(parent.target)
    if not intensive or c_value is None or p_value is None:
        return None
    higher_is_better = (p_bound or c_bound or p_trend or "lower") != "upper" and p_trend != "down"
    looser = c_value < p_value if higher_is_better else c_value > p_value
    return "looser" if looser else None


def _trend(indicator: IndicatorInfo) -> str | None:
    base, target = number(indicator.baseline), number(indicator.target)
    if base is None or target is None or base == target:
        return None
    return "up" if target > base else "down"


def align_indicators(child: Sequence[IndicatorInfo], parent: Sequence[IndicatorInfo]) -> list[IndicatorLink]:
    """Each child indicator with the parent indicator whose name it matches best, if close enough."""
    if not child or not parent:
        return []
    names = [_SCOPE.sub("", i.name) for i in [*child, *parent]]
    matrix = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True).fit_transform(names)
    scores = np.asarray((matrix[: len(child)] @ matrix[len(child) :].T).todense())
    links = []
    for row, indicator in enumerate(child):
        best = int(np.argmax(scores[row]))
        other = parent[best]
        if scores[row, best] < NAME_THRESHOLD:
            continue
        if indicator.unit and other.unit and indicator.unit != other.unit:
            continue
        links.append(
            IndicatorLink(
                indicator, other, round(float(min(scores[row, best], 1.0)), 3), compare(indicator, other)
            )
        )
    return links
