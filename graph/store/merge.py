"""How several documents' contributions become one node or edge.

The rule is order-free, so ingesting 湖州 before 浙江 or after gives the same graph: contributions from
other documents first (sorted by file), then the thing's own document(s); later values win, and a
missing value (None) never erases a known one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from plangraph.graph.model import Contribution, EvidenceDict, Label, Props

# Every Plan carries these keys in the export contract, stubs included (as null).
PLAN_FIELDS = ("title", "level", "region", "issuer", "published", "doc_number", "period", "source")


def merge_props(contributions: Mapping[str, Contribution], label: Label | None = None) -> Props:
    if len(contributions) == 1 and label != Label.PLAN:  # most nodes and edges: what the rule gives
        (only,) = contributions.values()
        return dict(only.props)
    ordered = sorted(contributions.items(), key=lambda item: (item[1].primary, item[0]))
    merged: Props = dict.fromkeys(PLAN_FIELDS) if label == Label.PLAN else {}
    for _, contribution in ordered:
        for key, value in contribution.props.items():
            if key == "aliases" and merged.get(key):
                merged[key] = sorted({*merged[key], *(value or [])})
            elif value is not None or key not in merged:
                merged[key] = value
    if label == Label.PLAN:
        own = sorted(doc for doc, c in contributions.items() if c.primary)
        merged["source"] = None if not own else own[0] if len(own) == 1 else own
        if not own:
            merged["title"] = _most_cited_title(ordered, merged.get("title"))
    return merged


def merge_evidence(contributions: Mapping[str, Contribution]) -> list[EvidenceDict]:
    if len(contributions) == 1:
        (only,) = contributions.values()
        if len(only.evidence) <= 1:  # nothing to drop or order
            return list(only.evidence)
    seen: set[tuple[Any, ...]] = set()
    out: list[EvidenceDict] = []
    for _, contribution in sorted(contributions.items()):
        for ev in contribution.evidence:
            key = (ev["source"], ev["start"], ev["end"], ev.get("field"))
            if key not in seen:
                seen.add(key)
                out.append(ev)
    out.sort(key=lambda ev: (ev["source"], ev["start"], ev["end"], ev.get("field") or ""))
    return out


def _most_cited_title(ordered: list[tuple[str, Contribution]], fallback: Any) -> Any:
    """A plan nobody ingested is known only by how others cite it, and one outline is cited as 二〇三五,
    二○三五 and 2035 alike (one key, one node): the spelling most documents use is the one a reader of
    any of them is likeliest to recognise, where the last file name would be an accident of naming. Between
    as many documents, the spelling cited more often wins, then the one written with the numeral 〇
    rather than a look-alike (○ a circle, O a letter, 0 a digit) that typing put in its place, then the
    fuller one (…第十四个五年规划和二〇三五年远景目标纲要 over …第十四个五年规划纲要): the official title
    is the long one, a citation shortens it."""
    votes: dict[str, list[int]] = {}
    for _, contribution in ordered:
        title = contribution.props.get("title")
        if title:
            vote = votes.setdefault(title, [0, 0])
            vote[0] += 1
            vote[1] += len(contribution.evidence)
    if not votes:
        return fallback

    def weight(title: str) -> tuple[int, int, bool, int]:
        documents, mentions = votes[title]
        return documents, mentions, not _LOOKALIKE_ZERO.search(title), len(title)

    best = max(weight(t) for t in votes)
    if fallback in votes and weight(fallback) == best:  # a full tie keeps the order-free rule above
        return fallback
    return max((weight(t), t) for t in votes)[1]


# A zero in a year spelt in Chinese numerals by a look-alike of 〇 (二○三五, 二O三五, 二0三五).
_LOOKALIKE_ZERO = re.compile(r"[一二三四五六七八九〇][○O0０Ｏ]|[○O0０Ｏ][一二三四五六七八九〇]")
