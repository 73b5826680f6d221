"""Keep generated pages self-contained: no stylesheet or script fetched from the network.

The visualizer must open from a file on a machine without internet (and must not leak that someone
opened it), but pyvis 0.3.2 links bootstrap from cdn.jsdelivr.net even with ``cdn_resources="in_line"``.
Tags are found with ``html.parser`` rather than a regex over the whole page, so URLs that only appear
inside inline scripts or HTML comments (which load nothing) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# http://, https:// and protocol-relative //host URLs all go to the network when the page is served.
_REMOTE_URL = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_REMOVABLE_TAGS = frozenset({"link", "script"})


@dataclass(frozen=True)
class RemoteReference:
    """One tag attribute that points at the network; ``start``/``end`` span the whole element."""

    tag: str
    attribute: str
    url: str
    start: int
    end: int

    def describe(self) -> str:
        return f'<{self.tag} {self.attribute}="{self.url}">'


class _RemoteReferenceFinder(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self._html = html
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", html)]
        self._open_script: RemoteReference | None = None
        self.found: list[RemoteReference] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        for name, value in attrs:
            if name in ("src", "href") and value and _REMOTE_URL.match(value):
                reference = RemoteReference(tag, name, value.strip(), start, end)
                if tag == "script":
                    self._open_script = reference  # the element ends at </script>
                else:
                    self.found.append(reference)
                return

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open_script is not None:
            close = self._html.find(">", self._offset())
            end = close + 1 if close != -1 else len(self._html)
            self.found.append(_with_end(self._open_script, end))
            self._open_script = None

    def close(self) -> None:
        super().close()
        if self._open_script is not None:  # an unclosed <script src=…>: report its start tag
            self.found.append(self._open_script)
            self._open_script = None


def _with_end(reference: RemoteReference, end: int) -> RemoteReference:
    return RemoteReference(reference.tag, reference.attribute, reference.url, reference.start, end)


def remote_references(html: str) -> list[RemoteReference]:
    """Every tag whose ``src`` or ``href`` points at http(s), in document order."""
    finder = _RemoteReferenceFinder(html)
    finder.feed(html)
    finder.close()
    return sorted(finder.found, key=lambda reference: reference.start)


def strip_remote_resources(html: str) -> str:
    """Remove every ``<link>`` and ``<script>`` element that loads from http(s).

    Other tags with remote URLs are kept, so ``assert_offline`` still reports them: silently deleting
    an image or an iframe would hide a real problem in the page.
    """
    pieces: list[str] = []
    position = 0
    for reference in remote_references(html):
        if reference.tag in _REMOVABLE_TAGS and reference.start >= position:
            pieces.append(html[position : reference.start])
            position = reference.end
    pieces.append(html[position:])
    return "".join(pieces)


def assert_offline(html: str) -> None:
    """Raise ValueError naming each ``src``/``href`` that would fetch something from http(s)."""
    found = remote_references(html)
    if found:
        names = ", ".join(reference.describe() for reference in found)
        raise ValueError(f"page is not self-contained; it still references the network: {names}")
