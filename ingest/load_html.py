"""Read an HTML page as the visible text of its content, laid out like the plain-text seeds.

The "original text" of an HTML document is exactly the string ``load_html`` returns for its bytes:
evidence spans point into it, not into the markup. It is deterministic for the same bytes, so a span
can always be checked again with ``load_html(data, path)[start:end]``.

Layout rules (what the extractors downstream rely on):

- one block (paragraph, heading, list item, ``<br>``-separated line) per line, no blank lines;
- every table cell on its own line, row by row, as the indicator-table parser expects;
- white space collapsed the way a browser does, and a source line break between two Chinese
  characters dropped (CSS Text 3 segment-break rule), so no paragraph is split by the page's markup;
- ``script``/``style``/``noscript``/``template``, the page ``<head>``, hidden elements, form controls
  and page chrome (``nav``, the page-level ``header``/``footer``/``aside``, small forms, ARIA
  navigation/banner/contentinfo/search regions) are dropped.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import lxml.etree
import lxml.html

from plangraph.ingest.errors import IngestError
from plangraph.ingest.load_text import BOMS, decode_bytes, decode_strict
from plangraph.ingest.text_layout import is_wide

# Never visible, or not part of the document's own content.
_DROPPED_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "nav", "iframe", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "map", "input", "select", "option", "button",
        "textarea", "datalist", "dialog",
    }
)  # fmt: skip
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
# A header, footer or aside inside one of these belongs to that content, not to the page.
_SECTIONING = frozenset({"article", "main", "section"})
_PAGE_CHROME_TAGS = frozenset({"header", "footer", "aside"})
# A form wrapping the whole page (ASP.NET) is content; a small one is a search box or a login.
_SMALL_FORM_CHARS = 500
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Labels browsers decode with a wider codec than the name says (WHATWG Encoding Standard).
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
}
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_COMMON_TAG = re.compile(
    r"</?(?:p|div|span|br|a|table|tr|td|th|li|ul|ol|h[1-6]|meta|title|font|strong|b|img|link)\b[^<>]*>",
    re.IGNORECASE,
)
# How many tags in the first 4 KB make a file HTML even without a doctype.
_MANY_TAGS = 5


def looks_like_html(data: bytes) -> bool:
    """True when the start of the file is an HTML page: a doctype/``<html>`` or many common tags.

    Only the first 4 KB are read, decoded permissively: tags are ASCII in every encoding a Chinese
    page uses, except UTF-16, which is recognised by its BOM or its NUL bytes.
    """
    sample = data[:4096]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in sample[:200]:
        le = sample[1::2].count(0) >= sample[0::2].count(0)
        head = sample.decode("utf-16-le" if le else "utf-16-be", errors="ignore")
    else:
        head = sample.decode("latin-1")
    head = head.lstrip("\ufeff\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_COMMON_TAG.findall(head)) >= _MANY_TAGS


def load_html(data: bytes, path: Path) -> str:
    """The visible text of an HTML page; IngestError if it cannot be parsed or shows no text."""
    markup = decode_html(data, path)
    try:
        root = lxml.html.document_fromstring(
            markup.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        )
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(path, f"cannot parse HTML: {exc}") from None
    lines: list[str] = []
    _LineBuilder(lines).walk(root)
    if not lines:
        raise IngestError(path, "HTML page has no visible text (empty body)")
    return "\n".join(lines) + "\n"


def decode_html(data: bytes, path: Path) -> str:
    """Decode with a BOM, else the charset the page declares, else detection like a text file.

    A declared charset that does not decode the bytes cleanly is ignored (pages often lie), so the
    result is never silently half-garbled.
    """
    if any(data.startswith(bom) for bom, _ in BOMS):
        return decode_bytes(data, path)
    if m := _META_CHARSET.search(data[:4096]):
        label = m.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
        except LookupError:
            codec = None
        # A page read through an ASCII-compatible charset cannot declare UTF-16 truthfully.
        if codec and not codec.startswith("utf-16"):
            try:
                return decode_strict(data, codec, path)
            except IngestError:
                pass
    return decode_bytes(data, path)


class _LineBuilder:
    """Walks the element tree and collects one stripped line per block, in document order."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.parts: list[str] = []
        self.pre_depth = 0

    def walk(self, element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or _is_hidden(element, tag):
            self._text(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            self.flush()
        if tag == "pre":
            self.pre_depth += 1
        self._text(element.text)
        for child in element:
            self.walk(child)
        if tag == "pre":
            self.pre_depth -= 1
        if block:
            self.flush()
        self._text(element.tail)

    def _text(self, text: str | None) -> None:
        if not text:
            return
        if self.pre_depth:
            first, *rest = text.split("\n")
            self.parts.append(first)
            for line in rest:
                self.flush()
                self.parts.append(line)
        else:
            self.parts.append(text)

    def flush(self) -> None:
        line = _collapse_white_space("".join(self.parts)).strip()
        self.parts.clear()
        if line:
            self.lines.append(line)


def _is_hidden(element: lxml.html.HtmlElement, tag: str) -> bool:
    """Invisible or page chrome: skipped with everything inside it."""
    if tag in _DROPPED_TAGS:
        return True
    attrs = element.attrib
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style", "")):
        return True
    if attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    if tag in _PAGE_CHROME_TAGS:
        return not any(a.tag in _SECTIONING for a in element.iterancestors())
    if tag == "form":
        return len("".join(element.itertext())) < _SMALL_FORM_CHARS
    return False


def _collapse_white_space(text: str) -> str:
    """Runs of spaces become one space; a run holding a line break between CJK characters vanishes."""

    def replace(m: re.Match[str]) -> str:
        if "\n" in m.group() or "\r" in m.group():
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if is_wide(before) and is_wide(after):
                return ""
        return " "

    return _COLLAPSIBLE.sub(replace, text)
