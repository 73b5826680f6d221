"""Names that match more than one thing are listed, never guessed: plans by part of a title, nodes by
part of a name, on the queries, the CLI and the API; a trace prefers the parent plan's goal and says
so. On the sample corpus, where 湖州 has two plans and 强队砺剑 is both 浙江's goal and 湖州's echo."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.graph.model import Label
from plangraph.graph.queries.lookup import Ambiguous, NotFound, resolve_node, resolve_plan
from plangraph.graph.store import GraphStore
from plangraph.viz.views import build_view
from tests.expected_plans import EXPECTED, ZHEJIANG

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def client(sample_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=sample_store)) as opened:
        yield opened


def test_a_part_of_two_titles_lists_both_plans(sample_store: GraphStore) -> None:
    with pytest.raises(Ambiguous) as raised:
        resolve_plan(sample_store, "湖州")

    assert len(raised.value.candidates) == 2
    assert all("湖州" in plan.props["title"] for plan in raised.value.candidates)
    with pytest.raises(NotFound):
        resolve_plan(sample_store, "没有这个规划")


def test_a_statement_named_in_two_plans_is_ambiguous_and_the_trace_takes_the_parent_goal(
    sample_store: GraphStore,
) -> None:
    with pytest.raises(Ambiguous) as raised:
        resolve_node(sample_store, "强队砺剑", Label.TASK)
    assert len(raised.value.candidates) >= 2

    view = build_view(sample_store, "trace", "强队砺剑")

    assert "强队砺剑" in view.title or "強隊礪劍" in view.title
    assert any("parent plan" in note and EXPECTED[ZHEJIANG]["title"] in note for note in view.notes)


def test_an_exact_name_wins_over_longer_names_containing_it(sample_store: GraphStore) -> None:
    node = resolve_node(sample_store, "浙食鏈")  # traditional script, exact name of the system

    assert node.label == Label.SYSTEM and node.props["name"] == "浙食链"


def test_the_api_answers_409_with_the_candidates_and_the_cli_exit_2(
    client: TestClient, sample_store_dir: Path
) -> None:
    conflict = client.get("/viz/plan/湖州")
    assert conflict.status_code == 409
    candidates = conflict.json()["detail"]["candidates"]
    assert len(candidates) == 2 and all(c["id"].startswith("plan-") for c in candidates)
    assert client.get("/viz/trace/强队砺剑").status_code == 200

    command = [sys.executable, "-m", "plangraph", "viz", "plan", "湖州", "-o", "x.html"]
    cli = subprocess.run(
        [*command, "--store", str(sample_store_dir)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert cli.returncode == 2
    assert "2 plans' titles contain it" in cli.stderr and "Traceback" not in cli.stderr
