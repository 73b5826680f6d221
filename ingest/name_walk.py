"""The shared base of the name-by-shape finders (systems, pilots): a name is found at its head word
(…平台, …码, …示范区, …试点) and walked left, word by word, to where it begins; its spellings are
then resolved for the whole plan at once.

What both finders share lives here: the printed-name helpers (``bare``, ``made_of``), the leftward
walk (``LeftWalk``: length limit, brackets and quote marks, word steps; each finder says which words
end a name), and the plan-wide reading a document step makes once and hands to the finders through
``PlanContext.readings`` (``plan_reading``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TypeVar

from plangraph.ingest.entities import PlanContext
from plangraph.ingest.extract_regions import place_at
from plangraph.ingest.segment import pipeline_boundaries

NAME_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z+.]+")
QUOTES = "“”\"‘’'"
BRACKETED = re.compile(r"\([^()]*\)")
# A count or ordinal word (3个, 第二批, 5朵, 两类, the 多套 of 500多套) ends a name: it counts what
# follows, it names nothing.
COUNT_WORD = re.compile(
    r"\d+(?:\.\d+)?|第?[0-9一二三四五六七八九十百千万两几]+(?:个|级|大|项|类|家|套|批|张|朵|万|亿|条|种|名|年)"
    r"|[多余](?:个|项|类|家|套|批|种|款)"
)
_BRACKET_REACH = 14  # a bracketed or quoted part of a name is short: (绿色家居), “浙里检”

STOP = "stop"  # the word is not part of the name: the name begins after it
TAKE = "take"  # the word is part of the name; the name may begin with it (a region, a level)
PASS = "pass"  # the word is part of the name and the walk goes on regardless (等, 和 between levels)
Step = str | int  # one of the above, or the offset the name begins at
Lines = list[tuple[str, frozenset[int]]]  # a plan's lines, each with its word boundaries


def bare(name: str) -> str:
    """A printed name without quote marks and spaces (“五线合一”12315 平台 → 五线合一12315平台)."""
    return "".join(ch for ch in name if ch not in QUOTES and not ch.isspace())


def made_of(text: str, words: frozenset[str]) -> bool:
    """True when ``text`` (quote marks and punctuation aside) splits wholly into ``words``, however a
    segmenter would cut it: 计算机信息管理 = 计算机 + 信息 + 管理."""
    text = re.sub(r"[\W_]", "", bare(text))
    longest = max(map(len, words))
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(
            reachable[start] and text[start:end] in words for start in range(max(0, end - longest), end)
        )
    return reachable[-1]


def previous_edge(edges: Sequence[int], position: int) -> int:
    """The word boundary nearest left of ``position``; ``edges`` are sorted boundaries."""
    index = bisect_left(edges, position)
    return edges[index - 1] if index else 0


def bracket_opening(text: str, position: int, ignore: str = "") -> int | None:
    """Where the bracket or quote closing just left of ``position`` opens, when it encloses name
    characters only (after dropping the characters in ``ignore``); None otherwise."""
    closing = text[position - 1]
    opening = text.rfind("“" if closing == "”" else "(", max(0, position - _BRACKET_REACH), position - 1)
    if opening < 0:
        return None
    inner = text[opening + 1 : position - 1]
    if ignore:
        inner = re.sub(f"[{re.escape(ignore)}]", "", inner)
    return opening if inner and NAME_CHARS.fullmatch(inner) else None


class LeftWalk:
    """The walk left from a head word at ``head`` to where the name begins.

    The walk steps over a bracketed or quoted part in one go, over a closing quote whose opening the
    scrape lost, and otherwise word by word; a finder says what each word does (``step``), which
    punctuation a name runs through (``skip``) and which words open a name (``opens``: by default a
    region name, 湖州市特种设备安全综合管理平台).
    """

    longest = 24
    bracket_ignore = ""

    def __init__(self, text: str, head: int, context: PlanContext, boundaries: frozenset[int]) -> None:
        self.text = text
        self.head = head
        self.context = context
        self.boundaries = boundaries
        self.edges = sorted(boundaries | {head})

    def start(self) -> int | None:
        """Where the name begins (``head`` itself when nothing precedes it); None when too long."""
        text, position = self.text, self.head
        while position > 0:
            if self.head - position > self.longest:
                return None
            ch = text[position - 1]
            if ch in "”)":
                opening = bracket_opening(text, position, self.bracket_ignore)
                if opening is not None:
                    position = opening
                    if ch == "”" and text[position - 1 : position] == "”":
                        break  # “浙里办”“浙政钉”平台: quoted names side by side are a list, not one name
                    continue
                if ch == "”":  # a closing mark whose opening the scrape lost
                    position -= 1
                    continue
                break
            if ch == "“":
                position -= 1
                continue
            skipped = self.skip(ch, position)
            if skipped is not None:
                position = skipped
                continue
            word_start = previous_edge(self.edges, position)
            word = text[word_start:position]
            if not NAME_CHARS.fullmatch(word):
                break
            step = self.step(word, word_start, position)
            if step == STOP:
                break
            if isinstance(step, int):
                return step
            position = word_start
            if step == TAKE and self.opens(word, position):
                break
        return position

    def skip(self, ch: str, position: int) -> int | None:
        """Where the walk goes on when the character left of ``position`` is punctuation the name
        runs through (a list comma inside a name); None when it is not."""
        return None

    def step(self, word: str, word_start: int, position: int) -> Step:
        """What ``word`` (ending at ``position``) does to the name: STOP, TAKE, PASS or a start."""
        return TAKE

    def opens(self, word: str, position: int) -> bool:
        """Whether the name begins with the word just taken at ``position``."""
        return place_at(self.text, position, self.context, self.boundaries) is not None


Reading = TypeVar("Reading")


def plan_reading(
    label: str,
    text: str,
    context: PlanContext,
    boundaries: frozenset[int] | None,
    read: Callable[[PlanContext, Lines], Reading],
) -> Reading:
    """The plan-wide reading of ``label`` the document step made (``context.readings``), so that every
    spelling of one name in the plan carries the same name; a passage outside it is read alone."""
    reading = context.readings.get(label)
    if reading is not None and text in reading.spellings:
        return reading
    return read(context, [(text, boundaries or pipeline_boundaries(text))])


def plan_lines(texts: Sequence[str]) -> Lines:
    """Each line of a plan with the word boundaries the pipeline gives it."""
    return [(text, pipeline_boundaries(text)) for text in texts]
