"""The heading grammar of a plan: the markers that number its levels, and what a heading line is.

Plans number their levels with a small, well-known family of markers: 第一章 / 第一部分 / 第一篇,
第一节, 一、, (一), 专栏1, 1. / 1、, (1) / 1), bullets (——, ●), 附件1, and 一是 / 二要 inside a
paragraph. Every extractor that needs to know where a heading is — the outline, the preamble's end,
the numbering in front of a statement, the review section of the prose targets, PDF re-flow, a
column's title — asks this module, so the grammar is written once.

Text here is normalised (ingest/normalise.py): full-width parentheses and digits are ASCII.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Chinese numerals a heading number is written in.
CN = "一二三四五六七八九十百零〇"
_CN_TEN = "一二三四五六七八九十"

# (kind, rank, pattern): a marker ranks above every marker with a higher rank; group "n" is the
# number as printed, the match end is where the heading text starts.
MARKERS: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    ("appendix", 0, re.compile(r"^(?P<n>附件\s*\d*)\s*[::]?\s*")),
    ("chapter", 0, re.compile(rf"^第(?P<n>[{CN}\d]+)(?:章|部分|篇)\s*")),
    ("section", 1, re.compile(rf"^第(?P<n>[{CN}\d]+)节\s*")),
    ("heading", 2, re.compile(rf"^(?P<n>[{CN}]{{1,3}}|)、\s*")),
    ("subheading", 3, re.compile(rf"^[(]?(?P<n>[{CN}]{{1,3}})[)]\s*")),
    ("column", 3.5, re.compile(r"^专栏\s*(?P<n>\d+(?:\s*[-—–]\s*\d+)?)\s*")),
    ("item", 4, re.compile(r"^(?P<n>\d{1,2})\s*[.、．](?!\d)\s*")),
    ("subitem", 5, re.compile(r"^[(]?(?P<n>\d{1,2})[)]\s*")),
    ("bullet", 6, re.compile(r"^(?P<n>——|—|●|■|◆|▲)\s*")),
)
# What may follow a marker for the line to be a heading: a word, a quote, a bracket or a number.
_HEADING_TEXT = re.compile(r"[\u4e00-\u9fff“《(0-9A-Za-z]")
# 一是 / 二要 run inside a paragraph: points of one measure, when a few characters follow.
POINT = re.compile(rf"(?P<n>[{CN}]{{1,2}})(?P<s>是|要)(?=[^,。;]{{2}})")
TITLE_MAX = 60


class Marker(NamedTuple):
    kind: str
    rank: float
    number: str  # as printed, spaces removed
    text_at: int  # where the heading text starts in the line


def classify(line: str) -> Marker | None:
    """The marker a line starts with, or None for a line that is not a heading.

    A marker must be followed by heading text (三、 alone, 1.5% or (注) are not headings); a
    subheading whose opening parenthesis was lost ("三)落实要素保障") needs at least two characters.
    """
    for kind, rank, pattern in MARKERS:
        m = pattern.match(line)
        if m is None:
            continue
        rest = line[m.end() :]
        if not rest or not _HEADING_TEXT.match(rest):
            continue
        number = re.sub(r"\s+", "", m.group("n"))
        if kind == "subheading" and not line.startswith("(") and len(rest) < 2:
            continue
        return Marker(kind, rank, number, m.end())
    return None


def heading_title(text: str) -> str:
    """A heading's title from the text after its marker: up to its first full stop, or before an
    inline 一是 list, trimmed."""
    cut = len(text)
    for stop in ("。", ";"):
        if (i := text.find(stop)) > 0:
            cut = min(cut, i)
    if (m := POINT.search(text)) and m.start() > 4 and m.group("n") == "一":
        cut = min(cut, m.start())
    title = text[:cut].strip().rstrip(",:、")
    return title[:TITLE_MAX]


_BODY_MARKERS = tuple(pattern for kind, _, pattern in MARKERS if kind in ("chapter", "section", "heading"))


# A first part that holds the preamble rather than the plan's matter: 第一章 总则 (a mineral resources or
# spatial plan opens so: 依据《…》…编制本规划 under it), 一、前言.
_PREAMBLE_PART = re.compile(r"\s*(?:总\s*则|前\s*言|序\s*言|导\s*言|引\s*言)\s*$")


def _opens_body(line: str) -> bool:
    """A numbered chapter, section or 一、 marker, even when the scrape put its title on the next line;
    not a first part named for the preamble it holds (第一章 总则)."""
    for pattern in _BODY_MARKERS:
        if (m := pattern.match(line)) is not None and m.group("n"):
            return not (m.group("n") in ("一", "1") and _PREAMBLE_PART.fullmatch(line[m.end() :]))
    return False


def body_heading_start(text: str, start: int, end: int) -> int | None:
    """Where the plan's body starts: the first line at or after ``start`` and before ``end`` that is
    a numbered chapter, section or 一、 heading. The preamble is what comes before it."""
    position = text.rfind("\n", 0, start) + 1 if start else 0
    if position < start:
        position = text.find("\n", start) + 1 or len(text)
    while position < end:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if _opens_body(line.lstrip(" \t")):
            return position
        position = line_end + 1
    return None


# A table of contents: its 目录 line, then the headings it lists, one short line each.
_CONTENTS = re.compile(r"\s*目\s*录\s*[::]?\s*")
_CONTENTS_ENTRY_MAX = 40


def contents_line(text: str, start: int, end: int) -> int | None:
    """Where a 目录 line starts between ``start`` and ``end``: a plan printed in full after its issuing
    notice lists its contents there, and its preamble follows the contents, not the notice."""
    position = text.rfind("\n", 0, start) + 1 if start else 0
    while position < end:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        if _CONTENTS.fullmatch(text[position:line_end]):
            return position
        position = line_end + 1
    return None


def after_contents(text: str, start: int, end: int) -> int:
    """Where the text resumes after a table of contents that opens the document at ``start`` (a 目录
    line before any sentence, then its short entry lines), or ``start`` when there is none. The entries
    are headings, so read as the body the first of them would close the preamble before it begins;
    the text resumes at the first line that is a sentence (the preamble, or the body's first paragraph
    under the repeated headings)."""
    position = text.rfind("\n", 0, start) + 1 if start else 0
    in_contents = False
    while position < end:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        sentence = len(line) > _CONTENTS_ENTRY_MAX or "。" in line
        if _CONTENTS.fullmatch(line):
            in_contents = True
        elif sentence:
            return position if in_contents else start
        position = line_end + 1
    return start


def contents_spans(text: str) -> list[tuple[int, int]]:
    """Each table of contents in ``text``: from its 目录 line to where the text resumes after its
    entries (``after_contents``). Its entries repeat the headings with page numbers (…能力提升14), and
    read as the body they would be headings, targets and names twice over."""
    spans = []
    position = 0
    while (found := contents_line(text, position, len(text))) is not None:
        resume = after_contents(text, found, len(text))
        if resume <= found:  # no sentence after it: the page ends in its contents
            resume = len(text)
        spans.append((found, resume))
        position = resume
    return spans


# Numbering and bullets in front of a statement are structure, not content.
LEADING_NUMBERING = re.compile(
    rf"(?:[\s——•·、,]|第[{_CN_TEN}]+[章节]|[{_CN_TEN}]+[、)]|[(][{_CN_TEN}\d]+[)]"
    r"|\d{1,2}[.、)](?!\d)|专栏\s*\d+(?:-\d+)?|附件\s*\d*[::]?)+"
)

# A line that starts a numbered paragraph, in a PDF's visual lines (full-width forms not yet folded).
NUMBERED_LINE = re.compile(
    rf"^(?:[{_CN_TEN}]+、|[((][{_CN_TEN}\d]{{1,3}}[))]|\d{{1,3}}[.、.](?!\d)"
    r"|第[一二三四五六七八九十百]+[章节条部分篇])"
)

# The title of a 专栏 box, and a run of numbering alone before a name.
COLUMN_TITLE = re.compile(rf"专栏\s*[\d{_CN_TEN}]")
NUMBERING_ONLY = re.compile(rf"[\s\d{_CN_TEN}()、.—-]*")

# How the prose-target reader ranks headings: chapters and sections, 一、, (一), then numbered items.
_PROSE_RANK = {"chapter": 0, "section": 0, "heading": 1, "subheading": 2, "item": 3, "subitem": 3}


def ranked_heading(text: str) -> tuple[int, str] | None:
    """Rank and title of a heading line, or of a heading run into its paragraph ("(一)发展基础。…");
    a long line whose marker is followed by a sentence is a paragraph, not a heading. A page may indent
    its headings as its paragraphs (  第一节 发展基础和面临形势)."""
    text = text.lstrip(" \t")
    marker = classify(text)
    if marker is None or marker.kind not in _PROSE_RANK:
        return None
    rest = text[marker.text_at :]
    title = rest.split("。", 1)[0]
    if len(text) > 40 and (len(title) > 20 or len(title) == len(rest)):
        return None
    return _PROSE_RANK[marker.kind], title
