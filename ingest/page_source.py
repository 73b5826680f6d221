"""Where a saved web page came from, and whether its posting date can be the plan's.

A page saved from the web carries its address on its first line (``# source: URL``). A government's
own site (a host under gov.cn) posts the documents that government issued, so when a plan prints no
signing date, the date the site posted it is the plan's publication date (shared/eval/README.md).
Any other site — a document library, a company page, a news portal — reposts, and the date it shows
is the repost's, years after the plan in some copies (a 2018 notice posted in 2024). This holds for
a site's posting fields (发布日期:, 發表于:); a dateline printed alone under a story's headline dates
the text itself and is read apart (extract_metadata._dateline).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# The address line a crawler or a user's save writes on top of the page: # source: https://…
_SOURCE_LINE = re.compile(r"\A(?:[ \t]*\n)*[ \t]*#\s*source\s*:\s*(?P<url>\S+)", re.IGNORECASE)


def source_host(text: str) -> str | None:
    """The host named on the page's ``# source:`` line, if it has one."""
    m = _SOURCE_LINE.match(text)
    if m is None:
        return None
    return (urlsplit(m.group("url")).hostname or "").lower() or None


def posted_by_government(text: str) -> bool | None:
    """True for a page from a government site (…gov.cn), False for any other site, None when the
    text does not say where it came from."""
    host = source_host(text)
    if host is None:
        return None
    return host == "gov.cn" or host.endswith(".gov.cn")
