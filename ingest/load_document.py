"""The I/O edge of ingest: find documents under the given paths and read their original text.

Everything past this module works on strings, so extraction stays a pure function of text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError
from ingest.load_text import check_plan_text, decode_bytes

Loader = Callable[[bytes, Path], str]


def _load_plain_text(data: bytes, path: Path) -> str:
    return decode_bytes(data, path)


# Formats this build reads, by file suffix. HTML, PDF and Word loaders plug in here.
LOADERS: dict[str, Loader] = {
    ".txt": _load_plain_text,
    ".text": _load_plain_text,
}


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


def read_source(path: Path) -> SourceText:
    """Read and decode one document; raises IngestError naming the file and the reason."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        kinds = ", ".join(sorted(LOADERS))
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'!r}; readable: {kinds}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from None
    text = loader(data, path)
    check_plan_text(text, path)
    return SourceText(path=path, name=path.name, text=text)
