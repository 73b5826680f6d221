"""The shipped Cypher files follow the named-block layout the stores load them by."""

from __future__ import annotations

import pytest

from plangraph.cypher import CypherFileError, cypher_files, load_blocks, parse_blocks


def test_every_shipped_cypher_file_splits_into_named_blocks() -> None:
    assert "schema.cypher" in cypher_files()
    for name in cypher_files():
        blocks = load_blocks(name)
        assert blocks, name
        for statement in blocks.values():
            assert "// name:" not in statement


def test_schema_creates_everything_idempotently() -> None:
    for statement in load_blocks("schema.cypher").values():
        assert statement.startswith("CREATE ") and "IF NOT EXISTS" in statement


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("MATCH (n) RETURN n\n// name: a\nRETURN 1", "before the first"),
        ("// name: a\n\n// name: b\nRETURN 1", "'a' is empty"),
        ("// name: a\nRETURN 1\n// name: a\nRETURN 2", "defined twice"),
    ],
)
def test_malformed_cypher_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(CypherFileError, match=message):
        parse_blocks(text, "bad.cypher")
