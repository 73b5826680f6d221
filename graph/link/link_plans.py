"""Cross-plan links, recomputed whenever a plan on a BASED_ON chain is (re-)ingested.

Links of a (child, parent) pair are written as one pseudo-document, ``links:<child>-><parent>``: the
store replaces it as a unit, so re-ingesting either plan recomputes the pair's links without leaving
duplicates. Only pairs on a BASED_ON edge are compared, so cost grows with the number of children,
not with the square of the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

from plangraph.graph.link.align import Link, PairScores, Passage, forget_analyses, score_pairs, select_links
from plangraph.graph.link.align_indicators import METHOD as INDICATOR_METHOD
from plangraph.graph.link.align_indicators import IndicatorInfo, align_indicators
from plangraph.graph.model import Contribution, DocumentGraph, EdgeRecord, Label, RelType
from plangraph.graph.store import GraphStore

LINKS_PREFIX = "links:"


def links_source(child: str, parent: str) -> str:
    return f"{LINKS_PREFIX}{child}->{parent}"


def link_documents(store: GraphStore, documents: Sequence[DocumentGraph]) -> list[DocumentGraph]:
    """Link documents for every ingested (child, parent) pair that one of ``documents`` takes part in."""
    own = {_plan_of(d): d for d in documents if _plan_of(d) is not None}
    replaced = {d.source for d in documents}
    pairs: set[tuple[str, str]] = set()
    for plan, document in own.items():
        for edge in document.edges:
            if edge.type == RelType.BASED_ON and edge.source == plan and _ingested(store, own, edge.target):
                pairs.add((plan, edge.target))
        for _, child in store.neighbours(plan, [RelType.BASED_ON], "in"):
            if _ingested(store, own, child.id) and not _sources(child.props.get("source")) <= replaced:
                pairs.add((child.id, plan))
    # Linked parent by parent, so a parent's statements are analysed once for all its children
    # (graph.align memoises the analysis); returned in (child, parent) order as before.
    try:
        links = {
            (child, parent): _pair_links(store, own, child, parent)
            for child, parent in sorted(pairs, key=lambda pair: (pair[1], pair[0]))
        }
    finally:
        forget_analyses()
    return [links[pair] for pair in sorted(pairs)]


def pair_scores(
    store: GraphStore, child: str, parent: str, own: dict[str, DocumentGraph] | None = None
) -> PairScores:
    """The statement scores of one (child, parent) plan pair, from ``own`` documents being written or
    from the store; public so that scripts/align_curve.py measures the very scores linking uses."""
    own = own or {}
    names = _entity_names(store, own, child) | _entity_names(store, own, parent)
    return score_pairs(_passages(store, own, child), _passages(store, own, parent), names)


def _pair_links(store: GraphStore, own: dict[str, DocumentGraph], child: str, parent: str) -> DocumentGraph:
    edges = [_edge(link) for link in select_links(pair_scores(store, child, parent, own))]
    for link in align_indicators(_indicators(store, own, child), _indicators(store, own, parent)):
        props = {
            "score": link.score,
            "method": INDICATOR_METHOD,
            "child_target": link.child.target,
            "parent_target": link.parent.target,
            "flag": link.flag,
        }
        evidence = [*link.child.evidence, *link.parent.evidence]
        edges.append(
            EdgeRecord(link.child.id, link.parent.id, RelType.ALIGNS_WITH, Contribution(props, evidence))
        )
    return DocumentGraph(source=links_source(child, parent), nodes=[], edges=edges)


def _edge(link: Link) -> EdgeRecord:
    props = {"score": link.score, "method": link.method}
    evidence = [*link.child.evidence, *link.parent.evidence]
    return EdgeRecord(link.child.id, link.parent.id, RelType.IMPLEMENTS, Contribution(props, evidence))


def _sources(value: object) -> set[str]:
    return set(value) if isinstance(value, list) else {value} if isinstance(value, str) else set()


def _plan_of(document: DocumentGraph) -> str | None:
    return next((n.id for n in document.nodes if n.label == Label.PLAN and n.contribution.primary), None)


def _ingested(store: GraphStore, own: dict[str, DocumentGraph], plan: str) -> bool:
    if plan in own:
        return True
    node = store.get_node(plan)
    return node is not None and node.props.get("source") is not None


def _passages(store: GraphStore, own: dict[str, DocumentGraph], plan: str) -> list[Passage]:
    if plan in own:
        return [
            Passage(
                n.id,
                n.contribution.props["text"],
                bool(n.contribution.props.get("review")),
                list(n.contribution.evidence),
            )
            for n in own[plan].nodes
            if n.label == Label.TASK
        ]
    return [
        Passage(n.id, n.props["text"], bool(n.props.get("review")), list(n.evidence))
        for n in store.passages(plan)
    ]


ENTITY_LABELS = (Label.SYSTEM, Label.PILOT, Label.LAW)


def _entity_names(store: GraphStore, own: dict[str, DocumentGraph], plan: str) -> set[str]:
    """Names and aliases of the systems, pilots and laws a plan's sections mention."""
    if plan in own:
        found = [n.contribution.props for n in own[plan].nodes if n.label in ENTITY_LABELS]
    else:
        found, pending = [], [plan]
        while pending:
            for edge, node in store.neighbours(pending.pop(), [RelType.HAS_SECTION, RelType.MENTIONS], "out"):
                if edge.type == RelType.HAS_SECTION:
                    pending.append(node.id)
                elif node.label in ENTITY_LABELS:
                    found.append(node.props)
    return {name for props in found for name in [props.get("name"), *props.get("aliases", [])] if name}


def _indicators(store: GraphStore, own: dict[str, DocumentGraph], plan: str) -> list[IndicatorInfo]:
    if plan in own:
        nodes = [
            (n.id, n.contribution.props, n.contribution.evidence)
            for n in own[plan].nodes
            if n.label == Label.INDICATOR
        ]
    else:
        nodes = [(n.id, n.props, n.evidence) for _, n in store.neighbours(plan, [RelType.SETS], "out")]
    return [
        IndicatorInfo(
            node_id,
            props["name"],
            props.get("unit"),
            props.get("baseline"),
            props.get("target"),
            list(evidence),
        )
        for node_id, props, evidence in nodes
    ]
