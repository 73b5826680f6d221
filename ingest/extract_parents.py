"""The plans a document says it is based on: the 根据/按照/依据/贯彻 … 制定/编制 preamble.

Parent titles appear in 《》, in quote marks, or bare (quote marks lost in scraping), joined by 和/及/、.
Only the preamble counts: a 根据 deep in the body names a rule being applied, not the plan's parent.
"""

from __future__ import annotations

import re

from plangraph.ingest.extract_metadata import period_from_title
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import Evidence, PlanRef
from plangraph.ingest.text_patterns import DAMAGED_DOC_NUMBER, PLAN_KINDS

# The preamble sits within this many characters after the title line.
PREAMBLE_CHARS = 2500
_TRIGGER = re.compile(r"(?:根据|按照|依据|依照|贯彻落实|贯彻|落实)")
_DRAFTED = re.compile(r"(?:制定|编制|制订|特制定|研究制定|印发)")
_SENTENCE = re.compile(r"[^。!?\n]+")
_SEPARATOR = re.compile(r"\s*(?:和|及|以及|与|、|,)\s*")
_BRACKETED = re.compile(r"《(?P<t>[^《》]{4,100})》")
# Quote marks may nest one level when a quoted title itself holds “十四五”.
_QUOTED = re.compile(r"“(?P<t>(?:[^“”\n]|“[^“”\n]*”){4,100})”|\"(?P<t2>[^\"\n]{4,100})\"")
# A bare title: the shortest run ending in a plan kind, followed by something that cannot continue it.
_BARE = re.compile(
    rf"(?P<t>[^《》,。;:!?\s和及]{{2,60}}?{PLAN_KINDS})(?=和|及|以及|与|、|,|精神|要求|部署|的|\(|《|$)"
)
_DOC_NUMBER_AFTER = re.compile(rf"\s*[(](?:[^()]{{2,30}}号|{DAMAGED_DOC_NUMBER.pattern})[)]")
_PLAN_TITLE = re.compile(rf"{PLAN_KINDS}$")
# The body starts at its first numbered heading (一、 / 第一章); the preamble is what comes before.
_HEADING = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分篇])", re.MULTILINE
)


def extract_parents(source: str, nt: NormalisedText, title_end: int) -> list[PlanRef]:
    """Parent plans named in the preamble that follows the title (normalised offset ``title_end``)."""
    text = nt.text
    window_end = min(len(text), title_end + PREAMBLE_CHARS)
    if heading := _HEADING.search(text, title_end, window_end):
        window_end = heading.start()
    parents: list[PlanRef] = []
    seen: set[str] = set()
    for sentence in _SENTENCE.finditer(text, title_end, window_end):
        body = sentence.group()
        if not _DRAFTED.search(body):
            continue
        for trigger in _TRIGGER.finditer(body):
            position = sentence.start() + trigger.end()
            for start, end, title in _titles_from(text, position, sentence.end()):
                key = plan_title_key(title)
                if key in seen:
                    continue
                seen.add(key)
                o_start, o_end, quote = nt.quote(start, end)
                parents.append(_plan_ref(title, Evidence(source, o_start, o_end, quote, "parent"), nt))
        if parents:
            break
    return parents


def _titles_from(text: str, position: int, limit: int) -> list[tuple[int, int, str]]:
    """Consecutive plan titles starting at ``position``, until something that is not a title."""
    found: list[tuple[int, int, str]] = []
    while position < limit:
        item = None
        for pattern in (_BRACKETED, _QUOTED, _BARE):
            m = pattern.match(text, position, limit)
            if m:
                item = m
                break
        if item is None:
            break
        title = re.sub(r"\s+", "", item.group("t") or item.group("t2"))
        if _PLAN_TITLE.search(title):
            found.append((item.start(), item.end(), title))
        position = item.end()
        if number := _DOC_NUMBER_AFTER.match(text, position, limit):
            position = number.end()
        separator = _SEPARATOR.match(text, position, limit)
        if separator is None or separator.end() == position:
            break
        position = separator.end()
    return found


def plan_title_key(title: str) -> str:
    """The identity of a plan title: quote marks, brackets and spaces do not make another plan."""
    return re.sub(r"[\s《》〈〉“”‘’\"'「」『』]", "", title)


def _plan_ref(title: str, evidence: Evidence, nt: NormalisedText) -> PlanRef:
    lead = gazetteer().leading_region(title, context=nt.text)
    region = lead[0] if lead else None
    level = region.level if region else ("national" if re.match(r"^(?:全国|国家|中国)", title) else None)
    return PlanRef(
        title=title, level=level, region=region, evidence=evidence, period=period_from_title(title)
    )
