"""Plan-level metadata from a document's text: title, region and level, issuer, dates, number, period.

Web scrapes put the facts in different places (a 发布机构 field, the signature under a covering
notice, a 来源 line), so each field is a short list of rules tried from the most to the least
authoritative source, following the conventions in shared/eval/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from plangraph.ingest.boilerplate import is_chrome
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import AgencyRef, Evidence, PlanMetadata, RegionRef
from plangraph.ingest.text_patterns import (
    AGENCY_LINE,
    AGENCY_SUFFIX,
    DAMAGED_DOC_NUMBER,
    DATE,
    DOC_NUMBER,
    FIVE_YEAR,
    PLAN_KINDS,
    cn_number,
    five_year_period,
    iso_date,
)

# How far into a document its header (title, notice, signature) may reach, in lines.
HEAD_LINES = 40
_NOTICE_TITLE = re.compile(r"关于印发\s*《(?P<title>[^《》\n]{4,100})》\s*的通知")
# 《X》已经省政府同意,现印发给你们 / 现将《X》印发给你们
_FORWARDED_TITLE = re.compile(
    r"《(?P<title>[^《》\n]{4,100})》"
    r"(?:(?:已经|已|经)[^。\n]{0,30}同意[^。\n]{0,10}印发|\s*(?:印发|予以印发)给你们)"
)
_TITLE_LINE = re.compile(
    rf"^(?:[^丨|\s]{{1,8}}\s*[丨|]\s*)?(?P<title>[^,。;:!?,;:!?\s][^,。;:!?]{{2,80}}?{PLAN_KINDS})"
    r"\s*(?:[(](?P<y1>\d{4})\s*[-—–~至到]+\s*(?P<y2>\d{4})\s*年?[)])?\s*$"
)
_FIELD_VALUE = r"[::]\s*"
_SIGNED_FIELD = re.compile(rf"(?:发文时间|成文日期|发文日期|印发日期){_FIELD_VALUE}")
_POSTED_FIELD = re.compile(rf"(?:发布时间|发布日期|公开日期){_FIELD_VALUE}")
_ISSUER_FIELD = re.compile(
    rf"(?:发布机构|发文机关|发文单位){_FIELD_VALUE}(?P<name>[\u4e00-\u9fff()、]{{2,60}}{AGENCY_SUFFIX})"
)
_SOURCE_FIELD = re.compile(
    rf"(?:信息来源|来源){_FIELD_VALUE}(?P<name>[\u4e00-\u9fff()]{{2,40}}{AGENCY_SUFFIX})(?![\u4e00-\u9fff])"
)
_NUMBER_FIELD = re.compile(rf"(?:文件编号|发文字号|文号){_FIELD_VALUE}")
_PERIOD = re.compile(
    r"(?:实施期限|规划期限|规划期|期限|时限|规划期间)\s*(?:为|是|:)?\s*(?P<y1>\d{4})\s*年?\s*[-—–~至到]+\s*(?P<y2>\d{4})\s*年"
)
_VISION = re.compile(r"展望(?:至|到)\s*(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年")
_VISION_GOAL = re.compile(r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年远景目标")
_SHORT_SCOPE = {"省": "province", "市": "city", "区": "district", "县": "county"}


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def lines_of(text: str) -> Iterator[Line]:
    """Non-blank lines with their offsets, leading and trailing spaces trimmed."""
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + raw.index(stripped)
            yield Line(start, start + len(stripped), stripped)
        position += len(raw) + 1


class _Reader:
    """Evidence-making helpers bound to one document."""

    def __init__(self, source: str, nt: NormalisedText) -> None:
        self.source = source
        self.nt = nt
        self.lines = list(lines_of(nt.text))
        self.head = self.lines[:HEAD_LINES]

    def evidence(self, start: int, end: int, field: str) -> Evidence:
        o_start, o_end, quote = self.nt.quote(start, end)
        return Evidence(self.source, o_start, o_end, quote, field)


def extract_metadata(source: str, nt: NormalisedText) -> PlanMetadata:
    """Read the plan-level facts of one document (see shared/eval/README.md for the conventions)."""
    reader = _Reader(source, nt)
    evidence: list[Evidence] = []
    title, title_span = _title(reader)
    evidence.append(reader.evidence(*title_span, "title"))
    printed_title = nt.text[title_span[0] : title_span[1]]
    lead = gazetteer().leading_region(printed_title, context=nt.text)
    region: RegionRef | None = lead[0] if lead else None
    region_evidence = None
    if lead:
        region_evidence = reader.evidence(title_span[0] + lead[1], title_span[0] + lead[2], "region")
    level = region.level if region else ("national" if re.match(r"^(?:全国|国家|中国)", title) else None)
    issuers = _issuers(reader, region)
    if region is None:
        for issuer in issuers:
            if issuer.region is not None:
                region, level = issuer.region, issuer.region.level
                break
    published = _published(reader, evidence)
    doc_number = _doc_number(reader, title, evidence)
    period = _period(reader, title, evidence)
    vision_year = _vision_year(reader, evidence)
    return PlanMetadata(
        title=title,
        level=level,
        region=region,
        issuers=tuple(issuers),
        published=published,
        doc_number=doc_number,
        period=period,
        vision_year=vision_year,
        evidence=tuple(evidence),
        region_evidence=region_evidence,
    )


def clean_title(title: str) -> str:
    """A title as the graph stores it: simplified script, no white space."""
    return re.sub(r"\s+", "", title)


def _title(reader: _Reader) -> tuple[str, tuple[int, int]]:
    for pattern in (_NOTICE_TITLE, _FORWARDED_TITLE):
        for line in reader.head:
            if line.text.startswith("当前位置"):
                continue
            if m := pattern.search(line.text):
                start = line.start + m.start("title")
                return clean_title(m.group("title")), (start, start + len(m.group("title")))
    for index, line in enumerate(reader.head):
        if "当前位置" in line.text:
            continue
        m = _TITLE_LINE.match(line.text)
        if m and "关于" not in m.group("title"):
            start = line.start + m.start("title")
            return clean_title(m.group("title")), (start, start + len(m.group("title")))
        if index + 1 < len(reader.head) and _title_may_continue(line.text):
            # A title broken over two lines: 湖州市市场监管“十四五” / 规划
            following = reader.head[index + 1]
            joined = line.text + following.text
            m = _TITLE_LINE.match(joined)
            if m and m.start("title") < len(line.text) and "关于" not in m.group("title"):
                return clean_title(m.group("title")), (line.start + m.start("title"), following.end)
    raise ValueError("no plan title found in the document header")


def _title_may_continue(line: str) -> bool:
    """A short line with no sentence punctuation that is not site chrome may be a title's first half."""
    if not 4 <= len(line) <= 40 or re.search(r"[,。;:!?]", line) or is_chrome(line):
        return False
    return not (DATE.fullmatch(line) or AGENCY_LINE.match(line))


