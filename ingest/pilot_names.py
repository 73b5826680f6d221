"""Which printed pilot names are named pilots, and which spellings in one plan are the same pilot.

Pilot names carry a designation level (国家, 省级 …), decorations (首批, quote marks) and the unit
the pilot runs in (试点城市, 试点县). A pilot's key keeps the level and drops the rest, so
知识产权示范城市建设 and 国家知识产权示范城市 meet, while 国家食品安全示范城市 and
省级食品安全示范城市 stay two pilots. The vocabularies live in patterns/pilots.jsonl.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from plangraph.ingest.entities import PlanContext, load_patterns
from plangraph.ingest.extract_regions import place_at
from plangraph.ingest.name_walk import BRACKETED, bare, made_of


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Word lists (frozensets) and maps (dicts) of patterns/pilots.jsonl by kind."""
    out: dict[str, Any] = {}
    for row in load_patterns("pilots.jsonl"):
        out[row["kind"]] = dict(row["map"]) if "map" in row else frozenset(row["words"])
    return out


def suffix_of(name: str) -> str | None:
    """The longest pilot suffix ``name`` ends with."""
    forms = [form for form in vocabulary()["suffix"] if name.endswith(form)]
    return max(forms, key=len) if forms else None


def display_name(name: str) -> str:
    """The name a node carries: quote marks, spaces and batch words (首批) removed."""
    text = bare(name)
    for word in sorted(vocabulary()["batch"], key=len, reverse=True):
        text = text.replace(word, "")
    return text


def split_level(name: str, context: PlanContext) -> tuple[str, str]:
    """(level, rest): 国家知识产权试点城市 → (国家, 知识产权试点城市); 浙江省商标品牌示范县区 → (省, …).

    Coordinated levels (国家和省…, 国家级、省级…) take the first: the higher designation names the pilot.
    """
    levels = vocabulary()["level"]
    text = display_name(name)
    level = ""
    while True:
        word = next((w for w in sorted(levels, key=len, reverse=True) if text.startswith(w)), None)
        if word is not None and len(text) > len(word) + 2:
            level = level or levels[word]
            text = text[len(word) :]
        else:
            hit = place_at(text, 0, context, None)
            if hit is None or len(text) - hit[1] < 3:
                break
            level = level or _level_of(hit[0].level)
            text = text[hit[1] :]
        if text[:1] in "和、":
            text = text[1:]
            continue
        if not text.startswith(tuple(levels)):
            break
    return level, text


def _level_of(region_level: str) -> str:
    return {"province": "省", "city": "市"}.get(region_level, "县")


def key_of(name: str, context: PlanContext) -> tuple[str, str]:
    """(level, stem): the stem drops bracketed notes, filler words and the unit the pilot runs in."""
    vocab = vocabulary()
    level, rest = split_level(name, context)
    rest = BRACKETED.sub("", rest)
    suffix = suffix_of(rest) or ""
    stem = rest[: len(rest) - len(suffix)]
    while (inner := suffix_of(stem)) is not None and len(stem) > len(inner) + 1:
        # a kind stacked on a kind (国家食品安全示范城市试点): the inner one names the programme
        suffix, stem = inner, stem[: -len(inner)]
    for word in sorted(vocab["filler"], key=len, reverse=True):
        stem = stem.replace(word, "")
    return level, stem + vocab["suffix_family"].get(suffix, suffix)


def is_named(name: str, context: PlanContext) -> bool:
    """A pilot needs something specific besides its level and kind (首批试点, 区(县)试点 are not named)."""
    vocab = vocabulary()
    _, rest = split_level(name, context)
    suffix = suffix_of(rest)
    if suffix is None:
        return False
    body = BRACKETED.sub("", rest[: -len(suffix)])
    if len(re.sub(r"\W", "", body)) < 2:
        return False
    return not made_of(body, vocab["generic"])


@dataclass(frozen=True)
class PilotSpelling:
    """One pilot written in one line: span, printed name, and the regions it covers there."""

    start: int
    end: int
    name: str
    regions: tuple[Any, ...]


def group_pilots(spellings: list[PilotSpelling], context: PlanContext) -> dict[PilotSpelling, int | None]:
    """Cluster number per spelling; None for an unqualified spelling that fits pilots of two levels.

    Spellings of one level join when one stem ends the other (质量提升试点示范 / 电梯产业质量提升试点示范);
    a spelling without a level joins the one level-bearing pilot it fits.
    """
    keys = {s: key_of(s.name, context) for s in spellings}
    stems_by_level: dict[str, set[str]] = defaultdict(set)
    for level, stem in keys.values():
        stems_by_level[level].add(stem)
    parent: dict[tuple[str, str], tuple[str, str]] = {key: key for key in keys.values()}

    def find(key: tuple[str, str]) -> tuple[str, str]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def fits(a: str, b: str) -> bool:
        short, long_ = sorted((a, b), key=len)
        return short == long_ or (len(short) >= 4 and long_.endswith(short))

    for level, stems in stems_by_level.items():
        for a in stems:
            for b in stems:
                if a < b and fits(a, b):
                    parent[find((level, a))] = find((level, b))
    dropped: set[tuple[str, str]] = set()
    for stem in stems_by_level.get("", ()):
        homes = {
            find((level, other))
            for level, others in stems_by_level.items()
            if level
            for other in others
            if fits(stem, other)
        }
        if len(homes) == 1:
            parent[find(("", stem))] = homes.pop()
        elif len(homes) > 1:
            dropped.add(("", stem))
    roots = sorted({find(key) for key in keys.values()})
    number = {root: index for index, root in enumerate(roots)}
    return {s: None if keys[s] in dropped else number[find(keys[s])] for s in spellings}


def name_of(group: list[PilotSpelling], context: PlanContext) -> str:
    """The most used spelling names the pilot; then one with its level, then the longest."""
    names = Counter(display_name(s.name) for s in group)

    def rank(name: str) -> tuple[int, bool, bool, int, str]:
        coordinated = re.search(r"[和、](?:国家|省|市|县)", name[:8]) is not None
        return names[name], not coordinated, bool(split_level(name, context)[0]), len(name), name

    return max(names, key=rank)
