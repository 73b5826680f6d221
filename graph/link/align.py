"""Which statements of a child plan carry down which statements of its parent plan.

Similarity is TF-IDF cosine over two views of the text, averaged: character 2–3-grams (robust to
Chinese segmentation and to 省→市 substitutions) and jieba words (robust to reordering). The
vectoriser is fitted on the two plans alone, so words common to both plans weigh little.

A child statement may carry down several parent statements. It links to every parent statement that
scores at least THRESHOLD and either comes within MARGIN of its best score, or is CONTAINED in it:
most of the parent statement's weighted content (IDF-weighted character pairs, IDF from the same two
plans) reappears in the child statement. Containment is what a child statement that spells out a
short, generic goal shares with it ("完善市场主体全生命周期管理机制" under "开展市场主体全生命周期
管理(服务)一件事改革…"), where cosine ranks a closer, more specific sibling goal first. A child
statement whose best score stays below THRESHOLD has no counterpart and links to nothing; so do
statements that review the past period or state principles, and pairs that put a different object into
the same words (graph.link.contrast).

THRESHOLD, MARGIN and CONTAINED were read off the precision–recall curve over the dev alignment
gold (``scripts/align_curve.py`` prints it; shared/eval/gold/alignments_000_004.json). Only one plan
pair has gold, so the plateaus matter more than the best point. Recall, precision on the gold
passages and false-link rate stay at 0.90 / 0.964 / 0.0 for THRESHOLD in 0.08–0.15 (0.15, the
knee, sits above 99.3 % of all statement pairs of the plan pair; higher loses recall) and for
CONTAINED from 0.35 up; any CONTAINED in 0.36–0.57 draws the same links (0.5 reads "at least half
of the parent's content reappears"; below 0.35 it links statements sharing only "小微企业、个体工商户").
MARGIN is 0, ties only: 0.01 adds eleven near-ties, all between two weak scores (0.15–0.23) and on
reading mostly ambiguity, not a second goal carried down ("优化小微企业营商环境" to both
"小微企业…信用贷" and "杭州营商环境创新试点城市"); from 0.015 a second-best parent that is not the
gold one comes in and precision on the gold passages falls.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from plangraph.graph.link.contrast import contrastive
from plangraph.ingest.segment import words

THRESHOLD = 0.15
MARGIN = 0.0
CONTAINED = 0.5
METHOD = "tfidf-char2-3+word"
ENTITY_METHOD = "tfidf-char2-3+word+entity"
CONTAINED_METHOD = "tfidf-char2-3+word+contained"
# Naming the same system, pilot or law is evidence of carrying a measure down that word overlap
# misses ("运用浙江公平在线…" under "建设浙江公平在线数字化应用系统…"). A bonus, not a link on its own:
# with no words in common beyond the name, 0.10 stays below THRESHOLD.
ENTITY_BONUS = 0.10


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    review: bool = False
    evidence: list[dict[str, Any]] = field(default_factory=list, compare=False, hash=False)


@dataclass(frozen=True)
class Link:
    child: Passage
    parent: Passage
    score: float
    method: str = METHOD


# The analysers the two vectorisers build, memoised: a parent plan's statements are compared with
# each of its children in turn (link_plans groups the pairs by parent), and analysing the same text
# again (jieba above all) was half the cost of linking. Features are the same, so are the scores.
_char_features = lru_cache(maxsize=8192)(
    TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).build_analyzer()
)
_pair_features = lru_cache(maxsize=8192)(
    TfidfVectorizer(analyzer="char", ngram_range=(2, 2)).build_analyzer()
)
_word_features = lru_cache(maxsize=8192)(
    TfidfVectorizer(tokenizer=words, token_pattern=None, lowercase=False).build_analyzer()
)


def forget_analyses() -> None:
    """Drop the memoised analyses (tens of MB after a large ingest) once a linking run is over."""
    _char_features.cache_clear()
    _pair_features.cache_clear()
    _word_features.cache_clear()


def similarity(child: Sequence[str], parent: Sequence[str]) -> np.ndarray:
    """Cosine similarity of every child text with every parent text (rows: child)."""
    texts = [*child, *parent]
    chars = TfidfVectorizer(analyzer=_char_features, sublinear_tf=True).fit_transform(texts)
    word_matrix = TfidfVectorizer(analyzer=_word_features, sublinear_tf=True).fit_transform(texts)
    n = len(child)
    both = (chars[:n] @ chars[n:].T) * 0.5 + (word_matrix[:n] @ word_matrix[n:].T) * 0.5
    return np.asarray(both.todense())


def shared_entities(child: Sequence[str], parent: Sequence[str], names: Collection[str]) -> np.ndarray:
    """True where a child text and a parent text name the same entity (rows: child)."""
    wanted = sorted(name for name in names if len(name) >= 3)
    if not wanted:
        return np.zeros((len(child), len(parent)), dtype=bool)
    in_child = np.array([[name in text for name in wanted] for text in child], dtype=np.int32)
    in_parent = np.array([[name in text for name in wanted] for text in parent], dtype=np.int32)
    return (in_child @ in_parent.T) > 0


def containment(child: Sequence[str], parent: Sequence[str]) -> np.ndarray:
    """Share of each parent text's IDF-weighted character pairs found in each child text (rows: child).

    Asymmetric on purpose: a child statement that elaborates a parent goal contains the goal's words
    while adding its own, which cosine counts against it.
    """
    texts = [*child, *parent]
    vectoriser = TfidfVectorizer(analyzer=_pair_features, binary=True, norm=None)
    present = vectoriser.fit_transform(texts)
    present.data[:] = 1.0
    n = len(child)
    weighted = present[n:].multiply(vectoriser.idf_).tocsr()
    shared = (present[:n] @ weighted.T).toarray()
    total = np.asarray(weighted.sum(axis=1)).ravel()
    return shared / np.maximum(total, 1e-9)[None, :]


@dataclass(frozen=True)
class PairScores:
    """Every child statement against every parent statement of one plan pair (rows: child), computed
    once so that links for several settings can be drawn from it (scripts/align_curve.py)."""

    child: list[Passage]
    parent: list[Passage]
    similarity: np.ndarray
    contained: np.ndarray
    shared: np.ndarray


def score_pairs(
    child: Sequence[Passage], parent: Sequence[Passage], entities: Collection[str] = ()
) -> PairScores:
    """Scores of the statements that can link: review statements and empty texts are left out.

    ``entities`` are names of systems, pilots and laws either plan mentions; a pair naming one of
    them gets ENTITY_BONUS.
    """
    kids = [p for p in child if not p.review and p.text]
    elders = [p for p in parent if not p.review and p.text]
    if not kids or not elders:
        empty = np.zeros((len(kids), len(elders)))
        return PairScores(kids, elders, empty, empty, empty.astype(bool))
    texts = [p.text for p in kids], [p.text for p in elders]
    shared = shared_entities(*texts, entities)
    scores = similarity(*texts) + shared * ENTITY_BONUS
    return PairScores(kids, elders, scores, containment(*texts), shared)


def select_links(
    scores: PairScores,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
    contained: float = CONTAINED,
    contrast: bool = True,
) -> list[Link]:
    """For each child statement, every parent statement at ``threshold`` or above that is within
    ``margin`` of the child's best score or at least ``contained`` in it; ``contrast`` False keeps
    pairs the head test (graph.link.contrast) would drop, for measuring what that test does."""
    links = []
    for row, kid in enumerate(scores.similarity):
        if not len(kid) or kid.max() < threshold:
            continue
        best = kid.max()
        for col in np.flatnonzero(kid >= threshold):
            near = kid[col] >= best - margin
            inside = scores.contained[row, col] >= contained
            if not (near or inside):
                continue
            child, parent = scores.child[row], scores.parent[int(col)]
            if contrast and contrastive(child.text, parent.text):
                continue
            method = ENTITY_METHOD if scores.shared[row, col] else METHOD if near else CONTAINED_METHOD
            links.append(Link(child, parent, round(float(min(kid[col], 1.0)), 3), method))
    return links


def align(
    child: Sequence[Passage],
    parent: Sequence[Passage],
    threshold: float = THRESHOLD,
    entities: Collection[str] = (),
) -> list[Link]:
    """The parent statements each child statement carries down (see the module docstring)."""
    return select_links(score_pairs(child, parent, entities), threshold)
