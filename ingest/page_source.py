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


# A document-sharing page heads the plan with its file's name, the page count perhaps in front of the
# extension: 諸城市…行動計劃方案(2021-2022年)(18頁).docx, 教育事业十五五发展规划.docx; or captions each page's
# image with it (坪山新区社会信用体系建设规划(2014-2020)_第1页); a site that sells it marks it VIP
# (…发展规划.docVIP).
SHARED_FILE_NAME = re.compile(
    r"(?P<name>.+?)(?:(?:\s*[(]\d{1,4}\s*页[)])?\.(?:docx?|wps|pdf|txt)(?:VIP)?|_第\d{1,4}页)\s*$",
    re.IGNORECASE,
)
# …or names the file in its blurb (《吴兴区文化产业发展十四五规划.docx》由会员分享,可在线阅读,更多相关《…》
# 请在第一文库网上搜索。).
SHARED_FILE_BLURB = re.compile(
    r"^\s*《(?P<name>[^《》\n]+?)\.(?:docx?|wps|pdf|txt)》\s*由会员分享", re.IGNORECASE
)
# …and names who uploaded it (上传人:Le****97).
_UPLOADER = re.compile(r"^\s*上传人\s*[::]")


def labels_shared_file(line: str) -> bool:
    """Whether a line is a document-sharing page's label of the file it shares (its name or uploader):
    such a page's dates are the upload's, and its heading is the uploader's name for the file."""
    return any(pattern.match(line) for pattern in (SHARED_FILE_NAME, SHARED_FILE_BLURB, _UPLOADER))
