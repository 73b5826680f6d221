"""Normalised text that remembers, character by character, where it came from.

Extraction runs on simplified, width-folded text; evidence must quote the original. Every normalised
character keeps the index of the original character it came from, so any span maps back exactly.

Three steps, all one character for one character except the last:
- OpenCC's ``t2s`` turns traditional script into simplified;
- variant characters t2s leaves alone (陜 printed for 陝, 峯, 衞 …) follow MediaWiki's
  conversion table as shipped in the ``zhconv`` package (no list of our own);
- widths and odd spaces fold (NFKC), a run of question marks that stands for lost layout spaces
  reads as spaces, an ASCII full stop that ends a Chinese sentence
  (请认真贯彻执行.国务院) reads as 。, and pinyin that some pages glue after each character
  (產(chǎn)權) is dropped, so 产权 reads as one word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

# Spaces that web pages use for layout: no-break, en/em and friends, ideographic space.
_SPACES = {"\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u3000", "\t"}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff"}
# NFKC would fold these into ASCII look-alikes that change their meaning in plan text.
_KEEP_AS_IS = set("〔〕【】《》〈〉「」『』“”‘’—…·、。")
# A pinyin reading glued after a character: (chǎn), (huì ). Only syllables with a tone mark count,
# so a Latin abbreviation in brackets (GDP) or an English gloss is never taken for one.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A full stop typed as ASCII between Chinese sentences; a dot among digits (2021.12.14) is left alone.
_ASCII_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff]|[ \t]*(?:\n|$))")
# Layout spaces a page lost to a charset that could not hold them (U+3000, no-break) come out as a
# run of question marks (??????张掖市人民政府办公室); two or more in a row are read as spaces.
# One alone between Chinese characters or digits is a lost space too (中共山西省委?山西省人民政府,
# 晋发〔2021〕67?号): a Chinese question mark is full-width, and an ASCII one there asks nothing.
_LOST_SPACES = re.compile(r"\?{2,}|(?<=[\u4e00-\u9fff0-9])\?(?=[\u4e00-\u9fff0-9])")
# A citation a page wrapped just inside its marks (深入贯彻落实《 / 全民健身条例》): the break is layout,
# and the title reads whole without it.
_WRAPPED_CITATION = re.compile(r"(?<=《)[ \t\u3000]*\n\s*|[ \t\u3000]*\n\s*(?=》)")
_GLUED_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}\s?\)")
# Some reposts glue readings without tone marks (国(guo)务(wu)院, 动(dong)(dong)): a syllable of two
# letters or more (an initial and a final of Mandarin's syllable grammar) after a character, the page
# doing it three times or more; one (app) or (pm) in a page is no such habit.
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|er|ia|ie|iu|ua|uo|ui|üe|ue"
    r"|ve|a|o|e|i|u|ü|v)"
)
_TONELESS_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（](?=[a-zü]{{2}})(?:{_SYLLABLE})\s?[)）])+")
_PINYIN_HABIT = 3


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _is_ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _in_gb2312(ch: str) -> bool:
    """GB 2312 is the simplified character set: a character in it is standard as printed."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def variant_table() -> dict[int, str]:
    """Variant → standard simplified character, for the variants OpenCC's t2s leaves alone.

    From MediaWiki's zh-hans conversion table (the ``zhconv`` package): its one-character entries for
    ideographs outside GB 2312 that t2s does not change. A character GB 2312 holds is never
    touched (甯, 馀 and 锺 are names and words in simplified text too).
    """
    from zhconv import zhconv

    zhconv.loaddict()
    t2s = _t2s()
    table: dict[int, str] = {}
    for variant, standard in zhconv.zhcdicts["zh2Hans"].items():
        if len(variant) != 1 or len(standard) != 1 or variant == standard:
            continue
        if _is_ideograph(variant) and not _in_gb2312(variant) and t2s.convert(variant) == variant:
            table[ord(variant)] = standard
    return table


def to_simplified(text: str) -> str:
    """Traditional and variant characters → simplified, one character for one character.

    OpenCC's phrase tables can change a string's length; when they do, converting character by
    character keeps the offsets exact at the cost of a few phrase-level choices.
    """
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)
    return converted.translate(variant_table())


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


def _glued_readings(text: str) -> list[tuple[int, int]]:
    toned = [m.span() for m in _GLUED_PINYIN.finditer(text)]
    toneless = [m.span() for m in _TONELESS_PINYIN.finditer(text)]
    return sorted(set(toned + toneless)) if len(toneless) >= _PINYIN_HABIT else toned


def normalise(original: str) -> NormalisedText:
    """Simplify script and fold widths and odd spaces, keeping a per-character origin map."""
    simplified = to_simplified(original)
    if "." in simplified:
        simplified = _ASCII_FULL_STOP.sub("。", simplified)
    if "?" in simplified:
        simplified = _LOST_SPACES.sub(lambda m: " " * len(m.group()), simplified)
    folds = {ch: _fold_char(ch) for ch in set(simplified)}
    glued = _glued_readings(simplified) if "(" in simplified or "（" in simplified else []
    if "《\n" in simplified or "\n》" in simplified or "《 " in simplified:
        glued += [m.span() for m in _WRAPPED_CITATION.finditer(simplified)]
    if not glued and all(len(folded) == 1 for folded in folds.values()):
        # one for one: the origin is the identity
        text = simplified.translate(str.maketrans(folds))
        return NormalisedText(original=original, text=text, origin=tuple(range(len(text))))
    dropped = {index for start, end in glued for index in range(start, end)}
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(simplified):
        if index in dropped:
            continue
        for out in folds[ch]:
            chars.append(out)
            origin.append(index)
    return NormalisedText(original=original, text="".join(chars), origin=tuple(origin))
