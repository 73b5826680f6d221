"""Turn a file's bytes into the original text that every evidence span points into.

The "original text" is the decoded file with universal newlines (``\\r\\n`` and ``\\r`` become ``\\n``)
and no byte-order mark: the same string Python's text mode gives, so anyone can check a span with
``Path(f).read_text(encoding)[start:end]``.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from ingest.errors import IngestError

# Below this many CJK characters a file cannot be a Chinese plan, whatever its name says.
MIN_CJK_CHARS = 200
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes, path: Path | str) -> str:
    """Decode with a BOM if present, strict UTF-8 if valid, else the best Chinese-capable guess.

    Raises IngestError for empty or binary content, so callers never see a half-decoded string.
    """
    if not data.strip():
        raise IngestError(path, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], encoding, path)
    if b"\x00" in data[:4096]:
        utf16 = _guess_bomless_utf16(data)
        if utf16 is None:
            raise IngestError(path, "binary file (contains NUL bytes), not a text document")
        return _decode_strict(data, utf16, path)
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _newlines(data.decode("gb18030"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "cannot detect the text encoding (binary or corrupt file)")
    return _newlines(str(best))


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs in every other byte for ASCII; CJK text has few."""
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if (encoding == "utf-16-le" and odd_nuls > even_nuls) or (
            encoding == "utf-16-be" and even_nuls > odd_nuls
        ):
            return encoding
    return None


def _decode_strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return _newlines(data.decode(encoding))
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"not valid {encoding} text ({exc.reason} at byte {exc.start})") from None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def count_cjk(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def check_plan_text(text: str, path: Path | str) -> None:
    """Reject decoded text that cannot be a Chinese plan, naming the reason."""
    if not text.strip():
        raise IngestError(path, "file is empty")
    if "\x00" in text or text.count("\ufffd") > len(text) // 100 + 1:
        raise IngestError(path, "binary or corrupt file (undecodable bytes)")
    cjk = count_cjk(text)
    if cjk < MIN_CJK_CHARS:
        raise IngestError(path, f"not a plan document: only {cjk} Chinese characters")
