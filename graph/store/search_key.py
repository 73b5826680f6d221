"""How search text is compared: the same folding as ingest (traditional → simplified, widths, spaces,
quote marks), so 浙食鏈, “浙食链” and 浙食链 find the same node."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plangraph.ingest.normalise import fold_text, to_simplified

_IGNORED = re.compile(r"[\s“”‘’\"'《》〈〉「」『』]")


def search_key(text: str) -> str:
    """The folded form both stores compare: exactly ``normalise(text).text`` without spaces and quote
    marks, lower-cased, made without normalise's origin map (it has no offsets to keep)."""
    return _IGNORED.sub("", fold_text(to_simplified(text))).lower()


def search_keys(texts: Sequence[str]) -> list[str]:
    """``[search_key(t) for t in texts]``, with one OpenCC call for all of them: folding every name of
    a 1,000-plan graph one call at a time costs seconds in call overhead alone. A newline ends every
    OpenCC phrase, so joining on it changes nothing. A text holding a newline itself (a flattened
    table cell read as a name) is folded on its own, the others still in one call; when OpenCC
    changes the length (search_key then falls back per character), each text is folded on its own."""
    folded = iter(_joined_keys([text for text in texts if "\n" not in text]))
    return [search_key(text) if "\n" in text else next(folded) for text in texts]


def _joined_keys(texts: Sequence[str]) -> list[str]:
    """``search_key`` of newline-free texts, folded as one joined string when OpenCC keeps lengths."""
    if not texts:
        return []
    joined = "\n".join(texts)
    simplified = to_simplified(joined)
    if len(simplified) != len(joined):
        return [search_key(t) for t in texts]
    folded = fold_text(simplified).lower().split("\n")
    if len(folded) != len(texts):
        return [search_key(t) for t in texts]
    return [_IGNORED.sub("", part) for part in folded]
