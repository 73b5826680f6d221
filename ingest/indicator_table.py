"""Indicator tables as web scrapes leave them: one cell per line, blank lines between.

The scrape loses the grid, so a row has to be recognised from the cells themselves: a header block
(指标名称, 2020年, 2025年, 属性 …) opens a table; a text cell followed by a value or a nature is a
row's name; text cells that are not followed by one are a category split over lines (营商/环境/指数);
a bare integer before a name is a row number. Empty cells vanish in the scrape, so a row may print
fewer values than the header has columns. The note under the table (注:带*指标为累加值, 〔〕内为累计数)
says which marks make a value cumulative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plangraph.ingest.indicator_values import (
    AMOUNT_IN_BRACKETS,
    NATURE,
    VALUE_CELL,
    clean_name,
    indicator_evidence,
    split_unit,
)
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import IndicatorRecord
from plangraph.ingest.text_layout import Line, lines_of

_YEAR = r"(?:19|20)\d{2}"
_HEADER_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a mid-term review's columns: what is done so far (2022年完成值) and how it stands (进展情况)
    (
        "progress",
        re.compile(
            rf"(?:截至|截止){_YEAR}年?(?:上半年|底|末)?(?:实际)?(?:完成值|完成情况|完成数)?"
            rf"|(?:{_YEAR}年?(?:上半年|底|末)?)?(?:实际)?(?:完成值|完成情况|完成数|已完成|目前完成(?:值|情况)?"
            r"|完成进度|进展情况|进度|进展|实现值|实现情况|执行情况|中期评估(?:情况|结果)?|评估结果|是否达到预期)"
            r"(?:\([^()]{1,8}\))?"
        ),
    ),
    ("category", re.compile(r"一级指标|类别|类型|分类|领域|方面|维度|板块")),
    ("name", re.compile(r"[二三]级指标|指标(?:名称|内容|项目)?|名称|项目")),
    ("number", re.compile(r"序号|编号")),
    ("unit", re.compile(r"(?:计量|指标)?单位")),
    ("nature", re.compile(r"(?:指标)?(?:属性|性质)")),
    ("note", re.compile(r"备注|说明")),
    (
        "value",
        re.compile(
            rf"(?:{_YEAR}年?(?:末|底)?(?:基期|基准|现状|目标|预期|规划|实际)?值?|“?十[一二三四五六七八九]五”?(?:目标|末)值?"
            r"|基期值|基准值|现状值|目标值|预期值|规划目标值?|年均增长率?|〔?累计〕?|五年累计)"
            r"(?:\([^()]{1,8}\))?"
        ),
    ),
)
_END = re.compile(r"^(?:注|备注|说明|资料来源|数据来源)\s*[::\d]|[。;;]")
_ROW_NUMBER = re.compile(r"(?P<n>\d{1,3})[.、]?")
# A row number the scrape left in the name cell ("3 商标有效注册量", "3.商标…"), not "12315投诉…".
_ROW_NUMBER_PREFIX = re.compile(r"^\d{1,3}(?:[.、]\s*|\s+)(?=[\u4e00-\u9fff])")
_MAX_FRAGMENTS = 5
# How a table note names each mark: 带*指标, 〔 〕内, ( )内, [ ]内.
_MARKS = (("*", r"\*"), ("〔", "〔"), ("(", r"\("), ("[", r"[\[【]"))
_MAX_TEXT_VALUE = 12


@dataclass(frozen=True)
class _Column:
    role: str
    year: int | None
    kind: str | None  # baseline | target | other, for value columns


@dataclass
class _Row:
    start: int
    end: int
    name: str
    unit: str | None
    category: str | None
    values: list[str] = field(default_factory=list)
    nature: str | None = None
    closed: bool = False


@dataclass(frozen=True)
class IndicatorTable:
    """One table read from the text; ``start``/``end`` span it in the normalised text, so that
    prose reading can leave its cells alone."""

    start: int
    end: int
    rows: tuple[IndicatorRecord, ...]


def read_indicator_tables(
    source: str, nt: NormalisedText, default_target_year: int | None
) -> list[IndicatorTable]:
    """Every indicator table in the document; ``default_target_year`` serves a header without years."""
    lines = list(lines_of(nt.text))
    tables: list[IndicatorTable] = []
    index = 0
    while index < len(lines):
        header_start, header_end = index, _header_block_end(lines, index)
        columns = [_column(clean_name(line.text)) for line in lines[header_start:header_end]]
        if header_end - header_start >= 3 and _is_indicator_header(columns):
            rows, end, index = _read_rows(source, nt, lines, header_end, columns, default_target_year)
            if rows:
                tables.append(IndicatorTable(lines[header_start].start, end, rows))
        else:
            index += 1
    return tables


def _header_role(text: str) -> str | None:
    for role, pattern in _HEADER_ROLES:
        if pattern.fullmatch(text):
            return role
    return None


def _header_block_end(lines: list[Line], start: int) -> int:
    end = start
    while end < len(lines) and _header_role(clean_name(lines[end].text)):
        end += 1
    return end


def _column(text: str) -> _Column:
    role = _header_role(text) or "note"
    year = re.match(_YEAR, text)
    return _Column(role, int(year.group()) if year else None, None)


def _is_indicator_header(columns: list[_Column]) -> bool:
    """A name (or category) column and a value column with or without a year: any layout, the
    five-year table (2020年 | 2025年 | 属性) as much as a mid-term review (2020年 | 2025年目标 |
    2022年完成值 | 进展情况)."""
    roles = [c.role for c in columns]
    return ("name" in roles or roles.count("category") >= 2) and "value" in roles


def _value_columns(columns: list[_Column], default_target_year: int | None) -> list[_Column]:
    """Value columns tagged baseline / target: the latest year is the target, earlier years are
    baselines, a column without a year (年均增长) is neither; without any year, 基期值 then 目标值.
    A review's progress columns hold values too, but neither a baseline nor the target."""
    if any(c.role == "progress" for c in columns):
        targets = _value_columns([c for c in columns if c.role == "value"], default_target_year)
        kinds = iter(targets)
        return [
            next(kinds) if c.role == "value" else _Column("value", c.year, "other")
            for c in columns
            if c.role in ("value", "progress")
        ]
    values = [c for c in columns if c.role == "value"]
    years = [c.year for c in values if c.year is not None]
    if not years:
        kinds = ["baseline", "target"] if len(values) >= 2 else ["target"]
        kinds += ["other"] * (len(values) - len(kinds))
        return [_Column("value", default_target_year if kind == "target" else None, kind) for kind in kinds]
    latest = max(years)
    return [
        _Column(
            "value",
            c.year,
            "other" if c.year is None else ("target" if c.year == latest else "baseline"),
        )
        for c in values
    ]


