"""The review of the past (ingest/review_sections.py) on a real plan: one rule for prose targets and
statements, so a goal that mentions a base (质量发展基础更加坚实) is not read as a look back."""

from __future__ import annotations

from plangraph.ingest.parse_document import parse_document
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
