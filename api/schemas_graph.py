"""Response models for reading the graph node by node: entities, search, neighbours, trace, path."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from plangraph.api.examples import (
    HUZHOU_MEASURE_ID,
    HUZHOU_PLAN_ID,
    HUZHOU_TITLE,
    ZHEJIANG_GOAL_ID,
    ZHESHILIAN_ID,
)
from plangraph.api.schemas import Evidence
from plangraph.graph.model import Edge, Node

ZHESHILIAN_QUOTE = {
    "source": "000_eecffe482169a7c7.txt",
    "start": 13597,
    "end": 13600,
    "text": "浙食链",
    "field": "mention",
}


class PlanRef(BaseModel):
    id: str
    title: str | None = None
    level: str | None = None
    region: str | None = None

    @classmethod
    def from_node(cls, node: Node | None) -> PlanRef | None:
        return None if node is None else cls.model_validate({**node.props, "id": node.id})


class NodeOut(BaseModel):
    """A node with all its properties and every quote it was read from."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ZHESHILIAN_ID,
                    "label": "System",
                    "name": "浙食链",
                    "props": {"name": "浙食链", "aliases": ["浙食链系统"]},
                    "evidence": [ZHESHILIAN_QUOTE],
                }
            ]
        }
    )

    id: str
    label: str = Field(description="Plan, Region, Agency, System, Pilot, Indicator, Law, Section or Task")
    name: str | None = Field(default=None, description="name, or title for plans and sections")
    props: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)

    @classmethod
    def from_node(cls, node: Node) -> NodeOut:
        name = node.props.get("name") or node.props.get("title")
        # one validation call for the node and all its quotes: one per quote was most of the cost
        # of a neighbourhood answer (hundreds of nodes, each with its evidence)
        return cls.model_validate(
            {
                "id": node.id,
                "label": str(node.label),
                "name": name if isinstance(name, str) else None,
                "props": node.props,
                "evidence": node.evidence,
            }
        )


class EdgeOut(BaseModel):
    source: str
    target: str
    type: str
    props: dict[str, Any] = Field(default_factory=dict, description="e.g. score and method of IMPLEMENTS")
    evidence: list[Evidence] = Field(default_factory=list)

    @classmethod
    def from_edge(cls, edge: Edge) -> EdgeOut:
        return cls.model_validate(
            {
                "source": edge.source,
                "target": edge.target,
                "type": str(edge.type),
                "props": edge.props,
                "evidence": edge.evidence,
            }
        )


class NodePage(BaseModel):
    items: list[NodeOut]
    total: int = Field(description="nodes matching, over all pages (text search counts up to its cap)")
    limit: int
    offset: int


class SearchHit(BaseModel):
    id: str
    label: str
    name: str | None = None


class SearchHits(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"q": "浙食鏈", "items": [{"id": ZHESHILIAN_ID, "label": "System", "name": "浙食链"}]}
            ]
        }
    )

    q: str
    items: list[SearchHit]


class Mention(BaseModel):
    """One passage naming the entity, with the plan whose text it is and the quote."""

    passage: str = Field(description="id of the Section (or Plan) that names it")
    plan: PlanRef | None = None
    evidence: list[Evidence]


class MentioningPlan(PlanRef):
    mentions: int = Field(description="passages of this plan that name the entity")


class EntityDetail(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "node": NodeOut.model_config["json_schema_extra"]["examples"][0],  # type: ignore[index]
                    "plans": [
                        {
                            "id": HUZHOU_PLAN_ID,
                            "title": HUZHOU_TITLE,
                            "level": "city",
                            "region": "湖州市",
                            "mentions": 3,
                        }
                    ],
                    "mentions": [
                        {
                            "passage": "section-43bd350d0754",
                            "plan": {"id": HUZHOU_PLAN_ID, "title": HUZHOU_TITLE},
                            "evidence": [ZHESHILIAN_QUOTE],
                        }
                    ],
                }
            ]
        }
    )

    node: NodeOut
    plans: list[MentioningPlan] = Field(description="plans whose text names it, most mentions first")
    mentions: list[Mention] = Field(description="every MENTIONS edge into it, with its quote")


class Neighbour(BaseModel):
    node: NodeOut
    depth: int


class Neighbourhood(BaseModel):
    center: NodeOut
    nodes: list[Neighbour] = Field(description="nodes reached, nearest first, the center excluded")
    edges: list[EdgeOut]
    truncated: bool = Field(description="true when the node cap stopped the walk")


class Passage(BaseModel):
    """A statement at one end of an IMPLEMENTS link, with its plan and its quote."""

    id: str
    text: str | None = None
    plan: PlanRef | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class TraceHop(BaseModel):
    depth: int = Field(description="1 for a direct link to the start, 2 for a link to a depth-1 passage, …")
    score: float | None = Field(default=None, description="similarity of the two statements, 0–1")
    method: str | None = None
    child: Passage = Field(description="the statement that implements (the lower-level plan's)")
    parent: Passage = Field(description="the statement implemented (the higher-level plan's)")


class Trace(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "start": {"id": ZHEJIANG_GOAL_ID, "text": "实施“强队砺剑”工程,…"},
                    "direction": "down",
                    "hops": [
                        {
                            "depth": 1,
                            "score": 0.798,
                            "method": "tfidf-char2-3+word",
                            "child": {"id": HUZHOU_MEASURE_ID, "text": "实施强队砺剑工程,…"},
                            "parent": {"id": ZHEJIANG_GOAL_ID, "text": "实施“强队砺剑”工程,…"},
                        }
                    ],
                    "total": 2,
                    "limit": 100,
                    "offset": 0,
                }
            ]
        }
    )

    start: Passage
    direction: str
    hops: list[TraceHop] = Field(
        description="this page of the hops: by depth, then score high to low, then the far statement's id"
    )
    total: int = Field(description="hops in the whole trace (up to `depth`), over all pages")
    limit: int
    offset: int


class PathOut(BaseModel):
    length: int = Field(description="number of edges")
    nodes: list[NodeOut] = Field(description="from source to target")
    edges: list[EdgeOut] = Field(description="edges[i] joins nodes[i] and nodes[i+1], in either direction")
