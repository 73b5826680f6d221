"""Pieces of the leftward walk that finds where a name begins, shared by the system and pilot finders.

Both finders start at a name's kind (…平台, …试点) and walk left word by word; they differ in which
words end a name, so each keeps its own loop and takes the mechanics from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

NAME_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z+.]+")
_BRACKET_REACH = 14  # a bracketed or quoted part of a name is short: (绿色家居), “浙里检”


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
