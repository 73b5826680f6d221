"""How lines of Chinese text are laid out: the lines extraction walks, and how loaders rebuild them.

Chinese does not separate words with spaces, so a line break or a run of white space between two
Chinese characters is layout, not content; between Latin words it stands for a space.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


def is_wide(ch: str) -> bool:
    """CJK ideographs and full-width punctuation: characters written without spaces between them."""
    return bool(ch) and (
        "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
    )


def join_wrapped(left: str, right: str) -> str:
    """Join a line to the text it was wrapped from: directly, except a Latin word keeps its space."""
    if left and right and _latin(left[-1]) and _latin(right[0]):
        return f"{left} {right}"
    return left + right


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def lines_of(text: str) -> Iterator[Line]:
    """Non-blank lines with their offsets, leading and trailing spaces trimmed."""
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + raw.index(stripped)
            yield Line(start, start + len(stripped), stripped)
        position += len(raw) + 1
