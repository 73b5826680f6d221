"""The review of the past (ingest/review_sections.py) on a real plan: one rule for prose targets and
statements, so a goal that mentions a base (质量发展基础更加坚实) is not read as a look back."""

from __future__ import annotations

from pathlib import Path

from plangraph.ingest.normalise import normalise
from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.review_sections import review_flags
from plangraph.ingest.text_layout import lines_of
from tests.conftest import SEEDS
from tests.expected_plans import GANSU


def _review_by_path() -> list[tuple[str, str, bool]]:
    record = parse_document(GANSU, (SEEDS / GANSU).read_text(encoding="utf-8"))
    paths = {section.order: section.path for section in record.sections}
    return [(paths[task.section], task.text, task.review) for task in record.tasks]


def test_the_opening_review_is_review_and_a_goal_is_not() -> None:
    tasks = _review_by_path()
    # 第一章 编制背景 / 一、“十三五”时期取得的成就: every statement looks back
    achievements = [review for path, _, review in tasks if path.startswith("第一章一、")]
    assert achievements and all(achievements)
    # 第二章 总体要求 / 三、发展目标: a goal bullet whose title holds 基础 is a goal
    (goal,) = [review for _, text, review in tasks if text.startswith("质量发展基础更加坚实")]
    assert goal is False
    # 第三章 主要任务: measures, even under 四、加强质量基础设施建设
    measures = [review for path, _, review in tasks if path.startswith("第三章")]
    assert measures and not any(measures)


def test_principles_implement_nothing() -> None:
    principles = [review for path, _, review in _review_by_path() if path.startswith("第二章二、")]
    assert principles and all(principles)


def test_a_goals_chapter_opening_on_the_review_and_indented_headings() -> None:
    # check54 bf04 (锡林郭勒盟's 十二五 outline, headings indented as its paragraphs): 第一章 指导思想和发展
    # 目标 / 第一节 发展基础和面临形势 / 一、发展基础 / ——综合经济实力大幅提升。地区生产总值达到591亿元…
    page = Path(__file__).resolve().parents[1] / "data" / "heldout" / "check54" / "docs" / "bf04.txt"
    record = parse_document(page.name, page.read_text(encoding="utf-8"))
    assert not any(i.name.startswith(("地区生产总值", "地方财政收入")) for i in record.indicators)
    lines = list(lines_of(normalise(page.read_text(encoding="utf-8")).text))
    flags = {line.text.strip(): review for line, review in review_flags(lines, 2015)}
    assert flags["第一章 指导思想和发展目标"] is False
    assert flags["第一节 发展基础和面临形势"] is True and flags["一、发展基础"] is True


def test_a_table_of_contents_is_no_body() -> None:
    # check54 bf11 (龙陵县“十四五”防震减灾规划): 目 录 / (二)地震监测预报预警能力提升14 / … / (五)地震预警系统
    # 建设与推广工程20 — page numbers are no targets, and an entry is no system's name
    page = Path(__file__).resolve().parents[1] / "data" / "heldout" / "check54" / "docs" / "bf11.txt"
    record = parse_document(page.name, page.read_text(encoding="utf-8"))
    assert not any("能力" in i.name for i in record.indicators)
    assert not any(m.name.startswith("(") for m in record.mentions)