def _issuers(reader: _Reader, region: RegionRef | None) -> list[AgencyRef]:
    """Who issued the document: 发布机构 field, else the signature under a notice, else 来源."""
    for line in reader.head:
        if m := _ISSUER_FIELD.search(line.text):
            names = [n for n in m.group("name").split("、") if n]
            start = line.start + m.start("name")
            refs = []
            for name in names:
                offset = start + m.group("name").index(name)
                refs.append(_agency(reader, name, (offset, offset + len(name)), region))
            return refs
    signature = _signature(reader)
    if signature is not None:
        name_line, _ = signature
        return [_agency(reader, name_line.text, (name_line.start, name_line.end), region)]
    for line in reader.head:
        if m := re.match(rf"^(?P<name>[\u4e00-\u9fff]{{2,40}}{AGENCY_SUFFIX})关于印发", line.text):
            return [_agency(reader, m.group("name"), (line.start, line.start + len(m.group("name"))), region)]
    for line in reader.head:
        if m := _SOURCE_FIELD.search(line.text):
            start = line.start + m.start("name")
            return [_agency(reader, m.group("name"), (start, start + len(m.group("name"))), region)]
    return []


def _agency(reader: _Reader, printed: str, span: tuple[int, int], region: RegionRef | None) -> AgencyRef:
    """Expand a scoped short form (区市场监督管理局 in a 黄石港区 plan) to the full name."""
    name = printed
    scope = _SHORT_SCOPE.get(printed[0])
    if scope and region is not None and gazetteer().match_at(printed) is None:
        owner = next((step for step in reversed(region.path) if step.level == scope), None)
        if owner is None and scope in {"district", "county"} and region.level in {"district", "county"}:
            owner = region.path[-1]
        if owner is not None:
            name = owner.name + printed[1:]
    lead = gazetteer().leading_region(name, context=reader.nt.text)
    agency_region = lead[0] if lead else region
    return AgencyRef(name=name, region=agency_region, evidence=reader.evidence(*span, "issuer"))


