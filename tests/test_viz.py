"""The plan-hierarchy page, built from the sample corpus and read back out of the generated HTML."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from plangraph.graph.keys import plan_id
from plangraph.graph.model import Label, Node, RelType, Subgraph
from plangraph.graph.store import GraphStore
from plangraph.viz.hierarchy import hierarchy_html, write_hierarchy
from plangraph.viz.offline import assert_offline, strip_remote_resources
from plangraph.viz.style import LABEL_WIDTH

HUZHOU = "湖州市市场监管“十四五”规划"
HUBEI_STUB = "湖北省市场监管现代化“十四五”规划"
HUANGSHIGANG = "黄石港区市场监管“十四五”工作方案"


@pytest.fixture
def graph(seeded_store: GraphStore) -> Subgraph:
    return seeded_store.export()


@pytest.fixture
def page(graph: Subgraph) -> str:
    return hierarchy_html(graph)


def _plans(graph: Subgraph) -> list[Node]:
    """Ingested plans and the plans they say they are based on."""
    parents = {e.target for e in graph.edges if e.type == RelType.BASED_ON}
    return [n for n in graph.nodes if n.label == Label.PLAN and (n.props.get("source") or n.id in parents)]


def _dataset(page: str, name: str) -> list[dict[str, Any]]:
    """The JSON array pyvis passes to ``new vis.DataSet(...)`` for ``nodes`` or ``edges``."""
    marker = f"{name} = new vis.DataSet("
    assert page.count(marker) == 1, marker
    data, _ = json.JSONDecoder().raw_decode(page, page.index(marker) + len(marker))
    return data


def _nodes_by_title(page: str) -> dict[str, dict[str, Any]]:
    return {node["label"].replace("\n", ""): node for node in _dataset(page, "nodes")}


def test_hierarchy_page_loads_nothing_from_the_network(page: str) -> None:
    assert_offline(page)
    assert "cdn.jsdelivr.net" not in page  # pyvis links bootstrap from here even with in_line
    assert "new vis.Network(" in page and "vis-network" in page  # the library itself is inlined


def test_hierarchy_page_draws_one_node_per_plan(page: str, graph: Subgraph) -> None:
    nodes = _dataset(page, "nodes")

    assert len(nodes) == len(_plans(graph)) == 8
    assert {node["id"] for node in nodes} == {plan.id for plan in _plans(graph)}


def test_plan_titles_are_wrapped_into_short_lines(page: str, graph: Subgraph) -> None:
    labels = {node["id"]: node["label"] for node in _dataset(page, "nodes")}

    for plan in _plans(graph):
        label = labels[plan.id]
        assert label.replace("\n", "") == plan.props["title"]
        assert all(len(line) <= LABEL_WIDTH for line in label.split("\n")), label
        assert label.split("\n")[0] in page  # Chinese stays readable in the page source
    assert "\n" in labels[plan_id(HUZHOU)]


def test_hierarchy_page_draws_based_on_edges_only(page: str, graph: Subgraph) -> None:
    drawn = {(edge["from"], edge["to"]) for edge in _dataset(page, "edges")}

    based_on = {(edge.source, edge.target) for edge in graph.edges if edge.type == RelType.BASED_ON}
    assert drawn == based_on
    assert len(graph.edges) > len(based_on)  # the corpus has other edges, and they are left out


def test_partial_subgraph_drops_edges_to_plans_it_does_not_hold(graph: Subgraph) -> None:
    missing = plan_id(HUBEI_STUB)
    nodes = [node for node in graph.nodes if node.id != missing]

    page = hierarchy_html(Subgraph(nodes=nodes, edges=graph.edges))

    drawn = {(edge["from"], edge["to"]) for edge in _dataset(page, "edges")}
    assert drawn and all(missing not in pair for pair in drawn)
    assert len(_dataset(page, "nodes")) == len(_plans(graph)) - 1


def test_plans_are_ranked_top_down_by_level_of_government(page: str) -> None:
    nodes = _nodes_by_title(page)

    assert nodes["浙江省市场监管“十四五”规划"]["level"] == 1
    assert nodes[HUZHOU]["level"] == 2
    assert nodes[HUANGSHIGANG]["level"] == 3
    assert nodes["湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"]["level"] == 2


def test_plan_of_unknown_level_sits_above_its_children_or_at_rank_one(graph: Subgraph) -> None:
    unknown = {plan_id(HUBEI_STUB), plan_id(HUZHOU)}  # 湖北 has a district child; 湖州 has no children
    nodes = [
        dataclasses.replace(node, props={**node.props, "level": None}) if node.id in unknown else node
        for node in graph.nodes
    ]

    ranked = _nodes_by_title(hierarchy_html(Subgraph(nodes=nodes, edges=graph.edges)))

    assert ranked[HUANGSHIGANG]["level"] == 3
    assert ranked[HUBEI_STUB]["level"] == 2
    assert ranked[HUZHOU]["level"] == 1


def test_referenced_only_plans_are_grey_and_dashed(page: str, graph: Subgraph) -> None:
    nodes = {node["id"]: node for node in _dataset(page, "nodes")}
    stubs = {plan.id for plan in _plans(graph) if plan.props["source"] is None}

    assert len(stubs) == 3
    for node_id, node in nodes.items():
        dashed = bool(node["shapeProperties"]["borderDashes"])
        grey = node["color"]["background"] == "#eeeeee"
        assert dashed == grey == (node_id in stubs), node["label"]


def test_ingested_plans_are_coloured_by_level(page: str) -> None:
    nodes = _nodes_by_title(page)

    province = nodes["浙江省市场监管“十四五”规划"]["color"]["background"]
    assert nodes["甘肃省“十四五”市场监管规划"]["color"]["background"] == province
    assert (
        len({province, nodes[HUZHOU]["color"]["background"], nodes[HUANGSHIGANG]["color"]["background"]}) == 3
    )


def test_tooltip_names_the_plan_facts(page: str) -> None:
    tooltip = _nodes_by_title(page)[HUZHOU]["title"]

    for fact in (HUZHOU, "city", "湖州市", "湖州市人民政府", "2021-09-18", "000_eecffe482169a7c7.txt"):
        assert fact in tooltip


def test_markup_in_plan_properties_never_reaches_the_page_as_markup(graph: Subgraph) -> None:
    hostile = "<img src=x onerror=alert(1)>&"
    nodes = [
        dataclasses.replace(node, props={**node.props, "issuer": hostile})
        if node.id == plan_id(HUZHOU)
        else node
        for node in graph.nodes
    ]

    page = hierarchy_html(Subgraph(nodes=nodes, edges=graph.edges))

    tooltip = _nodes_by_title(page)[HUZHOU]["title"]
    assert hostile in tooltip  # kept as text: the page shows titles with innerText (see browser test)
    assert "<img" not in page  # and the JSON in the <script> block escapes < > &


def test_empty_graph_still_renders_with_a_hint() -> None:
    page = hierarchy_html(Subgraph(nodes=[], edges=[]))

    assert _dataset(page, "nodes") == []
    assert "plangraph ingest" in page
    assert_offline(page)


def test_building_the_page_writes_nothing_to_the_working_directory(
    graph: Subgraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)

    hierarchy_html(graph)

    assert list(cwd.iterdir()) == []


def test_write_hierarchy_writes_a_utf8_file(graph: Subgraph, tmp_path: Path) -> None:
    target = write_hierarchy(graph, tmp_path / "out" / "hierarchy.html")

    text = target.read_bytes().decode("utf-8")
    assert text == hierarchy_html(graph)
    assert HUZHOU[:LABEL_WIDTH] in text


def test_assert_offline_names_a_planted_remote_script(page: str) -> None:
    planted = page.replace("</head>", '<script src="https://cdn.example/x.js"></script></head>', 1)

    with pytest.raises(ValueError, match=r"https://cdn\.example/x\.js"):
        assert_offline(planted)


def test_assert_offline_ignores_urls_inside_inline_scripts_and_comments() -> None:
    assert_offline(
        "<html><head><script>var tag = '<script src=\"https://cdn.example/x.js\">';</script>"
        '<!-- <link href="https://cdn.example/y.css"> --></head><body></body></html>'
    )


def test_strip_remote_resources_removes_remote_links_and_scripts_only() -> None:
    html = (
        "<html><head>\n"
        '<link rel="stylesheet" href="https://cdn.example/a.css" />\n'
        '<script\n  src="//cdn.example/b.js"\n  crossorigin="anonymous"\n></script>\n'
        '<script src="local.js"></script>\n'
        "<script>var keep = 1;</script>\n"
        '</head><body><img src="http://cdn.example/c.png"></body></html>'
    )

    stripped = strip_remote_resources(html)

    assert "a.css" not in stripped and "b.js" not in stripped
    assert '<script src="local.js"></script>' in stripped and "var keep = 1;" in stripped
    with pytest.raises(ValueError, match=r"<img src=\"http://cdn\.example/c\.png\">"):
        assert_offline(stripped)  # an image is reported, not silently deleted
