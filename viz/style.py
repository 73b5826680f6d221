"""How every view looks: one colour and one shape per label, labels that read well in Chinese, and
tooltips that quote the evidence with its source file.

Views share this module so a System is the same blue hexagon on every page and the legend can be
built from what a page actually shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plangraph.graph.model import Label, Node, RelType, node_name
from plangraph.ingest.normalise import to_simplified

FONT_FACE = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
LABEL_WIDTH = 10  # characters per line: Chinese has no spaces for vis-network to wrap at
TASK_LABEL_CHARS = 24  # a statement is shown by its opening words; the tooltip holds the rest
QUOTE_CHARS = 180
QUOTES_SHOWN = 3
# On-screen size (px) below which a label is not drawn: smaller Chinese is a grey smear on a
# projector. Zooming in brings the hidden names back; the page says so while any are hidden.
READABLE_FONT_PX = 12


@dataclass(frozen=True)
class LabelStyle:
    """One legend entry; ``shape`` is a vis-network shape name."""

    name: str  # Chinese first: the audience reads Chinese
    fill: str
    border: str
    shape: str


# Light fills keep black text readable; shapes differ so the legend also works in black and white.
LABEL_STYLES: dict[str, LabelStyle] = {
    Label.PLAN: LabelStyle("规划 Plan", "#fdd49e", "#d35400", "box"),
    Label.SECTION: LabelStyle("章节 Section", "#d9d9d9", "#737373", "dot"),
    Label.TASK: LabelStyle("条目 Statement", "#fff7bc", "#b8860b", "ellipse"),
    Label.SYSTEM: LabelStyle("系统平台 System", "#a6cee3", "#1f78b4", "hexagon"),
    Label.PILOT: LabelStyle("试点示范 Pilot", "#b2df8a", "#33a02c", "star"),
    Label.INDICATOR: LabelStyle("指标 Indicator", "#cab2d6", "#6a3d9a", "diamond"),
    Label.AGENCY: LabelStyle("机构 Agency", "#fb9a99", "#e31a1c", "triangle"),
    Label.REGION: LabelStyle("地区 Region", "#8dd3c7", "#1b7f6f", "square"),
    Label.LAW: LabelStyle("法规 Law", "#e6c9a8", "#8c510a", "triangleDown"),
}
RELATION_NAMES = {
    RelType.BASED_ON: "依据 based on",
    RelType.SETS: "设定 sets",
    RelType.ISSUED: "发布 issued",
    RelType.COVERS: "覆盖 covers",
    RelType.PART_OF: "属于 part of",
    RelType.LOCATED_IN: "位于 located in",
    RelType.ALIGNS_WITH: "对应 aligns with",
    RelType.MENTIONS: "提及 mentions",
    RelType.HAS_SECTION: "包含 has section",
    RelType.HAS_TASK: "包含 has statement",
    RelType.IMPLEMENTS: "落实 implements",
}
# Shapes that draw the label inside the node; the others draw it underneath.
LABEL_INSIDE = {"box", "ellipse", "circle", "database", "text"}


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    """Break ``text`` every ``width`` characters."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) or text


