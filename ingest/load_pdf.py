"""Read a PDF's text layer as plain text laid out like the seeds: one paragraph per line.

The "original text" of a PDF document is exactly the string ``load_pdf`` returns for its bytes: evidence
spans point into it. It is deterministic for the same bytes (no randomness, no dependence on the
machine), so a span can always be checked again with ``load_pdf(data, path)[start:end]``.

A PDF has no paragraphs, only positioned characters, so the layout is rebuilt from geometry:

- characters are grouped into visual lines (faux-bold duplicates dropped); a space is kept where the
  PDF has one, or where a gap is too wide to be letter spacing;
- running headers and page numbers (repeated in the top or bottom band of the pages) are dropped;
- ruled tables (found by pdfplumber from their drawn lines) are flattened one cell per line, row by
  row, a cell's wrapped lines joined; a line split by two or more wide gaps is read as a row of a
  table without rules, one cell per line;
- lines are re-flowed into paragraphs: a line joins the one before it when that one was full (its
  end plus this line's first unbreakable word reaches the right margin), this one starts at the left
  margin (a Chinese paragraph's first line is indented), the spacing is an ordinary line's, the font
  size is the same, and it is not a numbered item after a finished sentence; across a page break the
  last line of one page may join the first of the next. Two lines of a large centred title are
  joined too, so a title wrapped over two lines is one line.

When a layout is ambiguous the reader joins rather than splits: a sentence cut in two hides it from
the extractors, which read one line at a time, while two paragraphs on one line lose nothing.

Scanned PDFs (no text layer), password-protected PDFs and PDFs whose fonts map glyphs to no characters
are refused with IngestError rather than read as garbage. Beyond this reader: multi-column pages (read
straight across both columns) and unruled tables whose cells wrap (their wrapped parts are not joined).
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from plangraph.ingest.errors import IngestError
from plangraph.ingest.heading_grammar import NUMBERED_LINE
from plangraph.ingest.load_text import MIN_CJK_CHARS, count_cjk
from plangraph.ingest.text_layout import is_wide, join_wrapped

Char = dict[str, Any]
# Share of characters a PDF may fail to map to Unicode before its text is refused as unreadable.
MAX_UNMAPPED_SHARE = 0.05
# Top and bottom bands of a page (share of its height) where running headers and page numbers live.
_BAND = 0.09
_PAGE_NUMBER = re.compile(
    r"^[-—–_\s·.]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[//]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–_\s·.]*$"
)
_CID = re.compile(r"^\(cid:\d+\)$")
_SENTENCE_END = set("。!?;:.!?;:")
# Line-breaking rules (kinsoku): these stay with the text after or before them.
_OPENING = set("“‘(《〈【「『〔([{\"'")
_CLOSING = set("”’)》〉】」』〕,。、;:!?…)]},.;:!?\"'%")
_PUNCTUATION = _OPENING | _CLOSING


@dataclass
class _Line:
    """One visual line (or one table cell) with the geometry re-flow needs."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    cell: bool = False
    # Width of the text that cannot be broken off the line's start (a Latin word, a number with its
    # brackets): if it would have fitted at the end of the line before, that line was not full.
    lead: float = 0.0


@dataclass
class _Page:
    height: float
    lines: list[_Line]


def looks_like_pdf(data: bytes) -> bool:
    """The PDF header; the standard lets it sit anywhere in the first kilobyte."""
    return b"%PDF-" in data[:1024]


def load_pdf(data: bytes, path: Path) -> str:
    """The text layer of a PDF, re-flowed into one paragraph per line; IngestError if unreadable."""
    if not looks_like_pdf(data):
        raise IngestError(path, "not a PDF file (no %PDF- header)")
    pages = _read_pages(data, path)
    if not any(page.lines for page in pages):
        raise IngestError(path, "PDF has no text layer (scanned?); it needs OCR first")
    text = "\n".join(_reflow(_drop_running_lines(pages)))
    unmapped = text.count("\ufffd")
    if unmapped > MAX_UNMAPPED_SHARE * len(text):
        raise IngestError(
            path, f"PDF text layer is unreadable: {unmapped} characters have no Unicode mapping in its fonts"
        )
    if (cjk := count_cjk(text)) < MIN_CJK_CHARS:
        raise IngestError(
            path, f"PDF has almost no text layer ({cjk} Chinese characters on {len(pages)} pages; scanned?)"
        )
    return text + "\n"


