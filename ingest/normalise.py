"""Normalised text that remembers, character by character, where it came from.

Extraction runs on simplified, width-folded text; evidence must quote the original. Every normalised
character keeps the index of the original character it came from, so any span maps back exactly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

# Spaces that web pages use for layout: no-break, en/em and friends, ideographic space.
_SPACES = {"\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u3000", "\t"}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff"}
# NFKC would fold these into ASCII look-alikes that change their meaning in plan text.
_KEEP_AS_IS = set("〔〕【】《》〈〉「」『』“”‘’—…·、。")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, one character for one character.

    OpenCC's phrase tables can change a string's length; when they do, converting character by
    character keeps the offsets exact at the cost of a few phrase-level choices.
    """
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)


@dataclass(frozen=True)
class NormalisedText:
    """``text`` is what extraction reads; ``origin[i]`` is the original index of ``text[i]``."""

    original: str
    text: str
    origin: tuple[int, ...]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the half-open span of ``original`` it came from."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside normalised text of length {len(self.text)}")
        return self.origin[start], self.origin[end - 1] + 1

    def quote(self, start: int, end: int) -> tuple[int, int, str]:
        """Original span and quote for a normalised span, trimmed of surrounding white space."""
        o_start, o_end = self.span_to_original(start, end)
        raw = self.original[o_start:o_end]
        left = len(raw) - len(raw.lstrip())
        right = len(raw.rstrip())
        return o_start + left, o_start + right, raw[left:right]


def _fold_char(ch: str) -> str:
    if ch in _SPACES:
        return " "
    if ch in _ZERO_WIDTH:
        return ""
    if ch in _KEEP_AS_IS or ch == "\n":
        return ch
    return unicodedata.normalize("NFKC", ch)


def fold_text(simplified: str) -> str:
    """What ``normalise`` makes of already simplified text, without the origin map: search folds
    names and queries with it, so both meet normalised text the same way."""
    return simplified.translate(str.maketrans({ch: _fold_char(ch) for ch in set(simplified)}))


def normalise(original: str) -> NormalisedText:
    """Simplify script and fold widths and odd spaces, keeping a per-character origin map."""
    simplified = to_simplified(original)
    folds = {ch: _fold_char(ch) for ch in set(simplified)}
    if all(len(folded) == 1 for folded in folds.values()):  # one for one: the origin is the identity
        text = simplified.translate(str.maketrans(folds))
        return NormalisedText(original=original, text=text, origin=tuple(range(len(text))))
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(simplified):
        for out in folds[ch]:
            chars.append(out)
            origin.append(index)
    return NormalisedText(original=original, text="".join(chars), origin=tuple(origin))
