"""The reads analysts and API consumers rely on, on every store the `store` fixture yields."""

from __future__ import annotations

from plangraph.graph.keys import plan_id
from plangraph.graph.model import Label, RelType
from plangraph.graph.store import GraphStore
from tests.expected_plans import EXPECTED, HUZHOU, ZHEJIANG

HUZHOU_ID = plan_id(EXPECTED[HUZHOU]["title"])
ZHEJIANG_ID = plan_id(EXPECTED[ZHEJIANG]["title"])


def _task(store: GraphStore, plan: str, quote: str) -> str:
    return next(t.id for t in store.passages(plan) if quote in t.evidence[0]["text"])


def test_lineage_goes_up_to_the_parents_and_down_to_the_children(seeded_store: GraphStore) -> None:
    up = [(node.props["title"], depth) for node, depth in seeded_store.lineage(HUZHOU_ID, "up")]
    assert ("浙江省市场监管“十四五”规划", 1) in up
    assert ("湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", 1) in up
    down = [(node.id, depth) for node, depth in seeded_store.lineage(ZHEJIANG_ID, "down")]
    assert down == [(HUZHOU_ID, 1)]
    assert seeded_store.lineage("plan-unknown", "up") == []


def test_trace_follows_implements_down_from_a_goal_and_up_from_a_measure(seeded_store: GraphStore) -> None:
    goal = _task(seeded_store, ZHEJIANG_ID, "實施“強隊礪劍”工程")
    down = seeded_store.trace(goal, "down")
    assert [(depth, edge.type) for edge, _, depth in down] == [(1, RelType.IMPLEMENTS)] * len(down)
    measure = next(node for _, node, _ in down if "实施强队砺剑工程" in node.evidence[0]["text"])
    assert 0.15 <= next(edge.props["score"] for edge, node, _ in down if node.id == measure.id) <= 1
    up = seeded_store.trace(measure.id, "up")
    assert [node.id for _, node, _ in up] == [goal]


def test_shortest_path_walks_edges_in_either_direction(seeded_store: GraphStore) -> None:
    district = seeded_store.list_nodes(Label.REGION, {"name": "黄石港区"}).items[0]
    province = seeded_store.list_nodes(Label.REGION, {"name": "湖北省"}).items[0]
    path = seeded_store.shortest_path(province.id, district.id)
    assert path is not None
    # two hops either way: via 黄石市 (PART_OF) or via a passage that names both (MENTIONS)
    assert len(path.nodes) == 3 and len(path.edges) == 2
    assert [path.nodes[0].id, path.nodes[-1].id] == [province.id, district.id]
    assert seeded_store.shortest_path(province.id, "region-000000") is None
    alone = seeded_store.shortest_path(province.id, province.id)
    assert alone is not None and [n.id for n in alone.nodes] == [province.id] and alone.edges == []


def test_search_matches_names_titles_and_aliases_in_either_script(seeded_store: GraphStore) -> None:
    assert [n.props["name"] for n in seeded_store.search("南潯", Label.REGION)] == ["南浔区"]
    plans = seeded_store.search("湖州市市場監管", Label.PLAN)
    assert [n.id for n in plans] == [HUZHOU_ID]
    agencies = {n.props["name"] for n in seeded_store.search("省局", Label.AGENCY)}
    assert {"浙江省市场监督管理局", "甘肃省市场监督管理局"} <= agencies  # by the alias 省局
    assert seeded_store.search("  ") == []


def test_search_sees_what_a_later_write_added_and_removed(store: GraphStore, seeds, tmp_path) -> None:
    from plangraph.pipeline import ingest_files

    path = tmp_path / "plan.txt"
    path.write_text((seeds / HUZHOU).read_text(encoding="utf-8"), encoding="utf-8")
    assert store.search("湖州市市场监管", Label.PLAN) == []
    assert ingest_files(store, [path]).ok
    assert [n.id for n in store.search("湖州市市场监管", Label.PLAN)] == [HUZHOU_ID]
    path.write_text((seeds / ZHEJIANG).read_text(encoding="utf-8"), encoding="utf-8")
    assert ingest_files(store, [path]).ok
    assert store.search("湖州市市场监管", Label.PLAN) == []
