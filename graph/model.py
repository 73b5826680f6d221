"""The graph model every store, the API and the visualizer share.

Labels and relationship types come only from these enums: they are the vocabulary of the export
contract (shared/eval/README.md) and, later, the only names Cypher is ever built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    PLAN = "Plan"
    REGION = "Region"
    AGENCY = "Agency"
    SYSTEM = "System"
    PILOT = "Pilot"
    INDICATOR = "Indicator"
    LAW = "Law"
    SECTION = "Section"
    TASK = "Task"


class RelType(StrEnum):
    BASED_ON = "BASED_ON"
    PART_OF = "PART_OF"
    COVERS = "COVERS"
    ISSUED = "ISSUED"
    SETS = "SETS"
    HAS_SECTION = "HAS_SECTION"
    HAS_TASK = "HAS_TASK"
    LOCATED_IN = "LOCATED_IN"
    IMPLEMENTS = "IMPLEMENTS"
    ALIGNS_WITH = "ALIGNS_WITH"
    MENTIONS = "MENTIONS"


Props = dict[str, Any]
EvidenceDict = dict[str, Any]

# Government levels from the top; a district and a county stand on the same step under a city.
LEVEL_RANK = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3}
UNRANKED = 9  # a plan whose level was not read sorts after every known level


def level_rank(level: str | None) -> int:
    """Where a plan's level sorts, national first; unknown levels last."""
    return LEVEL_RANK.get(level or "", UNRANKED)


def node_name(node: Node) -> str:
    """The words a person would call the node by: a plan's title, an entity's name, a section's
    heading, a statement's text, else its id."""
    props = node.props
    for key in ("title", "name", "heading", "text"):
        value = props.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return node.id


@dataclass
class Node:
    """A node as readers see it: properties merged over every document that contributed to it."""

    id: str
    label: Label
    props: Props = field(default_factory=dict)
    evidence: list[EvidenceDict] = field(default_factory=list)

    def as_export(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": str(self.label), **self.props}
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass
class Edge:
    source: str
    target: str
    type: RelType
    props: Props = field(default_factory=dict)
    evidence: list[EvidenceDict] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Stable identity: one edge of a type between two nodes, however often it is written."""
        return f"{self.type}:{self.source}->{self.target}"

    def as_export(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "target": self.target,
            "type": str(self.type),
            **self.props,
        }
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass
class Contribution:
    """What one document says about one node or edge.

    ``primary`` marks the document the thing belongs to (a plan's own file): its facts override what
    other documents say about it, whichever was ingested first.
    """

    props: Props = field(default_factory=dict)
    evidence: list[EvidenceDict] = field(default_factory=list)
    primary: bool = False


@dataclass
class NodeRecord:
    id: str
    label: Label
    contribution: Contribution


@dataclass
class EdgeRecord:
    source: str
    target: str
    type: RelType
    contribution: Contribution = field(default_factory=Contribution)

    @property
    def key(self) -> str:
        return f"{self.type}:{self.source}->{self.target}"


@dataclass
class DocumentGraph:
    """One document's whole contribution, written and replaced as a unit."""

    source: str
    nodes: list[NodeRecord]
    edges: list[EdgeRecord]


@dataclass
class Subgraph:
    nodes: list[Node]
    edges: list[Edge]

    def as_export(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "nodes": [n.as_export() for n in sorted(self.nodes, key=lambda n: n.id)],
            "edges": [e.as_export() for e in sorted(self.edges, key=lambda e: (e.source, e.target, e.type))],
        }


@dataclass(frozen=True)
class Page:
    items: list[Node]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class WriteSummary:
    documents: int
    plans: int
    nodes_added: int
    edges_added: int
    nodes_total: int
    edges_total: int


@dataclass(frozen=True)
class CypherResult:
    """Rows of a caller's read-only Cypher statement, as JSON-ready values; ``truncated`` says the
    row cap cut the result short."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
