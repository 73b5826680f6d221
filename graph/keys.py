"""Stable node ids: the same thing gets the same id in every document and every run.

A plan's id comes from its title, so a plan that is only referenced (a stub) and the same plan's own
document meet in one node, whichever arrives first; a county's or district's title that names no
division also takes the division's code (ingest.plan_title_key.placeless_division).
"""

from __future__ import annotations

import hashlib
import unicodedata

from plangraph.ingest.plan_title_key import plan_title_key


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def plan_key(title: str) -> str:
    """Every spelling of one plan's title (script, width, quote marks, 二〇三五/2035) is one key;
    the rule lives in ingest, where the parent finder uses it too."""
    return plan_title_key(title)


def plan_id(title: str, division: str | None = None) -> str:
    """``division``: the code that tells apart the plans of many divisions sharing a title that names
    none (ingest.plan_title_key.placeless_division)."""
    key = plan_key(title) if division is None else f"{plan_key(title)}@{division}"
    return f"plan-{_digest(key)}"


def untitled_plan_id(source: str) -> str:
    """A plan whose page never names it (it starts at the preamble) is known only by its file."""
    return f"plan-{_digest('source|' + source)}"


def region_id(code: str) -> str:
    return f"region-{code}"


def agency_id(name: str) -> str:
    return entity_id("Agency", name)


def indicator_id(plan: str, name: str, kind: str) -> str:
    """An indicator belongs to its plan: the same name in two plans is two nodes (linked later)."""
    return f"indicator-{_digest(plan + '|' + kind + '|' + unicodedata.normalize('NFKC', name))}"


def section_id(plan: str, path: str, order: int) -> str:
    return f"section-{_digest(f'{plan}|{order}|{path}')}"


def entity_id(label: str, name: str) -> str:
    """Agencies, systems, pilots and laws are one node per canonical name, across plans and scripts."""
    return f"{label.lower()}-{_digest(unicodedata.normalize('NFKC', name))}"


def task_id(plan: str, section_order: int, order: int) -> str:
    return f"task-{_digest(f'{plan}|{section_order}|{order}')}"
