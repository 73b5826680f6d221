"""Read a Word .docx file as the text of its body, laid out like the plain-text seeds.

The "original text" of a .docx document is exactly the string ``load_docx`` returns for its bytes:
evidence spans point into it. It is deterministic for the same bytes.

Layout: one Word paragraph per line (a manual line break ``<w:br/>`` also starts a line, because
signatures put the agency and the date on lines of their own); every table cell's paragraphs on lines
of their own, row by row, so indicator tables come out flattened one cell per line like the seeds;
empty paragraphs and cells give no line. What Word shows as deleted (tracked deletions and moves),
hidden text and field instructions are left out; headers, footers, footnotes, comments and text boxes
are not part of the body and are not read.

The package is read with the standard library's zipfile and lxml, not python-docx: the body is a
simple tree, and reading it directly keeps merged table cells from being repeated (python-docx
returns a merged cell once per grid column it spans).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import lxml.etree

from plangraph.ingest.errors import IngestError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DOCUMENT = "word/document.xml"
# A document.xml larger than this is a zip bomb, not a plan.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
# Containers whose children are body content in document order.
_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"})
# Never shown as text: deleted or moved-away content, field codes, text boxes and drawings.
_SKIPPED = frozenset(
    {
        f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText", f"{_W}pPr", f"{_W}rPr",
        f"{_W}txbxContent", f"{_W}drawing", f"{_W}pict", f"{_W}object", f"{_MC}Fallback",
        f"{_W}footnoteReference", f"{_W}endnoteReference", f"{_W}commentReference",
    }
)  # fmt: skip
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def looks_like_zip(data: bytes) -> bool:
    """A zip archive (the container of .docx); whether it is a Word document is the loader's call."""
    return data.startswith(b"PK\x03\x04")


def looks_like_legacy_office(data: bytes) -> bool:
    """An OLE2 compound file: the old binary .doc/.wps/.xls formats, which this build cannot read."""
    return data.startswith(_OLE_MAGIC)


def load_docx(data: bytes, path: Path) -> str:
    """The body text of a .docx file; IngestError if it is not a readable Word document."""
    if looks_like_legacy_office(data):
        raise IngestError(path, "old binary Word/WPS file (.doc/.wps); save it as .docx to read it")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise IngestError(path, "not a Word .docx file: not a readable zip archive (corrupt?)") from None
    with archive:
        try:
            info = archive.getinfo(_DOCUMENT)
        except KeyError:
            raise IngestError(
                path, f"zip archive is not a Word .docx document (it has no {_DOCUMENT})"
            ) from None
        if info.file_size > MAX_DOCUMENT_BYTES:
            raise IngestError(path, f"{_DOCUMENT} unpacks to {info.file_size} bytes; refusing it")
        try:
            xml = archive.read(info)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise IngestError(path, f"corrupt .docx: cannot unpack {_DOCUMENT} ({exc})") from None
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = lxml.etree.fromstring(xml, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise IngestError(path, f"corrupt .docx: {_DOCUMENT} is not well-formed XML ({exc})") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise IngestError(path, f"corrupt .docx: {_DOCUMENT} has no document body")
    lines: list[str] = []
    _read_blocks(body, lines)
    if not lines:
        raise IngestError(path, "Word document has no text")
    return "\n".join(lines) + "\n"


def _read_blocks(container: lxml.etree._Element, lines: list[str]) -> None:
    """Paragraphs and tables in document order, descending into content controls and the like."""
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            _read_paragraph(child, lines)
        elif tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if _nearest_table(row) is not child:
                    continue
                for cell in row:
                    if cell.tag == f"{_W}tc":
                        _read_blocks(cell, lines)
                    elif cell.tag in _CONTAINERS:
                        for inner in cell.iter(f"{_W}tc"):
                            _read_blocks(inner, lines)
        elif tag in _CONTAINERS:
            _read_blocks(child, lines)


def _nearest_table(row: lxml.etree._Element) -> lxml.etree._Element | None:
    for ancestor in row.iterancestors(f"{_W}tbl"):
        return ancestor
    return None


def _read_paragraph(paragraph: lxml.etree._Element, lines: list[str]) -> None:
    """One paragraph's visible text; manual line breaks split it into lines."""
    parts: list[str] = []
    _read_runs(paragraph, parts)
    for line in "".join(parts).split("\n"):
        if line := line.strip():
            lines.append(line)


def _read_runs(element: lxml.etree._Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{_W}r" and _is_hidden_run(child):
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        else:
            _read_runs(child, parts)


def _is_hidden_run(run: lxml.etree._Element) -> bool:
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")
