"""An issuer stated in words where a page has no signature under a notice.

Pages that print a plan without its covering notice still say who issued it, in one of three ways:
- a byline under the title: the body and the verb alone on a line (上海市崇明区人民政府制定);
- a sentence of a summary page that speaks of the plan by its title and dates the issue
  (《X》已经湘潭市人民政府同意,湘潭市人民政府办公室2021年12月17日印发);
- the plan's own preamble naming the bodies that drew it up, by its title
  (…,新疆维吾尔自治区人民政府组织编制《新疆维吾尔自治区国土空间规划(2021-2035年)》;
  …,自治区党委农牧办、农牧厅制定了《…》): a page that prints no notice, field or signature still
  says whose plan it is there. A notice's sender, where there is one, is read before any of these
  (省水务厅、省发展改革委组织编制 a plan the 省政府办公厅 issues);
- a news lead reporting the issue (近日,广东省委办公厅、省政府办公厅印发《X》…, text_patterns.NEWS_LEAD),
  whose 近日 dates nothing;
- a headline or lead that opens on the body and its verb with the plan's own title right after, no
  time word in front (铜仁市人民政府发布《铜仁市“十四五”节能减排综合工作方案》,明确表示…; a library's
  headline 国务院发布 “十四五”数字经济发展规划(20230314)).
- a colophon closing an official document, the printing body and its day (…办公室  2022年2月18日印发),
  or a cover's compiler (黄陂区发展和改革局 编);
- a sentence about the plan naming the body in whose name it went out (以…办公室名义印发), or a reference
  page's 《X》是…发布的….
A byline, a preamble and a lead name the bodies only (a lead one or several, joined by 、); the dated
sentence also gives the date it was issued.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plangraph.ingest.plan_title_key import plan_title_key
from plangraph.ingest.text_layout import Line
from plangraph.ingest.text_patterns import AGENCY_SUFFIX, DATE, NEWS_LEAD, iso_date

# 编 alone is a compiler's byline on a cover (黄陂区发展和改革局 编 / 二○二一年六月).
_VERB = r"(?:制定|制订|编制|印发|发布|编)"
_BYLINE = re.compile(rf"^\s*(?P<name>[\u4e00-\u9fff()]{{2,40}}?{AGENCY_SUFFIX})\s*{_VERB}\s*$")
# …or the body and the day, as a government site prints them under the title (广西科技创新“十三五”规划 /
# 广西壮族自治区人民政府办公厅 2017-02-27 16:06), or as an official document's colophon closes it, the
# printing body and its day (GB/T 9704-2012, 7.4.3: 上海市杨浦区民防办公室    2022年2月18日印发).
_DATED_BYLINE = re.compile(
    rf"^\s*(?P<name>[\u4e00-\u9fff()]{{2,40}}?{AGENCY_SUFFIX})[ \u3000]+(?P<date>{DATE.pattern})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?|\s*印发)?\s*$"
)
# The body opens a clause (after a comma or a full stop) and the date stands between it and 印发.
_DATED_ISSUE = re.compile(
    rf"(?:^|(?<=[,,。;;\s]))(?P<name>[\u4e00-\u9fff()]{{2,40}}?{AGENCY_SUFFIX})\s*[于於]?\s*"
    rf"(?P<date>{DATE.pattern})\s*(?:联合)?印发"
)
# Bodies joined by 、 open a clause and draw the plan up by its title: 组织编制, 牵头编制, 编制, 制定(了).
_ONE_BODY = rf"[\u4e00-\u9fff()]{{2,40}}?{AGENCY_SUFFIX}"
_DRAWN_UP = re.compile(
    rf"(?:^|(?<=[,,。;;\s]))(?P<name>{_ONE_BODY}(?:、{_ONE_BODY})*)\s*(?:组织|牵头)?(?:编制|制定|制订)了?\s*"
    r"《(?P<title>[^《》\n]{4,100})》"
)
# A sentence about the plan names the body in whose name it went out (…形成《X(送审稿)》报县政府送签,
# 8月28日以青阳县人民政府办公室名义印发), or a reference page says whose plan it is (《化德县妇女发展规划
# (2021—2030年)》是化德县人民政府发布的发展规划).
_IN_NAME_OF = re.compile(rf"以(?P<name>{_ONE_BODY}(?:、{_ONE_BODY})*)(?:的)?名义(?:联合)?(?:印发|发布|下发)")
_WHOSE_PLAN = re.compile(
    rf"《(?P<title>[^《》\n]{{4,100}})》\s*(?:是|为)(?P<name>{_ONE_BODY}(?:、{_ONE_BODY})*)"
    rf"(?:于?\s*{DATE.pattern})?\s*(?:联合)?(?:印发|发布|制定|制订|编制|颁布)的"
)
_CITED = re.compile(r"《(?P<title>[^《》\n]{4,100})》")
# The body alone opens the line and hands the plan down by its verb; what follows must be the title.
_HEADLINE_ISSUE = re.compile(rf"^\s*(?P<name>{_ONE_BODY})\s*(?:印发|发布)\s*《?")


@dataclass(frozen=True)
class IssuerInWords:
    """Spans are offsets into the text read; ``name`` may hold several bodies joined by 、; ``date`` is
    (start, end, ISO date) when the words date it."""

    name: tuple[int, int]
    date: tuple[int, int, str] | None


def read_issuer_in_words(lines: list[Line], title: str | None) -> IssuerInWords | None:
    """The first byline, or the first dated issuing sentence, drawing-up clause or news lead of a line
    that names the plan ``title``."""
    key = plan_title_key(title) if title is not None else ""
    for line in lines:
        if m := _BYLINE.match(line.text):
            return IssuerInWords((line.start + m.start("name"), line.start + m.end("name")), None)
        if (m := _DATED_BYLINE.match(line.text)) and (value := iso_date(m)):
            date = (line.start + m.start("date"), line.start + m.end("date"), value)
            return IssuerInWords((line.start + m.start("name"), line.start + m.end("name")), date)
        if title is None:
            continue
        if (m := _HEADLINE_ISSUE.match(line.text)) and _opens_on(line.text, m.end(), title, key):
            return IssuerInWords((line.start + m.start("name"), line.start + m.end("name")), None)
        m = NEWS_LEAD.match(line.text)
        if m and m.group("issuers") and plan_title_key(m.group("title")) == key:
            # in 《》 or bare (日前,宜春市人民政府印发宜春市碳达峰实施方案的通知)
            return IssuerInWords((line.start + m.start("issuers"), line.start + m.end("issuers")), None)
        if not _names_plan(line.text, key):
            continue
        if (m := _DATED_ISSUE.search(line.text)) and (value := iso_date(m)):
            return IssuerInWords(
                (line.start + m.start("name"), line.start + m.end("name")),
                (line.start + m.start("date"), line.start + m.end("date"), value),
            )
        for m in _DRAWN_UP.finditer(line.text):
            if plan_title_key(m.group("title")) == key:
                return IssuerInWords((line.start + m.start("name"), line.start + m.end("name")), None)
        for m in _WHOSE_PLAN.finditer(line.text):
            if plan_title_key(m.group("title")) == key:
                return IssuerInWords((line.start + m.start("name"), line.start + m.end("name")), None)
        if m := _IN_NAME_OF.search(line.text):
            return IssuerInWords((line.start + m.start("name"), line.start + m.end("name")), None)
    return None


def _names_plan(text: str, key: str) -> bool:
    """Whether ``text`` cites in 《》 the plan whose title key is ``key``."""
    return any(plan_title_key(m.group("title")) == key for m in _CITED.finditer(text))


def _opens_on(text: str, at: int, title: str, key: str) -> bool:
    """Whether ``text`` goes on at ``at`` with the plan's title (quote marks and spaces aside)."""
    return bool(key) and plan_title_key(text[at : at + len(title) + 20]).startswith(key)
