"""The structure of a plan: chapters, numbered headings, 专栏 boxes and the numbered measures in them.

Plans number their levels with a small, well-known family of markers (第一章, 一、, (一), 1., 1), ——,
一是 …), read by ingest/heading_grammar.py. Each marker type has a rank; a heading closes every open
unit of equal or lower rank and opens under the nearest one above it. Scraping damage is repaired where
the intent is clear: a lost number ("、主要目标" after "一、"), a lost parenthesis ("三)落实要素保障"),
a heading run into its paragraph ("…审批服务再升级一是…"), and a list that restarts at 一 under a
short heading of the same marker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plangraph.ingest.heading_grammar import POINT, classify, heading_title
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import Evidence, SectionRecord
from plangraph.ingest.text_layout import lines_of
from plangraph.ingest.text_patterns import cn_number

PARAGRAPH_RANK = 8
MIN_PARAGRAPH = 20


@dataclass
class _Unit:
    kind: str
    rank: float
    number: str
    title: str
    start: int  # normalised offset of the heading line
    heading_end: int
    own_end: int  # end of the unit's own text (before its first child)
    parent: _Unit | None
    order: int = 0
    children: list[_Unit] = field(default_factory=list)
    value: int | None = None  # the number's value, for restart and gap repair

    def path(self) -> str:
        prefix = self.parent.path() if self.parent else ""
        return prefix + self.label()

    def label(self) -> str:
        if self.kind == "chapter":
            return f"第{self.number}章"
        if self.kind == "section":
            return f"第{self.number}节"
        if self.kind == "heading":
            return f"{self.number}、"
        if self.kind in ("subheading", "subitem"):
            return f"({self.number})"
        if self.kind == "item":
            return f"{self.number}."
        if self.kind == "column":
            return f"【专栏{self.number}】"
        if self.kind == "appendix":
            return self.number
        if self.kind == "point":
            return self.number
        return f"[{self.number}]"  # bullets and paragraphs: their position among siblings

    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth() + 1


def extract_structure(source: str, nt: NormalisedText, body_start: int = 0) -> list[SectionRecord]:
    """Sections in document order. ``body_start`` skips the header (title, notice, preamble)."""
    text = nt.text
    units: list[_Unit] = []
    stack: list[_Unit] = []
    paragraphs: dict[int, list[tuple[int, int]]] = {}
    for line in lines_of(text):
        if line.start < body_start:
            continue
        marker = classify(line.text)
        if marker is None:
            if stack:
                stack[-1].own_end = line.end if not stack[-1].children else stack[-1].own_end
                if len(line.text) >= MIN_PARAGRAPH and not stack[-1].children:
                    paragraphs.setdefault(id(stack[-1]), []).append((line.start, line.end))
            continue
        kind, rank, number, text_at = marker
        value = cn_number(number) if number and not number.startswith("附件") else None
        if kind == "bullet":
            number = ""
        anchor = _list_anchor(stack, kind, value)
        if anchor is not None:
            # The next number of a list goes beside its previous item, wherever the scrape put it.
            while stack and stack[-1] is not anchor:
                stack.pop()
            rank = max(rank, anchor.rank + 0.01)
        while stack and stack[-1].rank >= rank:
            closed = stack.pop()
            if closed.rank == rank and _restarts(closed, value, kind):
                stack.append(closed)  # 一、 under a short 四、: a nested list, not a new top level
                rank = closed.rank + 0.25
                break
        parent = stack[-1] if stack else None
        siblings = parent.children if parent else [u for u in units if u.parent is None]
        if kind == "heading" and not number:
            previous = next((s for s in reversed(siblings) if s.kind == "heading" and s.value), None)
            value = (previous.value + 1) if previous and previous.value else 1
            number = _cn_numeral(value)
        heading_text = line.text[text_at:]
        unit = _Unit(
            kind=kind,
            rank=rank,
            number=number,
            title=heading_title(heading_text),
            start=line.start,
            heading_end=line.start + text_at + len(heading_title(heading_text)),
            own_end=line.end,
            parent=parent,
            value=value,
        )
        if kind == "bullet":
            unit.number = str(sum(1 for s in siblings if s.kind == "bullet") + 1)
        if parent is not None:
            if not parent.children:
                parent.own_end = min(parent.own_end, line.start)
            parent.children.append(unit)
        units.append(unit)
        stack.append(unit)
        _split_points(unit, line.text, line.start, text_at, units)
    _add_paragraphs(text, units, paragraphs)
    return _records(source, nt, units)


def _list_anchor(stack: list[_Unit], kind: str, value: int | None) -> _Unit | None:
    """The open unit whose last child of this marker kind is numbered one less than ``value``."""
    if not value or value < 2:
        return None
    for unit in reversed(stack):
        previous = next((c for c in reversed(unit.children) if c.kind == kind), None)
        if previous is not None and previous.value == value - 1:
            return unit
    return None


def _restarts(previous: _Unit, value: int | None, kind: str) -> bool:
    """A same-marker list that starts again at 一 right after 四、 (with no children of its own) is
    nested in it: numbering never restarts among siblings."""
    return previous.kind == kind and value == 1 and (previous.value or 0) > 1 and not previous.children


def _split_points(unit: _Unit, line: str, line_start: int, text_at: int, units: list[_Unit]) -> None:
    """一是…二是…三是 inside one paragraph become points, each a passage of its own."""
    matches = [m for m in POINT.finditer(line, text_at) if cn_number(m.group("n"))]
    values = [cn_number(m.group("n")) for m in matches]
    if len(matches) < 2 or values[:2] != [1, 2]:
        return
    kept = [matches[0]]
    for m, v in zip(matches[1:], values[1:], strict=True):
        if v == cn_number(kept[-1].group("n")) + 1:
            kept.append(m)
    unit.own_end = line_start + kept[0].start()
    for index, m in enumerate(kept):
        end = kept[index + 1].start() if index + 1 < len(kept) else len(line)
        body = line[m.end() : end]
        point = _Unit(
            kind="point",
            rank=7,
            number=m.group("n") + m.group("s"),
            title=heading_title(body),
            start=line_start + m.start(),
            heading_end=line_start + m.end() + len(heading_title(body)),
            own_end=line_start + end,
            parent=unit,
            value=cn_number(m.group("n")),
        )
        unit.children.append(point)
        units.append(point)


def _add_paragraphs(text: str, units: list[_Unit], paragraphs: dict[int, list[tuple[int, int]]]) -> None:
    """Unnumbered paragraphs right under a heading are its measures, one passage each, when there are
    several of them (a single paragraph is just the heading's own text). Short lines after a paragraph
    (table cells, captions) stay with it, so every line of the unit's text belongs to some passage."""
    for unit in list(units):
        spans = paragraphs.get(id(unit), [])
        if len(spans) < 2:
            continue
        text_end = unit.own_end
        unit.own_end = max(unit.heading_end, spans[0][0] - 1)
        for index, (start, _) in enumerate(spans, start=1):
            end = spans[index][0] - 1 if index < len(spans) else text_end
            title = heading_title(text[start:end])
            child = _Unit(
                "paragraph", PARAGRAPH_RANK, str(index), title, start, start + len(title), end, unit
            )
            unit.children.append(child)
            units.append(child)


def _records(source: str, nt: NormalisedText, units: list[_Unit]) -> list[SectionRecord]:
    units.sort(key=lambda u: (u.start, u.rank))
    records = []
    for order, unit in enumerate(units):
        unit.order = order
        h_start, h_end, h_text = nt.quote(unit.start, max(unit.heading_end, unit.start + 1))
        o_start, o_end, o_text = nt.quote(unit.start, max(unit.own_end, unit.heading_end, unit.start + 1))
        title = unit.title or heading_title(nt.text[unit.start : unit.own_end])
        records.append(
            SectionRecord(
                path=unit.path(),
                number=unit.number,
                title=title,
                kind=unit.kind,
                depth=unit.depth(),
                order=order,
                parent_path=unit.parent.path() if unit.parent else None,
                heading=Evidence(source, h_start, h_end, h_text, "heading"),
                evidence=Evidence(source, o_start, o_end, o_text, "section"),
            )
        )
    return records


def _cn_numeral(value: int) -> str:
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def chapters(sections: list[SectionRecord]) -> list[SectionRecord]:
    """The top level of a plan's structure, what a reader calls its chapters."""
    return [s for s in sections if s.depth == 0]
