"""Indicators a plan sets: rows of its indicator table (flattened one cell per line) and quantified
targets in prose.

The graph keys an indicator by (plan, name, kind), so names must be unique within a plan and kind:
a target restated in the same words is kept once; two different indicators that print the same name
are both kept, the later one with a short qualifier.
"""

from __future__ import annotations

from dataclasses import replace

from plangraph.ingest.indicator_prose import read_prose_targets
from plangraph.ingest.indicator_table import read_indicator_tables
from plangraph.ingest.indicator_values import plan_end_year
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.records import IndicatorRecord


def extract_indicators(source: str, nt: NormalisedText, period: str | None = None) -> list[IndicatorRecord]:
    """Every indicator the document sets: table rows first, then prose targets, each in document order.

    The plan's period, as its metadata read it from the title (成都市全民健身实施计划(2021—2025年) →
    2021-2025), dates targets that print no year and tells past facts (“十三五”期间,…达到48.86%) from
    targets; without one, the text's first five-year cycle or stated 规划期限 stands in."""
    end_year = int(period[-4:]) if period else plan_end_year(nt)
    first_year = int(period[:4]) if period else None
    tables = read_indicator_tables(source, nt, end_year)
    rows = [row for table in tables for row in table.rows]
    prose = read_prose_targets(source, nt, end_year, [(t.start, t.end) for t in tables], first_year)
    return _unique_names(rows) + _unique_names(prose)


def _unique_names(records: list[IndicatorRecord]) -> list[IndicatorRecord]:
    kept: dict[str, IndicatorRecord] = {}
    out: list[IndicatorRecord] = []
    for record in records:
        earlier = kept.get(record.name)
        if earlier is not None and _same_target(earlier, record):
            continue
        if earlier is not None:
            record = replace(record, name=_qualified(record, kept))
        kept[record.name] = record
        out.append(record)
    return out


def _same_target(a: IndicatorRecord, b: IndicatorRecord) -> bool:
    return (a.baseline, a.target, a.unit, a.category) == (b.baseline, b.target, b.unit, b.category)


def _qualified(record: IndicatorRecord, taken: dict[str, IndicatorRecord]) -> str:
    """The name with what tells it apart: its table category, else its printed target."""
    for qualifier in (record.category if record.kind == "table" else None, record.target):
        if qualifier and f"{record.name}({qualifier})" not in taken:
            return f"{record.name}({qualifier})"
    number = 2
    while f"{record.name}({number})" in taken:
        number += 1
    return f"{record.name}({number})"
