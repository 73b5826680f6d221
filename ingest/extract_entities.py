"""Named entities of one document, passage by passage, with evidence and the Section they sit in."""

from __future__ import annotations

import re
from bisect import bisect_right

from plangraph.ingest.boilerplate import source_fields
from plangraph.ingest.entities import Found, PlanContext
from plangraph.ingest.extract_agencies import find_agencies
from plangraph.ingest.extract_pilots import read_plan_pilots
from plangraph.ingest.extract_systems import read_plan_systems
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.name_walk import plan_lines
from plangraph.ingest.nlp import find_entities
from plangraph.ingest.normalise import NormalisedText
from plangraph.ingest.plan_title_key import plan_title_key
from plangraph.ingest.records import EntityMention, Evidence, PlanMetadata, SectionRecord
from plangraph.ingest.text_layout import lines_of

# A plan's subject says which bureau its bare 省局 / 市局 means (stable facts of China's administration).
_DOMAINS = (
    (re.compile(r"市场监管|市场监督管理"), "市场监督管理局"),
    (re.compile(r"药品监督|药品安全"), "药品监督管理局"),
    (re.compile(r"知识产权"), "知识产权局"),
)


def plan_domain(plan: PlanMetadata) -> str | None:
    """The bureau a plan's shorthand 局 stands for, from its title or its issuer."""
    for pattern, bureau in _DOMAINS:
        if pattern.search(plan.title or "") or any(pattern.search(i.name) for i in plan.issuers):
            return bureau
    return None


def plan_context(plan: PlanMetadata, text: str, lines: list[str]) -> PlanContext:
    """The plan a finder reads passages in, with the spellings of names resolved for the whole plan
    first (one step per document): every spelling of one system or pilot then carries one name."""
    context = PlanContext(
        region=plan.region or plan.setting, domain=plan_domain(plan), level=plan.level, text=text
    )
    segmented = plan_lines(lines)
    context.readings["System"] = read_plan_systems(context, segmented)
    context.readings["Pilot"] = read_plan_pilots(context, segmented)
    return context


def extract_entities(
    source: str,
    body: NormalisedText,
    plan: PlanMetadata,
    sections: tuple[SectionRecord, ...],
    page: NormalisedText | None = None,
) -> list[EntityMention]:
    """Every entity mention in the body, each tied to the deepest Section whose own text holds it,
    and the bodies the ``page``'s header names as the document's source (来源, 发布机构)."""
    lines = list(lines_of(body.text))
    context = plan_context(plan, body.text, [line.text for line in lines])
    locate = _passage_locator(sections)
    own_key = plan_title_key(plan.title) if plan.title else None
    mentions: list[EntityMention] = []
    for line, found in zip(lines, find_entities((line.text for line in lines), context), strict=True):
        for item in found:
            if item.label == "Plan" and plan_title_key(item.name) == own_key:
                continue  # the plan citing itself
            if item.label == "Plan":
                lead = gazetteer().leading_region(item.name, context=body.text)
                item = Found(
                    item.label, item.start, item.end, item.name, item.surface, {"region": lead and lead[0]}
                )
            start, end, quote = body.quote(line.start + item.start, line.start + item.end)
            mentions.append(_mention(source, item, start, end, quote, locate(start)))
    if page is not None:
        mentions.extend(_source_field_agencies(source, page, context))
    return mentions


def _source_field_agencies(source: str, page: NormalisedText, context: PlanContext) -> list[EntityMention]:
    """The bodies a page's header names as where its document comes from (来源:广西壮族自治区市场监督
    管理局): named by the page, though outside the plan's text (tied to no Section)."""
    mentions = []
    for value_start, value_end in source_fields(page):
        for item in find_agencies(page.text[value_start:value_end], context):
            start, end, quote = page.quote(value_start + item.start, value_start + item.end)
            mentions.append(_mention(source, item, start, end, quote, None))
    return mentions


def _mention(
    source: str, item: Found, start: int, end: int, quote: str, passage: int | None
) -> EntityMention:

    return EntityMention(
        label=item.label,
        name=item.name,
        surface=item.surface,
        evidence=Evidence(source, start, end, quote, "mention"),
        passage=passage,
        region=item.attrs.get("region"),
        scope=item.attrs.get("scope"),
        regions=tuple(item.attrs.get("regions", ())),
        aliases=tuple(item.attrs.get("aliases", ())),
    )


def _passage_locator(sections: tuple[SectionRecord, ...]):
    """Original offset → order of the innermost section whose own text contains it."""
    spans = sorted((s.evidence.start, s.evidence.end, s.order) for s in sections)
    starts = [start for start, _, _ in spans]

    def locate(offset: int) -> int | None:
        index = bisect_right(starts, offset) - 1
        while index >= 0:
            start, end, order = spans[index]
            if start <= offset < end:
                return order
            index -= 1
        return None

    return locate
