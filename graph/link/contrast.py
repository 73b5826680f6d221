"""Two statements in the same words about different things: "深化小微企业和个体工商户信用贷" against
"深化小微企业和个体工商户首贷户行动".

TF-IDF scores such a pair as a near copy, yet a plan that names a different object in its parent's
frame sets a different measure. In a Chinese noun phrase the head comes last, so the test is: the
clauses share a long frame, and their heads — what is left at the end once generic action words
(建设, 行动, 工作 …) are set aside — differ outright, with no character pair in common. A head that
keeps its words but changes a modifier ("全省" → "全市", "食安办" in mid-clause) passes.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# Words that end a clause without saying what it is about: the action or form, not the object.
GENERIC_HEADS = (
    "建设",
    "行动",
    "工作",
    "工程",
    "布局",
    "体系",
    "机制",
    "制度",
    "改革",
    "管理",
    "试点",
    "创建",
    "提升",
    "服务",
    "模式",
    "项目",
)
MIN_FRAME = 6  # a run of characters the two clauses must share to count as one frame
MIN_HEAD = 2

_CLAUSE = re.compile(r"[,，;；。:：!！?？]")  # not 、: it joins the items of one enumeration
_DIGITS = re.compile(r"[\d.%％]+")
_UNIT = re.compile(r"[（(][^（()）]*[)）]?\s*$")  # an indicator row's "(亿元)", "(%" at the end


def clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c.strip()]


def _strip_generic(clause: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in GENERIC_HEADS:
            if clause.endswith(word) and len(clause) > len(word):
                clause = clause[: -len(word)]
                changed = True
    return clause


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def different_heads(child: str, parent: str) -> bool:
    """True when two clauses share a frame of MIN_FRAME characters but end in unrelated heads."""
    a, b = _strip_generic(_DIGITS.sub("0", child)), _strip_generic(_DIGITS.sub("0", parent))
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size >= 2]
    if not blocks or max(block.size for block in blocks) < MIN_FRAME:
        return False
    last = blocks[-1]  # single shared characters (贷 in 信用贷 / 首贷户) do not make a shared head
    tail_a, tail_b = a[last.a + last.size :], b[last.b + last.size :]
    return len(tail_a) >= MIN_HEAD and len(tail_b) >= MIN_HEAD and not (_bigrams(tail_a) & _bigrams(tail_b))


def _overlap(a: str, b: str) -> float:
    grams_a, grams_b = _bigrams(a), _bigrams(b)
    return len(grams_a & grams_b) / max(1, min(len(grams_a), len(grams_b)))


def contrastive(child: str, parent: str) -> bool:
    """True when a one-clause child statement names a different object than its closest parent clause.

    Statements of several clauses are left alone: one clause with another head says little when the
    others may carry the parent's measure in other words (measured on the dev pairs: checking every
    clause dropped a paraphrase link for each false link it caught).
    """
    own = clauses(_UNIT.sub("", child))
    if len(own) != 1:
        return False
    best = max(((_overlap(own[0], p), p) for p in clauses(parent)), default=None)
    return best is not None and different_heads(own[0], best[1])
