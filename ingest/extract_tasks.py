"""Statements inside each section: the passages cross-plan linking connects.

A section's own text (heading included) is split at sentence ends (。;!?) and line breaks; numbering
in front is dropped, and a statement must carry some content (MIN_CHARS Chinese characters).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from plangraph.ingest.heading_grammar import LEADING_NUMBERING
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import Evidence, SectionRecord, TaskRecord

MIN_CHARS = 6
_TITLED = {"chapter", "section", "heading", "subheading", "column", "appendix"}
_STATEMENT = re.compile(r"[^。;!?\n]+[。;!?]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# Sections that look back or set principles: their statements implement nothing.
REVIEW_TITLES = re.compile(
    r"现实基础|发展基础|取得的成就|发展成就|工作回顾|回顾|发展形势|面临的形势|形势|机遇与挑战|编制背景|指导思想|基本原则|发展原则"
)


def in_review(section: SectionRecord, by_path: dict[str, SectionRecord]) -> bool:
    """True when the section or one of its ancestors reviews the past or states principles."""
    current: SectionRecord | None = section
    while current is not None:
        if REVIEW_TITLES.search(current.title):
            return True
        current = by_path.get(current.parent_path) if current.parent_path else None
    return False


def extract_tasks(source: str, body: NormalisedText, sections: tuple[SectionRecord, ...]) -> list[TaskRecord]:
    """Statements of every section, in document order."""
    tasks: list[TaskRecord] = []
    by_path = {s.path: s for s in sections}
    for section in sections:
        review = in_review(section, by_path)
        start = bisect_left(body.origin, section.evidence.start)
        end = bisect_left(body.origin, section.evidence.end)
        # A chapter's or heading's title is a label, not a statement; an item's, bullet's or point's
        # title (1.提升审批监管服务水平, ——依托浙食链…) is the first statement of the measure.
        heading_end = bisect_left(body.origin, section.heading.end) if section.kind in _TITLED else start
        for m in _STATEMENT.finditer(body.text, start, end):
            s, e = m.start(), m.end()
            if e <= heading_end + 1:
                continue
            lead = LEADING_NUMBERING.match(body.text, s, e)
            if lead:
                s = lead.end()
            text = body.text[s:e].strip()
            if len(_CJK.findall(text)) < MIN_CHARS:
                continue
            o_start, o_end, quote = body.quote(s, e)
            tasks.append(
                TaskRecord(
                    section=section.order,
                    order=len(tasks),
                    text=re.sub(r"\s+", "", text),
                    evidence=Evidence(source, o_start, o_end, quote, "task"),
                    review=review,
                )
            )
    return tasks
