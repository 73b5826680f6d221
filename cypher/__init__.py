"""Cypher lives here, in ``*.cypher`` files of named blocks, shipped with the package.

A block starts with a line ``// name: <block_name>`` and runs to the next such line. Python code asks
for a block by name and passes values only as ``$parameters``; no Cypher is built from user input.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_NAME = re.compile(r"^//\s*name:\s*(?P<name>[a-z_][a-z0-9_]*)\s*$", re.MULTILINE)


class CypherFileError(ValueError):
    """A .cypher file that does not follow the named-block layout."""


def parse_blocks(text: str, origin: str = "<text>") -> dict[str, str]:
    """Split a file into ``{name: statement}``; text before the first name line may only be comments."""
    blocks: dict[str, str] = {}
    matches = list(_NAME.finditer(text))
    preamble = text[: matches[0].start()] if matches else text
    if any(line.strip() and not line.strip().startswith("//") for line in preamble.splitlines()):
        raise CypherFileError(f"{origin}: Cypher before the first '// name:' line")
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        body = text[match.end() : end].strip().rstrip(";").strip()
        name = match.group("name")
        if not body:
            raise CypherFileError(f"{origin}: block {name!r} is empty")
        if name in blocks:
            raise CypherFileError(f"{origin}: block {name!r} is defined twice")
        blocks[name] = body
    return blocks


@cache
def load_blocks(file_name: str) -> dict[str, str]:
    """The named blocks of one shipped file, e.g. ``load_blocks("schema.cypher")``."""
    resource = files(__name__).joinpath(file_name)
    return parse_blocks(resource.read_text(encoding="utf-8"), file_name)


def cypher_files() -> list[str]:
    return sorted(p.name for p in files(__name__).iterdir() if p.name.endswith(".cypher"))
