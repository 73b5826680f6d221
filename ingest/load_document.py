"""The I/O edge of ingest: find documents under the given paths and read their original text.

Everything past this module works on strings, so extraction stays a pure function of text. For a
plain-text file the original text is the decoded file; for HTML, PDF and Word it is exactly the text
layer the format's loader returns (see ingest/load_html.py, load_pdf.py, load_docx.py), and evidence
spans point into that string.

A file's suffix says which files are documents; its content says how to read it, because downloaded
plans are often misnamed (an HTML page saved as .txt, a .pdf that is really an error page). A file
named as a binary format (.pdf, .docx) whose content is something else is refused, naming both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from plangraph.ingest.errors import IngestError
from plangraph.ingest.load_docx import load_docx, looks_like_legacy_office, looks_like_zip
from plangraph.ingest.load_html import load_html, looks_like_html
from plangraph.ingest.load_pdf import load_pdf, looks_like_pdf
from plangraph.ingest.load_text import check_plan_text, decode_bytes

Loader = Callable[[bytes, Path], str]


def _load_plain_text(data: bytes, path: Path) -> str:
    return decode_bytes(data, path)


@dataclass(frozen=True)
class DocumentFormat:
    """A readable format: its name for messages, its suffixes, how to recognise and read its bytes."""

    name: str
    suffixes: tuple[str, ...]
    looks_like: Callable[[bytes], bool]
    load: Loader


# In the order content is tested: binary signatures first, then markup, plain text last.
FORMATS: tuple[DocumentFormat, ...] = (
    DocumentFormat("PDF", (".pdf",), looks_like_pdf, load_pdf),
    DocumentFormat("Word .docx", (".docx",), looks_like_zip, load_docx),
    DocumentFormat("HTML", (".html", ".htm"), looks_like_html, load_html),
    DocumentFormat("plain text", (".txt", ".text"), lambda data: True, _load_plain_text),
)
# Formats this build reads, by file suffix: the suffixes find_documents picks up in folders.
LOADERS: dict[str, Loader] = {suffix: fmt.load for fmt in FORMATS for suffix in fmt.suffixes}
# A file with one of these suffixes must hold that format; anything else in it is a wrong file.
_BINARY_SUFFIXES = {".pdf": "PDF", ".docx": "Word .docx"}
# Larger files are refused before they are read: a plan's text is well under 1 MB, and a PDF with its
# charts rarely passes 20 MB. The same figure is the API's default upload limit.
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    """A document's original text and the file name evidence will cite."""

    path: Path
    name: str
    text: str


def find_documents(paths: Iterable[Path | str]) -> tuple[list[Path], list[IngestError]]:
    """Expand files and folders into document files; bad paths come back as errors, not exceptions,
    so the caller can report every bad input at once."""
    found: list[Path] = []
    errors: list[IngestError] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            errors.append(IngestError(path, "no such file or directory"))
        elif path.is_dir():
            docs = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in LOADERS)
            if not docs:
                kinds = ", ".join(sorted(LOADERS))
                errors.append(IngestError(path, f"folder holds no documents ({kinds})"))
            found.extend(docs)
        else:
            found.append(path)
    return found, errors


def detect_format(data: bytes, path: Path) -> DocumentFormat:
    """The format the bytes are in, whatever the name says; IngestError for a misnamed binary file."""
    if looks_like_legacy_office(data):
        raise IngestError(path, "old binary Word/WPS file (.doc/.wps); save it as .docx to read it")
    fmt = next(f for f in FORMATS if f.looks_like(data))
    claimed = _BINARY_SUFFIXES.get(path.suffix.lower())
    if claimed and fmt.name != claimed:
        found = "empty" if not data.strip() else f"its content looks like {fmt.name}"
        raise IngestError(path, f"not a {claimed} file: {found}")
    return fmt


def read_source(path: Path) -> SourceText:
    """Read and decode one document; raises IngestError naming the file and the reason."""
    if path.suffix.lower() not in LOADERS:
        kinds = ", ".join(sorted(LOADERS))
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'!r}; readable: {kinds}")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(
                path,
                f"file is {size / 2**20:.1f} MiB; the limit is {MAX_FILE_BYTES // 2**20} MiB per document",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from None
    text = detect_format(data, path).load(data, path)
    check_plan_text(text, path)
    return SourceText(path=path, name=path.name, text=text)
