"""From one document's original text to its records: the pure core of ingest."""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right

from plangraph.ingest.boilerplate import strip_boilerplate
from plangraph.ingest.errors import IngestError
from plangraph.ingest.extract_entities import extract_entities
from plangraph.ingest.extract_indicators import extract_indicators
from plangraph.ingest.extract_metadata import extract_metadata, national_by_bases
from plangraph.ingest.extract_parents import extract_parents, parent_title
from plangraph.ingest.extract_structure import extract_structure
from plangraph.ingest.extract_tasks import extract_tasks
from plangraph.ingest.normalise import normalise
from plangraph.ingest.records import DocumentRecord, EntityMention, PlanRef

# Without a handler of the caller's, a warning reaches stderr as its bare message (logging's last resort).
log = logging.getLogger(__name__)


def parse_document(source: str, original: str) -> DocumentRecord:
    """Read metadata, parent plans, structure and indicators; IngestError when the text is not a plan.

    A page that starts at the plan's preamble (为……,根据……,制定本规划) is a plan without a title:
    it is read with a null title and one warning line.

    Metadata is read from the whole page (the issuer and dates sit in the site's header fields);
    structure and indicators from the body with the site chrome removed.
    """
    nt = normalise(original)
    try:
        plan = extract_metadata(source, nt)
    except ValueError as exc:
        raise IngestError(source, f"not a plan document: {exc}") from None
    title_evidence = next((e for e in plan.evidence if e.field == "title"), None)
    if title_evidence is None:
        log.warning("plangraph: warning: %s: the plan names no title; ingested with a null title", source)
    title_end = bisect_right(nt.origin, title_evidence.end - 1) if title_evidence else 0
    parents = extract_parents(source, nt, title_end, plan.title, plan.region or plan.setting)
    plan = national_by_bases(plan, parents, source, nt)
    body = strip_boilerplate(nt)
    body_start = bisect_left(body.origin, title_evidence.end) if title_evidence else 0
    sections = extract_structure(source, body, body_start)
    indicators = extract_indicators(source, body, plan.period)
    mentions = _bases_are_no_laws(extract_entities(source, body, plan, tuple(sections), page=nt), parents)
    tasks = extract_tasks(source, body, tuple(sections))
    return DocumentRecord(
        source=source,
        original=original,
        plan=plan,
        parents=tuple(parents),
        sections=tuple(sections),
        indicators=tuple(indicators),
        mentions=tuple(mentions),
        tasks=tuple(tasks),
    )


def _bases_are_no_laws(mentions: list[EntityMention], parents: list[PlanRef]) -> list[EntityMention]:
    """A 办法, 细则 or 规定 the preamble names as the plan's base (根据《某某管理办法》…制定本方案) is a
    parent of kind other, not also a Law; a 法 or 条例 cited there is never a parent and stays a Law."""
    spans = [(p.evidence.start, p.evidence.end) for p in parents]
    return [
        m
        for m in mentions
        if m.label != "Law"
        or parent_title(m.name) is None
        or not any(start <= m.evidence.start and m.evidence.end <= end for start, end in spans)
    ]
