"""The views as data, the /viz pages and start page over HTTP, and `plangraph viz` on the command line.

Browser behaviour is in test_viz_browser.py; these check what the pages are built from and how bad
requests fail, on the sample corpus.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.graph.model import Label, RelType
from plangraph.graph.queries.coverage import plan_coverage
from plangraph.graph.queries.lookup import NotFound, find_plan
from plangraph.graph.queries.plan_outline import plan_outline
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from plangraph.viz.goal_trace import score_width
from plangraph.viz.offline import assert_offline
from plangraph.viz.page import View, VizEdge, VizNode, render_view
from plangraph.viz.plan_detail import chapter_counts
from plangraph.viz.size_cap import cap_view
from plangraph.viz.style import display_name
from plangraph.viz.views import VIEWS, build_view
from tests.conftest import ROOT, SEEDS, _clean_neo4j

PLANGRAPH = Path(sys.executable).with_name("plangraph")
HUZHOU = "湖州市市场监管“十四五”规划"
ZHEJIANG = "浙江省市场监管“十四五”规划"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, sample_store_dir: Path) -> Iterator[GraphStore]:
    """The sample corpus, read only, on each store (a module-wide store overrides the per-test
    ``store`` fixture); Neo4j is loaded once for the module, as its tests only read."""
    if request.param == "neo4j":
        opened = _clean_neo4j(request)
        result = ingest_files(opened, [SEEDS])
        assert result.ok, result.errors
    else:
        opened = open_store(sample_store_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store: GraphStore) -> TestClient:
    return TestClient(create_app(store=store))


def _dataset(page: str, name: str) -> list[dict[str, Any]]:
    marker = f"{name} = new vis.DataSet("
    assert page.count(marker) == 1, marker
    data, _ = json.JSONDecoder().raw_decode(page, page.index(marker) + len(marker))
    return data


def test_start_page_links_every_view_each_plan_and_the_docs(client: TestClient, store: GraphStore) -> None:
    page = client.get("/").text

    links = set(re.findall(r'href="(/[^"]*)"', page))
    assert {"/docs", "/api/v1/plans", "/viz/hierarchy", "/viz/overview", "/viz/systems"} <= links
    ingested = [p for p in store.list_nodes(Label.PLAN, limit=100).items if p.props.get("source")]
    assert len(ingested) == 5
    for plan in ingested:
        assert {f"/viz/plan/{plan.id}", f"/viz/neighbourhood/{plan.id}"} <= links
        # coverage answers only for a plan an ingested plan is based on (浙江, under which 湖州 sits)
        has_children = bool(store.neighbours(plan.id, [RelType.BASED_ON], "in"))
        assert (f"/viz/coverage/{plan.id}" in links) == has_children, plan.props["title"]
    assert sum(link.startswith("/viz/coverage/") for link in links) == 1
    assert sum(link.startswith("/viz/matrix/") for link in links) == 1
    # the indicator comparison only where a target is aligned: 浙江 (parent) and 湖州 (child)
    compared = {p.props["title"] for p in ingested if f"/viz/indicators/{p.id}" in links}
    assert compared == {HUZHOU, ZHEJIANG}
    traces = [link for link in links if link.startswith("/viz/trace/")]
    assert traces  # 湖州 carries 浙江's goals down, so 浙江's goals are listed
    for link in sorted(links - {"/docs", "/api/v1/plans"}):
        response = client.get(link)
        assert response.status_code == 200, link
        assert response.headers["content-type"].startswith("text/html")
        assert_offline(response.text)
        if link.startswith(("/viz/matrix/", "/viz/indicators/")):  # a chart, not a graph
            assert "echarts.init(" in response.text, link
            assert re.search('"(rows|groups)": \\[{', response.text), link
        else:
            assert len(_dataset(response.text, "nodes")) > 1, link


def test_unknown_targets_are_404_and_a_bad_depth_422(client: TestClient) -> None:
    assert client.get("/viz/plan/plan-000000000000").status_code == 404
    missing = client.get("/viz/coverage/没有这个规划")
    assert missing.status_code == 404 and "没有这个规划" in missing.json()["detail"]
    assert client.get("/viz/trace/plan-af8cf11a1948").status_code == 404  # a plan is not a goal
    assert client.get("/viz/neighbourhood/浙食链?depth=4").status_code == 422
    assert client.get("/viz/neighbourhood/浙食链?depth=2").status_code == 200


def test_plan_detail_counts_what_each_chapter_names_and_lists_the_names_on_click(store: GraphStore) -> None:
    view = build_view(store, "plan", HUZHOU)

    plan = find_plan(store, HUZHOU)
    assert plan is not None
    outline = plan_outline(store, plan, (Label.SYSTEM, Label.PILOT, Label.AGENCY))
    by_id = {node.id: node for node in view.nodes}
    assert {node.kind for node in view.nodes} == {"Plan", "Section", "parent"}
    assert [n.id for n in view.nodes if n.kind == "Section"] == [entry.section.id for entry in outline]
    counts = chapter_counts(view)
    for entry in outline:
        systems = [named.node for named in entry.named if named.node.label == Label.SYSTEM]
        if systems:
            assert f"系统 {len(systems)}" in counts[entry.section.id].split(" · ")
            assert all(display_name(system) in by_id[entry.section.id].details for system in systems)
    assert sum(bool(node.details) for node in view.nodes if node.kind == "Section") >= 8


def test_trace_edges_are_wider_for_closer_wording(store: GraphStore) -> None:
    goal = next(
        n
        for n in store.list_nodes(Label.TASK, limit=10_000).items
        if len(store.neighbours(n.id, [RelType.IMPLEMENTS], "in")) >= 5
    )
    view = build_view(store, "trace", goal.id)

    scored = [(float(e.caption), e.width) for e in view.edges if e.caption and e.caption[0].isdigit()]
    assert len(scored) >= 5
    assert [w for _, w in sorted(scored)] == sorted(w for _, w in scored)
    assert score_width(1.0) > score_width(0.5) > score_width(0.0) == 1.5


def test_coverage_counts_each_chapters_goals_carried_down_and_lists_them_on_click(store: GraphStore) -> None:
    plan = find_plan(store, ZHEJIANG)
    assert plan is not None
    coverage = plan_coverage(store, plan)
    implemented = len(coverage.statements) - len(coverage.uncovered)

    view = build_view(store, "coverage", ZHEJIANG)

    chapters = [node for node in view.nodes if node.kind.startswith("share-")]
    sections = {s.id: s for _, s in store.neighbours(plan.id, [RelType.HAS_SECTION], "out")}
    assert {node.id for node in chapters} <= sections.keys() and len(chapters) >= 6
    total = carried_total = 0
    for node in chapters:
        path = str(sections[node.id].props["path"])
        goals = [s for s in coverage.statements if s.section.startswith(path)]
        carried = [s for s in goals if s.implemented_by]
        assert node.caption.endswith(f"落实 {len(carried)} / {len(goals)} 条"), node.caption
        assert node.details.count("\n✓ ") == len(carried) and node.details.count("\n✗ ") == len(goals) - len(
            carried
        )
        assert (node.kind == "share-none") == (not carried) and (node.kind == "share-all") == (
            carried == goals
        )
        total += len(goals)
        carried_total += len(carried)
    assert (total, carried_total) == (len(coverage.statements), implemented)  # every goal in one chapter
    assert implemented > 100 and coverage.uncovered  # 湖州 carries most, not all, of 浙江's goals down
    assert f"{implemented} of {len(coverage.statements)}" in view.subtitle
    huzhou = next(node for node in view.nodes if node.kind == "child")
    assert huzhou.caption.endswith(f"落实 {implemented} 条")  # 湖州 is 浙江's only ingested child


def test_cap_keeps_the_highest_ranked_nodes_and_names_what_it_left_out() -> None:
    nodes = [
        VizNode(f"n{i}", "System" if i % 2 else "Task", f"节点{i}", "", priority=i % 3) for i in range(30)
    ]
    edges = [VizEdge(f"n{i}", f"n{i + 1}") for i in range(29)]

    capped = cap_view(View("t", "t", nodes, edges), max_nodes=10)

    assert len(capped.nodes) == 10 and all(node.priority == 0 for node in capped.nodes)
    kept = {node.id for node in capped.nodes}
    assert all(edge.source in kept and edge.target in kept for edge in capped.edges)
    assert "10 / 30" in capped.notes[0] and "Statement" in capped.notes[0]
    page = render_view(View("t", "t", nodes, edges), max_nodes=10)
    assert len(_dataset(page, "nodes")) == 10 and "10 / 30" in page


def test_views_say_clearly_what_they_need(store: GraphStore) -> None:
    with pytest.raises(NotFound, match="needs a plan"):
        build_view(store, "coverage")
    with pytest.raises(NotFound, match="no Task node"):
        build_view(store, "trace", "plan-af8cf11a1948")
    with pytest.raises(NotFound, match="needs a plan"):
        build_view(store, "indicators")
    assert {name for name, spec in VIEWS.items() if spec.target is None} == {
        "hierarchy",
        "overview",
        "systems",
    }


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PLANGRAPH, *map(str, args)], capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_cli_writes_any_view_and_keeps_hierarchy_the_default(sample_store_dir: Path, tmp_path: Path) -> None:
    default = run("viz", "-o", tmp_path / "h.html", "--store", sample_store_dir)
    plan = run("viz", "plan", "湖州市市场监管", "-o", tmp_path / "p.html", "--store", sample_store_dir)
    indicators = run(
        "viz", "indicators", "湖州市市场监管", "-o", tmp_path / "i.html", "--store", sample_store_dir
    )
    near = run(
        "viz",
        "neighbourhood",
        "浙食链",
        "--depth",
        "2",
        "-o",
        tmp_path / "n.html",
        "--store",
        sample_store_dir,
    )

    for result in (default, plan, indicators, near):
        assert result.returncode == 0, result.stderr
    assert "hierarchy view (8 nodes)" in default.stderr
    assert "<title>规划层级图 · Plan hierarchy · PlanGraph</title>" in (tmp_path / "h.html").read_text(
        "utf-8"
    )
    assert f"<title>{HUZHOU} · Plan detail · PlanGraph</title>" in (tmp_path / "p.html").read_text("utf-8")
    assert_offline((tmp_path / "n.html").read_text("utf-8"))
    assert "万台特种设备事故率" in (tmp_path / "i.html").read_text("utf-8")


def test_cli_bad_view_target_is_exit_2_and_writes_nothing(sample_store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    for args in (("coverage", "没有这个规划"), ("trace",), ("neighbourhood", "浙食链", "--depth", "9")):
        result = run("viz", *args, "-o", out, "--store", sample_store_dir)
        assert result.returncode == 2, args
        assert result.stderr.startswith("plangraph: error:"), result.stderr
    assert not out.exists()


def test_plan_detail_counts_each_indicator_on_the_chapter_that_sets_it(store: GraphStore) -> None:
    view = build_view(store, "plan", HUZHOU)

    plan = find_plan(store, HUZHOU)
    assert plan is not None
    sets = store.neighbours(plan.id, [RelType.SETS], "out")
    per_chapter = [
        int(part.split()[1])
        for line in chapter_counts(view).values()
        for part in line.split(" · ")
        if part.startswith("指标 ")
    ]
    head = next(node for node in view.nodes if node.id == plan.id)
    outside = int(head.caption.rsplit("指标 ", 1)[1]) if "指标 " in head.caption else 0
    assert sum(per_chapter) + outside == len(sets) > 40
    assert len(per_chapter) >= 3


def test_indicator_comparison_shows_the_apis_targets_units_and_flags(
    store: GraphStore, client: TestClient
) -> None:
    view = build_view(store, "indicators", HUZHOU)

    assert view.chart is not None and view.table is not None
    groups = view.chart["groups"]
    assert len(groups) >= 5  # 湖州 restates 浙江's 2025 targets
    assert len(view.table.rows) == sum(len(group["bars"]) for group in groups)
    for row in view.table.rows:
        if row[2].startswith("下级"):  # each child row shows what /api/v1/indicators/compare answers
            answer = client.get("/api/v1/indicators/compare", params={"name": row[0]}).json()
            child = next(i for i in answer["indicators"] if i["plan"]["region"] == row[1])
            assert row[4] == child["target"]
            assert row[7] == "、".join(a["parent_target"] for a in child["aligns_with"])
            flags = [a["flag"] for a in child["aligns_with"] if a["flag"]]
            assert bool(row[8]) == bool(flags)
    looser = [row for row in view.table.rows if row[8].startswith("较上级宽松")]
    assert [row[0] for row in looser] == ["万台特种设备事故率"] and looser[0][4] == "低于0.36"
    accident = next(g for g in groups if g["name"].startswith("万台特种设备事故率"))
    assert [(b["plan"], b["role"], b["value"], b["flag"]) for b in accident["bars"]] == [
        ("浙江省", "parent", 0.18, None),
        ("湖州市", "child", 0.36, "looser"),
    ]
    assert any("（%）" in group["name"] for group in groups)  # units travel with the name
    # asked from the parent's side, the same pairs
    parent_side = build_view(store, "indicators", ZHEJIANG)
    assert sorted(map(tuple, parent_side.table.rows)) == sorted(map(tuple, view.table.rows))


def test_indicator_comparison_of_a_plan_without_aligned_targets_says_so(store: GraphStore) -> None:
    view = build_view(store, "indicators", "甘肃省“十四五”市场监管规划")

    assert view.chart is not None and view.chart["groups"] == []
    assert "No 2025 target" in view.notes[0]
