"""Every store answers the same: each read endpoint's JSON, each view's nodes and edges, and each
export of the sample corpus, compared with the embedded store's after sorting (issue 15).

On the embedded leg the store is compared with itself; the Neo4j leg is where this bites.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from httpx import Response

from plangraph.api.app import create_app
from plangraph.api.examples import (
    HUBEI_REGION_ID,
    HUZHOU_INDICATOR_ID,
    HUZHOU_MEASURE_ID,
    HUZHOU_PLAN_ID,
    INDICATOR_NAME,
    ZHEJIANG_GOAL_ID,
    ZHEJIANG_PLAN_ID,
    ZHESHILIAN_ID,
)
from plangraph.graph.store import GraphStore

V1 = "/api/v1"
READS = [
    "/health",
    f"{V1}/plans?limit=200",
    f"{V1}/plans?level=city",
    f"{V1}/plans?region=浙江省",
    f"{V1}/plans?parent={ZHEJIANG_PLAN_ID}",
    f"{V1}/plans/hierarchy",
    f"{V1}/plans/{HUZHOU_PLAN_ID}",
    f"{V1}/plans/{ZHEJIANG_PLAN_ID}",
    f"{V1}/plans/{HUZHOU_PLAN_ID}/indicators",
    f"{V1}/plans/{ZHEJIANG_PLAN_ID}/coverage",
    f"{V1}/plans/{ZHEJIANG_PLAN_ID}/coverage?uncovered_only=true",
    f"{V1}/entities?label=System&limit=200",
    f"{V1}/entities?q=市场监管&limit=200",
    f"{V1}/entities/{ZHESHILIAN_ID}",
    f"{V1}/entities/{HUBEI_REGION_ID}",
    f"{V1}/search?q=浙食链",
    f"{V1}/search?q=知識產權&limit=50",
    f"{V1}/nodes/{HUZHOU_PLAN_ID}/neighbours",
    f"{V1}/nodes/{ZHESHILIAN_ID}/neighbours?depth=2",
    f"{V1}/nodes/{HUZHOU_PLAN_ID}/neighbours?rel=BASED_ON&direction=out",
    f"{V1}/trace/{ZHEJIANG_GOAL_ID}",
    f"{V1}/trace/{HUZHOU_MEASURE_ID}?direction=up",
    f"{V1}/trace/{ZHEJIANG_PLAN_ID}?limit=500",
    f"{V1}/path?source={HUZHOU_PLAN_ID}&target={ZHESHILIAN_ID}",
    f"{V1}/indicators/compare?name={INDICATOR_NAME}",
    f"{V1}/indicators/compare?id={HUZHOU_INDICATOR_ID}",
]
EXPORTS = [
    f"{V1}/export?format=json",
    f"{V1}/export?format=graphml",
    f"{V1}/export?format=csv&table=nodes",
    f"{V1}/export?format=csv&table=edges",
]
VIEWS = [
    "/viz/hierarchy",
    "/viz/overview",
    "/viz/systems",
    f"/viz/plan/{HUZHOU_PLAN_ID}",
    f"/viz/coverage/{ZHEJIANG_PLAN_ID}",
    f"/viz/neighbourhood/{HUZHOU_PLAN_ID}",
    f"/viz/trace/{ZHEJIANG_GOAL_ID}",
    f"/viz/neighbourhood/{ZHESHILIAN_ID}?depth=2",
]
CHARTS = [f"/viz/matrix/{ZHEJIANG_PLAN_ID}", f"/viz/indicators/{HUZHOU_PLAN_ID}"]


@pytest.fixture
def clients(
    sample_store: GraphStore, _embedded_sample: GraphStore
) -> Iterator[tuple[TestClient, TestClient]]:
    with (
        TestClient(create_app(store=sample_store)) as tested,
        TestClient(create_app(store=_embedded_sample)) as embedded,
    ):
        yield tested, embedded


def _both(clients: tuple[TestClient, TestClient], url: str) -> tuple[Response, Response]:
    """The tested store's answer and the embedded store's, both required to be 200."""
    tested, embedded = clients
    got, expected = tested.get(url), embedded.get(url)
    assert (got.status_code, expected.status_code) == (200, 200), url
    return got, expected


def _sorted(value: Any) -> Any:
    """The value with every list sorted (by its canonical JSON), so order alone cannot differ."""
    if isinstance(value, dict):
        return {key: _sorted(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_sorted(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    return value


def _drawn(page: str) -> dict[str, Any]:
    """The nodes and edges a view page hands to vis-network."""
    found = {}
    for name in ("nodes", "edges"):
        match = re.search(rf"{name} = new vis\.DataSet\(", page)
        assert match, name
        found[name], _ = json.JSONDecoder().raw_decode(page, match.end())
    return _sorted(found)


def test_every_read_endpoint_answers_the_same_json_on_every_store(
    clients: tuple[TestClient, TestClient],
) -> None:
    for url in READS:
        got, expected = _both(clients, url)
        assert _sorted(got.json()) == _sorted(expected.json()), url


def test_every_export_holds_the_same_graph_on_every_store(clients: tuple[TestClient, TestClient]) -> None:
    for url in EXPORTS:
        got, expected = _both(clients, url)
        if "format=json" in url:
            assert _sorted(got.json()) == _sorted(expected.json()), url
        elif "format=graphml" in url:  # attribute keys (d0, d1, …) are numbered in order of first use
            assert _graphml(got.text) == _graphml(expected.text), url
        else:
            assert sorted(got.text.splitlines()) == sorted(expected.text.splitlines()), url


def _graphml(text: str) -> dict[str, Any]:
    graph = nx.read_graphml(io.StringIO(text))
    return _sorted(
        {
            "nodes": [[node, attrs] for node, attrs in graph.nodes(data=True)],
            "edges": [[u, v, attrs] for u, v, attrs in graph.edges(data=True)],
        }
    )


def test_every_view_draws_the_same_nodes_and_edges_on_every_store(
    clients: tuple[TestClient, TestClient],
) -> None:
    for url in VIEWS:
        got, expected = _both(clients, url)
        assert _drawn(got.text) == _drawn(expected.text), url


def test_every_chart_draws_the_same_data_on_every_store(clients: tuple[TestClient, TestClient]) -> None:
    for url in CHARTS:
        got, expected = _both(clients, url)
        assert _chart(got.text) == _chart(expected.text), url
        assert _chart(got.text)[1], url  # rows or groups to draw, not an empty chart


def _chart(page: str) -> tuple[Any, list[Any]]:
    """The data an ECharts page draws, and its rows (matrix) or groups (indicators)."""
    match = re.search(r"var chart = ", page)
    assert match
    data, _ = json.JSONDecoder().raw_decode(page, match.end())
    return data, data.get("rows") or data.get("groups") or []