def wrap_even(text: str, width: int = LABEL_WIDTH) -> str:
    """Break ``text`` into as few lines as ``width`` allows, of even length: no orphan last line
    of one or two characters."""
    if len(text) <= width:
        return text
    lines = -(-len(text) // width)
    return wrap_label(text, -(-len(text) // lines))


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def names_by_kind(names: dict[Label, list[str]], order: tuple[Label, ...], limit: int | None) -> list[str]:
    """Lines for a tooltip or side panel: each kind's count, then its names (the first ``limit``)."""
    lines: list[str] = []
    for label in order:
        found = names.get(label) or []
        if not found:
            continue
        shown = found if limit is None else found[:limit]
        more = f" …（另有 {len(found) - len(shown)} 个 more）" if len(shown) < len(found) else ""
        lines.append(f"【{LABEL_STYLES[label].name}】{len(found)}")
        lines.append("、".join(shorten(name, 40) for name in shown) + more)
    return lines


def display_name(node: Node) -> str:
    """The node's name in simplified characters: one file of the corpus is in traditional script,
    and a presenter's audience reads one script. Tooltips keep the original quotes."""
    return to_simplified(node_name(node))


def node_caption(node: Node) -> str:
    """The wrapped text drawn on the node: whole names, but only the opening words of a statement."""
    name = display_name(node)
    if node.label in (Label.TASK, Label.SECTION):  # a paragraph section is named by its whole text
        name = shorten(name, TASK_LABEL_CHARS)
    return wrap_label(name)


def evidence_lines(evidence: list[dict[str, Any]], limit: int = QUOTES_SHOWN) -> list[str]:
    """Each quote with the file and character span it comes from, the first ``limit`` of them."""
    lines: list[str] = []
    for ev in evidence[:limit]:
        where = f"{ev.get('source', '?')} [{ev.get('start', '?')}–{ev.get('end', '?')}]"
        quote = shorten(" ".join(str(ev.get("text", "")).split()), QUOTE_CHARS)
        lines.append(f"“{quote}”\n  —— 出处 source: {where}")
    if len(evidence) > limit:
        lines.append(f"（另有 {len(evidence) - limit} 处 · {len(evidence) - limit} more）")
    return lines


def node_tooltip(node: Node, facts: list[tuple[str, Any]] | None = None) -> str:
    """Hover text: what the node is, a few facts, then the evidence quotes with their source files.

    vis-network 9 shows a string title with ``innerText``, so this is plain text (newlines break
    lines) and markup in a quote is shown, never run.
    """
    style = LABEL_STYLES.get(node.label)
    lines = [f"【{style.name if style else node.label}】{node_name(node)}"]
    for name, value in facts or []:
        if value not in (None, "", []):
            lines.append(f"{name}：{', '.join(map(str, value)) if isinstance(value, list) else value}")
    quotes = evidence_lines(node.evidence)
    if quotes:
        lines.append("")
        lines.extend(quotes)
    lines.append(f"id: {node.id}")
    return "\n".join(lines)


def edge_tooltip(heading: str, evidence: list[dict[str, Any]], extra: list[str] | None = None) -> str:
    lines = [heading, *(extra or [])]
    quotes = evidence_lines(evidence)
    if quotes:
        lines.append("")
        lines.extend(quotes)
    return "\n".join(lines)


STAR_POINTS = "14,2 16.6,9 24,9 18,13.5 20.5,21 14,16.5 7.5,21 10,13.5 4,9 11.4,9"


def legend_svg(shape: str, fill: str, border: str, dashed: bool = False) -> str:
    """A small inline SVG of a node shape for the legend (no image files, nothing fetched)."""
    dash = ' stroke-dasharray="3 2"' if dashed else ""
    paint = f'fill="{fill}" stroke="{border}" stroke-width="2"{dash}'
    shapes = {
        "box": f'<rect x="2" y="5" width="24" height="14" rx="3" {paint}/>',
        "ellipse": f'<ellipse cx="14" cy="12" rx="12" ry="7" {paint}/>',
        "dot": f'<circle cx="14" cy="12" r="7" {paint}/>',
        "square": f'<rect x="7" y="5" width="14" height="14" {paint}/>',
        "diamond": f'<polygon points="14,3 22,12 14,21 6,12" {paint}/>',
        "triangle": f'<polygon points="14,3 23,20 5,20" {paint}/>',
        "triangleDown": f'<polygon points="5,4 23,4 14,21" {paint}/>',
        "hexagon": f'<polygon points="9,4 19,4 24,12 19,20 9,20 4,12" {paint}/>',
        "star": f'<polygon points="{STAR_POINTS}" {paint}/>',
    }
    body = shapes.get(shape, shapes["dot"])
    return f'<svg width="28" height="24" viewBox="0 0 28 24" aria-hidden="true">{body}</svg>'
