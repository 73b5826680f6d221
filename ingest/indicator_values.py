"""How plans write indicator values, units and natures: the vocabulary the table and prose readers share.

Values are kept as printed, so these patterns only recognise and cut; they never rewrite a value
beyond dropping a footnote star (see ``IndicatorRecord``).
"""

from __future__ import annotations

import re

from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import Evidence
from plangraph.ingest.text_patterns import FIVE_YEAR, cn_number, five_year_period

NATURE = re.compile(r"(?P<nature>预期性|约束性)(?:指标)?")
# A number as plans print it: 57, 9.9, 1-3, 300-500 (a range is one value).
NUMBER = r"\d+(?:\.\d+)?(?:\s*[-~—–]\s*\d+(?:\.\d+)?)?"
# Units a plan counts in; a multiplier (万, 亿 …) may lead. Stable vocabulary, not taken from any plan.
# 年 is left out on purpose: "用3年时间" is a horizon, not a count.
_COUNTERS = "元户家项个件名人台套辆座所份条种次吨册篇场支处间床张枚株头倍"
UNIT = (
    rf"(?:个百分点|个工作日|个月|批次|人次|[万亿]?(?:平方米|平方公里|公里|千米|亩|公顷)|m2|㎡|小时|天|%|‰"
    rf"|[万亿千百]*(?:人次|[{_COUNTERS}])|分(?![别钟类局期之批])|[万亿](?![\u4e00-\u9fff]))"
)
# A rate unit printed after the count: 271份/百万人口, 4批次/千人.
PER_UNIT = r"/[万千百]?[\u4e00-\u9fff]{1,3}?(?=以|$|[^\u4e00-\u9fff])"
# One cell of a flattened table that holds a value: 44*, ≤2, 〔0.8〕, 〔≥21〕, (180), <0.29, /, —.
VALUE_CELL = re.compile(
    rf"[〔\[(【]?\s*(?:[≤≥<>≦≧]=?|不[低少高多超]于|约)?\s*{NUMBER}\s*(?:%|‰|[万亿])?\s*(?:以上|以下|以内|左右)?"
    r"\s*[〕\])】]?\s*\*?"
    r"|[/—–-]{1,2}|无"
)
_UNIT_CHARS = re.compile(rf"[%‰/{_COUNTERS}天时米亩顷批次率分岁年]")
_NOT_A_UNIT = re.compile(r"^(?:含|不含|包括|其中|按|除|以|指|注)")


def split_unit(cell: str) -> tuple[str, str | None]:
    """A table's name cell carries its unit in a trailing parenthesis, sometimes left unclosed
    ("占比(%"); a parenthesis that is part of the name ("(含提名奖)") is not a unit."""
    match = re.search(r"[(]\s*(?P<unit>[^()]{1,10}?)\s*[)]?\s*$", cell)
    if match is None:
        return cell.strip(), None
    unit = match.group("unit")
    name = cell[: match.start()].strip()
    if not name or _NOT_A_UNIT.match(unit) or not _UNIT_CHARS.search(unit) or unit[:1].isdigit():
        return cell.strip(), None
    return name, unit


# An amount noted in a cell's brackets (投资(500万元)): a project's figure, not an indicator's unit.
AMOUNT_IN_BRACKETS = re.compile(rf"[(]\s*{NUMBER}\s*[万亿千百]*[{_COUNTERS}]")


def clean_name(text: str) -> str:
    """Scraped cells put layout spaces inside names (指  标); Chinese names carry none."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text).strip()


def plan_end_year(nt: NormalisedText, head_lines: int = 20) -> int | None:
    """The last year of the plan period: targets without a year of their own are for that year.

    The title's 十四五 is the most reliable sign (a page's links may name other periods later on);
    a stated 规划期限 2021—2025 is the fallback.
    """
    head = "\n".join(nt.text.split("\n")[:head_lines])
    for match in FIVE_YEAR.finditer(head):
        ordinal = cn_number(match.group(1))
        period = five_year_period(ordinal) if ordinal else None
        if period:
            return int(period[-4:])
    if m := re.search(r"(?:期限|期间|规划期)\D{0,3}\d{4}\s*年?\s*[-—–~至到]+\s*(?P<y>\d{4})", nt.text):
        return int(m.group("y"))
    return None


def indicator_evidence(source: str, nt: NormalisedText, start: int, end: int) -> Evidence:
    """Evidence on the original text for a span of the normalised text."""
    o_start, o_end, quote = nt.quote(start, end)
    return Evidence(source, o_start, o_end, quote, "indicator")
