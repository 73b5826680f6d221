"""The sample plans parsed once per test session, for the extraction tests that read their mentions."""

from __future__ import annotations

from functools import cache

from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.records import DocumentRecord, EntityMention
from tests.conftest import SEEDS


@cache
def parsed(name: str) -> DocumentRecord:
    """Parsing a seed takes about a second; the extraction tests ask for the same few many times."""
    return parse_document(name, (SEEDS / name).read_text(encoding="utf-8"))


def mentions(name: str, label: str) -> list[EntityMention]:
    return [m for m in parsed(name).mentions if m.label == label]
