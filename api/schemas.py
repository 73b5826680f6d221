"""Response models: the API's public contract, kept apart from the graph model it is built from.

Examples use real ids and quotes from the sample corpus (data/seeds), so /docs shows what a client
will actually get back after ``plangraph demo``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from plangraph.api.examples import (
    HUZHOU_OUTLINE_ID,
    HUZHOU_OUTLINE_TITLE,
    HUZHOU_PLAN_ID,
    HUZHOU_TITLE,
    ZHEJIANG_PLAN_ID,
    ZHEJIANG_TITLE,
)
from plangraph.graph.model import Edge, Label, Node

__all__ = ["HUZHOU_PLAN_ID", "ZHEJIANG_PLAN_ID"]

Source = str | list[str] | None


class Evidence(BaseModel):
    """Where a fact was read: a span of the ORIGINAL document text."""

    source: str = Field(description="document file name")
    start: int = Field(description="character offset where the quote starts")
    end: int = Field(description="character offset just after the quote")
    text: str = Field(description="the quote, exactly as printed in the document")
    field: str | None = Field(default=None, description="which property this quote supports")


class Health(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "ok", "version": "0.1.0", "plans": 8}]}
    )

    status: Literal["ok"]
    version: str
    plans: int = Field(description="number of Plan nodes, stubs included")


class ErrorDetail(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"detail": "no plan with id plan-000000000000"}]}
    )

    detail: str


class PlanSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": HUZHOU_PLAN_ID,
                    "title": HUZHOU_TITLE,
                    "level": "city",
                    "region": "湖州市",
                    "issuer": "湖州市人民政府",
                    "published": "2021-09-18",
                    "period": "2021-2025",
                    "source": "000_eecffe482169a7c7.txt",
                }
            ]
        }
    )

    id: str
    title: str | None = None
    level: str | None = Field(default=None, description="national, province, city, district or county")
    region: str | None = None
    issuer: str | None = None
    published: str | None = Field(default=None, description="publication date, YYYY-MM-DD")
    period: str | None = Field(default=None, description="years covered, e.g. 2021-2025")
    source: Source = Field(
        default=None,
        description="the plan's own document(s); null for a plan that is only referenced (a stub)",
    )

    @classmethod
    def from_node(cls, node: Node) -> PlanSummary:
        return cls.model_validate(_plan_fields(node))


class PlanPage(BaseModel):
    items: list[PlanSummary]
    total: int = Field(description="plans matching the filters, over all pages")
    limit: int
    offset: int


class PlanLink(BaseModel):
    """A plan at the other end of a BASED_ON edge, with the quote that states the link."""

    id: str
    title: str | None = None
    level: str | None = None
    region: str | None = None
    source: Source = None
    evidence: list[Evidence] = Field(default_factory=list, description="where the BASED_ON link is stated")

    @classmethod
    def from_neighbour(cls, edge: Edge, node: Node) -> PlanLink:
        return cls.model_validate({**_plan_fields(node), "evidence": edge.evidence})


class SectionRef(BaseModel):
    """A top-level section (chapter) of a plan; its subsections are its HAS_SECTION neighbours."""

    id: str
    title: str | None = None
    path: str | None = Field(default=None, description="numbering path, e.g. 三、")
    order: int | None = Field(default=None, description="position in the document")


class IndicatorRef(BaseModel):
    id: str
    name: str
    unit: str | None = None
    baseline: str | None = None
    target: str | None = None
    target_year: int | None = None
    nature: str | None = Field(default=None, description="约束性 (binding) or 预期性 (expected)")


class EntityRef(BaseModel):
    """An entity a plan names, with how many of the plan's passages name it."""

    id: str
    label: str
    name: str | None = None
    mentions: int = Field(description="MENTIONS edges from this plan's passages")


