"""Indicators a plan sets: rows of its indicator table (flattened one cell per line) and quantified
targets in prose. Filled in by the indicator work of issue 3."""

from __future__ import annotations

from ingest.normalise import NormalisedText
from ingest.records import IndicatorRecord


def extract_indicators(source: str, nt: NormalisedText) -> list[IndicatorRecord]:
    """Every indicator the document sets, in document order."""
    return []
