"""How search text is compared: the same folding as ingest (traditional → simplified, widths, spaces,
quote marks), so 浙食鏈, “浙食链” and 浙食链 find the same node."""

from __future__ import annotations

import re

from ingest.normalise import normalise

_IGNORED = re.compile(r"[\s“”‘’\"'《》〈〉「」『』]")


def search_key(text: str) -> str:
    return _IGNORED.sub("", normalise(text).text).lower()
