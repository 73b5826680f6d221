"""Word segmentation facts from jieba's dictionary, shared by the spaCy pipeline and the finders.

Short place names collide with ordinary words (合作 is 合作市 in 甘南 and "cooperation"; 东风 is a
district and a noun). jieba's dictionary tags words: a short form that is an ordinary word there
(noun, verb, adjective …) is not read as a place without its suffix.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from math import log

import jieba
import jieba.posseg

_UNSEEN = 1.0  # not a log probability (those are negative): a word _word_costs has not met yet

# Tags under which a word may still be a place name: place, person/transliterated name, abbreviation.
_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "j"}


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], dict[str, str]]:
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


# Below this count in jieba's dictionary a word is too rare to outweigh a place name it spells: 新余 (9,
# tagged b), 清远 (44, a) are the cities, while 日照 (621), 富裕 (822), 资源 (17453) are words first.
_RARE = 100


def is_common_word(word: str) -> bool:
    """True when jieba knows ``word`` as an ordinary word rather than a name."""
    frequencies, tags = _dictionary()
    if (frequencies.get(word) or 0) < _RARE:
        return False
    return tags.get(word, "") not in _NAME_TAGS


@lru_cache(maxsize=1)
def _word_costs() -> tuple[dict[str, float | None], float]:
    """A memo of each word's log probability as jieba's ``calc`` computes it (``log(freq) -
    log(total)``, the same float; None for a prefix that is no word), filled as blocks meet words
    rather than for the whole dictionary up front (0.3 s at start-up); and log(total)."""
    return {}, log(jieba.dt.total)


@lru_cache(maxsize=16384)
def _best_path(block: str) -> dict[int, tuple[float, int]]:
    """jieba's most probable path through one block (a run of Han characters, letters and digits):
    the costly part of a cut, and the same whether HMM is on or off.

    The route ``jieba.dt.calc(block, jieba.dt.get_DAG(block), route)`` builds, float for float:
    walking back from the end, each position's best (score, last index) over the dictionary words
    starting there, which get_DAG lists, and its own character when none. Building the DAG in the
    same walk and memoising each word's log frequency halves the cost of jieba's two passes."""
    frequencies = _dictionary()[0]
    costs, log_total = _word_costs()
    unknown = log(1) - log_total  # a character jieba does not know
    size = len(block)
    route: dict[int, tuple[float, int]] = {size: (0, 0)}
    for start in range(size - 1, -1, -1):
        best: tuple[float, int] | None = None
        end = start + 1
        fragment = block[start]
        while fragment in frequencies:  # a word or the prefix of one
            cost = costs.get(fragment, _UNSEEN)
            if cost is _UNSEEN:
                count = frequencies[fragment]
                cost = costs[fragment] = log(count) - log_total if count else None
            if cost is not None:
                candidate = (cost + route[end][0], end - 1)
                if best is None or candidate > best:
                    best = candidate
            end += 1
            if end > size:
                break
            fragment = block[start:end]
        route[start] = best if best is not None else (unknown + route[start + 1][0], start)
    return route


class _PathSharingTokenizer(jieba.Tokenizer):
    """jieba's default tokenizer (the same dictionary object, so the same words) that reads each
    block's best path from ``_best_path``: the pipeline's cut (HMM on) of a plan's lines and
    alignment's cut (HMM off) of the same sentences then search each block once."""

    def __init__(self) -> None:
        super().__init__()
        self.FREQ, self.total, self.initialized = jieba.dt.FREQ, jieba.dt.total, True

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        return {}  # calc below reads the cached path, which needs no DAG

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
        route.update(_best_path(sentence))


@lru_cache(maxsize=1)
def _tokenizer() -> _PathSharingTokenizer:
    _dictionary()
    return _PathSharingTokenizer()


@lru_cache(maxsize=8192)
def pipeline_words(text: str) -> tuple[str, ...]:
    """jieba's words of one line as spaCy's jieba tokenizer cuts them (precise mode, HMM on).

    Cached by line: the tokenizer and the plan-wide system and pilot passes all segment the same
    lines of a plan, and jieba is the costliest step of ingest.
    """
    return tuple(word for word in _tokenizer().cut(text, cut_all=False) if word)


@lru_cache(maxsize=8192)
def pipeline_boundaries(text: str) -> frozenset[int]:
    """Offsets where the pipeline's segmentation puts a word boundary (0 and len(text) included)."""
    edges, position = {0}, 0
    for word in pipeline_words(text):
        position += len(word)
        edges.add(position)
    return frozenset(edges)


def word_boundaries(text: str) -> frozenset[int]:
    """Offsets where jieba puts a word boundary in ``text`` (0 and len(text) included)."""
    _dictionary()
    edges = {0}
    position = 0
    for word in jieba.cut(text, HMM=False):
        position += len(word)
        edges.add(position)
    return frozenset(edges)


_PUNCTUATION = set(",、。;:!?“”‘’()《》〔〕【】 \n\t-—")


def words(text: str) -> list[str]:
    """jieba's words of ``text`` without punctuation: the tokens of word-level similarity."""
    return [w for w in _tokenizer().cut(text, HMM=False) if w.strip() and w not in _PUNCTUATION]
