"""Records from ingest → one document's nodes and edges.

The build is a pure function: the same record always gives the same DocumentGraph, which is what makes
re-ingesting a file a no-op and ingest order irrelevant.
"""

from __future__ import annotations

from collections.abc import Sequence

from plangraph.graph.keys import (
    agency_id,
    entity_id,
    indicator_id,
    plan_id,
    region_id,
    section_id,
    task_id,
    untitled_plan_id,
)
from plangraph.graph.model import Contribution, DocumentGraph, EdgeRecord, Label, NodeRecord, RelType
from plangraph.ingest.extract_metadata import period_from_title
from plangraph.ingest.gazetteer import short_name
from plangraph.ingest.plan_title_key import placeless_division
from plangraph.ingest.records import (
    AgencyRef,
    DocumentRecord,
    EntityMention,
    Evidence,
    IndicatorRecord,
    PlanRef,
    RegionRef,
    SectionRecord,
    TaskRecord,
)


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: dict[str, EdgeRecord] = {}

    def node(
        self, node_id: str, label: Label, props: dict, evidence: list[Evidence], primary: bool = False
    ) -> str:
        existing = self.nodes.get(node_id)
        ev = [e.as_dict() for e in evidence]
        if existing is None:
            self.nodes[node_id] = NodeRecord(node_id, label, Contribution(dict(props), ev, primary))
        else:
            c = existing.contribution
            for key, value in props.items():
                if key == "aliases":
                    c.props[key] = sorted({*c.props.get(key, []), *(value or [])})
                elif value is not None or key not in c.props:
                    c.props[key] = value
            c.evidence.extend(e for e in ev if e not in c.evidence)
            c.primary = c.primary or primary
        return node_id

    def edge(self, source: str, target: str, rel: RelType, evidence: list[Evidence] = ()) -> None:
        record = EdgeRecord(source, target, rel, Contribution({}, [e.as_dict() for e in evidence]))
        existing = self.edges.get(record.key)
        if existing is None:
            self.edges[record.key] = record
        else:
            existing.contribution.evidence.extend(
                e for e in record.contribution.evidence if e not in existing.contribution.evidence
            )

    def region(self, ref: RegionRef, evidence: Evidence | None) -> str:
        """The division and its PART_OF chain up to the province; only the named one carries evidence."""
        child: str | None = None
        for step in reversed(ref.path):
            short = short_name(step.name)
            props = {
                "name": step.name,
                "aliases": [short] if short else [],
                "level": step.level,
                "code": step.code,
                "path": [s.name for s in ref.path[: ref.path.index(step) + 1]],
            }
            ev = [evidence] if evidence is not None and step.code == ref.code else []
            node = self.node(region_id(step.code), Label.REGION, props, ev)
            if child is not None:
                self.edge(child, node, RelType.PART_OF)
            child = node
        return region_id(ref.code)

    def agency(self, ref: AgencyRef) -> str:
        props = {
            "name": ref.name,
            "region": ref.region.name if ref.region else None,
            "region_code": ref.region.code if ref.region else None,
        }
        return self.node(agency_id(ref.name), Label.AGENCY, props, [ref.evidence] if ref.evidence else [])

    def parent(self, ref: PlanRef) -> str:
        props = {
            "title": ref.title,
            "level": ref.level,
            "region": ref.region.name if ref.region else None,
            "period": ref.period,
        }
        node = self.node(
            plan_id(ref.title, placeless_division(ref.title, ref.region)), Label.PLAN, props, [ref.evidence]
        )
        if ref.region is not None and ref.region.path:  # 全国 is no Region node
            self.edge(node, self.region(ref.region, None), RelType.COVERS)
        return node

    def sections(self, plan: str, sections: Sequence[SectionRecord]) -> None:
        """Plan -[:HAS_SECTION]-> top sections -[:HAS_SECTION]-> their children, in document order."""
        ids: dict[str, str] = {}
        for section in sections:
            props = {
                "name": section.title,
                "title": section.title,
                "path": section.path,
                "number": section.number,
                "kind": section.kind,
                "depth": section.depth,
                "order": section.order,
                "heading": section.heading.text,
            }
            node = self.node(
                section_id(plan, section.path, section.order),
                Label.SECTION,
                props,
                [section.evidence],
                primary=True,
            )
            ids[section.path] = node
            parent = ids.get(section.parent_path, plan) if section.parent_path else plan
            self.edge(parent, node, RelType.HAS_SECTION)

    def tasks(self, plan: str, tasks: Sequence[TaskRecord], sections: Sequence[SectionRecord]) -> None:
        """Section -[:HAS_TASK]-> each statement of its own text: the units linking connects."""
        by_order = {s.order: s for s in sections}
        for task in tasks:
            section = by_order[task.section]
            props = {
                "name": task.text[:40],
                "text": task.text,
                "section": section.path,
                "order": task.order,
                "review": task.review,
            }
            node = self.node(
                task_id(plan, task.section, task.order), Label.TASK, props, [task.evidence], primary=True
            )
            self.edge(section_id(plan, section.path, section.order), node, RelType.HAS_TASK)

    def indicators(self, plan: str, indicators: Sequence[IndicatorRecord]) -> None:
        for indicator in indicators:
            props = {
                "name": indicator.name,
                "unit": indicator.unit,
                "baseline": indicator.baseline,
                "target": indicator.target,
                "nature": indicator.nature,
                "category": indicator.category,
                "cumulative": indicator.cumulative,
                "baseline_year": indicator.baseline_year,
                "target_year": indicator.target_year,
                "kind": indicator.kind,
            }
            node = self.node(
                indicator_id(plan, indicator.name, indicator.kind),
                Label.INDICATOR,
                props,
                [indicator.evidence],
                primary=True,
            )
            self.edge(plan, node, RelType.SETS, [indicator.evidence])

    def mentions(
        self, plan: str, mentions: Sequence[EntityMention], sections: Sequence[SectionRecord]
    ) -> None:
        """Entity nodes, one per canonical name, and a MENTIONS edge from the passage that names them."""
        passages = {s.order: section_id(plan, s.path, s.order) for s in sections}
        for mention in mentions:
            node = self.entity(mention)
            if node is None or node == plan:
                continue
            passage = passages.get(mention.passage, plan) if mention.passage is not None else plan
            self.edge(passage, node, RelType.MENTIONS, [mention.evidence])

    def entity(self, mention: EntityMention) -> str | None:
        evidence = [mention.evidence]
        aliases = sorted({mention.surface, *mention.aliases} - {mention.name})
        if mention.label == "Region":
            return self.region(mention.region, mention.evidence) if mention.region else None
        if mention.label == "Plan":
            region = mention.region
            ref = PlanRef(
                title=mention.name,
                level=region.level if region else None,
                region=region,
                evidence=mention.evidence,
                period=period_from_title(mention.name),
            )
            return self.parent(ref)
        label = Label(mention.label)
        props: dict = {"name": mention.name, "aliases": aliases}
        if label == Label.AGENCY:
            props["region"] = mention.scope
        node = self.node(entity_id(label, mention.name), label, props, evidence)
        if label == Label.PILOT:
            for region in mention.regions:
                if region.path:  # 全国 is no Region node (as for a national plan's COVERS)
                    self.edge(node, self.region(region, None), RelType.LOCATED_IN, evidence)
        return node


