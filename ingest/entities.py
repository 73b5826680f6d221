"""What every entity finder shares: the plan context it resolves names in, and what it returns.

Finders are pure functions ``(text, context) -> list[Found]`` over one passage of normalised text;
the spaCy pipeline (ingest/nlp.py) runs them as components and turns their results into spans.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from plangraph.ingest.records import RegionRef

LABELS = ("Region", "Agency", "System", "Pilot", "Law", "Plan")


@dataclass(frozen=True)
class PlanContext:
    """The plan a passage belongs to: its region resolves short names (省局, 南浔), its domain says
    which bureau a bare 局 is (a market-regulation plan's 省局 is the 市场监督管理局), and its
    readings hold what was resolved for the whole plan."""

    region: RegionRef | None = None
    domain: str | None = None
    # national, province, city, district or county: in a national plan a bare 统计局 is 国家统计局
    level: str | None = None
    text: str = ""
    # The plan-wide readings of the name-by-shape finders (System, Pilot), made once per document by
    # extract_entities, so that every spelling of one name in the plan carries the same name.
    readings: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def step(self, level: str) -> str | None:
        """The name of the plan's own division at ``level`` (province, city, district, county)."""
        if self.region is None:
            return None
        for step in self.region.path:
            if step.level == level:
                return step.name
        return None


@dataclass(frozen=True)
class Found:
    """One entity mention in a passage: offsets into the passage, canonical name, printed form."""

    label: str
    start: int
    end: int
    name: str
    surface: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@cache
def load_patterns(file_name: str) -> tuple[dict[str, Any], ...]:
    """Rows of a shipped ``ingest/patterns/*.jsonl`` file."""
    text = files(__package__).joinpath("patterns", file_name).read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())
