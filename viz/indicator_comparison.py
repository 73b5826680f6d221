"""Indicator comparison: each 2025 target a plan shares with its parent or child plans, the parent's
beside the child's, as one small bar chart per indicator and as a table.

The pairs, units, cumulative marks and the looser/opposite flags all come from
``graph.queries.indicators.plan_comparisons`` (the answer the API gives for one indicator, per plan);
this module only arranges them. A bar's length is the first number of the printed target, so
"低于0.18" and "9000件以上" can be drawn; the label beside it is the target as printed.
"""

from __future__ import annotations

import re
from typing import Any

from plangraph.graph.queries.indicators import IndicatorInPlan, plan_comparisons
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.store import GraphStore
from plangraph.viz.page import Table, View
from plangraph.viz.style import display_name, shorten, to_simplified

TARGET_YEAR = 2025
FLAG_NAMES = {"looser": "较上级宽松 looser", "opposite": "与上级方向相反 opposite"}
CUMULATIVE = "累计 cumulative"
_FIRST_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def bar_length(target: str | None) -> float | None:
    found = _FIRST_NUMBER.search(target or "")
    return float(found.group()) if found else None


def plan_short_name(item: IndicatorInPlan) -> str:
    """The region a plan is for reads shortest on an axis (浙江省, 湖州市); the title otherwise."""
    plan = item.plan or {}
    return to_simplified(str(plan.get("region") or shorten(str(plan.get("title") or "?"), 12)))


def _flag(item: IndicatorInPlan) -> str | None:
    flags = [a.flag for a in item.aligns_with if a.flag]
    return flags[0] if flags else None


def _target_text(item: IndicatorInPlan) -> str:
    unit = f" ({item.unit})" if item.unit and item.unit not in (item.target or "") else ""
    star = " *累计" if item.cumulative else ""
    return f"{item.target or '—'}{unit}{star}"


def indicator_comparison_view(store: GraphStore, key: str) -> View:
    plan = resolve_plan(store, key)
    comparisons = plan_comparisons(store, plan, TARGET_YEAR)
    groups: list[dict[str, Any]] = []
    rows: list[list[str]] = []
    marks: list[str] = []
    for comparison in comparisons:
        first = comparison.indicators[0]
        units = sorted({i.unit for i in comparison.indicators if i.unit})
        bars = []
        for item in comparison.indicators:
            flag = _flag(item)
            role = "parent" if not item.aligns_with else "child"
            bars.append(
                {
                    "plan": plan_short_name(item),
                    "title": to_simplified(str((item.plan or {}).get("title", ""))),
                    "role": role,
                    "value": bar_length(item.target),
                    "label": _target_text(item) + (f" · {FLAG_NAMES[flag]}" if flag else ""),
                    "flag": flag,
                }
            )
            parent_targets = "、".join(a.parent_target or "—" for a in item.aligns_with)
            rows.append(
                [
                    to_simplified(item.name),
                    plan_short_name(item),
                    "上级 parent" if role == "parent" else "下级 child",
                    item.baseline or "—",
                    item.target or "—",
                    item.unit or "—",
                    CUMULATIVE if item.cumulative else "",
                    parent_targets or "—",
                    FLAG_NAMES[flag] if flag else "",
                ]
            )
            marks.append(flag or "")
        groups.append(
            {
                "name": to_simplified(first.name) + (f"（{'、'.join(units)}）" if units else ""),
                "bars": bars,
            }
        )
    flagged = sum(1 for mark in marks if mark)
    notes = (
        []
        if comparisons
        else [
            f"本规划没有与上级或下级规划对应的 {TARGET_YEAR} 年指标。"
            f"No {TARGET_YEAR} target of this plan is aligned with a parent's or child's indicator."
        ]
    )
    return View(
        name="indicators",
        title=f"{display_name(plan)} · 指标对比 Indicator comparison",
        subtitle=(
            f"{len(comparisons)} 项 {TARGET_YEAR} 年指标，上级目标与下级目标并列；"
            f"{flagged} 项下级目标较宽松或方向相反。"
            f"{len(comparisons)} {TARGET_YEAR} targets, the parent's beside the child's; {flagged} child "
            "targets are looser than or opposite to the parent's. Bar length: the printed number."
        ),
        nodes=[],
        edges=[],
        notes=notes,
        chart={"groups": groups, "flags": FLAG_NAMES},
        chart_script="indicators.js",
        table=Table(
            [
                "指标 indicator",
                "规划 plan",
                "",
                "基期 baseline",
                f"{TARGET_YEAR} 目标 target",
                "单位 unit",
                "累计 cumulative",
                "上级目标 parent target",
                "对比 flag",
            ],
            rows,
            marks,
        ),
    )
