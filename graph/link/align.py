"""Which statements of a child plan carry down which statements of its parent plan.

Similarity is TF-IDF cosine over two views of the text, averaged: character 2–3-grams (robust to
Chinese segmentation and to 省→市 substitutions) and jieba words (robust to reordering). The
vectoriser is fitted on the two plans alone, so words common to both plans weigh little. Each child
statement links to its single best parent statement when the score reaches THRESHOLD; statements
that review the past period or state principles link to nothing, and neither does a statement that
puts a different object into its parent's words (graph.contrast).

THRESHOLD was calibrated on the dev pairs (shared/eval/gold/alignments_000_004.json): at 0.15 recall
is 0.90 (verbatim 14/14, paraphrase 13/16) with precision 0.96 on the gold passages; the head test
took the false-link rate on the hard negatives from 1/5 to 0/5 without losing a gold link.
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
METHOD = "tfidf-char2-3+word"
ENTITY_METHOD = "tfidf-char2-3+word+entity"
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
_word_features = lru_cache(maxsize=8192)(
    TfidfVectorizer(tokenizer=words, token_pattern=None, lowercase=False).build_analyzer()
)


def forget_analyses() -> None:
    """Drop the memoised analyses (tens of MB after a large ingest) once a linking run is over."""
    _char_features.cache_clear()
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


def align(
    child: Sequence[Passage],
    parent: Sequence[Passage],
    threshold: float = THRESHOLD,
    entities: Collection[str] = (),
) -> list[Link]:
    """The best parent statement for each child statement that scores at least ``threshold``.

    ``entities`` are names of systems, pilots and laws either plan mentions; a pair naming one of
    them gets ENTITY_BONUS.
    """
    kids = [p for p in child if not p.review and p.text]
    elders = [p for p in parent if not p.review and p.text]
    if not kids or not elders:
        return []
    texts = [p.text for p in kids], [p.text for p in elders]
    shared = shared_entities(*texts, entities)
    scores = similarity(*texts) + shared * ENTITY_BONUS
    links = []
    for row, kid in enumerate(scores):
        best = int(np.argmax(kid))
        if kid[best] >= threshold and not contrastive(kids[row].text, elders[best].text):
            method = ENTITY_METHOD if shared[row, best] else METHOD
            links.append(Link(kids[row], elders[best], round(float(min(kid[best], 1.0)), 3), method))
    return links
