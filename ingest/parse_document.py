"""From one document's original text to its records: the pure core of ingest."""

from __future__ import annotations

from ingest.errors import IngestError
from ingest.extract_indicators import extract_indicators
from ingest.extract_metadata import extract_metadata
from ingest.extract_parents import extract_parents
from ingest.extract_structure import extract_structure
from ingest.normalise import normalise
from ingest.records import DocumentRecord


def parse_document(source: str, original: str) -> DocumentRecord:
    """Read plan metadata and parent plans; raises IngestError when the text is not a plan."""
    nt = normalise(original)
    try:
        plan = extract_metadata(source, nt)
    except ValueError as exc:
        raise IngestError(source, f"not a plan document: {exc}") from None
    title_evidence = next(e for e in plan.evidence if e.field == "title")
    title_end = _normalised_index(nt.origin, title_evidence.end - 1) + 1
    parents = extract_parents(source, nt, title_end)
    sections = extract_structure(source, nt, title_end)
    indicators = extract_indicators(source, nt)
    return DocumentRecord(
        source=source,
        original=original,
        plan=plan,
        parents=tuple(parents),
        sections=tuple(sections),
        indicators=tuple(indicators),
    )


def _normalised_index(origin: tuple[int, ...], original_index: int) -> int:
    """The last normalised position that came from ``original_index`` (origin is non-decreasing)."""
    from bisect import bisect_right

    return bisect_right(origin, original_index) - 1
