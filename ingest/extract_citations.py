"""Documents cited by name: laws and regulations (Law) and other plans (Plan).

Titles in 《》 are found by the pipeline's SpanRuler (patterns/citations.jsonl) and classified here by
their last word (patterns/citation_kinds.jsonl). A regulation named without 《》 is recognised by a
suffix that only instruments carry (…管理办法, …条例, …实施细则): 依据地质灾害防治条例、…、山西省地质灾害
防治条例以及….
"""

from __future__ import annotations

import re
from functools import lru_cache

from plangraph.ingest.entities import Found, PlanContext, load_patterns
from plangraph.ingest.national_plans import full_title

# Starts after punctuation or a verb that cites an instrument; ends at punctuation.
_BARE_LAW = re.compile(
    r"(?:(?<=[,。;、:(“])|(?<=落实|贯彻|实施|执行|修订|依据|根据|按照|遵守|对照))"
    r"(?P<name>(?:中华人民共和国)?[\u4e00-\u9fff]{2,20}?(?:管理办法|管理规定|实施细则|条例))(?=[,。;、)]|等|以及|和|及|$)"
)
_CITING_VERB = re.compile(r"落实|贯彻|实施|执行|修订|制定|出台|依据|根据|按照|遵守|对照|严格")
# A rule the plan will draw up (制定促进种业发展若干规定和植物新品种保护管理办法) is a task, not a
# document in force that it cites: no Law.
_DRAFTING = frozenset({"制定", "出台"})
_NATIONAL_PREFIX = "中华人民共和国"


@lru_cache(maxsize=1)
def _kinds() -> list[tuple[str, re.Pattern[str]]]:
    return [(row["label"], re.compile(row["suffix"] + "$")) for row in load_patterns("citation_kinds.jsonl")]


def classify_title(title: str) -> str | None:
    """Law, Plan or None (a standard, guide, notice or opinion) by the title's last word."""
    for label, suffix in _kinds():
        if suffix.search(title):
            return label
    return None


def law_name(title: str) -> str:
    """Canonical law name: simplified, no spaces, without the 中华人民共和国 prefix."""
    title = re.sub(r"\s+", "", title)
    return title[len(_NATIONAL_PREFIX) :] if title.startswith(_NATIONAL_PREFIX) else title


def citation(text: str, start: int, end: int) -> Found | None:
    """A 《》 span (brackets included) as a Law or Plan mention, or None for other documents."""
    title = re.sub(r"\s+", "", text[start + 1 : end - 1])
    label = classify_title(title)
    if label is None or len(title) < 3:
        return None
    name = law_name(title) if label == "Law" else full_title(title)
    return Found(label, start, end, name, text[start:end])


def find_bare_laws(text: str, context: PlanContext) -> list[Found]:
    """Regulations cited without 《》, e.g. 专利领域严重失信联合惩戒对象名单管理办法; not one the plan
    says it will draw up (制定/出台 …)."""
    found = []
    for m in _BARE_LAW.finditer(text):
        if "《" in text[max(0, m.start() - 1) : m.start()] or text[m.end() : m.end() + 1] == "》":
            continue
        start = m.start("name")
        drafted = False
        while verb := _CITING_VERB.match(text, start, m.end()):
            start, drafted = verb.end(), verb.group() in _DRAFTING
        name = text[start : m.end()]
        if len(name) >= 6 and not drafted:
            found.append(Found("Law", start, m.end(), law_name(name), name))
    return found
