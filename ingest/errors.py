"""Errors raised while reading documents.

One error type carries the file and a human reason, because the CLI and the API must both print
"which file, why" without knowing how reading works.
"""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A document that cannot be ingested; ``str()`` is the one line a user sees."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
