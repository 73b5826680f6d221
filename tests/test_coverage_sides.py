"""Coverage asked from either side on the sample corpus: what 浙江's child plans carry down of it, what
湖州 carries down of 浙江 and what it leaves out, and a plain "nothing to compare" for a plan with no
ingested plan on either side — on the queries, the CLI, the API and the start page."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.graph.keys import plan_id
from plangraph.graph.queries.coverage import coverage_report, parents_coverage, plan_coverage
from plangraph.graph.queries.lookup import resolve_plan
from plangraph.graph.store import GraphStore
from tests.expected_plans import EXPECTED, GANSU, HUZHOU, ZHEJIANG

ROOT = Path(__file__).resolve().parents[1]
HUZHOU_ID = plan_id(EXPECTED[HUZHOU]["title"])
ZHEJIANG_ID = plan_id(EXPECTED[ZHEJIANG]["title"])
GANSU_ID = plan_id(EXPECTED[GANSU]["title"])


@pytest.fixture
def client(sample_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=sample_store)) as opened:
        yield opened


def test_the_child_side_lists_what_huzhou_carries_down_of_zhejiang_and_what_it_leaves_out(
    sample_store: GraphStore,
) -> None:
    huzhou = resolve_plan(sample_store, HUZHOU_ID)
    zhejiang = resolve_plan(sample_store, ZHEJIANG_ID)

    (of_zhejiang,) = parents_coverage(sample_store, huzhou)

    assert of_zhejiang.plan == ZHEJIANG_ID
    assert [c["id"] for c in of_zhejiang.children] == [HUZHOU_ID]
    assert 0 < len(of_zhejiang.uncovered) < len(of_zhejiang.statements)
    assert all(link.plan == HUZHOU_ID for s in of_zhejiang.statements for link in s.implemented_by)
    # with one child, the parent's view and the child's view are the same answer
    assert of_zhejiang.as_dict() == plan_coverage(sample_store, zhejiang).as_dict()


def test_a_plan_with_no_ingested_plan_on_either_side_has_no_coverage_answer(sample_store: GraphStore) -> None:
    gansu = resolve_plan(sample_store, GANSU_ID)
    huzhou = resolve_plan(sample_store, HUZHOU_ID)

    assert not coverage_report(sample_store, gansu).has_answer
    report = coverage_report(sample_store, huzhou)
    assert report.of_children is None and len(report.of_parents) == 1


def test_the_cli_answers_coverage_from_the_child_side_and_says_when_there_is_nothing_to_compare(
    sample_store_dir: Path,
) -> None:
    def coverage(plan: str) -> subprocess.CompletedProcess[str]:
        command = [
            str(ROOT / ".venv" / "bin" / "plangraph"),
            "coverage",
            plan,
            "--store",
            str(sample_store_dir),
        ]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    child = coverage(EXPECTED[HUZHOU]["title"])
    alone = coverage(EXPECTED[GANSU]["title"])

    assert child.returncode == 0, child.stderr
    assert f"based on {EXPECTED[ZHEJIANG]['title']}: it carries down" in child.stdout
    assert "0 carried down" not in child.stdout
    assert alone.returncode == 0 and "nothing to compare" in alone.stdout
    assert "not carried down" not in alone.stdout


def test_the_api_answers_from_the_child_side_and_never_reports_0_of_n(client: TestClient) -> None:
    carried = client.get(f"/api/v1/plans/{HUZHOU_ID}/carried-down").json()
    left_out = client.get(f"/api/v1/plans/{HUZHOU_ID}/carried-down?left_out_only=true").json()
    childless = client.get(f"/api/v1/plans/{HUZHOU_ID}/coverage").json()
    alone = client.get(f"/api/v1/plans/{GANSU_ID}/carried-down").json()

    (parent,) = carried["parents"]
    assert parent["plan"] == ZHEJIANG_ID and parent["summary"]["implemented"] > 0
    assert len(left_out["parents"][0]["statements"]) == parent["summary"]["not_implemented"]
    assert childless["statements"] == [] and childless["summary"]["not_implemented"] == 0
    assert "nothing to compare" in childless["note"]
    assert alone["parents"] == [] and "nothing to compare" in alone["note"]
    assert client.get("/api/v1/plans/plan-000000000000/carried-down").status_code == 404


def test_the_start_page_links_coverage_only_for_plans_with_children(client: TestClient) -> None:
    page = client.get("/").text

    assert f"/viz/coverage/{ZHEJIANG_ID}" in page
    assert f"/viz/coverage/{HUZHOU_ID}" not in page
    assert f"/viz/plan/{HUZHOU_ID}" in page


def test_a_generic_goal_counts_as_carried_down_from_either_side(sample_store: GraphStore) -> None:
    # 湖州's statement on 市场主体全生命周期管理 implements both 浙江's generic goal and its specific
    # measure; with one link per child statement the goal showed as left out from both sides
    huzhou = resolve_plan(sample_store, HUZHOU_ID)
    zhejiang = resolve_plan(sample_store, ZHEJIANG_ID)
    (of_zhejiang,) = parents_coverage(sample_store, huzhou)
    for coverage in (of_zhejiang, plan_coverage(sample_store, zhejiang)):
        goal = next(s for s in coverage.statements if s.quote.startswith("完善市場主體全生命周期管理機制"))
        assert {link.plan for link in goal.implemented_by} == {HUZHOU_ID} and not goal.missing_in
        assert len(goal.implemented_by) >= 2
        assert goal not in coverage.uncovered
