"""Every read endpoint of the API on the real sample graph, on each store the fixture yields."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.api.examples import (
    GANSU_PLAN_ID,
    HUANGSHIGANG_PLAN_ID,
    HUBEI_PLAN_ID,
    HUBEI_REGION_ID,
    HUZHOU_MEASURE_ID,
    HUZHOU_PLAN_ID,
    HUZHOU_TITLE,
    ZHEJIANG_GOAL_ID,
    ZHEJIANG_PLAN_ID,
    ZHEJIANG_TITLE,
    ZHESHILIAN_ID,
)
from plangraph.graph.store import GraphStore
from tests.conftest import SEEDS

V1 = "/api/v1"


@pytest.fixture
def client(sample_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=sample_store)) as test_client:
        yield test_client


def _quote_is_in_its_document(evidence: dict) -> bool:
    original = (SEEDS / evidence["source"]).read_text(encoding="utf-8")
    return original[evidence["start"] : evidence["end"]] == evidence["text"]


def test_plans_filter_by_parent(client: TestClient) -> None:
    body = client.get(f"{V1}/plans", params={"parent": ZHEJIANG_PLAN_ID}).json()
    none = client.get(f"{V1}/plans", params={"parent": "plan-000000000000"}).json()
    cities = client.get(f"{V1}/plans", params={"parent": ZHEJIANG_PLAN_ID, "level": "province"}).json()

    assert [(p["id"], p["title"]) for p in body["items"]] == [(HUZHOU_PLAN_ID, HUZHOU_TITLE)]
    assert body["total"] == 1
    assert (none["items"], none["total"]) == ([], 0)
    assert cities["total"] == 0


def test_hierarchy_puts_each_plan_under_the_plans_it_is_based_on(client: TestClient) -> None:
    roots = client.get(f"{V1}/plans/hierarchy").json()["roots"]

    by_id = {root["id"]: root for root in roots}
    assert [c["id"] for c in by_id[ZHEJIANG_PLAN_ID]["children"]] == [HUZHOU_PLAN_ID]
    assert [c["id"] for c in by_id[HUBEI_PLAN_ID]["children"]] == [HUANGSHIGANG_PLAN_ID]
    assert HUZHOU_PLAN_ID not in by_id  # based on 浙江, so not a root
    levels = [root["level"] for root in roots]
    assert levels == sorted(levels, key=["province", "city", "district"].index)


def test_plan_detail_has_sections_indicators_systems_pilots_and_agencies(client: TestClient) -> None:
    plan = client.get(f"{V1}/plans/{HUZHOU_PLAN_ID}").json()

    assert plan["sections"] and [s["order"] for s in plan["sections"]] == sorted(
        s["order"] for s in plan["sections"]
    )
    assert plan["sections"][0]["title"]
    assert {i["name"] for i in plan["indicators"]} >= {"万台特种设备事故率"}
    assert "浙食链" in {s["name"] for s in plan["systems"]}
    assert all(s["mentions"] >= 1 for s in plan["systems"])
    assert plan["pilots"]
    issuer = next(a for a in plan["agencies"] if a["name"] == "湖州市人民政府")
    assert issuer["label"] == "Agency"


def test_plan_indicators_answer_what_a_plan_targets_for_2025(client: TestClient) -> None:
    everything = client.get(f"{V1}/plans/{GANSU_PLAN_ID}/indicators").json()
    for_2025 = client.get(f"{V1}/plans/{GANSU_PLAN_ID}/indicators", params={"target_year": 2025}).json()

    assert for_2025["plan"]["title"] == "甘肃省“十四五”市场监管规划"
    assert 0 < for_2025["total"] == len(for_2025["items"]) <= everything["total"]
    assert {i["target_year"] for i in for_2025["items"]} == {2025}
    opening = next(i for i in for_2025["items"] if i["name"] == "企业开办平均时间")
    assert (opening["baseline"], opening["target"], opening["unit"], opening["nature"]) == (
        "3",
        "≤2",
        "天",
        "预期性",
    )
    assert _quote_is_in_its_document(opening["evidence"][0])


def test_city_indicator_says_its_target_is_looser_than_the_province(client: TestClient) -> None:
    items = client.get(f"{V1}/plans/{HUZHOU_PLAN_ID}/indicators").json()["items"]

    accidents = next(i for i in items if i["name"] == "万台特种设备事故率")
    assert [(a["flag"], a["parent_target"]) for a in accidents["aligns_with"]] == [("looser", "低于0.18")]


def test_coverage_lists_goals_without_a_child_counterpart(client: TestClient) -> None:
    full = client.get(f"{V1}/plans/{ZHEJIANG_PLAN_ID}/coverage").json()
    uncovered = client.get(f"{V1}/plans/{ZHEJIANG_PLAN_ID}/coverage", params={"uncovered_only": True}).json()

    assert full["title"] == ZHEJIANG_TITLE
    assert full["children"] == [
        {"id": HUZHOU_PLAN_ID, "title": HUZHOU_TITLE, "source": "000_eecffe482169a7c7.txt"}
    ]
    assert len(full["statements"]) == full["summary"]["statements"]
    assert len(uncovered["statements"]) == full["summary"]["not_implemented"] > 0
    assert all(s["missing_in"] == [HUZHOU_TITLE] and not s["implemented_by"] for s in uncovered["statements"])
    goal = next(s for s in full["statements"] if s["task"] == ZHEJIANG_GOAL_ID)
    assert HUZHOU_MEASURE_ID in {link["task"] for link in goal["implemented_by"]}


def test_indicator_comparison_by_name_or_id_and_its_errors(client: TestClient) -> None:
    by_name = client.get(f"{V1}/indicators/compare", params={"name": "万台特种设备事故率"}).json()
    city_id = by_name["indicators"][1]["id"]
    by_id = client.get(f"{V1}/indicators/compare", params={"id": city_id}).json()

    assert [(i["plan"]["title"], i["target"]) for i in by_name["indicators"]] == [
        (ZHEJIANG_TITLE, "低于0.18"),
        (HUZHOU_TITLE, "低于0.36"),
    ]
    assert [i["id"] for i in by_id["indicators"]] == [i["id"] for i in by_name["indicators"]]
    assert client.get(f"{V1}/indicators/compare").status_code == 422
    both = client.get(f"{V1}/indicators/compare", params={"name": "x", "id": city_id})
    assert both.status_code == 422
    assert both.json()["detail"][0]["msg"] == "give exactly one of `name` or `id`"
    missing = client.get(f"{V1}/indicators/compare", params={"id": HUZHOU_PLAN_ID})
    assert missing.status_code == 404


def test_entities_search_in_traditional_script_with_total(client: TestClient) -> None:
    body = client.get(f"{V1}/entities", params={"q": "浙食鏈"}).json()
    systems = client.get(f"{V1}/entities", params={"q": "浙食鏈", "label": "System"}).json()
    page = client.get(f"{V1}/entities", params={"label": "Region", "limit": 3, "offset": 2}).json()

    assert body["items"][0]["id"] == ZHESHILIAN_ID and body["total"] >= 4
    assert [i["id"] for i in systems["items"]] == [ZHESHILIAN_ID]
    assert len(page["items"]) == 3 and page["total"] > 5 and {i["label"] for i in page["items"]} == {"Region"}
    assert client.get(f"{V1}/entities", params={"label": "Nonsense"}).status_code == 422


def test_entity_detail_names_the_plans_that_mention_it_with_quotes(client: TestClient) -> None:
    body = client.get(f"{V1}/entities/{ZHESHILIAN_ID}").json()

    assert body["node"]["name"] == "浙食链"
    assert [(p["id"], p["mentions"]) for p in body["plans"]] == [(HUZHOU_PLAN_ID, len(body["mentions"]))]
    assert len(body["mentions"]) == 3
    for mention in body["mentions"]:
        assert mention["plan"]["id"] == HUZHOU_PLAN_ID
        assert all(_quote_is_in_its_document(ev) for ev in mention["evidence"])
    assert all(_quote_is_in_its_document(ev) for ev in body["node"]["evidence"])
    assert client.get(f"{V1}/entities/system-000000000000").status_code == 404


def test_search_is_short_and_finds_the_system_first(client: TestClient) -> None:
    body = client.get(f"{V1}/search", params={"q": "浙食鏈", "limit": 2}).json()

    assert body["items"][0] == {"id": ZHESHILIAN_ID, "label": "System", "name": "浙食链"}
    assert len(body["items"]) == 2
    assert client.get(f"{V1}/search").status_code == 422


def test_neighbours_walk_by_depth_type_and_direction(client: TestClient) -> None:
    one = client.get(
        f"{V1}/nodes/{HUBEI_REGION_ID}/neighbours", params={"rel": "PART_OF", "direction": "in"}
    ).json()
    two = client.get(f"{V1}/nodes/{HUBEI_REGION_ID}/neighbours", params={"depth": 2, "rel": "PART_OF"}).json()

    assert {n["node"]["name"] for n in one["nodes"]} >= {"黄石市", "随州市"}
    assert {n["depth"] for n in one["nodes"]} == {1}
    assert all(e["type"] == "PART_OF" and e["target"] == HUBEI_REGION_ID for e in one["edges"])
    names = {n["node"]["name"]: n["depth"] for n in two["nodes"]}
    assert names["黄石港区"] == 2 and names["曾都区"] == 2
    assert not two["truncated"]
    assert client.get(f"{V1}/nodes/{HUBEI_REGION_ID}/neighbours", params={"depth": 9}).status_code == 422
    assert client.get(f"{V1}/nodes/{HUBEI_REGION_ID}/neighbours", params={"rel": "NOPE"}).status_code == 422
    assert client.get(f"{V1}/nodes/region-000000/neighbours").status_code == 404


def test_trace_down_and_up_with_scores_and_both_quotes(client: TestClient) -> None:
    down = client.get(f"{V1}/trace/{ZHEJIANG_GOAL_ID}").json()
    up = client.get(f"{V1}/trace/{HUZHOU_MEASURE_ID}", params={"direction": "up"}).json()

    hop = next(h for h in down["hops"] if h["child"]["id"] == HUZHOU_MEASURE_ID)
    assert hop["depth"] == 1 and 0.15 <= hop["score"] <= 1
    assert hop["child"]["plan"]["id"] == HUZHOU_PLAN_ID and hop["parent"]["plan"]["id"] == ZHEJIANG_PLAN_ID
    assert "实施强队砺剑工程" in hop["child"]["evidence"][0]["text"]
    assert "強隊礪劍" in hop["parent"]["evidence"][0]["text"]  # 浙江's file is in traditional script
    assert all(_quote_is_in_its_document(p["evidence"][0]) for p in (hop["child"], hop["parent"]))
    assert [h["parent"]["id"] for h in up["hops"]] == [ZHEJIANG_GOAL_ID]
    assert client.get(f"{V1}/trace/{ZHEJIANG_GOAL_ID}", params={"direction": "sideways"}).status_code == 422
    assert client.get(f"{V1}/trace/task-000000000000").status_code == 404


def test_trace_pages_add_up_to_the_whole_trace(client: TestClient) -> None:
    whole = client.get(f"{V1}/trace/{ZHEJIANG_GOAL_ID}", params={"limit": 1000}).json()
    first = client.get(f"{V1}/trace/{ZHEJIANG_GOAL_ID}", params={"limit": 1}).json()
    rest = client.get(f"{V1}/trace/{ZHEJIANG_GOAL_ID}", params={"limit": 1000, "offset": 1}).json()

    assert whole["total"] == first["total"] == rest["total"] == len(whole["hops"]) >= 2
    assert (first["limit"], first["offset"], rest["offset"]) == (1, 0, 1)
    assert first["hops"] + rest["hops"] == whole["hops"]
    assert [(h["depth"], h["child"]["id"]) for h in whole["hops"]] == sorted(
        (h["depth"], h["child"]["id"]) for h in whole["hops"]
    )
    assert client.get(f"{V1}/trace/{ZHEJIANG_GOAL_ID}", params={"limit": 0}).status_code == 422


def test_path_connects_a_district_plan_to_its_province_plan(client: TestClient) -> None:
    body = client.get(f"{V1}/path", params={"source": HUANGSHIGANG_PLAN_ID, "target": HUBEI_PLAN_ID}).json()

    assert body["length"] == 1
    assert [n["id"] for n in body["nodes"]] == [HUANGSHIGANG_PLAN_ID, HUBEI_PLAN_ID]
    (edge,) = body["edges"]
    assert edge["type"] == "BASED_ON" and _quote_is_in_its_document(edge["evidence"][0])
    unknown = client.get(f"{V1}/path", params={"source": HUANGSHIGANG_PLAN_ID, "target": "plan-000000000000"})
    assert unknown.status_code == 404 and unknown.json()["detail"] == "no node with id plan-000000000000"


def test_export_in_json_graphml_and_csv_agree_on_size(client: TestClient) -> None:
    as_json = client.get(f"{V1}/export").json()
    graphml = client.get(f"{V1}/export", params={"format": "graphml"})
    nodes = list(csv.DictReader(io.StringIO(client.get(f"{V1}/export", params={"format": "csv"}).text)))
    edges_response = client.get(f"{V1}/export", params={"format": "csv", "table": "edges"})
    edges = list(csv.DictReader(io.StringIO(edges_response.text)))

    graph = nx.read_graphml(io.BytesIO(graphml.content))
    assert len(as_json["nodes"]) == graph.number_of_nodes() == len(nodes) > 2000
    assert len(as_json["edges"]) == graph.number_of_edges() == len(edges)
    assert edges_response.headers["content-type"].startswith("text/csv")
    zheshilian = next(row for row in nodes if row["id"] == ZHESHILIAN_ID)
    assert (zheshilian["label"], zheshilian["name"]) == ("System", "浙食链")
    assert json.loads(zheshilian["evidence"])[0]["text"] == "浙食链"
    assert client.get(f"{V1}/export", params={"format": "xlsx"}).status_code == 422


def test_cypher_answers_rows_or_a_clear_501(client: TestClient) -> None:
    response = client.post(
        f"{V1}/cypher", json={"statement": "MATCH (p:Plan) RETURN p.title AS t", "row_cap": 2}
    )

    if response.status_code == 501:
        assert "Neo4j" in response.json()["detail"]
        return
    assert response.status_code == 200
    assert response.json()["columns"] == ["t"] and len(response.json()["rows"]) == 2
    refused = client.post(f"{V1}/cypher", json={"statement": "MATCH (p:Plan) DETACH DELETE p"})
    assert refused.status_code == 400


WRITES = {
    "create": "CREATE (:Entity {id: 'planted'})",
    "merge": "MERGE (n:Entity {id: 'planted'}) RETURN n",
    "set": "MATCH (p:Plan) SET p.title = 'x' RETURN p",
    "delete": "MATCH (n:Entity {id: $id}) DELETE n",
    "detach delete": "MATCH (p:Plan) DETACH DELETE p",
    "remove": "MATCH (p:Plan) REMOVE p.title RETURN p",
    "load csv": "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "writing procedure": "CALL db.createLabel('Planted')",
    "in transactions": "MATCH (p:Plan) CALL { WITH p SET p.x = 1 } IN TRANSACTIONS RETURN 1",
    "create index": "CREATE INDEX planted IF NOT EXISTS FOR (n:Plan) ON (n.planted)",
    "drop constraint": "DROP CONSTRAINT entity_id_unique",
    "hidden in comments": "MATCH (p:Plan) /* RETURN p */ SET p.x = 1 // RETURN p",
    "second statement": "RETURN 'a;' AS a; CREATE (:Entity {id: 'planted'})",
    "unicode look-alike": "MATCH (p:Plan) \uff33\uff25\uff34 p.x = 1 RETURN p",
    "after an escaped quote": "MATCH (p:Plan) WHERE p.title <> '\\'' SET p.x = 1 RETURN p",
}


@pytest.mark.parametrize("statement", list(WRITES.values()), ids=list(WRITES))
def test_cypher_refuses_every_write_and_changes_nothing(
    client: TestClient, sample_store: GraphStore, statement: str
) -> None:
    before = client.get(f"{V1}/export", params={"format": "json"}).content
    response = client.post(f"{V1}/cypher", json={"statement": statement, "params": {"id": HUZHOU_PLAN_ID}})
    assert response.status_code in (400, 403, 501), response.text
    assert response.headers["content-type"].startswith("application/") and response.json()["detail"]
    assert client.get(f"{V1}/export", params={"format": "json"}).content == before


def test_cypher_request_is_validated_before_the_store(client: TestClient) -> None:
    assert client.post(f"{V1}/cypher", json={"statement": ""}).status_code == 422
    assert client.post(f"{V1}/cypher", json={"statement": "RETURN 1", "row_cap": 0}).status_code == 422