@dataclass
class _Reading:
    """The state of one pass over a table's cells."""

    cells: list[Line]
    roles: set[str]
    value_slots: int
    notes_after_nature: bool
    rows: list[_Row] = field(default_factory=list)
    pending: list[Line] = field(default_factory=list)
    category: str | None = None
    last_number: int | None = None

    @property
    def open_row(self) -> _Row | None:
        row = self.rows[-1] if self.rows else None
        return row if row is not None and not row.closed else None

    def kind(self, index: int) -> str:
        if index >= len(self.cells):
            return "end"
        return _cell_kind(clean_name(self.cells[index].text))

    def is_row_number(self, index: int) -> bool:
        """A bare integer before a name cell, where no value is due, is the row's number."""
        text = clean_name(self.cells[index].text)
        match = _ROW_NUMBER.fullmatch(text)
        if match is None or self.kind(index + 1) != "text":
            return False
        row = self.open_row
        if row is None or len(row.values) >= self.value_slots:
            return True
        expected = self.last_number + 1 if self.last_number is not None else len(self.rows) + 1
        return int(match.group("n")) == expected

    def starts_row(self, index: int) -> bool:
        """A text cell is a name when a value or a nature follows it (possibly after a unit cell)."""
        following = self.kind(index + 1)
        if following == "nature" or (following == "value" and not self.is_row_number(index + 1)):
            return True
        if "unit" in self.roles and following == "text" and _looks_like_unit(self.cells[index + 1].text):
            return self.kind(index + 2) in ("value", "nature")
        return False

    def is_note(self, index: int) -> bool:
        """Text right after a row's nature, in a table with a 备注 column after 属性, is a remark
        when a new row follows it (a category would be followed by more fragments)."""
        if not self.notes_after_nature or index == 0 or self.kind(index - 1) != "nature":
            return False
        if self.kind(index) != "text":
            return False
        following = index + 1
        return self.kind(following) == "end" or self.is_row_number(following) or self.starts_row(following)

    def is_text_value(self, index: int) -> bool:
        """A qualitative value (持续提升) sits in an open row of a table whose rows end with a nature."""
        row = self.open_row
        text = clean_name(self.cells[index].text)
        if row is None or len(text) > _MAX_TEXT_VALUE or "(" in text:
            return False
        if "progress" in self.roles and len(row.values) < self.value_slots:
            # 滞后, 达到预期: how a row stands at the review
            return self.kind(index + 1) == "nature" or not self.starts_row(index)
        if not {"nature", "note"} & self.roles:
            return False
        return self.kind(index + 1) == "nature" or (
            self.kind(index + 1) == "value" and not self.is_row_number(index + 1)
        )


def _cell_kind(text: str) -> str:
    if _END.search(text) or len(text) > 60:
        return "end"
    if NATURE.fullmatch(text):
        return "nature"
    if VALUE_CELL.fullmatch(text):
        return "value"
    if _header_role(text):
        return "header"
    return "text"


def _looks_like_unit(text: str) -> bool:
    cleaned = clean_name(text)
    return len(cleaned) <= 6 and split_unit(f"x({cleaned})")[1] is not None