def build_document_graph(record: DocumentRecord) -> DocumentGraph:
    """Plan, its regions, issuers and parent plans (stubs until their own documents arrive)."""
    b = _Builder(record.source)
    meta = record.plan
    issuers = list(meta.issuers)
    props = {
        "title": meta.title,
        "level": meta.level,
        "region": meta.region.name if meta.region else None,
        "region_code": meta.region.code if meta.region else None,
        "issuer": "、".join(i.name for i in issuers) or None,
        "published": meta.published,
        "doc_number": meta.doc_number,
        "period": meta.period,
        "vision_year": meta.vision_year,
    }
    evidence = list(meta.evidence) + [i.evidence for i in issuers if i.evidence is not None]
    division = placeless_division(meta.title, meta.region) if meta.title else None
    own_id = plan_id(meta.title, division) if meta.title else untitled_plan_id(record.source)
    plan = b.node(own_id, Label.PLAN, props, evidence, primary=True)
    if meta.region is not None and meta.region.path:  # 全国 is no Region node
        b.edge(plan, b.region(meta.region, meta.region_evidence), RelType.COVERS)
    # The issuer as printed (上海市崇明区人民政府) is the body the entity finder read at the same place
    # under its canonical name (崇明区人民政府): one node, not two.
    found_at = {(m.evidence.start, m.evidence.end): m for m in record.mentions if m.label == "Agency"}
    for issuer in (i for i in issuers if i.placed):
        same = found_at.get((issuer.evidence.start, issuer.evidence.end)) if issuer.evidence else None
        node = b.entity(same) if same is not None else b.agency(issuer)
        b.edge(node, plan, RelType.ISSUED, [issuer.evidence] if issuer.evidence else [])
    for parent in record.parents:
        target = b.parent(parent)
        if target != plan:
            b.edge(plan, target, RelType.BASED_ON, [parent.evidence])
    b.sections(plan, record.sections)
    b.indicators(plan, record.indicators)
    b.mentions(plan, record.mentions, record.sections)
    b.tasks(plan, record.tasks, record.sections)
    return DocumentGraph(record.source, list(b.nodes.values()), list(b.edges.values()))
