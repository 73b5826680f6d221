"""How search text is compared: the same folding as ingest (traditional → simplified, widths, spaces,
quote marks), so 浙食鏈, “浙食链” and 浙食链 find the same node."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from functools import lru_cache

from ingest.normalise import fold_char, to_simplified

_IGNORED = re.compile(r"[\s“”‘’\"'《》〈〉「」『』]")


def search_key(text: str) -> str:
    """The folded form both stores compare: exactly ``normalise(text).text`` without spaces and quote
    marks, lower-cased. Computed with one ``str.translate`` instead of normalise's per-character loop
    (it has no offsets to keep), so folding every name of a large graph takes a second, not ten."""
    return _IGNORED.sub("", to_simplified(text).translate(_fold_table())).lower()


def search_keys(texts: Sequence[str]) -> list[str]:
    """``[search_key(t) for t in texts]``, with one OpenCC call for all of them: folding every name of
    a 1,000-plan graph one call at a time costs seconds in call overhead alone. A newline ends every
    OpenCC phrase, so joining on it changes nothing; when a text holds a newline itself, or OpenCC
    changes the length (search_key then falls back per character), each text is folded on its own."""
    joined = "\n".join(texts)
    simplified = to_simplified(joined)
    if joined.count("\n") != len(texts) - 1 or len(simplified) != len(joined):
        return [search_key(t) for t in texts]
    folded = simplified.translate(_fold_table()).lower().split("\n")
    if len(folded) != len(texts):
        return [search_key(t) for t in texts]
    return [_IGNORED.sub("", part) for part in folded]


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Every character that ``normalise`` folds to something else, with what it becomes."""
    table = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if (folded := fold_char(ch)) != ch:
            table[code] = folded
    return table
