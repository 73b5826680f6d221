"""Lookups the embedded store's reads share, computed once per loaded graph.

The store swaps in a whole new graph on every write or reload, so an index belongs to one graph
object and is never updated: a new graph gets a new ``ReadIndex``. Each part is built on first use,
once, under a lock (sixteen requests arriving together build it once, not sixteen times).

Without these, ``list_nodes`` sorted every node of the graph on each call (7 s on a 470,000-node
graph, and the trace answer calls it once per quoted document) and ``search`` tested every name of
every node.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, TypeVar

import networkx as nx
import numpy as np

from plangraph.graph.model import Edge, Label, Node, RelType
from plangraph.graph.store.search_key import search_keys

T = TypeVar("T")


@dataclass
class NameIndex:
    """Folded names of some nodes in one string, nodes ranked as search answers them (shortest name
    first, then id), so the first ``limit`` matching nodes in rank order are the answer.

    ``text`` holds every folded name followed by a newline (names hold none); ``starts[i]`` is where
    node ``nodes[i]``'s names begin. A needle of two or more characters is looked up in a bigram
    index first (the nodes whose names hold its rarest character pair, in rank order), so a rare
    needle does not scan the whole text: on the 1,000-plan graph (15 million characters of names)
    a scan costs about 10 ms of CPU.
    """

    text: str
    starts: list[int]
    nodes: list[Node]
    _bigrams: np.ndarray | None = None
    _owner_bits: int = 0

    def find(self, needle: str, limit: int) -> list[Node]:
        candidates = self._candidates(needle) if len(needle) >= 2 else None
        if candidates is None:
            return self._scan(needle, limit)
        found: list[Node] = []
        for owner in candidates.tolist():
            end = self.starts[owner + 1] if owner + 1 < len(self.starts) else len(self.text)
            if self.text.find(needle, self.starts[owner], end) >= 0:
                found.append(self.nodes[owner])
                if len(found) >= limit:
                    break
        return found

    def _scan(self, needle: str, limit: int) -> list[Node]:
        found: list[Node] = []
        position = self.text.find(needle)
        while position >= 0 and len(found) < limit:
            owner = bisect_right(self.starts, position) - 1
            found.append(self.nodes[owner])
            after = self.starts[owner + 1] if owner + 1 < len(self.starts) else len(self.text)
            position = self.text.find(needle, after)
        return found

    def _candidates(self, needle: str) -> np.ndarray | None:
        """Ranks of the nodes holding every character pair of ``needle`` (ascending), or None when
        there is no bigram index (too many nodes to pack a key in 64 bits)."""
        if self._bigrams is None:
            return None
        codes = [ord(c) for c in needle]
        mask = (1 << self._owner_bits) - 1
        ranges = []
        for first, second in set(pairwise(codes)):
            key = np.uint64(((first << 21) | second) << self._owner_bits)
            lo = int(np.searchsorted(self._bigrams, key, side="left"))
            hi = int(np.searchsorted(self._bigrams, key | np.uint64(mask), side="right"))
            ranges.append((hi - lo, lo, hi))
        ranges.sort()
        owners = self._bigrams[ranges[0][1] : ranges[0][2]] & np.uint64(mask)
        for _, lo, hi in ranges[1:3]:  # two more pairs narrow it enough; find() checks the needle
            owners = np.intersect1d(owners, self._bigrams[lo:hi] & np.uint64(mask), assume_unique=True)
        return owners

    def index_bigrams(self) -> None:
        """Build the bigram index: one sorted uint64 per (character pair, node) present."""
        owner_bits = max(1, len(self.nodes).bit_length())
        if 42 + owner_bits > 64 or len(self.text) < 2:
            return
        chars = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        starts = np.asarray(self.starts, dtype=np.int64)
        owners = np.searchsorted(starts, np.arange(len(chars) - 1), side="right").astype(np.uint64) - 1
        keys = (((chars[:-1] << np.uint64(21)) | chars[1:]) << np.uint64(owner_bits)) | owners
        self._bigrams = np.unique(keys)
        self._owner_bits = owner_bits


class ReadIndex:
    """Sorted ids by label, property lookups and the name index of one graph (see the module doc)."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._parts: dict[object, Any] = {}
        self._lock = threading.RLock()  # a part may build on another part

    def _part(self, key: object, build: Callable[[], T]) -> T:
        part = self._parts.get(key)
        if part is None:
            with self._lock:
                part = self._parts.get(key)
                if part is None:
                    part = self._parts[key] = build()
        return part

    def ids(self, label: Label | None) -> list[str]:
        """Node ids in id order, all of them or those with ``label``."""

        def build() -> list[str]:
            if label is None:
                return sorted(self.graph.nodes)
            return [i for i in self.ids(None) if self.graph.nodes[i]["node"].label == label]

        return self._part(("ids", label), build)

    def with_value(self, label: Label | None, key: str, wanted: str) -> list[str]:
        """Ids (in id order) of the nodes whose property ``key`` matches ``wanted`` as a URL filter
        does: a list by a member, a boolean as "true"/"false", anything else by its text."""

        def build() -> dict[str, list[str]]:
            values: dict[str, list[str]] = {}
            for node_id in self.ids(label):
                for text in _filter_texts(self.graph.nodes[node_id]["node"].props.get(key)):
                    values.setdefault(text, []).append(node_id)
            return values

        values = self._part(("value", label, key), build)
        exact = values.get(wanted, [])
        if wanted.lower() == wanted:
            return exact
        return sorted({*exact, *(set(values.get(wanted.lower(), [])) & self._booleans(label, key))})

    def _booleans(self, label: Label | None, key: str) -> set[str]:
        def build() -> set[str]:
            nodes = self.graph.nodes
            return {i for i in self.ids(label) if isinstance(nodes[i]["node"].props.get(key), bool)}

        return self._part(("bool", label, key), build)

    def adjacent(self, rel: RelType, direction: str) -> dict[str, list[tuple[Edge, str]]]:
        """Edges of one type by node: ``out`` from the node to the other end, ``in`` to the node."""

        def build() -> dict[str, list[tuple[Edge, str]]]:
            found: dict[str, list[tuple[Edge, str]]] = {}
            for source, target, edge in self.graph.edges(data="edge"):
                if edge.type == rel:
                    here, other = (source, target) if direction == "out" else (target, source)
                    found.setdefault(here, []).append((edge, other))
            return found

        return self._part(("adjacent", rel, direction), build)

    def names(self, label: Label | None) -> NameIndex:
        """The name index of all nodes, or of those with ``label``."""

        def build() -> NameIndex:
            if label is not None:
                every = self.names(None)
                ranked = [n for n in every.nodes if n.label == label]
            else:
                ranked = sorted((node for _, node in self.graph.nodes(data="node")), key=_rank)
            keys = search_keys([name for node in ranked for name in _names(node)])
            text: list[str] = []
            starts: list[int] = []
            offset = used = 0
            for node in ranked:
                starts.append(offset)
                count = len(_names(node))
                for name in keys[used : used + count]:
                    text.append(name)
                    offset += len(name) + 1
                used += count
            index = NameIndex(text="\n".join(text) + "\n" if text else "", starts=starts, nodes=ranked)
            index.index_bigrams()
            return index

        return self._part(("names", label), build)


def _rank(node: Node) -> tuple[int, str]:
    return len(node.props.get("name") or node.props.get("title") or ""), node.id


def _names(node: Node) -> list[str]:
    names = [node.props.get("name"), node.props.get("title"), *(node.props.get("aliases") or [])]
    return [n for n in names if isinstance(n, str)]


def _filter_texts(value: Any) -> list[str]:
    """The filter values that select ``value`` (see ``NetworkxStore.list_nodes``)."""
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, bool):
        return [str(value).lower()]
    return [] if value is None else [str(value)]