def _read_pages(data: bytes, path: Path) -> list[_Page]:
    """Lines and table cells of every page in reading order; library errors become IngestError."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [_read_page(page, number) for number, page in enumerate(pdf.pages)]
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise IngestError(path, "PDF is encrypted and needs a password to open") from None
        raise IngestError(path, f"damaged or unsupported PDF ({type(cause).__name__}: {cause})") from None
    except Exception as exc:  # pdfminer raises anything from KeyError to zlib.error on broken files
        raise IngestError(path, f"damaged or unsupported PDF ({type(exc).__name__}: {exc})") from None


def _read_page(page: pdfplumber.page.Page, number: int) -> _Page:
    x0, top, x1, bottom = page.bbox
    chars = [
        c
        for c in page.chars
        if c["text"] and c["x1"] > x0 and c["x0"] < x1 and c["bottom"] > top and c["top"] < bottom
    ]
    if not chars:
        return _Page(height=bottom - top, lines=[])
    blocks: list[tuple[float, list[_Line]]] = []
    in_tables: set[int] = set()
    for table in page.find_tables():
        cells = [cell for row in table.rows for cell in row.cells if cell is not None]
        if len(cells) < 2:
            continue  # a box drawn round a paragraph (专栏) is not a table
        lines: list[_Line] = []
        for cell in cells:
            inside = [c for c in chars if id(c) not in in_tables and _centre_in(c, cell)]
            in_tables.update(id(c) for c in inside)
            if line := _cell_line(inside, number):
                lines.append(line)
        if lines:
            blocks.append((table.bbox[1], lines))
    flowing = [c for c in chars if id(c) not in in_tables]
    for line_chars in _group_lines(flowing):
        blocks.extend((line.top, [line]) for line in _split_line(line_chars, number))
    blocks.sort(key=lambda block: block[0])
    return _Page(height=bottom - top, lines=[line for _, lines in blocks for line in lines])


def _centre_in(char: Char, box: Sequence[float]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _group_lines(chars: Iterable[Char]) -> list[list[Char]]:
    """Characters sharing a baseline band, each line sorted left to right, faux bold removed."""
    ordered = sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"]))
    lines: list[list[Char]] = []
    anchor = 0.0
    for char in ordered:
        middle = (char["top"] + char["bottom"]) / 2
        size = max(char["size"], 1.0)
        if lines and abs(middle - anchor) <= 0.5 * size:
            lines[-1].append(char)
        else:
            lines.append([char])
            anchor = middle
    return [_dedupe(sorted(line, key=lambda c: c["x0"])) for line in lines]


def _dedupe(line: list[Char]) -> list[Char]:
    """Faux bold draws a glyph twice, a fraction of a point apart: keep the first."""
    kept: list[Char] = []
    for char in line:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous["text"] == char["text"]
            and abs(previous["x0"] - char["x0"]) < 0.3 * max(char["size"], 1.0)
        ):
            continue
        kept.append(char)
    return kept


def _split_line(chars: list[Char], page: int) -> list[_Line]:
    """One visual line, or one line per cell when wide gaps show it is a row of an unruled table."""
    segments: list[list[Char]] = [[]]
    last_visible: Char | None = None
    for char in chars:
        if not char["text"].isspace():
            if last_visible is not None and char["x0"] - last_visible["x1"] > 2.0 * max(char["size"], 1.0):
                segments.append([])
            last_visible = char
        segments[-1].append(char)
    lines = [line for segment in segments if (line := _make_line(segment, page))]
    if len(lines) >= 3:
        for line in lines:
            line.cell = True
        return lines
    if len(lines) <= 1:
        return lines
    joined = _make_line(chars, page)
    return [joined] if joined else []


def _cell_line(chars: list[Char], page: int) -> _Line | None:
    """A table cell as one line: its wrapped lines joined the way paragraph lines are."""
    parts = [line for group in _group_lines(chars) if (line := _make_line(group, page))]
    if not parts:
        return None
    text = parts[0].text
    for line in parts[1:]:
        text = join_wrapped(text, line.text)
    cell = parts[0]
    return _Line(
        text=text,
        x0=min(p.x0 for p in parts),
        x1=max(p.x1 for p in parts),
        top=cell.top,
        bottom=parts[-1].bottom,
        size=cell.size,
        page=page,
        cell=True,
    )


def _make_line(chars: list[Char], page: int) -> _Line | None:
    """Text of one left-to-right run of characters, with spaces where the page shows them."""
    visible = [c for c in chars if not c["text"].isspace()]
    if not visible:
        return None
    pieces: list[str] = []
    previous: Char | None = None
    spaced = False
    for char in chars:
        if char["text"].isspace():
            spaced = previous is not None
            continue
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            size = max(char["size"], 1.0)
            wide = is_wide(previous["text"][-1]) and is_wide(char["text"][0])
            if spaced or gap > (1.0 if wide else 0.2) * size:
                pieces.append(" ")
        pieces.append("\ufffd" if _CID.match(char["text"]) else char["text"])
        previous = char
        spaced = False
    sizes = [c["size"] for c in visible]
    lead = _lead(visible)
    return _Line(
        text="".join(pieces).strip(),
        x0=visible[0]["x0"],
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in visible),
        bottom=max(c["bottom"] for c in visible),
        size=statistics.median(sizes),
        page=page,
        lead=lead[-1]["x1"] - lead[0]["x0"],
    )


def _lead(chars: list[Char]) -> list[Char]:
    """The line's first unbreakable run: leading punctuation, then a Latin word or number or one
    Chinese character, then the closing marks that may not start a line."""
    index = 0
    while index < len(chars) - 1 and chars[index]["text"] in _PUNCTUATION:
        index += 1
    if chars[index]["text"].isascii():
        while index + 1 < len(chars) and chars[index + 1]["text"].isascii():
            index += 1
    while index + 1 < len(chars) and chars[index + 1]["text"] in _CLOSING:
        index += 1
    return chars[: index + 1]


def _drop_running_lines(pages: list[_Page]) -> list[list[_Line]]:
    """Remove page numbers and headers/footers repeated in the page bands of most pages."""

    def in_band(line: _Line) -> bool:
        height = pages[line.page].height
        return line.top < _BAND * height or line.bottom > (1 - _BAND) * height

    def shape(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    seen_on: defaultdict[str, set[int]] = defaultdict(set)
    for page in pages:
        for line in page.lines:
            if in_band(line) and not line.cell:
                seen_on[shape(line)].add(line.page)
    repeated = {s for s, on in seen_on.items() if len(pages) >= 3 and len(on) >= max(3, len(pages) // 2)}
    kept: list[list[_Line]] = []
    for page in pages:
        body = [
            line
            for line in page.lines
            if line.cell
            or not in_band(line)
            or not (_PAGE_NUMBER.match(line.text) or shape(line) in repeated)
        ]
        kept.append(body)
    return kept


@dataclass(frozen=True)
class _Layout:
    """Where body text starts and ends on the page, and its usual line pitch and font size."""

    left: float
    right: float
    pitch: float
    size: float
    centre: float


def _layout(lines: list[_Line]) -> _Layout:
    text_lines = [line for line in lines if not line.cell] or lines
    starts = Counter(round(line.x0) for line in text_lines)
    most = max(starts.values())
    left = float(min(x for x, n in starts.items() if n >= max(2, most // 10)) if most >= 2 else min(starts))
    ends = sorted((line.x1 for line in text_lines), reverse=True)
    right = ends[min(len(ends) - 1, len(ends) // 20 + 1)] if len(ends) > 2 else ends[0]
    size = statistics.median(line.size for line in text_lines)
    pitches = [
        b.top - a.top for a, b in pairwise(text_lines) if a.page == b.page and 0 < b.top - a.top < 3 * size
    ]
    pitch = statistics.median(pitches) if pitches else 1.5 * size
    return _Layout(left=left, right=right, pitch=pitch, size=size, centre=(left + right) / 2)


def _reflow(pages: list[list[_Line]]) -> list[str]:
    """Join the visual lines a paragraph was wrapped into; every other line stays a line."""
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    layout = _layout(lines)
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _continues(previous, line, layout, pages):
            paragraphs[-1] = join_wrapped(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _continues(a: _Line, b: _Line, layout: _Layout, pages: list[list[_Line]]) -> bool:
    """Whether ``b`` is the next visual line of the paragraph ``a`` belongs to."""
    if a.cell or b.cell or abs(a.size - b.size) > 0.15 * a.size:
        return False
    if a.page == b.page:
        if b.top - a.top > layout.pitch * 1.15 + 0.1 * a.size or b.top <= a.top:
            return False
    elif not (b.page == a.page + 1 and pages[a.page][-1] is a and pages[b.page][0] is b):
        return False
    if _centred(a, layout) and _centred(b, layout) and a.size >= 1.2 * layout.size:
        return a.page == b.page  # a large title wrapped over lines
    if a.text[-1] in _SENTENCE_END and NUMBERED_LINE.match(b.text):
        return False  # a numbered item or heading after a finished sentence starts anew
    full = a.x1 + max(b.lead, a.size) >= layout.right - a.size
    at_margin = b.x0 <= layout.left + 0.8 * b.size
    return full and at_margin and a.x0 <= layout.left + 4.5 * a.size


def _centred(line: _Line, layout: _Layout) -> bool:
    middle = (line.x0 + line.x1) / 2
    return abs(middle - layout.centre) <= line.size and line.x0 > layout.left + line.size