class PlanDetail(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": HUZHOU_PLAN_ID,
                    "title": HUZHOU_TITLE,
                    "level": "city",
                    "region": "湖州市",
                    "region_code": "330500",
                    "issuer": "湖州市人民政府",
                    "published": "2021-09-18",
                    "doc_number": None,
                    "period": "2021-2025",
                    "vision_year": 2035,
                    "source": "000_eecffe482169a7c7.txt",
                    "evidence": [
                        {
                            "source": "000_eecffe482169a7c7.txt",
                            "start": 108,
                            "end": 115,
                            "text": "湖州市人民政府",
                            "field": "issuer",
                        }
                    ],
                    "parents": [
                        {
                            "id": ZHEJIANG_PLAN_ID,
                            "title": ZHEJIANG_TITLE,
                            "level": "province",
                            "region": "浙江省",
                            "source": "004_5bfa1912dc2746f6.txt",
                            "evidence": [
                                {
                                    "source": "000_eecffe482169a7c7.txt",
                                    "start": 175,
                                    "end": 187,
                                    "text": "浙江省市场监管十四五规划",
                                    "field": "parent",
                                }
                            ],
                        },
                        {
                            "id": HUZHOU_OUTLINE_ID,
                            "title": HUZHOU_OUTLINE_TITLE,
                            "level": "city",
                            "region": "湖州市",
                            "source": None,
                            "evidence": [
                                {
                                    "source": "000_eecffe482169a7c7.txt",
                                    "start": 188,
                                    "end": 222,
                                    "text": f"《{HUZHOU_OUTLINE_TITLE}》",
                                    "field": "parent",
                                }
                            ],
                        },
                    ],
                    "children": [],
                }
            ]
        }
    )

    id: str
    title: str | None = None
    level: str | None = None
    region: str | None = None
    region_code: str | None = Field(default=None, description="administrative division code (GB/T 2260)")
    issuer: str | None = None
    published: str | None = None
    doc_number: str | None = Field(default=None, description="文号, e.g. 甘市监发〔2021〕395号")
    period: str | None = None
    vision_year: int | None = Field(default=None, description="远景目标 year, e.g. 2035")
    source: Source = None
    evidence: list[Evidence] = Field(default_factory=list)
    parents: list[PlanLink] = Field(description="plans this plan is based on (BASED_ON out-edges)")
    children: list[PlanLink] = Field(description="plans based on this plan (BASED_ON in-edges)")
    sections: list[SectionRef] = Field(default_factory=list, description="top-level sections, in order")
    indicators: list[IndicatorRef] = Field(default_factory=list, description="indicators it SETS")
    systems: list[EntityRef] = Field(default_factory=list, description="information systems it names")
    pilots: list[EntityRef] = Field(default_factory=list, description="pilots and demonstration zones")
    agencies: list[EntityRef] = Field(
        default_factory=list,
        description="the issuing agency (mentions 0 unless also named) and agencies named",
    )

    @classmethod
    def from_plan(
        cls,
        node: Node,
        parents: list[tuple[Edge, Node]],
        children: list[tuple[Edge, Node]],
        own: list[tuple[Edge, Node]] | None = None,
        mentions: list[tuple[Edge, Node]] | None = None,
    ) -> PlanDetail:
        """``own``: the plan's out-edges (HAS_SECTION, SETS) and ISSUED in-edges; ``mentions``: what
        its passages name (GraphStore.plan_mentions)."""
        own, mentions = own or [], mentions or []
        sections = sorted(
            (n for e, n in own if e.type == "HAS_SECTION"), key=lambda n: n.props.get("order") or 0
        )
        counts: dict[str, int] = {}
        for _, other in mentions:
            counts[other.id] = counts.get(other.id, 0) + 1
        named = [other for _, other in mentions]
        issuers = [n for e, n in own if e.type == "ISSUED"]
        return cls.model_validate(
            {
                **_plan_fields(node),
                "evidence": node.evidence,
                "parents": [PlanLink.from_neighbour(edge, other) for edge, other in parents],
                "children": [PlanLink.from_neighbour(edge, other) for edge, other in children],
                "sections": [
                    {
                        "id": n.id,
                        "title": n.props.get("title"),
                        "path": n.props.get("path"),
                        "order": n.props.get("order"),
                    }
                    for n in sections
                ],
                "indicators": [
                    {"id": n.id, **{k: n.props.get(k) for k in IndicatorRef.model_fields if k != "id"}}
                    for n in sorted((n for e, n in own if e.type == "SETS"), key=lambda n: n.id)
                ],
                "systems": _entity_refs(named, counts, Label.SYSTEM),
                "pilots": _entity_refs(named, counts, Label.PILOT),
                "agencies": _entity_refs([*issuers, *named], counts, Label.AGENCY),
            }
        )


def _entity_refs(nodes: list[Node], counts: dict[str, int], label: Label) -> list[dict[str, Any]]:
    """One entry per entity of ``label``, most often named first."""
    unique = {n.id: n for n in nodes if n.label == label}
    return [
        {"id": n.id, "label": str(n.label), "name": n.props.get("name"), "mentions": counts.get(n.id, 0)}
        for n in sorted(unique.values(), key=lambda n: (-counts.get(n.id, 0), n.id))
    ]


def _plan_fields(node: Node) -> dict[str, Any]:
    return {**node.props, "id": node.id}
