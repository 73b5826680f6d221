"""Traditional input for a page's search box, with no converter in the browser.

Names in the graph are simplified; a presenter may type 浙食鏈. A page only needs to fold the
traditional forms of the characters it actually shows, so each page carries that small table
(a few hundred entries) instead of a full conversion dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import opencc

# Mainland, Taiwan and Hong Kong standards differ for some characters (e.g. 线 → 線 / 綫).
_STANDARDS = ("s2t", "s2tw", "s2hk")


@cache
def _converters() -> tuple[opencc.OpenCC, ...]:
    return tuple(opencc.OpenCC(name) for name in _STANDARDS)


def traditional_folds(texts: Iterable[str]) -> dict[str, str]:
    """traditional character → simplified, for each character of ``texts`` that has another form."""
    folds: dict[str, str] = {}
    for char in sorted(set("".join(texts))):
        for converter in _converters():
            other = converter.convert(char)
            if len(other) == 1 and other != char:
                folds[other] = char
    return folds
