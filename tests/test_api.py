"""The HTTP API on the sample corpus, through the same parametrised store fixture as the store suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.graph.keys import plan_id
from plangraph.graph.model import Label
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from plangraph.settings import Settings
from plangraph.viz.hierarchy import hierarchy_plans

HUZHOU = "湖州市市场监管“十四五”规划"
ZHEJIANG = "浙江省市场监管“十四五”规划"
HUZHOU_OUTLINE = "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


@pytest.fixture
def client(sample_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=sample_store)) as test_client:
        yield test_client


def _all_plans(store: GraphStore) -> list[dict]:
    return [{"id": n.id, **n.props} for n in store.list_nodes(Label.PLAN, limit=10_000).items]


def test_health_counts_every_plan_including_stubs(client: TestClient, sample_store: GraphStore) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["version"] == "0.1.0"
    # 5 ingested documents, 3 parents they name and the plans they cite in passing (stubs)
    assert body["plans"] == len(_all_plans(sample_store)) >= 8


def test_plan_list_returns_every_plan_ordered_by_id(client: TestClient, sample_store: GraphStore) -> None:
    body = client.get("/api/v1/plans").json()

    expected = sorted(plan["id"] for plan in _all_plans(sample_store))
    assert [item["id"] for item in body["items"]] == expected
    assert (body["total"], body["limit"], body["offset"]) == (len(expected), 50, 0)


def test_plan_list_pages_keep_the_total(client: TestClient) -> None:
    everything = client.get("/api/v1/plans").json()

    page = client.get("/api/v1/plans", params={"limit": 2, "offset": 1}).json()

    assert [item["id"] for item in page["items"]] == [item["id"] for item in everything["items"][1:3]]
    assert (page["total"], page["limit"], page["offset"]) == (everything["total"], 2, 1)


def test_plan_list_filters_by_level_including_stubs(client: TestClient) -> None:
    body = client.get("/api/v1/plans", params={"level": "province"}).json()

    titles = {item["title"] for item in body["items"]}
    assert titles >= {
        ZHEJIANG,
        "甘肃省“十四五”市场监管规划",
        "湖北省市场监管现代化“十四五”规划",
        "甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
    }
    assert "湖州市市场监管“十四五”规划" not in titles
    assert {item["level"] for item in body["items"]} == {"province"}
    assert body["total"] == len(body["items"])
    stubs = {item["title"] for item in body["items"] if item["source"] is None}
    assert "湖北省市场监管现代化“十四五”规划" in stubs and ZHEJIANG not in stubs


def test_plan_list_filters_by_region(client: TestClient) -> None:
    body = client.get("/api/v1/plans", params={"region": "湖州市"}).json()

    assert {item["title"] for item in body["items"]} == {HUZHOU, HUZHOU_OUTLINE}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "many"}])
def test_plan_list_rejects_out_of_range_paging(client: TestClient, params: dict) -> None:
    response = client.get("/api/v1/plans", params=params)

    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/json")


def test_plan_detail_lists_parents_with_the_quote_that_links_them(client: TestClient) -> None:
    response = client.get(f"/api/v1/plans/{plan_id(HUZHOU)}")

    assert response.status_code == 200
    plan = response.json()
    assert (plan["title"], plan["level"], plan["region"]) == (HUZHOU, "city", "湖州市")
    assert plan["source"] == "000_eecffe482169a7c7.txt"
    assert any(ev["field"] == "title" and ev["text"] == HUZHOU for ev in plan["evidence"])
    parents = {parent["title"]: parent for parent in plan["parents"]}
    assert set(parents) == {ZHEJIANG, HUZHOU_OUTLINE}
    assert parents[ZHEJIANG]["source"] == "004_5bfa1912dc2746f6.txt"
    assert parents[ZHEJIANG]["id"] == plan_id(ZHEJIANG)
    assert parents[HUZHOU_OUTLINE]["source"] is None
    assert parents[ZHEJIANG]["evidence"][0]["text"] == "浙江省市场监管十四五规划"
    assert parents[ZHEJIANG]["evidence"][0]["source"] == "000_eecffe482169a7c7.txt"
    assert plan["children"] == []


def test_plan_detail_lists_children(client: TestClient) -> None:
    plan = client.get(f"/api/v1/plans/{plan_id(ZHEJIANG)}").json()

    assert [child["title"] for child in plan["children"]] == [HUZHOU]
    assert plan["parents"] == []


def test_unknown_plan_id_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/v1/plans/plan-000000000000")

    assert response.status_code == 404
    assert response.json() == {"detail": "no plan with id plan-000000000000"}


def test_a_node_that_is_not_a_plan_is_a_404(client: TestClient, sample_store: GraphStore) -> None:
    region = sample_store.list_nodes(Label.REGION, limit=1).items[0]

    response = client.get(f"/api/v1/plans/{region.id}")

    assert response.status_code == 404
    assert response.json()["detail"] == f"no plan with id {region.id}"


def test_openapi_documents_every_route_with_a_summary_and_real_example(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()

    routes = {"/", "/health", "/api/v1/plans", "/api/v1/plans/{plan_id}", "/viz/hierarchy"}
    assert routes <= set(schema["paths"])
    for path in routes:
        assert schema["paths"][path]["get"]["summary"], path
    detail = schema["paths"]["/api/v1/plans/{plan_id}"]["get"]
    (plan_id_param,) = [p for p in detail["parameters"] if p["name"] == "plan_id"]
    example_id = next(iter(plan_id_param["examples"].values()))["value"]
    assert client.get(f"/api/v1/plans/{example_id}").json()["title"] == HUZHOU


def test_viz_hierarchy_page_shows_every_plan_in_the_hierarchy(
    client: TestClient, sample_store: GraphStore
) -> None:
    response = client.get("/viz/hierarchy")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    plans = hierarchy_plans(sample_store.export())
    assert len(plans) == 8  # 5 ingested plans and the 3 parents they name
    for plan in plans:
        assert plan.props["title"][:8] in response.text, plan.props["title"]


def test_start_page_links_docs_plans_and_hierarchy(client: TestClient) -> None:
    response = client.get("/")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<meta charset="utf-8">' in response.text
    for href in ("/docs", "/api/v1/plans", "/viz/hierarchy"):
        assert f'href="{href}"' in response.text


def test_cors_headers_only_when_origins_are_configured(sample_store: GraphStore) -> None:
    origin = {"Origin": "https://plans.example"}
    closed = TestClient(create_app(store=sample_store)).get("/health", headers=origin)
    opened = TestClient(create_app(Settings(cors_origins=["https://plans.example"]), store=sample_store)).get(
        "/health", headers=origin
    )

    assert "access-control-allow-origin" not in closed.headers
    assert opened.headers["access-control-allow-origin"] == "https://plans.example"


def test_lifespan_opens_the_configured_store(tmp_path: Path, seeds: Path) -> None:
    location = tmp_path / "served"
    seeded = open_store(location)
    assert ingest_files(seeded, [seeds]).ok
    seeded.close()

    with TestClient(create_app(Settings(store=str(location)))) as client:
        assert client.get("/health").json()["plans"] == len(_all_plans(seeded))


def test_unreadable_store_is_a_json_503(tmp_path: Path, seeds: Path) -> None:
    location = tmp_path / "served"
    seeded = open_store(location)
    assert ingest_files(seeded, [seeds]).ok

    with TestClient(create_app(Settings(store=str(location)))) as client:
        # the store's files are replaced by one that is not a store (SQLite keeps reading a file it
        # has open, as any program does, so the new file is put in its place, not written over it)
        for name in ("plangraph.db", "plangraph.db-wal", "plangraph.db-shm"):
            (location / name).unlink(missing_ok=True)
        (location / "plangraph.db").write_text("not a store", encoding="utf-8")
        response = client.get("/health")

    assert response.status_code == 503
    assert response.json()["detail"].startswith("store error:")