def _read_rows(
    source: str,
    nt: NormalisedText,
    lines: list[Line],
    first: int,
    columns: list[_Column],
    default_target_year: int | None,
) -> tuple[tuple[IndicatorRecord, ...], int, int]:
    """The rows after a header block: the records, where the last row ends, and the next line."""
    value_columns = _value_columns(columns, default_target_year)
    roles = [c.role for c in columns]
    notes_after_nature = "nature" in roles and "note" in roles[roles.index("nature") :]
    reading = _Reading(lines[first:], set(roles), max(len(value_columns), 1), notes_after_nature)
    index = 0
    while index < len(reading.cells):
        cell = reading.cells[index]
        text = clean_name(cell.text)
        kind = reading.kind(index)
        if kind == "end" or (kind == "header" and _header_block_end(reading.cells, index) - index >= 3):
            break  # the text goes on, or the next table begins
        row = reading.open_row
        if kind == "header" or reading.is_note(index):
            pass  # a remark (累计, 国家考核指标) in the 备注 column
        elif kind == "nature":
            if row is not None:
                row.nature = NATURE.fullmatch(text).group("nature")  # type: ignore[union-attr]
                row.end, row.closed = cell.end, True
        elif kind == "value":
            if reading.is_row_number(index):
                reading.last_number = int(_ROW_NUMBER.fullmatch(text).group("n"))  # type: ignore[union-attr]
                if row is not None:
                    row.closed = True
            elif row is not None:
                row.values.append(text)
                row.end = cell.end
        elif row is not None and row.unit is None and not row.values and _looks_like_unit(text):
            row.unit = clean_name(text)
            row.end = cell.end
        elif reading.is_text_value(index):
            row.values.append(text)  # type: ignore[union-attr]
            row.end = cell.end  # type: ignore[union-attr]
        elif reading.starts_row(index):
            if row is not None:
                row.closed = True
            reading.rows.append(_new_row(reading, cell))
        else:
            reading.pending.append(cell)
            if len(reading.pending) > _MAX_FRAGMENTS:
                break
        index += 1
    reading.rows = [
        r for r in reading.rows if (r.values or r.nature) and not AMOUNT_IN_BRACKETS.search(r.name)
    ]
    cumulative_marks = _cumulative_marks(lines[first + index : first + index + 3])
    records = tuple(_record(source, nt, row, value_columns, cumulative_marks) for row in reading.rows)
    end = max((r.end for r in reading.rows), default=lines[first - 1].end)
    return records, end, max(first + index, first)


def _new_row(reading: _Reading, cell: Line) -> _Row:
    """Fragments before a name are the category when the table has a category column, else the
    first lines of a name the scrape wrapped."""
    number = _ROW_NUMBER_PREFIX.match(cell.text)
    start = cell.start + (number.end() if number else 0)
    text = clean_name(cell.text[number.end() :] if number else cell.text)
    if reading.pending:
        joined = "".join(clean_name(p.text) for p in reading.pending)
        if "category" in reading.roles:
            reading.category = joined
        else:
            text, start = joined + text, reading.pending[0].start
        reading.pending = []
    name, unit = split_unit(text)
    return _Row(start=start, end=cell.end, name=name, unit=unit, category=reading.category)


def _cumulative_marks(note_lines: list[Line]) -> set[str]:
    """Marks the note under the table declares cumulative; 〔〕 is the national convention."""
    marks = {"〔"}
    for line in note_lines:
        text = clean_name(line.text)
        if not re.match(r"(?:注|备注|说明)", text):
            continue
        for clause in re.split(r"[,;。,;]", text):
            found = {mark for mark, pattern in _MARKS if re.search(pattern, clause)}
            if re.search(r"累计|累加|累积", clause):
                marks |= found
            else:
                marks -= found
    return marks


def _record(
    source: str,
    nt: NormalisedText,
    row: _Row,
    columns: list[_Column],
    cumulative_marks: set[str],
) -> IndicatorRecord:
    printed = [value.rstrip("*").strip() for value in row.values]
    cumulative = any(_marks_of(value) & cumulative_marks for value in row.values)
    baseline: str | None = None
    target: str | None = None
    baseline_year: int | None = None
    target_year = next((c.year for c in columns if c.kind == "target"), None)
    if len(printed) == 1:
        target = printed[0]
    elif len(printed) > len(columns):
        baseline, target = printed[0], printed[-1]
        baseline_year = next((c.year for c in columns if c.kind == "baseline"), None)
    else:
        for value, column in zip(printed, columns, strict=False):
            if column.kind == "baseline" and baseline is None:
                baseline, baseline_year = value, column.year
            elif column.kind == "target":
                target, target_year = value, column.year
    return IndicatorRecord(
        name=row.name,
        unit=row.unit,
        baseline=baseline,
        target=target,
        nature=row.nature,
        category=row.category,
        cumulative=cumulative,
        baseline_year=baseline_year,
        target_year=target_year,
        kind="table",
        evidence=indicator_evidence(source, nt, row.start, row.end),
    )


def _marks_of(value: str) -> set[str]:
    marks = set()
    if value.endswith("*"):
        marks.add("*")
    if value[:1] in "〔[【(":
        marks.add({"【": "[", "[": "[", "〔": "〔", "(": "("}[value[0]])
    return marks