def _signature(reader: _Reader) -> tuple[Line, Line] | None:
    """An agency name alone on a line followed by a date alone on a line: a notice's signature."""
    for index, line in enumerate(reader.lines[:-1]):
        if not AGENCY_LINE.match(line.text):
            continue
        following = reader.lines[index + 1]
        m = DATE.fullmatch(following.text)
        if m and iso_date(m):
            return line, following
    return None


def _date_after(reader: _Reader, pattern: re.Pattern[str], field: str) -> tuple[str, Evidence] | None:
    for line in reader.head:
        for m in pattern.finditer(line.text):
            d = DATE.match(line.text, m.end())
            if d and (value := iso_date(d)):
                start = line.start + d.start()
                return value, reader.evidence(start, line.start + d.end(), field)
    return None


def _published(reader: _Reader, evidence: list[Evidence]) -> str | None:
    """The date the issuer signed it; the website's posting date only when nothing better exists."""
    found = _date_after(reader, _SIGNED_FIELD, "published")
    if found is None and (signature := _signature(reader)) is not None:
        date_line = signature[1]
        m = DATE.fullmatch(date_line.text)
        if m and (value := iso_date(m)):
            found = value, reader.evidence(date_line.start, date_line.end, "published")
    if found is None:
        found = _date_after(reader, _POSTED_FIELD, "published")
    if found is None:
        return None
    evidence.append(found[1])
    return found[0]


def _doc_number(reader: _Reader, title: str, evidence: list[Evidence]) -> str | None:
    """The document's own number: a 文件编号 field, or one printed with the notice title."""
    for line in reader.head:
        m = _NUMBER_FIELD.search(line.text)
        if m and (n := DOC_NUMBER.match(line.text, m.end()) or DAMAGED_DOC_NUMBER.match(line.text, m.end())):
            return _keep_number(reader, line.start + n.start(), line.start + n.end(), evidence)
    for line in reader.head:
        if line.text.startswith("当前位置"):
            continue
        heading = "关于印发" in line.text or clean_title(line.text).startswith(title)
        alone = DOC_NUMBER.fullmatch(re.sub(r"^[(\s]+|[)\s]+$", "", line.text))
        if (heading or alone) and (n := DOC_NUMBER.search(line.text)):
            return _keep_number(reader, line.start + n.start(), line.start + n.end(), evidence)
    return None


def _keep_number(reader: _Reader, start: int, end: int, evidence: list[Evidence]) -> str:
    evidence.append(reader.evidence(start, end, "doc_number"))
    return re.sub(r"\s+", "", reader.nt.text[start:end])


def _period(reader: _Reader, title: str, evidence: list[Evidence]) -> str | None:
    """Years the plan runs: stated explicitly, else printed with the title, else its five-year cycle."""
    text = reader.nt.text
    if m := _PERIOD.search(text):
        evidence.append(reader.evidence(m.start(), m.end(), "period"))
        return f"{m.group('y1')}-{m.group('y2')}"
    for line in reader.head:
        if (m := _TITLE_LINE.match(line.text)) and m.group("y1"):
            evidence.append(reader.evidence(line.start + m.start("y1"), line.start + m.end("y2"), "period"))
            return f"{m.group('y1')}-{m.group('y2')}"
    return period_from_title(title)


def period_from_title(title: str) -> str | None:
    """The years of the five-year cycle a title names (“十四五”, 第十四个五年), if it names one."""
    if (m := FIVE_YEAR.search(title)) and (ordinal := cn_number(m.group(1))):
        return five_year_period(ordinal)
    return None


def _vision_year(reader: _Reader, evidence: list[Evidence]) -> int | None:
    """The long-range year the plan itself looks to (not one named inside a parent plan's title)."""
    text = reader.nt.text
    for pattern in (_VISION, _VISION_GOAL):
        for m in pattern.finditer(text):
            if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
                continue  # inside a cited title
            year = cn_number(m.group("y"))
            if year:
                evidence.append(reader.evidence(m.start(), m.end(), "vision_year"))
                return year
    return None
