"""How a URL filter value selects a node property, the same on every embedded store."""

from __future__ import annotations

from typing import Any


def matches_filter(value: Any, wanted: str) -> bool:
    """A filter value is text from a URL: lists match a member, booleans "true"/"false" as Cypher's
    toString writes them, so both stores accept the same filters."""
    if isinstance(value, list):
        return wanted in value
    if isinstance(value, bool):
        return wanted.lower() == str(value).lower()
    return value is not None and str(value) == wanted
