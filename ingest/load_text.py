"""Turn a file's bytes into the original text that every evidence span points into.

The "original text" is the decoded file with universal newlines (``\\r\\n`` and ``\\r`` become ``\\n``)
and no byte-order mark: the same string Python's text mode gives, so anyone can check a span with
``Path(f).read_text(encoding)[start:end]``.

Chinese files come in UTF-8 (with or without BOM), UTF-16 (with or without BOM), GBK/GB18030 or Big5.
GB18030 accepts almost every byte pair, so Big5 bytes also "decode" as GB18030, into garbage; when both
readings are valid, charset-normalizer's mess and coherence measures choose, and a file neither reads
cleanly as is refused rather than guessed.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from plangraph.ingest.errors import IngestError
from plangraph.ingest.extract_title import headed_as_plan
from plangraph.ingest.normalise import normalise
from plangraph.ingest.text_patterns import reads_as_plan

# Tried in this order; charset-normalizer names them the same way, so its answer indexes the readings.
# Big5-HKSCS is the superset browsers use for any page labelled Big5.
_LEGACY_CHINESE = ("gb18030", "big5hkscs")
# Below this many CJK characters a file is a plan only if it reads as one (a plan's preamble or the
# notice handing it down, as on a short excerpt page), whatever its name says.
MIN_CJK_CHARS = 200
# Above this many characters a text is not one plan (the longest national outlines are under 100,000;
# the sample plans 9,000-28,000) but a dump or many documents joined; reading it would take minutes.
MAX_TEXT_CHARS = 1_000_000
# A UTF-8 file with at most this share of broken byte sequences is damaged UTF-8, not another encoding.
_DAMAGED_UTF8_SHARE = 0.001
BOMS = (
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
    if not data:
        raise IngestError(path, "file is empty")
    if not data.strip():
        raise IngestError(path, "file is empty (white space only)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return decode_strict(data[len(bom) :], encoding, path)
    if b"\x00" in data[:4096]:
        utf16 = _guess_bomless_utf16(data)
        if utf16 is None:
            raise IngestError(path, "binary file (contains NUL bytes), not a text document")
        return decode_strict(data, utf16, path)
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, exc, path)
    return _decode_legacy_chinese(data, path)


def _refuse_damaged_utf8(data: bytes, error: UnicodeDecodeError, path: Path | str) -> None:
    """Refuse UTF-8 that is cut short or has a few broken bytes, rather than guess another encoding.

    A file cut off mid-download ends inside a multi-byte character; a legacy decoder would read the
    rest as GB18030 gibberish or give up with a vague message. Text in GBK or Big5 read as UTF-8 breaks
    on nearly every Chinese character, so a clean UTF-8 prefix with Chinese in it, or only a handful
    of broken sequences, means damaged UTF-8.
    """
    if not any(byte >= 0x80 for byte in data[: error.start]):
        return
    if error.end == len(data) and error.reason == "unexpected end of data":
        raise IngestError(
            path,
            f"truncated UTF-8: the file ends in the middle of a character (byte {error.start} of "
            f"{len(data)}); was the download or copy cut short?",
        )
    broken = data.decode("utf-8", errors="replace").count("\ufffd")
    if broken <= max(1, len(data) * _DAMAGED_UTF8_SHARE):
        raise IngestError(
            path,
            f"damaged UTF-8: {broken} invalid byte sequence(s), the first at byte {error.start} "
            f"({error.reason})",
        )


def _decode_legacy_chinese(data: bytes, path: Path | str) -> str:
    """GB18030 (a superset of GB2312 and GBK) or Big5, the pre-Unicode encodings of Chinese plans.

    Every Big5 byte pair is also a valid GB18030 pair, so a clean GB18030 decode proves nothing when the
    bytes are valid Big5 too; then the reading that looks like language wins, or the file is refused.
    """
    readings: dict[str, str] = {}
    for encoding in _LEGACY_CHINESE:
        try:
            readings[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if len(readings) == 1:
        return _newlines(next(iter(readings.values())))
    if len(readings) > 1:
        best = from_bytes(data, cp_isolation=list(readings)).best()
        if best is None:
            raise IngestError(
                path,
                "cannot tell the encoding: the bytes are valid GB18030 and Big5 but read as clean "
                "Chinese in neither; save the file as UTF-8",
            )
        return _newlines(readings[best.encoding])
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


def decode_strict(data: bytes, encoding: str, path: Path | str) -> str:
    """Decode with one known encoding, universal newlines; IngestError names the first bad byte."""
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
        raise IngestError(path, "file is empty" if not text else "file is empty (white space only)")
    if "\x00" in text or text.count("\ufffd") > len(text) // 100 + 1:
        raise IngestError(path, "binary or corrupt file (undecodable bytes)")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(
            path,
            f"text is {len(text):,} characters; the limit for one document is {MAX_TEXT_CHARS:,} "
            "(is it several plans joined, or not a plan?)",
        )
    cjk = count_cjk(text)
    # read as the extractors read it: simplified, and without the pinyin a page glues after characters
    # (印發(fā)給你們 is 印发给你们)
    if cjk < MIN_CJK_CHARS and not (reads_as_plan(simple := normalise(text).text) or headed_as_plan(simple)):
        raise IngestError(
            path,
            f"not a plan document: only {cjk} Chinese characters, and no plan title over numbered parts, "
            "preamble or notice",
        )
