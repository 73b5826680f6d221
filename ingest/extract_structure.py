"""The heading hierarchy of a plan and its numbered measures. Filled in by issue 3's structure work."""

from __future__ import annotations

from ingest.normalise import NormalisedText
from ingest.records import SectionRecord


def extract_structure(source: str, nt: NormalisedText, body_start: int = 0) -> list[SectionRecord]:
    """Sections in document order, each with its path, kind and evidence."""
    return []
