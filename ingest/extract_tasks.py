"""Statements inside each section: the passages cross-plan linking connects.

A section's own text (heading included) is split at sentence ends (。;!?) and line breaks; numbering
in front is dropped, and a statement must carry some content (MIN_CHARS Chinese characters).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from plangraph.ingest.heading_grammar import LEADING_NUMBERING
from plangraph.ingest.indicator_values import plan_end_year
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import Evidence, SectionRecord, TaskRecord
from plangraph.ingest.review_sections import review_flags
from plangraph.ingest.text_layout import lines_of

MIN_CHARS = 6
_TITLED = {"chapter", "section", "heading", "subheading", "column", "appendix"}
_STATEMENT = re.compile(r"[^。;!?\n]+[。;!?]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# Sections that set principles: their statements implement nothing either.
PRINCIPLE_TITLES = re.compile(r"指导思想|基本原则|发展原则")


def in_review(
    section: SectionRecord, by_path: dict[str, SectionRecord], review_starts: frozenset[int]
) -> bool:
    """True when the section lies in the review of the past (``review_starts``: original offsets of
    the lines review_sections puts there) or it or one of its ancestors states principles."""
    current: SectionRecord | None = section
    while current is not None:
        if current.heading.start in review_starts or PRINCIPLE_TITLES.search(current.title):
            return True
        current = by_path.get(current.parent_path) if current.parent_path else None
    return False


def extract_tasks(source: str, body: NormalisedText, sections: tuple[SectionRecord, ...]) -> list[TaskRecord]:
    """Statements of every section, in document order."""
    tasks: list[TaskRecord] = []
    by_path = {s.path: s for s in sections}
    flags = review_flags(lines_of(body.text), plan_end_year(body))
    review_starts = frozenset(body.origin[line.start] for line, flagged in flags if flagged)
    for section in sections:
        review = in_review(section, by_path, review_starts)
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
